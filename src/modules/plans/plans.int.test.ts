/**
 * One integrated plan across domains: each goal is visible to its own organisation and, with consent,
 * to others; the participant ticks off their actions, comments and agrees; every change is history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

let t: TestApp;
let ggz: { id: string };
let gemeente: { id: string };

async function as(org: { id: string }, role: 'jobCoach' | 'consultant'): Promise<Client & { name: string }> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { ...(await login(t.app, user.email, PASSWORD)), name: user.name };
}

interface PlanBody {
  goals: {
    id: string;
    title: string;
    organisationId: string;
    actions: { id: string; title: string; done: boolean; comments: { text: string; byParticipant: boolean }[] }[];
  }[];
  hiddenGoals: number;
  lastAgreement: { method: string } | null;
  changedSinceAgreement: boolean;
}

beforeAll(async () => {
  t = await buildTestApp();
  ggz = await makeOrg(t.db, { type: 'ggz' });
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
});
afterAll(async () => {
  await t.close();
});

describe('support plan', () => {
  it('goals of two organisations, each visible by assignment or consent; the participant ticks off, comments and agrees', async () => {
    const coach = await as(ggz, 'jobCoach');
    const created = await coach.request('POST', '/api/v1/participants', {
      givenName: 'Yara',
      familyName: `Smit ${uid()}`,
      dateOfBirth: '1993-02-02',
      municipalityCode: 'GM0344',
      approachCode: 'ips',
      referralDate: '2026-09-01',
    });
    const id = created.json<{ id: string }>().id;
    const work = await coach.request('POST', `/api/v1/participants/${id}/plan/goals`, {
      domain: 'work',
      title: 'Ik heb binnen drie maanden betaald werk in de zorg',
      targetDate: '2026-12-31',
    });
    expect(work.statusCode, work.body).toBe(201);
    const goalId = work.json<PlanBody>().goals[0]!.id;
    const action = await coach.request('POST', `/api/v1/participants/${id}/plan/goals/${goalId}/actions`, {
      title: 'Ik maak mijn cv af',
      owner: 'participant',
      dueDate: '2026-10-01',
    });
    expect(action.statusCode, action.body).toBe(201);
    const actionId = action.json<PlanBody>().goals[0]!.actions[0]!.id;
    await coach.request('POST', `/api/v1/participants/${id}/plan/goals/${goalId}/actions`, {
      title: 'Jobcoach belt drie werkgevers in de zorg',
      owner: 'professional',
    });

    // The gemeente's consultant is assigned in the gemeente and adds a debts goal of their own.
    const consultant = await as(gemeente, 'consultant');
    const consultantId = (await consultant.request('GET', '/api/v1/me')).json<{ id: string }>().id;
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO trajectories (participant_id, organisation_id, approach_code, referral_date) VALUES ($1, $2, 'other', '2026-09-02') RETURNING id`,
      [id, gemeente.id],
    );
    await t.db.query('INSERT INTO trajectory_assignments (trajectory_id, user_id) VALUES ($1, $2)', [
      rows[0]!.id,
      consultantId,
    ]);
    const debts = await consultant.request('POST', `/api/v1/participants/${id}/plan/goals`, {
      domain: 'debts',
      title: 'Mijn schulden staan onder bewind',
    });
    expect(debts.json<PlanBody>()).toMatchObject({
      goals: [{ title: 'Mijn schulden staan onder bewind' }],
      hiddenGoals: 1,
    });

    // Without consent each sees only their own organisation's goal.
    expect((await coach.request('GET', `/api/v1/participants/${id}/plan`)).json<PlanBody>()).toMatchObject({
      goals: [{ id: goalId }],
      hiddenGoals: 1,
    });
    // With consent for the plan, the job coach sees the integrated plan.
    await consultant.request('POST', `/api/v1/participants/${id}/consents`, {
      organisationId: ggz.id,
      categories: ['plan'],
      purpose: 'integratedPlan',
      method: 'verbal',
    });
    const integrated = (await coach.request('GET', `/api/v1/participants/${id}/plan`)).json<PlanBody>();
    expect(integrated.goals.map((g) => g.organisationId).sort()).toEqual([ggz.id, gemeente.id].sort());
    expect(integrated.hiddenGoals).toBe(0);
    // Seeing is not changing: the job coach cannot edit the gemeente's goal.
    const debtGoal = integrated.goals.find((g) => g.organisationId === gemeente.id)!;
    expectProblem(
      await coach.request('PATCH', `/api/v1/participants/${id}/plan/goals/${debtGoal.id}`, { title: 'x' }),
      403,
    );

    // The participant: sees everything, ticks off their own action, comments, cannot tick off the coach's.
    const participantUser = await makeUser(t.db, [{ organisationId: ggz.id, role: 'participant' }]);
    await t.db.query('UPDATE participants SET user_id = $1 WHERE id = $2', [participantUser.id, id]);
    const me = await login(t.app, participantUser.email, PASSWORD);
    const mine = (await me.request('GET', `/api/v1/participants/${id}/plan`)).json<PlanBody>();
    expect(mine.goals).toHaveLength(2);
    const ticked = await me.request('PATCH', `/api/v1/participants/${id}/plan/actions/${actionId}`, { done: true });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(
      ticked
        .json<PlanBody>()
        .goals.find((g) => g.id === goalId)!
        .actions.find((a) => a.id === actionId)!.done,
    ).toBe(true);
    const coachAction = mine.goals.find((g) => g.id === goalId)!.actions.find((a) => a.title.startsWith('Jobcoach'))!;
    expectProblem(
      await me.request('PATCH', `/api/v1/participants/${id}/plan/actions/${coachAction.id}`, { done: true }),
      403,
    );
    expectProblem(
      await me.request('PATCH', `/api/v1/participants/${id}/plan/actions/${actionId}`, { title: 'Anders' }),
      403,
    );
    const commented = await me.request('POST', `/api/v1/participants/${id}/plan/actions/${actionId}/comments`, {
      text: 'Mijn cv staat nu in Meedoen.',
    });
    expect(commented.statusCode, commented.body).toBe(201);
    expect(
      commented
        .json<PlanBody>()
        .goals.find((g) => g.id === goalId)!
        .actions.find((a) => a.id === actionId)!.comments,
    ).toEqual([expect.objectContaining({ text: 'Mijn cv staat nu in Meedoen.', byParticipant: true })]);

    // Agreement: recorded in the portal; a later change to the plan is shown as not yet agreed.
    expect((await me.request('GET', `/api/v1/participants/${id}/plan`)).json<PlanBody>().changedSinceAgreement).toBe(
      true,
    );
    const agreed = await me.request('POST', `/api/v1/participants/${id}/plan/agreements`, {});
    expect(agreed.json<PlanBody>()).toMatchObject({
      lastAgreement: { method: 'portal' },
      changedSinceAgreement: false,
    });
    await coach.request('POST', `/api/v1/participants/${id}/plan/goals/${goalId}/actions`, {
      title: 'Samen naar een open dag',
      owner: 'together',
    });
    expect((await me.request('GET', `/api/v1/participants/${id}/plan`)).json<PlanBody>().changedSinceAgreement).toBe(
      true,
    );
    // A professional must say how the participant agreed.
    expect(
      expectProblem(await coach.request('POST', `/api/v1/participants/${id}/plan/agreements`, {}), 400).errors?.[0],
    ).toMatchObject({ location: { pointer: '/method' } });

    // History: every change, newest first.
    const history = await me.request('GET', `/api/v1/participants/${id}/plan/history`);
    const kinds = history.json<{ items: { kind: string }[] }>().items.map((e) => e.kind);
    expect(kinds.slice(0, 4)).toEqual(['actionAdded', 'agreed', 'commentAdded', 'actionDone']);
    expect(kinds).toContain('goalAdded');
  });
});
