/**
 * Types of the access policy. See README.md in this folder for how the pieces fit.
 */
import type { RoleName } from '../config/config.js';
import type { MessageKey } from '../i18n/i18n.js';
import type { Queryable } from '../db/db.js';

export type { RoleName };

/**
 * Data categories a participant can consent to per receiving organisation and purpose. The consent
 * records arrive with the trajectories module; the policy already evaluates them through a hook.
 */
export const DATA_CATEGORIES = [
  'identity',
  'wishes',
  'capacityHealth',
  'plan',
  'contactNotes',
  'jobs',
  // Candidate search (ADR 0019): an anonymised profile the employers of one region may find. Its consent
  // names a region, not an organisation, so it never opens access through the `consent` relationship.
  'employerProfile',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** How an action is related to the resource it touches. */
export type Relationship =
  /** Any holder of the role, for any resource (reference data, platform administration). */
  | 'any'
  /** The resource belongs to an organisation in which the actor holds the role. */
  | 'ownOrganisation'
  /** The resource is the actor's own user record. Used with role `*`. */
  | 'self'
  /** The actor is assigned to the participant concerned within the organisation (trajectories). */
  | 'assignedParticipant'
  /** The participant consented to the actor's organisation for the action's data category and purpose. */
  | 'consent';

export interface ActionDefinition {
  /**
   * What happened, in plain words for the person concerned (B1), shown in "Wie keek in mijn
   * gegevens": "Uw gegevens bekeken".
   */
  logText: { nl: string; en: string };
  /** Plain-language description for the admin screens and docs ("Laat toe om …"). */
  description: { nl: string; en: string };
  /** Whether the action reads or writes personal data, and so writes an audit record. */
  personalData: boolean;
  /** Whether a system-integration API token may be granted this action. */
  tokenAllowed: boolean;
  /** Data category for the consent rule, where the action touches participant data. */
  category?: DataCategory;
  /** The read action of the same resource: when denied this action but allowed that one, answer 403 instead of 404. */
  readAction?: string;
}

export interface Grant {
  /** A role, or `*` for every logged-in user whatever their memberships. */
  role: RoleName | '*';
  when: Relationship;
}

export interface Membership {
  organisationId: string;
  role: RoleName;
}

export type Actor =
  | {
      kind: 'user';
      userId: string;
      sessionId: string | null;
      memberships: Membership[];
    }
  | {
      kind: 'apiToken';
      tokenId: string;
      organisationId: string;
      actions: ReadonlySet<string>;
    };

/** What the policy needs to know about the record an action touches. */
export interface ResourceRef {
  type: string;
  id?: string | null;
  organisationId?: string | null;
  /** The user the record belongs to (for `self`). */
  userId?: string | null;
  /** The participant concerned (for assignment, consent and the audit log). */
  participantId?: string | null;
  /** Purpose of use (doelbinding), for consent and the audit log. */
  purpose?: string | null;
}

export interface Allowed {
  allowed: true;
  /** The membership that granted the access: recorded in the audit log as role and organisation acted for. */
  role: RoleName | null;
  organisationId: string | null;
}
export interface Denied {
  allowed: false;
}
export type Decision = Allowed | Denied;

/** The rows an actor may list: combined into a SQL WHERE by the data layer. */
export interface ListScope {
  /** Every row. */
  all: boolean;
  /** Rows of these organisations. */
  organisationIds: string[];
  /** The actor's own rows (user id). */
  userId: string | null;
  /**
   * Participants the actor (user {@link assignedUserId}) is assigned to within these organisations
   * (relationship `assignedParticipant`).
   */
  assignedIn: string[];
  /** The acting user for {@link assignedIn}; null when assignedIn is empty. */
  assignedUserId: string | null;
  /** Participants who consented to these organisations for {@link consentCategory} (relationship `consent`). */
  consentIn: string[];
  /** The data category of the listed action, for {@link consentIn}. */
  consentCategory: DataCategory | null;
}

/** Hooks for relationships whose facts live in feature modules (assignment, consent). */
export interface RelationshipResolvers {
  isAssigned?: (
    q: Queryable,
    args: { userId: string; organisationId: string; participantId: string },
  ) => Promise<boolean>;
  hasConsent?: (
    q: Queryable,
    args: { organisationId: string; participantId: string; category: DataCategory; purpose: string | null },
  ) => Promise<boolean>;
}

export type { MessageKey };
