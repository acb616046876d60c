// Which of the mock's locales the reader's browser asks for, for wording job log
// messages (the mock words them in the operation locale, as IPS does).

/**
 * @param {readonly string[]} supported the mock's locales, e.g. ["en-US", "de-DE", …]
 * @param {readonly string[]} wanted the browser's languages, best first
 * @returns {string}
 */
export function preferredLocale(supported, wanted) {
  for (const tag of wanted) {
    const exact = supported.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.slice(0, 2).toLowerCase();
    const sameLanguage = supported.find((l) => l.slice(0, 2).toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
  }
  return supported[0] ?? 'en-US';
}

/** The locale job logs are worded in, chosen by the reader (null: not chosen yet). */
export const logLocale = { value: /** @type {string | null} */ (null) };
