import { describe, expect, it } from 'vitest';
import { decide, listScope, mayEverPerform } from './policy.js';
import { ACTIONS, GRANTS, type ActionName } from './grants.js';
import type { Actor, RoleName } from './types.js';
import type { Queryable } from '../db/db.js';

const q = {} as Queryable;
const EMPTY = {
  all: false,
  organisationIds: [],
  userId: null,
  assignedIn: [],
  assignedUserId: null,
  consentIn: [],
  consentCategory: null,
};
const ORG_A = '00000000-0000-0000-0000-00000000000a';
const ORG_B = '00000000-0000-0000-0000-00000000000b';
const user = (role: RoleName, org = ORG_A): Actor => ({
  kind: 'user',
  userId: 'u1',
  sessionId: 's1',
  memberships: [{ organisationId: org, role }],
});

describe('access policy', () => {
  it('every action has a grants row and a description in both languages', () => {
    for (const action of Object.keys(ACTIONS) as ActionName[]) {
      expect(GRANTS[action], action).toBeDefined();
      expect(ACTIONS[action].description.nl.startsWith('Laat toe om')).toBe(true);
      expect(ACTIONS[action].description.en.startsWith('Allows')).toBe(true);
      expect(ACTIONS[action].logText.nl.length, action).toBeGreaterThan(5);
    }
  });

  it('unknown actions throw instead of allowing', async () => {
    await expect(
      decide(q, {}, user('administrator'), 'participant.delete' as ActionName, { type: 'x' }),
    ).rejects.toThrow(/Unknown action/);
    expect(() => mayEverPerform(user('administrator'), 'nope' as ActionName)).toThrow(/Unknown action/);
  });

  it('self grants allow only the own record', async () => {
    expect((await decide(q, {}, user('participant'), 'profile.read', { type: 'user', userId: 'u1' })).allowed).toBe(
      true,
    );
    expect((await decide(q, {}, user('participant'), 'profile.read', { type: 'user', userId: 'u2' })).allowed).toBe(
      false,
    );
  });

  it('records which membership granted the access (role and organisation acted for)', async () => {
    const actor: Actor = {
      kind: 'user',
      userId: 'u1',
      sessionId: null,
      memberships: [
        { organisationId: ORG_B, role: 'jobCoach' },
        { organisationId: ORG_A, role: 'administrator' },
      ],
    };
    expect(await decide(q, {}, actor, 'user.read', { type: 'user', userId: 'u9' })).toEqual({
      allowed: true,
      role: 'administrator',
      organisationId: ORG_A,
    });
  });

  it('API tokens act only within their organisation and only with their actions', async () => {
    const token: Actor = {
      kind: 'apiToken',
      tokenId: 't1',
      organisationId: ORG_A,
      actions: new Set(['organisation.read']),
    };
    expect(
      (await decide(q, {}, token, 'organisation.read', { type: 'organisation', organisationId: ORG_A })).allowed,
    ).toBe(true);
    expect(
      (await decide(q, {}, token, 'organisation.read', { type: 'organisation', organisationId: ORG_B })).allowed,
    ).toBe(false);
    expect(
      (await decide(q, {}, token, 'organisation.list', { type: 'organisation', organisationId: ORG_A })).allowed,
    ).toBe(false);
    expect(listScope(token, 'organisation.read')).toEqual({ ...EMPTY, organisationIds: [ORG_A] });
  });

  it('list scopes name the organisations per relationship: assignment and consent apart', () => {
    const actor: Actor = {
      kind: 'user',
      userId: 'u1',
      sessionId: null,
      memberships: [
        { organisationId: ORG_A, role: 'jobCoach' },
        { organisationId: ORG_B, role: 'consultant' },
      ],
    };
    expect(listScope(actor, 'participant.list')).toEqual({
      ...EMPTY,
      assignedIn: [ORG_A, ORG_B],
      assignedUserId: 'u1',
      // Consent to an organisation reaches its job coaches and consultants alike (reading).
      consentIn: [ORG_A, ORG_B],
      consentCategory: 'identity',
    });
    expect(listScope(user('participant'), 'participant.list')).toEqual({ ...EMPTY, userId: 'u1' });
    expect(listScope(user('employer'), 'participant.list')).toEqual(EMPTY);
  });

  it('list scopes: administrators see all users, a participant may list nothing', () => {
    expect(listScope(user('administrator'), 'user.list').all).toBe(true);
    expect(listScope(user('participant'), 'user.list')).toEqual(EMPTY);
  });

  it('participant data: assignment in the own organisation or consent per category, otherwise denied', async () => {
    const tables = {
      actions: {
        'note.read': {
          logText: { nl: 'Gespreksverslagen over u gelezen', en: 'Read notes about you' },
          description: { nl: 'Laat toe om notities te lezen.', en: 'Allows reading notes.' },
          personalData: true,
          tokenAllowed: false,
          category: 'contactNotes' as const,
        },
      },
      grants: {
        'note.read': [
          { role: 'jobCoach' as const, when: 'assignedParticipant' as const },
          { role: 'consultant' as const, when: 'consent' as const },
        ],
      },
    };
    const note = { type: 'note', participantId: 'p1', purpose: 'reintegration' };
    const seen: unknown[] = [];
    const resolvers = {
      isAssigned: async (_q: Queryable, a: { userId: string; organisationId: string; participantId: string }) => (
        seen.push(a),
        a.organisationId === ORG_A
      ),
      hasConsent: async (_q: Queryable, a: { organisationId: string; category: string; purpose: string | null }) => (
        seen.push(a),
        a.organisationId === ORG_B && a.category === 'contactNotes' && a.purpose === 'reintegration'
      ),
    };
    const act = 'note.read' as ActionName;
    expect(await decide(q, resolvers, user('jobCoach', ORG_A), act, note, tables)).toEqual({
      allowed: true,
      role: 'jobCoach',
      organisationId: ORG_A,
    });
    expect((await decide(q, resolvers, user('jobCoach', ORG_B), act, note, tables)).allowed).toBe(false);
    expect(await decide(q, resolvers, user('consultant', ORG_B), act, note, tables)).toEqual({
      allowed: true,
      role: 'consultant',
      organisationId: ORG_B,
    });
    expect((await decide(q, resolvers, user('consultant', ORG_A), act, note, tables)).allowed).toBe(false);
    expect(
      (await decide(q, resolvers, user('consultant', ORG_B), act, { ...note, purpose: 'marketing' }, tables)).allowed,
    ).toBe(false);
    // A record of another organisation (a trajectory there) is not reached through an assignment here.
    expect(
      (await decide(q, resolvers, user('jobCoach', ORG_A), act, { ...note, organisationId: ORG_B }, tables)).allowed,
    ).toBe(false);
    expect(
      (await decide(q, resolvers, user('jobCoach', ORG_A), act, { ...note, organisationId: ORG_A }, tables)).allowed,
    ).toBe(true);
    // Without the hooks (feature module absent) nothing is allowed.
    expect((await decide(q, {}, user('jobCoach', ORG_A), act, note, tables)).allowed).toBe(false);
    expect(seen).toContainEqual({ userId: 'u1', organisationId: ORG_A, participantId: 'p1' });
  });
});
