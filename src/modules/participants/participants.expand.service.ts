/**
 * `GET /participants/{id}?expand=trajectories,contacts,jobs,consents,plan,wishes,capacity`: the participant with
 * the parts of the participant page in one answer (HAL embedding as Dutch government APIs use it, e.g. the DSO API:
 * the parts named in `expand`, their bodies in `_embedded`). The page used to open a participant with a request per
 * part, each with its own round trip, session check, access check and audit commit.
 *
 * Each part is read by its own module's service function (`read…`) in this request's one unit of work, so it gets
 * exactly the checks, the stripping (contact notes; other organisations' trajectories, plan goals and capacity
 * assessments) and the audit records of its own endpoint, and all records of the request are committed together
 * (`DataAccess.read`). A part is only asked for when the participant's `permissions` say the actor may read it — the
 * same decision the part's endpoint makes first (`scope.can` decides it without using it, so without an audit
 * record); a part the actor may not see is left out of `_embedded`, without a "denied" record. Why: see README.md,
 * "Embedding parts".
 */
import type { RequestContext } from '../../platform/http/context.js';
import type { Scope } from '../../platform/access/enforce.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { readTrajectories } from '../trajectories/trajectories.service.js';
import { readContacts } from '../contacts/contacts.service.js';
import { readJobOverview } from '../jobs/jobs.service.js';
import { readConsents } from '../consents/consents.service.js';
import { readPlan } from '../plans/plans.service.js';
import { readWishes } from '../wishes/wishes.service.js';
import { readCapacityProfile } from '../capacity/capacity.service.js';
import { readParticipant } from './participants.service.js';
import {
  PARTICIPANT_EXPANSIONS,
  type Participant,
  type ParticipantEmbedded,
  type ParticipantExpanded,
  type ParticipantExpansion,
} from './participants.schemas.js';

interface Part<K extends ParticipantExpansion> {
  /** The participant's permission that says whether the actor may read this part (its endpoint's action). */
  permission: keyof Participant['permissions'];
  /** The part's endpoint without query: its module's service, in the caller's unit of work. */
  read: (scope: Scope, participantId: string, lang: Language) => Promise<NonNullable<ParticipantEmbedded[K]>>;
}

const PARTS: { [K in ParticipantExpansion]: Part<K> } = {
  trajectories: {
    permission: 'readTrajectories',
    read: async (scope, id, lang) => ({ items: await readTrajectories(scope, id, lang) }),
  },
  contacts: { permission: 'readContacts', read: async (scope, id) => ({ items: await readContacts(scope, id, {}) }) },
  jobs: { permission: 'readJobs', read: (scope, id, lang) => readJobOverview(scope, id, lang) },
  consents: { permission: 'readConsents', read: async (scope, id) => ({ items: await readConsents(scope, id) }) },
  plan: { permission: 'readPlan', read: (scope, id) => readPlan(scope, id) },
  wishes: { permission: 'readWishes', read: (scope, id) => readWishes(scope, id) },
  capacity: { permission: 'readCapacity', read: (scope, id) => readCapacityProfile(scope, id) },
};

/**
 * The parts named in an `expand` value, each once, in the order of {@link PARTICIPANT_EXPANSIONS}. The route's
 * schema has already refused unknown names (400 with the field error on `/expand`).
 * @param expand - the query value, e.g. `trajectories,jobs`; undefined when absent
 */
export function expansionsOf(expand: string | undefined): ParticipantExpansion[] {
  const named = new Set(expand?.split(',') ?? []);
  return PARTICIPANT_EXPANSIONS.filter((part) => named.has(part));
}

/**
 * One participant and, when `expand` names parts, those the actor may see in `_embedded`.
 * @param ctx - the request context
 * @param cipher - decrypts the BSN for those who may see it
 * @param id - the participant
 * @param expand - the parts asked for; none gives the participant alone, without `_embedded`
 * @throws AppError 404 when the actor has no relationship to the participant (whatever is asked for)
 */
export async function getParticipantExpanded(
  ctx: RequestContext,
  cipher: FieldCipher,
  id: string,
  expand: readonly ParticipantExpansion[],
): Promise<ParticipantExpanded> {
  return ctx.data.read(async (scope) => {
    const participant = await readParticipant(scope, cipher, id);
    if (expand.length === 0) {
      return participant;
    }
    const embedded: ParticipantEmbedded = {};
    const embed = async <K extends ParticipantExpansion>(name: K): Promise<void> => {
      const part: Part<K> = PARTS[name];
      if (!participant.permissions[part.permission]) {
        return;
      }
      try {
        embedded[name] = await part.read(scope, id, ctx.lang);
      } catch (error) {
        // Refused after all (the participant was removed meanwhile): left out like a part the actor may not see.
        if (!(error instanceof AppError && (error.status === 403 || error.status === 404))) {
          throw error;
        }
      }
    };
    // The parts are independent reads: sent at once; their audit records commit together when all are done.
    await Promise.all(expand.map(embed));
    return { ...participant, _embedded: embedded };
  });
}
