/**
 * The twelve supported locales as data: each maps to its message catalogue
 * (catalogues/<locale>.json, same keys in every file) and to faker's locale
 * build for names, companies and e-mails (loaded on first use: faker-locales.ts).
 */

export const LOCALES = [
  'en-US', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'pt-BR', 'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'nl-NL', 'sv-SE',
] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en-US';

/**
 * Faker's per-locale build per locale (`@faker-js/faker/locale/<id>`); each build falls
 * back to English (and faker's base data) for keys the locale lacks.
 */
export const FAKER_LOCALE_IDS: Readonly<Record<Locale, string>> = {
  'en-US': 'en_US',
  'de-DE': 'de',
  'fr-FR': 'fr',
  'it-IT': 'it',
  'es-ES': 'es',
  'pt-BR': 'pt_BR',
  'ja-JP': 'ja',
  'ko-KR': 'ko',
  'zh-CN': 'zh_CN',
  'zh-TW': 'zh_TW',
  'nl-NL': 'nl',
  'sv-SE': 'sv',
};
