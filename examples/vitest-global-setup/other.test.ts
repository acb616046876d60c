import { beforeAll, expect, it } from 'vitest';
import { companyFor, control } from './company.js';

const company = companyFor(import.meta.url);

beforeAll(() => control('reset', { method: 'POST', body: { company } }));

it('has its own company, untouched by the other file', async () => {
  const { requests } = await control(`requests?company=${encodeURIComponent(company)}`, { method: 'GET' });
  expect(requests).toEqual([]);
  expect(company).not.toBe(companyFor('jobs.test.ts'));
});
