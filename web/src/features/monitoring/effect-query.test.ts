import { describe, expect, it } from 'vitest';
import { EMPTY_EFFECT_FORM, effectApiQuery, readEffectForm, writeEffectForm } from './effect-query';

describe('effect evaluation question in the address bar', () => {
  it('round-trips a comparison of two approaches with Dutch keys', () => {
    const form = {
      ...EMPTY_EFFECT_FORM,
      outcome: 'timeToFirstJob' as const,
      from: '2025-01-01',
      to: '2025-12-31',
      a: { ...EMPTY_EFFECT_FORM.a, approachCode: 'ips', regionCode: 'AM13' },
      b: { ...EMPTY_EFFECT_FORM.b, approachCode: 'jobCoaching', regionCode: 'AM13' },
    };
    const url = writeEffectForm(form);
    expect(url.toString()).toBe(
      'uitkomst=tijdTotWerk&van=2025-01-01&tot=2025-12-31&aanpakA=ips&regioA=AM13&aanpakB=jobCoaching&regioB=AM13',
    );
    expect(readEffectForm(url)).toEqual(form);
    expect(effectApiQuery(form)!.toString()).toBe(
      'outcome=timeToFirstJob&from=2025-01-01&to=2025-12-31&approachCodeA=ips&regionCodeA=AM13&approachCodeB=jobCoaching&regionCodeB=AM13',
    );
  });

  it('sends a before/after period for group B only when both dates are there', () => {
    const form = readEffectForm(new URLSearchParams('van=2026-01-01&tot=2026-06-30&vanB=2025-01-01&totB=2025-06-30'));
    expect(form.beforeAfter).toBe(true);
    expect(effectApiQuery(form)!.get('fromB')).toBe('2025-01-01');
    const half = readEffectForm(new URLSearchParams('van=2026-01-01&tot=2026-06-30&vanB=2025-01-01'));
    expect(half.beforeAfter).toBe(false);
    expect(effectApiQuery(half)!.has('fromB')).toBe(false);
  });

  it('drops what is not valid and asks nothing without both dates', () => {
    const form = readEffectForm(
      new URLSearchParams(
        'uitkomst=iets&maanden=99&van=2026-02-30&tot=2026-03-01&aanpakA=DROP%20TABLE&doelgroepA=nonsense',
      ),
    );
    expect(form.outcome).toBe('jobWithin');
    expect(form.months).toBe('12');
    expect(form.from).toBe('');
    expect(form.a.approachCode).toBe('');
    expect(form.a.targetGroup).toBe('');
    expect(effectApiQuery(form)).toBeNull();
  });
});
