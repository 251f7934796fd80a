import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, DRIVER } from '../../../test/helpers.js';
import { sqlState, type Db } from './db.js';
import { migrationsCurrent, readMigrations, MigrationError, migrate } from './migrate.js';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

describe(`database layer on ${DRIVER}`, () => {
  it('returns the same JavaScript types on PGlite and PostgreSQL', async () => {
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT count(*) AS n, 9007199254740991::bigint AS big, 12.50::numeric(10,2) AS amount, DATE '2026-03-29' AS day,
              TIMESTAMPTZ '2026-03-29 02:30:00+02' AS at, '{"a":1}'::jsonb AS doc, true AS flag, 7::int AS small
         FROM (VALUES (1), (2)) v(x)`,
    );
    expect(rows[0]).toEqual({
      n: 2,
      big: 9007199254740991,
      amount: '12.50',
      day: '2026-03-29',
      at: new Date('2026-03-29T00:30:00.000Z'),
      doc: { a: 1 },
      flag: true,
      small: 7,
    });
  });

  it.runIf(DRIVER === 'pg')('connects with the JIT compiler off (it made a 100 ms caseload take 1.5 s)', async () => {
    const { rows } = await db.query<{ jit: string }>('SHOW jit');
    expect(rows[0]!.jit).toBe('off');
  });

  it('rolls a failed transaction back completely', async () => {
    const name = `rollback-${Date.now()}`;
    await expect(
      db.tx(async (tx) => {
        await tx.query(
          `INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, 'gemeente', 'AM13', $2)`,
          [name, name],
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await db.query('SELECT 1 FROM organisations WHERE name = $1', [name]);
    expect(rows).toHaveLength(0);
  });

  it('sends parameters of every kind as their PostgreSQL types, also when a statement runs again', async () => {
    const sql = `SELECT $1::timestamptz AS at, $2::jsonb AS doc, $3::text[] AS words, $4::uuid[] AS ids, $5::boolean AS flag,
                        $6::int AS n, $7::numeric AS amount, $8::text AS missing, $9::date AS day`;
    const at = new Date('2026-12-07T10:11:12.345Z');
    const id = '7f1c3a5e-8b2d-4c6f-9e1a-0b3d5f7a9c2e';
    for (const round of [1, 2]) {
      const { rows } = await db.query<Record<string, unknown>>(sql, [
        at,
        { a: round, tekst: 'één "twee"' },
        ['een', 'twee, drie', 'vier"', null],
        [id],
        round === 1,
        round * 7,
        '12.50',
        null,
        '2026-03-29',
      ]);
      expect(rows[0]).toEqual({
        at,
        doc: { a: round, tekst: 'één "twee"' },
        words: ['een', 'twee, drie', 'vier"', null],
        ids: [id],
        flag: round === 1,
        n: round * 7,
        amount: '12.50',
        missing: null,
        day: '2026-03-29',
      });
    }
  });

  it('a failed statement keeps its SQLSTATE and spoils neither the next one nor itself run again', async () => {
    await expect(db.query('SELEC 1')).rejects.toThrow();
    const slug = `dup-${Date.now()}`;
    const insert = `INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, 'gemeente', 'AM13', $2)`;
    await db.query(insert, [slug, slug]);
    const duplicate = await db.query(insert, [slug, slug]).catch((error: unknown) => error);
    expect(sqlState(duplicate)).toBe('23505');
    const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM organisations WHERE slug = $1', [slug]);
    expect(rows[0]!.n).toBe(1);
  });

  it('does not report a transaction as committed when PostgreSQL rolled it back', async () => {
    const slug = `aborted-${Date.now()}`;
    await expect(
      db.tx(async (tx) => {
        await tx.query(
          `INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, 'gemeente', 'AM13', $2)`,
          [slug, slug],
        );
        // A failure that the work swallows: PostgreSQL has aborted the transaction all the same.
        await tx.query('SELECT 1/0').catch(() => undefined);
        return 'done';
      }),
    ).rejects.toThrow(/rolled back/);
    const { rows } = await db.query('SELECT 1 FROM organisations WHERE slug = $1', [slug]);
    expect(rows).toHaveLength(0);
  });

  it('a statement from outside never becomes part of an open transaction', async () => {
    const inside = `inside-${Date.now()}`;
    const outside = `outside-${Date.now()}`;
    const insert = `INSERT INTO organisations (name, type, region_code, slug) VALUES ($1, 'gemeente', 'AM13', $2)`;
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    const failing = db.tx(async (tx) => {
      await tx.query(insert, [inside, inside]);
      started();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('boom');
    });
    await begun;
    await db.query(insert, [outside, outside]);
    await expect(failing).rejects.toThrow('boom');
    const { rows } = await db.query<{ slug: string }>('SELECT slug FROM organisations WHERE slug = ANY($1)', [
      [inside, outside],
    ]);
    expect(rows.map((r) => r.slug)).toEqual([outside]);
  });

  it('has every migration applied with its recorded checksum', async () => {
    expect(await migrationsCurrent(db)).toBe(true);
    const { rows } = await db.query<{ version: number; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ version: m.version, checksum: m.checksum })));
  });

  it('refuses to start when a committed migration was edited afterwards', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(db, edited)).rejects.toThrow(MigrationError);
    expect(await migrationsCurrent(db, edited)).toBe(false);
  });

  it('has the expected tables, the append-only trigger and the audit chain heads', async () => {
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual([
      'api_tokens',
      'approaches',
      'audit_chain_heads',
      'audit_events',
      'capacity_answers',
      'capacity_assessments',
      'carved_job_tasks',
      'carved_jobs',
      'consent_state',
      'consents',
      'contacts',
      'data_requests',
      'employer_contact_log',
      'employer_contacts',
      'employer_events',
      'employer_job_tasks',
      'employer_jobs',
      'employer_locations',
      // employer support requests (migration 0025)
      'employer_support_request_events',
      'employer_support_requests',
      'employers',
      'fidelity_action_points',
      'fidelity_review_scores',
      'fidelity_reviews',
      'import_errors',
      'import_file_chunks',
      'import_rows',
      'imports',
      'initiative_approaches',
      'initiative_documents',
      'initiative_parties',
      'initiatives',
      // instrument applications (helper A, migration 0018)
      'instrument_application_events',
      'instrument_applications',
      // candidate search and introductions (helper B, migration 0019)
      'introduction_events',
      'introductions',
      'job_episodes',
      'knowledge_files',
      'knowledge_item_approaches',
      'knowledge_item_events',
      'knowledge_item_versions',
      'knowledge_items',
      'knowledge_search_state',
      'knowledge_words',
      'learning_cohort_coaches',
      'learning_cohort_employers',
      'learning_cohorts',
      'learning_enrolments',
      'learning_event_materials',
      'learning_event_registrations',
      'learning_events',
      'learning_intervision_groups',
      'learning_intervision_members',
      'learning_network_members',
      'learning_networks',
      'learning_outcomes',
      'learning_progress_notes',
      'learning_quality_checks',
      'learning_route_partners',
      'learning_route_steps',
      'learning_route_targets',
      'learning_routes',
      'learning_step_events',
      'learning_track_assignments',
      'learning_track_materials',
      'learning_track_modules',
      'learning_track_participants',
      'learning_track_progress',
      'learning_tracks',
      'mail_outbox',
      'memberships',
      'municipalities',
      'oidc_identities',
      'oidc_login_states',
      'oidc_providers',
      'organisations',
      'participant_wishes',
      'participants',
      'plan_actions',
      'plan_agreements',
      'plan_comments',
      'plan_events',
      'plan_goals',
      'process_answers',
      'process_questions',
      'process_rounds',
      'programme_goals',
      'programmes',
      'recovery_codes',
      'regions',
      'research_exports',
      'research_studies',
      'schema_migrations',
      'sessions',
      'trajectories',
      'trajectory_assignments',
      'trajectory_phase_events',
      'user_tokens',
      'users',
      'vacancies',
      'vacancy_tasks',
    ]);
    const { rows: triggers } = await db.query<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual(['audit_events_no_truncate', 'audit_events_no_update']);
    const { rows: heads } = await db.query<{ n: number }>('SELECT count(*) AS n FROM audit_chain_heads');
    expect(heads[0]!.n).toBe(16);
  });

  it("loaded the 35 arbeidsmarktregio's and 342 gemeenten of 2026", async () => {
    const { rows } = await db.query<{ r: number; m: number; utrecht: string }>(
      `SELECT (SELECT count(*) FROM regions) AS r, (SELECT count(*) FROM municipalities) AS m,
              (SELECT r.name FROM municipalities m JOIN regions r ON r.code = m.region_code WHERE m.name = 'Utrecht') AS utrecht`,
    );
    expect(rows[0]).toEqual({ r: 35, m: 342, utrecht: 'Midden-Utrecht' });
  });

  it('runs Dutch full-text search the same on both engines', async () => {
    const { rows } = await db.query<{ v: string; hit: boolean }>(
      `SELECT to_tsvector('dutch', 'werkzoekenden met een arbeidsbeperking')::text AS v,
              to_tsvector('dutch', 'werkzoekenden met een arbeidsbeperking') @@ plainto_tsquery('dutch', 'werkzoekende arbeidsbeperkingen') AS hit`,
    );
    expect(rows[0]).toEqual({ v: "'arbeidsbeperk':4 'werkzoek':1", hit: true });
  });
});
