import { describe, expect, it } from 'vitest';
import { allCatalogues } from '../src/locale/catalogue.js';
import { LOCALES } from '../src/locale/locales.js';
import { closestLocale, fromAcceptLanguage, resolveOperationLocale } from '../src/locale/resolve-locale.js';
import { IpsFault } from '../src/faults/catalogue.js';
import { authHeader, call, child, items, mockApp, text } from './support/mock.js';

const catalogues = allCatalogues();
const english = catalogues.get('en-US')!;
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('message catalogues', () => {
  it.each(LOCALES)('%s has exactly the keys of en-US, with the same placeholders', (locale) => {
    const c = catalogues.get(locale)!;
    expect(Object.keys(c)).toEqual(Object.keys(english));
    for (const [key, value] of Object.entries(c)) {
      expect(value.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(english[key]!));
    }
  });
  it.each(LOCALES.filter((l) => l !== 'en-US'))('%s leaves no message in English', (locale) => {
    const c = catalogues.get(locale)!;
    for (const [key, value] of Object.entries(c)) expect(value, `${locale} ${key}`).not.toBe(english[key]);
  });
  it('zh-CN is simplified and zh-TW traditional', () => {
    const cn = Object.values(catalogues.get('zh-CN')!).join('');
    const tw = Object.values(catalogues.get('zh-TW')!).join('');
    // 传/傳 (transmit, as in upload), 务/務, 设/設: simplified vs traditional forms.
    expect(cn).toMatch(/[传务设]/);
    expect(cn).not.toMatch(/[傳務設]/);
    expect(tw).toMatch(/[傳務設]/);
    expect(tw).not.toMatch(/[传务设]/);
  });
});

describe('operation locale resolution (reference §3.5)', () => {
  it('falls back from a language or another region to the closest supported locale', () => {
    expect(closestLocale('fr')).toBe('fr-FR');
    expect(closestLocale('fr-CA')).toBe('fr-FR');
    expect(closestLocale('pt-PT')).toBe('pt-BR');
    expect(closestLocale('zh-HK')).toBe('zh-TW');
    expect(closestLocale('zh')).toBe('zh-CN');
    expect(closestLocale('de_AT')).toBe('de-DE');
    expect(closestLocale('xx-YY')).toBeUndefined();
  });
  it('reads Accept-Language by q-value', () => {
    expect(fromAcceptLanguage('de-CH;q=0.5, ja;q=0.9, *;q=0.1')).toBe('ja-JP');
    expect(fromAcceptLanguage('xx, sv;q=0.2')).toBe('sv-SE');
    expect(fromAcceptLanguage('*')).toBeUndefined();
  });
  it('prefers authHeader locale, then Accept-Language, then en-US; a malformed header locale is 30001', () => {
    expect(resolveOperationLocale('ko-KR', 'fr')).toBe('ko-KR');
    expect(resolveOperationLocale(undefined, 'fr-CA,fr;q=0.8')).toBe('fr-FR');
    expect(resolveOperationLocale(undefined, undefined)).toBe('en-US');
    expect(resolveOperationLocale('tlh', undefined)).toBe('en-US');
    expect(() => resolveOperationLocale('not a locale!', undefined)).toThrow(IpsFault);
  });
});

describe('log messages follow the operation locale', () => {
  const { app } = mockApp();
  async function totalFileCountLine(opts: Parameters<typeof call>[3]) {
    const logs = items((await call(app, 'getJobLogs', '<companyHandle>c|2101</companyHandle>')).text, 'jobLogArray');
    const finished = logs.find((l) => child(l, 'endDate'))!;
    const res = await call(app, 'getJobLogDetails', `<companyHandle>c|2101</companyHandle><jobHandle>${text(finished, 'jobHandle')}</jobHandle>`, opts);
    const log = items(res.text, 'jobLogArray')[0]!;
    const line = child(log, 'detailArray')!.children.find((l) => text(l, 'logType') === 'TotalFileCount')!;
    return { message: text(line, 'logMessage'), count: text(log, 'totalFileCount')! };
  }
  it.each(LOCALES)('getJobLogDetails in %s uses that catalogue', async (locale) => {
    const { message, count } = await totalFileCountLine({ header: authHeader({ locale }) });
    expect(message).toBe(catalogues.get(locale)!['log.totalFileCount']!.replace('{count}', count));
  });
  it('Accept-Language picks the locale when the authHeader has none', async () => {
    const { message, count } = await totalFileCountLine({ headers: { 'Accept-Language': 'fr-CA' } });
    expect(message).toBe(catalogues.get('fr-FR')!['log.totalFileCount']!.replace('{count}', count));
  });
});
