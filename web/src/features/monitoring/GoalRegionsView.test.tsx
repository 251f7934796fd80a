import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { expectedRanges, GoalRegionsView, perRegion } from './GoalRegionsView';
import type { Cell, Goal, GoalProgressRow } from './types';

afterEach(cleanup);

const n = (value: number): Cell => ({ value, display: String(value), suppressed: false, status: 'shown' });
const small: Cell = { value: null, display: '< 10', suppressed: true, status: 'primary' };

const GOAL: Goal = {
  id: 'g1',
  programmeId: 'p1',
  description: 'Minstens 100 mensen per regio duurzaam aan het werk',
  metric: 'sustainable6',
  scope: 'region',
  regionCode: null,
  approachCode: null,
  targetGroup: null,
  population: 'everyone',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  baseline: null,
  baselineNote: null,
  target: 100,
  approachMinReach: null,
};

const row = (key: string, label: string, count: Cell, low: number, high: number): GoalProgressRow => ({
  key,
  label,
  count,
  rate: null,
  target: 100,
  projection: { year: 2026, projected: Math.round((low + high) / 2), low, high, outlook: 'likely', early: false },
  sentence: `${label}: ${count.display} van 100`,
});

const ROWS = [
  row('AM13', 'Midden-Utrecht', n(64), 86, 116),
  row('AM24', 'Rijnmond', n(120), 130, 150),
  row('AM01', 'Groningen', small, 0, 20),
];

describe('goal progress per region', () => {
  it('is shown per region only for a goal that holds for every region apart, with two rows or more', () => {
    expect(perRegion(GOAL, ROWS)).toBe(true);
    expect(perRegion(GOAL, ROWS.slice(0, 1))).toBe(false);
    expect(perRegion({ ...GOAL, regionCode: 'AM13' }, ROWS)).toBe(false);
    expect(perRegion({ ...GOAL, scope: 'approach' }, ROWS)).toBe(false);
  });

  it('gives no expected range for a hidden count (it would hint at the number)', () => {
    expect(expectedRanges(ROWS)).toEqual({ AM13: { low: 86, high: 116 }, AM24: { low: 130, high: 150 } });
  });

  it('shows a table with now, target and expected, and a sorted chart with the target line and the ranges', () => {
    render(
      <I18nProvider>
        <GoalRegionsView goal={GOAL} rows={ROWS} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Minstens 100 mensen per regio duurzaam aan het werk: per regio' });
    const rijnmond = within(table).getByRole('row', { name: /Rijnmond/ });
    expect(rijnmond.textContent).toContain('120');
    expect(rijnmond.textContent).toContain('130–150');
    const groningen = within(table).getByRole('row', { name: /Groningen/ });
    expect(groningen.textContent).toContain('< 10');
    expect(groningen.textContent).toContain('—');
    screen.getByText("1 van de 3 regio's hebben het doel al gehaald.");
    const chart = screen.getByRole('img', { name: /^Stand per regio/ });
    expect(chart.getAttribute('aria-label')).toMatch(
      /Rijnmond: 120; Midden-Utrecht: 64; Groningen: < 10 \(verborgen\)/,
    );
    expect(chart.querySelector('[data-reference="100"]')).not.toBeNull();
    expect(chart.querySelector('[data-range="86-116"]')).not.toBeNull();
    expect(chart.querySelectorAll('[data-range]').length).toBe(2);
  });
});
