import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import type {
  CapacityProfile,
  Consent,
  Contact,
  FmlCatalogue,
  Job,
  JobOverview,
  ParticipantEmbedded,
  ParticipantExpanded,
  ParticipantPermissions,
  Plan,
  PlanGoal,
  Trajectory,
  WishesOverview,
} from '../../lib/types';
import { forgetReferenceData } from '../../lib/useApiData';
import { ParticipantPage } from './ParticipantPage';

const ID = '00000000-0000-4000-8000-0000000000a1';
const ORG = '00000000-0000-4000-8000-0000000000b1';

const NONE: ParticipantPermissions = {
  update: false,
  invite: false,
  readTrajectories: false,
  createTrajectory: false,
  readWishes: false,
  updateWishes: false,
  readJobs: false,
  manageJobs: false,
  readContacts: false,
  manageContacts: false,
  readPlan: false,
  managePlan: false,
  participateInPlan: false,
  readCapacity: false,
  assessCapacity: false,
  readConsents: false,
  manageConsents: false,
};

function participant(permissions: Partial<ParticipantPermissions>, embedded: ParticipantEmbedded): ParticipantExpanded {
  return {
    id: ID,
    givenName: 'Sanne',
    familyName: 'de Wit',
    dateOfBirth: '1991-05-20',
    email: null,
    phone: null,
    municipalityCode: 'GM0344',
    municipalityName: 'Utrecht',
    regionCode: 'AM13',
    regionName: 'Midden-Utrecht',
    targetGroups: [],
    benefitSituation: 'none',
    doelgroepregister: false,
    hasBsn: false,
    hasAccount: false,
    organisationId: ORG,
    organisationName: 'IPS-team Utrecht',
    createdAt: '2026-01-12T09:00:00.000Z',
    updatedAt: '2026-01-12T09:00:00.000Z',
    permissions: { ...NONE, ...permissions },
    _embedded: embedded,
  };
}

const trajectory: Trajectory = {
  id: '00000000-0000-4000-8000-0000000000c1',
  participantId: ID,
  organisationId: ORG,
  organisationName: 'IPS-team Utrecht',
  approachCode: 'ips',
  approachName: 'IPS',
  phase: 'jobSearch',
  referralDate: '2026-01-12',
  closedOn: null,
  closedReason: null,
  phaseEvents: [],
  assignments: [],
  createdAt: '2026-01-12T09:00:00.000Z',
};

const job = (over: Partial<Job> = {}): Job => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  participantId: ID,
  trajectoryId: null,
  employerName: 'Kwekerij Het Zonnetje',
  jobTitle: 'Medewerker kas',
  occupationCode: null,
  startDate: '2026-03-02',
  endDate: null,
  endReason: null,
  hoursPerWeek: 20,
  contractType: 'temporary',
  wageForm: 'marketWage',
  openToAnyone: true,
  competitive: true,
  jobStart: true,
  recordedByName: null,
  recordedAt: '2026-03-02T09:00:00.000Z',
  ...over,
});
const jobs = (items: Job[]): JobOverview => ({
  items,
  sustainablePlacement: { at6Months: null, at12Months: null, definition: 'Betaald werk van minstens 12 uur.' },
});

const contact: Contact = {
  id: '00000000-0000-4000-8000-0000000000e1',
  participantId: ID,
  trajectoryId: null,
  organisationId: ORG,
  organisationName: 'IPS-team Utrecht',
  occursAt: '2026-02-03T09:00:00.000Z',
  durationMinutes: null,
  kind: 'faceToFace',
  status: 'held',
  location: 'Kantoor Vleuterweg',
  present: null,
  hasNote: false,
  recordedByName: null,
  recordedAt: '2026-02-03T10:00:00.000Z',
};

const consent: Consent = {
  id: '00000000-0000-4000-8000-0000000000f1',
  participantId: ID,
  organisationId: ORG,
  organisationName: 'Gemeente Utrecht',
  regionCode: null,
  regionName: null,
  category: 'identity',
  purpose: 'integratedPlan',
  startsOn: '2026-01-12',
  endsOn: null,
  method: 'paper',
  note: null,
  recordedByName: null,
  recordedAt: '2026-01-12T09:00:00.000Z',
  withdrawnAt: null,
  withdrawnByName: null,
  active: true,
};

const goal = (over: Partial<PlanGoal> = {}): PlanGoal => ({
  id: '00000000-0000-4000-8000-000000000101',
  organisationId: ORG,
  organisationName: 'IPS-team Utrecht',
  domain: 'work',
  title: 'Ik heb betaald werk in de zorg',
  description: null,
  status: 'open',
  targetDate: null,
  createdByName: null,
  createdAt: '2026-01-12T09:00:00.000Z',
  actions: [],
  ...over,
});
const plan = (goals: PlanGoal[]): Plan => ({ goals, hiddenGoals: 0, lastAgreement: null, changedSinceAgreement: true });

const wishes: WishesOverview = {
  current: {
    id: '00000000-0000-4000-8000-000000000111',
    recordedByName: null,
    recordedAt: '2026-01-20T09:00:00.000Z',
    byParticipant: true,
    kindsOfWork: 'Buiten werken, in een kas',
    sectors: [],
    hoursMin: null,
    hoursMax: null,
    days: [],
    dayParts: [],
    maxTravelMinutes: null,
    transport: [],
    strengths: null,
    wantsToLearn: null,
    disclosure: 'askMe',
    certificates: [],
    drivingLicences: [],
    languageLevel: null,
  },
  history: [],
};

const capacity: CapacityProfile = { assessments: [], comparison: [] };
const catalogue: FmlCatalogue = { sections: [], source: 'UWV Functionele Mogelijkhedenlijst (FML)' };

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const notFound = () => json(404, { status: 404, code: 'not-found', title: '', detail: '' }, 'application/problem+json');

/** A fake API: answers by method and path (without query); every request is kept with its full URL. */
function fakeApi(answers: Record<string, (body: unknown) => Response>) {
  const calls: { key: string; url: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const key = `${init?.method ?? 'GET'} ${url.replace(/\?.*$/, '')}`;
      calls.push({ key, url });
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const answer = answers[key];
      if (answer) {
        return answer(body);
      }
      if (key === 'GET /api/v1/sessions/current') {
        return json(401, { status: 401, code: 'unauthenticated', title: '', detail: '' }, 'application/problem+json');
      }
      return notFound();
    }),
  );
  return calls;
}

function renderPage() {
  render(
    <I18nProvider>
      <SessionProvider>
        <MemoryRouter initialEntries={[`/deelnemers/${ID}`]}>
          <Routes>
            <Route path="/deelnemers/:id" element={<ParticipantPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

const PARTS = ['trajectories', 'contacts', 'jobs', 'consents', 'plan', 'wishes', 'capacity'];
const partRequests = (calls: { key: string }[]) =>
  calls.filter((c) => PARTS.some((part) => c.key === `GET /api/v1/participants/${ID}/${part}`));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  forgetReferenceData();
});

describe('participant page', () => {
  it('opens the participant with one request that brings all its parts along', async () => {
    const calls = fakeApi({
      [`GET /api/v1/participants/${ID}`]: () =>
        json(
          200,
          participant(
            {
              readTrajectories: true,
              readContacts: true,
              readJobs: true,
              readConsents: true,
              readPlan: true,
              readWishes: true,
              readCapacity: true,
            },
            {
              trajectories: { items: [trajectory] },
              contacts: { items: [contact] },
              jobs: jobs([job()]),
              consents: { items: [consent] },
              plan: plan([goal()]),
              wishes,
              capacity,
            },
          ),
        ),
      // The FML catalogue is reference data, not a part of the participant: the capacity section asks for it.
      'GET /api/v1/fml-sections': () => json(200, catalogue),
    });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sanne de Wit' });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Medewerker kas bij Kwekerij Het Zonnetje' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Traject' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Contacten' })).toBeTruthy();
    expect(screen.getByText(/Kantoor Vleuterweg/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Toestemmingen' })).toBeTruthy();
    // The plan, the wishes and the capacity profile are shown from the embedded parts.
    expect(screen.getByRole('heading', { level: 4, name: 'Ik heb betaald werk in de zorg' })).toBeTruthy();
    expect(screen.getByText('Buiten werken, in een kas')).toBeTruthy();
    expect(screen.getByText('Sanne heeft nog niets ingevuld.')).toBeTruthy();
    expect(screen.getByText('Nog geen beoordeling door een professional.')).toBeTruthy();
    const record = calls.filter((c) => c.key === `GET /api/v1/participants/${ID}`);
    expect(record.map((c) => new URL(c.url, 'http://x').searchParams.get('expand'))).toEqual([
      'trajectories,contacts,jobs,consents,plan,wishes,capacity',
    ]);
    // No separate request for any embedded part, the plan, wishes and capacity profile included.
    expect(partRequests(calls)).toEqual([]);
  });

  it('shows a part the server left out as before: hidden, or not at all', async () => {
    const calls = fakeApi({
      // May read jobs, the plan, wishes and capacity but they did not come (refused after all); no trajectories,
      // contacts or consents.
      [`GET /api/v1/participants/${ID}`]: () =>
        json(200, participant({ readJobs: true, readPlan: true, readWishes: true, readCapacity: true }, {})),
    });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sanne de Wit' });
    expect(await screen.findByText('U mag de banen niet zien.')).toBeTruthy();
    expect(screen.getByText('U mag het plan niet zien.')).toBeTruthy();
    expect(screen.getByText('U mag de wensen niet zien.')).toBeTruthy();
    expect(screen.getByText(/U kunt de mogelijkheden van Sanne niet zien/)).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Traject' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Contacten' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Toestemmingen' })).toBeNull();
    expect(partRequests(calls)).toEqual([]);
  });

  it('after ending a job the jobs section reloads its own part', async () => {
    let ended = false;
    const calls = fakeApi({
      [`GET /api/v1/participants/${ID}`]: () =>
        json(200, participant({ readJobs: true, manageJobs: true }, { jobs: jobs([job()]) })),
      [`PATCH /api/v1/participants/${ID}/jobs/${job().id}`]: () => {
        ended = true;
        return json(200, job({ endDate: '2026-06-30', endReason: 'quit' }));
      },
      [`GET /api/v1/participants/${ID}/jobs`]: () =>
        json(200, jobs(ended ? [job({ endDate: '2026-06-30', endReason: 'quit' })] : [job()])),
    });
    renderPage();
    const card = (await screen.findByRole('heading', { level: 3, name: 'Medewerker kas bij Kwekerij Het Zonnetje' }))
      .parentElement!;
    fireEvent.click(
      within(card).getByRole('button', { name: 'Baan beëindigen: Medewerker kas bij Kwekerij Het Zonnetje' }),
    );
    fireEvent.change(within(card).getByLabelText('Reden van einde'), { target: { value: 'quit' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Einde opslaan' }));
    await waitFor(() => expect(partRequests(calls).map((c) => c.key)).toEqual([`GET /api/v1/participants/${ID}/jobs`]));
    // The reloaded part is shown: the job with its last day.
    expect(await screen.findByText(/tot en met/)).toBeTruthy();
  });

  it('after adding a goal the plan section shows the plan the server answered, not the embedded one', async () => {
    const added = goal({
      id: '00000000-0000-4000-8000-000000000102',
      domain: 'debts',
      title: 'Mijn schulden zijn geregeld',
    });
    const calls = fakeApi({
      [`GET /api/v1/participants/${ID}`]: () =>
        json(200, participant({ readPlan: true, managePlan: true }, { plan: plan([goal()]) })),
      [`POST /api/v1/participants/${ID}/plan/goals`]: () => json(201, plan([goal(), added])),
    });
    renderPage();
    expect(await screen.findByRole('heading', { level: 4, name: 'Ik heb betaald werk in de zorg' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    fireEvent.change(screen.getByLabelText('Leefgebied'), { target: { value: 'debts' } });
    fireEvent.change(screen.getByLabelText('Doel'), { target: { value: 'Mijn schulden zijn geregeld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doel opslaan' }));
    expect(await screen.findByRole('heading', { level: 4, name: 'Mijn schulden zijn geregeld' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Ik heb betaald werk in de zorg' })).toBeTruthy();
    expect(calls.filter((c) => c.key.startsWith('POST ')).map((c) => c.key)).toEqual([
      `POST /api/v1/participants/${ID}/plan/goals`,
    ]);
    expect(partRequests(calls)).toEqual([]);
  });
});
