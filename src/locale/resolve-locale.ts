/**
 * The operation locale, resolved as IPS does (reference §3.5): authHeader
 * `locale`, else `Accept-Language` (best q-value first), else en-US. A
 * language alone (`fr`) or another region (`fr-CA`) falls back to the
 * supported locale of the same language; a malformed locale is 30001.
 */
import { fault } from '../faults/catalogue.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';

/** `<language>[-<COUNTRY>]`; `_` is accepted as a separator, as Java clients send it. */
const LOCALE_RE = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?$/;

/** Preferred region per language when the request's region is not supported. */
const LANGUAGE_DEFAULT: Readonly<Record<string, Locale>> = Object.fromEntries(
  [...LOCALES].reverse().map((l) => [l.slice(0, 2), l]),
);
// zh without a region: Simplified; pt: Brazil (the only Portuguese we have).
const SCRIPT_HINTS: Readonly<Record<string, Locale>> = { 'zh-HK': 'zh-TW', 'zh-MO': 'zh-TW', 'zh-SG': 'zh-CN' };

/** Closest supported locale, or undefined when the language is not supported at all. */
export function closestLocale(tag: string): Locale | undefined {
  const m = LOCALE_RE.exec(tag.trim());
  if (!m) return undefined;
  const lang = m[1]!.toLowerCase();
  const region = m[2]?.toUpperCase();
  const exact = `${lang}-${region}`;
  return LOCALES.find((l) => l === exact) ?? SCRIPT_HINTS[exact] ?? LANGUAGE_DEFAULT[lang];
}

export const isWellFormedLocale = (tag: string): boolean => LOCALE_RE.test(tag.trim());

/** Validates a locale parameter (authHeader/locale, submitJob/locale); unsupported languages fall back to en-US. */
export function localeParameter(tag: string, where: string): Locale {
  if (!isWellFormedLocale(tag)) {
    throw fault('invalidParameter', `${where} '${tag}' is not a locale; use <language>[-<COUNTRY>], e.g. en-US or fr-FR`);
  }
  return closestLocale(tag) ?? DEFAULT_LOCALE;
}

/** Parses Accept-Language; ignores malformed ranges as HTTP allows, and `*`. */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.tag !== '*' && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranges) {
    const l = closestLocale(r.tag);
    if (l) return l;
  }
  return undefined;
}

export function resolveOperationLocale(headerLocale: string | undefined, acceptLanguage: string | undefined): Locale {
  if (headerLocale !== undefined && headerLocale.trim() !== '') return localeParameter(headerLocale, 'authHeader/locale');
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
