import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import { negotiateLanguage, translate } from './i18n.js';

describe('server message catalogue', () => {
  it('has the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('nl', 'field.too-long', { limit: 200 })).toBe('Gebruik maximaal 200 tekens.');
  });

  it('follows Accept-Language with q-values and falls back to Dutch', () => {
    expect(negotiateLanguage(undefined)).toBe('nl');
    expect(negotiateLanguage('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('de-DE, nl;q=0.5, en;q=0.8')).toBe('en');
    expect(negotiateLanguage('fr')).toBe('nl');
    expect(negotiateLanguage('nl-BE')).toBe('nl');
  });
});
