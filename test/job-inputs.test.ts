/**
 * Jobs that work on assets the company has take only assets that exist (issue 8 §3): an unknown handle in
 * a reprocess, rip-PDF, automated-set or export job is ipsApiFault 30001 naming the parameter path and the handle,
 * and the refused submit leaves no job behind.
 */
import { describe, expect, it } from 'vitest';
import { bodyElement, call, child, children, faultOf, items, mockApp, text } from './support/mock.js';

const COMPANY = 'c|5252';
const C = `<companyHandle>${COMPANY}</companyHandle>`;

function setup() {
  const { app } = mockApp();
  /** Handles of the company's assets of a type, read as a client would (searchAssets). */
  const handles = async (type: string, n: number) => {
    const res = await call(app, 'searchAssets', `${C}<includeSubfolders>true</includeSubfolders><assetTypeArray><items>${type}</items></assetTypeArray><recordsPerPage>${n}</recordsPerPage>`);
    return children(child(bodyElement(res.text), 'assetArray')!, 'items').map((a) => text(a, 'assetHandle')!);
  };
  const submit = (jobName: string, detail: string, extra = '') => call(app, 'submitJob', `${C}<jobName>${jobName}</jobName>${extra}${detail}`);
  const listed = async (jobName: string) => items((await call(app, 'getActiveJobs', C)).text).filter((j) => text(j, 'originalName') === jobName);
  return { app, handles, submit, listed };
}

const reprocess = (hs: string[]) => `<reprocessAssetsJob><assetHandleArray>${hs.map((h) => `<items>${h}</items>`).join('')}</assetHandleArray><createMask>false</createMask><emailSetting>None</emailSetting></reprocessAssetsJob>`;

describe('job inputs must exist in the company catalogue', () => {
  it('reprocessAssetsJob: real handles are taken; an unknown one is 30001 naming its item and handle, and no job is made', async () => {
    const { handles, submit, listed } = setup();
    const [a, b] = await handles('Image', 2);
    expect((await submit('real', reprocess([a!, b!]))).status).toBe(200);
    const res = await submit('unknown', reprocess([a!, 'a|201']));
    expect(res.status).toBe(500);
    expect(faultOf(res.text)).toMatchObject({
      element: 'ipsApiFault',
      code: 30001,
      reason: `submitJobParam/reprocessAssetsJob/assetHandleArray/items[2] 'a|201' does not name an asset of company ${COMPANY}`,
    });
    expect(await listed('unknown')).toHaveLength(0);
  });

  it('ripPdfsJob names its PDFs in pdfHandleArray; automatedSetGenerationJob its images in assetHandleArray', async () => {
    const { handles, submit } = setup();
    const [pdf] = await handles('Pdf', 1);
    const rip = (h: string) => `<ripPdfsJob><pdfHandleArray><items>${h}</items></pdfHandleArray><createMask>false</createMask><emailSetting>None</emailSetting></ripPdfsJob>`;
    expect((await submit('rip', rip(pdf!))).status).toBe(200);
    expect(faultOf((await submit('rip unknown', rip('a|101'))).text).reason).toBe(`submitJobParam/ripPdfsJob/pdfHandleArray/items[1] 'a|101' does not name an asset of company ${COMPANY}`);
    const autoSet = (h: string) =>
      `<automatedSetGenerationJob><assetHandleArray><items>${h}</items></assetHandleArray><readyForPublish>true</readyForPublish><autoSetCreationOptions><autoSetsArray><items>ps|941</items></autoSetsArray></autoSetCreationOptions><emailSetting>None</emailSetting></automatedSetGenerationJob>`;
    const [image] = await handles('Image', 1);
    expect((await submit('sets', autoSet(image!))).status).toBe(200);
    expect(faultOf((await submit('sets unknown', autoSet('a|5'))).text).reason).toBe(`submitJobParam/automatedSetGenerationJob/assetHandleArray/items[1] 'a|5' does not name an asset of company ${COMPANY}`);
  });

  it('exportJob names the assets it exports in assetHandleArray: known ones are taken, an unknown one is 30001 and makes no job', async () => {
    const { handles, submit, listed } = setup();
    const exportOf = (hs: string[]) => `<exportJob><assetHandleArray>${hs.map((h) => `<items>${h}</items>`).join('')}</assetHandleArray><fmt>orig</fmt><emailSetting>None</emailSetting></exportJob>`;
    const [a, b] = await handles('Image', 2);
    expect((await submit('export', exportOf([a!, b!]))).status).toBe(200);
    expect(await listed('export')).toHaveLength(1);
    const res = await submit('export unknown', exportOf([a!, b!, 'a|1002']));
    expect(res.status).toBe(500);
    expect(faultOf(res.text)).toMatchObject({
      element: 'ipsApiFault',
      code: 30001,
      reason: `submitJobParam/exportJob/assetHandleArray/items[3] 'a|1002' does not name an asset of company ${COMPANY}`,
    });
    expect(await listed('export unknown')).toHaveLength(0);
  });

  it('a handle that is not an asset handle, and a scheduled job, are checked the same way', async () => {
    const { submit } = setup();
    expect(faultOf((await submit('malformed', reprocess(['f|shop/']))).text).reason).toBe(
      "submitJobParam/reprocessAssetsJob/assetHandleArray/items[1] 'f|shop/' is not an asset handle; asset handles look like a|581084652",
    );
    const scheduled = await submit('nightly', reprocess(['a|7']), '<execSchedule>0 0 2 * * ?</execSchedule>');
    expect(faultOf(scheduled.text).code).toBe(30001);
  });

  it('an asset of another company is not one of this company\'s', async () => {
    const { app, submit } = setup();
    const other = await call(app, 'searchAssets', '<companyHandle>c|5253</companyHandle><includeSubfolders>true</includeSubfolders><recordsPerPage>1</recordsPerPage>');
    const foreign = text(children(child(bodyElement(other.text), 'assetArray')!, 'items')[0]!, 'assetHandle')!;
    expect(faultOf((await submit('foreign', reprocess([foreign]))).text).reason).toBe(`submitJobParam/reprocessAssetsJob/assetHandleArray/items[1] '${foreign}' does not name an asset of company ${COMPANY}`);
  });
});
