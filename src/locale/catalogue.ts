/**
 * Message catalogues: one JSON file per locale, loaded once. `message()` fills
 * `{placeholders}`; a key missing from a catalogue is a bug caught by the
 * catalogue test, and falls back to en-US rather than failing a response.
 */
import { readFileSync } from 'node:fs';
import { codeFile } from '../config/package-root.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';

export type Catalogue = Readonly<Record<string, string>>;

const load = (locale: Locale): Catalogue =>
  JSON.parse(readFileSync(codeFile(`locale/catalogues/${locale}.json`), 'utf8')) as Catalogue;

let catalogues: ReadonlyMap<Locale, Catalogue> | undefined;

export function allCatalogues(): ReadonlyMap<Locale, Catalogue> {
  catalogues ??= new Map(LOCALES.map((l) => [l, load(l)]));
  return catalogues;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

export function message(locale: Locale, key: string, args: MessageArgs = {}): string {
  const all = allCatalogues();
  const template = all.get(locale)?.[key] ?? all.get(DEFAULT_LOCALE)?.[key];
  if (template === undefined) throw new Error(`message catalogue has no key '${key}'`);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}
