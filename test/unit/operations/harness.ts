/**
 * Calls operation handlers directly (no HTTP, no XML): the handler gets the context the engine would
 * build for a caller. Companies come from a fixture set without faked jobs, so a test sees only the
 * jobs it submits. Used by the unit tests of src/operations (fast enough for mutation testing).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IpsFault } from '../../../src/faults/catalogue.js';
import { createApp } from '../../../src/http/create-app.js';
import type { Locale } from '../../../src/locale/locales.js';
import type { OperationBase, PostedFile } from '../../../src/operations/context.js';
import { OPERATION_TABLE } from '../../../src/operations/table.js';
import type { OperationName } from '../../../src/schema/operations.js';
import { resolveSchema } from '../../../src/schema/resolved-schema.js';
import { versionById } from '../../../src/schema/versions.js';
import type { OperationTypes } from '../../../src/schema/wire-types.js';
import { operationBase } from '../../support/operation-base.js';

export const T0 = Date.parse('2026-11-28T10:00:00.000Z');
export const C = 'c|1';

function fixtures(extra?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'ips-unit-'));
  if (extra) writeFileSync(join(dir, 'extra.json'), JSON.stringify({ formatVersion: 1, ...extra }));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ formatVersion: 1, companies: [{ handle: 'c|1', name: 'One', fakeJobs: false, fakeAssets: false }, { handle: 'c|2', name: 'Two', fakeJobs: false }, { handle: 'c|3', name: 'Three', fakeJobs: true }, { handle: 'c|2101', name: 'Acme', fakeJobs: false }] }));
  return dir;
}

/** What an UploadFile servlet POST adds to the context: its file parts and the address it came from. */
export interface Post {
  readonly uploads?: readonly PostedFile[];
  readonly clientAddress?: string;
}

/** Root folder path of company c|1 ("One"), which fixture folder paths are relative to. */
export const ROOT = 'One/';

/** A harness whose company c|1 catalogue (from `catalogue`) is created at T0: its records' times start then, not at a test's first touch. */
export function catalogueAtT0(catalogue: object) {
  const h = harness('2014-04-03', catalogue);
  h.run('getFolders', { companyHandle: C });
  return h;
}

/** `extra`: more of a fixture document (folders, assets) beside the companies c|1, c|2 (no faked jobs), c|3 (faked jobs) and c|2101. */
export function harness(version = '2014-04-03', extra?: object) {
  const { engine, clock } = createApp({ seed: 7, clock: new Date(T0).toISOString(), fixturesDir: fixtures(extra), fakeUnknownCompanies: false });
  const schema = resolveSchema(versionById(version)!);
  const base = (user?: string, locale?: Locale): OperationBase => operationBase(engine, clock, schema, 'unit/1', user, locale);
  function run<N extends OperationName>(name: N, params: OperationTypes[N]['param'], user?: string, locale?: Locale, post?: Post): OperationTypes[N]['result'] {
    const ctx = { ...base(user, locale), ...post, params };
    return OPERATION_TABLE[name].readOnly ? OPERATION_TABLE[name].handler(ctx) : engine.store.write(() => OPERATION_TABLE[name].handler(ctx));
  }
  /** The IPS code and reason the call fails with. */
  function fails<N extends OperationName>(name: N, params: OperationTypes[N]['param'], user?: string, post?: Post): { code: number; reason: string } {
    try {
      run(name, params, user, undefined, post);
    } catch (e) {
      if (e instanceof IpsFault) return { code: e.entry.code, reason: e.reason };
      throw e;
    }
    throw new Error(`${name} did not fail`);
  }
  return { engine, clock, run, fails };
}
