/**
 * The participant's own data in one download (AVG art. 15 right of access, art. 20 portability):
 * personal details, trajectories, every version of their wishes, jobs, the support plan with its history,
 * capacity assessments, contacts with notes, consents, requests of employers to meet them,
 * their requests and who looked at their data. Each part is read through the same access checks and
 * audit as on screen; the download itself is recorded as participant.export.
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ownAuditLog } from '../auth/profile.service.js';
import { listConsents } from '../consents/consents.service.js';
import { listContacts } from '../contacts/contacts.service.js';
import { listOwnRequests } from '../data-requests/data-requests.service.js';
import { listJobs } from '../jobs/jobs.service.js';
import { findParticipantIdOfUser, getParticipant } from '../participants/participants.data.js';
import { getParticipant as showParticipant, participantResource } from '../participants/participants.service.js';
import { listTrajectories } from '../trajectories/trajectories.service.js';
import { getPlan, history as planHistory } from '../plans/plans.service.js';
import { getProfile as getCapacity } from '../capacity/capacity.service.js';
import { findWishVersions } from '../wishes/wishes.data.js';
import { listForParticipant as listIntroductions } from '../introductions/introductions.service.js';
import type { OwnDataExport } from './portal.schemas.js';

/** What the caller may do is about the screen, not about the person: it stays out of the file. */
function withoutPermissions<T extends { permissions: unknown }>(p: T): Omit<T, 'permissions'> {
  const { permissions: _p, ...rest } = p;
  return rest;
}

export async function exportOwnData(ctx: RequestContext, cipher: FieldCipher): Promise<OwnDataExport> {
  const id = await ctx.data.run(async (scope) => {
    const participantId = await findParticipantIdOfUser(scope.q, scope.userId);
    if (!participantId) {
      throw new AppError('not-found');
    }
    await scope.readOne('participant.export', () => getParticipant(scope.q, participantId), participantResource);
    return participantId;
  });
  const wishes = await ctx.data.read(async (scope) => {
    await scope.readOne('wishes.read', () => getParticipant(scope.q, id), participantResource);
    return findWishVersions(scope.q, id);
  });
  const accessLog = [];
  for (let page = 1; ; page++) {
    const chunk = await ownAuditLog(ctx, page, 200);
    accessLog.push(...chunk.items);
    if (accessLog.length >= chunk.total || chunk.items.length === 0) {
      break;
    }
  }
  return {
    exportedAt: new Date().toISOString(),
    participant: withoutPermissions(await showParticipant(ctx, cipher, id)),
    trajectories: await listTrajectories(ctx, id),
    wishes,
    jobs: await listJobs(ctx, id),
    plan: await getPlan(ctx, id),
    planHistory: (await planHistory(ctx, id)).items,
    capacity: { assessments: (await getCapacity(ctx, id)).assessments },
    contacts: await listContacts(ctx, id, {}),
    consents: await listConsents(ctx, id),
    introductions: (await listIntroductions(ctx, { fieldCipher: cipher }, id)).items,
    dataRequests: await listOwnRequests(ctx),
    accessLog,
  };
}
