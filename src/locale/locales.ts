/**
 * The twelve supported locales as data: each maps to its message catalogue
 * (catalogues/<locale>.json, same keys in every file) and to faker's locale
 * definitions for names, companies and e-mails.
 */
import { de, en, en_US, es, fr, it, ja, ko, nl, pt_BR, sv, zh_CN, zh_TW, type LocaleDefinition } from '@faker-js/faker';

export const LOCALES = [
  'en-US', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'pt-BR', 'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'nl-NL', 'sv-SE',
] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en-US';

/** Faker definitions per locale; English is the fallback for keys a locale lacks. */
export const FAKER_LOCALES: Readonly<Record<Locale, readonly LocaleDefinition[]>> = {
  'en-US': [en_US, en],
  'de-DE': [de, en],
  'fr-FR': [fr, en],
  'it-IT': [it, en],
  'es-ES': [es, en],
  'pt-BR': [pt_BR, en],
  'ja-JP': [ja, en],
  'ko-KR': [ko, en],
  'zh-CN': [zh_CN, en],
  'zh-TW': [zh_TW, en],
  'nl-NL': [nl, en],
  'sv-SE': [sv, en],
};
