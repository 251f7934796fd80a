import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { OwnSupportRequestsPage } from './OwnSupportRequestsPage';
import { SupportRequestPage } from './SupportRequestPage';
import type { SupportRequest } from './types';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}
const SESSION = {
  state: 'active',
  csrfToken: 'csrf',
  user: { id: 'u', name: 'Anouk', email: 'a@x.nl', language: 'nl', secondFactorEnabled: false, memberships: [] },
};
const ID = '33333333-3333-4333-8333-333333333333';
const REQUEST: SupportRequest = {
  id: ID,
  kind: 'instrument',
  instrumentCode: 'noRiskPolis',
  instrumentName: 'No-riskpolis',
  question: 'Hoe werkt de no-riskpolis?',
  vacancyId: null,
  vacancyTitle: null,
  status: 'inProgress',
  employerId: 'e',
  employerName: 'Bakkerij De Korenschoof',
  organisationId: 'o',
  organisationName: 'Werkbedrijf Lekstroom',
  requestedByName: 'Anouk Visser',
  assignedToName: 'Ilse Hoekstra',
  assignedToMe: false,
  answer: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  closedAt: null,
  steps: ['taken'],
  events: [
    {
      kind: 'submitted',
      message: null,
      recordedByName: 'Anouk Visser',
      organisationName: 'Bakkerij De Korenschoof',
      recordedAt: '2026-12-01T09:00:00.000Z',
    },
    {
      kind: 'taken',
      message: null,
      recordedByName: 'Ilse Hoekstra',
      organisationName: 'Werkbedrijf Lekstroom',
      recordedAt: '2026-12-01T10:00:00.000Z',
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Hulp vragen (employer)', () => {
  it('asks what the help is about first, then shows the server’s field errors at each field and in the summary', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (url === '/api/v1/sessions/current') {
          return json(200, SESSION);
        }
        if (url.startsWith('/api/v1/vacancies')) {
          return json(200, { items: [] });
        }
        if (url === '/api/v1/employer-support-requests' && init?.method === 'POST') {
          posted.push(JSON.parse(init.body as string));
          return json(
            400,
            {
              status: 400,
              code: 'invalid-input',
              title: 'Ongeldige invoer',
              detail: '2 velden',
              errors: [
                {
                  in: 'body',
                  location: { pointer: '/instrumentCode' },
                  code: 'required',
                  detail: 'Kies de regeling waar uw vraag over gaat.',
                },
                { in: 'body', location: { pointer: '/question' }, code: 'required', detail: 'Schrijf uw vraag op.' },
              ],
            },
            'application/problem+json',
          );
        }
        if (url === '/api/v1/employer-support-requests') {
          return json(200, { items: [] });
        }
        return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
      }),
    );
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter>
            <OwnSupportRequestsPage />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    await screen.findByText('U heeft nog geen hulpvragen gesteld.');
    expect(screen.getByText(/Schrijf geen medische gegevens op/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vraag versturen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Kies waar u hulp bij wilt.', { exact: false })).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.click(screen.getByLabelText(/Een vraag over een regeling/));
    fireEvent.click(screen.getByRole('button', { name: 'Vraag versturen' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ kind: 'instrument', instrumentCode: null, question: null, vacancyId: null });
    const instrument = await screen.findByLabelText('Over welke regeling gaat uw vraag?');
    expect(instrument.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('support-instrumentCode-error')?.textContent).toBe(
      'Kies de regeling waar uw vraag over gaat.',
    );
    expect(document.getElementById('support-question-error')?.textContent).toBe('Schrijf uw vraag op.');
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
  });
});

describe('a support request page (adviser)', () => {
  it('shows the question, who has it, the history, and offers to take it over from a colleague', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (url === '/api/v1/sessions/current') {
          return json(200, SESSION);
        }
        if (url === `/api/v1/employer-support-requests/${ID}/events` && init?.method === 'POST') {
          posted.push(JSON.parse(init.body as string));
          return json(201, {
            ...REQUEST,
            assignedToName: 'Petra Jansen',
            assignedToMe: true,
            steps: ['answered', 'resolved', 'declined'],
          });
        }
        if (url === `/api/v1/employer-support-requests/${ID}`) {
          return json(200, REQUEST);
        }
        return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
      }),
    );
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={[`/hulpvragen-werkgevers/${ID}`]}>
            <Routes>
              <Route path="/hulpvragen-werkgevers/:id" element={<SupportRequestPage side="adviser" />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Hulpvraag: Vraag over een regeling: No-riskpolis' });
    expect(screen.getByText('Hoe werkt de no-riskpolis?')).toBeTruthy();
    expect(screen.getByText(/Opgepakt door Ilse Hoekstra\./)).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(within(history).getByText('Anouk Visser stelde de vraag')).toBeTruthy();
    expect(within(history).getByText('Ilse Hoekstra pakte de vraag op')).toBeTruthy();
    // Taken by a colleague: only "take over", no answer form yet.
    expect(screen.queryByLabelText('Uw antwoord')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vraag overnemen van Ilse Hoekstra' }));
    await screen.findByText('U heeft de vraag opgepakt.');
    expect(posted).toEqual([{ kind: 'taken' }]);
    expect(screen.getByLabelText('Uw antwoord')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Hoe sluit u de vraag af?' })).toBeTruthy();
  });
});

describe('a support request page (employer)', () => {
  function renderAt(path: string, body: (url: string) => Response) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/api/v1/sessions/current' ? json(200, SESSION) : body(url))),
    );
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/hulp-vragen/:id" element={<SupportRequestPage side="employer" />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
  }

  it('shows the answer and the history, and offers no steps to the employer', async () => {
    renderAt(`/hulp-vragen/${ID}`, () =>
      json(200, { ...REQUEST, status: 'answered', answer: 'Ja, dat kan.', steps: [] }),
    );
    const answer = await screen.findByRole('region', { name: 'Antwoord' });
    expect(within(answer).getByText('Ja, dat kan.')).toBeTruthy();
    expect(screen.getByText('Status: Beantwoord')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Wat wilt u doen?' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Terug naar Hulp vragen' })).toBeTruthy();
  });

  it('says so when the request does not exist or is not theirs (404)', async () => {
    renderAt(`/hulp-vragen/${ID}`, () =>
      json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json'),
    );
    await screen.findByText('Deze hulpvraag bestaat niet, of u mag hem niet zien.');
    expect(screen.getByRole('heading', { level: 1, name: 'Hulp vragen' })).toBeTruthy();
  });
});
