/**
 * The learning network through HTTP: who may coordinate, public listing of published events, registration
 * for a full event onto the waiting list and the move up (with its mail) after a cancellation, capacity
 * never exceeded under concurrent registrations, reminders the day before (once), attendance, materials
 * and the calendar files (parsed back with ical.js).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import type { ModuleDeps } from '../../app.js';
import type { RoleName } from '../../platform/config/config.js';
import { sendDueReminders } from './learning-network.service.js';
import { addDays, fromLocal, localDate } from './time.js';

let t: TestApp;
let institute: { id: string };
let gemeente: { id: string };
let editor: Client;
let networkId: string;

async function person(org: { id: string }, role: RoleName, name?: string) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }], name ? { name } : {});
  return { client: await login(t.app, user.email, PASSWORD), user };
}

/** A day `days` from today (Dutch calendar) at `time`, as the API takes it. */
const day = (days: number, time: string) => `${addDays(localDate(new Date()), days)}T${time}`;

interface EventBody {
  id: string;
  status: string;
  startsAt: string;
  startsLocal: string;
  registeredCount: number;
  waitlistCount: number;
  placesLeft: number;
  onlineUrl: string | null;
  myRegistration: { status: string; waitingListPosition: number | null; attended: boolean | null } | null;
  materials: { knowledgeItemId: string; title: string; published: boolean }[];
  permissions: { manage: boolean };
}

async function createEvent(body: Record<string, unknown>): Promise<EventBody> {
  const res = await editor.request('POST', `/api/v1/learning-networks/${networkId}/events`, {
    type: 'kennisatelier',
    title: `Kennisatelier ${uid()}`,
    startsAt: day(20, '10:00'),
    endsAt: day(20, '12:00'),
    location: 'Stadskantoor Utrecht',
    capacity: 1,
    status: 'published',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<EventBody>();
}

function deps(): ModuleDeps {
  return { config: t.config, db: t.db, mailQueued: () => undefined } as unknown as ModuleDeps;
}

beforeAll(async () => {
  t = await buildTestApp();
  institute = await makeOrg(t.db, { type: 'knowledgeInstitute' });
  gemeente = await makeOrg(t.db, { type: 'gemeente' });
  editor = (await person(institute, 'knowledgeEditor')).client;
  const res = await editor.request('POST', '/api/v1/learning-networks', {
    organisationId: institute.id,
    name: `Lokaal & integraal werken aan participatie ${uid()}`,
    description: 'Voor professionals, inwoners en beleidsmakers.',
  });
  expect(res.statusCode, res.body).toBe(201);
  networkId = res.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

describe('who may coordinate', () => {
  it('the creator is coordinator; a job coach may not start a network; a programme manager not for another organisation', async () => {
    const network = await editor.request('GET', `/api/v1/learning-networks/${networkId}`);
    expect(network.json()).toMatchObject({ membership: { coordinator: true }, memberCount: 1 });

    const coach = (await person(gemeente, 'jobCoach')).client;
    expectProblem(
      await coach.request('POST', '/api/v1/learning-networks', { organisationId: gemeente.id, name: `X ${uid()}` }),
      403,
    );
    const manager = (await person(gemeente, 'programmeManager')).client;
    expectProblem(
      await manager.request('POST', '/api/v1/learning-networks', { organisationId: institute.id, name: `Y ${uid()}` }),
      403,
    );
  });

  it('a knowledge editor of the organisation who is not a coordinator cannot plan events until made one', async () => {
    const other = await person(institute, 'knowledgeEditor');
    const body = {
      type: 'webinar',
      title: 'Webinar',
      startsAt: day(30, '15:00'),
      endsAt: day(30, '16:00'),
      onlineUrl: 'https://meet.example.nl/webinar',
      capacity: 100,
    };
    const refused = expectProblem(
      await other.client.request('POST', `/api/v1/learning-networks/${networkId}/events`, body),
      403,
    );
    expect(refused.detail).toMatch(/coördinator/);

    const added = await editor.request('POST', `/api/v1/learning-networks/${networkId}/members`, {
      email: other.user.email,
      memberKind: 'professional',
      coordinator: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const created = await other.client.request('POST', `/api/v1/learning-networks/${networkId}/events`, body);
    expect(created.statusCode, created.body).toBe(201);

    // A job coach cannot be made coordinator: they hold no coordinating role in the organisation.
    const coach = await person(gemeente, 'jobCoach');
    const notEligible = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/members`, {
        email: coach.user.email,
        memberKind: 'professional',
        coordinator: true,
      }),
      400,
    );
    expect(notEligible.errors?.[0]?.location.pointer).toBe('/coordinator');
  });

  it('anyone logged in can join as professional, resident or policy maker; the last coordinator cannot leave', async () => {
    const resident = (await person(gemeente, 'participant')).client;
    const joined = await resident.request('PUT', `/api/v1/learning-networks/${networkId}/membership`, {
      memberKind: 'resident',
    });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({ membership: { memberKind: 'resident', coordinator: false } });
    expectProblem(await resident.request('GET', `/api/v1/learning-networks/${networkId}/members`), 403);
    const members = await editor.request('GET', `/api/v1/learning-networks/${networkId}/members`);
    expect(members.json<{ items: { memberKind: string }[] }>().items.map((m) => m.memberKind)).toContain('resident');
    const left = await resident.request('DELETE', `/api/v1/learning-networks/${networkId}/membership`);
    expect(left.json()).toMatchObject({ membership: null });

    const manager = (await person(gemeente, 'programmeManager')).client;
    const own = await manager.request('POST', '/api/v1/learning-networks', {
      organisationId: gemeente.id,
      name: `Leergang gemeenten ${uid()}`,
    });
    expect(own.statusCode, own.body).toBe(201);
    const ownId = own.json<{ id: string }>().id;
    expectProblem(await manager.request('DELETE', `/api/v1/learning-networks/${ownId}/membership`), 409);
  });
});

describe('events', () => {
  it('checks times on the Dutch clock: a time in the spring DST gap, an end before the start, no place', async () => {
    const gap = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/events`, {
        type: 'training',
        title: 'Nachttraining',
        startsAt: '2027-03-28T02:30',
        endsAt: '2027-03-28T04:00',
        capacity: 10,
      }),
      400,
    );
    expect(gap.errors?.map((e) => [e.location.pointer, e.code])).toEqual([
      ['/startsAt', 'time-does-not-exist'],
      ['/location', 'place-required'],
    ]);
    const backwards = expectProblem(
      await editor.request('POST', `/api/v1/learning-networks/${networkId}/events`, {
        type: 'training',
        title: 'Training',
        startsAt: day(10, '12:00'),
        endsAt: day(10, '11:00'),
        location: 'Houten',
        capacity: 10,
      }),
      400,
    );
    expect(backwards.errors?.[0]?.location.pointer).toBe('/endsAt');
  });

  it('stores a time just after the autumn change as winter time, shows it as entered', async () => {
    const e = await createEvent({ startsAt: '2027-10-31T19:00', endsAt: '2027-10-31T21:00' });
    expect(e.startsAt).toBe('2027-10-31T18:00:00.000Z');
    expect(e.startsLocal).toBe('2027-10-31T19:00');
    const summer = await createEvent({ startsAt: '2027-10-30T19:00', endsAt: '2027-10-30T21:00' });
    expect(summer.startsAt).toBe('2027-10-30T17:00:00.000Z');
  });

  it('published events are public; drafts only for coordinators; registering needs a login', async () => {
    const published = await createEvent({ title: `Openbaar ${uid()}` });
    const draft = await createEvent({ title: `Concept ${uid()}`, status: 'draft' });
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events?networkId=${networkId}` });
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json<{ items: { id: string }[] }>().items.map((e) => e.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/learning-events/${draft.id}` }), 404);
    const mine = await editor.request('GET', `/api/v1/learning-events?networkId=${networkId}`);
    expect(mine.json<{ items: { id: string }[] }>().items.map((e) => e.id)).toContain(draft.id);

    expectProblem(
      await t.app.inject({ method: 'PUT', url: `/api/v1/learning-events/${published.id}/registration` }),
      401,
    );
    const someone = (await person(gemeente, 'consultant')).client;
    expectProblem(await someone.request('PUT', `/api/v1/learning-events/${draft.id}/registration`), 404);
  });
});

describe('registration with a waiting list', () => {
  it('a full event puts people on the waiting list; a cancellation moves the first up and mails them', async () => {
    const event = await createEvent({ capacity: 1, onlineUrl: 'https://meet.example.nl/atelier' });
    const anna = await person(gemeente, 'consultant', `Anna ${uid()}`);
    const bram = await person(gemeente, 'jobCoach', `Bram ${uid()}`);
    const cato = await person(gemeente, 'consultant', `Cato ${uid()}`);
    const url = `/api/v1/learning-events/${event.id}/registration`;

    const a = await anna.client.request('PUT', url);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toEqual({ status: 'registered', waitingListPosition: null, attended: null });
    // Asking again changes nothing.
    const again = await anna.client.request('PUT', url);
    expect(again.statusCode).toBe(200);
    const b = await bram.client.request('PUT', url);
    expect(b.json()).toMatchObject({ status: 'waitlisted', waitingListPosition: 1 });
    const c = await cato.client.request('PUT', url);
    expect(c.json()).toMatchObject({ status: 'waitlisted', waitingListPosition: 2 });

    // The online link only for someone with a place.
    expect((await anna.client.request('GET', `/api/v1/learning-events/${event.id}`)).json<EventBody>().onlineUrl).toBe(
      'https://meet.example.nl/atelier',
    );
    expect(
      (await bram.client.request('GET', `/api/v1/learning-events/${event.id}`)).json<EventBody>().onlineUrl,
    ).toBeNull();
    const publicView = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events/${event.id}` });
    expect(publicView.json()).toMatchObject({
      registeredCount: 1,
      waitlistCount: 2,
      placesLeft: 0,
      myRegistration: null,
      onlineUrl: null,
    });

    const cancelled = await anna.client.request('DELETE', url);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await bram.client.request('GET', `/api/v1/learning-events/${event.id}`)).json<EventBody>()).toMatchObject({
      myRegistration: { status: 'registered', waitingListPosition: null },
      registeredCount: 1,
      waitlistCount: 1,
    });
    expect(
      (await cato.client.request('GET', `/api/v1/learning-events/${event.id}`)).json<EventBody>().myRegistration,
    ).toMatchObject({ status: 'waitlisted', waitingListPosition: 1 });

    const mails = await t.mails();
    const toBram = mails.filter((m) => m.to === bram.user.email);
    expect(toBram.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^U staat op de wachtlijst: /),
      expect.stringMatching(/^Er is een plaats voor u: /),
    ]);
    expect(toBram[1]!.text).toContain(`/leernetwerk/activiteiten/${event.id}`);
    expect(mails.filter((m) => m.to === cato.user.email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^U staat op de wachtlijst/),
    ]);

    // The coordinator sees the list in order; someone else may not.
    const list = await editor.request('GET', `/api/v1/learning-events/${event.id}/registrations`);
    expect(list.json<{ items: { userId: string; status: string }[] }>().items.map((r) => [r.userId, r.status])).toEqual(
      [
        [bram.user.id, 'registered'],
        [cato.user.id, 'waitlisted'],
        [anna.user.id, 'cancelled'],
      ],
    );
    expectProblem(await bram.client.request('GET', `/api/v1/learning-events/${event.id}/registrations`), 403);

    // Anna registers again: she joins the end of the waiting list.
    expect((await anna.client.request('PUT', url)).json()).toMatchObject({
      status: 'waitlisted',
      waitingListPosition: 2,
    });

    // More places: the waiting list moves up in order.
    const more = await editor.request('PATCH', `/api/v1/learning-events/${event.id}`, { capacity: 3 });
    expect(more.json()).toMatchObject({ registeredCount: 3, waitlistCount: 0 });
    const fewer = expectProblem(
      await editor.request('PATCH', `/api/v1/learning-events/${event.id}`, { capacity: 2 }),
      400,
    );
    expect(fewer.errors?.[0]).toMatchObject({ location: { pointer: '/capacity' }, code: 'below-registered' });
  });

  it('never gives more places than the capacity, also when many register at the same moment', async () => {
    const event = await createEvent({ capacity: 3, startsAt: day(40, '10:00'), endsAt: day(40, '11:00') });
    const people = await Promise.all(Array.from({ length: 7 }, () => person(gemeente, 'consultant')));
    const answers = await Promise.all(
      people.map((p) => p.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(7).fill(201));
    const statuses = answers.map((a) => a.json<{ status: string }>().status);
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(4);
    const positions = answers
      .map((a) => a.json<{ waitingListPosition: number | null }>().waitingListPosition)
      .filter((p) => p !== null)
      .sort();
    expect(positions).toEqual([1, 2, 3, 4]);
  });

  it('a cancelled event mails everyone who had a place or waited, and takes no registrations', async () => {
    const event = await createEvent({ capacity: 1, startsAt: day(50, '10:00'), endsAt: day(50, '11:00') });
    const one = await person(gemeente, 'consultant');
    const two = await person(gemeente, 'consultant');
    await one.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    await two.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    const res = await editor.request('PATCH', `/api/v1/learning-events/${event.id}`, { status: 'cancelled' });
    expect(res.json()).toMatchObject({ status: 'cancelled' });
    const subjects = (await t.mails()).filter((m) => [one.user.email, two.user.email].includes(m.to));
    expect(subjects.filter((m) => m.subject.startsWith('Afgelast:'))).toHaveLength(2);
    const third = await person(gemeente, 'consultant');
    expectProblem(await third.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`), 409);
    expectProblem(await editor.request('PATCH', `/api/v1/learning-events/${event.id}`, { status: 'published' }), 409);
  });
});

describe('reminders the day before', () => {
  it('mails each person with a place once, from 09:00 on the day before', async () => {
    const event = await createEvent({ capacity: 1, startsAt: day(60, '14:00'), endsAt: day(60, '16:00') });
    const placed = await person(gemeente, 'consultant');
    const waiting = await person(gemeente, 'consultant');
    await placed.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    await waiting.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    const at = (local: string) => {
      const r = fromLocal(local);
      return r.ok ? r.instant : new Date(Number.NaN);
    };
    const mailsTo = async (email: string) => (await t.mails()).filter((m) => m.to === email).map((m) => m.subject);

    await sendDueReminders(deps(), at(day(59, '08:59')));
    expect(await mailsTo(placed.user.email)).not.toContainEqual(expect.stringMatching(/^Morgen:/));
    await sendDueReminders(deps(), at(day(59, '09:05')));
    await sendDueReminders(deps(), at(day(59, '15:00')));
    expect((await mailsTo(placed.user.email)).filter((s) => s.startsWith('Morgen:'))).toHaveLength(1);
    expect((await mailsTo(waiting.user.email)).filter((s) => s.startsWith('Morgen:'))).toHaveLength(0);
    const reminder = (await t.mails()).find((m) => m.to === placed.user.email && m.subject.startsWith('Morgen:'))!;
    expect(reminder.text).toContain('14:00–16:00');
  });
});

describe('attendance and materials', () => {
  it('records who attended once the event has started; only people with a place', async () => {
    const event = await createEvent({ capacity: 1, startsAt: day(70, '10:00'), endsAt: day(70, '11:00') });
    const came = await person(gemeente, 'consultant');
    const waited = await person(gemeente, 'consultant');
    await came.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    await waited.client.request('PUT', `/api/v1/learning-events/${event.id}/registration`);
    const url = `/api/v1/learning-events/${event.id}/attendance`;
    expectProblem(await editor.request('PUT', url, { entries: [{ userId: came.user.id, attended: true }] }), 409);

    await t.db.query(
      `UPDATE learning_events SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [event.id],
    );
    const wrong = expectProblem(
      await editor.request('PUT', url, {
        entries: [
          { userId: came.user.id, attended: true },
          { userId: waited.user.id, attended: true },
        ],
      }),
      400,
    );
    expect(wrong.errors?.map((e) => e.location.pointer)).toEqual(['/entries/1/userId']);
    const ok = await editor.request('PUT', url, { entries: [{ userId: came.user.id, attended: true }] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await came.client.request('GET', `/api/v1/learning-events/${event.id}`)).json<EventBody>().myRegistration,
    ).toMatchObject({ status: 'registered', attended: true });
    // After the start nobody can cancel any more.
    expectProblem(await came.client.request('DELETE', `/api/v1/learning-events/${event.id}/registration`), 409);
  });

  it('links knowledge items as materials; the public sees only published ones', async () => {
    const event = await createEvent({});
    const items: string[] = [];
    for (const status of ['published', 'draft']) {
      const { rows } = await t.db.query<{ id: string }>(
        `INSERT INTO knowledge_items (slug, type, title, summary, status) VALUES ($1, 'guide', $2, 'Samenvatting.', $3) RETURNING id`,
        [`handreiking-${uid()}`, `Handreiking ${status}`, status],
      );
      items.push(rows[0]!.id);
    }
    const res = await editor.request('PUT', `/api/v1/learning-events/${event.id}/materials`, {
      knowledgeItemIds: items,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<EventBody>().materials.map((m) => m.knowledgeItemId)).toEqual(items);
    const publicView = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events/${event.id}` });
    expect(publicView.json<EventBody>().materials.map((m) => m.title)).toEqual(['Handreiking published']);
    const unknown = expectProblem(
      await editor.request('PUT', `/api/v1/learning-events/${event.id}/materials`, {
        knowledgeItemIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      400,
    );
    expect(unknown.errors?.[0]?.location.pointer).toBe('/knowledgeItemIds/0');
  });
});

describe('calendar files', () => {
  it('serves one event and the network feed as text/calendar that a calendar parser reads', async () => {
    const event = await createEvent({
      title: 'Webinar; werk & inkomen, zorg',
      startsAt: '2027-03-28T10:00',
      endsAt: '2027-03-28T11:30',
    });
    const file = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events/${event.id}/calendar.ics` });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toMatch(/attachment; filename=".*\.ics"/);
    const root = new ICAL.Component(ICAL.parse(file.body) as unknown[]);
    ICAL.TimezoneService.register(new ICAL.Timezone(root.getFirstSubcomponent('vtimezone')!));
    const vevent = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(`${event.id}@localhost`);
    expect(vevent.summary).toBe('Webinar; werk & inkomen, zorg');
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');

    const feed = await t.app.inject({ method: 'GET', url: `/api/v1/learning-networks/${networkId}/calendar.ics` });
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const feedRoot = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
    const uids = feedRoot.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toContain(`${event.id}@localhost`);
    expect(new Set(uids).size).toBe(uids.length);

    // A change of time raises SEQUENCE, keeps the UID.
    await editor.request('PATCH', `/api/v1/learning-events/${event.id}`, { startsAt: '2027-03-28T10:30' });
    const changed = await t.app.inject({ method: 'GET', url: `/api/v1/learning-events/${event.id}/calendar.ics` });
    const changedEvent = new ICAL.Event(
      new ICAL.Component(ICAL.parse(changed.body) as unknown[]).getFirstSubcomponent('vevent')!,
    );
    expect(changedEvent.uid).toBe(vevent.uid);
    expect(changedEvent.sequence).toBe(vevent.sequence + 1);
  });
});
