/**
 * Stages "cache" and "cache-store": a read-only call whose answer is cached for
 * the same request, tenant revisions and clock window is answered from the
 * cache; a miss leaves a slot that "cache-store" fills once the operation has
 * answered. Companies are resolved (and authorized) before the lookup, so a
 * cached answer is never served to a caller who may not see it.
 */
import { OPERATION_TABLE } from '../../operations/table.js';
import { scopeTenants } from '../../operations/scope.js';
import { answerResult } from '../answers.js';
import { need, type Stage } from '../context.js';
import { XmlBody } from '../../serialize/xml-body.js';
import type { CachedResponse } from '../response-cache.js';
import { bodyBytes, type ResponseBody } from '../response-body.js';
import { operationContext } from './operation-context.js';
import type { Decoded } from '../../soap/decode-fields.js';

/** The parameters' part of the key, written once per decoded parameters (a repeated request shares them: decode.ts). */
const paramsKeys = new WeakMap<Decoded, string>();
function paramsKey(params: Decoded): string {
  let key = paramsKeys.get(params);
  if (key === undefined) paramsKeys.set(params, (key = JSON.stringify(params)));
  return key;
}

export const cacheLookup: Stage = {
  name: 'cache',
  run(ctx) {
    const { schema, operation } = need(ctx.route, 'route');
    if (!OPERATION_TABLE[operation.name].readOnly) return;
    const params = need(ctx.params, 'params');
    const companyHandle = typeof params.companyHandle === 'string' ? params.companyHandle : undefined;
    const tenants = scopeTenants(operationContext(ctx), companyHandle);
    const store = ctx.engine.store;
    // Without a companyHandle the answer covers every company held, so a new company changes it too.
    const state = tenants.map((t) => `${t.companyHandle}:${t.revision}`).join(',') + (companyHandle === undefined ? `#${store.size}` : '');
    const key = `${ctx.soap.id}|${schema.version.id}|${operation.name}|${ctx.locale}|${ctx.user?.email}|${paramsKey(params)}`;
    const hit = ctx.engine.cache.get(key, state, ctx.now);
    if (hit) return answerResult(ctx, hit.body, hit, true);
    ctx.cacheSlot = { key, state, until: () => Math.min(...tenants.map((t) => t.stableUntil(ctx.now))) };
  },
};

/**
 * Up to this size an answer is kept in one buffer (sent without copying, gzipped whole once); a larger
 * one keeps its pieces: they are the serializer's kept pieces, shared rather than copied again.
 */
const FLAT_UP_TO = 1024 * 1024;
const kept = (body: ResponseBody): Buffer | XmlBody => (body instanceof XmlBody && body.length > FLAT_UP_TO ? body : bodyBytes(body));

export const cacheStore: Stage = {
  name: 'cache-store',
  run(ctx) {
    const slot = ctx.cacheSlot;
    const res = ctx.response;
    if (!slot || !res || ctx.record.outcome?.kind !== 'result') return;
    const entry: CachedResponse = {
      body: kept(res.body),
      state: slot.state,
      from: ctx.now,
      until: slot.until(),
    };
    ctx.engine.cache.set(slot.key, entry);
    ctx.response = { ...res, body: entry.body, cached: entry };
  },
};
