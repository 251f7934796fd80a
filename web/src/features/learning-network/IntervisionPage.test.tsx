import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { IntervisionPage } from './IntervisionPage';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const NETWORK = '11111111-1111-4111-8111-111111111111';
const ESRA = '00000000-0000-4000-8000-000000000001';
const KEES = '00000000-0000-4000-8000-000000000002';
const PIETER = '00000000-0000-4000-8000-000000000003';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('IntervisionPage', () => {
  it('a coordinator makes a group; a refused member is named at that person’s checkbox', async () => {
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
      if (url === '/api/v1/learning-networks') {
        return json(200, {
          items: [
            {
              id: NETWORK,
              organisationId: 'o',
              organisationName: 'Kenniscentrum',
              name: 'Lokaal werken',
              description: '',
              memberCount: 3,
              upcomingEventCount: 0,
              coordinators: ['Fatima'],
              membership: { memberKind: 'professional', coordinator: true },
            },
          ],
        });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}/intervision-groups` && method === 'GET') {
        return json(200, { items: [] });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}/members`) {
        return json(200, {
          items: [ESRA, KEES, PIETER].map((userId, i) => ({
            userId,
            name: ['Esra Kaya', 'Kees Bakker', 'Pieter Bakker'][i],
            email: `${i}@x.nl`,
            memberKind: 'professional',
            coordinator: false,
          })),
        });
      }
      if (url === `/api/v1/learning-networks/${NETWORK}/intervision-groups` && method === 'POST') {
        return json(
          400,
          {
            status: 400,
            code: 'invalid-input',
            title: 'Controleer de invoer',
            detail: 'Controleer de invoer',
            errors: [
              {
                in: 'body',
                location: { pointer: '/memberIds/1' },
                code: 'not-member',
                detail: 'Deze persoon is geen lid van het netwerk.',
              },
            ],
          },
          'application/problem+json',
        );
      }
      return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
    });
    vi.stubGlobal('fetch', fetch);
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter>
            <IntervisionPage />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('Dit netwerk heeft nog geen intervisiegroepen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Intervisiegroep maken' }));
    fireEvent.change(screen.getByLabelText('Naam van de groep'), { target: { value: 'Groep Oost' } });
    // Ticked in this order: Pieter, then Esra. The API refuses the second one sent (Esra).
    fireEvent.click(await screen.findByLabelText('Pieter Bakker'));
    fireEvent.click(screen.getByLabelText('Esra Kaya'));
    fireEvent.click(screen.getByRole('button', { name: 'Groep opslaan' }));
    const esra = screen.getByLabelText('Esra Kaya');
    await vi.waitFor(() => expect(esra.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Pieter Bakker').getAttribute('aria-invalid')).not.toBe('true');
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post?.[1]?.body as string)).toMatchObject({ name: 'Groep Oost', memberIds: [PIETER, ESRA] });
    const link = screen.getAllByRole('link').find((a) => a.textContent?.includes('geen lid van het netwerk'));
    expect(link?.getAttribute('href')).toBe(`#group-member-${ESRA}`);
  });
});
