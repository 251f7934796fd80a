/**
 * Server-side message catalogue. Dutch (`nl.json`) is the source; English (`en.json`) must have the
 * same keys (checked by i18n.test.ts). Used for problem `detail` texts and mails.
 */
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export type MessageKey = keyof typeof nl;
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogues: Record<Language, Record<string, string>> = { nl, en };

/**
 * Translates `key` into `lang`, filling `{name}` placeholders from `params`.
 * @param lang - target language
 * @param key - catalogue key
 * @param params - placeholder values
 */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? catalogues.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Chooses nl or en from an `Accept-Language` header (q-values respected); Dutch by default. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) {
    return 'nl';
  }
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^q=([0-9.]+)$/.exec(r.trim())).find(Boolean);
      return { tag: tag.toLowerCase(), q: q ? Number(q[1]) : 1 };
    })
    .filter((x) => x.tag && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'nl' || base === 'en') {
      return base;
    }
  }
  return 'nl';
}

/** Whether `key` is in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translatorFor(lang: Language): Translator {
  return (key, params) => translate(lang, key, params);
}
