/**
 * Demo support requests of the bakery (the demo employer, Anouk Visser) to its account holder (Werkbedrijf
 * Lekstroom, the demo employer adviser Petra Jansen), so that both screens show something: one open
 * question for a job coach, and one question about loonkostensubsidie that the adviser took and answered.
 * Called from demo.seed.ts after the employers demo (it needs the bakery's employer record).
 */
import type { Queryable } from '../../platform/db/db.js';
import * as data from './employer-support-requests.data.js';

export interface SupportRequestDemoCast {
  /** The demo employer organisation linked to an employer record (the bakery). */
  employerOrganisationId: string;
  /** The demo employer user who asks. */
  employerUser: string;
  /** The demo employer adviser of the account-holding organisation. */
  adviser: string;
}

export const DEMO_SUPPORT_QUESTIONS = {
  jobCoach:
    'In januari begint een nieuwe medewerker bij ons in de inpak. Kan er de eerste weken een jobcoach meekijken?',
  instrument:
    'Wij willen iemand aannemen die het volle tempo nog niet haalt. Kunnen wij dan loonkostensubsidie krijgen? En hoe vragen wij dat aan?',
  answer:
    'Ja, dat kan als de gemeente de loonwaarde laat meten. Ik plan een gesprek met u en de gemeente. Ik bel u deze week.',
} as const;

export async function seedDemoSupportRequests(q: Queryable, cast: SupportRequestDemoCast): Promise<void> {
  const employer = (await data.employersOfOrganisations(q, [cast.employerOrganisationId]))[0];
  if (!employer) {
    return;
  }
  const ask = async (kind: 'jobCoach' | 'instrument', question: string, instrumentCode: string | null) => {
    const id = await data.insertRequest(q, {
      organisationId: employer.accountHolderOrganisationId,
      employerId: employer.id,
      employerOrganisationId: employer.organisationId,
      kind,
      instrumentCode,
      question,
      vacancyId: null,
      requestedBy: cast.employerUser,
    });
    await data.insertEvent(q, {
      requestId: id,
      organisationId: employer.organisationId,
      kind: 'submitted',
      message: null,
      recordedBy: cast.employerUser,
    });
    return id;
  };
  const answered = await ask('instrument', DEMO_SUPPORT_QUESTIONS.instrument, 'loonkostensubsidie');
  for (const [kind, message] of [
    ['taken', null],
    ['answered', DEMO_SUPPORT_QUESTIONS.answer],
  ] as const) {
    await data.insertEvent(q, {
      requestId: answered,
      organisationId: employer.accountHolderOrganisationId,
      kind,
      message,
      recordedBy: cast.adviser,
    });
  }
  await data.updateState(q, answered, { status: 'answered', assignedTo: cast.adviser, closed: false });
  await ask('jobCoach', DEMO_SUPPORT_QUESTIONS.jobCoach, null);
}
