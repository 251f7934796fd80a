import { describe, expect, it } from 'vitest';
import { chartLayout } from './FlowChart';
import { fieldIdOf, move } from './RouteForm';
import { exportUrl, type Cell, type FlowRow } from './types';

const shown = (n: number): Cell => ({ value: n, display: String(n), status: 'shown' });
const hidden: Cell = { value: null, display: '< 10', status: 'primary' };
const row = (key: string, p: Cell, i: Cell): FlowRow => ({
  key,
  label: key,
  participants: p,
  inflow: i,
  known6: shown(0),
  retained6: shown(0),
  known12: shown(0),
  retained12: shown(0),
  inflowPercentage: null,
  retained6Percentage: null,
  retained12Percentage: null,
});

describe('chartLayout', () => {
  it('puts the largest shown count across the space between labels and numbers; hidden counts get no bar', () => {
    const { rows, height } = chartLayout([row('total', shown(40), shown(20)), row('a', hidden, shown(10))], 400);
    // 400 − 92 (labels) − 52 (numbers) = 256 for the largest count, 40.
    expect(rows[0]!.bars.map((b) => [b.measure, b.width])).toEqual([
      ['participants', 256],
      ['inflow', 128],
      ['retained6', 0],
      ['retained12', 0],
    ]);
    expect(rows[1]!.bars[0]!.width).toBe(0);
    expect(rows[1]!.bars[1]!.width).toBe(64);
    // Rows one under the other, bars one under the other within a row.
    expect(rows[1]!.y).toBeGreaterThan(rows[0]!.bars[3]!.y);
    expect(height).toBeGreaterThan(rows[1]!.bars[3]!.y);
  });
});

describe('route form helpers', () => {
  it('maps an API pointer to the field it is about', () => {
    expect(fieldIdOf('/steps/2/expectedWeeks')).toBe('route-steps-2-expectedWeeks');
    expect(fieldIdOf('/targetGroups')).toBe('route-targetGroups');
    expect(fieldIdOf('/steps')).toBe('route-steps');
  });
  it('moves a step one place, never off the list', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('builds a download address with only the parameters given', () => {
    expect(exportUrl('/learning-routes/x/inflow-retention/export', { format: 'csv', asOf: '' })).toBe(
      '/api/v1/learning-routes/x/inflow-retention/export?format=csv',
    );
  });
});
