/**
 * Effect evaluation: two cohorts compared on a binary outcome or a time to event (effects/effects.ts for
 * the definitions and the disclosure rules, ADR 0016). The cohorts are populations like those of the
 * indicators, narrowed the same way for a programme manager; a person in both cohorts counts in A only.
 *
 * Periods are whole calendar months: comparing "1 January–30 June" with "1 January–29 June" would
 * otherwise single out the people referred on one day.
 */
import { invalidInput, type FieldError } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Queryable } from '../../platform/db/db.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { todayInNl } from '../../shared/dates.js';
import { addMonths } from '../jobs/jobs.indicators.js';
import * as data from './monitoring.data.js';
import {
  jobWithin,
  publishBinary,
  publishSurvival,
  survivalObservations,
  type CohortMember,
  type Estimate,
  type PublishedCohort,
  type Settings,
} from './effects/effects.js';
import { narrowForActor, settingsFor } from './monitoring.indicators.service.js';
import { toCell } from './monitoring.publish.js';
import type { EffectEvaluation, EffectQuery } from './monitoring.schemas.js';
import { suppressCount } from './suppression/suppression.js';

const FILTER_FIELDS = [
  'programmeId',
  'initiativeId',
  'approachCode',
  'organisationId',
  'regionCode',
  'municipalityCode',
  'targetGroup',
] as const;

function cohortFilter(query: EffectQuery, suffix: 'A' | 'B'): data.PopulationFilter {
  const f = { ...data.NO_FILTER };
  for (const field of FILTER_FIELDS) {
    const value = query[`${field}${suffix}`];
    f[field] = typeof value === 'string' ? value : null;
  }
  return f;
}

const field = (pointer: string, code: string): FieldError => ({
  in: 'query',
  pointer,
  code,
  detailKey: `monitoring.field.${code}` as MessageKey,
});

/** Whole months only, start before end, at most five years. */
export function checkPeriod(from: string, to: string, fromField: string, toField: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!from.endsWith('-01')) {
    errors.push(field(`/${fromField}`, 'month-start'));
  }
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (next.getUTCDate() !== 1) {
    errors.push(field(`/${toField}`, 'month-end'));
  }
  if (from > to) {
    errors.push(field(`/${fromField}`, 'from-after-to'));
  } else if (addMonths(from, 60) <= to) {
    errors.push(field(`/${toField}`, 'period-too-long'));
  }
  return errors;
}

function members(rows: data.EffectCohortRow[]): CohortMember[] {
  return rows.map((r) => ({
    participantId: r.participantId,
    referralDate: r.referralDate,
    closedOn: r.closedOn,
    firstJob: r.jobStart ? { startDate: r.jobStart, endDate: r.jobEnd } : null,
  }));
}

/** Who is in a population, in words: the names of its filters ("Alle deelnemers" without any). */
export async function populationLabel(q: Queryable, ctx: RequestContext, f: data.PopulationFilter): Promise<string> {
  const parts: string[] = [];
  const one = async (
    by: 'approach' | 'organisation' | 'region' | 'municipality' | 'initiative',
    key: string | null,
  ) => {
    if (key !== null) {
      parts.push((await data.keyLabels(q, by, [key], ctx.lang)).get(key) ?? key);
    }
  };
  if (f.programmeId) {
    parts.push((await data.getProgramme(q, f.programmeId))?.name ?? f.programmeId);
  }
  await one('initiative', f.initiativeId);
  await one('approach', f.approachCode);
  await one('organisation', f.organisationId);
  await one('region', f.regionCode);
  await one('municipality', f.municipalityCode);
  if (f.targetGroup) {
    parts.push(ctx.t(`monitoring.targetGroup.${f.targetGroup}` as MessageKey));
  }
  return parts.length > 0 ? parts.join(', ') : ctx.t('monitoring.effect.everyone');
}

/** The stricter of two programmes' suppression settings. */
const stricter = (a: Settings, b: Settings): Settings => ({
  threshold: Math.max(a.threshold, b.threshold),
  showZeros: a.showZeros && b.showZeros,
});

export async function effectEvaluation(ctx: RequestContext, query: EffectQuery): Promise<EffectEvaluation> {
  const fromB = query.fromB ?? query.from;
  const toB = query.toB ?? query.to;
  const errors = [
    ...checkPeriod(query.from, query.to, 'from', 'to'),
    ...(query.fromB !== undefined || query.toB !== undefined ? checkPeriod(fromB, toB, 'fromB', 'toB') : []),
  ];
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  const asOf = todayInNl();
  const months = query.outcome === 'jobWithin' ? (query.months ?? 12) : null;
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filterA = await narrowForActor(scope, ctx, cohortFilter(query, 'A'));
    const filterB = await narrowForActor(scope, ctx, cohortFilter(query, 'B'));
    const s = stricter((await settingsFor(scope.q, filterA)).s, (await settingsFor(scope.q, filterB)).s);
    const rowsA = await data.effectCohort(scope.q, filterA, query.from, query.to);
    const inA = new Set(rowsA.map((r) => r.participantId));
    const allB = await data.effectCohort(scope.q, filterB, fromB, toB);
    const rowsB = allB.filter((r) => !inA.has(r.participantId));
    const a = members(rowsA);
    const b = members(rowsB);

    let published: { a: PublishedCohort; b: PublishedCohort; withheld: EffectEvaluation['withheld'] };
    let binary: EffectEvaluation['binary'] = null;
    let survival: EffectEvaluation['survival'] = null;
    if (query.outcome === 'jobWithin') {
      const result = publishBinary(jobWithin(a, months!, asOf), jobWithin(b, months!, asOf), s);
      published = result;
      binary = result.statistics;
    } else {
      const result = publishSurvival(
        survivalObservations(a, query.outcome, asOf),
        survivalObservations(b, query.outcome, asOf),
        s,
      );
      published = result;
      survival = result.curves && result.logRank ? { ...result.curves, logRank: result.logRank } : null;
    }
    const labels = { a: await populationLabel(scope.q, ctx, filterA), b: await populationLabel(scope.q, ctx, filterB) };
    const result: EffectEvaluation = {
      outcome: query.outcome,
      months,
      asOf,
      threshold: s.threshold,
      cohorts: {
        a: {
          label: labels.a,
          from: query.from,
          to: query.to,
          n: toCell(published.a.n),
          events: toCell(published.a.events),
        },
        b: { label: labels.b, from: fromB, to: toB, n: toCell(published.b.n), events: toCell(published.b.events) },
      },
      overlap: toCell(suppressCount(allB.length - rowsB.length, s)),
      binary,
      survival,
      withheld: published.withheld,
      summary: '',
    };
    result.summary = summaryOf(ctx, result);
    return result;
  });
}

/** The outcome in a few sentences (the numbers the response shows, nothing more). */
export function summaryOf(ctx: RequestContext, r: EffectEvaluation): string {
  const number = new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  const p = new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : 'nl-NL', { maximumSignificantDigits: 2 });
  if (r.withheld) {
    return ctx.t(`monitoring.effect.withheld.${r.withheld}` as MessageKey, { threshold: r.threshold });
  }
  const ci = (e: Estimate) => ({
    estimate: number.format(e.estimate),
    lower: number.format(e.lower),
    upper: number.format(e.upper),
  });
  if (r.binary) {
    const b = r.binary;
    return ctx.t('monitoring.effect.summary.jobWithin', {
      months: r.months ?? 12,
      a: r.cohorts.a.label,
      b: r.cohorts.b.label,
      pA: number.format(b.proportionA.estimate),
      pB: number.format(b.proportionB.estimate),
      eA: r.cohorts.a.events.display,
      nA: r.cohorts.a.n.display,
      eB: r.cohorts.b.events.display,
      nB: r.cohorts.b.n.display,
      rd: ci(b.riskDifference).estimate,
      rdLower: ci(b.riskDifference).lower,
      rdUpper: ci(b.riskDifference).upper,
      p: p.format(b.fisherP),
    });
  }
  if (r.survival) {
    const median = (m: { estimate: number | null; withheld: boolean }) =>
      m.withheld
        ? ctx.t('monitoring.effect.medianWithheld')
        : m.estimate === null
          ? ctx.t('monitoring.effect.notReached')
          : ctx.t('monitoring.effect.months', { months: number.format(m.estimate) });
    return ctx.t(`monitoring.effect.summary.${r.outcome as 'timeToFirstJob' | 'jobTenure'}`, {
      a: r.cohorts.a.label,
      b: r.cohorts.b.label,
      mA: median(r.survival.a.median),
      mB: median(r.survival.b.median),
      p: p.format(r.survival.logRank.pValue),
    });
  }
  return '';
}
