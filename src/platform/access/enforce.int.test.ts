import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/helpers.js';
import type { Db } from '../db/db.js';
import { DataAccess } from './enforce.js';
import type { ActionName } from './grants.js';
import type { PolicyTables } from './policy.js';
import type { Actor, DataCategory } from './types.js';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

// A participant-shaped record with three data categories, as the trajectories module will have.
const TABLES: PolicyTables = {
  actions: {
    'participant.read.identity': {
      logText: { nl: 'Uw naam en contactgegevens bekeken', en: 'Viewed your name and contact details' },
      description: { nl: 'Laat toe om identiteit te zien.', en: 'Allows seeing identity.' },
      personalData: true,
      tokenAllowed: false,
      category: 'identity',
    },
    'participant.read.wishes': {
      logText: { nl: 'Uw wensen voor werk bekeken', en: 'Viewed your wishes for work' },
      description: { nl: 'Laat toe om wensen te zien.', en: 'Allows seeing wishes.' },
      personalData: true,
      tokenAllowed: false,
      category: 'wishes',
    },
    'participant.read.health': {
      logText: { nl: 'Uw mogelijkheden en gezondheid bekeken', en: 'Viewed your capacities and health' },
      description: { nl: 'Laat toe om gezondheid te zien.', en: 'Allows seeing health.' },
      personalData: true,
      tokenAllowed: false,
      category: 'capacityHealth',
    },
  },
  grants: {
    'participant.read.identity': [{ role: 'consultant', when: 'consent' }],
    'participant.read.wishes': [{ role: 'consultant', when: 'consent' }],
    'participant.read.health': [{ role: 'consultant', when: 'consent' }],
  },
};

describe('stripping hidden data categories', () => {
  it('a consultant with consent for identity and wishes sees those, not the health part; each shown part is audited', async () => {
    const org = randomUUID();
    const participantId = randomUUID();
    const actor: Actor = {
      kind: 'user',
      userId: randomUUID(),
      sessionId: null,
      memberships: [{ organisationId: org, role: 'consultant' }],
    };
    const consented: DataCategory[] = ['identity', 'wishes'];
    const requestId = `strip-${randomUUID()}`;
    const access = new DataAccess(
      db,
      {
        hasConsent: async (_q, a) =>
          a.organisationId === org && a.participantId === participantId && consented.includes(a.category),
      },
      actor,
      { requestId, clientAddress: '127.0.0.1' },
    );
    const record = {
      id: participantId,
      name: 'Sanne de Vries',
      wishes: 'Werken in een bakkerij',
      capacity: 'Kan niet lang staan',
    };
    const result = await access.read((scope) =>
      scope.withoutHidden(
        record,
        { type: 'participant', id: participantId, participantId, purpose: 'reintegration' },
        {
          ['participant.read.identity' as ActionName]: ['name'],
          ['participant.read.wishes' as ActionName]: ['wishes'],
          ['participant.read.health' as ActionName]: ['capacity'],
        },
        TABLES,
      ),
    );
    expect(result.row).toEqual({ id: participantId, name: 'Sanne de Vries', wishes: 'Werken in een bakkerij' });
    expect('capacity' in result.row).toBe(false);
    expect(result.hidden).toEqual(['participant.read.health']);
    const { rows } = await db.query<{ action: string; participant_id: string; organisation_id: string; role: string }>(
      'SELECT action, participant_id, organisation_id, role FROM audit_events WHERE request_id = $1 ORDER BY action',
      [requestId],
    );
    expect(rows).toEqual([
      { action: 'participant.read.identity', participant_id: participantId, organisation_id: org, role: 'consultant' },
      { action: 'participant.read.wishes', participant_id: participantId, organisation_id: org, role: 'consultant' },
    ]);
  });
});
