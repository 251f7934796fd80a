/**
 * Research studies and pseudonymised exports through the HTTP API: an evaluator records a study, makes a
 * file for a population of 12 people, and the file holds pseudonyms, age bands, regions and months — no
 * name, BSN or date; the pseudonyms are stable within the study and differ in another; every participant
 * gets an audit record with the study as purpose; the export is recorded with its SHA-256. Refusals: a
 * study that does not run, a population below 10, other roles and other organisations.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD } from '../../../test/factories.js';
import type { RoleName } from '../../platform/config/config.js';
import { readXlsxRows } from '../../platform/spreadsheet/xlsx.js';
import type { ResearchStudy } from './monitoring.schemas.js';

let t: TestApp;
let evaluatorOrg: { id: string };
let teamOrg: { id: string };
let evaluator: Client;
let dir = '';
const participantIds: string[] = [];

async function as(org: { id: string }, role: RoleName): Promise<Client> {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

/** The workbook's sheets by name, cells as text (an empty cell is null). */
async function sheets(bytes: Buffer): Promise<Map<string, (string | null)[][]>> {
  const file = join(dir, `${randomUUID()}.xlsx`);
  await writeFile(file, bytes);
  const out = new Map<string, (string | null)[][]>();
  const names = ['Toelichting', 'Deelnemers', 'Trajecten', 'Fasen', 'Banen'];
  for (const [sheet, name] of names.entries()) {
    const rows: (string | null)[][] = [];
    for await (const row of readXlsxRows(file, { sheet })) {
      rows.push(row.cells.map((c) => (c === '' ? null : c)));
    }
    out.set(name, rows);
  }
  return out;
}

beforeAll(async () => {
  t = await buildTestApp();
  dir = await mkdtemp(join(tmpdir(), 'research-'));
  evaluatorOrg = await makeOrg(t.db, { type: 'knowledgeInstitute' });
  teamOrg = await makeOrg(t.db, { type: 'ggz' });
  evaluator = await as(evaluatorOrg, 'evaluator');
  // 12 IPS participants referred on 3 March 2025, born 15 March 1990 (34 at referral), in Utrecht; 4 with a job.
  for (let i = 0; i < 12; i++) {
    const id = randomUUID();
    participantIds.push(id);
    await t.db.query(
      `INSERT INTO participants (id, organisation_id, given_name, family_name, date_of_birth, municipality_code, target_groups,
         benefit_situation, email)
       VALUES ($1, $2, 'Geheime', $3, '1990-03-15', 'GM0344', ARRAY['psychologicalVulnerability'], 'participatiewet',
         'geheim@example.org')`,
      [id, teamOrg.id, `Achternaam${i}`],
    );
    const trajectoryId = randomUUID();
    await t.db.query(
      `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date)
       VALUES ($1, $2, $3, 'ips', 'jobSearch', '2025-03-03')`,
      [trajectoryId, id, teamOrg.id],
    );
    await t.db.query(
      `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on)
       VALUES ($1, NULL, 'referral', '2025-03-03'), ($1, 'referral', 'jobSearch', '2025-03-24')`,
      [trajectoryId],
    );
    if (i < 4) {
      await t.db.query(
        `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, start_date, hours_per_week,
           contract_type, wage_form, open_to_anyone)
         VALUES ($1, $2, 'Bakkerij De Geheime Werkgever', 'Verkoper', '2025-06-02', 24, 'temporary', 'marketWage', true)`,
        [id, trajectoryId],
      );
    }
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

async function createStudy(name: string, startsOn = '2026-01-01', endsOn = '2027-12-31'): Promise<ResearchStudy> {
  const res = await evaluator.request('POST', '/api/v1/research-studies', {
    organisationId: evaluatorOrg.id,
    name,
    purpose: 'Werkt IPS beter voor mensen met psychische kwetsbaarheid?',
    legalBasis: 'AVG art. 89, DPIA 2026-04',
    startsOn,
    endsOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ResearchStudy>();
}

describe('research exports', () => {
  it('an evaluator makes a file: pseudonyms, age bands, region, months; no name, e-mail, employer or date', async () => {
    const study = await createStudy(`Studie ${randomUUID().slice(0, 6)}`);
    expect(study.running).toBe(true);
    const body = { from: '2025-03-01', to: '2025-03-31', organisationId: teamOrg.id };
    const res = await evaluator.request('POST', `/api/v1/research-studies/${study.id}/exports`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="onderzoek-studie-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const bytes = res.rawPayload;
    const book = await sheets(bytes);
    const people = book.get('Deelnemers')!;
    expect(people[0]).toEqual([
      'participant',
      'age_band_at_referral',
      'region_code',
      'target_groups',
      'benefit',
      'doelgroepregister',
    ]);
    expect(people).toHaveLength(13);
    expect(
      people.slice(1).every((r) => /^[A-Z2-7]{16}$/.test(String(r[0])) && r[1] === '30-34' && r[2] === 'AM13'),
    ).toBe(true);
    const jobs = book.get('Banen')!;
    expect(jobs).toHaveLength(5);
    expect(jobs[1]!.slice(2, 4)).toEqual(['2025-06', '13']); // 91 days after the referral: 13 whole weeks
    const everything = JSON.stringify([...book.values()].slice(1));
    for (const secret of ['Geheime', 'Achternaam', 'geheim@example.org', 'Bakkerij', 'Verkoper', ...participantIds]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // The same study gives the same pseudonyms; another study gives others.
    const again = await sheets(
      (await evaluator.request('POST', `/api/v1/research-studies/${study.id}/exports`, body)).rawPayload,
    );
    const other = await createStudy(`Andere studie ${randomUUID().slice(0, 6)}`);
    const elsewhere = await sheets(
      (await evaluator.request('POST', `/api/v1/research-studies/${other.id}/exports`, body)).rawPayload,
    );
    const ids = (b: typeof book) =>
      b
        .get('Deelnemers')!
        .slice(1)
        .map((r) => r[0])
        .sort();
    expect(ids(again)).toEqual(ids(book));
    expect(ids(elsewhere).filter((p) => ids(book).includes(p))).toEqual([]);

    // Recorded with its checksum; each participant's audit log names the study.
    const detail = (await evaluator.request('GET', `/api/v1/research-studies/${study.id}`)).json<ResearchStudy>();
    expect(detail.exports).toHaveLength(2);
    expect(detail.exports.map((e) => e.sha256)).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(detail.exports[0]).toMatchObject({ participants: 12, trajectories: 12, format: 'xlsx' });
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(DISTINCT participant_id)::int AS n FROM audit_events
        WHERE action = 'research.export' AND purpose = $1 AND participant_id = ANY ($2::uuid[])`,
      [study.name, participantIds],
    );
    expect(rows[0]!.n).toBe(12);
  });

  it('refuses a study that does not run, a group below 10, a bad study, other roles and other organisations', async () => {
    const ended = await createStudy(`Oud ${randomUUID().slice(0, 6)}`, '2024-01-01', '2024-12-31');
    expect(ended.running).toBe(false);
    const body = { from: '2025-03-01', to: '2025-03-31', organisationId: teamOrg.id };
    expectProblem(await evaluator.request('POST', `/api/v1/research-studies/${ended.id}/exports`, body), 409);
    const study = await createStudy(`Klein ${randomUUID().slice(0, 6)}`);
    const small = await evaluator.request('POST', `/api/v1/research-studies/${study.id}/exports`, {
      ...body,
      from: '2025-04-01',
      to: '2025-04-30',
    });
    expect(expectProblem(small, 409).detail).toMatch(/minder dan 10 mensen/);
    const bad = await evaluator.request('POST', '/api/v1/research-studies', {
      organisationId: evaluatorOrg.id,
      name: study.name,
      purpose: ' ',
      legalBasis: 'x',
      startsOn: '2026-02-01',
      endsOn: '2026-01-01',
    });
    expect(expectProblem(bad, 400).errors!.map((e) => e.location.pointer)).toEqual(['/name', '/purpose', '/endsOn']);
    const manager = await as(teamOrg, 'programmeManager');
    expectProblem(await manager.request('POST', `/api/v1/research-studies/${study.id}/exports`, body), 403);
    const stranger = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
    expectProblem(await stranger.request('POST', `/api/v1/research-studies/${study.id}/exports`, body), 404);
    expect((await stranger.request('GET', '/api/v1/research-studies')).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
