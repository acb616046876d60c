/**
 * Every value the faker invents must be one a client could have sent: it
 * passes the request decoder (XSD types, cardinality, element names) and the
 * request validator (IPS constant lists, "at most one of" groups). A faker
 * emitting emailSetting 'Sometimes' fails here.
 */
import { describe, expect, it } from 'vitest';
import { serverZone } from '../src/clock/server-zone.js';
import { companyProfile } from '../src/data/fake/company-profile.js';
import { DETAIL_FAKERS, fakeFileCount } from '../src/data/fake/fake-details.js';
import { detailElements } from '../src/schema/detail-elements.js';
import { resolveSchema } from '../src/schema/resolved-schema.js';
import { versionById } from '../src/schema/versions.js';
import { writeElement } from '../src/serialize/write-fields.js';
import { XmlOut } from '../src/serialize/xml-out.js';
import { attr } from '../src/serialize/xml-text.js';
import { detailProblem } from '../src/shared/detail-rules.js';
import { seededFaker } from '../src/shared/seeded.js';
import { VARIANT_KEYS, type Detail } from '../src/shared/variants.js';
import { decodeFields } from '../src/soap/decode-fields.js';
import { parseXml } from '../src/xml/parse-xml.js';
import { assetHandles, call, faultOf, mockApp } from './support/mock.js';

const beta = resolveSchema(versionById('2016-01-14-beta')!);
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

function fakedDetail(variant: (typeof VARIANT_KEYS)[number], seed: number) {
  const company = companyProfile(seed, `c|${seed}`);
  const f = seededFaker('en-US', seed, 'faked-values', variant);
  return DETAIL_FAKERS[variant](f, company, fakeFileCount(f, variant));
}

/** The detail as the XML a client would send inside submitJobParam (children of the detail element). */
function detailXml(variant: string, detail: Detail): string {
  const typeName = detailElements.find((d) => d.element === variant)!.type;
  const out = new XmlOut();
  writeElement(out, variant, attr('xmlns', beta.version.namespace), typeName, beta.types.get(typeName)!.fields, detail, beta, serverZone(), variant);
  return out.toString();
}

describe('faked job details', () => {
  for (const variant of VARIANT_KEYS) {
    it(`${variant}: every faked detail decodes as a request and passes the detail rules (${SEEDS.length} seeds)`, () => {
      const typeName = detailElements.find((d) => d.element === variant)!.type;
      for (const seed of SEEDS) {
        const xml = detailXml(variant, fakedDetail(variant, seed));
        const decoded = decodeFields(parseXml(xml), beta.types.get(typeName)!.fields, beta, `submitJobParam/${variant}`);
        expect(detailProblem(decoded, `submitJobParam/${variant}`), `seed ${seed}`).toBeUndefined();
      }
    });
  }

  it('are accepted by submitJob over HTTP (every submittable variant)', async () => {
    const { app } = mockApp();
    const submittable = detailElements.filter((d) => d.in.submitJobParam !== null).map((d) => d.element);
    expect(submittable.length).toBe(13);
    // Jobs that work on the company's assets take only its own (issue 8 §3): faked handles are swapped for them.
    const own = await assetHandles(app, 'c|3', 100);
    let next = 0;
    for (const variant of VARIANT_KEYS.filter((v) => submittable.includes(v))) {
      const inner = detailXml(variant, fakedDetail(variant, 3))
        .replace(/^<[^>]+>|<\/[^>]+>$/g, '')
        .replace(/<items>a\|\d+<\/items>/g, () => `<items>${own[next++ % own.length]}</items>`);
      const res = await call(app, 'submitJob', `<companyHandle>c|3</companyHandle><jobName>faked ${variant}</jobName><${variant}>${inner}</${variant}>`, { version: '2016-01-14-beta' });
      expect(res.status, res.status === 200 ? '' : `${variant}: ${faultOf(res.text).reason}`).toBe(200);
    }
  });

  it('the validator refuses a value outside its IPS list (so the checks above can fail)', () => {
    expect(detailProblem({ emailSetting: 'Sometimes' }, 'x')).toMatch(/emailSetting 'Sometimes' is not one of: All, Error, ErrorAndWarning, JobCompletion, None/);
    expect(detailProblem({ pdfOptions: { process: 'MaintainLayers' } }, 'x')).toMatch(/process 'MaintainLayers'/);
  });
});
