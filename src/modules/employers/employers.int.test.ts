/**
 * Employers through the HTTP API: one record per region shared by its organisations, KvK checks, the
 * account holder and the employer's own portal users, contact persons (audited), history, placements,
 * and the IPS employer contacts log with the week signal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { todayInNl } from '../../shared/dates.js';
import { addDays, isoWeekOf } from './employers.rules.js';

let t: TestApp;
let wsp: { id: string }; // werkgeversservicepunt (account holder) in AM13
let ggz: { id: string }; // another organisation in AM13
let elsewhere: { id: string }; // an organisation in another region

async function as(
  org: { id: string },
  role: RoleName,
): Promise<{ client: Client; user: { id: string; name: string } }> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return { client: await login(t.app, user.email, PASSWORD), user };
}

/** A KvK number no other test uses. */
const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

interface EmployerBody {
  id: string;
  regionCode: string;
  name: string;
  kvkNumber: string | null;
  sector: { section: string; name: string } | null;
  accountHolder: { organisationId: string; adviserUserId: string | null; adviserName: string | null };
  organisationId: string | null;
  locations: { municipalityCode: string; municipalityName: string; postcode: string | null; isMain: boolean }[];
  inclusive: {
    banenafspraakJobs: number | null;
    accommodations: string[];
    placements: { total: number; current: number };
  };
  permissions: Record<string, boolean>;
}

beforeAll(async () => {
  t = await buildTestApp();
  wsp = await makeOrg(t.db, { type: 'shelteredWork' });
  ggz = await makeOrg(t.db, { type: 'ggz' });
  elsewhere = await makeOrg(t.db, { type: 'gemeente', regionCode: 'AM01' });
});
afterAll(async () => {
  await t.close();
});

describe('employers', () => {
  it('an adviser records an employer; the region shares it; others may read, only the account holder changes it', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const number = kvk();
    const res = await adviser.client.request('POST', '/api/v1/employers', {
      name: `Zorggroep Test ${uid()}`,
      kvkNumber: `${number.slice(0, 4)} ${number.slice(4)}`,
      sbiCode: '8710',
      sizeClass: 'large',
      banenafspraakJobs: 12,
      accommodations: ['liftingAid', 'flexibleHours'],
      locations: [
        {
          name: 'Hoofdlocatie',
          street: 'Oudegracht',
          houseNumber: '1',
          postcode: '3511 ab',
          city: 'Utrecht',
          municipalityCode: 'GM0344',
        },
        { name: 'Woerden', municipalityCode: 'GM0632', isMain: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<EmployerBody>();
    expect(e).toMatchObject({
      regionCode: 'AM13',
      kvkNumber: number,
      sector: { section: 'Q', name: 'Gezondheids- en welzijnszorg' },
      accountHolder: { organisationId: wsp.id, adviserUserId: adviser.user.id },
      inclusive: {
        banenafspraakJobs: 12,
        accommodations: ['liftingAid', 'flexibleHours'],
        placements: { total: 0, current: 0 },
      },
    });
    expect(e.locations.map((l) => [l.municipalityName, l.postcode, l.isMain])).toEqual([
      ['Utrecht', '3511AB', true],
      ['Woerden', null, false],
    ]);
    expect(e.permissions).toMatchObject({ manage: true, administer: true, manageVacancies: true, logContact: true });

    // The same KvK number in the region: 409 with the field named.
    const again = await adviser.client.request('POST', '/api/v1/employers', { name: 'Dubbel', kvkNumber: number });
    expect(expectProblem(again, 409, 'conflict').errors?.map((x) => [x.location.pointer, x.code])).toEqual([
      ['/kvkNumber', 'taken'],
    ]);

    // An adviser of another organisation in the region sees it but may not change it.
    const colleague = await as(ggz, 'employerAdviser');
    const seen = await colleague.client.request('GET', `/api/v1/employers/${e.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<EmployerBody>().permissions).toMatchObject({ manage: false, administer: false });
    expectProblem(await colleague.client.request('PATCH', `/api/v1/employers/${e.id}`, { sizeClass: 'medium' }), 403);
    // A job coach of the region reads it (and may log contacts), but has no grant to change it at all.
    const coach = await as(ggz, 'jobCoach');
    expect((await coach.client.request('GET', `/api/v1/employers/${e.id}`)).statusCode).toBe(200);
    expectProblem(await coach.client.request('PATCH', `/api/v1/employers/${e.id}`, { sizeClass: 'medium' }), 403);
    // Outside the region it does not exist.
    const far = await as(elsewhere, 'employerAdviser');
    expectProblem(await far.client.request('GET', `/api/v1/employers/${e.id}`), 404);
    const farList = await far.client.request('GET', `/api/v1/employers?q=${encodeURIComponent(e.name)}`);
    expect(farList.json<{ total: number }>().total).toBe(0);
    // In the region the list finds it by name and by KvK number.
    const list = await colleague.client.request('GET', `/api/v1/employers?q=${number}`);
    expect(list.json<{ items: { id: string; municipalityNames: string[] }[] }>().items).toEqual([
      expect.objectContaining({ id: e.id, municipalityNames: ['Utrecht', 'Woerden'] }),
    ]);

    // The account holder changes it; the history says who did what.
    const changed = await adviser.client.request('PATCH', `/api/v1/employers/${e.id}`, {
      sizeClass: 'medium',
      website: 'https://example.org',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const history = await colleague.client.request('GET', `/api/v1/employers/${e.id}/history`);
    const events = history.json<{ items: { kind: string; userName: string | null; fields: string[] }[] }>().items;
    expect(events[0]).toMatchObject({ kind: 'updated', userName: adviser.user.name, fields: ['sizeClass', 'website'] });
    expect(events.map((x) => x.kind)).toEqual(['updated', 'locationAdded', 'locationAdded', 'created']);
  });

  it('checks the KvK format, the gemeente and the postcode, all at once', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const res = await adviser.client.request('POST', '/api/v1/employers', {
      name: 'Fout BV',
      kvkNumber: '1234567',
      locations: [{ municipalityCode: 'GM9999', postcode: '0123 AB' }],
    });
    expect(expectProblem(res, 400, 'invalid-input').errors?.map((x) => [x.location.pointer, x.code])).toEqual([
      ['/kvkNumber', 'format'],
      ['/locations/0/municipalityCode', 'unknown'],
      ['/locations/0/postcode', 'format'],
    ]);
    const sbi = await adviser.client.request('POST', '/api/v1/employers', { name: 'Fout BV', sbiCode: '1' });
    expectProblem(sbi, 400, 'invalid-input');
  });

  it('the employer’s own users see and edit only their own record, not the account holder', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const own = (
      await adviser.client.request('POST', '/api/v1/employers', { name: `Bakkerij ${uid()}` })
    ).json<EmployerBody>();
    const other = (
      await adviser.client.request('POST', '/api/v1/employers', { name: `Garage ${uid()}` })
    ).json<EmployerBody>();
    const employerOrg = await makeOrg(t.db, { type: 'employer' });
    // Linking is for the account holder; a gemeente organisation cannot be linked.
    const gemeente = await makeOrg(t.db, { type: 'gemeente' });
    const wrong = await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, { organisationId: gemeente.id });
    expect(expectProblem(wrong, 400).errors?.[0]?.code).toBe('not-employer');
    const linked = await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, {
      organisationId: employerOrg.id,
    });
    expect(linked.json<EmployerBody>().organisationId).toBe(employerOrg.id);
    const twice = await adviser.client.request('PATCH', `/api/v1/employers/${other.id}`, {
      organisationId: employerOrg.id,
    });
    expect(expectProblem(twice, 400).errors?.[0]?.code).toBe('linked');

    const boss = await as(employerOrg, 'employer');
    const list = await boss.client.request('GET', '/api/v1/employers');
    expect(list.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toEqual([own.id]);
    expectProblem(await boss.client.request('GET', `/api/v1/employers/${other.id}`), 404);
    const edited = await boss.client.request('PATCH', `/api/v1/employers/${own.id}`, {
      banenafspraakJobs: 2,
      sbiCode: '1071',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<EmployerBody>().permissions).toMatchObject({
      manage: true,
      administer: false,
      logContact: false,
    });
    // May not hand the account to someone else.
    expectProblem(
      await boss.client.request('PATCH', `/api/v1/employers/${own.id}`, { accountHolderOrganisationId: ggz.id }),
      403,
    );
    // The employer sees no contacts log (that is the professionals' job development).
    expectProblem(await boss.client.request('GET', `/api/v1/employers/${own.id}/contact-log`), 403);
    const coach = await as(wsp, 'jobCoach');
    await coach.client.request('POST', `/api/v1/employers/${own.id}/contact-log`, {
      contactDate: todayInNl(),
      kind: 'visit',
      purpose: 'learnBusiness',
    });
    const kinds = async (c: Client) =>
      (await c.request('GET', `/api/v1/employers/${own.id}/history`))
        .json<{ items: { kind: string }[] }>()
        .items.map((x) => x.kind);
    expect(await kinds(coach.client)).toContain('contactLogged');
    expect(await kinds(boss.client)).not.toContain('contactLogged');

    // The account holder hands over to another organisation of the region; its adviser becomes account holder.
    const next = await as(ggz, 'employerAdviser');
    const notAdviser = await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, {
      accountHolderOrganisationId: ggz.id,
      accountHolderUserId: adviser.user.id,
    });
    expect(expectProblem(notAdviser, 400).errors?.[0]?.location.pointer).toBe('/accountHolderUserId');
    const outOfRegion = await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, {
      accountHolderOrganisationId: elsewhere.id,
    });
    expect(expectProblem(outOfRegion, 400).errors?.[0]?.code).toBe('not-in-region');
    const handed = await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, {
      accountHolderOrganisationId: ggz.id,
      accountHolderUserId: next.user.id,
    });
    expect(handed.json<EmployerBody>().accountHolder).toMatchObject({
      organisationId: ggz.id,
      adviserUserId: next.user.id,
    });
    expectProblem(await adviser.client.request('PATCH', `/api/v1/employers/${own.id}`, { sizeClass: 'small' }), 403);
    expect((await next.client.request('PATCH', `/api/v1/employers/${own.id}`, { sizeClass: 'small' })).statusCode).toBe(
      200,
    );
  });

  it('contact persons are personal data: each read is audited; removing one erases it', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const e = (
      await adviser.client.request('POST', '/api/v1/employers', { name: `Schoonmaak ${uid()}` })
    ).json<EmployerBody>();
    const added = await adviser.client.request('POST', `/api/v1/employers/${e.id}/contacts`, {
      name: 'Hanneke de Wit',
      role: 'HR-adviseur',
      phone: '030 123 45 67',
      email: 'Hanneke@Example.org',
      isPrimary: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const contact = added.json<{ id: string; email: string }>();
    expect(contact.email).toBe('hanneke@example.org');
    const badPhone = await adviser.client.request('POST', `/api/v1/employers/${e.id}/contacts`, {
      name: 'X',
      phone: 'bel me',
    });
    expectProblem(badPhone, 400);

    const coach = await as(ggz, 'jobCoach');
    const read = await coach.client.request('GET', `/api/v1/employers/${e.id}/contacts`);
    expect(read.json<{ items: { name: string }[] }>().items.map((c) => c.name)).toEqual(['Hanneke de Wit']);
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*) AS n FROM audit_events WHERE user_id = $1 AND action = 'employerContact.read' AND resource_id = $2 AND outcome = 'allowed'`,
      [coach.user.id, e.id],
    );
    expect(rows[0]!.n).toBe(1);
    // A job coach cannot change contacts.
    expectProblem(await coach.client.request('DELETE', `/api/v1/employers/${e.id}/contacts/${contact.id}`), 403);
    const removed = await adviser.client.request('DELETE', `/api/v1/employers/${e.id}/contacts/${contact.id}`);
    expect(removed.statusCode).toBe(204);
    const { rows: left } = await t.db.query('SELECT 1 FROM employer_contacts WHERE id = $1', [contact.id]);
    expect(left).toEqual([]);
  });

  it('counts previous placements from participants’ jobs linked to the employer', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const e = (
      await adviser.client.request('POST', '/api/v1/employers', { name: `Groen ${uid()}` })
    ).json<EmployerBody>();
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code)
       VALUES ($1, 'Plaatsing', 'Test', '1990-01-01', 'GM0344') RETURNING id`,
      [wsp.id],
    );
    const today = todayInNl();
    await t.db.query(
      `INSERT INTO job_episodes (participant_id, employer_id, employer_name, job_title, start_date, end_date, end_reason, hours_per_week,
         contract_type, wage_form, open_to_anyone)
       VALUES ($1, $2, 'Groen', 'Hovenier', '2025-03-01', '2025-09-01', 'contractEnded', 24, 'temporary', 'marketWage', true),
              ($1, $2, 'Groen', 'Hovenier', $3, NULL, NULL, 24, 'permanent', 'loonkostensubsidie', true)`,
      [rows[0]!.id, e.id, addDays(today, -30)],
    );
    const res = await adviser.client.request('GET', `/api/v1/employers/${e.id}`);
    expect(res.json<EmployerBody>().inclusive.placements).toEqual({ total: 2, current: 1 });
  });
});

describe('employer contacts log (IPS job development)', () => {
  it('job coaches log their own contacts; the week signal counts face-to-face contacts against six', async () => {
    const adviser = await as(wsp, 'employerAdviser');
    const e = (
      await adviser.client.request('POST', '/api/v1/employers', { name: `Logistiek ${uid()}` })
    ).json<EmployerBody>();
    const contact = (
      await adviser.client.request('POST', `/api/v1/employers/${e.id}/contacts`, {
        name: 'Bas Verhoef',
        role: 'Teamleider',
      })
    ).json<{ id: string }>();
    const coach = await as(ggz, 'jobCoach');
    const today = todayInNl();
    const week = isoWeekOf(today);
    const log = (body: object) => coach.client.request('POST', `/api/v1/employers/${e.id}/contact-log`, body);

    const visit = await log({
      contactDate: today,
      kind: 'visit',
      purpose: 'learnBusiness',
      contactId: contact.id,
      outcome: 'Rondleiding magazijn; orderpicken kan deels zittend.',
      nextStep: 'Kandidaat voorstellen',
      nextStepOn: addDays(today, 7),
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json()).toMatchObject({
      organisationId: ggz.id,
      professionalUserId: coach.user.id,
      contactName: 'Bas Verhoef',
      faceToFace: true,
    });
    expect((await log({ contactDate: week.from, kind: 'event', purpose: 'followUp' })).statusCode).toBe(201);
    expect((await log({ contactDate: today, kind: 'phone', purpose: 'discussCandidate' })).statusCode).toBe(201);
    // Last month's contact is not this week's.
    expect((await log({ contactDate: addDays(week.from, -28), kind: 'visit', purpose: 'followUp' })).statusCode).toBe(
      201,
    );

    const bad = await log({ contactDate: addDays(today, 1), kind: 'visit', purpose: 'followUp', nextStepOn: today });
    expect(expectProblem(bad, 400).errors?.map((x) => x.location.pointer)).toEqual(['/contactDate', '/nextStepOn']);

    const mine = await coach.client.request('GET', '/api/v1/me/employer-contacts/week');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({
      week: week.week,
      from: week.from,
      to: week.to,
      norm: 6,
      faceToFace: 2,
      total: 3,
    });
    const earlier = await coach.client.request(
      'GET',
      `/api/v1/me/employer-contacts/week?week=${isoWeekOf(addDays(week.from, -28)).week}`,
    );
    expect(earlier.json()).toMatchObject({ faceToFace: 1, total: 1, status: 'behind' });
    expectProblem(await coach.client.request('GET', '/api/v1/me/employer-contacts/week?week=2025-W53'), 400);

    // The team view of the coach's organisation: every coach and adviser, also those without contacts.
    const colleague = await makeUser(t.db, [{ organisationId: ggz.id, role: 'jobCoach' }], {
      name: `Aaa Collega ${uid()}`,
    });
    const team = await coach.client.request('GET', `/api/v1/organisations/${ggz.id}/employer-contacts/week`);
    expect(team.statusCode, team.body).toBe(200);
    const members = team.json<{ members: { userId: string; faceToFace: number; total: number }[] }>().members;
    expect(members.find((m) => m.userId === coach.user.id)).toMatchObject({ faceToFace: 2, total: 3 });
    expect(members.find((m) => m.userId === colleague.id)).toMatchObject({ faceToFace: 0, total: 0 });
    // Another organisation's team is not visible.
    expectProblem(await coach.client.request('GET', `/api/v1/organisations/${wsp.id}/employer-contacts/week`), 404);

    // Everyone in the region sees the log; only the one who logged an entry corrects it.
    const entries = (await adviser.client.request('GET', `/api/v1/employers/${e.id}/contact-log`)).json<{
      items: { id: string; professionalUserId: string }[];
    }>().items;
    expect(entries).toHaveLength(4);
    const own = entries[0]!;
    expectProblem(
      await adviser.client.request('PATCH', `/api/v1/employers/${e.id}/contact-log/${own.id}`, { outcome: 'Anders' }),
      403,
    );
    const fixed = await coach.client.request('PATCH', `/api/v1/employers/${e.id}/contact-log/${own.id}`, {
      outcome: 'Verbeterd',
    });
    expect(fixed.json<{ outcome: string }>().outcome).toBe('Verbeterd');
    // A job coach from another region cannot log contacts with this employer.
    const far = await as(elsewhere, 'jobCoach');
    expectProblem(
      await far.client.request('POST', `/api/v1/employers/${e.id}/contact-log`, {
        contactDate: today,
        kind: 'phone',
        purpose: 'followUp',
      }),
      404,
    );
  });
});
