/**
 * ============================================================================================
 *  SECURITY-CRITICAL — the decision function. Deny by default; unknown action or role throws.
 * ============================================================================================
 */
import type { Queryable } from '../db/db.js';
import { ACTIONS, GRANTS, isActionName, type ActionName } from './grants.js';
import type {
  ActionDefinition,
  Actor,
  Decision,
  Grant,
  ListScope,
  RelationshipResolvers,
  ResourceRef,
} from './types.js';
import { ROLE_NAMES } from '../config/config.js';

const DENY: Decision = { allowed: false };

/** The action and grants tables the policy reads; tests may pass their own. */
export interface PolicyTables {
  actions: Record<string, ActionDefinition>;
  grants: Record<string, readonly Grant[]>;
}
const DEFAULT_TABLES: PolicyTables = { actions: ACTIONS, grants: GRANTS };

function assertKnownAction(action: string, tables: PolicyTables = DEFAULT_TABLES): asserts action is ActionName {
  if (tables === DEFAULT_TABLES ? !isActionName(action) : !Object.hasOwn(tables.actions, action)) {
    throw new Error(`Unknown action "${action}": refusing to decide`);
  }
}

/**
 * Decides whether `actor` may perform `action` on `resource`.
 * @param q - a handle for relationship look-ups (assignment, consent) in the current transaction
 * @param resolvers - hooks for relationships owned by feature modules; absent hooks deny
 */
export async function decide(
  q: Queryable,
  resolvers: RelationshipResolvers,
  actor: Actor,
  action: ActionName,
  resource: ResourceRef,
  tables: PolicyTables = DEFAULT_TABLES,
): Promise<Decision> {
  assertKnownAction(action, tables);
  const definition = tables.actions[action]!;

  if (actor.kind === 'apiToken') {
    if (!definition.tokenAllowed || !actor.actions.has(action)) {
      return DENY;
    }
    // A token acts for its organisation only; records without an organisation are reference data.
    if (resource.organisationId != null && resource.organisationId !== actor.organisationId) {
      return DENY;
    }
    return { allowed: true, role: null, organisationId: actor.organisationId };
  }

  for (const grant of tables.grants[action] ?? []) {
    if (grant.role !== '*' && !(ROLE_NAMES as readonly string[]).includes(grant.role)) {
      throw new Error(`Unknown role "${grant.role}" in grants for ${action}`);
    }
    const memberships =
      grant.role === '*'
        ? [{ organisationId: null, role: null }]
        : actor.memberships.filter((m) => m.role === grant.role);
    for (const m of memberships) {
      switch (grant.when) {
        case 'any':
          return { allowed: true, role: m.role, organisationId: m.organisationId };
        case 'self':
          if (resource.userId != null && resource.userId === actor.userId) {
            return { allowed: true, role: m.role, organisationId: m.organisationId };
          }
          break;
        case 'ownOrganisation':
          if (m.organisationId !== null && resource.organisationId === m.organisationId) {
            return { allowed: true, role: m.role, organisationId: m.organisationId };
          }
          break;
        case 'assignedParticipant':
          // A record of one organisation (a trajectory) only through an assignment in that organisation;
          // a record about the person as such (organisationId null) through an assignment in any.
          if (
            m.organisationId !== null &&
            resource.participantId != null &&
            (resource.organisationId == null || resource.organisationId === m.organisationId) &&
            resolvers.isAssigned &&
            (await resolvers.isAssigned(q, {
              userId: actor.userId,
              organisationId: m.organisationId,
              participantId: resource.participantId,
            }))
          ) {
            return { allowed: true, role: m.role, organisationId: m.organisationId };
          }
          break;
        case 'consent': {
          const category = definition.category;
          if (category === undefined) {
            throw new Error(`Action ${action} is granted by consent but declares no data category`);
          }
          if (
            m.organisationId !== null &&
            resource.participantId != null &&
            resolvers.hasConsent &&
            (await resolvers.hasConsent(q, {
              organisationId: m.organisationId,
              participantId: resource.participantId,
              category,
              purpose: resource.purpose ?? null,
            }))
          ) {
            return { allowed: true, role: m.role, organisationId: m.organisationId };
          }
          break;
        }
        default: {
          const never: never = grant.when;
          throw new Error(`Unknown relationship ${String(never)}`);
        }
      }
    }
  }
  return DENY;
}

/**
 * Whether the actor holds any grant for `action` at all (the coarse route-level check, before the
 * record is known). A role without any grant gets 403 straight away.
 */
export function mayEverPerform(actor: Actor, action: ActionName): boolean {
  assertKnownAction(action);
  if (actor.kind === 'apiToken') {
    return ACTIONS[action].tokenAllowed && actor.actions.has(action);
  }
  return GRANTS[action].some((g) => g.role === '*' || actor.memberships.some((m) => m.role === g.role));
}

/**
 * The rows of a list the actor may see, for the data layer to turn into a WHERE clause.
 * Relationship kinds that need per-row facts (assignment, consent) are filtered by their own
 * modules' data functions using the organisation ids returned here.
 */
export function listScope(actor: Actor, action: ActionName): ListScope {
  assertKnownAction(action);
  const scope: ListScope = {
    all: false,
    organisationIds: [],
    userId: null,
    assignedIn: [],
    assignedUserId: null,
    consentIn: [],
    consentCategory: null,
  };
  if (actor.kind === 'apiToken') {
    if (ACTIONS[action].tokenAllowed && actor.actions.has(action)) {
      scope.organisationIds.push(actor.organisationId);
    }
    return scope;
  }
  const add = (list: string[], id: string) => {
    if (!list.includes(id)) {
      list.push(id);
    }
  };
  for (const grant of GRANTS[action] as readonly Grant[]) {
    const memberships = grant.role === '*' ? null : actor.memberships.filter((m) => m.role === grant.role);
    if (memberships !== null && memberships.length === 0) {
      continue;
    }
    switch (grant.when) {
      case 'any':
        scope.all = true;
        break;
      case 'self':
        scope.userId = actor.userId;
        break;
      case 'ownOrganisation':
        for (const m of memberships ?? []) {
          add(scope.organisationIds, m.organisationId);
        }
        break;
      case 'assignedParticipant':
        for (const m of memberships ?? []) {
          add(scope.assignedIn, m.organisationId);
        }
        scope.assignedUserId = actor.userId;
        break;
      case 'consent': {
        const category = (ACTIONS[action] as ActionDefinition).category;
        if (category === undefined) {
          throw new Error(`Action ${action} is granted by consent but declares no data category`);
        }
        for (const m of memberships ?? []) {
          add(scope.consentIn, m.organisationId);
        }
        scope.consentCategory = category;
        break;
      }
      default: {
        const never: never = grant.when;
        throw new Error(`Unknown relationship ${String(never)}`);
      }
    }
  }
  return scope;
}

/** True when a list scope allows nothing at all. */
export function isEmptyScope(scope: ListScope): boolean {
  return (
    !scope.all &&
    scope.organisationIds.length === 0 &&
    scope.userId === null &&
    scope.assignedIn.length === 0 &&
    scope.consentIn.length === 0
  );
}
