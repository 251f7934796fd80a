/** The demo data obeys the same rules as data entered through the API. */
import { describe, expect, it } from 'vitest';
import { assembleJob, checkVacancy, type Vacancy } from '../matching/index.js';
import { normaliseKvk, sbiSection } from './employers.rules.js';
import { DEMO_EMPLOYERS, DEMO_JOBS, DEMO_VACANCIES, type DemoTask } from './employers.demo.js';

const tasks = (ts: readonly DemoTask[]) =>
  ts.map((t, i) => ({
    id: `t${i}`,
    name: t.name,
    sharePercent: t.share,
    carvable: t.carvable ?? false,
    demands: t.demands,
  }));

const asVacancy = (
  title: string,
  hours: [number, number],
  ts: readonly DemoTask[],
  languageLevel: string | null,
): Vacancy => ({
  id: title,
  title,
  occupationCode: null,
  sector: null,
  keywords: [],
  tasks: tasks(ts),
  hoursMin: hours[0],
  hoursMax: hours[1],
  hoursPerDay: null,
  days: [],
  evenings: false,
  nights: false,
  place: { municipalityCode: 'GM0344' },
  requirements: {
    certificates: [],
    drivingLicence: null,
    languageLevel: languageLevel as Vacancy['requirements']['languageLevel'],
  },
  accommodations: [],
  startDate: null,
});

describe('demo employers', () => {
  it('has about 15 employers in Midden-Utrecht with valid KvK and SBI codes, each KvK once', () => {
    expect(DEMO_EMPLOYERS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DEMO_EMPLOYERS.map((e) => e.kvk)).size).toBe(DEMO_EMPLOYERS.length);
    for (const e of DEMO_EMPLOYERS) {
      expect(normaliseKvk(e.kvk), e.name).toBe(e.kvk);
      expect(sbiSection(e.sbi), e.name).not.toBeNull();
    }
    // Every gemeente is one of the 14 of arbeidsmarktregio Midden-Utrecht (CBS 2026).
    const am13 = [
      'GM0310',
      'GM0312',
      'GM0321',
      'GM0331',
      'GM0335',
      'GM0344',
      'GM0352',
      'GM0353',
      'GM0355',
      'GM0356',
      'GM0589',
      'GM0632',
      'GM1581',
      'GM1904',
    ];
    expect(DEMO_EMPLOYERS.every((e) => am13.includes(e.location.municipalityCode))).toBe(true);
  });

  it('every demo vacancy and job passes the task rules of matching (shares 100 %, real FML items and levels)', () => {
    expect(DEMO_VACANCIES.length).toBeGreaterThanOrEqual(24);
    for (const v of DEMO_VACANCIES) {
      expect(
        checkVacancy(asVacancy(v.title, v.hours, v.tasks, v.requirements?.languageLevel ?? null)),
        v.title,
      ).toEqual([]);
      expect(
        DEMO_EMPLOYERS.some((e) => e.key === v.employer),
        v.title,
      ).toBe(true);
    }
    for (const j of DEMO_JOBS) {
      expect(checkVacancy(asVacancy(j.title, [j.hours, j.hours], j.tasks, null)), j.title).toEqual([]);
    }
  });

  it('the carved job of the distribution centre takes 7.2 + 8 + 4.8 = 20 hours', () => {
    const parts = DEMO_JOBS.filter((j) => j.employer === 'dc').map((j) => {
      const ts = tasks(j.tasks);
      return {
        job: { id: j.title, title: j.title, hoursPerWeek: j.hours, tasks: ts },
        taskIds: ts.filter((t) => t.carvable).map((t) => t.id),
      };
    });
    const carved = assembleJob('Medewerker retourverwerking', parts);
    expect(carved.ok && carved.value.hoursPerWeek).toBe(20);
    expect(carved.ok && carved.value.tasks.map((t) => t.hoursPerWeek)).toEqual([7.2, 8, 4.8]);
    // The heaviest of the three: keyboard work of level 1, lifting ~5 kg (level 2), no production peaks (I.8 4).
    expect(carved.ok && carved.value.combinedDemands).toEqual([
      { itemId: 'I.8', levels: [4] },
      { itemId: 'IV.4', levels: [1] },
      { itemId: 'IV.13', levels: [2] },
      { itemId: 'V.2', levels: [1] },
    ]);
  });
});
