import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { TrackPage } from './TrackPage';
import type { Track } from './types';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const HOUTEN = '00000000-0000-4000-8000-000000000001';
const ZEIST = '00000000-0000-4000-8000-000000000002';
const TRACK: Track = {
  id: '7b0d2c1e-5f0a-4d52-9d7e-3c1f4a2b6e01',
  networkId: '11111111-1111-4111-8111-111111111111',
  networkName: 'Lokaal & integraal werken aan participatie',
  name: 'Leergang integraal werken',
  description: '',
  startsOn: '2099-01-01',
  endsOn: '2099-12-31',
  municipalityCount: 2,
  municipalities: [
    { organisationId: HOUTEN, name: 'Gemeente Houten', done: 0, total: 1, mayReport: true },
    { organisationId: ZEIST, name: 'Gemeente Zeist', done: 0, total: 1, mayReport: false },
  ],
  modules: [
    {
      id: 'a8f5c0de-0000-4000-8000-000000000010',
      position: 1,
      title: 'Module 1: de vraag van de inwoner',
      description: '',
      startsOn: '2099-01-01',
      endsOn: '2099-03-31',
      assignments: [
        {
          id: 'a8f5c0de-0000-4000-8000-000000000011',
          title: 'Foto van de samenwerking',
          description: '',
          dueOn: '2099-02-28',
          progress: [
            { organisationId: HOUTEN, status: 'notStarted', note: '', updatedAt: null },
            { organisationId: ZEIST, status: 'inProgress', note: 'Eerste gesprek gehad', updatedAt: null },
          ],
        },
      ],
    },
  ],
  materials: [
    {
      knowledgeItemId: 'k1',
      slug: 'handreiking-integraal-werken',
      title: 'Handreiking integraal werken',
      type: 'guide',
      published: true,
    },
  ],
  permissions: { manage: true },
};

function stubApi() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (url === '/api/v1/sessions/current') {
      return json(200, {
        state: 'active',
        csrfToken: 'csrf',
        user: {
          id: 'u1',
          name: 'Ruud Smit',
          email: 'r@example.nl',
          language: 'nl',
          secondFactorEnabled: true,
          memberships: [],
        },
      });
    }
    if (url === `/api/v1/learning-tracks/${TRACK.id}` && method === 'GET') {
      return json(200, TRACK);
    }
    if (url.endsWith(`/progress/${HOUTEN}`) && method === 'PUT') {
      const body = JSON.parse(init?.body as string) as { status: string; note: string };
      const next = structuredClone(TRACK);
      next.modules[0]!.assignments[0]!.progress[0] = { organisationId: HOUTEN, ...body, updatedAt: null } as never;
      return json(200, next);
    }
    if (url === `/api/v1/learning-tracks/${TRACK.id}/modules` && method === 'POST') {
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
              location: { pointer: '/assignments/0/dueOn' },
              code: 'outside-module',
              detail: 'De datum van de opdracht moet binnen de module vallen.',
            },
          ],
        },
        'application/problem+json',
      );
    }
    return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderPage() {
  render(
    <I18nProvider>
      <SessionProvider>
        <MemoryRouter initialEntries={[`/leernetwerk/leergangen/${TRACK.id}`]}>
          <Routes>
            <Route path="/leernetwerk/leergangen/:id" element={<TrackPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TrackPage', () => {
  it('shows progress in tables with headers; only the gemeente one may report on gets a button', async () => {
    stubApi();
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Leergang integraal werken' });
    const summary = screen.getByRole('table', {
      name: /^Opdrachten per gemeente. Aantal opdrachten in de leergang: 1/,
    });
    expect(
      within(summary)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Gemeente', 'Klaar', 'Bezig', 'Nog niet begonnen', 'Te laat']);
    expect(within(summary).getByRole('rowheader', { name: 'Gemeente Zeist' })).toBeTruthy();

    const grid = screen.getByRole('table', {
      name: 'Module 1: de vraag van de inwoner: voortgang per gemeente en opdracht',
    });
    expect(within(grid).getByRole('columnheader', { name: /Foto van de samenwerking/ }).textContent).toContain(
      'klaar op 28 feb 2099',
    );
    const zeist = within(grid).getByRole('row', { name: /Gemeente Zeist/ });
    expect(within(zeist).getByText('Eerste gesprek gehad')).toBeTruthy();
    expect(within(zeist).queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Handreiking integraal werken' }).getAttribute('href')).toBe(
      '/kennisbank/handreiking-integraal-werken',
    );
  });

  it('records a gemeente’s progress and says so', async () => {
    const fetch = stubApi();
    renderPage();
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Voortgang van Gemeente Houten bij ‘Foto van de samenwerking’ wijzigen',
      }),
    );
    fireEvent.change(screen.getByLabelText('Hoe ver is de gemeente?'), { target: { value: 'done' } });
    fireEvent.change(screen.getByLabelText('Toelichting (niet verplicht)'), { target: { value: ' Gedeeld ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText('De voortgang van Gemeente Houten bij ‘Foto van de samenwerking’ is opgeslagen.'),
    ).toBeTruthy();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[0]).toBe(
      `/api/v1/learning-tracks/${TRACK.id}/assignments/a8f5c0de-0000-4000-8000-000000000011/progress/${HOUTEN}`,
    );
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({ status: 'done', note: 'Gedeeld' });
    const houten = screen.getByRole('row', { name: /Gemeente Houten.*Klaar/ });
    expect(within(houten).getByText('Gedeeld')).toBeTruthy();
  });

  it('shows the API’s error at the very assignment field of a new module', async () => {
    stubApi();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Module toevoegen' }));
    fireEvent.change(screen.getByLabelText('Naam van de module'), { target: { value: 'Module 2' } });
    fireEvent.change(screen.getByLabelText('Opdracht 1'), { target: { value: 'Casus' } });
    fireEvent.change(screen.getByLabelText('Klaar op (opdracht 1)'), { target: { value: '2099-09-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Module opslaan' }));
    const message = 'De datum van de opdracht moet binnen de module vallen.';
    const field = screen.getByLabelText('Klaar op (opdracht 1)');
    await vi.waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(String(field.getAttribute('aria-describedby')))?.textContent).toBe(message);
    // The summary links to that field.
    const link = screen.getAllByRole('link').find((a) => a.textContent?.includes(message));
    expect(link?.getAttribute('href')).toBe('#module-assignments-0-dueOn');
  });
});
