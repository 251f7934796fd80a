/**
 * Learning tracks for a cohort of gemeenten, intervision groups with sessions only their members see, and
 * quality checks per team — through HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { addDays, localDate } from './time.js';

let t: TestApp;
let institute: { id: string };
let editor: Client;
let networkId: string;

async function person(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

interface TrackBody {
  id: string;
  municipalities: { organisationId: string; name: string; done: number; total: number; mayReport: boolean }[];
  modules: {
    id: string;
    position: number;
    assignments: { id: string; title: string; progress: { organisationId: string; status: string }[] }[];
  }[];
  permissions: { manage: boolean };
}

beforeAll(async () => {
  t = await buildTestApp();
  institute = await makeOrg(t.db, { type: 'knowledgeInstitute' });
  editor = (await person(institute, 'knowledgeEditor')).client;
  const res = await editor.request('POST', '/api/v1/learning-networks', {
    organisationId: institute.id,
    name: `Leernetwerk ${uid()}`,
  });
  networkId = res.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

describe('learning track for a cohort of gemeenten', () => {
  it('modules with dates and assignments; each gemeente keeps up its own progress', async () => {
    const houten = await makeOrg(t.db, { type: 'gemeente', name: `Gemeente Houten ${uid()}` });
    const zeist = await makeOrg(t.db, { type: 'gemeente', name: `Gemeente Zeist ${uid()}` });
    const ggz = await makeOrg(t.db, { type: 'ggz' });

    const notGemeente = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/tracks`, {
        name: 'Leergang',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        organisationIds: [houten.id, ggz.id],
      }),
      400,
    );
    expect(notGemeente.errors?.map((e) => e.location.pointer)).toEqual(['/organisationIds/1']);

    const created = await editor.request('POST', `/api/v1/learning-networks/${networkId}/tracks`, {
      name: 'Leergang integraal werken aan participatie',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      organisationIds: [houten.id, zeist.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const trackId = created.json<TrackBody>().id;

    const outside = expectProblem(
      await editor.request('POST', `/api/v1/learning-tracks/${trackId}/modules`, {
        title: 'Module 1',
        startsOn: '2027-02-01',
        endsOn: '2027-03-31',
        assignments: [{ title: 'Foto van de samenwerking', dueOn: '2027-04-15' }],
      }),
      400,
    );
    expect(outside.errors?.[0]?.location.pointer).toBe('/assignments/0/dueOn');
    const withModule = await editor.request('POST', `/api/v1/learning-tracks/${trackId}/modules`, {
      title: 'Module 1: de vraag van de inwoner centraal',
      startsOn: '2027-02-01',
      endsOn: '2027-03-31',
      assignments: [
        { title: 'Foto van de samenwerking', dueOn: '2027-02-28' },
        { title: 'Casus uit de eigen praktijk', dueOn: '2027-03-31' },
      ],
    });
    expect(withModule.statusCode, withModule.body).toBe(201);
    const track = withModule.json<TrackBody>();
    expect(track.modules.map((m) => m.position)).toEqual([1]);
    const [first, second] = track.modules[0]!.assignments as [
      TrackBody['modules'][0]['assignments'][0],
      TrackBody['modules'][0]['assignments'][0],
    ];
    expect(first.progress.map((p) => p.status)).toEqual(['notStarted', 'notStarted']);

    // The programme manager of Houten records Houten's progress, not Zeist's.
    const manager = await person(houten, 'programmeManager');
    const url = (assignmentId: string, orgId: string) =>
      `/api/v1/learning-tracks/${trackId}/assignments/${assignmentId}/progress/${orgId}`;
    const done = await manager.client.request('PUT', url(first.id, houten.id), { status: 'done', note: 'Gedeeld.' });
    expect(done.statusCode, done.body).toBe(200);
    await manager.client.request('PUT', url(second.id, houten.id), { status: 'inProgress' });
    expectProblem(await manager.client.request('PUT', url(first.id, zeist.id), { status: 'done' }), 403);
    // A gemeente outside the cohort: not found.
    const other = await makeOrg(t.db, { type: 'gemeente' });
    expectProblem(await editor.request('PUT', url(first.id, other.id), { status: 'done' }), 404);

    // Anyone logged in sees the track and where each gemeente stands.
    const coach = await person(ggz, 'jobCoach');
    const view = (await coach.client.request('GET', `/api/v1/learning-tracks/${trackId}`)).json<TrackBody>();
    expect(view.permissions.manage).toBe(false);
    const byOrg = Object.fromEntries(
      view.municipalities.map((m) => [m.organisationId, [m.done, m.total, m.mayReport]]),
    );
    expect(byOrg).toEqual({ [houten.id]: [1, 2, false], [zeist.id]: [0, 2, false] });
    const houtenView = (await manager.client.request('GET', `/api/v1/learning-tracks/${trackId}`)).json<TrackBody>();
    expect(houtenView.municipalities.find((m) => m.organisationId === houten.id)?.mayReport).toBe(true);
    expect(
      view.modules[0]!.assignments.map((a) => a.progress.find((p) => p.organisationId === houten.id)?.status),
    ).toEqual(['done', 'inProgress']);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/learning-tracks/${trackId}` }), 401);
  });
});

describe('intervision groups', () => {
  it('sessions are seen and joined only by the group’s members (and coordinators)', async () => {
    const gemeente = await makeOrg(t.db, { type: 'gemeente' });
    const member = await person(gemeente, 'consultant');
    const outsider = await person(gemeente, 'consultant');
    await member.client.request('PUT', `/api/v1/learning-networks/${networkId}/membership`, {
      memberKind: 'professional',
    });
    const notInNetwork = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/intervision-groups`, {
        name: 'Intervisiegroep consulenten',
        memberIds: [member.user.id, outsider.user.id],
      }),
      400,
    );
    expect(notInNetwork.errors?.map((e) => e.location.pointer)).toEqual(['/memberIds/1']);
    const group = await editor.request('POST', `/api/v1/learning-networks/${networkId}/intervision-groups`, {
      name: 'Intervisiegroep consulenten',
      method: 'Incidentmethode',
      memberIds: [member.user.id],
    });
    expect(group.statusCode, group.body).toBe(201);
    const groupId = group.json<{ id: string }>().id;

    const day = addDays(localDate(new Date()), 14);
    const session = await editor.request('POST', `/api/v1/learning-networks/${networkId}/events`, {
      type: 'intervisie',
      title: 'Intervisie: lastige gesprekken',
      startsAt: `${day}T13:00`,
      endsAt: `${day}T15:00`,
      location: 'Houten',
      capacity: 8,
      status: 'published',
      intervisionGroupId: groupId,
    });
    expect(session.statusCode, session.body).toBe(201);
    const eventId = session.json<{ id: string }>().id;

    const publicList = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events?networkId=${networkId}` });
    expect(publicList.json<{ items: { id: string }[] }>().items.map((e) => e.id)).not.toContain(eventId);
    expectProblem(await outsider.client.request('GET', `/api/v1/learning-events/${eventId}`), 404);
    expectProblem(await outsider.client.request('PUT', `/api/v1/learning-events/${eventId}/registration`), 404);
    const joined = await member.client.request('PUT', `/api/v1/learning-events/${eventId}/registration`);
    expect(joined.json()).toMatchObject({ status: 'registered' });
    const feed = await t.app.inject({ method: 'GET', url: `/api/v1/learning-networks/${networkId}/calendar.ics` });
    expect(feed.body).not.toContain(eventId);

    const mine = await member.client.request('GET', `/api/v1/learning-networks/${networkId}/intervision-groups`);
    expect(mine.json<{ items: { id: string; sessions: { eventId: string }[] }[] }>().items).toMatchObject([
      { id: groupId, sessions: [{ eventId }] },
    ]);
    const theirs = await outsider.client.request('GET', `/api/v1/learning-networks/${networkId}/intervision-groups`);
    expect(theirs.json()).toEqual({ items: [] });

    const wrongType = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/events`, {
        type: 'webinar',
        title: 'Webinar',
        startsAt: `${day}T10:00`,
        endsAt: `${day}T11:00`,
        onlineUrl: 'https://meet.example.nl/x',
        capacity: 8,
        intervisionGroupId: groupId,
      }),
      400,
    );
    expect(wrongType.errors?.map((e) => e.location.pointer)).toEqual(['/type']);
  });
});

describe('quality checks per team', () => {
  it('planned by the programme manager, recorded once with its outcome; colleagues read, others not', async () => {
    const ggz = await makeOrg(t.db, { type: 'ggz' });
    const manager = await person(ggz, 'programmeManager');
    const coach = await person(ggz, 'jobCoach');
    const elsewhere = await person(await makeOrg(t.db, { type: 'ggz' }), 'programmeManager');

    expectProblem(
      await coach.client.request('POST', '/api/v1/quality-checks', {
        organisationId: ggz.id,
        teamName: 'IPS-team Oost',
        kind: 'fidelityReview',
        plannedOn: '2027-03-01',
      }),
      403,
    );
    expectProblem(
      await elsewhere.client.request('POST', '/api/v1/quality-checks', {
        organisationId: ggz.id,
        teamName: 'IPS-team Oost',
        kind: 'fidelityReview',
        plannedOn: '2027-03-01',
      }),
      403,
    );
    const unknownApproach = expectProblem(
      await manager.client.request('POST', '/api/v1/quality-checks', {
        organisationId: ggz.id,
        teamName: 'IPS-team Oost',
        kind: 'fidelityReview',
        approachCode: 'bestaatNiet',
        plannedOn: '2027-03-01',
      }),
      400,
    );
    expect(unknownApproach.errors?.[0]?.location.pointer).toBe('/approachCode');
    const planned = await manager.client.request('POST', '/api/v1/quality-checks', {
      organisationId: ggz.id,
      teamName: 'IPS-team Oost',
      kind: 'fidelityReview',
      approachCode: 'ips',
      plannedOn: '2026-01-15',
      reviewer: 'Fidelity-reviewers regio',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const check = planned.json<{ id: string; overdue: boolean }>();
    expect(check.overdue).toBe(true);

    const tooHigh = expectProblem(
      await manager.client.request('PUT', `/api/v1/quality-checks/${check.id}/result`, {
        performedOn: '2026-01-20',
        outcome: 'sufficient',
        score: 130,
        maxScore: 125,
      }),
      400,
    );
    expect(tooHigh.errors?.[0]?.location.pointer).toBe('/score');
    const recorded = await manager.client.request('PUT', `/api/v1/quality-checks/${check.id}/result`, {
      performedOn: '2026-01-20',
      outcome: 'sufficient',
      score: 100,
      maxScore: 125,
      findings: 'Goede samenwerking met de GGZ-behandelaar.',
      followUp: 'Meer werkgeverscontacten per week.',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ outcome: 'sufficient', score: 100, maxScore: 125, overdue: false });
    expectProblem(
      await manager.client.request('PUT', `/api/v1/quality-checks/${check.id}/result`, {
        performedOn: '2026-01-21',
        outcome: 'insufficient',
      }),
      409,
    );

    const list = await coach.client.request('GET', `/api/v1/quality-checks?organisationId=${ggz.id}`);
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([check.id]);
    expectProblem(await elsewhere.client.request('GET', `/api/v1/quality-checks?organisationId=${ggz.id}`), 404);
    expectProblem(
      await elsewhere.client.request('PUT', `/api/v1/quality-checks/${check.id}/result`, {
        performedOn: '2026-01-21',
        outcome: 'insufficient',
      }),
      404,
    );
  });

  it('says who may plan; a recorded fidelity check is linked to the review of its own organisation only', async () => {
    const ggz = await makeOrg(t.db, { type: 'ggz' });
    const other = await makeOrg(t.db, { type: 'ggz' });
    const manager = await person(ggz, 'programmeManager');
    const coach = await person(ggz, 'jobCoach');
    const review = async (orgId: string) =>
      (
        await t.db.query<{ id: string }>(
          `INSERT INTO fidelity_reviews (organisation_id, team_name, reviewed_on, reviewers)
           VALUES ($1, 'IPS-team Oost', '2026-02-03', ARRAY['Beoordelaar']) RETURNING id`,
          [orgId],
        )
      ).rows[0]!.id;
    const own = await review(ggz.id);
    const foreign = await review(other.id);
    const plan = async (kind: string) =>
      (
        await manager.client.request('POST', '/api/v1/quality-checks', {
          organisationId: ggz.id,
          teamName: 'IPS-team Oost',
          kind,
          plannedOn: '2026-02-01',
        })
      ).json<{ id: string }>().id;
    const fidelity = await plan('fidelityReview');
    const practice = await plan('practiceCheck');
    const record = (id: string, fidelityReviewId: string) =>
      manager.client.request('PUT', `/api/v1/quality-checks/${id}/result`, {
        performedOn: '2026-02-03',
        outcome: 'partlySufficient',
        fidelityReviewId,
      });

    const foreignReview = expectProblem(await record(fidelity, foreign), 400);
    expect(foreignReview.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/fidelityReviewId', 'unknown-review'],
    ]);
    const wrongKind = expectProblem(await record(practice, own), 400);
    expect(wrongKind.errors?.map((e) => [e.location.pointer, e.code])).toEqual([['/fidelityReviewId', 'wrong-kind']]);
    const linked = await record(fidelity, own);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({
      outcome: 'partlySufficient',
      fidelityReview: { id: own, reviewedOn: '2026-02-03', teamName: 'IPS-team Oost' },
    });

    type List = { items: { id: string; fidelityReview: { id: string } | null }[]; permissions: { manage: boolean } };
    const asManager = (
      await manager.client.request('GET', `/api/v1/quality-checks?organisationId=${ggz.id}`)
    ).json<List>();
    expect(asManager.permissions.manage).toBe(true);
    expect(asManager.items.find((c) => c.id === practice)?.fidelityReview).toBeNull();
    const asCoach = (await coach.client.request('GET', `/api/v1/quality-checks?organisationId=${ggz.id}`)).json<List>();
    expect(asCoach.permissions.manage).toBe(false);
    expect(asCoach.items.find((c) => c.id === fidelity)?.fidelityReview?.id).toBe(own);
  });
});
