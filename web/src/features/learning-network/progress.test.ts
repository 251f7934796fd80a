import { describe, expect, it } from 'vitest';
import { moduleGrid, periodState, progressByGemeente } from './progress';
import type { Track } from './types';

const HOUTEN = '00000000-0000-4000-8000-000000000001';
const ZEIST = '00000000-0000-4000-8000-000000000002';

/** Two gemeenten, two modules with three assignments; the cells of Zeist are listed first on purpose. */
const TRACK: Track = {
  id: 't',
  networkId: 'n',
  networkName: 'Netwerk',
  name: 'Leergang',
  description: '',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  municipalityCount: 2,
  municipalities: [
    { organisationId: HOUTEN, name: 'Gemeente Houten', done: 2, total: 3, mayReport: true },
    { organisationId: ZEIST, name: 'Gemeente Zeist', done: 0, total: 3, mayReport: false },
  ],
  modules: [
    {
      id: 'm1',
      position: 1,
      title: 'Module 1',
      description: '',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      assignments: [
        {
          id: 'a1',
          title: 'Foto van de samenwerking',
          description: '',
          dueOn: '2027-02-28',
          progress: [
            { organisationId: ZEIST, status: 'inProgress', note: '', updatedAt: null },
            { organisationId: HOUTEN, status: 'done', note: 'Gedeeld', updatedAt: null },
          ],
        },
        {
          id: 'a2',
          title: 'Twee interviews',
          description: '',
          dueOn: '2027-03-31',
          // No cell for Zeist: not started.
          progress: [{ organisationId: HOUTEN, status: 'done', note: '', updatedAt: null }],
        },
      ],
    },
    {
      id: 'm2',
      position: 2,
      title: 'Module 2',
      description: '',
      startsOn: '2027-04-01',
      endsOn: '2027-06-30',
      assignments: [
        {
          id: 'a3',
          title: 'Casus met drie domeinen',
          description: '',
          dueOn: '2027-06-30',
          progress: [
            { organisationId: HOUTEN, status: 'notStarted', note: '', updatedAt: null },
            { organisationId: ZEIST, status: 'notStarted', note: '', updatedAt: null },
          ],
        },
      ],
    },
  ],
  materials: [],
  permissions: { manage: false },
};

describe('progressByGemeente', () => {
  it('counts per gemeente, matched by id; late = not done past the due date', () => {
    // 15 April 2027: a1 and a2 are past their date.
    expect(progressByGemeente(TRACK, '2027-04-15')).toEqual([
      {
        organisationId: HOUTEN,
        name: 'Gemeente Houten',
        mayReport: true,
        done: 2,
        inProgress: 0,
        notStarted: 1,
        late: 0,
        total: 3,
      },
      {
        organisationId: ZEIST,
        name: 'Gemeente Zeist',
        mayReport: false,
        done: 0,
        inProgress: 1,
        notStarted: 2,
        late: 2,
        total: 3,
      },
    ]);
  });
  it('nothing is late on the due date itself', () => {
    expect(progressByGemeente(TRACK, '2027-02-28').map((r) => r.late)).toEqual([0, 0]);
  });
});

describe('moduleGrid', () => {
  it('one row per gemeente, one cell per assignment, missing cells as not started', () => {
    const grid = moduleGrid(TRACK.modules[0]!, TRACK.municipalities);
    expect(grid.map((r) => [r.municipality.name, r.cells.map((c) => c.cell.status)])).toEqual([
      ['Gemeente Houten', ['done', 'done']],
      ['Gemeente Zeist', ['inProgress', 'notStarted']],
    ]);
    expect(grid[0]!.cells[0]!.cell.note).toBe('Gedeeld');
  });
});

describe('periodState', () => {
  it('past, current (both ends included), coming', () => {
    expect(periodState('2027-01-01', '2027-03-31', '2027-04-01')).toBe('past');
    expect(periodState('2027-01-01', '2027-03-31', '2027-03-31')).toBe('current');
    expect(periodState('2027-01-01', '2027-03-31', '2027-01-01')).toBe('current');
    expect(periodState('2027-01-01', '2027-03-31', '2026-12-31')).toBe('coming');
  });
});
