/**
 * The learning network (seed 004): networks of professionals, residents and policy makers with their
 * coordinators; events with a capacity, registration and a waiting list; reminders the day before;
 * attendance; materials afterwards; calendar files. Rules in rules.ts and time.ts; reasons in ADR 0013.
 *
 * Who may do what: published events and networks are public. Coordinating a network needs the grant
 * (knowledge editor or programme manager in the organisation that runs it) and being one of its
 * coordinators. Registering, cancelling, joining and leaving are for anyone logged in, for themself.
 */
import type { ModuleDeps } from '../../app.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ActionName } from '../../platform/access/grants.js';
import type { ResourceRef } from '../../platform/access/types.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { translate, type Language, type MessageKey } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import * as data from './learning-network.data.js';
import { buildCalendar, type CalendarEvent } from './ical.js';
import { formatEventTime, mayMoveTo, placeFor, placesToFill } from './rules.js';
import { fromLocal, toLocal } from './time.js';
import { getGroup, isGroupMember } from './learning-tracks.data.js';
import type {
  AttendanceBody,
  Event,
  EventCreateBody,
  EventPatchBody,
  EventQuery,
  EventType,
  MaterialsBody,
  MemberAddBody,
  MemberKind,
  MemberPatchBody,
  MyRegistration,
  Network,
  NetworkCreateBody,
  NetworkPatchBody,
} from './learning-network.schemas.js';

/** Roles that may coordinate a network of their organisation (the grants table says the same). */
export const COORDINATOR_ROLES = ['knowledgeEditor', 'programmeManager'];

const networkResource = (n: { id: string; organisationId: string }): ResourceRef => ({
  type: 'learningNetwork',
  id: n.id,
  organisationId: n.organisationId,
});

/** Links in mails and calendars. */
export function eventUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/$/, '')}/leernetwerk/activiteiten/${id}`;
}

// ---------------------------------------------------------------------------------------------------
// Who is asking

/** The acting user's id, or null when nobody (or an API token) is logged in. */
function userIdOf(scope: Scope): string | null {
  return scope.actor?.kind === 'user' ? scope.actor.userId : null;
}

/** Answers of {@link coordinates} within one unit of work (a list asks it for every event of a network). */
const coordinatorAnswers = new WeakMap<Scope, Map<string, Promise<boolean>>>();

/** Whether the actor may coordinate the network: the grant for `action` and a coordinator of it. */
function coordinates(scope: Scope, action: ActionName, network: { id: string; organisationId: string }) {
  let answers = coordinatorAnswers.get(scope);
  if (!answers) {
    answers = new Map();
    coordinatorAnswers.set(scope, answers);
  }
  const key = `${action}:${network.id}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = (async () => {
      const userId = userIdOf(scope);
      if (!userId) {
        return false;
      }
      const granted = (await scope.can([action], networkResource(network)))[action];
      if (!granted) {
        return false;
      }
      const member = await data.getMember(scope.q, network.id, userId);
      return member?.coordinator === true;
    })();
    answers.set(key, answer);
  }
  return answer;
}

/** Checks (and audits) that the actor coordinates the network. 403 otherwise: the network itself is public. */
async function requireCoordinator(scope: Scope, action: ActionName, network: { id: string; organisationId: string }) {
  if (!(await coordinates(scope, action, network))) {
    throw new AppError('forbidden', { detailKey: 'learningNetwork.not-coordinator' });
  }
  await scope.authorize(action, networkResource(network));
}

/** Whether the actor coordinates the network (for the learning tracks and intervision groups). */
export function coordinatesNetwork(scope: Scope, network: { id: string; organisationId: string }): Promise<boolean> {
  return coordinates(scope, 'learningNetwork.manage', network);
}

/** Requires the actor to coordinate the network (403 otherwise). */
export function requireNetworkCoordinator(
  scope: Scope,
  network: { id: string; organisationId: string },
): Promise<void> {
  return requireCoordinator(scope, 'learningNetwork.manage', network);
}

// ---------------------------------------------------------------------------------------------------
// Networks

async function toNetwork(scope: Scope, n: data.NetworkRow): Promise<Network> {
  const userId = userIdOf(scope);
  const member = userId ? await data.getMember(scope.q, n.id, userId) : null;
  return {
    id: n.id,
    organisationId: n.organisationId,
    organisationName: n.organisationName,
    name: n.name,
    description: n.description,
    memberCount: n.memberCount,
    upcomingEventCount: n.upcomingEventCount,
    coordinators: n.coordinators,
    membership: member ? { memberKind: member.memberKind, coordinator: member.coordinator } : null,
    createdAt: n.createdAt.toISOString(),
  };
}

async function loadNetwork(scope: Scope, id: string): Promise<data.NetworkRow> {
  const n = await data.getNetwork(scope.q, id);
  if (!n) {
    throw new AppError('not-found');
  }
  return n;
}

export async function listNetworks(ctx: RequestContext): Promise<{ items: Network[] }> {
  return ctx.data.read(async (scope) => {
    const rows = await data.findNetworks(scope.q);
    const items: Network[] = [];
    for (const n of rows) {
      items.push(await toNetwork(scope, n));
    }
    return { items };
  });
}

export async function getNetwork(ctx: RequestContext, id: string): Promise<Network> {
  return ctx.data.read(async (scope) => toNetwork(scope, await loadNetwork(scope, id)));
}

export async function createNetwork(ctx: RequestContext, body: NetworkCreateBody): Promise<Network> {
  const id = await ctx.data.run(async (scope) => {
    const resource = { type: 'learningNetwork', organisationId: body.organisationId };
    if (!(await scope.can(['learningNetwork.create'], resource))['learningNetwork.create']) {
      throw new AppError('forbidden');
    }
    await scope.authorize('learningNetwork.create', resource);
    const name = body.name.trim();
    if (await data.networkNameTaken(scope.q, name, null)) {
      throw invalidInput([{ in: 'body', pointer: '/name', code: 'taken', detailKey: 'learningNetwork.name-taken' }]);
    }
    const created = await data.insertNetwork(scope.q, {
      organisationId: body.organisationId,
      name,
      description: body.description?.trim() ?? '',
      createdBy: scope.userId,
    });
    await data.upsertMember(scope.q, {
      networkId: created,
      userId: scope.userId,
      memberKind: 'professional',
      coordinator: true,
    });
    return created;
  });
  return getNetwork(ctx, id);
}

export async function updateNetwork(ctx: RequestContext, id: string, body: NetworkPatchBody): Promise<Network> {
  await ctx.data.run(async (scope) => {
    const n = await loadNetwork(scope, id);
    await requireCoordinator(scope, 'learningNetwork.manage', n);
    const name = body.name?.trim();
    if (name !== undefined && (await data.networkNameTaken(scope.q, name, id))) {
      throw invalidInput([{ in: 'body', pointer: '/name', code: 'taken', detailKey: 'learningNetwork.name-taken' }]);
    }
    await data.updateNetwork(scope.q, id, { name, description: body.description?.trim() });
  });
  return getNetwork(ctx, id);
}

/** Joins the network (or changes how one takes part) as the logged-in user. */
export async function join(ctx: RequestContext, id: string, memberKind: MemberKind): Promise<Network> {
  await ctx.data.run(async (scope) => {
    await loadNetwork(scope, id);
    await scope.authorize('learningNetwork.join', { type: 'learningNetworkMember', id, userId: scope.userId });
    await data.upsertMember(scope.q, { networkId: id, userId: scope.userId, memberKind, coordinator: null });
  });
  return getNetwork(ctx, id);
}

export async function leave(ctx: RequestContext, id: string): Promise<Network> {
  await ctx.data.run(async (scope) => {
    await loadNetwork(scope, id);
    await scope.authorize('learningNetwork.join', { type: 'learningNetworkMember', id, userId: scope.userId });
    const me = await data.getMember(scope.q, id, scope.userId);
    if (me?.coordinator && (await data.countCoordinators(scope.q, id)) === 1) {
      throw new AppError('conflict', { detailKey: 'learningNetwork.last-coordinator' });
    }
    await data.deleteMember(scope.q, id, scope.userId);
  });
  return getNetwork(ctx, id);
}

const toMember = (m: data.MemberRow) => ({
  userId: m.userId,
  name: m.name,
  email: m.email,
  memberKind: m.memberKind,
  coordinator: m.coordinator,
  joinedAt: m.joinedAt.toISOString(),
});

export async function listMembers(ctx: RequestContext, id: string) {
  return ctx.data.read(async (scope) => {
    const n = await loadNetwork(scope, id);
    await requireCoordinator(scope, 'learningNetwork.readMembers', n);
    const rows = await data.findMembers(scope.q, id);
    for (const m of rows) {
      scope.auditEvent('learningNetwork.readMembers', { type: 'user', id: m.userId, userId: m.userId }, 'allowed');
    }
    return { items: rows.map(toMember) };
  });
}

/** A coordinator must be able to coordinate: hold a coordinating role in the network's organisation. */
async function checkMayCoordinate(scope: Scope, network: data.NetworkRow, userId: string, errors: FieldError[]) {
  if (!(await data.holdsRole(scope.q, userId, network.organisationId, COORDINATOR_ROLES))) {
    errors.push({
      in: 'body',
      pointer: '/coordinator',
      code: 'not-eligible',
      detailKey: 'learningNetwork.coordinator-not-eligible',
    });
  }
}

export async function addMember(ctx: RequestContext, id: string, body: MemberAddBody) {
  return ctx.data.run(async (scope) => {
    const n = await loadNetwork(scope, id);
    await requireCoordinator(scope, 'learningNetwork.manage', n);
    await scope.authorize('learningNetwork.readMembers', networkResource(n));
    const user = await data.findActiveUserByEmail(scope.q, body.email);
    const errors: FieldError[] = [];
    if (!user) {
      errors.push({ in: 'body', pointer: '/email', code: 'unknown-user', detailKey: 'learningNetwork.unknown-user' });
    } else if (body.coordinator) {
      await checkMayCoordinate(scope, n, user.id, errors);
    }
    if (errors.length > 0 || !user) {
      throw invalidInput(errors);
    }
    await data.upsertMember(scope.q, {
      networkId: id,
      userId: user.id,
      memberKind: body.memberKind,
      coordinator: body.coordinator ?? false,
    });
    return toMember((await data.getMember(scope.q, id, user.id))!);
  });
}

export async function updateMember(ctx: RequestContext, id: string, userId: string, body: MemberPatchBody) {
  return ctx.data.run(async (scope) => {
    const n = await loadNetwork(scope, id);
    await requireCoordinator(scope, 'learningNetwork.manage', n);
    await scope.authorize('learningNetwork.readMembers', networkResource(n));
    const member = await data.getMember(scope.q, id, userId);
    if (!member) {
      throw new AppError('not-found');
    }
    const errors: FieldError[] = [];
    if (body.coordinator === true && !member.coordinator) {
      await checkMayCoordinate(scope, n, userId, errors);
    }
    if (body.coordinator === false && member.coordinator && (await data.countCoordinators(scope.q, id)) === 1) {
      errors.push({ in: 'body', pointer: '/coordinator', code: 'last', detailKey: 'learningNetwork.last-coordinator' });
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.upsertMember(scope.q, {
      networkId: id,
      userId,
      memberKind: body.memberKind ?? member.memberKind,
      coordinator: body.coordinator ?? null,
    });
    return toMember((await data.getMember(scope.q, id, userId))!);
  });
}

export async function removeMember(ctx: RequestContext, id: string, userId: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const n = await loadNetwork(scope, id);
    await requireCoordinator(scope, 'learningNetwork.manage', n);
    const member = await data.getMember(scope.q, id, userId);
    if (!member) {
      throw new AppError('not-found');
    }
    if (member.coordinator && (await data.countCoordinators(scope.q, id)) === 1) {
      throw new AppError('conflict', { detailKey: 'learningNetwork.last-coordinator' });
    }
    await data.deleteMember(scope.q, id, userId);
  });
}

// ---------------------------------------------------------------------------------------------------
// Events

async function myRegistrationOf(scope: Scope, eventId: string): Promise<MyRegistration | null> {
  const userId = userIdOf(scope);
  if (!userId) {
    return null;
  }
  const r = await data.getRegistration(scope.q, eventId, userId);
  return r ? { status: r.status, waitingListPosition: r.waitingListPosition, attended: r.attended } : null;
}

async function toEvent(scope: Scope, e: data.EventRow, opts: { withMaterials: boolean }): Promise<Event> {
  const manage = await coordinates(scope, 'learningNetwork.manage', {
    id: e.networkId,
    organisationId: e.organisationId,
  });
  const mine = await myRegistrationOf(scope, e.id);
  const materials = opts.withMaterials ? await data.findMaterials(scope.q, e.id, !manage) : [];
  return {
    id: e.id,
    networkId: e.networkId,
    networkName: e.networkName,
    type: e.type,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    startsLocal: toLocal(e.startsAt),
    endsLocal: toLocal(e.endsAt),
    location: e.location,
    // The link to join online: for those with a place, and the coordinators.
    onlineUrl: manage || mine?.status === 'registered' ? e.onlineUrl : null,
    online: e.onlineUrl !== null,
    capacity: e.capacity,
    status: e.status,
    intervisionGroupId: e.intervisionGroupId,
    registeredCount: e.registeredCount,
    waitlistCount: e.waitlistCount,
    placesLeft: Math.max(0, e.capacity - e.registeredCount),
    myRegistration: mine,
    materials: materials.map((m) => ({ ...m, addedAt: m.addedAt.toISOString() })),
    permissions: { manage },
    updatedAt: e.updatedAt.toISOString(),
  };
}

/**
 * Loads an event the actor may see: published and cancelled events for everyone, drafts for coordinators;
 * a session of an intervision group only for its members and the coordinators.
 */
async function loadVisibleEvent(scope: Scope, id: string): Promise<data.EventRow> {
  const e = await data.getEvent(scope.q, id);
  if (!e) {
    throw new AppError('not-found');
  }
  if (e.status !== 'draft' && e.intervisionGroupId === null) {
    return e;
  }
  if (await coordinates(scope, 'learningNetwork.manage', { id: e.networkId, organisationId: e.organisationId })) {
    return e;
  }
  const userId = userIdOf(scope);
  if (
    e.status !== 'draft' &&
    e.intervisionGroupId !== null &&
    userId !== null &&
    (await isGroupMember(scope.q, e.intervisionGroupId, userId))
  ) {
    return e;
  }
  throw new AppError('not-found');
}

/** The start of a calendar day in Amsterdam. */
function startOfDay(date: string): Date {
  const r = fromLocal(`${date}T00:00`);
  if (!r.ok) {
    throw new AppError('invalid-input');
  }
  return r.instant;
}

export async function listEvents(ctx: RequestContext, query: EventQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return ctx.data.read(async (scope) => {
    const userId = userIdOf(scope);
    const from = query.from ? startOfDay(query.from) : new Date();
    const to = query.to ? startOfDay(nextDay(query.to)) : null;
    const { rows, total } = await data.findEvents(scope.q, {
      networkId: query.networkId ?? null,
      type: query.type ?? null,
      from,
      to,
      allStatusesIn: userId ? await data.coordinatedNetworkIds(scope.q, userId) : [],
      userId,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const items: Event[] = [];
    for (const e of rows) {
      items.push(await toEvent(scope, e, { withMaterials: false }));
    }
    return { items, total, page, pageSize };
  });
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export async function getEvent(ctx: RequestContext, id: string): Promise<Event> {
  return ctx.data.read(async (scope) => toEvent(scope, await loadVisibleEvent(scope, id), { withMaterials: true }));
}

/** The events the logged-in user has a place for or waits for, from today on. */
export async function myEvents(ctx: RequestContext): Promise<{ items: Event[] }> {
  return ctx.data.read(async (scope) => {
    await scope.authorize('learningEvent.register', { type: 'learningEventRegistration', userId: scope.userId });
    const rows = await data.findEventsOfUser(scope.q, scope.userId, startOfDay(toLocal(new Date()).slice(0, 10)));
    const items: Event[] = [];
    for (const e of rows) {
      items.push(await toEvent(scope, e, { withMaterials: false }));
    }
    return { items };
  });
}

interface EventInput {
  type: EventType;
  title: string;
  description: string;
  startsLocal: string;
  endsLocal: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
}

/** Checks the times and place of an event; adds field errors and returns the instants when valid. */
function checkEventInput(input: EventInput, errors: FieldError[]): { startsAt: Date; endsAt: Date } | null {
  const starts = fromLocal(input.startsLocal);
  const ends = fromLocal(input.endsLocal);
  for (const [r, pointer] of [
    [starts, '/startsAt'],
    [ends, '/endsAt'],
  ] as const) {
    if (!r.ok) {
      errors.push({
        in: 'body',
        pointer,
        code: r.reason === 'nonexistent' ? 'time-does-not-exist' : 'invalid-date',
        detailKey: r.reason === 'nonexistent' ? 'learningNetwork.time-does-not-exist' : 'field.format.date-time',
      });
    }
  }
  if (!input.location && !input.onlineUrl) {
    errors.push({
      in: 'body',
      pointer: '/location',
      code: 'place-required',
      detailKey: 'learningNetwork.place-required',
    });
  }
  if (!starts.ok || !ends.ok) {
    return null;
  }
  if (ends.instant <= starts.instant) {
    errors.push({
      in: 'body',
      pointer: '/endsAt',
      code: 'before-start',
      detailKey: 'learningNetwork.ends-before-start',
    });
  } else if (ends.instant.getTime() - starts.instant.getTime() > 14 * 24 * 3_600_000) {
    errors.push({ in: 'body', pointer: '/endsAt', code: 'too-long', detailKey: 'learningNetwork.too-long' });
  }
  return { startsAt: starts.instant, endsAt: ends.instant };
}

export async function createEvent(ctx: RequestContext, networkId: string, body: EventCreateBody): Promise<Event> {
  const id = await ctx.data.run(async (scope) => {
    const n = await loadNetwork(scope, networkId);
    await requireCoordinator(scope, 'learningNetwork.manage', n);
    const errors: FieldError[] = [];
    const input: EventInput = {
      type: body.type,
      title: body.title.trim(),
      description: body.description?.trim() ?? '',
      startsLocal: body.startsAt,
      endsLocal: body.endsAt,
      location: body.location?.trim() || null,
      onlineUrl: body.onlineUrl ?? null,
      capacity: body.capacity,
    };
    const times = checkEventInput(input, errors);
    if (times && times.startsAt <= new Date()) {
      errors.push({ in: 'body', pointer: '/startsAt', code: 'in-past', detailKey: 'learningNetwork.starts-in-past' });
    }
    const groupId = body.intervisionGroupId ?? null;
    if (groupId !== null) {
      const group = await getGroup(scope.q, groupId);
      if (!group || group.networkId !== networkId) {
        errors.push({
          in: 'body',
          pointer: '/intervisionGroupId',
          code: 'unknown-group',
          detailKey: 'learningNetwork.unknown-group',
        });
      } else if (input.type !== 'intervisie') {
        errors.push({
          in: 'body',
          pointer: '/type',
          code: 'not-intervision',
          detailKey: 'learningNetwork.group-needs-intervision',
        });
      }
    }
    if (errors.length > 0 || !times) {
      throw invalidInput(errors);
    }
    return data.insertEvent(scope.q, {
      ...input,
      ...times,
      status: body.status ?? 'draft',
      networkId,
      createdBy: scope.userId,
      intervisionGroupId: groupId,
    });
  });
  return getEvent(ctx, id);
}

export async function updateEvent(
  ctx: RequestContext,
  deps: ModuleDeps,
  id: string,
  body: EventPatchBody,
): Promise<Event> {
  await ctx.data.run(async (scope) => {
    const current = await data.getEvent(scope.q, id);
    if (!current) {
      throw new AppError('not-found');
    }
    await requireCoordinator(scope, 'learningNetwork.manage', {
      id: current.networkId,
      organisationId: current.organisationId,
    });
    await data.lockEvent(scope.q, id);
    const e = (await data.getEvent(scope.q, id))!;
    const status = body.status ?? e.status;
    if (e.status === 'cancelled') {
      throw new AppError('conflict', { detailKey: 'learningNetwork.event-cancelled' });
    }
    const errors: FieldError[] = [];
    if (!mayMoveTo(e.status, status)) {
      errors.push({
        in: 'body',
        pointer: '/status',
        code: 'not-allowed',
        detailKey: 'learningNetwork.status-not-allowed',
      });
    }
    const input: EventInput = {
      type: body.type ?? e.type,
      title: body.title?.trim() ?? e.title,
      description: body.description?.trim() ?? e.description,
      startsLocal: body.startsAt ?? toLocal(e.startsAt),
      endsLocal: body.endsAt ?? toLocal(e.endsAt),
      location: body.location === undefined ? e.location : body.location?.trim() || null,
      onlineUrl: body.onlineUrl === undefined ? e.onlineUrl : body.onlineUrl,
      capacity: body.capacity ?? e.capacity,
    };
    const times = checkEventInput(input, errors);
    if (e.intervisionGroupId !== null && input.type !== 'intervisie') {
      errors.push({
        in: 'body',
        pointer: '/type',
        code: 'not-intervision',
        detailKey: 'learningNetwork.group-needs-intervision',
      });
    }
    if (input.capacity < e.registeredCount) {
      errors.push({
        in: 'body',
        pointer: '/capacity',
        code: 'below-registered',
        detailKey: 'learningNetwork.capacity-below-registered',
        params: { count: e.registeredCount },
      });
    }
    if (errors.length > 0 || !times) {
      throw invalidInput(errors);
    }
    // Unchanged times keep their instant (a time in the autumn's double hour stays the one it was).
    const startsAt = body.startsAt === undefined ? e.startsAt : times.startsAt;
    const endsAt = body.endsAt === undefined ? e.endsAt : times.endsAt;
    const timeChanged = startsAt.getTime() !== e.startsAt.getTime() || endsAt.getTime() !== e.endsAt.getTime();
    const calendarChange =
      timeChanged ||
      input.title !== e.title ||
      input.description !== e.description ||
      input.location !== e.location ||
      input.onlineUrl !== e.onlineUrl ||
      status !== e.status;
    await data.updateEvent(
      scope.q,
      id,
      { ...input, startsAt, endsAt, status },
      { bumpSequence: calendarChange, resetReminders: startsAt.getTime() !== e.startsAt.getTime() },
    );
    const updated = { ...e, ...input, startsAt, endsAt, status };
    if (status === 'cancelled') {
      for (const r of await data.findActiveRegistrations(scope.q, id)) {
        await mailAbout(scope, deps, updated, r, 'cancelled');
      }
    } else if (status === 'published' && startsAt > new Date()) {
      // More places before the start: the waiting list moves up.
      const placed = await data.countPlaced(scope.q, id);
      const count = placesToFill({ capacity: input.capacity, placed, waiting: e.waitlistCount });
      for (const r of await data.promoteFromWaitingList(scope.q, id, count)) {
        await mailAbout(scope, deps, updated, r, 'promoted');
      }
    }
  });
  deps.mailQueued();
  return getEvent(ctx, id);
}

type MailKind = 'registered' | 'waitlisted' | 'promoted' | 'cancelled' | 'reminder';

function mailText(
  deps: ModuleDeps,
  e: { id: string; title: string; startsAt: Date; endsAt: Date; location: string | null; onlineUrl: string | null },
  to: { name: string; language: Language },
  kind: MailKind,
  extra: Record<string, string | number> = {},
): { subject: string; text: string } {
  const lang = to.language;
  const place = e.location ? e.location : translate(lang, 'learningNetwork.mail.online');
  const params = {
    name: to.name,
    title: e.title,
    when: formatEventTime(e.startsAt, e.endsAt, lang),
    place,
    link: eventUrl(deps.config.publicUrl, e.id),
    ...extra,
  };
  return {
    subject: translate(lang, `learningNetwork.mail.${kind}.subject` as MessageKey, params),
    text: translate(lang, `learningNetwork.mail.${kind}.body` as MessageKey, params),
  };
}

async function mailAbout(
  scope: Scope,
  deps: ModuleDeps,
  e: { id: string; title: string; startsAt: Date; endsAt: Date; location: string | null; onlineUrl: string | null },
  r: { email: string; name: string; language: Language; waitingListPosition?: number | null },
  kind: MailKind,
): Promise<void> {
  const { subject, text } = mailText(deps, e, r, kind, { position: r.waitingListPosition ?? '' });
  await enqueueMail(scope.q, { to: r.email, subject, text });
}

/** Whether the event still takes registrations and cancellations: published and not started. */
function checkOpen(e: data.EventRow): void {
  if (e.status !== 'published') {
    throw new AppError('conflict', { detailKey: 'learningNetwork.event-not-open' });
  }
  if (e.startsAt <= new Date()) {
    throw new AppError('conflict', { detailKey: 'learningNetwork.event-started' });
  }
}

/**
 * Registers the logged-in user: a place while there is room, otherwise the waiting list. Decided under the
 * event's row lock, so two people asking for the last place at once never both get it.
 * @returns the user's registration and whether it is new
 */
export async function register(
  ctx: RequestContext,
  deps: ModuleDeps,
  id: string,
): Promise<{ created: boolean; registration: MyRegistration }> {
  const result = await ctx.data.run(async (scope) => {
    await loadVisibleEvent(scope, id);
    await scope.authorize('learningEvent.register', { type: 'learningEventRegistration', id, userId: scope.userId });
    await data.lockEvent(scope.q, id);
    const e = (await data.getEvent(scope.q, id))!;
    checkOpen(e);
    const existing = await data.getRegistration(scope.q, id, scope.userId);
    if (existing && existing.status !== 'cancelled') {
      return { created: false };
    }
    const status = placeFor({ capacity: e.capacity, placed: e.registeredCount, waiting: e.waitlistCount });
    await data.upsertRegistration(scope.q, { eventId: id, userId: scope.userId, status });
    const mine = (await data.getRegistration(scope.q, id, scope.userId))!;
    await mailAbout(scope, deps, e, mine, status);
    return { created: true };
  });
  deps.mailQueued();
  const registration = await ctx.data.read(async (scope) => (await myRegistrationOf(scope, id))!);
  return { created: result.created, registration };
}

/**
 * Cancels the logged-in user's registration. When they had a place, the first on the waiting list gets it
 * (and a mail), in the same transaction.
 */
export async function cancel(ctx: RequestContext, deps: ModuleDeps, id: string): Promise<MyRegistration> {
  await ctx.data.run(async (scope) => {
    await loadVisibleEvent(scope, id);
    await scope.authorize('learningEvent.register', { type: 'learningEventRegistration', id, userId: scope.userId });
    await data.lockEvent(scope.q, id);
    const e = (await data.getEvent(scope.q, id))!;
    const mine = await data.getRegistration(scope.q, id, scope.userId);
    if (!mine || mine.status === 'cancelled') {
      throw new AppError('not-found', { detailKey: 'learningNetwork.not-registered' });
    }
    checkOpen(e);
    await data.cancelRegistration(scope.q, id, scope.userId);
    if (mine.status === 'registered') {
      const count = placesToFill({ capacity: e.capacity, placed: e.registeredCount - 1, waiting: e.waitlistCount });
      for (const r of await data.promoteFromWaitingList(scope.q, id, count)) {
        await mailAbout(scope, deps, e, r, 'promoted');
      }
    }
  });
  deps.mailQueued();
  return ctx.data.read(async (scope) => (await myRegistrationOf(scope, id))!);
}

const toRegistration = (r: data.RegistrationRow) => ({
  userId: r.userId,
  name: r.name,
  email: r.email,
  status: r.status,
  waitingListPosition: r.waitingListPosition,
  requestedAt: r.requestedAt.toISOString(),
  placedAt: r.placedAt?.toISOString() ?? null,
  cancelledAt: r.cancelledAt?.toISOString() ?? null,
  attended: r.attended,
});

export async function listRegistrations(ctx: RequestContext, id: string) {
  return ctx.data.read(async (scope) => {
    const e = await loadVisibleEvent(scope, id);
    await requireCoordinator(scope, 'learningEvent.readRegistrations', {
      id: e.networkId,
      organisationId: e.organisationId,
    });
    const rows = await data.findRegistrations(scope.q, id);
    for (const r of rows) {
      scope.auditEvent('learningEvent.readRegistrations', { type: 'user', id: r.userId, userId: r.userId }, 'allowed');
    }
    return { items: rows.map(toRegistration) };
  });
}

/** Records who attended (only people who had a place; only once the event has started). */
export async function recordAttendance(ctx: RequestContext, id: string, body: AttendanceBody) {
  await ctx.data.run(async (scope) => {
    const e = await loadVisibleEvent(scope, id);
    await requireCoordinator(scope, 'learningEvent.recordAttendance', {
      id: e.networkId,
      organisationId: e.organisationId,
    });
    if (e.status !== 'published' || e.startsAt > new Date()) {
      throw new AppError('conflict', { detailKey: 'learningNetwork.attendance-too-early' });
    }
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    body.entries.forEach((entry, i) => {
      if (seen.has(entry.userId)) {
        errors.push({
          in: 'body',
          pointer: `/entries/${i}/userId`,
          code: 'duplicate',
          detailKey: 'learningNetwork.duplicate-entry',
        });
      }
      seen.add(entry.userId);
    });
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const missing = await data.recordAttendance(scope.q, id, body.entries, scope.userId);
    if (missing.length > 0) {
      throw invalidInput(
        body.entries
          .map((entry, i) => ({ entry, i }))
          .filter(({ entry }) => missing.includes(entry.userId))
          .map(({ i }) => ({
            in: 'body' as const,
            pointer: `/entries/${i}/userId`,
            code: 'no-place',
            detailKey: 'learningNetwork.attendance-no-place' as const,
          })),
      );
    }
    for (const entry of body.entries) {
      scope.auditEvent(
        'learningEvent.recordAttendance',
        { type: 'user', id: entry.userId, userId: entry.userId },
        'allowed',
      );
    }
  });
  return listRegistrations(ctx, id);
}

export async function setMaterials(ctx: RequestContext, id: string, body: MaterialsBody): Promise<Event> {
  await ctx.data.run(async (scope) => {
    const e = await loadVisibleEvent(scope, id);
    await requireCoordinator(scope, 'learningNetwork.manage', { id: e.networkId, organisationId: e.organisationId });
    const found = await data.existingKnowledgeItems(scope.q, body.knowledgeItemIds);
    const errors: FieldError[] = body.knowledgeItemIds
      .map((itemId, i) => ({ itemId, i }))
      .filter(({ itemId }) => !found.has(itemId))
      .map(({ i }) => ({
        in: 'body' as const,
        pointer: `/knowledgeItemIds/${i}`,
        code: 'unknown-item',
        detailKey: 'learningNetwork.unknown-knowledge-item' as const,
      }));
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.replaceMaterials(scope.q, id, body.knowledgeItemIds, scope.userId);
  });
  return getEvent(ctx, id);
}

// ---------------------------------------------------------------------------------------------------
// Calendars

function calendarEvent(deps: ModuleDeps, e: data.EventRow, lang: Language, withOnlineUrl: boolean): CalendarEvent {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: e.location ?? (e.onlineUrl ? translate(lang, 'learningNetwork.mail.online') : null),
    onlineUrl: withOnlineUrl ? e.onlineUrl : null,
    url: eventUrl(deps.config.publicUrl, e.id),
    status: e.status,
    sequence: e.sequence,
    category: translate(lang, `learningNetwork.type.${e.type}` as MessageKey),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

function calendarOptions(deps: ModuleDeps, name: string, lang: Language, refreshHours?: number) {
  return {
    name,
    uidHost: new URL(deps.config.publicUrl).hostname,
    now: new Date(),
    onlineLabel: translate(lang, 'learningNetwork.ical.online-link'),
    ...(refreshHours ? { refreshHours } : {}),
  };
}

/** The .ics file of one event; the online link only for someone with a place (or a coordinator). */
export async function eventCalendar(ctx: RequestContext, deps: ModuleDeps, id: string): Promise<string> {
  return ctx.data.read(async (scope) => {
    const e = await loadVisibleEvent(scope, id);
    if (e.status === 'draft') {
      throw new AppError('not-found');
    }
    const shown = await toEvent(scope, e, { withMaterials: false });
    return buildCalendar(
      [calendarEvent(deps, e, ctx.lang, shown.onlineUrl !== null)],
      calendarOptions(deps, e.networkName, ctx.lang),
    );
  });
}

/** The feed of a network: its published and cancelled events from 30 days ago on. */
export async function networkCalendar(ctx: RequestContext, deps: ModuleDeps, id: string): Promise<string> {
  return ctx.data.read(async (scope) => {
    const n = await loadNetwork(scope, id);
    const events = await data.findFeedEvents(scope.q, id, new Date(Date.now() - 30 * 24 * 3_600_000));
    return buildCalendar(
      events.map((e) => calendarEvent(deps, e, ctx.lang, false)),
      calendarOptions(deps, n.name, ctx.lang, 6),
    );
  });
}

// ---------------------------------------------------------------------------------------------------
// Reminders (background)

/**
 * Queues the reminders that are due at `now` (see time.ts `reminderDue`), each registration once; the
 * claim and the mails commit together, so a crash never loses or repeats one. Safe to run on several
 * instances at once.
 * @returns how many reminders were queued
 */
export async function sendDueReminders(deps: ModuleDeps, now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await deps.db.tx(async (tx) => {
      const due = await data.claimDueReminders(tx, now, 100);
      for (const r of due) {
        const e = (await data.getEvent(tx, r.eventId))!;
        const { subject, text } = mailText(deps, e, r, 'reminder');
        await enqueueMail(tx, { to: r.email, subject, text });
      }
      return due.length;
    });
    total += sent;
    if (sent < 100) {
      break;
    }
  }
  if (total > 0) {
    deps.mailQueued();
  }
  return total;
}

/**
 * Runs {@link sendDueReminders} every `intervalMs` once the job queue starts (server start), until the app
 * closes. Returns the stop function.
 */
export function scheduleReminders(
  deps: ModuleDeps,
  log: { error(obj: object, msg: string): void },
  intervalMs = 10 * 60 * 1000,
): { start: () => Promise<void>; stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => sendDueReminders(deps))
      .catch((error: unknown) => log.error({ err: error }, 'learning network reminders failed'));
  };
  return {
    async start() {
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) {
        clearInterval(timer);
      }
      await running;
    },
  };
}
