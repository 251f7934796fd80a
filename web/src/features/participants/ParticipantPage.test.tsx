import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import type {
  Consent,
  Contact,
  Job,
  JobOverview,
  ParticipantEmbedded,
  ParticipantExpanded,
  ParticipantPermissions,
  Trajectory,
} from '../../lib/types';
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

const PARTS = ['trajectories', 'contacts', 'jobs', 'consents'];
const partRequests = (calls: { key: string }[]) =>
  calls.filter((c) => PARTS.some((part) => c.key === `GET /api/v1/participants/${ID}/${part}`));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('participant page', () => {
  it('opens the participant with one request that brings trajectories, contacts, jobs and consents along', async () => {
    const calls = fakeApi({
      [`GET /api/v1/participants/${ID}`]: () =>
        json(
          200,
          participant(
            { readTrajectories: true, readContacts: true, readJobs: true, readConsents: true },
            {
              trajectories: { items: [trajectory] },
              contacts: { items: [contact] },
              jobs: jobs([job()]),
              consents: { items: [consent] },
            },
          ),
        ),
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
    const record = calls.filter((c) => c.key === `GET /api/v1/participants/${ID}`);
    expect(record.map((c) => new URL(c.url, 'http://x').searchParams.get('expand'))).toEqual([
      'trajectories,contacts,jobs,consents',
    ]);
    expect(partRequests(calls)).toEqual([]);
  });

  it('shows a part the server left out as before: hidden, or not at all', async () => {
    const calls = fakeApi({
      // May read jobs but they did not come (refused after all); no trajectories, contacts or consents.
      [`GET /api/v1/participants/${ID}`]: () => json(200, participant({ readJobs: true }, {})),
    });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sanne de Wit' });
    expect(await screen.findByText('U mag de banen niet zien.')).toBeTruthy();
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
});
