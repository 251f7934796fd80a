/**
 * The status rules of an employer support request, without a database: which step is allowed from which
 * status, who may take it, and where a request goes. The service applies them inside the transaction of
 * the change (README.md).
 *
 *   open ──take──▶ inProgress ──answer──▶ answered ──answer──▶ answered
 *     │               │   ▲                  │
 *     └──answer───────┼───┼──────────────────┘   (answering an untaken request takes it too)
 *                     └─take (a colleague takes it over)
 *   open / inProgress / answered ──resolve / decline──▶ resolved / declined (final)
 */

export const SUPPORT_REQUEST_KINDS = ['jobCoach', 'instrument', 'other'] as const;
export type SupportRequestKind = (typeof SUPPORT_REQUEST_KINDS)[number];

export const SUPPORT_REQUEST_STATUSES = ['open', 'inProgress', 'answered', 'resolved', 'declined'] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];

/** The events of the history; `submitted` is written when the employer asks, the others are steps. */
export const SUPPORT_REQUEST_EVENT_KINDS = ['submitted', 'taken', 'answered', 'resolved', 'declined'] as const;
export type SupportRequestEventKind = (typeof SUPPORT_REQUEST_EVENT_KINDS)[number];

/** The steps an employer adviser takes on a request (the event kinds except `submitted`). */
export const SUPPORT_REQUEST_STEPS = ['taken', 'answered', 'resolved', 'declined'] as const;
export type SupportRequestStep = (typeof SUPPORT_REQUEST_STEPS)[number];

/** Who is acting on a request: the employer who asked (its organisation), or an adviser it is addressed to. */
export type Side = 'employer' | 'adviser';

export const CLOSED_STATUSES: readonly SupportRequestStatus[] = ['resolved', 'declined'];

export function isClosed(status: SupportRequestStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export interface RequestState {
  status: SupportRequestStatus;
  assignedTo: string | null;
}

export type StepOutcome =
  | { ok: true; status: SupportRequestStatus; assignedTo: string }
  /** closed: the request is resolved or declined; alreadyYours: you took it already; notYours: a colleague has it. */
  | { ok: false; reason: 'closed' | 'alreadyYours' | 'notYours' };

/**
 * The state after `step` by `userId` on `side`, or why it is refused. Only advisers take steps: an
 * employer asks (and sees the answer), it never handles its own request, so every step of the employer
 * side is refused as `notYours`.
 *
 * - a closed request (resolved, declined) is final: every step is refused;
 * - take: from open, or over from a colleague (in progress or answered); not when it is already yours;
 * - answer: when it is open (the answerer takes it) or yours; not while a colleague has it (take it over first);
 * - resolve / decline: as answer. The service requires a reason for decline and a message for an answer.
 */
export function applyStep(state: RequestState, step: SupportRequestStep, side: Side, userId: string): StepOutcome {
  if (isClosed(state.status)) {
    return { ok: false, reason: 'closed' };
  }
  if (side !== 'adviser') {
    return { ok: false, reason: 'notYours' };
  }
  const yours = state.assignedTo === userId;
  const free = state.status === 'open' || state.assignedTo === null;
  switch (step) {
    case 'taken':
      return yours ? { ok: false, reason: 'alreadyYours' } : { ok: true, status: 'inProgress', assignedTo: userId };
    case 'answered':
      return yours || free ? { ok: true, status: 'answered', assignedTo: userId } : { ok: false, reason: 'notYours' };
    case 'resolved':
    case 'declined':
      return yours || free ? { ok: true, status: step, assignedTo: userId } : { ok: false, reason: 'notYours' };
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** The steps `userId` on `side` may take now (for the buttons on the request page). */
export function allowedSteps(state: RequestState, side: Side, userId: string): SupportRequestStep[] {
  return SUPPORT_REQUEST_STEPS.filter((step) => applyStep(state, step, side, userId).ok);
}

/** Whether the step needs a message: the answer itself, or the reason for declining. */
export function stepNeedsMessage(step: SupportRequestStep): boolean {
  return step === 'answered' || step === 'declined';
}

/**
 * Which organisation a new request goes to: the employer record's account holder (the organisation whose
 * employer advisers keep the relationship, ADR 0017). A request stays with it when the account holder
 * changes later: the history of who handled it stays in one place.
 */
export function addresseeOf(employer: { accountHolderOrganisationId: string }): string {
  return employer.accountHolderOrganisationId;
}
