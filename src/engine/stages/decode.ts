/**
 * Stage "decode": the request element → typed parameters, recorded as JSON with
 * the company and job they name. Structure violations are faults, or with
 * `requests: 'lenient'` recorded (journal and X-Ips-Mock-Violations) and tolerated.
 */
import { decodeFields } from '../../soap/decode-fields.js';
import { need, type Stage } from '../context.js';
import { paramsJson } from '../params-json.js';

/** The company a job handle belongs to (j|<companyId>||name|seq, reference §5). */
const jobCompany = (jobHandle: string): string | undefined => {
  const m = /^j\|(\d+)\|/.exec(jobHandle);
  return m ? `c|${m[1]}` : undefined;
};

export const decode: Stage = {
  name: 'decode',
  run(ctx) {
    const { schema, operation } = need(ctx.route, 'route');
    const check = { lenient: ctx.engine.requests === 'lenient', violations: [] as string[] };
    try {
      ctx.params = decodeFields(need(ctx.envelope, 'envelope').body, operation.param.fields, schema, operation.param.name, check);
    } finally {
      if (check.violations.length > 0) ctx.record.violations = check.violations;
    }
    const params = ctx.params;
    ctx.record.params = paramsJson(params, operation.param.fields, schema);
    const jobHandle = typeof params.jobHandle === 'string' ? params.jobHandle : undefined;
    ctx.record.jobHandle = jobHandle;
    ctx.record.company = typeof params.companyHandle === 'string' ? params.companyHandle : jobHandle && jobCompany(jobHandle);
  },
};
