import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api';
import type { FmlCatalogue } from '../../lib/types';
import {
  addressOf,
  demandText,
  exclusionCounts,
  fieldOfPointer,
  fmlItems,
  parseDecimal,
  scoreParts,
  selectionHours,
  selectionParts,
  shareTotal,
  taskDemandItems,
  weekBar,
  withFieldPointers,
} from './employers';
import type { EmployerJob, Task } from './types';

const task = (id: string, name: string, sharePercent: number, hoursPerWeek: number, carvable = true): Task => ({
  id,
  position: 0,
  name,
  sharePercent,
  hoursPerWeek,
  carvable,
  demands: [],
});
const job = (id: string, title: string, hoursPerWeek: number, tasks: Task[]): EmployerJob => ({
  id,
  employerId: 'e',
  title,
  occupationCode: null,
  locationId: null,
  description: null,
  hoursPerWeek,
  tasks,
  carvableHours: 0,
  updatedAt: '2026-12-01T00:00:00Z',
});

describe('server pointers onto form fields', () => {
  it('puts a task error at the task, a demand error at the demand, the rest at its field', () => {
    expect(fieldOfPointer('/tasks/2/sharePercent')).toBe('task-2-share');
    expect(fieldOfPointer('/tasks/1/demands/0/levels')).toBe('task-1-demand-0');
    expect(fieldOfPointer('/tasks/1/demands/3/itemId')).toBe('task-1-demand-3');
    expect(fieldOfPointer('/tasks/0/name')).toBe('task-0-name');
    expect(fieldOfPointer('/tasks')).toBe('tasks');
    expect(fieldOfPointer('/requirements/languageLevel')).toBe('languageLevel');
    expect(fieldOfPointer('/parts/1/taskIds/0')).toBe('parts');
    expect(fieldOfPointer('/hoursMax')).toBe('hoursMax');
  });

  it('rewrites every field error of a problem and keeps its message', () => {
    const problem = new ApiProblem(400, 'invalid-input', 'Ongeldige invoer', '2 velden', [
      { in: 'body', location: { pointer: '/tasks/1/sharePercent' }, code: 'x', detail: 'Deel klopt niet' },
      { in: 'body', location: { pointer: '/tasks' }, code: 'y', detail: 'Samen 90 %' },
    ]);
    const out = withFieldPointers(problem) as ApiProblem;
    expect(out.errors.map((e) => [e.location.pointer, e.detail])).toEqual([
      ['/task-1-share', 'Deel klopt niet'],
      ['/tasks', 'Samen 90 %'],
    ]);
    expect(out.detail).toBe('2 velden');
  });
});

describe('shares and hours', () => {
  it('reads Dutch and English decimals', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 40 ')).toBe(40);
    expect(parseDecimal('twaalf')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });

  it('says whether the shares come to 100 % within half a point', () => {
    expect(shareTotal(['33,3', '33,3', '33,3'])).toEqual({ total: 99.9, ok: true });
    expect(shareTotal(['50', '40'])).toEqual({ total: 90, ok: false });
    expect(shareTotal(['60', 'x', '40'])).toEqual({ total: 100, ok: true });
  });

  it('adds up the hours of the chosen tasks and says what remains of each job', () => {
    // The demo DC: order picker 32 h (retouren 20 % = 6.4 h), dispatch 36 h (labels 25 % = 9 h).
    const jobs = [
      job('a', 'Orderpicker', 32, [task('a1', 'Orders verzamelen', 80, 25.6, false), task('a2', 'Retouren', 20, 6.4)]),
      job('b', 'Expeditie', 36, [task('b1', 'Labels printen', 25, 9), task('b2', 'Laden', 75, 27, false)]),
      job('c', 'Kantine', 20, [task('c1', 'Afwassen', 100, 20)]),
    ];
    const selection = { a: ['a2'], b: ['b1'], c: [] };
    expect(selectionHours(jobs, selection)).toEqual({
      total: 15.4,
      perJob: [
        { jobId: 'a', title: 'Orderpicker', chosen: 6.4, remaining: 25.6 },
        { jobId: 'b', title: 'Expeditie', chosen: 9, remaining: 27 },
      ],
    });
    expect(selectionParts(jobs, selection)).toEqual([
      { jobId: 'a', taskIds: ['a2'] },
      { jobId: 'b', taskIds: ['b1'] },
    ]);
  });

  it('sends tasks in their job order, whatever order they were ticked in', () => {
    const jobs = [job('a', 'A', 10, [task('t1', 'Een', 50, 5), task('t2', 'Twee', 50, 5)])];
    expect(selectionParts(jobs, { a: ['t2', 't1'] })).toEqual([{ jobId: 'a', taskIds: ['t1', 't2'] }]);
  });
});

describe('demands in words', () => {
  const catalogue: FmlCatalogue = {
    source: 'test',
    sections: [
      {
        id: 'IV',
        name: 'Dynamische handelingen',
        items: [
          {
            id: 'IV.13',
            key: 'lifting',
            name: 'Tillen of dragen',
            scale: 'ordinal',
            qualifier: false,
            levels: [
              { code: 0, label: 'Normaal' },
              { code: 1, label: 'Tot ongeveer 10 kg' },
            ],
          },
        ],
      },
      {
        id: 'II',
        name: 'Sociaal',
        items: [
          {
            id: 'II.12',
            key: 'customers',
            name: 'Klantcontacten',
            scale: 'multiple',
            qualifier: false,
            levels: [
              { code: 0, label: 'Geen beperking' },
              { code: 1, label: 'Weinig klantcontact' },
              { code: 2, label: 'Geen boze klanten' },
            ],
          },
        ],
      },
      {
        id: 'VI',
        name: 'Werktijden',
        items: [
          { id: 'VI.3', key: 'hoursPerWeek', name: 'Uren per week', scale: 'ordinal', qualifier: false, levels: [] },
        ],
      },
    ],
  };
  const items = fmlItems(catalogue);
  it('names the item and the level, or the codes a task does not go with', () => {
    expect(demandText({ itemId: 'IV.13', levels: [1] }, items, { notWith: 'niet samen met' })).toBe(
      'IV.13 Tillen of dragen: Tot ongeveer 10 kg',
    );
    expect(demandText({ itemId: 'IV.13', levels: [0] }, items, { notWith: 'niet samen met' })).toBe(
      'IV.13 Tillen of dragen: Normaal',
    );
    expect(demandText({ itemId: 'II.12', levels: [1, 2] }, items, { notWith: 'niet samen met' })).toBe(
      'II.12 Klantcontacten: niet samen met Weinig klantcontact; Geen boze klanten',
    );
    expect(demandText({ itemId: 'X.9', levels: [3] }, items, { notWith: 'niet samen met' })).toBe('X.9: 3');
  });
  it('does not offer the job-level items VI.1–VI.3 as task demands', () => {
    expect(taskDemandItems(catalogue).map((i) => i.id)).toEqual(['IV.13', 'II.12']);
  });
});

describe('IPS week signal', () => {
  it('shows progress towards the norm of six and where "expected so far" sits', () => {
    expect(weekBar({ norm: 6, faceToFace: 3, expectedSoFar: 4 })).toEqual({ percent: 50, expectedPercent: 67 });
    expect(weekBar({ norm: 6, faceToFace: 8, expectedSoFar: 6 })).toEqual({ percent: 100, expectedPercent: 100 });
  });
});

describe('match score parts', () => {
  it('adds the parts up to the score shown', () => {
    const factors = [
      { code: 'kindOfWork', weight: 30, points: 30 },
      { code: 'hours', weight: 20, points: 20 },
      { code: 'travel', weight: 20, points: 10 },
      { code: 'sector', weight: 10, points: 10 },
      { code: 'days', weight: 5, points: 5 },
      { code: 'skills', weight: 5, points: 0 },
      { code: 'availability', weight: 5, points: 3.5 },
      { code: 'noChanges', weight: 5, points: 0 },
    ] as const;
    const out = scoreParts([...factors], 78.5);
    expect(out.sum).toBe(78.5);
    expect(out.addsUp).toBe(true);
    expect(out.parts.map((p) => p.width)).toEqual([30, 20, 10, 10, 5, 0, 3.5, 0]);
    expect(scoreParts([...factors], 80).addsUp).toBe(false);
  });

  it('lists the hard limits that excluded anyone, largest first', () => {
    expect(
      exclusionCounts({
        certificate: 0,
        drivingLicence: 0,
        languageLevel: 0,
        travel: 0,
        periods: 1,
        hoursPerDay: 0,
        taskDemand: 4,
        carvingNotViable: 0,
        hours: 1,
      }),
    ).toEqual([
      { code: 'taskDemand', count: 4 },
      { code: 'periods', count: 1 },
      { code: 'hours', count: 1 },
    ]);
  });
});

describe('addresses', () => {
  it('leaves out the gemeente when it is the town', () => {
    const base = {
      id: 'l',
      name: 'Werf',
      street: 'Kwekerijweg',
      houseNumber: '8',
      postcode: '3705AC',
      city: 'Zeist',
      municipalityCode: 'GM0355',
      municipalityName: 'Zeist',
      regionCode: 'AM13',
      isMain: true,
    };
    expect(addressOf(base)).toBe('Werf, Kwekerijweg 8, 3705AC Zeist');
    expect(addressOf({ ...base, city: 'Driebergen', municipalityName: 'Utrechtse Heuvelrug' })).toBe(
      'Werf, Kwekerijweg 8, 3705AC Driebergen, Utrechtse Heuvelrug',
    );
  });
});

describe('condition demands', () => {
  it('drops the "Ja:" of a condition label after "not suitable with"', () => {
    const items = fmlItems({
      source: 'test',
      sections: [
        {
          id: 'I',
          name: 'Persoonlijk functioneren',
          items: [
            {
              id: 'I.8',
              key: 'conditions',
              name: 'Specifieke voorwaarden',
              scale: 'multiple',
              qualifier: false,
              levels: [
                { code: 0, label: 'Nee' },
                { code: 4, label: 'Ja: aangewezen op werk zonder deadlines' },
              ],
            },
          ],
        },
      ],
    });
    expect(demandText({ itemId: 'I.8', levels: [4] }, items, { notWith: 'niet geschikt bij:' })).toBe(
      'I.8 Specifieke voorwaarden: niet geschikt bij: aangewezen op werk zonder deadlines',
    );
  });
});
