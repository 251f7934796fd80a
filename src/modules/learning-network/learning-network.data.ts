/** SQL of the learning network: networks, members, events, registrations and reminders. */
import type { Queryable } from '../../platform/db/db.js';
import type { EventType, MemberKind, RegistrationStatus } from './learning-network.schemas.js';

// ---------------------------------------------------------------------------------------------------
// Networks and members

export interface NetworkRow {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  memberCount: number;
  upcomingEventCount: number;
  coordinators: string[];
  createdAt: Date;
}

const NETWORK_SELECT = `SELECT n.id, n.organisation_id AS "organisationId", o.name AS "organisationName", n.name, n.description,
       (SELECT count(*)::int FROM learning_network_members m WHERE m.network_id = n.id) AS "memberCount",
       (SELECT count(*)::int FROM learning_events e
         WHERE e.network_id = n.id AND e.status = 'published' AND e.ends_at > now()) AS "upcomingEventCount",
       COALESCE((SELECT array_agg(u.name ORDER BY u.name) FROM learning_network_members m JOIN users u ON u.id = m.user_id
         WHERE m.network_id = n.id AND m.is_coordinator), '{}') AS coordinators,
       n.created_at AS "createdAt"
  FROM learning_networks n JOIN organisations o ON o.id = n.organisation_id`;

export async function findNetworks(q: Queryable): Promise<NetworkRow[]> {
  const { rows } = await q.query<NetworkRow>(`${NETWORK_SELECT} ORDER BY n.name`);
  return rows;
}

export async function getNetwork(q: Queryable, id: string): Promise<NetworkRow | null> {
  const { rows } = await q.query<NetworkRow>(`${NETWORK_SELECT} WHERE n.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function networkNameTaken(q: Queryable, name: string, exceptId: string | null): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM learning_networks WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)',
    [name, exceptId],
  );
  return rows.length > 0;
}

export async function insertNetwork(
  q: Queryable,
  n: { organisationId: string; name: string; description: string; createdBy: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_networks (organisation_id, name, description, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [n.organisationId, n.name, n.description, n.createdBy],
  );
  return rows[0]!.id;
}

export async function updateNetwork(
  q: Queryable,
  id: string,
  patch: { name?: string | undefined; description?: string | undefined },
): Promise<void> {
  await q.query(
    `UPDATE learning_networks SET name = COALESCE($2, name), description = COALESCE($3, description), updated_at = now()
      WHERE id = $1`,
    [id, patch.name ?? null, patch.description ?? null],
  );
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  language: 'nl' | 'en';
  memberKind: MemberKind;
  coordinator: boolean;
  joinedAt: Date;
}

const MEMBER_SELECT = `SELECT m.user_id AS "userId", u.name, u.email, u.language, m.member_kind AS "memberKind",
       m.is_coordinator AS coordinator, m.joined_at AS "joinedAt"
  FROM learning_network_members m JOIN users u ON u.id = m.user_id`;

export async function findMembers(q: Queryable, networkId: string): Promise<MemberRow[]> {
  const { rows } = await q.query<MemberRow>(
    `${MEMBER_SELECT} WHERE m.network_id = $1 ORDER BY m.is_coordinator DESC, u.name, u.id`,
    [networkId],
  );
  return rows;
}

export async function getMember(q: Queryable, networkId: string, userId: string): Promise<MemberRow | null> {
  const { rows } = await q.query<MemberRow>(`${MEMBER_SELECT} WHERE m.network_id = $1 AND m.user_id = $2`, [
    networkId,
    userId,
  ]);
  return rows[0] ?? null;
}

export async function upsertMember(
  q: Queryable,
  m: { networkId: string; userId: string; memberKind: MemberKind; coordinator: boolean | null },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_network_members (network_id, user_id, member_kind, is_coordinator)
     VALUES ($1, $2, $3, COALESCE($4, false))
     ON CONFLICT (network_id, user_id) DO UPDATE
       SET member_kind = EXCLUDED.member_kind,
           is_coordinator = COALESCE($4, learning_network_members.is_coordinator)`,
    [m.networkId, m.userId, m.memberKind, m.coordinator],
  );
}

export async function deleteMember(q: Queryable, networkId: string, userId: string): Promise<void> {
  await q.query('DELETE FROM learning_network_members WHERE network_id = $1 AND user_id = $2', [networkId, userId]);
}

export async function countCoordinators(q: Queryable, networkId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM learning_network_members WHERE network_id = $1 AND is_coordinator',
    [networkId],
  );
  return rows[0]?.n ?? 0;
}

export async function findActiveUserByEmail(
  q: Queryable,
  email: string,
): Promise<{ id: string; name: string; email: string; language: 'nl' | 'en' } | null> {
  const { rows } = await q.query<{ id: string; name: string; email: string; language: 'nl' | 'en' }>(
    `SELECT id, name, email, language FROM users WHERE lower(email) = lower($1) AND status <> 'disabled'`,
    [email],
  );
  return rows[0] ?? null;
}

/** Whether the user holds one of `roles` in the organisation. */
export async function holdsRole(
  q: Queryable,
  userId: string,
  organisationId: string,
  roles: string[],
): Promise<boolean> {
  const { rows } = await q.query(
    'SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = ANY($3::text[])',
    [userId, organisationId, roles],
  );
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------------
// Events

export interface EventRow {
  id: string;
  networkId: string;
  networkName: string;
  organisationId: string;
  type: EventType;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
  status: 'draft' | 'published' | 'cancelled';
  /** Set for a session of an intervision group: only its members (and coordinators) see it. */
  intervisionGroupId: string | null;
  sequence: number;
  registeredCount: number;
  waitlistCount: number;
  createdAt: Date;
  updatedAt: Date;
}

const EVENT_SELECT = `SELECT e.id, e.network_id AS "networkId", n.name AS "networkName", n.organisation_id AS "organisationId",
       e.type, e.title, e.description, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.location,
       e.online_url AS "onlineUrl", e.capacity, e.status, e.intervision_group_id AS "intervisionGroupId", e.sequence,
       (SELECT count(*)::int FROM learning_event_registrations r WHERE r.event_id = e.id AND r.status = 'registered') AS "registeredCount",
       (SELECT count(*)::int FROM learning_event_registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS "waitlistCount",
       e.created_at AS "createdAt", e.updated_at AS "updatedAt"
  FROM learning_events e JOIN learning_networks n ON n.id = e.network_id`;

export async function getEvent(q: Queryable, id: string): Promise<EventRow | null> {
  const { rows } = await q.query<EventRow>(`${EVENT_SELECT} WHERE e.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Locks the event row for the rest of the transaction: registrations for one event are decided one at a time. */
export async function lockEvent(q: Queryable, id: string): Promise<void> {
  await q.query('SELECT id FROM learning_events WHERE id = $1 FOR UPDATE', [id]);
}

export interface EventFilter {
  networkId: string | null;
  type: EventType | null;
  /** Events that end after this instant. */
  from: Date;
  /** Events that start before this instant; null: no end. */
  to: Date | null;
  /** Also drafts and cancelled events of these networks (the caller coordinates them). */
  allStatusesIn: string[];
  /** The caller, for the sessions of their intervision groups; null: nobody logged in. */
  userId: string | null;
  limit: number;
  offset: number;
}

export async function findEvents(q: Queryable, f: EventFilter): Promise<{ rows: EventRow[]; total: number }> {
  const where = `WHERE ($1::uuid IS NULL OR e.network_id = $1) AND ($2::text IS NULL OR e.type = $2)
      AND e.ends_at > $3 AND ($4::timestamptz IS NULL OR e.starts_at < $4)
      AND (e.status = 'published' OR e.network_id = ANY($5::uuid[]))
      AND (e.intervision_group_id IS NULL OR e.network_id = ANY($5::uuid[]) OR EXISTS (
            SELECT 1 FROM learning_intervision_members g WHERE g.group_id = e.intervision_group_id AND g.user_id = $6))`;
  const params = [f.networkId, f.type, f.from, f.to, f.allStatusesIn, f.userId];
  const [{ rows }, count] = [
    await q.query<EventRow>(`${EVENT_SELECT} ${where} ORDER BY e.starts_at, e.id LIMIT $7 OFFSET $8`, [
      ...params,
      f.limit,
      f.offset,
    ]),
    await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM learning_events e ${where}`, params),
  ];
  return { rows, total: count.rows[0]?.n ?? 0 };
}

/** Published and cancelled events of a network from `since` on, for its calendar feed. */
export async function findFeedEvents(q: Queryable, networkId: string, since: Date): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    `${EVENT_SELECT} WHERE e.network_id = $1 AND e.status IN ('published', 'cancelled') AND e.ends_at > $2
       AND e.intervision_group_id IS NULL
     ORDER BY e.starts_at, e.id LIMIT 1000`,
    [networkId, since],
  );
  return rows;
}

/** Events the user registered for or waits for (not cancelled), from `since` on. */
export async function findEventsOfUser(q: Queryable, userId: string, since: Date): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    `${EVENT_SELECT} JOIN learning_event_registrations r ON r.event_id = e.id AND r.user_id = $1
      WHERE r.status <> 'cancelled' AND e.ends_at > $2 AND e.status <> 'draft'
      ORDER BY e.starts_at, e.id LIMIT 500`,
    [userId, since],
  );
  return rows;
}

/** Networks the user coordinates (ids). */
export async function coordinatedNetworkIds(q: Queryable, userId: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT network_id AS id FROM learning_network_members WHERE user_id = $1 AND is_coordinator',
    [userId],
  );
  return rows.map((r) => r.id);
}

export interface EventFields {
  type: EventType;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
  status: 'draft' | 'published' | 'cancelled';
}

export async function insertEvent(
  q: Queryable,
  e: EventFields & { networkId: string; createdBy: string; intervisionGroupId: string | null },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO learning_events (network_id, type, title, description, starts_at, ends_at, location, online_url, capacity,
       status, created_by, intervision_group_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      e.networkId,
      e.type,
      e.title,
      e.description,
      e.startsAt,
      e.endsAt,
      e.location,
      e.onlineUrl,
      e.capacity,
      e.status,
      e.createdBy,
      e.intervisionGroupId,
    ],
  );
  return rows[0]!.id;
}

/**
 * Writes the event's new fields. `bumpSequence`: calendars must pick the change up (time, place, status).
 * `resetReminders`: the time changed, so everyone is reminded again for the new day.
 */
export async function updateEvent(
  q: Queryable,
  id: string,
  e: EventFields,
  opts: { bumpSequence: boolean; resetReminders: boolean },
): Promise<void> {
  await q.query(
    `UPDATE learning_events SET type = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, location = $7,
            online_url = $8, capacity = $9, status = $10, sequence = sequence + CASE WHEN $11 THEN 1 ELSE 0 END,
            updated_at = now()
      WHERE id = $1`,
    [
      id,
      e.type,
      e.title,
      e.description,
      e.startsAt,
      e.endsAt,
      e.location,
      e.onlineUrl,
      e.capacity,
      e.status,
      opts.bumpSequence,
    ],
  );
  if (opts.resetReminders) {
    await q.query(
      `UPDATE learning_event_registrations SET reminded_at = NULL WHERE event_id = $1 AND status = 'registered'`,
      [id],
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Registrations

export interface RegistrationRow {
  id: string;
  eventId: string;
  userId: string;
  name: string;
  email: string;
  language: 'nl' | 'en';
  status: RegistrationStatus;
  /** 1-based place on the waiting list, null when not waiting. */
  waitingListPosition: number | null;
  requestedAt: Date;
  placedAt: Date | null;
  cancelledAt: Date | null;
  attended: boolean | null;
}

const REGISTRATION_SELECT = `SELECT r.id, r.event_id AS "eventId", r.user_id AS "userId", u.name, u.email, u.language, r.status,
       CASE WHEN r.status = 'waitlisted' THEN (
         SELECT count(*)::int FROM learning_event_registrations w
          WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND (w.requested_at, w.id) <= (r.requested_at, r.id))
       END AS "waitingListPosition",
       r.requested_at AS "requestedAt", r.placed_at AS "placedAt", r.cancelled_at AS "cancelledAt", r.attended
  FROM learning_event_registrations r JOIN users u ON u.id = r.user_id`;

export async function getRegistration(q: Queryable, eventId: string, userId: string): Promise<RegistrationRow | null> {
  const { rows } = await q.query<RegistrationRow>(`${REGISTRATION_SELECT} WHERE r.event_id = $1 AND r.user_id = $2`, [
    eventId,
    userId,
  ]);
  return rows[0] ?? null;
}

/** Everyone who asked for a place: those with a place first, then the waiting list in order, then cancellations. */
export async function findRegistrations(q: Queryable, eventId: string): Promise<RegistrationRow[]> {
  const { rows } = await q.query<RegistrationRow>(
    `${REGISTRATION_SELECT} WHERE r.event_id = $1
     ORDER BY CASE r.status WHEN 'registered' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.requested_at, r.id`,
    [eventId],
  );
  return rows;
}

export async function countPlaced(q: Queryable, eventId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM learning_event_registrations WHERE event_id = $1 AND status = 'registered'`,
    [eventId],
  );
  return rows[0]?.n ?? 0;
}

/** Registers (or registers again after a cancellation): with a place, or at the end of the waiting list. */
export async function upsertRegistration(
  q: Queryable,
  r: { eventId: string; userId: string; status: 'registered' | 'waitlisted' },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_event_registrations (event_id, user_id, status, requested_at, placed_at)
     VALUES ($1, $2, $3, clock_timestamp(), CASE WHEN $3 = 'registered' THEN clock_timestamp() END)
     ON CONFLICT (event_id, user_id) DO UPDATE
       SET status = EXCLUDED.status, requested_at = EXCLUDED.requested_at, placed_at = EXCLUDED.placed_at,
           promoted_at = NULL, cancelled_at = NULL, reminded_at = NULL, attended = NULL,
           attendance_recorded_by = NULL, attendance_recorded_at = NULL`,
    [r.eventId, r.userId, r.status],
  );
}

export async function cancelRegistration(q: Queryable, eventId: string, userId: string): Promise<void> {
  await q.query(
    `UPDATE learning_event_registrations SET status = 'cancelled', cancelled_at = clock_timestamp()
      WHERE event_id = $1 AND user_id = $2`,
    [eventId, userId],
  );
}

/**
 * Gives the first `count` people on the waiting list a place, in order.
 * @returns who was moved up, for their mail
 */
export async function promoteFromWaitingList(q: Queryable, eventId: string, count: number): Promise<RegistrationRow[]> {
  if (count <= 0) {
    return [];
  }
  const { rows } = await q.query<{ id: string }>(
    `UPDATE learning_event_registrations SET status = 'registered', placed_at = clock_timestamp(), promoted_at = clock_timestamp()
      WHERE id IN (SELECT id FROM learning_event_registrations WHERE event_id = $1 AND status = 'waitlisted'
                    ORDER BY requested_at, id LIMIT $2)
      RETURNING id`,
    [eventId, count],
  );
  if (rows.length === 0) {
    return [];
  }
  const promoted = await q.query<RegistrationRow>(
    `${REGISTRATION_SELECT} WHERE r.id = ANY($1::uuid[]) ORDER BY r.requested_at, r.id`,
    [rows.map((r) => r.id)],
  );
  return promoted.rows;
}

/** Records attendance of people who had a place; returns the user ids that had none (not recorded). */
export async function recordAttendance(
  q: Queryable,
  eventId: string,
  entries: { userId: string; attended: boolean }[],
  recordedBy: string,
): Promise<string[]> {
  const { rows } = await q.query<{ userId: string }>(
    `UPDATE learning_event_registrations r SET attended = x.attended, attendance_recorded_by = $3,
            attendance_recorded_at = now()
       FROM unnest($2::uuid[], $4::boolean[]) AS x(user_id, attended)
      WHERE r.event_id = $1 AND r.user_id = x.user_id AND r.status = 'registered'
      RETURNING r.user_id AS "userId"`,
    [eventId, entries.map((e) => e.userId), recordedBy, entries.map((e) => e.attended)],
  );
  const done = new Set(rows.map((r) => r.userId));
  return entries.map((e) => e.userId).filter((id) => !done.has(id));
}

/** Everyone with a place or on the waiting list, for a mail about the event (cancellation). */
export async function findActiveRegistrations(q: Queryable, eventId: string): Promise<RegistrationRow[]> {
  const { rows } = await q.query<RegistrationRow>(
    `${REGISTRATION_SELECT} WHERE r.event_id = $1 AND r.status IN ('registered', 'waitlisted') ORDER BY r.requested_at, r.id`,
    [eventId],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Reminders

export interface DueReminder {
  registrationId: string;
  eventId: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

/**
 * Claims the registrations whose reminder is due at `now` and marks them reminded, in the caller's
 * transaction (the mails are queued in the same one): each registration is reminded once, and two
 * instances running this at once skip each other's rows. Due: from 09:00 Amsterdam time on the calendar
 * day before the start until that day ends, for places given before 09:00 that day (time.ts `reminderDue`
 * has the same rule, unit-tested).
 */
export async function claimDueReminders(q: Queryable, now: Date, limit: number): Promise<DueReminder[]> {
  const { rows } = await q.query<DueReminder>(
    `WITH due AS (
       SELECT r.id FROM learning_event_registrations r JOIN learning_events e ON e.id = r.event_id
        WHERE r.status = 'registered' AND r.reminded_at IS NULL AND e.status = 'published'
          AND e.starts_at > $1
          AND ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date = (e.starts_at AT TIME ZONE 'Europe/Amsterdam')::date - 1
          AND (((e.starts_at AT TIME ZONE 'Europe/Amsterdam')::date - 1) + time '09:00') AT TIME ZONE 'Europe/Amsterdam' <= $1
          AND r.placed_at < (((e.starts_at AT TIME ZONE 'Europe/Amsterdam')::date - 1) + time '09:00') AT TIME ZONE 'Europe/Amsterdam'
        ORDER BY e.starts_at, r.id
        LIMIT $2
        FOR UPDATE OF r SKIP LOCKED)
     UPDATE learning_event_registrations r SET reminded_at = $1 FROM due, users u
      WHERE r.id = due.id AND u.id = r.user_id
      RETURNING r.id AS "registrationId", r.event_id AS "eventId", u.email, u.name, u.language`,
    [now, limit],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Materials (knowledge items of migration 0010)

export interface MaterialRow {
  knowledgeItemId: string;
  slug: string;
  title: string;
  type: string;
  published: boolean;
  addedAt: Date;
}

export async function findMaterials(q: Queryable, eventId: string, publishedOnly: boolean): Promise<MaterialRow[]> {
  const { rows } = await q.query<MaterialRow>(
    `SELECT k.id AS "knowledgeItemId", k.slug, k.title, k.type, k.status = 'published' AS published, m.added_at AS "addedAt"
       FROM learning_event_materials m JOIN knowledge_items k ON k.id = m.knowledge_item_id
      WHERE m.event_id = $1 AND (NOT $2 OR k.status = 'published')
      ORDER BY m.position, m.added_at, k.id`,
    [eventId, publishedOnly],
  );
  return rows;
}

/** The ids among `ids` that are knowledge items that exist and are not archived. */
export async function existingKnowledgeItems(q: Queryable, ids: string[]): Promise<Set<string>> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM knowledge_items WHERE id = ANY($1::uuid[]) AND status <> 'archived'`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

/** Replaces the event's materials by `ids`, in that order. */
export async function replaceMaterials(q: Queryable, eventId: string, ids: string[], addedBy: string): Promise<void> {
  await q.query(
    'DELETE FROM learning_event_materials WHERE event_id = $1 AND NOT (knowledge_item_id = ANY($2::uuid[]))',
    [eventId, ids],
  );
  await q.query(
    `INSERT INTO learning_event_materials (event_id, knowledge_item_id, position, added_by)
     SELECT $1, x.id, x.ord, $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord)
     ON CONFLICT (event_id, knowledge_item_id) DO UPDATE SET position = EXCLUDED.position`,
    [eventId, ids, addedBy],
  );
}

// ---------------------------------------------------------------------------------------------------
// Demo data

/** A registration as it stood in the demo's past (with its own times and attendance). */
export async function insertDemoRegistration(
  q: Queryable,
  r: {
    eventId: string;
    userId: string;
    status: 'registered' | 'waitlisted';
    requestedAt: Date;
    attended: boolean | null;
    recordedBy: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO learning_event_registrations (event_id, user_id, status, requested_at, placed_at, attended,
       attendance_recorded_by, attendance_recorded_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $3 = 'registered' THEN $4::timestamptz END, $5, $6, CASE WHEN $5::boolean IS NOT NULL THEN now() END)`,
    [r.eventId, r.userId, r.status, r.requestedAt, r.attended, r.recordedBy],
  );
}

/** Published knowledge items, newest first, to link as demo materials (none when the portal has none yet). */
export async function findPublishedKnowledgeItemIds(q: Queryable, limit: number): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM knowledge_items WHERE status = 'published' ORDER BY published_on DESC NULLS LAST, id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

export async function insertDemoOrganisation(
  q: Queryable,
  o: { name: string; regionCode: string; municipalityCode: string; slug: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO organisations (name, type, region_code, municipality_code, slug) VALUES ($1, 'gemeente', $2, $3, $4)
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [o.name, o.regionCode, o.municipalityCode, o.slug],
  );
  return rows[0]!.id;
}
