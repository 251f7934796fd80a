/**
 * ============================================================================================
 *  SECURITY-CRITICAL — the only door to personal data.
 * ============================================================================================
 * Each request gets a {@link DataAccess} bound to its actor. A service runs its work through
 * `ctx.data.run(scope => …)` (changes: one transaction) or `ctx.data.read(scope => …)` (reads: the
 * result is returned only after its audit records are committed), in which
 *  - single records are loaded and checked (`scope.readOne`), answering 404 when the actor has no
 *    relationship to the record (its existence is itself personal data) and 403 when the actor may
 *    see it but not do this;
 *  - lists are filtered in SQL by the actor's {@link ListScope} (`scope.readMany`);
 *  - changes are checked before they happen (`scope.authorize`);
 *  - an audit record is written for every personal-data read and write, in the same transaction;
 *    denials are written after the rollback, so they are never lost.
 * The system escape hatch lives in system.ts.
 */
import { AppError } from '../errors/app-error.js';
import type { Db, Queryable } from '../db/db.js';
import { appendAudit, appendAuditBulk, type AuditRecord } from '../audit/audit.js';
import { auditWriterFor } from '../audit/writer.js';
import { ACTIONS, type ActionName } from './grants.js';
import { decide, isEmptyScope, listScope, type PolicyTables } from './policy.js';
import type { Actor, Allowed, ListScope, RelationshipResolvers, ResourceRef } from './types.js';

export interface RequestMeta {
  requestId: string;
  clientAddress: string | null;
}

type AuditActor = Actor | { kind: 'system'; reason: string } | null;

export class DataAccess {
  constructor(
    private readonly db: Db,
    private readonly resolvers: RelationshipResolvers,
    readonly actor: AuditActor,
    private readonly meta: RequestMeta,
  ) {}

  /**
   * Runs read-only work (no transaction) and returns its result only after its audit records are
   * durable: records of concurrent reads share one commit (see audit/writer.ts). Use {@link run} for
   * anything that changes data.
   * @param fn - the reading work; receives the scoped handle
   */
  async read<T>(fn: (scope: Scope) => Promise<T>): Promise<T> {
    const denials: AuditRecord[] = [];
    const scope = new Scope(this.db, this.resolvers, this.actor, this.meta, denials);
    const writer = auditWriterFor(this.db);
    const ticket = writer.enter();
    let result: T;
    try {
      result = await fn(scope);
    } catch (error) {
      await writer.write(denials, ticket);
      throw error;
    }
    await writer.write([...scope.pending, ...denials], ticket);
    return result;
  }

  /**
   * Runs one unit of work in one transaction; its audit records commit with it.
   * @param fn - the work; receives the scoped handle
   */
  async run<T>(fn: (scope: Scope) => Promise<T>): Promise<T> {
    const denials: AuditRecord[] = [];
    try {
      return await this.db.tx(async (tx) => {
        const scope = new Scope(tx, this.resolvers, this.actor, this.meta, denials);
        const result = await fn(scope);
        await appendAudit(tx, [...scope.pending, ...denials]);
        denials.length = 0;
        return result;
      });
    } catch (error) {
      if (denials.length > 0) {
        await this.db.tx((tx) => appendAudit(tx, denials));
      }
      throw error;
    }
  }
}

/**
 * The relationship hooks with their answers remembered for one unit of work: a request often asks the
 * same question many times (every contact, goal or permission of one participant), and the answer does
 * not change within it — a consent given or withdrawn counts from the next request on.
 */
function remembering(resolvers: RelationshipResolvers): RelationshipResolvers {
  const answers = new Map<string, Promise<boolean>>();
  const remember = <A extends object>(kind: string, fn: ((q: Queryable, args: A) => Promise<boolean>) | undefined) =>
    fn &&
    ((q: Queryable, args: A) => {
      const key = `${kind}:${JSON.stringify(args)}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = fn(q, args);
        answers.set(key, answer);
        // A failed look-up is not remembered (it fails the request anyway).
        answer.catch(() => answers.delete(key));
      }
      return answer;
    });
  const isAssigned = remember('assigned', resolvers.isAssigned);
  const hasConsent = remember('consent', resolvers.hasConsent);
  return { ...(isAssigned ? { isAssigned } : {}), ...(hasConsent ? { hasConsent } : {}) };
}

export class Scope {
  /** Audit records to write at commit. */
  readonly pending: AuditRecord[] = [];
  private readonly resolvers: RelationshipResolvers;

  constructor(
    /** The transaction handle, for `*.data.ts` functions only. */
    readonly q: Queryable,
    resolvers: RelationshipResolvers,
    readonly actor: AuditActor,
    private readonly meta: RequestMeta,
    private readonly denials: AuditRecord[],
  ) {
    this.resolvers = remembering(resolvers);
  }

  private requireActor(): Actor | { kind: 'system'; reason: string } {
    if (this.actor === null) {
      throw new AppError('unauthenticated');
    }
    return this.actor;
  }

  /** The user id of the actor, or throws 401. */
  get userId(): string {
    const actor = this.requireActor();
    if (actor.kind !== 'user') {
      throw new AppError('forbidden', { internal: 'a user is required' });
    }
    return actor.userId;
  }

  /**
   * Writes the audit records gathered so far now, in the unit of work's own transaction, instead of all
   * at its end: for long units of work that record very many uses (an import of 100,000 rows), so the
   * records go to the database in parts. Only inside {@link DataAccess.run}.
   */
  async flushPending(): Promise<void> {
    const records = this.pending.splice(0, this.pending.length);
    await appendAuditBulk(this.q, records);
  }

  /**
   * Checks that the actor may perform `action` on `resource`; audits the outcome for personal data.
   * @returns how access was granted
   * @throws AppError 404 when the actor may not even see the record, 403 when it may see but not do this
   */
  async authorize(action: ActionName, resource: ResourceRef): Promise<Allowed> {
    const actor = this.requireActor();
    if (actor.kind === 'system') {
      this.record(action, resource, { allowed: true, role: null, organisationId: null }, 'allowed');
      return { allowed: true, role: null, organisationId: null };
    }
    const decision = await decide(this.q, this.resolvers, actor, action, resource);
    if (decision.allowed) {
      this.record(action, resource, decision, 'allowed');
      return decision;
    }
    this.record(action, resource, { allowed: true, role: null, organisationId: null }, 'denied');
    const readAction = (ACTIONS[action] as { readAction?: ActionName }).readAction;
    if (readAction) {
      const canRead = await decide(this.q, this.resolvers, actor, readAction, resource);
      if (canRead.allowed) {
        throw new AppError('forbidden');
      }
    }
    throw new AppError('not-found');
  }

  /**
   * Loads one record and checks access to it. A missing record and a record the actor has no
   * relationship to give the same 404.
   */
  async readOne<T>(
    action: ActionName,
    load: () => Promise<T | null | undefined>,
    toResource: (row: T) => ResourceRef,
  ): Promise<T> {
    this.requireActor();
    const row = await load();
    if (row === null || row === undefined) {
      throw new AppError('not-found');
    }
    await this.authorize(action, toResource(row));
    return row;
  }

  /**
   * Which of `actions` the actor may perform on `resource`, decided exactly as {@link authorize} would but
   * without using them: nothing is read or changed, so nothing is audited. For screens that offer only
   * what the user may do (an edit button, a form).
   */
  async can<A extends ActionName>(actions: readonly A[], resource: ResourceRef): Promise<Record<A, boolean>> {
    const actor = this.requireActor();
    const result = {} as Record<A, boolean>;
    for (const action of actions) {
      result[action] =
        actor.kind === 'system' || (await decide(this.q, this.resolvers, actor, action, resource)).allowed;
    }
    return result;
  }

  /**
   * The organisation a new record of the actor's belongs to: the first of the actor's organisations in
   * which they may perform `action` on a record like `resource` there (e.g. where they are assigned to
   * this participant). The allowed use is audited as {@link authorize} does.
   * @throws AppError 403 when there is none
   */
  async organisationFor(action: ActionName, resource: Omit<ResourceRef, 'organisationId'>): Promise<string> {
    const actor = this.requireActor();
    const candidates = actor.kind === 'user' ? [...new Set(actor.memberships.map((m) => m.organisationId))] : [];
    for (const organisationId of candidates) {
      const record = { ...resource, organisationId };
      if ((await this.can([action], record))[action]) {
        await this.authorize(action, record);
        return organisationId;
      }
    }
    throw new AppError('forbidden');
  }

  /**
   * Strips the parts of a record whose data category the actor may not see. `parts` maps the read
   * action of each category (e.g. `participant.read.health`) to the fields it covers; a part the
   * actor is refused is left out (not nulled: the answer does not even reveal the field is set),
   * a part it may see is audited like any read. Used where one record holds several categories,
   * e.g. a participant with identity, wishes and capacity & health.
   * @returns a copy of `row` without the hidden fields, and the actions that were refused
   */
  async withoutHidden<T extends object>(
    row: T,
    resource: ResourceRef,
    parts: Partial<Record<ActionName, readonly (keyof T)[]>>,
    tables?: PolicyTables,
  ): Promise<{ row: Partial<T>; hidden: ActionName[] }> {
    const actor = this.requireActor();
    const copy: Partial<T> = { ...row };
    const hidden: ActionName[] = [];
    for (const [action, fields] of Object.entries(parts) as [ActionName, readonly (keyof T)[]][]) {
      const decision =
        actor.kind === 'system'
          ? ({ allowed: true, role: null, organisationId: null } as const)
          : await decide(this.q, this.resolvers, actor, action, resource, tables);
      if (decision.allowed) {
        this.record(action, resource, decision, 'allowed', tables);
      } else {
        hidden.push(action);
        for (const field of fields) {
          delete copy[field];
        }
      }
    }
    return { row: copy, hidden };
  }

  /**
   * The list filter for a second action shown with the rows of a list (e.g. each caseload row's
   * trajectory): an empty scope, not a 403, when the actor may see none of it.
   */
  visibleScope(action: ActionName): ListScope {
    const actor = this.requireActor();
    return actor.kind === 'system' ? this.listScope(action) : listScope(actor, action);
  }

  /** The list filter for `action`; 403 when the actor may list nothing at all. */
  listScope(action: ActionName): ListScope {
    const actor = this.requireActor();
    if (actor.kind === 'system') {
      return {
        all: true,
        organisationIds: [],
        userId: null,
        assignedIn: [],
        assignedUserId: null,
        consentIn: [],
        consentCategory: null,
      };
    }
    const scope = listScope(actor, action);
    if (isEmptyScope(scope)) {
      throw new AppError('forbidden');
    }
    return scope;
  }

  /**
   * Runs a list query filtered by the actor's scope and audits each returned record (NEN 7513 §6:
   * search results that show personal data are reads).
   */
  async readMany<T>(
    action: ActionName,
    load: (scope: ListScope) => Promise<T[]>,
    toResource: (row: T) => ResourceRef,
  ): Promise<T[]> {
    const scope = this.listScope(action);
    const rows = await load(scope);
    for (const row of rows) {
      const resource = toResource(row);
      this.record(action, resource, this.viaForList(action, resource), 'allowed');
    }
    return rows;
  }

  /**
   * Writes an audit record for an event that is not an action of the grants table, such as a login
   * attempt or a password reset (actor may be anonymous).
   */
  auditEvent(
    event: string,
    resource: ResourceRef,
    outcome: 'allowed' | 'denied',
    subjectUserId?: string | null,
    /** The membership the actor acted in, when known (e.g. from an earlier {@link authorize}). */
    via: Allowed = { allowed: true, role: null, organisationId: null },
  ): void {
    const rec = this.toRecord(event, resource, via, outcome);
    if (subjectUserId !== undefined && rec.actorType === 'anonymous') {
      rec.userId = subjectUserId;
    }
    (outcome === 'denied' ? this.denials : this.pending).push(rec);
  }

  private viaForList(action: ActionName, resource: ResourceRef): Allowed {
    const actor = this.actor;
    if (actor === null || actor.kind === 'system') {
      return { allowed: true, role: null, organisationId: null };
    }
    if (actor.kind === 'apiToken') {
      return { allowed: true, role: null, organisationId: actor.organisationId };
    }
    const membership =
      actor.memberships.find((m) => m.organisationId === resource.organisationId) ?? actor.memberships[0] ?? null;
    return { allowed: true, role: membership?.role ?? null, organisationId: membership?.organisationId ?? null };
  }

  private record(
    action: ActionName,
    resource: ResourceRef,
    via: Allowed,
    outcome: 'allowed' | 'denied',
    tables?: PolicyTables,
  ): void {
    if (!(tables?.actions ?? ACTIONS)[action]?.personalData) {
      return;
    }
    const rec = this.toRecord(action, resource, via, outcome);
    (outcome === 'denied' ? this.denials : this.pending).push(rec);
  }

  private toRecord(action: string, resource: ResourceRef, via: Allowed, outcome: 'allowed' | 'denied'): AuditRecord {
    const actor = this.actor;
    return {
      occurredAt: new Date(),
      requestId: this.meta.requestId,
      actorType: actor === null ? 'anonymous' : actor.kind,
      userId: actor?.kind === 'user' ? actor.userId : null,
      apiTokenId: actor?.kind === 'apiToken' ? actor.tokenId : null,
      role: via.role,
      organisationId: via.organisationId,
      action,
      resourceType: resource.type,
      resourceId: resource.id ?? null,
      participantId: resource.participantId ?? null,
      purpose: resource.purpose ?? (actor?.kind === 'system' ? actor.reason : null),
      outcome,
      clientAddress: this.meta.clientAddress,
    };
  }
}
