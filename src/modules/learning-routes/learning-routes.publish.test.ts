import { describe, expect, it } from 'vitest';
import { summarise } from './learning-routes.indicators.js';
import { publishBoardRow, publishFlow, type FlowRowInput } from './learning-routes.publish.js';
import { checkRouteForm, checkStepEdit, type StepKind } from './learning-routes.rules.js';

const s = (participants: number, inflow: number, known6 = 0, retained6 = 0): FlowRowInput['summary'] => ({
  ...summarise([]),
  participants,
  inflow,
  known6,
  retained6,
});

describe('publishFlow', () => {
  it('worked example: cohorts 30 | 12 | 4 — the 4 is "< 10", the 12 goes with it, the total stays', () => {
    const out = publishFlow({
      total: { key: 'total', label: 'Route', summary: s(46, 20, 12, 10) },
      byCohort: [
        { key: 'a', label: 'A', summary: s(30, 14, 12, 10) },
        { key: 'b', label: 'B', summary: s(12, 6) },
        { key: 'c', label: 'C', summary: s(4, 0) },
      ],
      byTargetGroup: [{ key: 'g', label: 'G', summary: s(46, 20, 12, 10) }],
    });
    expect(out.byCohort.map((r) => r.participants.display)).toEqual(['30', 'x', '< 10']);
    expect(out.total.participants).toEqual({ value: 46, display: '46', status: 'shown' });
    // Inflow 14 | 6 | 0: the 6 is "< 10", and the 14 is hidden so that 20 − 14 does not give it away.
    expect(out.byCohort.map((r) => r.inflow.display)).toEqual(['x', '< 10', '0']);
    expect(out.total.inflow.display).toBe('20');
    expect(out.total.inflowPercentage).toBe(43);
    expect(out.byCohort[0]!.inflowPercentage).toBeNull();
    expect(out.total.retained6Percentage).toBe(83);
  });

  it('a total below 10 is "< 10" itself; a total that would give a hidden cell away is "x"', () => {
    const small = publishFlow({
      total: { key: 'total', label: 'Route', summary: s(7, 2) },
      byCohort: [{ key: 'a', label: 'A', summary: s(7, 2) }],
      byTargetGroup: [],
    });
    expect([small.total.participants.display, small.total.inflow.display]).toEqual(['< 10', '< 10']);
    const pinned = publishFlow({
      total: { key: 'total', label: 'Route', summary: s(11, 0) },
      byCohort: [
        { key: 'a', label: 'A', summary: s(10, 0) },
        { key: 'b', label: 'B', summary: s(1, 0) },
      ],
      byTargetGroup: [],
    });
    // "x" means at least 10; 11 − (≥ 10) would be exactly 1.
    expect(pinned.byCohort.map((r) => r.participants.display)).toEqual(['x', '< 10']);
    expect(pinned.total.participants.display).toBe('x');
  });

  it('the total is hidden when either breakdown hides it (it is published in both)', () => {
    const out = publishFlow({
      total: { key: 'total', label: 'Route', summary: s(11, 0) },
      byCohort: [{ key: 'a', label: 'A', summary: s(11, 0) }],
      byTargetGroup: [
        { key: 'g', label: 'G', summary: s(10, 0) },
        { key: 'h', label: 'H', summary: s(1, 0) },
      ],
    });
    expect(out.byCohort[0]!.participants.display).toBe('11');
    expect(out.total.participants.display).toBe('x');
  });

  it('board row: the cohort size is the total of its columns', () => {
    expect(publishBoardRow([12, 15, 0, 11]).cells.map((c) => c.display)).toEqual(['12', '15', '0', '11']);
    expect(publishBoardRow([12, 3, 0, 11]).cells.map((c) => c.display)).toEqual(['12', '< 10', '0', 'x']);
  });
});

describe('route form and step edits', () => {
  it('a brugbaan admits only pro/vso pupils and has a paid step', () => {
    expect(
      checkRouteForm({ form: 'brugbaan', targetGroups: ['praktijkVsoPupil'], stepKinds: ['orientation', 'job'] }),
    ).toEqual([]);
    expect(
      checkRouteForm({ form: 'brugbaan', targetGroups: ['praktijkVsoPupil'], stepKinds: ['bblContract'] }),
    ).toEqual([]);
    expect(
      checkRouteForm({
        form: 'brugbaan',
        targetGroups: ['praktijkVsoPupil', 'nugger'],
        stepKinds: ['workExperience'],
      }).map((p) => p.code),
    ).toEqual(['brugbaan-target-group', 'brugbaan-needs-paid-step']);
    expect(checkRouteForm({ form: 'wep', targetGroups: ['nugger'], stepKinds: ['workExperience'] })).toEqual([]);
  });

  const current = [
    { id: 'a', name: 'A', kind: 'orientation' as const, position: 1 },
    { id: 'b', name: 'B', kind: 'workExperience' as const, position: 2 },
    { id: 'c', name: 'C', kind: 'bblContract' as const, position: 3 },
    { id: 'd', name: 'D', kind: 'qualification' as const, position: 4 },
  ];
  const inUse = new Set(['a', 'c']);
  const codes = (next: { id?: string | null; kind: StepKind }[]) =>
    checkStepEdit(current, inUse, next).map((p) => [p.pointer, p.code]);

  it('unused steps may move, go or change; new steps go anywhere', () => {
    expect(
      codes([
        { id: 'd', kind: 'job' },
        { id: 'a', kind: 'orientation' },
        { kind: 'preparation' },
        { id: 'c', kind: 'bblContract' },
      ]),
    ).toEqual([]);
  });

  it('steps in use stay, keep their kind and their order among themselves', () => {
    expect(codes([{ id: 'a', kind: 'orientation' }])).toEqual([['/steps', 'step-in-use']]);
    expect(
      codes([
        { id: 'a', kind: 'preparation' },
        { id: 'c', kind: 'bblContract' },
      ]),
    ).toEqual([['/steps/0/kind', 'step-kind-in-use']]);
    expect(
      codes([
        { id: 'c', kind: 'bblContract' },
        { id: 'a', kind: 'orientation' },
      ]),
    ).toEqual([['/steps/1/id', 'step-order-in-use']]);
    expect(
      codes([
        { id: 'a', kind: 'orientation' },
        { id: 'a', kind: 'orientation' },
        { id: 'x', kind: 'job' },
        { id: 'c', kind: 'bblContract' },
      ]),
    ).toEqual([
      ['/steps/1/id', 'duplicate-step'],
      ['/steps/2/id', 'unknown-step'],
    ]);
  });
});
