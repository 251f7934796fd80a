import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { EventPage } from './EventPage';
import type { LearningEvent, MyRegistration } from './types';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const EVENT: LearningEvent = {
  id: '7b0d2c1e-5f0a-4d52-9d7e-3c1f4a2b6e01',
  networkId: '11111111-1111-4111-8111-111111111111',
  networkName: 'Lokaal & integraal werken aan participatie',
  type: 'inspiratiebijeenkomst',
  title: 'Inwoners aan het woord',
  description: 'Inwoners vertellen.',
  // Sunday 29 March 2099 10:00–12:00 Dutch summer time.
  startsAt: '2099-03-29T08:00:00.000Z',
  endsAt: '2099-03-29T10:00:00.000Z',
  startsLocal: '2099-03-29T10:00',
  endsLocal: '2099-03-29T12:00',
  location: 'Buurtcentrum De Leeuw, Zeist',
  onlineUrl: null,
  online: false,
  capacity: 3,
  status: 'published',
  intervisionGroupId: null,
  registeredCount: 3,
  waitlistCount: 1,
  placesLeft: 0,
  myRegistration: null,
  materials: [],
  permissions: { manage: false },
  updatedAt: '2099-01-01T00:00:00.000Z',
};

/** A logged-in professional and a full event; registering puts them second on the waiting list. */
function stubApi() {
  let mine: MyRegistration | null = null;
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (url === '/api/v1/sessions/current') {
      return json(200, {
        state: 'active',
        csrfToken: 'csrf',
        user: {
          id: 'u1',
          name: 'Kees Bakker',
          email: 'kees@example.nl',
          language: 'nl',
          secondFactorEnabled: false,
          memberships: [],
        },
      });
    }
    if (url === `/api/v1/learning-events/${EVENT.id}` && method === 'GET') {
      return json(200, { ...EVENT, myRegistration: mine, waitlistCount: mine ? 2 : 1 });
    }
    if (url === `/api/v1/learning-events/${EVENT.id}/registration` && method === 'PUT') {
      mine = { status: 'waitlisted', waitingListPosition: 2, attended: null };
      return json(201, mine);
    }
    return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('EventPage', () => {
  it('shows the Dutch time, joins the waiting list of a full event and tells the place on it', async () => {
    const fetch = stubApi();
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={[`/leernetwerk/activiteiten/${EVENT.id}`]}>
            <Routes>
              <Route path="/leernetwerk/activiteiten/:id" element={<EventPage />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Inwoners aan het woord' })).toBeTruthy();
    expect(screen.getByText('zondag 29 maart 2099, 10:00–12:00')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zet in agenda (.ics)' }).getAttribute('href')).toBe(
      `/api/v1/learning-events/${EVENT.id}/calendar.ics`,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Op de wachtlijst' }));
    expect(await screen.findByText('U staat op de wachtlijst, op plaats 2. U krijgt een e-mail.')).toBeTruthy();
    expect(screen.getByText('U staat op de wachtlijst, op plaats 2.')).toBeTruthy();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect((put?.[1]?.headers as Record<string, string>)['x-csrf-token']).toBe('csrf');
  });
});
