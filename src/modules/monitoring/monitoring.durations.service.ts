/**
 * Durations per approach, for the dashboard: how long the first job lasts (job tenure), how long it takes
 * from referral to the first job, and to the first held contact with an employer — one Kaplan–Meier curve
 * per approach, published under the rules of effects/effects.ts (ADR 0016 "effect evaluation"): a group
 * below the threshold gets no curve; a curve is shown on a monthly grid only while at least `threshold`
 * people are followed, and no drop stands for fewer than `threshold` events.
 *
 * The cohort of an approach: per participant the first trajectory with that approach in the population
 * referred in the period (whole calendar months, as in the effect evaluation, so two periods a day apart
 * cannot single out the people referred on that day). Definitions: docs/domain/indicators.md
 * ("Durations per approach").
 */
import { invalidInput } from '../../platform/errors/app-error.js';
import type { RequestContext } from '../../platform/http/context.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './monitoring.data.js';
import { publishCurve, survivalObservations, type CohortMember } from './effects/effects.js';
import { checkPeriod } from './monitoring.effects.service.js';
import { filterOf, narrowForActor, settingsFor } from './monitoring.indicators.service.js';
import { hiddenCell, toCell } from './monitoring.publish.js';
import type { DurationsQuery, DurationsTable } from './monitoring.schemas.js';
import { suppressCount, suppressTable } from './suppression/suppression.js';

function member(r: data.DurationCohortRow): CohortMember {
  return {
    participantId: r.participantId,
    referralDate: r.referralDate,
    closedOn: r.closedOn,
    firstJob: r.jobStart ? { startDate: r.jobStart, endDate: r.jobEnd } : null,
    firstEmployerContact: r.firstEmployerContact,
  };
}

export async function durationsByApproach(ctx: RequestContext, query: DurationsQuery): Promise<DurationsTable> {
  const errors = checkPeriod(query.from, query.to, 'from', 'to');
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
  const asOf = todayInNl();
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filter = await narrowForActor(scope, ctx, filterOf(query));
    const { s } = await settingsFor(scope.q, filter);
    const rows = await data.durationCohorts(scope.q, filter, query.from, query.to);
    const byApproach = new Map<string, CohortMember[]>();
    for (const r of rows) {
      const list = byApproach.get(r.approachCode) ?? [];
      list.push(member(r));
      byApproach.set(r.approachCode, list);
    }
    const approaches: DurationsTable['approaches'] = (
      await data.approachesInOrder(scope.q, [...byApproach.keys()], ctx.lang)
    ).map(({ code, label }) => {
      const observations = survivalObservations(byApproach.get(code)!, query.outcome, asOf);
      const events = observations.filter((o) => o.event).length;
      if (observations.length < s.threshold) {
        return {
          code,
          label,
          n: toCell(suppressCount(observations.length, s)),
          events: hiddenCell(events, s),
          curve: null,
        };
      }
      // Events and the others as one row with its total, so neither gives the other away.
      const table = suppressTable([[events, observations.length - events]], {
        ...s,
        rowTotals: true,
        columnTotals: false,
      });
      return {
        code,
        label,
        n: toCell(table.rowTotals![0]!),
        events: toCell(table.cells[0]![0]!),
        curve: publishCurve(observations, s),
      };
    });
    return {
      outcome: query.outcome,
      from: query.from,
      to: query.to,
      asOf,
      regionCode: filter.regionCode,
      threshold: s.threshold,
      approaches,
    };
  });
}
