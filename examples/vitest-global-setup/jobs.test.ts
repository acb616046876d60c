import soap from 'soap';
import { beforeAll, expect, it } from 'vitest';
import { companyFor, control, mockUrl } from './company.js';

const company = companyFor(import.meta.url);

beforeAll(() => control('reset', { method: 'POST', body: { company } }));

it('submits a job in this file’s company and finds the call in the journal', async () => {
  const client = await soap.createClientAsync(`${mockUrl()}/scene7/webservice/IpsApi-2014-04-03.wsdl`);
  client.addSoapHeader({ authHeader: { user: 'ci@example.com', password: 'ci-secret' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
  const [res] = await client.submitJobAsync({ companyHandle: company, jobName: 'from the example', optimizeImagesJob: { emailSetting: 'None' } });
  expect(res.jobHandle).toMatch(/^j\|/);
  const { count } = await control('requests/count', { method: 'POST', body: { operation: 'submitJob', company } });
  expect(count).toBe(1);
});

it('makes the next getActiveJobs of this company fail, as IPS would', async () => {
  await control('faults', { method: 'POST', body: { match: { company, operation: 'getActiveJobs' }, fault: 'exception', times: 1 } });
  const client = await soap.createClientAsync(`${mockUrl()}/scene7/webservice/IpsApi-2014-04-03.wsdl`);
  client.addSoapHeader({ authHeader: { user: 'ci@example.com', password: 'ci-secret' } }, '', 'ips', 'http://www.scene7.com/IpsApi/xsd');
  await expect(client.getActiveJobsAsync({ companyHandle: company })).rejects.toMatchObject({ response: { status: 500 } });
  const [again] = await client.getActiveJobsAsync({ companyHandle: company });
  expect(again.jobArray.items.some((j: { originalName: string }) => j.originalName === 'from the example')).toBe(true);
});
