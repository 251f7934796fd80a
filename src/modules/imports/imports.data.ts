/**
 * SQL of the importer: the import record, staged rows and errors, the checks that need the database
 * (references, duplicates, phase rules) and the set-based apply that moves staged rows into
 * participants, trajectories and job episodes. Column lists come from the fixed specs below, never
 * from the file: only values are parameters or JSON.
 */
import type { Queryable } from '../../platform/db/db.js';
import type { ImportKind } from './imports.fields.js';

export type ImportStatus =
  'uploaded' | 'validating' | 'validated' | 'committing' | 'committed' | 'failed' | 'discarded';

export interface ImportRow {
  id: string;
  organisationId: string;
  kind: ImportKind;
  fileName: string;
  fileFormat: 'csv' | 'xlsx';
  fileBytes: number;
  status: ImportStatus;
  columns: { index: number; header: string }[];
  mapping: Record<string, number> | null;
  rowsTotal: number;
  rowsProcessed: number;
  bytesProcessed: number;
  errorCount: number;
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
  failure: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
  validatedAt: Date | null;
  committedAt: Date | null;
}

const SELECT_IMPORT = `SELECT i.id, i.organisation_id AS "organisationId", i.kind, i.file_name AS "fileName",
  i.file_format AS "fileFormat", i.file_bytes AS "fileBytes", i.status, i.columns, i.mapping,
  i.rows_total AS "rowsTotal", i.rows_processed AS "rowsProcessed", i.bytes_processed AS "bytesProcessed",
  i.error_count AS "errorCount", i.rows_new AS "rowsNew", i.rows_changed AS "rowsChanged",
  i.rows_unchanged AS "rowsUnchanged", i.failure, i.created_by AS "createdBy", u.name AS "createdByName",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.validated_at AS "validatedAt", i.committed_at AS "committedAt"
  FROM imports i LEFT JOIN users u ON u.id = i.created_by`;

export async function insertImport(
  q: Queryable,
  row: { id: string; organisationId: string; kind: ImportKind; fileName: string; createdBy: string },
): Promise<void> {
  await q.query(
    `INSERT INTO imports (id, organisation_id, kind, file_name, file_format, status, created_by)
     VALUES ($1, $2, $3, $4, 'csv', 'uploaded', $5)`,
    [row.id, row.organisationId, row.kind, row.fileName, row.createdBy],
  );
}

export async function finishUpload(
  q: Queryable,
  id: string,
  file: {
    bytes: number;
    format: 'csv' | 'xlsx';
    columns: { index: number; header: string }[];
    mapping: Record<string, number>;
  },
): Promise<void> {
  await q.query(
    `UPDATE imports SET file_bytes = $2, file_format = $3, columns = $4::jsonb, mapping = $5::jsonb, updated_at = now()
     WHERE id = $1`,
    [id, file.bytes, file.format, JSON.stringify(file.columns), JSON.stringify(file.mapping)],
  );
}

export async function deleteImport(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM imports WHERE id = $1', [id]);
}

export async function getImport(q: Queryable, id: string, lock = false): Promise<ImportRow | null> {
  const { rows } = await q.query<ImportRow>(`${SELECT_IMPORT} WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function findImports(
  q: Queryable,
  organisationIds: readonly string[],
  limit: number,
  offset: number,
): Promise<{ rows: ImportRow[]; total: number }> {
  const { rows } = await q.query<ImportRow & { total: number }>(
    `${SELECT_IMPORT.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')}
     WHERE i.organisation_id = ANY($1::uuid[]) AND i.status <> 'discarded'
     ORDER BY i.created_at DESC, i.id LIMIT $2 OFFSET $3`,
    [organisationIds, limit, offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function setStatus(
  q: Queryable,
  id: string,
  status: ImportStatus,
  extra: { mapping?: Record<string, number>; failure?: string | null } = {},
): Promise<void> {
  await q.query(
    `UPDATE imports SET status = $2, mapping = coalesce($3::jsonb, mapping), failure = $4, updated_at = now(),
       rows_processed = CASE WHEN $2 = 'validating' THEN 0 ELSE rows_processed END,
       bytes_processed = CASE WHEN $2 = 'validating' THEN 0 ELSE bytes_processed END
     WHERE id = $1`,
    [id, status, extra.mapping ? JSON.stringify(extra.mapping) : null, extra.failure ?? null],
  );
}

/** Starts a dry run over: nothing staged, no errors. */
export async function clearStaging(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM import_rows WHERE import_id = $1', [id]);
  await q.query('DELETE FROM import_errors WHERE import_id = $1', [id]);
}

/** After a commit or a discard: the file, staged rows and errors hold personal data and go. */
export async function deleteContent(q: Queryable, id: string): Promise<void> {
  await clearStaging(q, id);
  await q.query('DELETE FROM import_file_chunks WHERE import_id = $1', [id]);
}

export interface StagedRow {
  rowNumber: number;
  externalId: string;
  parentExternalId: string | null;
  data: Record<string, unknown>;
}

export interface StagedError {
  rowNumber: number;
  seq: number;
  field: string | null;
  columnName: string | null;
  value: string | null;
  code: string;
  params: Record<string, unknown>;
}

/**
 * One staged row as the JSON {@link stageBatch} takes: made when the row is read, so that a batch holds one
 * short string per row until it is written instead of the row's decoded cells and values.
 */
export function stagedJson(row: StagedRow): string {
  return JSON.stringify(row);
}

/** `$2::jsonb, $3::jsonb, …` for a batch of `n` rows (the statement text per batch size, made once). */
const rowParams = new Map<number, string>();
function rowParamList(n: number): string {
  let list = rowParams.get(n);
  if (!list) {
    list = Array.from({ length: n }, (_, i) => `$${i + 2}::jsonb`).join(', ');
    rowParams.set(n, list);
  }
  return list;
}

/**
 * Stages one batch of rows (each from {@link stagedJson}) and errors and moves the progress on, in one
 * statement each. Each row is a parameter of its own: joined into one text, a batch would be one string of
 * hundreds of kilobytes, which the garbage collector keeps in the old generation until a full collection
 * (every batch of the file piled up there); rows as parameters go from their short strings straight into
 * the driver's buffer.
 */
export async function stageBatch(
  q: Queryable,
  id: string,
  rows: readonly string[],
  errors: StagedError[],
  progress: { rows: number; bytes: number },
): Promise<void> {
  if (rows.length > 0) {
    await q.query(
      `INSERT INTO import_rows (import_id, row_number, external_id, parent_external_id, data)
       SELECT $1, x."rowNumber", x."externalId", x."parentExternalId", x.data
       FROM unnest(ARRAY[${rowParamList(rows.length)}]) AS r(row)
       CROSS JOIN LATERAL jsonb_to_record(r.row) AS x("rowNumber" integer, "externalId" text, "parentExternalId" text, data jsonb)`,
      [id, ...rows],
    );
  }
  if (errors.length > 0) {
    await q.query(
      `INSERT INTO import_errors (import_id, row_number, seq, field, column_name, value, code, params)
       SELECT $1, x."rowNumber", x.seq, x.field, x."columnName", x.value, x.code, coalesce(x.params, '{}')
       FROM jsonb_to_recordset($2::jsonb) AS x("rowNumber" integer, seq smallint, field text, "columnName" text,
         value text, code text, params jsonb)`,
      [id, JSON.stringify(errors)],
    );
  }
  await q.query('UPDATE imports SET rows_processed = $2, bytes_processed = $3, updated_at = now() WHERE id = $1', [
    id,
    progress.rows,
    progress.bytes,
  ]);
}

/** One column of a target table filled from a staged field. */
interface ColumnSpec {
  field: string;
  column: string;
  type: 'text' | 'date' | 'boolean' | 'numeric' | 'text[]';
  /** SQL literal used when the field is not in the file or empty. */
  fallback?: string;
}

const PARTICIPANT_COLUMNS: ColumnSpec[] = [
  { field: 'givenName', column: 'given_name', type: 'text' },
  { field: 'familyName', column: 'family_name', type: 'text' },
  { field: 'dateOfBirth', column: 'date_of_birth', type: 'date' },
  { field: 'municipalityCode', column: 'municipality_code', type: 'text' },
  { field: 'email', column: 'email', type: 'text' },
  { field: 'phone', column: 'phone', type: 'text' },
  { field: 'targetGroups', column: 'target_groups', type: 'text[]', fallback: "'{}'::text[]" },
  { field: 'benefitSituation', column: 'benefit_situation', type: 'text', fallback: "'none'" },
  { field: 'doelgroepregister', column: 'doelgroepregister', type: 'boolean', fallback: 'false' },
];

const JOB_COLUMNS: ColumnSpec[] = [
  { field: 'employerName', column: 'employer_name', type: 'text' },
  { field: 'jobTitle', column: 'job_title', type: 'text' },
  { field: 'occupationCode', column: 'occupation_code', type: 'text' },
  { field: 'startDate', column: 'start_date', type: 'date' },
  { field: 'endDate', column: 'end_date', type: 'date' },
  { field: 'endReason', column: 'end_reason', type: 'text' },
  { field: 'hoursPerWeek', column: 'hours_per_week', type: 'numeric' },
  { field: 'contractType', column: 'contract_type', type: 'text' },
  { field: 'wageForm', column: 'wage_form', type: 'text' },
  { field: 'openToAnyone', column: 'open_to_anyone', type: 'boolean', fallback: 'true' },
];

/** The staged value of a field as SQL of the column's type (`r` is the staged row). */
function valueOf(spec: ColumnSpec): string {
  const raw =
    spec.type === 'text[]'
      ? `CASE WHEN jsonb_typeof(r.data->'${spec.field}') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(r.data->'${spec.field}')) END`
      : `(r.data->>'${spec.field}')::${spec.type}`;
  return spec.fallback ? `coalesce(${raw}, ${spec.fallback})` : raw;
}

function sameAs(spec: ColumnSpec, target: string): string {
  const v = valueOf(spec);
  const t = `${target}.${spec.column}`;
  return spec.type === 'text[]' ? `(${v} @> ${t} AND ${t} @> ${v})` : `${v} IS NOT DISTINCT FROM ${t}`;
}

/** The fields of `specs` that the import's mapping reads: only those are compared and changed. */
const mapped = (specs: ColumnSpec[], fields: ReadonlySet<string>) => specs.filter((s) => fields.has(s.field));

/** Errors found by a set-based check: rows of `import_rows r` matching `where`. */
async function addErrors(
  q: Queryable,
  id: string,
  seq: number,
  check: { field: string; column: string | null; code: string; value: string; params?: string; where: string },
  params: unknown[] = [],
): Promise<number> {
  const res = await q.query(
    `INSERT INTO import_errors (import_id, row_number, seq, field, column_name, value, code, params)
     SELECT $1, r.row_number, ${seq}, $2, $3, ${check.value}, $4, ${check.params ?? "'{}'::jsonb"}
     FROM import_rows r WHERE r.import_id = $1 AND r.valid AND (${check.where})`,
    [id, check.field, check.column, check.code, ...params],
  );
  return res.rowCount;
}

/**
 * The checks that need the whole file or the database: numbers used twice in the file, BSNs used twice or
 * already used by another participant, references to participants and trajectories that do not exist, and
 * (for trajectories already there) phase changes the rules do not allow. Marks rows with errors invalid.
 * @param columnOf - the header of the column each field is read from, for the messages
 */
export async function checkAcrossRows(
  q: Queryable,
  id: string,
  kind: ImportKind,
  organisationId: string,
  columnOf: (field: string) => string | null,
  inFile = true,
): Promise<void> {
  // Seq numbers 100+ are these checks (a row's own errors use 0–99). A number or BSN used twice: every
  // later row is wrong, and names the first (a window over the file, not a comparison of all pairs).
  const twice = async (seq: number, field: string, code: string, key: string, value: string) => {
    await q.query(
      `INSERT INTO import_errors (import_id, row_number, seq, field, column_name, value, code, params)
       SELECT $1, d.row_number, ${seq}, $2, $3, d.value, $4, jsonb_build_object('row', d.first_row)
       FROM (SELECT r.row_number, ${value} AS value, min(r.row_number) OVER (PARTITION BY ${key}) AS first_row
             FROM import_rows r WHERE r.import_id = $1 AND r.valid AND ${key} IS NOT NULL) d
       WHERE d.row_number > d.first_row`,
      [id, field, columnOf(field), code],
    );
  };
  if (inFile) {
    await twice(100, 'externalId', 'duplicate-in-file', 'r.external_id', 'r.external_id');
  }
  if (kind === 'participants') {
    if (inFile) {
      await twice(101, 'bsn', 'bsn-duplicate-in-file', "(r.data->'bsn'->>'hash')", "''");
    }
    await addErrors(
      q,
      id,
      102,
      {
        field: 'bsn',
        column: columnOf('bsn'),
        code: 'bsn-taken',
        value: "''",
        where: `r.data->'bsn'->>'hash' IS NOT NULL AND EXISTS (SELECT 1 FROM participants p WHERE p.organisation_id = $5
          AND p.bsn_hash = r.data->'bsn'->>'hash' AND p.external_id IS DISTINCT FROM r.external_id)`,
      },
      [organisationId],
    );
  } else {
    await addErrors(
      q,
      id,
      103,
      {
        field: 'participantExternalId',
        column: columnOf('participantExternalId'),
        code: 'participant-unknown',
        value: 'r.parent_external_id',
        params: `jsonb_build_object('value', r.parent_external_id)`,
        where: `NOT EXISTS (SELECT 1 FROM participants p WHERE p.organisation_id = $5 AND p.external_id = r.parent_external_id)`,
      },
      [organisationId],
    );
  }
  if (kind === 'trajectories') {
    const existing = `FROM trajectories t JOIN participants p ON p.id = t.participant_id
      WHERE t.organisation_id = $5 AND t.external_id = r.external_id`;
    const checks: { seq: number; field: string; code: string; value: string; where: string }[] = [
      {
        seq: 104,
        field: 'participantExternalId',
        code: 'trajectory-other-participant',
        value: 'r.parent_external_id',
        where: `EXISTS (SELECT 1 ${existing} AND p.external_id IS DISTINCT FROM r.parent_external_id)`,
      },
      {
        seq: 105,
        field: 'approachCode',
        code: 'trajectory-approach-fixed',
        value: "r.data->>'approachCode'",
        where: `EXISTS (SELECT 1 ${existing} AND t.approach_code <> r.data->>'approachCode')`,
      },
      {
        seq: 106,
        field: 'referralDate',
        code: 'trajectory-referral-fixed',
        value: "r.data->>'referralDate'",
        where: `EXISTS (SELECT 1 ${existing} AND t.referral_date <> (r.data->>'referralDate')::date)`,
      },
      {
        seq: 107,
        field: 'phase',
        code: 'phase-closed-stays-closed',
        value: "coalesce(r.data->>'phase', 'referral')",
        where: `EXISTS (SELECT 1 ${existing} AND t.phase = 'closed' AND (coalesce(r.data->>'phase', 'referral') <> 'closed'
          OR t.closed_reason IS DISTINCT FROM r.data->>'closedReason' OR t.closed_on IS DISTINCT FROM (r.data->>'phaseDate')::date))`,
      },
      {
        seq: 108,
        field: 'phase',
        code: 'phase-no-return-to-referral',
        value: "coalesce(r.data->>'phase', 'referral')",
        where: `EXISTS (SELECT 1 ${existing} AND t.phase NOT IN ('referral', 'closed') AND coalesce(r.data->>'phase', 'referral') = 'referral')`,
      },
      {
        seq: 109,
        field: 'phaseDate',
        code: 'phase-date-before-last-change',
        value: "coalesce(r.data->>'phaseDate', r.data->>'referralDate')",
        where: `EXISTS (SELECT 1 ${existing} AND t.phase <> 'closed' AND t.phase <> coalesce(r.data->>'phase', 'referral')
          AND coalesce((r.data->>'phaseDate')::date, (r.data->>'referralDate')::date) <
            (SELECT max(e.occurred_on) FROM trajectory_phase_events e WHERE e.trajectory_id = t.id))`,
      },
    ];
    for (const c of checks) {
      await addErrors(q, id, c.seq, { ...c, column: columnOf(c.field) }, [organisationId]);
    }
  }
  if (kind === 'jobEpisodes') {
    await addErrors(
      q,
      id,
      110,
      {
        field: 'trajectoryExternalId',
        column: columnOf('trajectoryExternalId'),
        code: 'trajectory-unknown',
        value: "r.data->>'trajectoryExternalId'",
        params: `jsonb_build_object('value', r.data->>'trajectoryExternalId')`,
        where: `r.data->>'trajectoryExternalId' IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trajectories t
          JOIN participants p ON p.id = t.participant_id
          WHERE t.organisation_id = $5 AND t.external_id = r.data->>'trajectoryExternalId' AND p.external_id = r.parent_external_id)`,
      },
      [organisationId],
    );
  }
  await q.query(
    `UPDATE import_rows r SET valid = false WHERE r.import_id = $1 AND r.valid
       AND EXISTS (SELECT 1 FROM import_errors e WHERE e.import_id = r.import_id AND e.row_number = r.row_number)`,
    [id],
  );
}

/**
 * For each valid staged row what the commit will do: add it (`new`), change the record with the same
 * external id (`changed`) or nothing (`unchanged`: every field the file has is equal). A query with $1 the
 * import and $2 its organisation, giving row_number, action and target_id.
 */
function planSelect(kind: ImportKind, fields: ReadonlySet<string>): string {
  let target: string;
  let same: string[];
  if (kind === 'participants') {
    target = `SELECT p.* FROM participants p WHERE p.organisation_id = $2 AND p.external_id = r.external_id`;
    same = mapped(PARTICIPANT_COLUMNS, fields).map((s) => sameAs(s, 't'));
    if (fields.has('bsn')) {
      same.push(`(r.data->'bsn'->>'hash') IS NOT DISTINCT FROM t.bsn_hash`);
    }
  } else if (kind === 'trajectories') {
    target = `SELECT x.* FROM trajectories x WHERE x.organisation_id = $2 AND x.external_id = r.external_id`;
    same = [
      `coalesce(r.data->>'phase', 'referral') = t.phase`,
      `(t.phase <> 'closed' OR t.closed_reason IS NOT DISTINCT FROM r.data->>'closedReason')`,
    ];
  } else {
    target = `SELECT j.* FROM job_episodes j JOIN participants p ON p.id = j.participant_id
      WHERE p.organisation_id = $2 AND p.external_id = r.parent_external_id AND j.external_id = r.external_id`;
    same = mapped(JOB_COLUMNS, fields).map((s) => sameAs(s, 't'));
    if (fields.has('trajectoryExternalId')) {
      same.push(`(SELECT x.id FROM trajectories x WHERE x.organisation_id = $2 AND x.external_id = r.data->>'trajectoryExternalId')
        IS NOT DISTINCT FROM t.trajectory_id`);
    }
  }
  return `SELECT r.row_number, CASE WHEN t.id IS NULL THEN 'new'
      WHEN ${same.length > 0 ? same.join(' AND ') : 'true'} THEN 'unchanged' ELSE 'changed' END AS action, t.id AS target_id
    FROM import_rows r LEFT JOIN LATERAL (${target}) t ON true
    WHERE r.import_id = $1 AND r.valid`;
}

/** The dry run's counts of what the commit would do (nothing is written). */
export async function countPlan(
  q: Queryable,
  id: string,
  kind: ImportKind,
  organisationId: string,
  fields: ReadonlySet<string>,
): Promise<{ rowsNew: number; rowsChanged: number; rowsUnchanged: number }> {
  const { rows } = await q.query<{ rowsNew: number; rowsChanged: number; rowsUnchanged: number }>(
    `SELECT count(*) FILTER (WHERE action = 'new') AS "rowsNew", count(*) FILTER (WHERE action = 'changed') AS "rowsChanged",
       count(*) FILTER (WHERE action = 'unchanged') AS "rowsUnchanged"
     FROM (${planSelect(kind, fields)}) m`,
    [id, organisationId],
  );
  return rows[0]!;
}

/**
 * The commit's plan, in a temporary table of this transaction (`import_plan`: row, action, target id; new
 * rows get their ids here). Returns the counts.
 */
export async function createPlan(
  q: Queryable,
  id: string,
  kind: ImportKind,
  organisationId: string,
  fields: ReadonlySet<string>,
): Promise<{ rowsNew: number; rowsChanged: number; rowsUnchanged: number }> {
  await q.query(
    'CREATE TEMPORARY TABLE import_plan (row_number integer PRIMARY KEY, action text NOT NULL, target_id uuid) ON COMMIT DROP',
  );
  await q.query(
    `INSERT INTO import_plan (row_number, action, target_id)
     SELECT m.row_number, m.action, CASE WHEN m.action = 'new' THEN gen_random_uuid() ELSE m.target_id END
     FROM (${planSelect(kind, fields)}) m`,
    [id, organisationId],
  );
  const { rows } = await q.query<{ rowsNew: number; rowsChanged: number; rowsUnchanged: number }>(
    `SELECT count(*) FILTER (WHERE action = 'new') AS "rowsNew", count(*) FILTER (WHERE action = 'changed') AS "rowsChanged",
       count(*) FILTER (WHERE action = 'unchanged') AS "rowsUnchanged" FROM import_plan`,
  );
  return rows[0]!;
}

export interface ImportCounts {
  rowsTotal: number;
  errorCount: number;
  errorRows: number;
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
}

/** Counts of the dry run, stored with the import. */
export async function storeCounts(
  q: Queryable,
  id: string,
  rowsTotal: number,
  plan: { rowsNew: number; rowsChanged: number; rowsUnchanged: number },
  status: ImportStatus,
): Promise<ImportCounts> {
  const { rows } = await q.query<{ errorCount: number; errorRows: number }>(
    `SELECT count(*) AS "errorCount", count(DISTINCT row_number) AS "errorRows" FROM import_errors WHERE import_id = $1`,
    [id],
  );
  const c = { rowsTotal, ...rows[0]!, ...plan };
  await q.query(
    `UPDATE imports SET status = $2, rows_total = $3, rows_processed = $3, bytes_processed = file_bytes, error_count = $4,
       rows_new = $5, rows_changed = $6, rows_unchanged = $7, failure = NULL, updated_at = now(),
       validated_at = CASE WHEN $2 = 'validated' THEN now() ELSE validated_at END
     WHERE id = $1`,
    [id, status, rowsTotal, c.errorCount, c.rowsNew, c.rowsChanged, c.rowsUnchanged],
  );
  return c;
}

export interface ErrorListRow {
  rowNumber: number;
  field: string | null;
  columnName: string | null;
  value: string | null;
  code: string;
  params: Record<string, string | number>;
}

export async function findErrors(
  q: Queryable,
  id: string,
  limit: number,
  offset: number,
): Promise<{ rows: ErrorListRow[]; total: number }> {
  const { rows } = await q.query<ErrorListRow & { total: number }>(
    `SELECT count(*) OVER () AS total, row_number AS "rowNumber", field, column_name AS "columnName", value, code, params
     FROM import_errors WHERE import_id = $1 ORDER BY row_number, seq LIMIT $2 OFFSET $3`,
    [id, limit, offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/**
 * Moves the staged rows into their tables (one transaction is the caller's). New rows get their ids
 * first, so that the rows that hang from them (phase events, assignments) can be inserted set-based.
 */
export async function apply(
  q: Queryable,
  id: string,
  kind: ImportKind,
  organisationId: string,
  fields: ReadonlySet<string>,
  userId: string,
): Promise<void> {
  const staged = `FROM import_rows r JOIN import_plan pl ON pl.row_number = r.row_number WHERE r.import_id = $1`;
  if (kind === 'participants') {
    const cols = PARTICIPANT_COLUMNS;
    await q.query(
      `INSERT INTO participants (id, organisation_id, external_id, created_by, bsn_hash, bsn_encrypted, ${cols.map((c) => c.column).join(', ')})
       SELECT pl.target_id, $2, r.external_id, $3, r.data->'bsn'->>'hash', r.data->'bsn'->>'encrypted', ${cols.map(valueOf).join(', ')}
       ${staged} AND pl.action = 'new'`,
      [id, organisationId, userId],
    );
    const set = mapped(cols, fields).map((c) => `${c.column} = ${valueOf(c)}`);
    if (fields.has('bsn')) {
      set.push(`bsn_hash = r.data->'bsn'->>'hash'`, `bsn_encrypted = r.data->'bsn'->>'encrypted'`);
    }
    if (set.length > 0) {
      await q.query(
        `UPDATE participants p SET ${set.join(', ')}, updated_at = now()
         FROM import_rows r JOIN import_plan pl ON pl.row_number = r.row_number
         WHERE r.import_id = $1 AND pl.action = 'changed' AND p.id = pl.target_id`,
        [id],
      );
    }
    return;
  }
  if (kind === 'trajectories') {
    const participant = `(SELECT p.id FROM participants p WHERE p.organisation_id = $2 AND p.external_id = r.parent_external_id)`;
    const phase = `coalesce(r.data->>'phase', 'referral')`;
    const phaseDate = `coalesce((r.data->>'phaseDate')::date, (r.data->>'referralDate')::date)`;
    await q.query(
      `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on,
         closed_reason, external_id, created_by)
       SELECT pl.target_id, ${participant}, $2, r.data->>'approachCode', ${phase}, (r.data->>'referralDate')::date,
         CASE WHEN ${phase} = 'closed' THEN ${phaseDate} END, r.data->>'closedReason', r.external_id, $3
       ${staged} AND pl.action = 'new'`,
      [id, organisationId, userId],
    );
    // The referral itself is the first event; a later phase is a second one.
    await q.query(
      `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on, reason, recorded_by)
       SELECT pl.target_id, NULL, 'referral', (r.data->>'referralDate')::date, NULL, $2::uuid ${staged} AND pl.action = 'new'
       UNION ALL
       SELECT pl.target_id, 'referral', ${phase}, ${phaseDate}, NULL, $2::uuid ${staged} AND pl.action = 'new' AND ${phase} <> 'referral'`,
      [id, userId],
    );
    await q.query(
      `INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead, assigned_by)
       SELECT pl.target_id, coalesce((r.data->>'coachEmail')::uuid, $2), true, $2 ${staged} AND pl.action = 'new'`,
      [id, userId],
    );
    // A trajectory already there moves to its new phase (the checks allowed it), as an event.
    await q.query(
      `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on, reason, recorded_by)
       SELECT t.id, t.phase, ${phase}, ${phaseDate}, NULL, $2
       FROM import_rows r JOIN import_plan pl ON pl.row_number = r.row_number JOIN trajectories t ON t.id = pl.target_id
       WHERE r.import_id = $1 AND pl.action = 'changed' AND t.phase <> ${phase}`,
      [id, userId],
    );
    await q.query(
      `UPDATE trajectories t SET phase = ${phase}, closed_on = CASE WHEN ${phase} = 'closed' THEN ${phaseDate} END,
         closed_reason = r.data->>'closedReason', updated_at = now()
       FROM import_rows r JOIN import_plan pl ON pl.row_number = r.row_number
       WHERE r.import_id = $1 AND pl.action = 'changed' AND t.id = pl.target_id`,
      [id],
    );
    return;
  }
  const cols = JOB_COLUMNS;
  const participant = `(SELECT p.id FROM participants p WHERE p.organisation_id = $2 AND p.external_id = r.parent_external_id)`;
  const trajectory = `(SELECT t.id FROM trajectories t WHERE t.organisation_id = $2 AND t.external_id = r.data->>'trajectoryExternalId')`;
  await q.query(
    `INSERT INTO job_episodes (id, participant_id, trajectory_id, external_id, recorded_by, ${cols.map((c) => c.column).join(', ')})
     SELECT pl.target_id, ${participant}, ${trajectory}, r.external_id, $3, ${cols.map(valueOf).join(', ')}
     ${staged} AND pl.action = 'new'`,
    [id, organisationId, userId],
  );
  const set = mapped(cols, fields).map((c) => `${c.column} = ${valueOf(c)}`);
  if (fields.has('trajectoryExternalId')) {
    set.push(`trajectory_id = ${trajectory}`);
  }
  if (set.length > 0) {
    await q.query(
      `UPDATE job_episodes j SET ${set.join(', ')}, updated_at = now()
       FROM import_rows r JOIN import_plan pl ON pl.row_number = r.row_number
       WHERE r.import_id = $1 AND $2::uuid IS NOT NULL AND pl.action = 'changed' AND j.id = pl.target_id`,
      [id, organisationId],
    );
  }
}

/**
 * The participants the commit changed (for the audit log: one record each), in the order of the file
 * and each once, read in pages from a cursor of the commit's transaction (after {@link apply}), so that
 * they are never all in memory at once.
 */
export async function* appliedParticipants(q: Queryable, kind: ImportKind, pageSize: number): AsyncGenerator<string[]> {
  const target =
    kind === 'participants'
      ? 'pl.target_id'
      : kind === 'trajectories'
        ? '(SELECT t.participant_id FROM trajectories t WHERE t.id = pl.target_id)'
        : '(SELECT j.participant_id FROM job_episodes j WHERE j.id = pl.target_id)';
  await q.query(
    `DECLARE import_applied NO SCROLL CURSOR FOR
     SELECT c.id FROM (SELECT ${target} AS id, pl.row_number FROM import_plan pl WHERE pl.action IN ('new', 'changed')) c
     GROUP BY c.id ORDER BY min(c.row_number)`,
  );
  try {
    for (;;) {
      const { rows } = await q.query<{ id: string }>(`FETCH FORWARD ${Math.trunc(pageSize)} FROM import_applied`);
      if (rows.length === 0) {
        return;
      }
      yield rows.map((r) => r.id);
      if (rows.length < pageSize) {
        return;
      }
    }
  } finally {
    await q.query('CLOSE import_applied');
  }
}

export async function markCommitted(q: Queryable, id: string, userId: string): Promise<void> {
  await q.query(
    `UPDATE imports SET status = 'committed', committed_at = now(), committed_by = $2, updated_at = now() WHERE id = $1`,
    [id, userId],
  );
}

/** What a row may refer to: gemeenten by name and code, active approaches, the organisation's professionals. */
export async function loadReferences(
  q: Queryable,
  organisationId: string,
): Promise<{
  municipalities: { code: string; name: string }[];
  approaches: { code: string; nameNl: string; nameEn: string }[];
  coaches: { userId: string; email: string }[];
}> {
  const m = await q.query<{ code: string; name: string }>('SELECT code, name FROM municipalities');
  const a = await q.query<{ code: string; nameNl: string; nameEn: string }>(
    'SELECT code, name_nl AS "nameNl", name_en AS "nameEn" FROM approaches WHERE active',
  );
  const c = await q.query<{ userId: string; email: string }>(
    `SELECT DISTINCT u.id AS "userId", u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organisation_id = $1 AND m.role IN ('jobCoach', 'consultant')`,
    [organisationId],
  );
  return { municipalities: m.rows, approaches: a.rows, coaches: c.rows };
}

/** Imports a process was running when it stopped (in-process runner): to be started again. */
export async function findUnfinished(q: Queryable): Promise<{ id: string; status: ImportStatus }[]> {
  const { rows } = await q.query<{ id: string; status: ImportStatus }>(
    `SELECT id, status FROM imports WHERE status IN ('validating', 'committing') ORDER BY created_at`,
  );
  return rows;
}

/** Imports nobody finished within `days`: their file and rows are deleted (housekeeping). */
export async function discardStale(q: Queryable, days: number): Promise<number> {
  const { rows } = await q.query<{ id: string }>(
    `UPDATE imports SET status = 'discarded', updated_at = now()
     WHERE status IN ('uploaded', 'validated', 'failed') AND updated_at < now() - make_interval(days => $1) RETURNING id`,
    [days],
  );
  for (const r of rows) {
    await deleteContent(q, r.id);
  }
  return rows.length;
}
