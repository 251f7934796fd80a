import { describe, expect, it } from 'vitest';
import { assembleJob, carveOut, combineDemands, vacancyFromJob, whoFits, type Job } from './carving.js';
import { compileCandidate, compileVacancy } from './compile.js';
import { AS_OF, candidate, professional, task, testTravel, vacancy } from './matching.fixtures.js';

const options = { travel: testTravel, asOf: AS_OF };

// A care home: a 32-hour job of zorghulp and a 24-hour job in the kitchen.
const zorghulp: Job = {
  id: 'zorghulp',
  title: 'Zorghulp',
  hoursPerWeek: 32,
  tasks: [
    task(
      'bedden opmaken',
      25,
      [
        { itemId: 'IV.13', levels: [0] },
        { itemId: 'V.4', levels: [1] },
      ],
      true,
    ),
    task(
      'koffie rondbrengen',
      25,
      [
        { itemId: 'IV.17', levels: [1] },
        { itemId: 'II.12', levels: [1] },
      ],
      true,
    ),
    task('verzorgen', 50, [
      { itemId: 'IV.13', levels: [0] },
      { itemId: 'II.6', levels: [3, 4] },
    ]),
  ],
};
const keuken: Job = {
  id: 'keuken',
  title: 'Keukenhulp',
  hoursPerWeek: 24,
  tasks: [
    task(
      'afwassen',
      50,
      [
        { itemId: 'V.4', levels: [0] },
        { itemId: 'IV.13', levels: [1] },
      ],
      true,
    ),
    task('koken', 50, [{ itemId: 'III.1', levels: [1] }]),
  ],
};

describe('carving tasks out of a job', () => {
  it('keeps what remains with its hours and rescaled shares, and says whether it is still viable', () => {
    const result = carveOut(zorghulp, ['bedden opmaken']);
    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(result.value.viable).toBe(true);
    expect(result.value.remainingPercent).toBe(75);
    expect(result.value.remaining.hoursPerWeek).toBe(24);
    expect(
      result.value.remaining.tasks.map((t) => [t.id, Math.round(t.sharePercent * 100) / 100, t.hoursPerWeek]),
    ).toEqual([
      ['koffie rondbrengen', 33.33, 8],
      ['verzorgen', 66.67, 16],
    ]);
    expect(result.value.carved).toMatchObject({ hoursPerWeek: 8, tasks: [{ id: 'bedden opmaken', hoursPerWeek: 8 }] });
  });

  it('is not viable below the minimum share, and refuses tasks that are not carvable or unknown', () => {
    const both = carveOut(zorghulp, ['bedden opmaken', 'koffie rondbrengen'], 60);
    expect(both.ok && both.value.viable).toBe(false);
    expect(carveOut(zorghulp, ['verzorgen', 'nope', 'bedden opmaken', 'bedden opmaken'])).toEqual({
      ok: false,
      errors: [
        { jobId: 'zorghulp', taskId: 'verzorgen', code: 'not-carvable' },
        { jobId: 'zorghulp', taskId: 'nope', code: 'unknown-task' },
        { jobId: 'zorghulp', taskId: 'bedden opmaken', code: 'duplicate-task' },
      ],
    });
  });
});

describe('assembling a new job from carved tasks', () => {
  const assembled = assembleJob('Facilitair medewerker', [
    { job: zorghulp, taskIds: ['bedden opmaken', 'koffie rondbrengen'] },
    { job: keuken, taskIds: ['afwassen'] },
  ]);

  it('adds up the hours (8 + 8 + 12 = 28) and gives each task its share of the new job', () => {
    expect(assembled.ok).toBe(true);
    if (!assembled.ok) {
      return;
    }
    expect(assembled.value.hoursPerWeek).toBe(28);
    expect(assembled.value.tasks.map((t) => [t.id, t.hoursPerWeek, Math.round(t.sharePercent * 100) / 100])).toEqual([
      ['zorghulp/bedden opmaken', 8, 28.57],
      ['zorghulp/koffie rondbrengen', 8, 28.57],
      ['keuken/afwassen', 12, 42.86],
    ]);
    expect(assembled.value.sources).toEqual([
      { jobId: 'zorghulp', taskId: 'bedden opmaken', hoursPerWeek: 8 },
      { jobId: 'zorghulp', taskId: 'koffie rondbrengen', hoursPerWeek: 8 },
      { jobId: 'keuken', taskId: 'afwassen', hoursPerWeek: 12 },
    ]);
  });

  it('combines demands per item as the heaviest (lowest level tolerated; union of codes), in FML order', () => {
    expect(assembled.ok && assembled.value.combinedDemands).toEqual([
      { itemId: 'II.12', levels: [1] },
      { itemId: 'IV.13', levels: [0] },
      { itemId: 'IV.17', levels: [1] },
      { itemId: 'V.4', levels: [0] },
    ]);
    expect(
      combineDemands([
        {
          demands: [
            { itemId: 'I.8', levels: [1] },
            { itemId: 'IV.14', levels: [2] },
          ],
        },
        {
          demands: [
            { itemId: 'I.8', levels: [3, 1] },
            { itemId: 'IV.14', levels: [1] },
          ],
        },
      ]),
    ).toEqual([
      { itemId: 'I.8', levels: [1, 3] },
      { itemId: 'IV.14', levels: [1] },
    ]);
  });

  it('refuses a task that is not carvable', () => {
    expect(assembleJob('x', [{ job: keuken, taskIds: ['koken'] }])).toEqual({
      ok: false,
      errors: [{ jobId: 'keuken', taskId: 'koken', code: 'not-carvable' }],
    });
  });

  it('turns into a valid vacancy and shows who fits and which task blocks whom', () => {
    if (!assembled.ok) {
      throw new Error('assembly failed');
    }
    const { tasks: _tasks, hoursMin: _min, hoursMax: _max, title: _title, ...base } = vacancy({ id: 'facilitair' });
    const v = vacancyFromJob(assembled.value, base);
    expect(v.hoursMin).toBe(28);
    expect(v.tasks.every((t) => !t.carvable)).toBe(true);
    const cv = compileVacancy(v, testTravel);
    const people = [
      candidate({ id: 'kan-alles' }),
      // cannot lift ~15 kg: bedden opmaken blocks (afwassen tolerates level 1)
      candidate({ id: 'tillen', assessments: [professional({ 'IV.13': [1] })] }),
      // cannot stand most of the day and little customer contact: two tasks block
      candidate({ id: 'staan-en-contact', assessments: [professional({ 'V.4': [1], 'II.12': [1] })] }),
      // fits the tasks but works at most 20 hours
      candidate({ id: 'twintig-uur', assessments: [professional({ 'VI.3': [3] })] }),
    ].map((c) => compileCandidate(c, testTravel));
    const overview = whoFits(cv, people, options);
    expect(
      overview.candidates.map((r) => [
        r.candidateId,
        r.fits,
        [...new Set(r.blocking.map((b) => b.taskId))],
        r.otherReasons,
      ]),
    ).toEqual([
      ['kan-alles', true, [], []],
      ['twintig-uur', false, [], ['hours']],
      ['tillen', false, ['zorghulp/bedden opmaken'], []],
      ['staan-en-contact', false, ['zorghulp/koffie rondbrengen', 'keuken/afwassen'], []],
    ]);
    expect(overview.blocksPerTask.map((t) => [t.taskId, t.blocks])).toEqual([
      ['zorghulp/bedden opmaken', 1],
      ['zorghulp/koffie rondbrengen', 1],
      ['keuken/afwassen', 1],
    ]);
  });
});
