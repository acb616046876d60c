/**
 * Conformance to the real service: the 2013-02-15 WSDL we serve, compared with
 * the real 2013-02-15 WSDL (../shared/reference/real/, beside the clone) over
 * every operation we serve: messages, every type they reach (names, order,
 * types, minOccurs/maxOccurs, nillable, compositors), SOAPActions, both
 * bindings, and the portType/binding/service names. Zero differences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { mockApp, NS } from './support/mock.js';
import { diffShapes, parseWsdl, wsdlOperations, wsdlShape } from './support/wsdl-shape.js';

const REAL = fileURLToPath(new URL('../../shared/reference/real/IpsApi-2013-02-15.wsdl', import.meta.url));

function realWsdl(): string {
  if (!existsSync(REAL)) {
    throw new Error(`The real 2013-02-15 WSDL is not at ${REAL}. This test needs the shared/ folder beside the repository (shared/reference/real/).`);
  }
  return readFileSync(REAL, 'utf8');
}

describe('the served 2013-02-15 WSDL against the real one', () => {
  const { app } = mockApp();

  it('has zero differences over every operation we serve', async () => {
    const real = parseWsdl(realWsdl());
    const served = parseWsdl((await request(app).get('/scene7/webservice/IpsApi-2013-02-15.wsdl')).text);
    const operations = wsdlOperations(served);
    // Every served operation is a real one (a made-up operation would be compared with nothing).
    const realOperations = new Set(wsdlOperations(real));
    expect(operations.filter((op) => !realOperations.has(op))).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(11);
    const options = { versionNs: NS['2013-02-15'], operations };
    const differences = diffShapes(wsdlShape(real, options), wsdlShape(served, options));
    expect(differences, differences.join('\n')).toEqual([]);
  });

  it('the comparison sees what it must: a changed cardinality, order, type, SOAPAction or binding name is a difference', async () => {
    // Mutations of our own (smaller) WSDL keep this quick; the shapes are the same kind of text.
    const text = (await request(app).get('/scene7/webservice/IpsApi-2013-02-15.wsdl')).text;
    const options = { versionNs: NS['2013-02-15'], operations: ['getActiveJobs', 'submitJob'] };
    const base = wsdlShape(parseWsdl(text), options);
    const changed = (from: string, to: string) => {
      expect(text).toContain(from);
      return diffShapes(base, wsdlShape(parseWsdl(text.replace(from, to)), options));
    };
    expect(changed('name="progressMessage" type="xs:string" minOccurs="1"', 'name="progressMessage" type="xs:string" minOccurs="0"')).toHaveLength(2);
    expect(changed('name="totalSize" type="xs:int"', 'name="totalSize" type="xs:long"')).toHaveLength(2);
    expect(changed('name="progress" type="xs:int" minOccurs="1"', 'name="progress" type="xs:int" minOccurs="1" nillable="true"')).toHaveLength(2);
    expect(changed('soapAction="getActiveJobs"', 'soapAction="urn:getActiveJobs"')).toHaveLength(2);
    expect(changed('name="IpsApiServiceSoap12Binding"', 'name="IpsApiSoap12Binding"').length).toBeGreaterThan(0);
  });
});
