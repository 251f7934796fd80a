import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HorizontalBarChart } from './HorizontalBarChart';
import { ColumnChart } from './ColumnChart';
import { chartText, sortBars, wrapLabel, type Bar } from './chart';

afterEach(cleanup);

const shown = (key: string, label: string, value: number): Bar => ({
  key,
  label,
  value,
  display: String(value),
  suppressed: false,
});
const hidden = (key: string, label: string, display: '< 10' | 'x'): Bar => ({
  key,
  label,
  value: null,
  display,
  suppressed: true,
});

const BARS: Bar[] = [
  shown('GM0356', 'Nieuwegein', 12),
  hidden('GM0321', 'Houten', '< 10'),
  shown('GM0344', 'Utrecht', 34),
  hidden('GM0632', 'Woerden', 'x'),
  shown('GM0355', 'Zeist', 12),
];

function renderChart(bars = BARS) {
  return render(
    <HorizontalBarChart
      id="t"
      title="Bereik per gemeente"
      bars={bars}
      hiddenWord="verborgen"
      orderText="van hoog naar laag"
      legend="Gestreept vakje: dit aantal is verborgen."
    />,
  );
}

describe('sortBars', () => {
  it('puts the largest first, equal values by label, and hidden values last without guessing their size', () => {
    expect(sortBars(BARS).map((b) => b.label)).toEqual(['Utrecht', 'Nieuwegein', 'Zeist', 'Houten', 'Woerden']);
  });
});

describe('HorizontalBarChart', () => {
  it('draws the bars sorted from high to low, each bar as long as its share of the largest', () => {
    const { container } = renderChart();
    const groups = [...container.querySelectorAll('g[data-bar]')].map((g) => g.getAttribute('data-bar'));
    expect(groups).toEqual(['GM0344', 'GM0356', 'GM0355', 'GM0321', 'GM0632']);
    const widths = [...container.querySelectorAll('rect[data-value]')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(3);
    // Utrecht (34) is the full track; Nieuwegein and Zeist (12) are 12/34 of it.
    expect(widths[1]! / widths[0]!).toBeCloseTo(12 / 34, 5);
    expect(widths[2]).toBe(widths[1]);
  });

  it('gives a hidden value no bar and no number: a hatched box and "< 10 – verborgen"', () => {
    const { container } = renderChart();
    const houten = container.querySelector('g[data-bar="GM0321"]')!;
    expect(houten.querySelector('rect[data-value]')).toBeNull();
    expect(houten.querySelector('rect[data-hidden]')).not.toBeNull();
    expect(houten.textContent).toBe('Houten< 10 – verborgen');
    const woerden = container.querySelector('g[data-bar="GM0632"]')!;
    expect(woerden.textContent).toBe('Woerdenx – verborgen');
    expect(woerden.textContent).not.toMatch(/\d/);
    // The hatched box is the same small size whatever the hidden number is: it says nothing about it.
    const boxes = [...container.querySelectorAll('rect[data-hidden]')].map((r) => r.getAttribute('width'));
    expect(new Set(boxes).size).toBe(1);
    expect(screen.getByText('Gestreept vakje: dit aantal is verborgen.')).toBeTruthy();
  });

  it('has a text alternative that lists every value as the table shows it, hidden ones named as hidden', () => {
    renderChart();
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      'Bereik per gemeente (van hoog naar laag). Utrecht: 34; Nieuwegein: 12; Zeist: 12; Houten: < 10 (verborgen); Woerden: x (verborgen).',
    );
    expect(screen.getByText('Bereik per gemeente')).toBeTruthy();
  });

  it('keeps the given order when told so (the 25 fidelity items), on a fixed scale', () => {
    const { container } = render(
      <HorizontalBarChart
        id="f"
        title="Score per onderdeel"
        sorted={false}
        max={5}
        hiddenWord="verborgen"
        bars={[shown('a', '1. Caseload', 2), shown('b', '2. Tijd voor werk', 5)]}
      />,
    );
    expect([...container.querySelectorAll('g[data-bar]')].map((g) => g.getAttribute('data-bar'))).toEqual(['a', 'b']);
    const [a, b] = [...container.querySelectorAll('rect[data-value]')].map((r) => Number(r.getAttribute('width')));
    expect(a! / b!).toBeCloseTo(2 / 5, 5);
    // No hidden value: no legend.
    expect(container.querySelector('.meedoen-chart__legend')).toBeNull();
  });
});

describe('ColumnChart', () => {
  it('draws the reference line and leaves a hidden quarter without a column', () => {
    const { container } = render(
      <ColumnChart
        id="ips"
        title="Percentage aan het werk per kwartaal, 2026"
        hiddenWord="verborgen"
        unit=" %"
        references={[{ value: 41, label: 'Doel 41 %' }]}
        bars={[
          { key: '1', label: 'K1', value: 38.5, display: '38,5 %', suppressed: false },
          { key: '2', label: 'K2', value: null, display: 'x', suppressed: true },
        ]}
      />,
    );
    expect(container.querySelector('g[data-reference="41"]')?.textContent).toBe('Doel 41 %');
    expect(container.querySelectorAll('rect[data-value]')).toHaveLength(1);
    expect(container.querySelector('g[data-bar="2"] rect[data-value]')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Percentage aan het werk per kwartaal, 2026. K1: 38,5 %; K2: x (verborgen). Doel 41 %.',
    );
  });
});

describe('chart helpers', () => {
  it('wraps a long label at spaces', () => {
    expect(wrapLabel('Integratie van re-integratie met behandeling', 20)).toEqual([
      'Integratie van',
      're-integratie met',
      'behandeling',
    ]);
  });
  it('says the chart in words without an order when none is given', () => {
    expect(chartText('T', [shown('a', 'A', 1)], 'verborgen')).toBe('T. A: 1.');
  });
});
