/**
 * The synthetic demo participants look like a real caseload: every phase present, phases consistent
 * with their events, reasons on closed trajectories, the demo job coach just above the IPS norm,
 * and BSNs that pass the elfproef and decrypt with the installation key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser } from '../../../test/factories.js';
import { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { isValidBsn } from '../../shared/bsn.js';
import { seedDemoParticipants } from './demo-participants.js';

let t: TestApp;
let orgs: { ggz: string; sw: string; gemeente: string };
let demoCoach: string;
const cipher = new FieldCipher(randomBytes(32));

beforeAll(async () => {
  t = await buildTestApp();
  orgs = {
    ggz: (await makeOrg(t.db, { type: 'ggz' })).id,
    sw: (await makeOrg(t.db, { type: 'shelteredWork' })).id,
    gemeente: (await makeOrg(t.db, { type: 'gemeente' })).id,
  };
  const coach = async (org: string, role: 'jobCoach' | 'consultant' | 'participant') =>
    (await makeUser(t.db, [{ organisationId: org, role }])).id;
  demoCoach = await coach(orgs.ggz, 'jobCoach');
  const cast = {
    organisations: orgs,
    coaches: { ggz: [demoCoach, await coach(orgs.ggz, 'jobCoach')], sw: [await coach(orgs.sw, 'jobCoach')] },
    consultants: [await coach(orgs.gemeente, 'consultant')],
    participantUserId: await coach(orgs.gemeente, 'participant'),
    recordedBy: demoCoach,
  };
  await t.db.tx((tx) => seedDemoParticipants(tx, cast, cipher));
});
afterAll(async () => {
  await t.close();
});

describe('demo participants', () => {
  it('about 200 people in the real gemeenten of Midden-Utrecht, in every phase', async () => {
    const { rows } = await t.db.query<{ n: number; outside: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE m.region_code <> 'AM13') AS outside
         FROM participants p JOIN municipalities m ON m.code = p.municipality_code
        WHERE p.organisation_id = ANY($1::uuid[])`,
      [Object.values(orgs)],
    );
    expect(rows[0]).toEqual({ n: 200, outside: 0 });
    const { rows: phases } = await t.db.query<{ phase: string }>(
      'SELECT DISTINCT phase FROM trajectories WHERE organisation_id = ANY($1::uuid[]) ORDER BY phase',
      [Object.values(orgs)],
    );
    expect(phases.map((p) => p.phase)).toEqual([
      'closed',
      'followUp',
      'intake',
      'jobSearch',
      'referral',
      'workingWithSupport',
    ]);
  });

  it('each trajectory is in the phase of its last event, closed ones with a reason and date', async () => {
    const { rows } = await t.db.query<{ bad: number }>(
      `SELECT count(*) AS bad FROM trajectories t
        WHERE t.organisation_id = ANY($1::uuid[])
          AND (t.phase <> (SELECT e.to_phase FROM trajectory_phase_events e WHERE e.trajectory_id = t.id
                            ORDER BY e.occurred_on DESC, e.recorded_at DESC LIMIT 1)
               OR (SELECT e.to_phase FROM trajectory_phase_events e WHERE e.trajectory_id = t.id
                    ORDER BY e.occurred_on, e.recorded_at LIMIT 1) <> 'referral'
               OR (t.phase = 'closed' AND (t.closed_reason IS NULL OR t.closed_on IS NULL)))`,
      [Object.values(orgs)],
    );
    expect(rows[0]!.bad).toBe(0);
  });

  it('the demo job coach has 22 active participants: above the IPS caseload norm of 20', async () => {
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(DISTINCT t.participant_id) AS n FROM trajectory_assignments a JOIN trajectories t ON t.id = a.trajectory_id
        WHERE a.user_id = $1 AND a.ended_at IS NULL AND t.phase <> 'closed'`,
      [demoCoach],
    );
    expect(rows[0]!.n).toBe(22);
  });

  it('BSNs pass the elfproef once decrypted; the demo participant has consent for the gemeente', async () => {
    const { rows } = await t.db.query<{ bsn_encrypted: string }>(
      'SELECT bsn_encrypted FROM participants WHERE organisation_id = ANY($1::uuid[]) AND bsn_encrypted IS NOT NULL',
      [Object.values(orgs)],
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => isValidBsn(cipher.decrypt(r.bsn_encrypted)))).toBe(true);
    const { rows: sanne } = await t.db.query<{ given_name: string; categories: string[] }>(
      `SELECT p.given_name, array_agg(c.category ORDER BY c.category) AS categories
         FROM participants p JOIN users u ON u.id = p.user_id JOIN memberships m ON m.user_id = u.id
         JOIN consents c ON c.participant_id = p.id
        WHERE m.organisation_id = $1 GROUP BY p.given_name`,
      [orgs.gemeente],
    );
    expect(sanne).toEqual([{ given_name: 'Sanne', categories: ['identity', 'plan'] }]);
    // Sanne has a plan with an action of her own to tick off in the portal.
    const { rows: actions } = await t.db.query<{ owner: string }>(
      `SELECT a.owner FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id JOIN participants p ON p.id = g.participant_id
        JOIN memberships m ON m.user_id = p.user_id WHERE m.organisation_id = $1 ORDER BY a.owner`,
      [orgs.gemeente],
    );
    expect(actions.map((a) => a.owner)).toEqual(['participant', 'professional', 'together']);
  });
});
