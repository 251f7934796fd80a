/**
 * The rules of an instrument application (pure, no database): which status changes are allowed, which
 * granting body fits the instrument (the rule table of src/modules/instruments), and the dates and amounts
 * that go with a decision. Errors are field errors with JSON pointers into the request body.
 */
import type { FieldError } from '../../platform/errors/app-error.js';
import { INSTRUMENTS, type Grantor, type InstrumentCode } from '../instruments/instruments.js';

export const APPLICATION_STATUSES = ['requested', 'granted', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Allowed changes: a request is granted or refused; a refusal can be requested again (bezwaar or a new
 * decision: the application goes back to `requested`). A grant is final: a change to a granted instrument
 * (more hours, an extension) is a new application, so every decision stays on record as it was taken.
 */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  requested: ['granted', 'refused'],
  refused: ['requested'],
  granted: [],
};

export function canChange(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return NEXT[from].includes(to);
}

/** Who may grant the instrument (from the rule table). */
export function grantorsOf(code: InstrumentCode): readonly Grantor[] {
  return INSTRUMENTS.find((r) => r.code === code)?.grantors ?? [];
}

/**
 * The granting body of a new application: the one given (it must be one of the rule's grantors), or the
 * only grantor of the rule; with several possible grantors it must be given.
 */
export function chooseGrantor(
  code: InstrumentCode,
  given: Grantor | null | undefined,
  errors: FieldError[],
): Grantor | null {
  const grantors = grantorsOf(code);
  if (given) {
    if (!grantors.includes(given)) {
      errors.push({
        in: 'body',
        pointer: '/grantor',
        code: 'not-a-grantor',
        detailKey: 'instrumentApplications.field.grantor-not-allowed',
        params: { grantors: grantors.join(', ') },
      });
      return null;
    }
    return given;
  }
  if (grantors.length === 1) {
    return grantors[0]!;
  }
  errors.push({
    in: 'body',
    pointer: '/grantor',
    code: 'required',
    detailKey: 'instrumentApplications.field.grantor-required',
    params: { grantors: grantors.join(', ') },
  });
  return null;
}

export interface Decision {
  status: ApplicationStatus;
  occurredOn: string;
  amountCents?: number | null;
  grantedFrom?: string | null;
  grantedUntil?: string | null;
}

/**
 * Checks a status change against the application as it is: the change must be allowed, the decision date
 * not before the request; an amount and a period only with a grant, and the period in order.
 */
export function checkDecision(
  current: { status: ApplicationStatus; requestedOn: string; decidedOn: string | null },
  d: Decision,
  errors: FieldError[],
): void {
  if (!canChange(current.status, d.status)) {
    errors.push({
      in: 'body',
      pointer: '/status',
      code: 'transition-not-allowed',
      detailKey: 'instrumentApplications.field.transition',
      params: { from: current.status, to: d.status },
    });
    return;
  }
  const since = d.status === 'requested' ? (current.decidedOn ?? current.requestedOn) : current.requestedOn;
  if (d.occurredOn < since) {
    errors.push({
      in: 'body',
      pointer: '/occurredOn',
      code: 'before-request',
      detailKey: 'instrumentApplications.field.before-request',
      params: { date: since },
    });
  }
  if (d.status !== 'granted') {
    for (const field of ['amountCents', 'grantedFrom', 'grantedUntil'] as const) {
      if (d[field] !== undefined && d[field] !== null) {
        errors.push({
          in: 'body',
          pointer: `/${field}`,
          code: 'only-when-granted',
          detailKey: 'instrumentApplications.field.only-when-granted',
        });
      }
    }
  }
  if (d.grantedFrom && d.grantedUntil && d.grantedUntil < d.grantedFrom) {
    errors.push({
      in: 'body',
      pointer: '/grantedUntil',
      code: 'before-start',
      detailKey: 'instrumentApplications.field.until-before-from',
    });
  }
}
