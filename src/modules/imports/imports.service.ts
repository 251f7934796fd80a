/**
 * Import from spreadsheets (ADR 0011). A file goes through four steps:
 * 1. upload — stored encrypted, its header row read, a column mapping suggested;
 * 2. dry run (background job) — every row read with the confirmed mapping and checked on its own, then
 *    across the file and against the database; bad rows are reported per row and column, good rows staged
 *    with what the commit will do (new, changed, unchanged);
 * 3. commit (background job) — all staged rows in one transaction, or none: refused while there are
 *    errors, checks repeated inside the transaction, an audit record per participant concerned;
 * 4. afterwards the file, staged rows and errors are deleted.
 * Re-importing the same file finds every row unchanged and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ModuleDeps } from '../../app.js';
import { DataAccess, type Scope } from '../../platform/access/enforce.js';
import type { Actor, ResourceRef, RoleName } from '../../platform/access/types.js';
import type { Db } from '../../platform/db/db.js';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { isMessageKey, translate, type Language, type MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './imports.data.js';
import { ImportFileError, readFile, sheetRowRuns, sheetRows, storeFile } from './imports.file.js';
import { KINDS, readRow, suggestMapping, type ImportKind, type RowContext } from './imports.fields.js';
import { normaliseLabel } from './imports.values.js';
import type { ImportErrorList, ImportView } from './imports.schemas.js';

export const VALIDATE_JOB = 'import-validate';
export const COMMIT_JOB = 'import-commit';

/** Rows staged per transaction in the dry run. */
export const STAGE_BATCH = 1000;

let lastT = performance.now();
/**
 * Step timings and memory on stderr when MEEDOEN_IMPORT_TIMING=1 (for the benchmark's breakdown); with
 * MEEDOEN_IMPORT_TIMING_GC=1 under `node --expose-gc` the memory after a full collection (what is live).
 */
function T(step: string): void {
  if (process.env.MEEDOEN_IMPORT_TIMING === '1') {
    const now = performance.now();
    const gcBefore = process.env.MEEDOEN_IMPORT_TIMING_GC === '1' ? (globalThis as { gc?: () => void }).gc : undefined;
    gcBefore?.();
    const m = process.memoryUsage();
    const mb = (n: number) => (n / 1048576).toFixed(0);
    process.stderr.write(
      `[import] ${step}: ${(now - lastT).toFixed(0)} ms (rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB)\n`,
    );
    lastT = now;
  }
}
/** Participants per page of the commit's audit records: read from a cursor, one record each, written in one statement. */
export const AUDIT_BATCH = 1000;

const resourceOf = (row: { id: string; organisationId: string }): ResourceRef => ({
  type: 'import',
  id: row.id,
  organisationId: row.organisationId,
});

function message(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  return isMessageKey(key) ? translate(lang, key, params) : key;
}

function view(row: data.ImportRow, lang: Language): ImportView {
  const def = KINDS[row.kind];
  const mapping = row.mapping ?? {};
  const running = row.status === 'validating';
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    fileName: row.fileName,
    fileFormat: row.fileFormat,
    fileBytes: row.fileBytes,
    status: row.status,
    columns: row.columns,
    fields: def.fields.map((f) => ({
      key: f.key,
      label: f.label[lang],
      help: f.help[lang],
      required: f.required,
      column: mapping[f.key] ?? null,
    })),
    progress: {
      rowsProcessed: row.rowsProcessed,
      bytesProcessed: row.bytesProcessed,
      percent:
        row.status === 'uploaded'
          ? 0
          : running
            ? Math.min(99, Math.floor((100 * row.bytesProcessed) / Math.max(1, row.fileBytes)))
            : 100,
    },
    counts: {
      rows: row.rowsTotal,
      errors: row.errorCount,
      new: row.rowsNew,
      changed: row.rowsChanged,
      unchanged: row.rowsUnchanged,
    },
    failure: row.failure ? { code: row.failure, message: message(lang, `import.failure.${row.failure}`) } : null,
    createdBy: { id: row.createdBy, name: row.createdByName ?? '' },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    validatedAt: row.validatedAt?.toISOString() ?? null,
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

async function load(scope: Scope, id: string): Promise<data.ImportRow> {
  return scope.readOne('import.manage', () => data.getImport(scope.q, id), resourceOf);
}

function fileProblem(error: ImportFileError): AppError {
  if (error.code === 'too-large') {
    return new AppError('payload-too-large', { detailKey: 'import.failure.too-large' });
  }
  return invalidInput([
    { in: 'body', pointer: '', code: `file-${error.code}`, detailKey: `import.failure.${error.code}` as MessageKey },
  ]);
}

/**
 * Stores an uploaded file and reads its header row. The file streams into the database in chunks; nothing
 * of it stays when it cannot be read.
 */
export async function createImport(
  ctx: RequestContext,
  deps: ModuleDeps,
  input: { kind: ImportKind; fileName: string; organisationId?: string | undefined },
  body: AsyncIterable<Uint8Array>,
): Promise<ImportView> {
  const id = randomUUID();
  await ctx.data.run(async (scope) => {
    const organisationId = input.organisationId
      ? (await scope.authorize('import.manage', { type: 'import', id, organisationId: input.organisationId }),
        input.organisationId)
      : await scope.organisationFor('import.manage', { type: 'import', id });
    await data.insertImport(scope.q, {
      id,
      organisationId,
      kind: input.kind,
      fileName: input.fileName,
      createdBy: scope.userId,
    });
  });
  try {
    await ctx.data.read(async (scope) => {
      const file = await storeFile(scope.q, deps.fieldCipher, id, body, deps.config.importMaxBytes);
      let header: string[] | null = null;
      for await (const r of sheetRows(file.format, readFile(scope.q, deps.fieldCipher, id))) {
        header = r.cells.map((c) => c.trim());
        break;
      }
      if (!header) {
        throw new ImportFileError('no-header');
      }
      const columns = header.map((h, index) => ({ index, header: h })).filter((c) => c.header !== '');
      const mapping = suggestMapping(input.kind, header);
      await data.finishUpload(scope.q, id, { bytes: file.bytes, format: file.format, columns, mapping });
    });
  } catch (error) {
    await data.deleteImport(deps.db, id).catch(() => undefined);
    throw error instanceof ImportFileError ? fileProblem(error) : error;
  }
  return getImport(ctx, id);
}

export async function getImport(ctx: RequestContext, id: string): Promise<ImportView> {
  const row = await ctx.data.read((scope) => load(scope, id));
  return view(row, ctx.lang);
}

export async function listImports(
  ctx: RequestContext,
  page: { limit: number; offset: number },
): Promise<{ items: ImportView[]; total: number }> {
  return ctx.data.read(async (scope) => {
    const list = scope.listScope('import.manage');
    const { rows, total } = await data.findImports(scope.q, list.organisationIds, page.limit, page.offset);
    for (const row of rows) {
      await scope.authorize('import.manage', resourceOf(row));
    }
    return { items: rows.map((r) => view(r, ctx.lang)), total };
  });
}

export async function listErrors(
  ctx: RequestContext,
  id: string,
  page: { limit: number; offset: number },
): Promise<ImportErrorList> {
  return ctx.data.read(async (scope) => {
    const row = await load(scope, id);
    const fields = new Map(KINDS[row.kind].fields.map((f) => [f.key, f.label[ctx.lang]]));
    const { rows, total } = await data.findErrors(scope.q, id, page.limit, page.offset);
    return {
      items: rows.map((e) => ({
        row: e.rowNumber,
        field: e.field,
        fieldLabel: e.field ? (fields.get(e.field) ?? e.field) : null,
        column: e.columnName,
        value: e.value,
        code: e.code,
        message: message(ctx.lang, `import.error.${e.code}`, {
          ...e.params,
          field: e.field ? (fields.get(e.field) ?? e.field) : '',
        }),
      })),
      total,
    };
  });
}

/** Checks a mapping against the import's fields and columns. */
function checkMapping(row: data.ImportRow, mapping: Record<string, number>, lang: Language): void {
  const def = KINDS[row.kind];
  const errors: FieldError[] = [];
  const columns = new Set(row.columns.map((c) => c.index));
  const used = new Map<number, string>();
  for (const [key, index] of Object.entries(mapping)) {
    if (!def.fields.some((f) => f.key === key)) {
      errors.push({
        in: 'body',
        pointer: `/mapping/${key}`,
        code: 'field-unknown',
        detailKey: 'import.mapping.unknown-field',
      });
    } else if (!columns.has(index)) {
      errors.push({
        in: 'body',
        pointer: `/mapping/${key}`,
        code: 'column-unknown',
        detailKey: 'import.mapping.unknown-column',
      });
    } else if (used.has(index)) {
      errors.push({
        in: 'body',
        pointer: `/mapping/${key}`,
        code: 'column-twice',
        detailKey: 'import.mapping.column-twice',
        params: { other: def.fields.find((f) => f.key === used.get(index))?.label[lang] ?? '' },
      });
    } else {
      used.set(index, key);
    }
  }
  for (const f of def.fields) {
    if (f.required && mapping[f.key] === undefined) {
      errors.push({ in: 'body', pointer: `/mapping/${f.key}`, code: 'required', detailKey: 'import.mapping.required' });
    }
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

/** Confirms the mapping and starts the dry run in the background. */
export async function startValidation(
  ctx: RequestContext,
  deps: ModuleDeps,
  id: string,
  mapping: Record<string, number>,
): Promise<ImportView> {
  await ctx.data.run(async (scope) => {
    const row = await scope.readOne('import.manage', () => data.getImport(scope.q, id, true), resourceOf);
    if (!['uploaded', 'validated', 'failed'].includes(row.status)) {
      throw new AppError('conflict', { detailKey: `import.conflict.${row.status}` as MessageKey });
    }
    checkMapping(row, mapping, ctx.lang);
    await data.setStatus(scope.q, id, 'validating', { mapping });
  });
  // The answer first, then the job: on the embedded database the job shares the one connection.
  const view = await getImport(ctx, id);
  await deps.jobs.send(VALIDATE_JOB, { importId: id });
  return view;
}

/** Starts the commit in the background: only after a dry run without errors. */
export async function startCommit(ctx: RequestContext, deps: ModuleDeps, id: string): Promise<ImportView> {
  await ctx.data.run(async (scope) => {
    const row = await scope.readOne('import.manage', () => data.getImport(scope.q, id, true), resourceOf);
    if (row.status !== 'validated') {
      throw new AppError('conflict', { detailKey: `import.conflict.${row.status}` as MessageKey });
    }
    if (row.errorCount > 0) {
      throw new AppError('conflict', { detailKey: 'import.conflict.has-errors', params: { count: row.errorCount } });
    }
    await data.setStatus(scope.q, id, 'committing');
  });
  const view = await getImport(ctx, id);
  await deps.jobs.send(COMMIT_JOB, { importId: id });
  return view;
}

/** Throws the import away: file, staged rows and errors are deleted; the record of it stays. */
export async function discardImport(ctx: RequestContext, id: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    const row = await scope.readOne('import.manage', () => data.getImport(scope.q, id, true), resourceOf);
    if (row.status === 'validating' || row.status === 'committing' || row.status === 'committed') {
      throw new AppError('conflict', { detailKey: `import.conflict.${row.status}` as MessageKey });
    }
    await data.setStatus(scope.q, id, 'discarded');
    await data.deleteContent(scope.q, id);
  });
}

/** The header of the file's column each field is read from, for the messages. */
function columnNames(
  columns: readonly { index: number; header: string }[],
  mapping: Readonly<Record<string, number>>,
): (field: string) => string | null {
  const headerOf = new Map(columns.map((c) => [c.index, c.header]));
  return (field) => {
    const index = mapping[field];
    return index === undefined ? null : (headerOf.get(index) ?? null);
  };
}

/** The importing user as the actor of a background job, with their memberships as they are now. */
async function actorOf(db: Db, userId: string): Promise<Actor | null> {
  const { rows } = await db.query<{ organisationId: string; role: RoleName }>(
    `SELECT m.organisation_id AS "organisationId", m.role FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.user_id = $1 AND u.status = 'active'`,
    [userId],
  );
  if (rows.length === 0) {
    return null;
  }
  return {
    kind: 'user',
    userId,
    sessionId: null,
    memberships: rows,
  };
}

function jobAccess(deps: ModuleDeps, actor: Actor, importId: string): DataAccess {
  return new DataAccess(deps.db, deps.resolvers, actor, { requestId: `import-${importId}`, clientAddress: null });
}

async function rowContext(db: Db, organisationId: string, deps: ModuleDeps): Promise<RowContext> {
  const refs = await data.loadReferences(db, organisationId);
  const municipalities = new Map<string, string>();
  for (const m of refs.municipalities) {
    const digits = m.code.slice(2);
    for (const key of [m.name, m.code, digits, String(Number(digits))]) {
      municipalities.set(normaliseLabel(key), m.code);
    }
  }
  const approaches = new Map<string, string>();
  for (const a of refs.approaches) {
    for (const key of [a.code, a.nameNl, a.nameEn, a.nameNl.replace(/\s*\(.*\)$/, '')]) {
      approaches.set(normaliseLabel(key), a.code);
    }
  }
  return {
    today: todayInNl(),
    municipalities,
    approaches,
    coaches: new Map(refs.coaches.map((c) => [c.email.toLowerCase(), c.userId])),
    protectBsn: (bsn) => ({ hash: deps.fieldCipher.hash(bsn), encrypted: deps.fieldCipher.encrypt(bsn) }),
  };
}

/** The dry run (job). Safe to run again: it starts from a clean slate. */
export async function runValidation(deps: ModuleDeps, importId: string): Promise<void> {
  const { db } = deps;
  const row = await data.getImport(db, importId);
  if (!row || row.status !== 'validating' || !row.mapping) {
    return;
  }
  const actor = await actorOf(db, row.createdBy);
  try {
    if (!actor) {
      throw new AppError('forbidden');
    }
    await jobAccess(deps, actor, importId).run((scope) => scope.authorize('import.manage', resourceOf(row)));
    T('validation start');
    await data.clearStaging(db, importId);
    const ctx = await rowContext(db, row.organisationId, deps);
    const mapping = row.mapping;
    const columnOf = columnNames(row.columns, mapping);
    let bytes = 0;
    let total = 0;
    let header = true;
    // Each valid row as its staged JSON (see data.stagedJson), not as decoded cells and values.
    let rows: string[] = [];
    let errors: data.StagedError[] = [];
    // One batch is written while the next is read and checked (the database and this process each have a core).
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [r, e] = [rows, errors];
      rows = [];
      errors = [];
      await writing;
      writing = db.tx((tx) => data.stageBatch(tx, importId, r, e, { rows: total, bytes }));
      writing.catch(() => undefined); // awaited at the next flush or at the end
    };
    for await (const run of sheetRowRuns(
      row.fileFormat,
      readFile(db, deps.fieldCipher, importId, (b) => (bytes = b)),
    )) {
      for (const sheetRow of run) {
        if (header) {
          header = false;
          continue;
        }
        total += 1;
        const result = readRow(row.kind, sheetRow.cells, mapping, ctx);
        if (result.errors.length > 0) {
          result.errors.slice(0, 100).forEach((e, seq) =>
            errors.push({
              rowNumber: sheetRow.row,
              seq,
              field: e.field,
              columnName: e.field ? columnOf(e.field) : null,
              value: e.value.slice(0, 500),
              code: e.code,
              params: e.params ?? {},
            }),
          );
        } else {
          rows.push(
            data.stagedJson({
              rowNumber: sheetRow.row,
              externalId: result.values.externalId as string,
              parentExternalId: (result.values.participantExternalId as string | undefined) ?? null,
              data: result.values,
            }),
          );
        }
        if (rows.length + errors.length >= STAGE_BATCH) {
          await flush();
        }
      }
    }
    await flush();
    await writing;
    T('read and staged');
    await db.tx(async (tx) => {
      await data.checkAcrossRows(tx, importId, row.kind, row.organisationId, columnOf);
      T('checks across rows');
      const plan = await data.countPlan(tx, importId, row.kind, row.organisationId, new Set(Object.keys(mapping)));
      T('classify');
      await data.storeCounts(tx, importId, total, plan, 'validated');
    });
  } catch (error) {
    const failure = error instanceof ImportFileError ? error.code : error instanceof AppError ? error.code : 'internal';
    await data.setStatus(db, importId, 'failed', { failure });
    if (failure === 'internal') {
      throw error;
    }
  }
}

/**
 * The commit (job): everything in one transaction. The checks against the database run again inside it
 * (someone may have changed a record since the dry run); when they find something, nothing is saved and
 * the import goes back to "checked" with the new errors.
 */
export async function runCommit(deps: ModuleDeps, importId: string): Promise<void> {
  const { db } = deps;
  const first = await data.getImport(db, importId);
  if (!first || first.status !== 'committing' || !first.mapping) {
    return;
  }
  const actor = await actorOf(db, first.createdBy);
  try {
    if (!actor) {
      throw new AppError('forbidden');
    }
    await jobAccess(deps, actor, importId).run(async (scope) => {
      const row = await data.getImport(scope.q, importId, true);
      if (!row || row.status !== 'committing' || !row.mapping) {
        return;
      }
      await scope.authorize('import.manage', resourceOf(row));
      const mapping = row.mapping;
      const columnOf = columnNames(row.columns, mapping);
      const fields = new Set(Object.keys(mapping));
      T('commit start');
      // The file has not changed since the dry run; the database may have.
      await data.checkAcrossRows(scope.q, importId, row.kind, row.organisationId, columnOf, false);
      const plan = await data.createPlan(scope.q, importId, row.kind, row.organisationId, fields);
      const counts = await data.storeCounts(scope.q, importId, row.rowsTotal, plan, 'committing');
      if (counts.errorCount > 0) {
        await data.setStatus(scope.q, importId, 'validated', { failure: 'changed-since-check' });
        return;
      }
      T('commit checks');
      await data.apply(scope.q, importId, row.kind, row.organisationId, fields, row.createdBy);
      T('apply');
      // The import as a whole was authorised above; each participant concerned gets its own record of it.
      const via = await scope.authorize('import.record', {
        type: 'import',
        id: importId,
        organisationId: row.organisationId,
      });
      for await (const participantIds of data.appliedParticipants(scope.q, row.kind, AUDIT_BATCH)) {
        for (const participantId of participantIds) {
          scope.auditEvent(
            'import.record',
            { type: 'participant', id: participantId, participantId, organisationId: row.organisationId },
            'allowed',
            undefined,
            via,
          );
        }
        await scope.flushPending();
      }
      await scope.flushPending();
      T('audit');
      await data.markCommitted(scope.q, importId, row.createdBy);
      await data.deleteContent(scope.q, importId);
      T('cleanup');
    });
  } catch (error) {
    const failure = error instanceof AppError ? error.code : 'commit-failed';
    await data.setStatus(db, importId, 'failed', { failure });
    if (!(error instanceof AppError)) {
      throw error;
    }
  }
}

/** Registers the jobs; on the embedded database, picks up at start what a stopped process left unfinished. */
export function registerImportJobs(deps: ModuleDeps): void {
  deps.jobs.register(VALIDATE_JOB, (d) => runValidation(deps, String(d.importId)));
  deps.jobs.register(COMMIT_JOB, (d) => runCommit(deps, String(d.importId)));
  if (deps.jobs.kind === 'in-process') {
    // pg-boss keeps its jobs and retries them itself; the in-process runner has only the imports' state.
    deps.jobs.onStart(async () => {
      for (const u of await data.findUnfinished(deps.db)) {
        await deps.jobs.send(u.status === 'validating' ? VALIDATE_JOB : COMMIT_JOB, { importId: u.id });
      }
    });
  }
}

/** Days an unfinished import keeps its file and checked rows (personal data) before housekeeping deletes them. */
export const IMPORT_KEEP_DAYS = 7;

/** Housekeeping: imports left unfinished for a week are discarded (the record of them stays). */
export async function importHousekeeping(db: Db): Promise<Record<string, number>> {
  return { staleImports: await data.discardStale(db, IMPORT_KEEP_DAYS) };
}
