/**
 * Participants (deelnemers): registration with a first trajectory, the caseload, the participant's
 * personal details and situation. The BSN is encrypted at rest and shown only to those granted
 * participant.readBsn; everyone else sees only that one is on file.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { Scope } from '../../platform/access/enforce.js';
import type { ResourceRef } from '../../platform/access/types.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { canonicalBsn, isValidBsn } from '../../shared/bsn.js';
import { checkPastDate, todayInNl, yearsBetween } from '../../shared/dates.js';
import { translate } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.data.js';
import { createUserToken } from '../auth/auth.data.js';
import * as userData from '../users/users.data.js';
import { getMunicipality } from '../regions/regions.data.js';
import * as trajectoryData from '../trajectories/trajectories.data.js';
import * as data from './participants.data.js';
import type {
  CaseloadSummary,
  CaseloadItem,
  CaseloadQuery,
  Participant,
  ParticipantCreateBody,
  ParticipantPatchBody,
} from './participants.schemas.js';
import { PARTICIPANT_PERMISSIONS } from './participants.schemas.js';

/** A participant is a person, not a record of one organisation: assignment in any organisation or consent reaches them. */
export const participantResource = (p: { id: string; userId: string | null }): ResourceRef => ({
  type: 'participant',
  id: p.id,
  participantId: p.id,
  userId: p.userId,
  organisationId: null,
});

/** The youngest age at which someone can take part (pro/vso pupils start around 14). */
const MIN_AGE = 14;

async function checkIdentity(
  scope: Scope,
  cipher: FieldCipher,
  body: Partial<ParticipantCreateBody>,
  organisationId: string,
  exceptId: string | null,
  errors: FieldError[],
): Promise<{ encrypted: string; hash: string } | null | undefined> {
  if (body.dateOfBirth !== undefined) {
    const today = todayInNl();
    if (body.dateOfBirth > today || yearsBetween(body.dateOfBirth, today) < MIN_AGE) {
      errors.push({
        in: 'body',
        pointer: '/dateOfBirth',
        code: 'too-young',
        detailKey: 'field.participant-too-young',
        params: { age: MIN_AGE },
      });
    } else if (body.dateOfBirth < '1900-01-01') {
      errors.push({ in: 'body', pointer: '/dateOfBirth', code: 'date-too-early', detailKey: 'field.date-too-early' });
    }
  }
  if (body.municipalityCode !== undefined && !(await getMunicipality(scope.q, body.municipalityCode))) {
    errors.push({
      in: 'body',
      pointer: '/municipalityCode',
      code: 'municipality-unknown',
      detailKey: 'field.municipality-unknown',
    });
  }
  if (body.givenName !== undefined && body.givenName.trim() === '') {
    errors.push({ in: 'body', pointer: '/givenName', code: 'required', detailKey: 'field.required' });
  }
  if (body.familyName !== undefined && body.familyName.trim() === '') {
    errors.push({ in: 'body', pointer: '/familyName', code: 'required', detailKey: 'field.required' });
  }
  if (body.bsn === undefined || body.bsn === null || body.bsn.trim() === '') {
    return body.bsn === undefined ? undefined : null;
  }
  if (!isValidBsn(body.bsn)) {
    errors.push({ in: 'body', pointer: '/bsn', code: 'bsn-invalid', detailKey: 'field.bsn-invalid' });
    return undefined;
  }
  const bsn = canonicalBsn(body.bsn);
  const hash = cipher.hash(bsn);
  if (await data.isBsnTaken(scope.q, organisationId, hash, exceptId)) {
    errors.push({ in: 'body', pointer: '/bsn', code: 'bsn-taken', detailKey: 'field.bsn-taken' });
    return undefined;
  }
  return { encrypted: cipher.encrypt(bsn), hash };
}

/** The organisation a new participant is registered by: the one given, or the actor's only eligible one. */
function registeringOrganisation(scope: Scope, given: string | undefined): string {
  if (given) {
    return given;
  }
  const actor = scope.actor;
  const eligible =
    actor?.kind === 'user'
      ? [
          ...new Set(
            actor.memberships
              .filter((m) => m.role === 'jobCoach' || m.role === 'consultant')
              .map((m) => m.organisationId),
          ),
        ]
      : [];
  if (eligible.length !== 1) {
    throw invalidInput([
      { in: 'body', pointer: '/organisationId', code: 'required', detailKey: 'field.organisation-choose' },
    ]);
  }
  return eligible[0]!;
}

export async function createParticipant(
  ctx: RequestContext,
  cipher: FieldCipher,
  body: ParticipantCreateBody,
): Promise<Participant> {
  const id = await ctx.data.run(async (scope) => {
    const organisationId = registeringOrganisation(scope, body.organisationId);
    const id = randomUUID();
    // The registering organisation must be one where the actor may register people (else 403/404).
    await scope.authorize('participant.create', {
      type: 'participant',
      id,
      participantId: id,
      organisationId,
    });
    const errors: FieldError[] = [];
    const bsn = await checkIdentity(scope, cipher, body, organisationId, null, errors);
    if (!(await trajectoryData.isActiveApproach(scope.q, body.approachCode))) {
      errors.push({
        in: 'body',
        pointer: '/approachCode',
        code: 'approach-unknown',
        detailKey: 'field.approach-unknown',
      });
    }
    checkPastDate(body.referralDate, '/referralDate', errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    const userId = scope.userId;
    await data.insertParticipant(scope.q, {
      id,
      organisationId,
      givenName: body.givenName.trim(),
      familyName: body.familyName.trim(),
      dateOfBirth: body.dateOfBirth,
      email: body.email?.trim() || null,
      phone: body.phone?.trim() || null,
      municipalityCode: body.municipalityCode,
      targetGroups: body.targetGroups ?? [],
      benefitSituation: body.benefitSituation ?? 'none',
      doelgroepregister: body.doelgroepregister ?? false,
      bsnEncrypted: bsn?.encrypted ?? null,
      bsnHash: bsn?.hash ?? null,
      createdBy: userId,
    });
    // The first trajectory, with the registering professional as its lead.
    const trajectoryId = randomUUID();
    await trajectoryData.insertTrajectory(scope.q, {
      id: trajectoryId,
      participantId: id,
      organisationId,
      approachCode: body.approachCode,
      referralDate: body.referralDate,
      createdBy: userId,
    });
    await trajectoryData.insertAssignment(scope.q, { trajectoryId, userId, isLead: true, assignedBy: userId });
    return id;
  });
  return getParticipant(ctx, cipher, id);
}

async function show(scope: Scope, cipher: FieldCipher, row: data.ParticipantRow): Promise<Participant> {
  const { userId: _u, bsnEncrypted, createdAt, updatedAt, ...rest } = row;
  const names = Object.keys(PARTICIPANT_PERMISSIONS) as (keyof typeof PARTICIPANT_PERMISSIONS)[];
  const allowed = await scope.can(Object.values(PARTICIPANT_PERMISSIONS), participantResource(row));
  const permissions = Object.fromEntries(
    names.map((n) => [n, allowed[PARTICIPANT_PERMISSIONS[n]]]),
  ) as Participant['permissions'];
  const shown: Participant = {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    permissions,
  };
  if (!bsnEncrypted) {
    return shown;
  }
  // The BSN is a part of its own: decrypted only when the actor may see it (and that read is audited).
  const { row: visible } = await scope.withoutHidden({ bsn: '' }, participantResource(row), {
    'participant.readBsn': ['bsn'],
  });
  return 'bsn' in visible ? { ...shown, bsn: cipher.decrypt(bsnEncrypted) } : shown;
}

async function load(
  scope: Scope,
  id: string,
  action: 'participant.read' | 'participant.update',
): Promise<data.ParticipantRow> {
  return scope.readOne(action, () => data.getParticipant(scope.q, id), participantResource);
}

export async function getParticipant(ctx: RequestContext, cipher: FieldCipher, id: string): Promise<Participant> {
  return ctx.data.read((scope) => readParticipant(scope, cipher, id));
}

/**
 * {@link getParticipant} inside a unit of work the caller runs: the same check, BSN rule and audit records, which
 * then commit with the caller's other reads (`participants.expand.service.ts`).
 * @param scope - the caller's scoped data handle
 * @param cipher - decrypts the BSN for those who may see it
 * @param id - the participant
 * @throws AppError 404 when the actor has no relationship to the participant
 */
export async function readParticipant(scope: Scope, cipher: FieldCipher, id: string): Promise<Participant> {
  return show(scope, cipher, await load(scope, id, 'participant.read'));
}

export async function updateParticipant(
  ctx: RequestContext,
  cipher: FieldCipher,
  id: string,
  body: ParticipantPatchBody,
): Promise<Participant> {
  await ctx.data.run(async (scope) => {
    const row = await load(scope, id, 'participant.update');
    const errors: FieldError[] = [];
    const bsn = await checkIdentity(scope, cipher, body, row.organisationId, id, errors);
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    await data.updateParticipant(scope.q, id, {
      ...(body.givenName !== undefined ? { givenName: body.givenName.trim() } : {}),
      ...(body.familyName !== undefined ? { familyName: body.familyName.trim() } : {}),
      ...(body.dateOfBirth !== undefined ? { dateOfBirth: body.dateOfBirth } : {}),
      ...(body.email !== undefined ? { email: body.email?.trim() || null } : {}),
      ...(body.phone !== undefined ? { phone: body.phone?.trim() || null } : {}),
      ...(body.municipalityCode !== undefined ? { municipalityCode: body.municipalityCode } : {}),
      ...(body.targetGroups !== undefined ? { targetGroups: body.targetGroups } : {}),
      ...(body.benefitSituation !== undefined ? { benefitSituation: body.benefitSituation } : {}),
      ...(body.doelgroepregister !== undefined ? { doelgroepregister: body.doelgroepregister } : {}),
      ...(bsn !== undefined ? { bsn } : {}),
    });
  });
  return getParticipant(ctx, cipher, id);
}

export async function listCaseload(
  ctx: RequestContext,
  query: CaseloadQuery,
): Promise<{ items: CaseloadItem[]; total: number; page: number; pageSize: number }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  let total = 0;
  const items = await ctx.data.read((scope) =>
    scope.readMany(
      'participant.list',
      async (s) => {
        const result = await data.findCaseload(scope.q, s, scope.visibleScope('trajectory.read'), {
          ...query,
          page,
          pageSize,
          lang: ctx.lang,
        });
        total = result.total;
        return result.rows;
      },
      (r) => ({
        type: 'participant',
        id: r.id,
        participantId: r.id,
        organisationId: r.trajectory?.organisationId ?? null,
      }),
    ),
  );
  return { items, total, page, pageSize };
}

/** The IPS norm: at most 20 participants per job coach (DOMAIN §1.2, fidelity item "caseload size"). */
export const IPS_CASELOAD_NORM = 20;

/** The actor's own caseload in numbers, with the IPS caseload norm as a signal. */
export async function getCaseloadSummary(ctx: RequestContext): Promise<CaseloadSummary> {
  return ctx.data.read(async (scope) => {
    scope.listScope('participant.list');
    const s = await data.caseloadSummary(scope.q, scope.userId);
    const active = Object.values(s.byPhase).reduce((a, b) => a + b, 0);
    return { ...s, active, ipsNorm: IPS_CASELOAD_NORM, aboveIpsNorm: s.ipsActive > IPS_CASELOAD_NORM };
  });
}

/** The portal: the participant record of the logged-in participant (404 when they have none). */
export async function getOwnParticipant(ctx: RequestContext, cipher: FieldCipher): Promise<Participant> {
  const id = await ctx.data.read(async (scope) => data.findParticipantIdOfUser(scope.q, scope.userId));
  if (!id) {
    throw new AppError('not-found');
  }
  return getParticipant(ctx, cipher, id);
}

/**
 * Invites the participant to an account of their own (the portal): an invited user with the role
 * participant in the inviting professional's organisation, linked to the record, and a mail with a
 * link valid for 7 days (the outbox commits with the rest). Accepting works as any invitation does.
 */
export async function inviteParticipant(
  ctx: RequestContext,
  deps: { cipher: FieldCipher; publicUrl: string; mailQueued: () => void },
  id: string,
  body: { email?: string },
): Promise<Participant> {
  await ctx.data.run(async (scope) => {
    const participant = await load(scope, id, 'participant.read');
    // The organisation the inviter works with this participant in (their assignment there).
    const organisationId = await scope.organisationFor('participant.invite', participantResource(participant));
    if (participant.userId) {
      throw new AppError('conflict', { detailKey: 'problem.participant-has-account.detail' });
    }
    const email = (body.email ?? participant.email ?? '').trim();
    if (!email) {
      throw invalidInput([
        { in: 'body', pointer: '/email', code: 'required', detailKey: 'field.participant-email-required' },
      ]);
    }
    if (await userData.findUserIdByEmail(scope.q, email)) {
      throw invalidInput([{ in: 'body', pointer: '/email', code: 'email-taken', detailKey: 'field.email-taken' }]);
    }
    const name = `${participant.givenName} ${participant.familyName}`;
    const userId = await userData.insertInvitedUser(scope.q, { email, name });
    await userData.addMembership(scope.q, userId, organisationId, 'participant');
    await data.linkAccount(scope.q, id, userId, body.email ? email : null);
    const token = await createUserToken(scope.q, userId, 'invitation', 7 * 24 * 60);
    const organisation = await userData.organisationExists(scope.q, organisationId);
    const inviter = (await userData.getUser(scope.q, scope.userId))?.name ?? 'Meedoen';
    await enqueueMail(scope.q, {
      to: email,
      subject: translate('nl', 'mail.participantInvite.subject'),
      text: translate('nl', 'mail.participantInvite.body', {
        name: participant.givenName,
        inviter,
        organisation: organisation?.name ?? '',
        link: `${deps.publicUrl}/uitnodiging#token=${token}`,
      }),
    });
  });
  deps.mailQueued();
  return getParticipant(ctx, deps.cipher, id);
}
