/**
 * Vacancies and job carving through the HTTP API: tasks with shares and FML demands checked with the
 * matching rules, status changes, the employer posting its own vacancy, and carving a new job from
 * tasks of existing jobs (hours add up, demands combine as the heaviest) that becomes a vacancy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { todayInNl } from '../../shared/dates.js';
import { addDays } from './employers.rules.js';
import { systemData } from '../../platform/access/system.js';
import { compileVacancy, unknownTravel } from '../matching/index.js';
import * as data from './employers.data.js';
import { matchingVacancy } from './vacancies.service.js';

let t: TestApp;
let wsp: { id: string };
let adviser: Client;
let employerId: string;
let locationId: string;

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

const careTasks = [
  { name: 'Bewoners helpen bij wassen en aankleden', sharePercent: 50, demands: [{ itemId: 'IV.13', levels: [1] }] },
  { name: 'Bedden opmaken', sharePercent: 20, carvable: true, demands: [{ itemId: 'IV.13', levels: [0] }] },
  { name: 'Koffie schenken en praten', sharePercent: 30, demands: [{ itemId: 'II.12', levels: [1] }] },
];

interface VacancyBody {
  id: string;
  status: string;
  openedOn: string;
  filledOn: string | null;
  hoursMin: number;
  hoursMax: number;
  location: { municipalityName: string } | null;
  requirements: { certificates: string[]; drivingLicence: string | null; languageLevel: string | null };
  tasks: {
    id: string;
    name: string;
    sharePercent: number;
    hoursPerWeek: number;
    carvable: boolean;
    demands: unknown[];
  }[];
  carvedJobId: string | null;
}

beforeAll(async () => {
  t = await buildTestApp();
  wsp = await makeOrg(t.db, { type: 'shelteredWork' });
  adviser = await as(wsp, 'employerAdviser');
  const e = await adviser.request('POST', '/api/v1/employers', {
    name: `Zorgcentrum ${uid()}`,
    sbiCode: '8710',
    locations: [{ name: 'De Linde', municipalityCode: 'GM0356' }],
  });
  employerId = e.json<{ id: string }>().id;
  locationId = e.json<{ locations: { id: string }[] }>().locations[0]!.id;
});
afterAll(async () => {
  await t.close();
});

describe('vacancies', () => {
  it('tasks need shares adding up to 100 % and demands on real FML items and levels', async () => {
    const res = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies`, {
      title: 'Zorghulp',
      contractType: 'temporary',
      wageForm: 'marketWage',
      hoursMin: 24,
      hoursMax: 20,
      tasks: [
        { name: 'Wassen', sharePercent: 50, demands: [{ itemId: 'IV.99', levels: [1] }] },
        {
          name: 'Bedden',
          sharePercent: 30,
          demands: [
            { itemId: 'IV.13', levels: [7] },
            { itemId: 'VI.3', levels: [2] },
          ],
        },
      ],
    });
    const body = expectProblem(res, 400, 'invalid-input');
    expect(body.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/hoursMax', 'below-min'],
      ['/tasks/0/demands/0/itemId', 'unknown-item'],
      ['/tasks/1/demands/0/levels', 'unknown-level'],
      ['/tasks/1/demands/1/itemId', 'job-level-item'],
      ['/tasks', 'shares-do-not-add-up'],
    ]);
    expect(body.errors?.find((e) => e.code === 'shares-do-not-add-up')?.detail).toMatch(/80 procent/);
  });

  it('an adviser posts a vacancy; job coaches of the region find it; it is filled and opened again', async () => {
    const res = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies`, {
      title: 'Medewerker zorg en welzijn',
      occupationCode: '5322',
      locationId,
      contractType: 'temporary',
      wageForm: 'loonkostensubsidie',
      hoursMin: 16,
      hoursMax: 24,
      hoursPerDay: 6,
      days: ['mon', 'tue', 'thu'],
      startDate: '2027-01-04',
      requirements: { diploma: 'mbo 2 Helpende Zorg en Welzijn', certificates: ['BHV'], languageLevel: 'A2' },
      accommodations: ['liftingAid'],
      tasks: careTasks,
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json<VacancyBody>();
    expect(v).toMatchObject({
      status: 'open',
      openedOn: todayInNl(),
      hoursMin: 16,
      hoursMax: 24,
      location: { municipalityName: 'Nieuwegein' },
      requirements: { certificates: ['bhv'], drivingLicence: null, languageLevel: 'A2' },
    });
    expect(v.tasks.map((x) => [x.name, x.sharePercent, x.hoursPerWeek, x.carvable])).toEqual([
      ['Bewoners helpen bij wassen en aankleden', 50, 12, false],
      ['Bedden opmaken', 20, 4.8, true],
      ['Koffie schenken en praten', 30, 7.2, false],
    ]);

    const coach = await as(await makeOrg(t.db, { type: 'ggz' }), 'jobCoach');
    const list = await coach.request(
      'GET',
      `/api/v1/vacancies?status=open&municipalityCode=GM0356&employerId=${employerId}`,
    );
    expect(list.json<{ items: { id: string; taskCount: number }[] }>().items).toEqual([
      expect.objectContaining({ id: v.id, taskCount: 3 }),
    ]);
    expectProblem(
      await coach.request('POST', `/api/v1/employers/${employerId}/vacancies/${v.id}/status`, { status: 'filled' }),
      403,
    );

    // Change the tasks keeping their ids: the first task's id stays.
    const patched = await adviser.request('PATCH', `/api/v1/employers/${employerId}/vacancies/${v.id}`, {
      tasks: [
        { ...careTasks[0]!, id: v.tasks[0]!.id, sharePercent: 70 },
        { ...careTasks[2]!, sharePercent: 30 },
      ],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<VacancyBody>().tasks.map((x) => [x.id === v.tasks[0]!.id, x.sharePercent])).toEqual([
      [true, 70],
      [false, 30],
    ]);

    const early = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies/${v.id}/status`, {
      status: 'filled',
      date: addDays(todayInNl(), -1),
    });
    expect(expectProblem(early, 400).errors?.[0]).toMatchObject({
      code: 'before-opened',
      location: { pointer: '/date' },
    });
    const filled = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies/${v.id}/status`, {
      status: 'filled',
    });
    expect(filled.json<VacancyBody>()).toMatchObject({ status: 'filled', filledOn: todayInNl() });
    const withdrawn = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies/${v.id}/status`, {
      status: 'withdrawn',
    });
    expect(expectProblem(withdrawn, 400).errors?.[0]?.code).toBe('not-open');
    const reopened = await adviser.request('POST', `/api/v1/employers/${employerId}/vacancies/${v.id}/status`, {
      status: 'open',
    });
    expect(reopened.json<VacancyBody>()).toMatchObject({ status: 'open', filledOn: null });
  });

  it('the employer posts its own vacancy through the portal; another employer cannot', async () => {
    const employerOrg = await makeOrg(t.db, { type: 'employer' });
    const e = await adviser.request('POST', '/api/v1/employers', { name: `Hotel ${uid()}` });
    const id = e.json<{ id: string }>().id;
    await adviser.request('PATCH', `/api/v1/employers/${id}`, { organisationId: employerOrg.id });
    const boss = await as(employerOrg, 'employer');
    const body = {
      title: 'Medewerker ontbijtservice',
      contractType: 'onCall',
      wageForm: 'marketWage',
      hoursMin: 12,
      hoursMax: 16,
      evenings: false,
      tasks: [
        { name: 'Ontbijtbuffet aanvullen', sharePercent: 60, demands: [{ itemId: 'V.4', levels: [1] }] },
        { name: 'Tafels afruimen', sharePercent: 40, demands: [] },
      ],
    };
    const posted = await boss.request('POST', `/api/v1/employers/${id}/vacancies`, body);
    expect(posted.statusCode, posted.body).toBe(201);
    const stranger = await as(await makeOrg(t.db, { type: 'employer' }), 'employer');
    expectProblem(await stranger.request('POST', `/api/v1/employers/${id}/vacancies`, body), 404);
    const theirs = await stranger.request('GET', '/api/v1/vacancies');
    expect(theirs.json<{ total: number }>().total).toBe(0);
    // The unpaid work-experience rule of job episodes holds for vacancies too.
    const unpaid = await boss.request('POST', `/api/v1/employers/${id}/vacancies`, {
      ...body,
      wageForm: 'unpaidWorkExperience',
    });
    expect(expectProblem(unpaid, 400).errors?.[0]?.location.pointer).toBe('/contractType');
  });
});

describe('job carving', () => {
  it('carves a new job from tasks of two jobs: hours add up, demands combine as the heaviest; it becomes a vacancy', async () => {
    const care = await adviser.request('POST', `/api/v1/employers/${employerId}/jobs`, {
      title: 'Verzorgende IG',
      hoursPerWeek: 32,
      tasks: [
        { name: 'Zorg bij bewoners', sharePercent: 75, demands: [{ itemId: 'IV.13', levels: [1] }] },
        {
          name: 'Was rondbrengen',
          sharePercent: 12.5,
          carvable: true,
          demands: [
            { itemId: 'IV.13', levels: [2] },
            { itemId: 'IV.16', levels: [1] },
          ],
        },
        { name: 'Bedden opmaken', sharePercent: 12.5, carvable: true, demands: [{ itemId: 'IV.13', levels: [1] }] },
      ],
    });
    expect(care.statusCode, care.body).toBe(201);
    const careJob = care.json<{ id: string; carvableHours: number; tasks: { id: string; hoursPerWeek: number }[] }>();
    expect(careJob.carvableHours).toBe(8);
    const kitchen = await adviser.request('POST', `/api/v1/employers/${employerId}/jobs`, {
      title: 'Medewerker keuken',
      hoursPerWeek: 24,
      tasks: [
        { name: 'Koken', sharePercent: 75, demands: [{ itemId: 'V.4', levels: [0] }] },
        {
          name: 'Vaatwasser en afwas',
          sharePercent: 25,
          carvable: true,
          demands: [
            { itemId: 'IV.13', levels: [2] },
            { itemId: 'II.12', levels: [4] },
          ],
        },
      ],
    });
    const kitchenJob = kitchen.json<{ id: string; tasks: { id: string }[] }>();

    // A task the employer did not mark carvable cannot be taken out.
    const refused = await adviser.request('POST', `/api/v1/employers/${employerId}/carved-jobs`, {
      title: 'Fout',
      parts: [{ jobId: careJob.id, taskIds: [careJob.tasks[0]!.id] }],
    });
    expect(expectProblem(refused, 400).errors?.[0]).toMatchObject({
      code: 'not-carvable',
      location: { pointer: '/parts/0/taskIds/0' },
    });

    const carved = await adviser.request('POST', `/api/v1/employers/${employerId}/carved-jobs`, {
      title: 'Facilitair medewerker',
      parts: [
        { jobId: careJob.id, taskIds: [careJob.tasks[1]!.id, careJob.tasks[2]!.id] },
        { jobId: kitchenJob.id, taskIds: [kitchenJob.tasks[1]!.id] },
      ],
    });
    expect(carved.statusCode, carved.body).toBe(201);
    const c = carved.json<{
      id: string;
      hoursPerWeek: number;
      tasks: { name: string; hoursPerWeek: number; sharePercent: number; sourceJobTitle: string }[];
      combinedDemands: { itemId: string; levels: number[] }[];
      remaining: { title: string; hoursPerWeek: number; viable: boolean }[];
    }>();
    // 4 + 4 + 6 hours.
    expect(c.hoursPerWeek).toBe(14);
    expect(c.tasks.map((x) => [x.name, x.hoursPerWeek, x.sharePercent, x.sourceJobTitle])).toEqual([
      ['Was rondbrengen', 4, 28.57, 'Verzorgende IG'],
      ['Bedden opmaken', 4, 28.57, 'Verzorgende IG'],
      ['Vaatwasser en afwas', 6, 42.86, 'Medewerker keuken'],
    ]);
    // Lifting: the heaviest is level 1 (about 10 kg) of "bedden opmaken"; sets are joined.
    expect(c.combinedDemands).toEqual([
      { itemId: 'II.12', levels: [4] },
      { itemId: 'IV.13', levels: [1] },
      { itemId: 'IV.16', levels: [1] },
    ]);
    expect(c.remaining).toEqual([
      { jobId: careJob.id, title: 'Verzorgende IG', hoursPerWeek: 24, remainingPercent: 75, viable: true },
      { jobId: kitchenJob.id, title: 'Medewerker keuken', hoursPerWeek: 18, remainingPercent: 75, viable: true },
    ]);

    const vacancy = await adviser.request('POST', `/api/v1/employers/${employerId}/carved-jobs/${c.id}/vacancy`, {
      contractType: 'temporary',
      wageForm: 'loonkostensubsidie',
      locationId,
      days: ['mon', 'wed', 'fri'],
    });
    expect(vacancy.statusCode, vacancy.body).toBe(201);
    const v = vacancy.json<VacancyBody>();
    expect(v).toMatchObject({ hoursMin: 14, hoursMax: 14, carvedJobId: c.id, status: 'open' });
    expect(v.tasks.every((x) => !x.carvable)).toBe(true);
    expect(v.tasks.map((x) => x.hoursPerWeek)).toEqual([4, 4, 6]);
    // The stored vacancy is what the matching module compiles: place from the location, sector from the SBI code.
    const row = await data.getVacancy(t.db, employerId, v.id);
    const forMatching = await systemData(t.db, 'test').read((scope) => matchingVacancy(scope, row!));
    expect(forMatching).toMatchObject({
      hoursMin: 14,
      hoursMax: 14,
      sector: '8710',
      place: { municipalityCode: 'GM0356' },
      days: ['mon', 'wed', 'fri'],
    });
    expect(compileVacancy(forMatching, unknownTravel).taskCount).toBe(3);
    const again = await adviser.request('POST', `/api/v1/employers/${employerId}/carved-jobs/${c.id}/vacancy`, {
      contractType: 'temporary',
      wageForm: 'marketWage',
    });
    expectProblem(again, 409, 'conflict');

    // Editing the source job keeps task ids that are sent back; the carved job keeps its copy.
    const edited = await adviser.request('PUT', `/api/v1/employers/${employerId}/jobs/${careJob.id}`, {
      title: 'Verzorgende IG',
      hoursPerWeek: 32,
      tasks: [
        {
          id: careJob.tasks[0]!.id,
          name: 'Zorg bij bewoners',
          sharePercent: 87.5,
          demands: [{ itemId: 'IV.13', levels: [1] }],
        },
        { id: careJob.tasks[2]!.id, name: 'Bedden opmaken', sharePercent: 12.5, carvable: true, demands: [] },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = await adviser.request('GET', `/api/v1/employers/${employerId}/carved-jobs/${c.id}`);
    expect(after.json<{ tasks: { name: string }[]; vacancyId: string }>()).toMatchObject({ vacancyId: v.id });
    expect(after.json<{ tasks: { name: string }[] }>().tasks.map((x) => x.name)).toEqual([
      'Was rondbrengen',
      'Bedden opmaken',
      'Vaatwasser en afwas',
    ]);
    const unknownTask = await adviser.request('PUT', `/api/v1/employers/${employerId}/jobs/${careJob.id}`, {
      title: 'Verzorgende IG',
      hoursPerWeek: 32,
      tasks: [{ id: kitchenJob.tasks[0]!.id, name: 'Koken', sharePercent: 100, demands: [] }],
    });
    expect(expectProblem(unknownTask, 400).errors?.[0]?.location.pointer).toBe('/tasks/0/id');
  });
});
