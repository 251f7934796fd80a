/**
 * Import from spreadsheets through the HTTP API: upload, suggested mapping, the dry run's report of
 * every deliberate error (row, column, value, Dutch message), all-or-nothing commit, idempotent
 * re-import, trajectories and jobs referring to imported participants, XLSX, templates, a commit that
 * fails halfway, and who may see an import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';
import { readXlsxRows, writeXlsx } from '../../platform/spreadsheet/xlsx.js';
import { AUDIT_BATCH, STAGE_BATCH } from './imports.service.js';

let t: TestApp;
let org: { id: string; name: string };
let coach: Client;
let coachEmail: string;

interface ImportView {
  id: string;
  status: string;
  columns: { index: number; header: string }[];
  fields: { key: string; label: string; required: boolean; column: number | null }[];
  counts: { rows: number; errors: number; new: number; changed: number; unchanged: number };
  progress: { percent: number };
  failure: { code: string; message: string } | null;
}
interface ImportErrorItem {
  row: number;
  field: string | null;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

async function upload(
  client: Client,
  kind: string,
  content: string | Uint8Array,
  contentType = 'text/csv',
  fileName = 'bestand.csv',
) {
  return client.request(
    'POST',
    `/api/v1/imports?kind=${kind}&fileName=${encodeURIComponent(fileName)}`,
    typeof content === 'string' ? content : Buffer.from(content),
    { 'content-type': contentType },
  );
}

async function settle(client: Client, id: string): Promise<ImportView> {
  for (let i = 0; i < 600; i += 1) {
    const res = await client.request('GET', `/api/v1/imports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ImportView>();
    if (body.status !== 'validating' && body.status !== 'committing') {
      return body;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Uploads, confirms the suggested mapping and waits for the dry run. */
async function dryRun(client: Client, kind: string, content: string | Uint8Array, contentType?: string) {
  const created = await upload(client, kind, content, contentType);
  expect(created.statusCode, created.body).toBe(201);
  const view = created.json<ImportView>();
  const mapping = Object.fromEntries(view.fields.filter((f) => f.column !== null).map((f) => [f.key, f.column]));
  const started = await client.request('POST', `/api/v1/imports/${view.id}/validation`, { mapping });
  expect(started.statusCode, started.body).toBe(202);
  return settle(client, view.id);
}

async function commit(client: Client, id: string) {
  const res = await client.request('POST', `/api/v1/imports/${id}/commit`);
  expect(res.statusCode, res.body).toBe(202);
  return settle(client, id);
}

async function errorsOf(client: Client, id: string): Promise<ImportErrorItem[]> {
  const res = await client.request('GET', `/api/v1/imports/${id}/errors?pageSize=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ImportErrorItem[] }>().items;
}

const HEADER =
  'Nummer;Voornaam;Achternaam;Geboortedatum;Gemeente;E-mailadres;Telefoonnummer;BSN;Doelgroepen;Uitkering;Doelgroepregister';

function participantsCsv(prefix: string, rows: string[][]) {
  return [HEADER, ...rows.map((r) => [`${prefix}${r[0]}`, ...r.slice(1)].join(';'))].join('\r\n');
}

beforeAll(async () => {
  t = await buildTestApp();
  org = await makeOrg(t.db, { name: `IPS-team ${uid()}`, type: 'ggz' });
  const user = await makeUser(t.db, [{ organisationId: org.id, role: 'jobCoach' }]);
  coachEmail = user.email;
  coach = await login(t.app, user.email, PASSWORD);
});
afterAll(async () => {
  await t.close();
});

describe('import of participants', () => {
  it('reads the header row and suggests which column is which field', async () => {
    const res = await upload(coach, 'participants', participantsCsv('x', []));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ImportView>();
    expect(view.status).toBe('uploaded');
    expect(view.columns.map((c) => c.header)).toEqual(HEADER.split(';'));
    expect(Object.fromEntries(view.fields.map((f) => [f.key, f.column]))).toEqual({
      externalId: 0,
      givenName: 1,
      familyName: 2,
      dateOfBirth: 3,
      municipalityCode: 4,
      email: 5,
      phone: 6,
      bsn: 7,
      targetGroups: 8,
      benefitSituation: 9,
      doelgroepregister: 10,
    });
  });

  it('refuses a mapping without a required field, or with one column twice', async () => {
    const view = (await upload(coach, 'participants', participantsCsv('x', []))).json<ImportView>();
    const missing = await coach.request('POST', `/api/v1/imports/${view.id}/validation`, {
      mapping: { externalId: 0, givenName: 1 },
    });
    const body = expectProblem(missing, 400);
    expect(body.errors?.map((e) => e.location.pointer)).toEqual(
      expect.arrayContaining(['/mapping/familyName', '/mapping/dateOfBirth', '/mapping/municipalityCode']),
    );
    const twice = await coach.request('POST', `/api/v1/imports/${view.id}/validation`, {
      mapping: { externalId: 0, givenName: 1, familyName: 1, dateOfBirth: 3, municipalityCode: 4 },
    });
    expect(expectProblem(twice, 400).errors?.[0]?.code).toBe('column-twice');
  });

  it('reports each deliberate error of a file with its row, column, value and a Dutch message, and saves nothing', async () => {
    const p = `E${uid()}-`;
    const csv = participantsCsv(p, [
      ['1', 'Anna', 'Jansen', '14-3-1990', 'Utrecht', '', '', '', 'Psychisch kwetsbaar', 'Bijstand', 'nee'], // row 2: good
      ['2', 'Bram', 'Visser', '31-2-1990', 'Utrecht', '', '', '', '', '', ''], // row 3: no such date
      ['3', 'Cas', 'Smit', '1-1-1991', 'Atlantis', '', '', '', '', '', ''], // row 4: unknown gemeente
      ['4', 'Dirk', 'Mulder', '1-1-1992', 'GM0344', '', '', '123456789', '', '', ''], // row 5: BSN fails the 11-proof
      ['5', '', 'de Wit', '1-1-1993', 'Utrecht', '', '', '', '', '', ''], // row 6: given name empty
      ['1', 'Eva', 'Bakker', '1-1-1994', 'Utrecht', '', '', '', '', '', ''], // row 7: number also in row 2
      ['6', 'Femke', 'Bos', '1-1-2020', 'Utrecht', '', '', '', '', '', ''], // row 8: too young
      ['7', 'Gijs', 'Kok', '1-1-1980', 'Utrecht', 'geen-adres', '', '', 'Astronaut', '', 'misschien'], // row 9: three
    ]);
    const view = await dryRun(coach, 'participants', csv);
    expect(view.status).toBe('validated');
    expect(view.counts).toMatchObject({ rows: 8, new: 1, changed: 0, unchanged: 0 });
    const errors = await errorsOf(coach, view.id);
    expect(errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [3, 'Geboortedatum', '31-2-1990', 'date-invalid'],
      [4, 'Gemeente', 'Atlantis', 'municipality-unknown'],
      [5, 'BSN', '123456789', 'bsn-invalid'],
      [6, 'Voornaam', '', 'required'],
      [7, 'Nummer', `${p}1`, 'duplicate-in-file'],
      [8, 'Geboortedatum', '1-1-2020', 'too-young'],
      [9, 'E-mailadres', 'geen-adres', 'email-format'],
      [9, 'Doelgroepen', 'Astronaut', 'choice-unknown'],
      [9, 'Doelgroepregister', 'misschien', 'boolean-format'],
    ]);
    const byCode = Object.fromEntries(errors.map((e) => [e.code, e.message]));
    expect(byCode['date-invalid']).toBe('Deze datum bestaat niet.');
    expect(byCode['municipality-unknown']).toContain('De gemeente "Atlantis" kennen we niet');
    expect(byCode['duplicate-in-file']).toContain('rij 2');
    expect(byCode['required']).toBe('Voornaam is leeg, maar is verplicht.');
    expect(view.counts.errors).toBe(9);

    // All or nothing: with errors the commit is refused and no participant exists.
    expectProblem(await coach.request('POST', `/api/v1/imports/${view.id}/commit`), 409);
    const { rows } = await t.db.query('SELECT 1 FROM participants WHERE external_id LIKE $1', [`${p}%`]);
    expect(rows).toHaveLength(0);

    // The messages in English for an English caller.
    expect((await coach.request('PATCH', '/api/v1/me', { language: 'en' })).statusCode).toBe(200);
    const en = await coach.request('GET', `/api/v1/imports/${view.id}/errors`);
    expect((await coach.request('PATCH', '/api/v1/me', { language: 'nl' })).statusCode).toBe(200);
    expect(en.json<{ items: ImportErrorItem[] }>().items[0]!.message).toBe('This date does not exist.');
  });

  it('saves a good file in one go, encrypts the BSN, records the import for each participant, and deletes the file', async () => {
    const p = `G${uid()}-`;
    const csv = participantsCsv(p, [
      [
        '1',
        'Anna',
        'Jansen',
        '14-3-1990',
        'Utrecht',
        'anna@example.nl',
        '612345678',
        '11122341',
        'Psychisch kwetsbaar, uitkering',
        'Participatiewet',
        'ja',
      ],
      ['2', 'Bram', 'de Vries', '1990-07-02', 'GM0355', '', '', '', '', '', ''],
    ]);
    const view = await dryRun(coach, 'participants', csv);
    expect(view.counts).toMatchObject({ rows: 2, errors: 0, new: 2 });
    const done = await commit(coach, view.id);
    expect(done.status).toBe('committed');

    const { rows } = await t.db.query<Record<string, unknown>>(
      `SELECT id, given_name, family_name, date_of_birth, municipality_code, email, phone, target_groups, benefit_situation,
         doelgroepregister, bsn_encrypted, bsn_hash, external_id, organisation_id
       FROM participants WHERE external_id LIKE $1 ORDER BY external_id`,
      [`${p}%`],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      given_name: 'Anna',
      family_name: 'Jansen',
      date_of_birth: '1990-03-14',
      municipality_code: 'GM0344',
      email: 'anna@example.nl',
      phone: '0612345678',
      target_groups: ['psychologicalVulnerability', 'benefitRecipient'],
      benefit_situation: 'participatiewet',
      doelgroepregister: true,
      organisation_id: org.id,
    });
    // Excel dropped the leading zero of BSN 011122341; it is stored encrypted, never as plain text.
    expect(String(rows[0]!.bsn_encrypted)).not.toContain('011122341');
    expect(rows[0]!.bsn_hash).toBeTruthy();
    expect(rows[1]).toMatchObject({
      given_name: 'Bram',
      municipality_code: 'GM0355',
      benefit_situation: 'none',
      doelgroepregister: false,
    });

    const audit = await t.db.query<{ participant_id: string }>(
      `SELECT participant_id FROM audit_events WHERE action = 'import.record' AND participant_id = ANY($1::uuid[])`,
      [rows.map((r) => r.id)],
    );
    expect(audit.rows).toHaveLength(2);
    const left = await t.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM import_file_chunks WHERE import_id = $1) + (SELECT count(*) FROM import_rows WHERE import_id = $1) AS n`,
      [view.id],
    );
    expect(left.rows[0]!.n).toBe(0);
  });

  it('changes nothing when the same file is imported again, and only the changed row when one cell changed', async () => {
    const p = `R${uid()}-`;
    const rows = [
      ['1', 'Anna', 'Jansen', '14-3-1990', 'Utrecht', '', '', '', 'Statushouder, psychisch kwetsbaar', '', ''],
      ['2', 'Bram', 'Visser', '2-7-1990', 'Utrecht', '', '', '', '', 'WW', 'nee'],
    ];
    await commit(coach, (await dryRun(coach, 'participants', participantsCsv(p, rows))).id);
    const before = await t.db.query<{ updated_at: Date }>(
      'SELECT updated_at FROM participants WHERE external_id LIKE $1 ORDER BY external_id',
      [`${p}%`],
    );

    const again = await dryRun(coach, 'participants', participantsCsv(p, rows));
    expect(again.counts).toMatchObject({ rows: 2, errors: 0, new: 0, changed: 0, unchanged: 2 });
    expect((await commit(coach, again.id)).status).toBe('committed');
    const after = await t.db.query<{ updated_at: Date }>(
      'SELECT updated_at FROM participants WHERE external_id LIKE $1 ORDER BY external_id',
      [`${p}%`],
    );
    expect(after.rows).toEqual(before.rows);

    const changed = await dryRun(
      coach,
      'participants',
      participantsCsv(p, [rows[0]!, ['2', 'Bram', 'Visser', '2-7-1990', 'Amersfoort', '', '', '', '', 'WW', 'nee']]),
    );
    expect(changed.counts).toMatchObject({ new: 0, changed: 1, unchanged: 1 });
    await commit(coach, changed.id);
    const moved = await t.db.query<{ municipality_code: string }>(
      'SELECT municipality_code FROM participants WHERE external_id = $1',
      [`${p}2`],
    );
    expect(moved.rows[0]!.municipality_code).toBe('GM0307');
  });
});

describe('import of a file larger than one batch', () => {
  it('stages, saves and records every row exactly once across the batches of staging and of the audit', async () => {
    const p = `B${uid()}-`;
    const n = Math.max(STAGE_BATCH, AUDIT_BATCH) + 1;
    const rows = Array.from({ length: n }, (_, i) => [
      String(i + 1),
      i % 3 === 0 ? 'Zoë' : 'Anna',
      i % 5 === 0 ? 'Yılmaz' : "'t Hart",
      `${1 + (i % 28)}-${1 + (i % 12)}-${1960 + (i % 40)}`,
      'Utrecht',
      '',
      '',
      '',
      i % 2 === 0 ? 'Statushouder, psychisch kwetsbaar' : '',
      'WW',
      'nee',
    ]);
    const view = await dryRun(coach, 'participants', participantsCsv(p, rows));
    expect(view.counts).toMatchObject({ rows: n, errors: 0, new: n, changed: 0, unchanged: 0 });
    expect((await commit(coach, view.id)).status).toBe('committed');
    const stored = await t.db.query<{ n: number; distinct: number; zoe: number }>(
      `SELECT count(*) AS n, count(DISTINCT external_id) AS distinct, count(*) FILTER (WHERE given_name = 'Zoë') AS zoe
       FROM participants WHERE organisation_id = $1 AND external_id LIKE $2`,
      [org.id, `${p}%`],
    );
    expect(stored.rows[0]).toEqual({ n, distinct: n, zoe: Math.ceil(n / 3) });
    const audit = await t.db.query<{ records: number; participants: number; unmatched: number }>(
      `SELECT count(*) AS records, count(DISTINCT a.participant_id) AS participants,
         count(*) FILTER (WHERE p.id IS NULL OR p.external_id NOT LIKE $2) AS unmatched
       FROM audit_events a LEFT JOIN participants p ON p.id = a.participant_id
       WHERE a.action = 'import.record' AND a.resource_type = 'participant' AND a.request_id = $1`,
      [`import-${view.id}`, `${p}%`],
    );
    expect(audit.rows[0]).toEqual({ records: n, participants: n, unmatched: 0 });
    const left = await t.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM import_file_chunks WHERE import_id = $1) + (SELECT count(*) FROM import_rows WHERE import_id = $1)
         + (SELECT count(*) FROM import_errors WHERE import_id = $1) AS n`,
      [view.id],
    );
    expect(left.rows[0]!.n).toBe(0);
    // The same file again: every row unchanged, no record of a change.
    const again = await dryRun(coach, 'participants', participantsCsv(p, rows));
    expect(again.counts).toMatchObject({ rows: n, errors: 0, new: 0, changed: 0, unchanged: n });
  });
});

describe('import of trajectories and jobs', () => {
  it('adds trajectories with their phase history and coach, so they appear in the caseload; jobs from an XLSX file', async () => {
    const p = `T${uid()}-`;
    await commit(
      coach,
      (
        await dryRun(
          coach,
          'participants',
          participantsCsv(p, [
            ['1', 'Anna', 'Jansen', '14-3-1990', 'Utrecht', '', '', '', '', '', ''],
            ['2', 'Bram', 'Visser', '2-7-1990', 'Utrecht', '', '', '', '', '', ''],
          ]),
        )
      ).id,
    );
    const trajectories = [
      'Nummer;Nummer deelnemer;Aanpak;Aanmelddatum;Fase;Datum fase;Reden afsluiten;E-mail begeleider',
      `${p}T1;${p}1;IPS;1-9-2025;Zoeken naar werk;1-10-2025;;${coachEmail}`,
      `${p}T2;${p}2;Jobcoaching;15-1-2025;Afgesloten;30-6-2025;Duurzaam aan het werk;`,
      `${p}T3;${p}9;IPS;1-9-2025;;;;`,
    ].join('\n');
    const checked = await dryRun(coach, 'trajectories', trajectories);
    expect(checked.counts).toMatchObject({ rows: 3, new: 2, errors: 1 });
    const [unknown] = await errorsOf(coach, checked.id);
    expect(unknown).toMatchObject({ row: 4, column: 'Nummer deelnemer', value: `${p}9`, code: 'participant-unknown' });

    // Without the bad row the file goes in.
    const good = await dryRun(coach, 'trajectories', trajectories.split('\n').slice(0, 3).join('\n'));
    expect(good.counts).toMatchObject({ rows: 2, new: 2, errors: 0 });
    expect((await commit(coach, good.id)).status).toBe('committed');
    const { rows: events } = await t.db.query<{
      external_id: string;
      from_phase: string | null;
      to_phase: string;
      occurred_on: string;
    }>(
      `SELECT t.external_id, e.from_phase, e.to_phase, e.occurred_on FROM trajectory_phase_events e
       JOIN trajectories t ON t.id = e.trajectory_id WHERE t.external_id LIKE $1 ORDER BY t.external_id, e.occurred_on`,
      [`${p}%`],
    );
    expect(events).toEqual([
      { external_id: `${p}T1`, from_phase: null, to_phase: 'referral', occurred_on: '2025-09-01' },
      { external_id: `${p}T1`, from_phase: 'referral', to_phase: 'jobSearch', occurred_on: '2025-10-01' },
      { external_id: `${p}T2`, from_phase: null, to_phase: 'referral', occurred_on: '2025-01-15' },
      { external_id: `${p}T2`, from_phase: 'referral', to_phase: 'closed', occurred_on: '2025-06-30' },
    ]);
    const anna = await t.db.query<{ id: string }>('SELECT id FROM participants WHERE external_id = $1', [`${p}1`]);
    const caseload = await coach.request('GET', `/api/v1/participants?mine=true&pageSize=200`);
    expect(caseload.statusCode, caseload.body).toBe(200);
    expect(caseload.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(anna.rows[0]!.id);

    // A later file moves T1 on; going back to referral or reopening T2 is refused per row.
    const moves = [
      'Nummer;Nummer deelnemer;Aanpak;Aanmelddatum;Fase;Datum fase;Reden afsluiten',
      `${p}T1;${p}1;IPS;1-9-2025;Aan het werk met steun;1-11-2025;`,
      `${p}T2;${p}2;Jobcoaching;15-1-2025;Nazorg;1-7-2025;`,
    ].join('\n');
    const moved = await dryRun(coach, 'trajectories', moves);
    expect((await errorsOf(coach, moved.id)).map((e) => [e.row, e.code])).toEqual([[3, 'phase-closed-stays-closed']]);

    // Jobs from an Excel workbook.
    const xlsx = writeXlsx([
      {
        name: 'Banen',
        rows: [
          [
            'Nummer',
            'Nummer deelnemer',
            'Nummer traject',
            'Werkgever',
            'Functie',
            'Eerste werkdag',
            'Laatste werkdag',
            'Reden einde',
            'Uren per week',
            'Contract',
            'Loon',
          ],
          [
            `${p}B1`,
            `${p}1`,
            `${p}T1`,
            'Bakkerij Jansen',
            'Medewerker inpak',
            '2025-11-01',
            null,
            null,
            '24,5',
            'Tijdelijk',
            'Loonkostensubsidie',
          ],
          [
            `${p}B2`,
            `${p}2`,
            null,
            'Gemeente Utrecht',
            'Groen',
            '2025-03-01',
            '2025-02-01',
            'Contract afgelopen',
            32,
            'Vast',
            'Marktconform loon',
          ],
        ],
      },
    ]);
    const jobs = await dryRun(
      coach,
      'jobEpisodes',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await errorsOf(coach, jobs.id)).map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Laatste werkdag', 'end-before-start'],
    ]);
    expect(jobs.counts).toMatchObject({ rows: 2, new: 1 });
  });

  it('leaves nothing behind when the commit fails halfway', async () => {
    const p = `K${uid()}-`;
    await commit(
      coach,
      (
        await dryRun(
          coach,
          'participants',
          participantsCsv(p, [['1', 'Anna', 'Jansen', '14-3-1990', 'Utrecht', '', '', '', '', '', '']]),
        )
      ).id,
    );
    const file = [
      'Nummer;Nummer deelnemer;Aanpak;Aanmelddatum;Fase;Datum fase',
      `${p}T1;${p}1;IPS;1-9-2025;Intake;1-10-2025`,
    ].join('\n');
    const checked = await dryRun(coach, 'trajectories', file);
    expect(checked.counts.errors).toBe(0);
    // The database refuses the assignment, the last step of the commit: trajectories and events are already written.
    await t.db.exec(`CREATE FUNCTION fail_assignment_${p.slice(1, 11)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF EXISTS (SELECT 1 FROM trajectories WHERE id = NEW.trajectory_id AND external_id LIKE '${p}%') THEN
        RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_assignment_${p.slice(1, 11)} BEFORE INSERT ON trajectory_assignments FOR EACH ROW
        EXECUTE FUNCTION fail_assignment_${p.slice(1, 11)}();`);
    try {
      const failed = await commit(coach, checked.id);
      expect(failed.status).toBe('failed');
      expect(failed.failure?.message).toContain('Er is niets opgeslagen');
    } finally {
      await t.db.exec(`DROP TRIGGER fail_assignment_${p.slice(1, 11)} ON trajectory_assignments;
        DROP FUNCTION fail_assignment_${p.slice(1, 11)}();`);
    }
    const { rows } = await t.db.query('SELECT 1 FROM trajectories WHERE external_id LIKE $1', [`${p}%`]);
    expect(rows).toHaveLength(0);
    const events = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'import.record' AND request_id = $1`, [
      `import-${checked.id}`,
    ]);
    expect(events.rows).toHaveLength(0);
    // It can be checked and saved again once the cause is gone.
    const again = await coach.request('POST', `/api/v1/imports/${checked.id}/validation`, {
      mapping: Object.fromEntries(checked.fields.filter((f) => f.column !== null).map((f) => [f.key, f.column])),
    });
    expect(again.statusCode, again.body).toBe(202);
    await settle(coach, checked.id);
    expect((await commit(coach, checked.id)).status).toBe('committed');
  });
});

describe('templates, files and access', () => {
  it('offers templates whose example rows pass the dry run', async () => {
    const csv = await coach.request('GET', '/api/v1/import-templates/participants/csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('meedoen-voorbeeld-deelnemers.csv');
    expect(csv.body.startsWith('\uFEFFNummer;Voornaam;Achternaam')).toBe(true);
    const xlsx = await coach.request('GET', '/api/v1/import-templates/participants/xlsx');
    expect(xlsx.statusCode).toBe(200);
    const sheet = [];
    const payload = xlsx.rawPayload;
    for await (const r of readXlsxRows(
      (async function* () {
        yield payload;
      })(),
    )) {
      sheet.push(r.cells);
    }
    expect(sheet[0]?.slice(0, 3)).toEqual(['Nummer', 'Voornaam', 'Achternaam']);
    const checked = await dryRun(coach, 'participants', xlsx.rawPayload, 'application/octet-stream');
    expect(checked.counts).toMatchObject({ rows: 2, errors: 0 });
  });

  it('reads a Windows-1252 CSV as Dutch Excel saves it, and refuses a file that is no spreadsheet', async () => {
    const latin1 = Buffer.from(`${HEADER}\r\nW${uid()};Zoë;Müller;1-1-1990;Utrecht;;;;;;\r\n`, 'latin1');
    const checked = await dryRun(coach, 'participants', latin1);
    expect(checked.counts).toMatchObject({ rows: 1, errors: 0 });
    const broken = await upload(
      coach,
      'participants',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'application/octet-stream',
    );
    const problem = expectProblem(broken, 400);
    expect(problem.errors?.[0]?.code).toBe('file-unreadable');
    const empty = await upload(coach, 'participants', '');
    expectProblem(empty, 400);
  });

  it('shows an import only to professionals of its organisation', async () => {
    const view = (await upload(coach, 'participants', participantsCsv('A', []))).json<ImportView>();
    const other = await makeOrg(t.db);
    const stranger = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: other.id, role: 'jobCoach' }])).email,
      PASSWORD,
    );
    expectProblem(await stranger.request('GET', `/api/v1/imports/${view.id}`), 404);
    expectProblem(await stranger.request('GET', `/api/v1/imports/${view.id}/errors`), 404);
    const list = await stranger.request('GET', '/api/v1/imports');
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(view.id);
    const employer = await login(
      t.app,
      (await makeUser(t.db, [{ organisationId: org.id, role: 'employer' }])).email,
      PASSWORD,
    );
    expectProblem(await employer.request('GET', `/api/v1/imports/${view.id}`), 403);
  });
});
