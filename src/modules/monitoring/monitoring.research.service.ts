/**
 * Research studies and their pseudonymised exports (research/research.ts for what a file holds).
 *
 * An evaluator records a study (purpose, legal basis, period) for their organisation; while it runs they
 * make a file for a population (the indicators' filters, trajectories referred in a period). Pseudonyms
 * are derived per study from the installation's field key. Every participant in the file gets an audit
 * record ("Uw gegevens zonder naam gebruikt voor onderzoek", purpose = the study), and the export itself
 * is recorded with its population, counts and SHA-256, in the same transaction as the audit records.
 * A population of fewer people than the suppression threshold is refused: a file about a handful of
 * people is too easy to trace back.
 */
import { createHash } from 'node:crypto';
import { AppError, invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { writeXlsx } from '../../platform/spreadsheet/xlsx.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './monitoring.data.js';
import { DEFAULT_SETTINGS, filterOf } from './monitoring.indicators.service.js';
import { populationLabel } from './monitoring.effects.service.js';
import { buildResearchExport, type ResearchText } from './research/research.js';
import type { ResearchExportBody, ResearchStudy, ResearchStudyBody } from './monitoring.schemas.js';

const bodyField = (pointer: string, code: string): FieldError => ({
  in: 'body',
  pointer,
  code,
  detailKey: `monitoring.field.${code}` as MessageKey,
});

function present(row: data.ResearchStudyRow, exports: data.ResearchExportRow[], today: string): ResearchStudy {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    name: row.name,
    purpose: row.purpose,
    legalBasis: row.legalBasis,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    running: row.startsOn <= today && today <= row.endsOn,
    createdAt: row.createdAt.toISOString(),
    exports: exports
      .filter((e) => e.studyId === row.id)
      .map((e) => ({
        id: e.id,
        requestedAt: e.requestedAt.toISOString(),
        requestedBy: e.requestedBy,
        format: e.format,
        participants: e.participants,
        trajectories: e.trajectories,
        sha256: e.sha256,
        population: e.population,
      })),
  };
}

export async function listStudies(ctx: RequestContext): Promise<{ items: ResearchStudy[] }> {
  return ctx.data.read(async (scope) => {
    const list = scope.listScope('researchStudy.read');
    const rows = await data.findStudies(scope.q, list.all ? null : list.organisationIds);
    const exports =
      rows.length > 0
        ? await data.findExports(
            scope.q,
            rows.map((r) => r.id),
          )
        : [];
    const today = todayInNl();
    return { items: rows.map((r) => present(r, exports, today)) };
  });
}

export async function getStudy(ctx: RequestContext, id: string): Promise<ResearchStudy> {
  return ctx.data.read(async (scope) => {
    const row = await data.getStudy(scope.q, id);
    if (!row) {
      throw new AppError('not-found');
    }
    await scope.authorize('researchStudy.read', { type: 'researchStudy', id, organisationId: row.organisationId });
    return present(row, await data.findExports(scope.q, [id]), todayInNl());
  });
}

export async function createStudy(ctx: RequestContext, body: ResearchStudyBody): Promise<ResearchStudy> {
  const id = await ctx.data.run(async (scope) => {
    await scope.authorize('researchStudy.manage', { type: 'researchStudy', organisationId: body.organisationId });
    const name = body.name.trim();
    const errors: FieldError[] = [];
    if (!name) {
      errors.push(bodyField('/name', 'required'));
    } else if (await data.studyNameTaken(scope.q, body.organisationId, name)) {
      errors.push(bodyField('/name', 'name-taken'));
    }
    if (!body.purpose.trim()) {
      errors.push(bodyField('/purpose', 'required'));
    }
    if (!body.legalBasis.trim()) {
      errors.push(bodyField('/legalBasis', 'required'));
    }
    if (body.endsOn < body.startsOn) {
      errors.push(bodyField('/endsOn', 'end-before-start'));
    }
    if (errors.length > 0) {
      throw invalidInput(errors);
    }
    return data.insertStudy(scope.q, {
      organisationId: body.organisationId,
      name,
      purpose: body.purpose.trim(),
      legalBasis: body.legalBasis.trim(),
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      createdBy: scope.userId,
    });
  });
  return getStudy(ctx, id);
}

export interface ExportFile {
  exportId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Makes the file, records it, and audits every participant in it — all in one transaction. */
export async function exportStudy(
  ctx: RequestContext,
  cipher: FieldCipher,
  studyId: string,
  body: ResearchExportBody,
): Promise<ExportFile> {
  const errors: FieldError[] = [];
  if (body.from > body.to) {
    errors.push(bodyField('/from', 'from-after-to'));
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  return ctx.data.run(async (scope) => {
    const study = await data.getStudy(scope.q, studyId);
    if (!study) {
      throw new AppError('not-found');
    }
    await scope.authorize('research.export', {
      type: 'researchStudy',
      id: study.id,
      organisationId: study.organisationId,
      purpose: study.name,
    });
    const today = todayInNl();
    if (!(study.startsOn <= today && today <= study.endsOn)) {
      throw new AppError('conflict', { detailKey: 'monitoring.problem.study-not-running' });
    }
    const filter = filterOf(body);
    const rows = await data.researchRows(scope.q, filter, body.from, body.to);
    const people = new Map(rows.trajectories.map((t) => [t.participantId, t.organisationId]));
    if (people.size < DEFAULT_SETTINGS.threshold) {
      throw new AppError('conflict', {
        detailKey: 'monitoring.problem.export-too-small',
        params: { threshold: DEFAULT_SETTINGS.threshold },
      });
    }
    // NEN 7513: each participant whose (pseudonymised) data leave in the file.
    await scope.readMany(
      'research.export',
      async () => [...people.entries()],
      ([participantId, organisationId]) => ({
        type: 'participant',
        id: participantId,
        participantId,
        organisationId,
        purpose: study.name,
      }),
    );
    const text = (key: ResearchText, params?: Record<string, string | number>) =>
      ctx.t(`monitoring.research.${key}` as MessageKey, params);
    const built = buildResearchExport({
      study,
      population: { description: await populationLabel(scope.q, ctx, filter), from: body.from, to: body.to },
      generatedAt: new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date()),
      pseudonym: cipher.pseudonymiser(`research-study:${study.id}`),
      ...rows,
      text,
    });
    const bytes = writeXlsx(built.sheets);
    const population: Record<string, string | null> = { from: body.from, to: body.to };
    for (const [key, value] of Object.entries(filter) as [string, string | null][]) {
      if (value !== null) {
        population[key] = value;
      }
    }
    const exportId = await data.insertExport(scope.q, {
      studyId: study.id,
      requestedBy: scope.userId,
      population,
      format: 'xlsx',
      participants: built.participants,
      trajectories: built.trajectories,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const slug = study.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    return { exportId, fileName: `onderzoek-${slug || 'export'}-${today}.xlsx`, bytes };
  });
}
