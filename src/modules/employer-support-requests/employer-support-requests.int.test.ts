/**
 * Employer support requests through the HTTP API: the employer asks, the advisers of the account holder
 * see it in their inbox and get a mail, one takes it, answers (the employer gets a mail) and closes it;
 * nobody else sees it. Every test makes its own organisations and employer record, and looks only at its
 * own rows (on PostgreSQL all files share one database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { DEMO_SUPPORT_QUESTIONS, seedDemoSupportRequests } from './employer-support-requests.demo.js';
import { supportRequestHousekeeping } from './employer-support-requests.service.js';

let t: TestApp;

interface Cast {
  holder: { id: string; name: string };
  employerOrg: { id: string; name: string };
  employerId: string;
  employer: Client;
  employerUser: { id: string; email: string; name: string };
  adviser: Client;
  adviserUser: { id: string; email: string; name: string };
  colleague: Client;
}

async function as(
  org: { id: string },
  role: RoleName,
): Promise<{ client: Client; user: { id: string; email: string; name: string } }> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

/** An account-holding organisation with two advisers, and an employer organisation linked to its record. */
async function cast(): Promise<Cast> {
  const holder = await makeOrg(t.db, { type: 'shelteredWork' });
  const employerOrg = await makeOrg(t.db, { type: 'employer', name: `Drukkerij ${uid()}` });
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO employers (region_code, name, account_holder_organisation_id, organisation_id)
     VALUES ('AM13', $1, $2, $3) RETURNING id`,
    [employerOrg.name, holder.id, employerOrg.id],
  );
  const employer = await as(employerOrg, 'employer');
  const adviser = await as(holder, 'employerAdviser');
  const colleague = await as(holder, 'employerAdviser');
  return {
    holder,
    employerOrg,
    employerId: rows[0]!.id,
    employer: employer.client,
    employerUser: employer.user,
    adviser: adviser.client,
    adviserUser: adviser.user,
    colleague: colleague.client,
  };
}

interface Request {
  id: string;
  status: string;
  kind: string;
  instrumentName: string | null;
  answer: string | null;
  assignedToMe: boolean;
  assignedToName: string | null;
  steps: string[];
  events: { kind: string; message: string | null; recordedByName: string; organisationName: string }[];
}

async function ask(c: Cast, body: Record<string, unknown> = {}): Promise<Request> {
  const res = await c.employer.request('POST', '/api/v1/employer-support-requests', {
    kind: 'instrument',
    instrumentCode: 'noRiskPolis',
    question: `Hoe werkt de no-riskpolis bij een nieuwe medewerker? ${uid()}`,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Request>();
}

const mailsTo = async (email: string) =>
  (
    await t.db.query<{ subject: string; text_body: string }>(
      'SELECT subject, text_body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at',
      [email],
    )
  ).rows;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('employer support requests', () => {
  it('an employer asks about an instrument; the advisers of the account holder see it and get a mail', async () => {
    const c = await cast();
    const request = await ask(c);
    expect(request).toMatchObject({
      status: 'open',
      kind: 'instrument',
      instrumentName: 'No-riskpolis',
      steps: [],
      assignedToName: null,
    });
    expect(request.events.map((e) => e.kind)).toEqual(['submitted']);
    expect(request.events[0]!.organisationName).toBe(c.employerOrg.name);

    const inbox = await c.adviser.request('GET', '/api/v1/employer-support-requests?filter=open');
    expect(inbox.statusCode, inbox.body).toBe(200);
    const item = inbox.json<{ items: Request[] }>().items.find((i) => i.id === request.id);
    expect(item).toMatchObject({ status: 'open', steps: ['taken', 'answered', 'resolved', 'declined'] });

    const mails = await mailsTo(c.adviserUser.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`${c.employerOrg.name} vraagt om hulp`);
    expect(mails[0]!.text_body).toContain('een vraag over een regeling');
    expect(mails[0]!.text_body).toContain(`/hulpvragen-werkgevers/${request.id}`);
    // The question itself stays in Meedoen.
    expect(mails[0]!.text_body).not.toContain('no-riskpolis bij een nieuwe medewerker');

    // The employer sees its own request in its list.
    const own = await c.employer.request('GET', '/api/v1/employer-support-requests');
    expect(own.json<{ items: Request[] }>().items.map((i) => i.id)).toEqual([request.id]);
  });

  it('an adviser takes, answers and closes a request; the employer gets a mail and sees the answer and history', async () => {
    const c = await cast();
    const request = await ask(c, { kind: 'jobCoach', instrumentCode: null, question: null });

    const taken = await c.adviser.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, {
      kind: 'taken',
    });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json<Request>()).toMatchObject({ status: 'inProgress', assignedToMe: true });
    const mine = await c.adviser.request('GET', '/api/v1/employer-support-requests?filter=mine');
    expect(mine.json<{ items: Request[] }>().items.map((i) => i.id)).toContain(request.id);
    const colleagueMine = await c.colleague.request('GET', '/api/v1/employer-support-requests?filter=mine');
    expect(colleagueMine.json<{ items: Request[] }>().items.map((i) => i.id)).not.toContain(request.id);

    // A colleague cannot answer while it is taken, but may take it over.
    const blocked = await c.colleague.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, {
      kind: 'answered',
      message: 'Ik kijk ernaar.',
    });
    expectProblem(blocked, 409, 'conflict');

    const answer = 'Wij zoeken een jobcoach voor u. U hoort deze week van ons.';
    const answered = await c.adviser.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, {
      kind: 'answered',
      message: answer,
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const mails = await mailsTo(c.employerUser.email);
    expect(mails.map((m) => m.subject)).toEqual(['Er is antwoord op uw hulpvraag']);
    expect(mails[0]!.text_body).toContain(c.holder.name);
    expect(mails[0]!.text_body).toContain(`/hulp-vragen/${request.id}`);

    const seen = await c.employer.request('GET', `/api/v1/employer-support-requests/${request.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<Request>()).toMatchObject({ status: 'answered', answer, steps: [] });

    const closed = await c.adviser.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, {
      kind: 'resolved',
    });
    expect(closed.statusCode, closed.body).toBe(201);
    const view = closed.json<Request>();
    expect(view.status).toBe('resolved');
    expect(view.events.map((e) => e.kind)).toEqual(['submitted', 'taken', 'answered', 'resolved']);
    expect(view.events[2]).toMatchObject({ message: answer, organisationName: c.holder.name });
    expect((await mailsTo(c.employerUser.email)).map((m) => m.subject)).toContain('Uw hulpvraag is afgesloten');

    // Closed is final; the employer sees it under closed.
    expectProblem(
      await c.adviser.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, { kind: 'taken' }),
      409,
    );
    const closedList = await c.adviser.request('GET', '/api/v1/employer-support-requests?filter=closed');
    expect(closedList.json<{ items: Request[] }>().items.map((i) => i.id)).toContain(request.id);

    // Every read and write is in the audit log.
    const { rows } = await t.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_events WHERE resource_id = $1 AND outcome = 'allowed' ORDER BY action`,
      [request.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['supportRequest.handle', 'supportRequest.read']);
  });

  it('declining needs a reason; the employer sees it as the answer', async () => {
    const c = await cast();
    const request = await ask(c, { kind: 'other', instrumentCode: null, question: 'Kunt u langskomen?' });
    const url = `/api/v1/employer-support-requests/${request.id}/events`;
    const noReason = expectProblem(await c.adviser.request('POST', url, { kind: 'declined' }), 400, 'invalid-input');
    expect(noReason.errors?.map((e) => [e.location.pointer, e.detail])).toEqual([
      ['/message', 'Schrijf op waarom u de vraag afwijst.'],
    ]);
    const declined = await c.adviser.request('POST', url, { kind: 'declined', message: 'Dit doet de gemeente.' });
    expect(declined.statusCode, declined.body).toBe(201);
    const seen = await c.employer.request('GET', `/api/v1/employer-support-requests/${request.id}`);
    expect(seen.json<Request>()).toMatchObject({ status: 'declined', answer: 'Dit doet de gemeente.' });
  });

  it('an employer of another organisation, an adviser of another organisation and a job coach get 404', async () => {
    const c = await cast();
    const request = await ask(c);
    const other = await cast();
    const coach = await as(c.holder, 'jobCoach');
    const participantOrg = await makeOrg(t.db);
    const participant = await as(participantOrg, 'participant');
    for (const client of [other.employer, other.adviser]) {
      expectProblem(await client.request('GET', `/api/v1/employer-support-requests/${request.id}`), 404, 'not-found');
      const list = await client.request('GET', '/api/v1/employer-support-requests');
      expect(list.json<{ items: Request[] }>().items.map((i) => i.id)).not.toContain(request.id);
    }
    expectProblem(
      await other.adviser.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, { kind: 'taken' }),
      404,
    );
    // A job coach of the account holder and a participant have no support request actions at all.
    expectProblem(await coach.client.request('GET', `/api/v1/employer-support-requests/${request.id}`), 403);
    expectProblem(await participant.client.request('GET', '/api/v1/employer-support-requests'), 403);
  });

  it('the employer may read its request but not handle it (403)', async () => {
    const c = await cast();
    const request = await ask(c);
    expectProblem(
      await c.employer.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, { kind: 'resolved' }),
      403,
    );
    // An adviser membership in the employer's own organisation does not make one its handler.
    const stray = await as(c.employerOrg, 'employerAdviser');
    expectProblem(
      await stray.client.request('POST', `/api/v1/employer-support-requests/${request.id}/events`, { kind: 'taken' }),
      403,
    );
  });

  it('bad input gives problem+json naming every field, in the caller’s language', async () => {
    const c = await cast();
    const missing = expectProblem(
      await c.employer.request('POST', '/api/v1/employer-support-requests', { kind: 'instrument', question: '  ' }),
      400,
      'invalid-input',
    );
    expect(missing.errors?.map((e) => [e.location.pointer, e.detail])).toEqual([
      ['/instrumentCode', 'Kies de regeling waar uw vraag over gaat.'],
      ['/question', 'Schrijf uw vraag op.'],
    ]);
    // A logged-in user's own language choice decides (authenticate.ts).
    expect((await c.employer.request('PATCH', '/api/v1/me', { language: 'en' })).statusCode).toBe(200);
    const english = expectProblem(
      await c.employer.request('POST', '/api/v1/employer-support-requests', {
        kind: 'jobCoach',
        instrumentCode: 'bbl',
        vacancyId: '00000000-0000-4000-8000-000000000000',
      }),
      400,
    );
    expect(english.errors?.map((e) => [e.location.pointer, e.detail])).toEqual([
      ['/instrumentCode', 'Choose an instrument only for a question about an instrument.'],
      ['/vacancyId', 'Choose a vacancy of your own company.'],
    ]);
    const badKind = expectProblem(
      await c.employer.request('POST', '/api/v1/employer-support-requests', { kind: 'money', instrumentCode: 'x' }),
      400,
    );
    expect(badKind.errors?.map((e) => e.location.pointer).sort()).toEqual(['/instrumentCode', '/kind']);
  });

  it('links a vacancy of the employer’s own record; a vacancy of another employer is refused', async () => {
    const c = await cast();
    const other = await cast();
    const vacancy = async (employerId: string) =>
      (
        await t.db.query<{ id: string }>(
          `INSERT INTO vacancies (employer_id, title, hours_min, hours_max, contract_type, wage_form, opened_on)
           VALUES ($1, 'Inpakker', 16, 24, 'temporary', 'marketWage', current_date) RETURNING id`,
          [employerId],
        )
      ).rows[0]!.id;
    const own = await vacancy(c.employerId);
    const foreign = await vacancy(other.employerId);
    const ok = await ask(c, { kind: 'jobCoach', instrumentCode: null, question: null, vacancyId: own });
    expect(ok).toMatchObject({ kind: 'jobCoach' });
    const refused = expectProblem(
      await c.employer.request('POST', '/api/v1/employer-support-requests', { kind: 'jobCoach', vacancyId: foreign }),
      400,
    );
    expect(refused.errors?.map((e) => e.location.pointer)).toEqual(['/vacancyId']);
  });

  it('an employer organisation without an employer record gets 409 with a reason', async () => {
    const lonely = await makeOrg(t.db, { type: 'employer' });
    const employer = await as(lonely, 'employer');
    const res = await employer.client.request('POST', '/api/v1/employer-support-requests', { kind: 'jobCoach' });
    expect(expectProblem(res, 409, 'conflict').detail).toContain('nog niet gekoppeld aan een werkgever');
  });

  it('the demo gives the employer one open and one answered request, and the adviser the same two in the inbox', async () => {
    const c = await cast();
    await t.db.tx((tx) =>
      seedDemoSupportRequests(tx, {
        employerOrganisationId: c.employerOrg.id,
        employerUser: c.employerUser.id,
        adviser: c.adviserUser.id,
      }),
    );
    const own = (await c.employer.request('GET', '/api/v1/employer-support-requests')).json<{ items: Request[] }>();
    expect(own.items.map((i) => [i.kind, i.status]).sort()).toEqual([
      ['instrument', 'answered'],
      ['jobCoach', 'open'],
    ]);
    expect(own.items.find((i) => i.kind === 'instrument')?.answer).toBe(DEMO_SUPPORT_QUESTIONS.answer);
    const mine = await c.adviser.request('GET', '/api/v1/employer-support-requests?filter=mine');
    expect(mine.json<{ items: Request[] }>().items.filter((i) => i.kind === 'instrument')).toHaveLength(1);
    const inbox = await c.adviser.request('GET', '/api/v1/employer-support-requests?filter=open');
    expect(inbox.json<{ items: Request[] }>().items).toHaveLength(2);
  });

  it('housekeeping deletes requests closed more than two years ago, with their history; newer ones stay', async () => {
    const c = await cast();
    const old = await ask(c);
    const recent = await ask(c);
    await t.db.query(
      `UPDATE employer_support_requests SET status = 'resolved', assigned_to = $2,
              closed_at = CASE WHEN id = $1 THEN now() - interval '2 years 1 day' ELSE now() - interval '1 year' END
        WHERE id = ANY($3::uuid[])`,
      [old.id, c.adviserUser.id, [old.id, recent.id]],
    );
    const removed = await supportRequestHousekeeping(t.db);
    expect(removed.closedSupportRequests).toBeGreaterThanOrEqual(1);
    const { rows } = await t.db.query<{ id: string }>(
      'SELECT id FROM employer_support_requests WHERE id = ANY($1::uuid[])',
      [[old.id, recent.id]],
    );
    expect(rows.map((r) => r.id)).toEqual([recent.id]);
    const events = await t.db.query('SELECT 1 FROM employer_support_request_events WHERE request_id = $1', [old.id]);
    expect(events.rows).toHaveLength(0);
    // Events are never changed.
    await expect(
      t.db.query(`UPDATE employer_support_request_events SET message = 'x' WHERE request_id = $1`, [recent.id]),
    ).rejects.toThrow(/never changed/);
  });
});
