/**
 * Caseload and employer-contact norms per team, for the dashboard (definitions: docs/domain/indicators.md
 * "Caseload and employer-contact norms per team"). A team is an organisation with a trajectory in the
 * population that ran in the period. Per team: its IPS caseload on the as-of date (participants, job
 * coaches with IPS clients, the mean per coach against the norm of 20, coaches above it) and the employer
 * contacts it logged in the period (face-to-face per job coach or employer adviser per week, against the
 * norm of 6).
 *
 * Disclosure: the number of participants is a count of people and is suppressed below the threshold; the
 * mean caseload is withheld with it (it would give the number back through the coaches). Coaches, their
 * contacts and the coaches above the norm are about professionals at work, not about participants, and are
 * shown as they are: a team's own employer-contact view shows them per person already.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { FACE_TO_FACE_KINDS, IPS_EMPLOYER_CONTACTS_NORM } from '../employers/employers.rules.js';
import { IPS_CASELOAD_NORM } from '../participants/participants.service.js';
import * as data from './monitoring.data.js';
import { filterOf, narrowForActor, periodOf, settingsFor } from './monitoring.indicators.service.js';
import { toCell } from './monitoring.publish.js';
import type { TeamNormsQuery, TeamNormsTable } from './monitoring.schemas.js';
import { suppressCount } from './suppression/suppression.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Days from `from` to `to`, both included, as weeks. */
export function weeksIn(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days / 7;
}

export async function teamNorms(ctx: RequestContext, query: TeamNormsQuery): Promise<TeamNormsTable> {
  const period = periodOf(query.from, query.to);
  return ctx.data.read(async (scope) => {
    scope.listScope('indicator.read');
    const filter = await narrowForActor(scope, ctx, filterOf(query));
    const { s } = await settingsFor(scope.q, filter);
    const rows = await data.teamNorms(scope.q, filter, period.from, period.to, IPS_CASELOAD_NORM, FACE_TO_FACE_KINDS);
    const weeks = weeksIn(period.from, period.to);
    return {
      from: period.from,
      to: period.requestedTo,
      asOf: period.to,
      regionCode: filter.regionCode,
      threshold: s.threshold,
      caseloadNorm: IPS_CASELOAD_NORM,
      contactsNorm: IPS_EMPLOYER_CONTACTS_NORM,
      weeks: round1(weeks),
      teams: rows.map((r) => {
        const participants = suppressCount(r.ipsParticipants, s);
        return {
          organisationId: r.organisationId,
          name: r.name,
          ipsParticipants: toCell(participants),
          ipsCoaches: r.ipsCoaches,
          averageCaseload:
            participants.status === 'shown' && r.ipsCoaches > 0 ? round1(r.ipsAssignments / r.ipsCoaches) : null,
          coachesAboveNorm: r.coachesAboveNorm,
          specialists: r.specialists,
          faceToFace: r.faceToFace,
          contacts: r.contacts,
          faceToFacePerWeek: r.specialists > 0 ? round1(r.faceToFace / r.specialists / weeks) : null,
        };
      }),
    };
  });
}
