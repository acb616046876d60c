/**
 * The typed boundaries: wire-types.ts is what the schema model says (so the
 * compile-time checks on handlers, views and fakers are checks against the
 * WSDL), and the serializer refuses a key the schema does not declare instead
 * of silently dropping it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OperationHandler } from '../src/operations/context.js';
import { serverZone } from '../src/clock/server-zone.js';
import { resolveSchema } from '../src/schema/resolved-schema.js';
import { versionById } from '../src/schema/versions.js';
import type * as Wire from '../src/schema/wire-types.js';
import { resultEnvelope } from '../src/serialize/envelope.js';
import { writeElement, type Plain } from '../src/serialize/write-fields.js';
import { XmlOut } from '../src/serialize/xml-out.js';
import { SOAP11 } from '../src/soap/soap-versions.js';
import { wireTypesSource } from '../src/tools/wire-types-source.js';

const schema = resolveSchema(versionById('2014-04-03')!);
const wire = { zone: serverZone(), faultString: 'element' } as const;
/** A value of type `owner` written as element <x>. */
function written(owner: string, value: Plain): string {
  const out = new XmlOut();
  writeElement(out, 'x', '', owner, schema.types.get(owner)!.fields, value, schema, wire.zone, 'x');
  return out.toString();
}

describe('typed boundaries', () => {
  it('src/schema/wire-types.ts is the generator output for the current model (run `npm run build && npm run types:write`)', () => {
    expect(readFileSync(new URL('../src/schema/wire-types.ts', import.meta.url), 'utf8')).toBe(wireTypesSource());
  });

  it('the generated types follow the model: optional = minOccurs 0 or not in every version; repeats are arrays', () => {
    const text = wireTypesSource();
    // ActiveJob (reference §7.1): progress is required everywhere; triggerTime only in beta; taskProgressArray from 6.8.
    expect(text).toContain('  readonly progress: number;\n  readonly progressMessage: string;');
    expect(text).toContain('  readonly triggerTime?: number;');
    expect(text).toContain('export type ActiveJobArray = {\n  readonly items?: readonly ActiveJob[];\n};');
    expect(text).toContain('export type StopJobReturn = Readonly<Record<never, never>>;');
  });

  it('the serializer refuses a key no version of the type declares', () => {
    const op = schema.operations.get('submitJob')!;
    expect(() => resultEnvelope(schema, SOAP11, op.result, { jobHandle: 'j|1||x|1', jobHandel: 'typo' }, wire)).toThrow(/submitJobReturn declares no element 'jobHandel'/);
    expect(() => written('UploadUrl', { sourceUrl: 'a', destPath: 'b', destFolder: 'c' })).toThrow(/UploadUrl declares no element 'destFolder'/);
  });

  it('the serializer still writes a key that only another version declares (it is just not in this one)', () => {
    const op = schema.operations.get('getActiveJobs')!;
    const xml = resultEnvelope(schema, SOAP11, op.result, { jobArray: { items: [] } }, wire).bytes().toString('utf8');
    expect(xml).toContain('<jobArray/>');
    const t = schema.types.get('JobLogDetail')!;
    // dateCreated is beta-only (reference §7.7; not in the real 2013-02-15 WSDL): allowed in the value, not written for 2014-04-03.
    expect(written(t.name, { logMessage: 'm', logType: 'BeginUpload', dateCreated: 0 })).toBe('<x><logMessage>m</logMessage><logType>BeginUpload</logType></x>');
  });

  it('a misspelt field is a compile error (checked by npm run typecheck)', () => {
    // @ts-expect-error — 'jobHandel' is not an element of submitJobReturn.
    const bad: Wire.SubmitJobReturn = { jobHandle: 'j|1||x|1', jobHandel: 'x' };
    // @ts-expect-error — getJobLogs has no 'jobName' parameter.
    const reads: OperationHandler<'getJobLogs'> = (ctx) => ({ jobLogArray: { items: [] }, extra: ctx.params.jobName });
    expect([bad, reads].length).toBe(2);
  });
});
