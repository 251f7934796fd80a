import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { NewEventPage } from './NewEventPage';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const NETWORK = '11111111-1111-4111-8111-111111111111';
const GROUP = '22222222-2222-4222-8222-222222222222';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('NewEventPage for an intervision group', () => {
  it('plans a session of the group: kind intervisie, the group named, as many places as members', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      if (url === '/api/v1/sessions/current') {
        return json(200, {
          state: 'active',
          csrfToken: 'csrf',
          user: {
            id: 'u',
            name: 'Fatima',
            email: 'f@x.nl',
            language: 'nl',
            secondFactorEnabled: false,
            memberships: [],
          },
        });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}`) {
        return json(200, {
          id: NETWORK,
          name: 'Lokaal werken',
          membership: { memberKind: 'professional', coordinator: true },
        });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}/intervision-groups`) {
        return json(200, {
          items: [
            {
              id: GROUP,
              networkId: NETWORK,
              name: 'Groep Oost',
              method: '',
              description: '',
              members: [
                { userId: 'a', name: 'A' },
                { userId: 'b', name: 'B' },
                { userId: 'c', name: 'C' },
              ],
              sessions: [],
            },
          ],
        });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}/events` && method === 'POST') {
        return json(201, { id: 'e1' });
      }
      return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
    });
    vi.stubGlobal('fetch', fetch);
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={[`/leernetwerk/netwerken/${NETWORK}/nieuwe-activiteit?groep=${GROUP}`]}>
            <Routes>
              <Route path="/leernetwerk/netwerken/:networkId/nieuwe-activiteit" element={<NewEventPage />} />
              <Route path="/leernetwerk/activiteiten/:id" element={<p>event page</p>} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    await screen.findByRole('link', { name: 'Terug naar Groep Oost' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bijeenkomst plannen');
    expect(screen.queryByLabelText('Soort activiteit')).toBeNull();
    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Aantal plaatsen').value).toBe('3'));
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Bijeenkomst 1' } });
    fireEvent.change(screen.getByLabelText('Begin'), { target: { value: '2099-05-01T13:00' } });
    fireEvent.change(screen.getByLabelText('Einde'), { target: { value: '2099-05-01T15:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('event page');
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post?.[1]?.body as string)).toMatchObject({
      type: 'intervisie',
      title: 'Bijeenkomst 1',
      capacity: 3,
      intervisionGroupId: GROUP,
    });
  });
});
