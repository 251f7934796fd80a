/**
 * Contacts: appointments (planned) and contacts that took place (held), with who was present and a
 * note. A contact belongs to the organisation that recorded it: its professionals see it through their
 * assignment there; another organisation only with the participant's consent (appointments: `plan`;
 * notes: `contactNotes`, the most sensitive category). The participant sees all of their own.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import { getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import { openTrajectoryIn } from '../jobs/jobs.data.js';
import * as data from './contacts.data.js';
import type { Contact, ContactCreateBody, ContactListQuery, ContactPatchBody } from './contacts.schemas.js';

/** A contact is of the organisation that recorded it; `userId` is the participant's own account (self). */
const contactResource = (
  c: { id: string; participantId: string; organisationId: string },
  participantUserId: string | null,
): ResourceRef => ({
  type: 'contact',
  id: c.id,
  participantId: c.participantId,
  organisationId: c.organisationId,
  userId: participantUserId,
});

/** Shows a contact as the actor may see it: null when hidden, without the note when notes are hidden. */
async function show(scope: Scope, row: data.ContactRow, participantUserId: string | null): Promise<Contact | null> {
  const { note, occursAt, recordedAt, ...rest } = row;
  const base = {
    ...rest,
    kind: rest.kind as Contact['kind'],
    status: rest.status as Contact['status'],
    occursAt: occursAt.toISOString(),
    recordedAt: recordedAt.toISOString(),
    hasNote: note !== null && note !== '',
    note,
  };
  const { row: visible, hidden } = await scope.withoutHidden(base, contactResource(row, participantUserId), {
    'contact.read': [],
    ...(base.hasNote ? { 'contact.readNotes': ['note'] as const } : {}),
  });
  if (hidden.includes('contact.read')) {
    return null;
  }
  return visible as Contact;
}

/** The participant's contacts the actor may see, each without its note when the actor may not read notes. */
export async function listContacts(
  ctx: RequestContext,
  participantId: string,
  query: ContactListQuery,
): Promise<Contact[]> {
  return ctx.data.read((scope) => readContacts(scope, participantId, query));
}

/**
 * {@link listContacts} inside a unit of work the caller runs: the same checks, stripping and audit records, which
 * then commit with the caller's other reads (`GET /participants/{id}?expand=contacts`).
 * @param scope - the caller's scoped data handle
 * @param participantId - the participant
 * @param query - the list's filters (`{}`: all contacts, as the endpoint without query)
 * @throws AppError 404 when the actor may not see the participant's contacts at all
 */
export async function readContacts(scope: Scope, participantId: string, query: ContactListQuery): Promise<Contact[]> {
  const participant = await scope.readOne(
    'contact.read',
    () => getParticipant(scope.q, participantId),
    participantResource,
  );
  const shown: Contact[] = [];
  for (const row of await data.findContactsOfParticipant(scope.q, participantId, query)) {
    const c = await show(scope, row, participant.userId);
    if (c) {
      shown.push(c);
    }
  }
  return shown;
}

function check(c: data.ContactFields, errors: FieldError[]): void {
  const at = Date.parse(c.occursAt);
  const now = Date.now();
  if (c.status === 'planned' && at < now - 60 * 60_000) {
    errors.push({ in: 'body', pointer: '/occursAt', code: 'planned-in-past', detailKey: 'field.contact-planned-past' });
  }
  if ((c.status === 'held' || c.status === 'noShow') && at > now + 15 * 60_000) {
    errors.push({ in: 'body', pointer: '/occursAt', code: 'held-in-future', detailKey: 'field.contact-held-future' });
  }
  if (at < Date.parse('2000-01-01T00:00:00Z')) {
    errors.push({ in: 'body', pointer: '/occursAt', code: 'date-too-early', detailKey: 'field.date-too-early' });
  }
}

const clean = (s: string | null | undefined) => (s === undefined || s === null ? null : s.trim() || null);

export async function createContact(
  ctx: RequestContext,
  participantId: string,
  body: ContactCreateBody,
): Promise<Contact> {
  const id = await ctx.data.run(async (scope) => {
    const participant = await scope.readOne(
      'contact.manage',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    // The contact is of an organisation where the actor works with this participant.
    const organisationId = await scope.organisationFor('contact.manage', {
      type: 'contact',
      participantId: participant.id,
    });
    const fields: data.ContactFields = {
      occursAt: body.occursAt,
      durationMinutes: body.durationMinutes ?? null,
      kind: body.kind,
      status: body.status,
      location: clean(body.location),
      present: clean(body.present),
      note: clean(body.note),
    };
    const errors: FieldError[] = [];
    check(fields, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    return data.insertContact(scope.q, {
      ...fields,
      participantId,
      organisationId,
      trajectoryId: await openTrajectoryIn(scope.q, participantId, organisationId),
      recordedBy: scope.userId,
    });
  });
  return getOne(ctx, participantId, id);
}

async function getOne(ctx: RequestContext, participantId: string, id: string): Promise<Contact> {
  const contact = await ctx.data.read(async (scope) => {
    const participant = await scope.readOne(
      'contact.read',
      () => getParticipant(scope.q, participantId),
      participantResource,
    );
    const row = await data.getContact(scope.q, participantId, id);
    return row ? show(scope, row, participant.userId) : null;
  });
  if (!contact) {
    throw new AppError('not-found');
  }
  return contact;
}

export async function updateContact(
  ctx: RequestContext,
  participantId: string,
  contactId: string,
  body: ContactPatchBody,
): Promise<Contact> {
  await ctx.data.run(async (scope) => {
    const current = await scope.readOne(
      'contact.manage',
      () => data.getContact(scope.q, participantId, contactId),
      // Changing is for professionals only (no self grant), so the participant's account plays no part.
      (c) => contactResource(c, null),
    );
    const fields: data.ContactFields = {
      occursAt: body.occursAt ?? current.occursAt.toISOString(),
      durationMinutes: body.durationMinutes !== undefined ? body.durationMinutes : current.durationMinutes,
      kind: body.kind ?? current.kind,
      status: body.status ?? current.status,
      location: body.location !== undefined ? clean(body.location) : current.location,
      present: body.present !== undefined ? clean(body.present) : current.present,
      note: body.note !== undefined ? clean(body.note) : current.note,
    };
    const errors: FieldError[] = [];
    // Only the changed moment or status is checked again: an old contact stays valid as it was.
    if (body.occursAt !== undefined || body.status !== undefined) {
      check(fields, errors);
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateContact(scope.q, contactId, fields);
  });
  return getOne(ctx, participantId, contactId);
}
