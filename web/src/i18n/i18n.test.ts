import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { translate } from './i18n';

describe('UI catalogue', () => {
  it('has the same keys and placeholders in Dutch and English, and no empty texts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(en[key]), key).toEqual(ph(nl[key]));
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(translate('nl', 'home.title', { name: 'Sanne' })).toBe('Welkom, Sanne');
    expect(translate('en', 'common.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});
