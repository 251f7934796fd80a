/**
 * Pure helpers for the support plan screens: goals grouped by domain in a fixed order, and each
 * history event as one sentence in plain words (B1), for the professional and for the participant.
 */
import type { MessageKey } from '../../i18n/i18n';
import { DOMAINS, type Domain, type PlanEvent, type PlanGoal } from '../../lib/types';

/** The goals per domain, in the order of DOMAINS (werk first), leaving out domains without goals. */
export function goalsByDomain(goals: PlanGoal[]): [Domain, PlanGoal[]][] {
  return DOMAINS.map((d) => [d, goals.filter((g) => g.domain === d)] as [Domain, PlanGoal[]]).filter(
    ([, list]) => list.length > 0,
  );
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const GOAL_FIELDS = ['domain', 'title', 'description', 'targetDate', 'status'] as const;

/** The new status in a goalChanged event's detail (`{ status: { from, to } }`), if it changed. */
function changedStatus(detail: Record<string, unknown>): string | null {
  const status = detail.status as { to?: unknown } | undefined;
  return typeof status?.to === 'string' ? status.to : null;
}

/**
 * One history event as a sentence: "Kees Bakker zette het doel ‘Ik vind werk in de zorg’ in het plan."
 * `ownName` is the reader's own name in the portal: their own events then say "U".
 */
export function historySentence(e: PlanEvent, t: T, ownName: string | null = null): string {
  const by =
    e.byName === null ? t('plan.history.someone') : ownName && e.byName === ownName ? t('plan.history.you') : e.byName;
  const goal = e.goalTitle ?? t('plan.history.unknownGoal');
  const action = e.actionTitle ?? t('plan.history.unknownAction');
  switch (e.kind) {
    case 'goalAdded':
      return t('plan.history.goalAdded', { by, goal });
    case 'goalChanged': {
      const status = changedStatus(e.detail);
      const others = GOAL_FIELDS.filter((f) => f !== 'status' && f in e.detail);
      const parts: string[] = [];
      if (status) {
        parts.push(t('plan.history.goalStatus', { by, goal, status: t(`plan.status.${status}` as MessageKey) }));
      }
      if (others.length > 0 || !status) {
        parts.push(
          others.length > 0
            ? t('plan.history.goalChangedFields', {
                by,
                goal,
                fields: others.map((f) => t(`plan.field.${f}` as MessageKey)).join(', '),
              })
            : t('plan.history.goalChanged', { by, goal }),
        );
      }
      return parts.join(' ');
    }
    case 'actionAdded':
      return t('plan.history.actionAdded', { by, action, goal });
    case 'actionChanged':
      return t('plan.history.actionChanged', { by, action });
    case 'actionDone':
      return t('plan.history.actionDone', { by, action });
    case 'actionReopened':
      return t('plan.history.actionReopened', { by, action });
    case 'commentAdded':
      return t('plan.history.commentAdded', { by, action });
    case 'agreed': {
      const method = typeof e.detail.method === 'string' ? e.detail.method : 'portal';
      // In the portal the participant reads about themself: "… dat u op papier akkoord ging".
      const key =
        method === 'paper' || method === 'verbal' ? `${ownName ? 'agreedYou' : 'agreed'}.${method}` : 'agreed.portal';
      return t(`plan.history.${key}` as MessageKey, { by });
    }
    default: {
      const never: never = e.kind;
      return String(never);
    }
  }
}
