import { describe, expect, it } from 'vitest';
import {
  addresseeOf,
  allowedSteps,
  applyStep,
  isClosed,
  stepNeedsMessage,
  SUPPORT_REQUEST_STATUSES,
  SUPPORT_REQUEST_STEPS,
  type RequestState,
} from './employer-support-requests.rules.js';

const ME = 'adviser-1';
const COLLEAGUE = 'adviser-2';
const open: RequestState = { status: 'open', assignedTo: null };
const mine: RequestState = { status: 'inProgress', assignedTo: ME };
const colleagues: RequestState = { status: 'inProgress', assignedTo: COLLEAGUE };
const answeredByMe: RequestState = { status: 'answered', assignedTo: ME };

describe('employer support request status rules', () => {
  it('an adviser takes an open request: it is in progress and theirs', () => {
    expect(applyStep(open, 'taken', 'adviser', ME)).toEqual({ ok: true, status: 'inProgress', assignedTo: ME });
  });

  it('taking a request that is already yours is refused', () => {
    expect(applyStep(mine, 'taken', 'adviser', ME)).toEqual({ ok: false, reason: 'alreadyYours' });
  });

  it("a colleague's request can be taken over, but not answered or closed before that", () => {
    expect(applyStep(colleagues, 'taken', 'adviser', ME)).toEqual({ ok: true, status: 'inProgress', assignedTo: ME });
    for (const step of ['answered', 'resolved', 'declined'] as const) {
      expect(applyStep(colleagues, step, 'adviser', ME)).toEqual({ ok: false, reason: 'notYours' });
    }
  });

  it('answering an open request takes it too; answering again keeps it answered', () => {
    expect(applyStep(open, 'answered', 'adviser', ME)).toEqual({ ok: true, status: 'answered', assignedTo: ME });
    expect(applyStep(answeredByMe, 'answered', 'adviser', ME)).toEqual({
      ok: true,
      status: 'answered',
      assignedTo: ME,
    });
  });

  it('an open, taken or answered request can be resolved or declined', () => {
    for (const state of [open, mine, answeredByMe]) {
      expect(applyStep(state, 'resolved', 'adviser', ME)).toMatchObject({ ok: true, status: 'resolved' });
      expect(applyStep(state, 'declined', 'adviser', ME)).toMatchObject({ ok: true, status: 'declined' });
    }
  });

  it('a closed request is final: every step is refused, for everyone', () => {
    for (const status of ['resolved', 'declined'] as const) {
      for (const step of SUPPORT_REQUEST_STEPS) {
        expect(applyStep({ status, assignedTo: ME }, step, 'adviser', ME)).toEqual({ ok: false, reason: 'closed' });
        expect(applyStep({ status, assignedTo: ME }, step, 'adviser', COLLEAGUE)).toEqual({
          ok: false,
          reason: 'closed',
        });
      }
    }
  });

  it('the employer who asked takes no steps on its own request', () => {
    for (const state of [open, mine, answeredByMe]) {
      expect(allowedSteps(state, 'employer', 'employer-user')).toEqual([]);
    }
  });

  it('offers the buttons that fit the state', () => {
    expect(allowedSteps(open, 'adviser', ME)).toEqual(['taken', 'answered', 'resolved', 'declined']);
    expect(allowedSteps(mine, 'adviser', ME)).toEqual(['answered', 'resolved', 'declined']);
    expect(allowedSteps(colleagues, 'adviser', ME)).toEqual(['taken']);
    expect(allowedSteps({ status: 'resolved', assignedTo: ME }, 'adviser', ME)).toEqual([]);
  });

  it('only resolved and declined are closed', () => {
    expect(SUPPORT_REQUEST_STATUSES.filter(isClosed)).toEqual(['resolved', 'declined']);
  });

  it('an answer and a refusal need a message; taking and resolving do not', () => {
    expect(SUPPORT_REQUEST_STEPS.filter(stepNeedsMessage)).toEqual(['answered', 'declined']);
  });

  it('a request goes to the organisation that holds the employer account', () => {
    expect(addresseeOf({ accountHolderOrganisationId: 'org-sw' })).toBe('org-sw');
  });
});
