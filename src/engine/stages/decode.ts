/**
 * Stage "decode": the request element → typed parameters, recorded as JSON with
 * the company and job they name. Structure violations are faults, or with
 * `requests: 'lenient'` recorded (journal and X-Ips-Mock-Violations) and tolerated.
 */
import type { Operation, OperationName } from '../../schema/operations.js';
import { decodeFields, type Decoded } from '../../soap/decode-fields.js';
import type { XmlElement } from '../../xml/parse-xml.js';
import { need, type Stage } from '../context.js';
import { paramsJson } from '../params-json.js';

/** The company a job handle belongs to (j|<companyId>||name|seq, reference §5). */
const jobCompany = (jobHandle: string): string | undefined => {
  const m = /^j\|(\d+)\|/.exec(jobHandle);
  return m ? `c|${m[1]}` : undefined;
};

interface Decoding {
  readonly params: Decoded;
  readonly violations: readonly string[];
}

/*
 * Decoding is a pure function of (request element, operation, checking mode). A repeated request's
 * element is the one the read stage kept, so what it decoded to is kept beside it and found again.
 * Every call repeating the request shares those parameters, so they are frozen. A refusal is not kept:
 * it is worked out again each time.
 */
const decodings = { strict: new WeakMap<XmlElement, Map<Operation<OperationName>, Decoding>>(), lenient: new WeakMap<XmlElement, Map<Operation<OperationName>, Decoding>>() };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const decode: Stage = {
  name: 'decode',
  run(ctx) {
    const { schema, operation } = need(ctx.route, 'route');
    const body = need(ctx.envelope, 'envelope').body;
    const mode = ctx.engine.requests === 'lenient' ? 'lenient' : 'strict';
    let decoding = decodings[mode].get(body)?.get(operation);
    if (decoding) {
      if (decoding.violations.length > 0) ctx.record.violations = [...decoding.violations];
    } else {
      const check = { lenient: mode === 'lenient', violations: [] as string[] };
      try {
        decoding = deepFreeze({ params: decodeFields(body, operation.param.fields, schema, operation.param.name, check), violations: [...check.violations] });
      } finally {
        if (check.violations.length > 0) ctx.record.violations = check.violations;
      }
      const byOperation = decodings[mode].get(body) ?? new Map<Operation<OperationName>, Decoding>();
      decodings[mode].set(body, byOperation.set(operation, decoding));
    }
    const params = decoding.params;
    ctx.params = params;
    ctx.record.params = paramsJson(params, operation.param.fields, schema);
    const jobHandle = typeof params.jobHandle === 'string' ? params.jobHandle : undefined;
    ctx.record.jobHandle = jobHandle;
    ctx.record.company = typeof params.companyHandle === 'string' ? params.companyHandle : jobHandle && jobCompany(jobHandle);
  },
};
