import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { ItemPage } from './ItemPage';
import type { EditorialItem } from './knowledge';

const ID = '00000000-0000-4000-8000-00000000000a';

function item(over: Partial<EditorialItem> = {}): EditorialItem {
  return {
    id: ID,
    slug: 'ips-in-de-wijk',
    type: 'guide',
    title: 'IPS in de wijk',
    summary: 'Zo werkt IPS samen met het wijkteam.',
    body: '## Start',
    authors: ['A. de Vries'],
    organisations: [],
    publishedOn: null,
    themes: ['ips'],
    domains: [],
    targetGroups: [],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: [],
    status: 'inReview',
    organisationId: null,
    organisationName: 'Gemeente Utrecht',
    version: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    createdByName: 'Ruud Smit',
    updatedAt: '2026-11-02T10:00:00.000Z',
    updatedByName: 'Ruud Smit',
    statusChangedAt: '2026-11-02T10:00:00.000Z',
    firstPublishedAt: null,
    files: [],
    events: [
      {
        fromStatus: 'draft',
        toStatus: 'inReview',
        note: null,
        version: 3,
        byName: 'Ruud Smit',
        at: '2026-11-02T10:00:00.000Z',
      },
      {
        fromStatus: null,
        toStatus: 'draft',
        note: null,
        version: 1,
        byName: 'Ruud Smit',
        at: '2026-11-01T10:00:00.000Z',
      },
    ],
    allowed: { edit: true, submit: false, publish: true, sendBack: true, archive: false, restore: false },
    bodyHtml: '<h2>Start</h2>',
    ...over,
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** A fake API: the answers by method and path; every request is kept. */
function fakeApi(answers: Record<string, (body: unknown) => Response>) {
  const calls: { key: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const key = `${init?.method ?? 'GET'} ${url.replace(/\?.*$/, '')}`;
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ key, body });
      const answer = answers[key];
      if (answer) {
        return answer(body);
      }
      if (key === 'GET /api/v1/sessions/current') {
        return json(401, { status: 401, code: 'unauthenticated', title: '', detail: '' }, 'application/problem+json');
      }
      if (key === 'GET /api/v1/approaches') {
        return json(200, { items: [] });
      }
      if (key.endsWith('/versions')) {
        return json(200, { items: [] });
      }
      return json(404, { status: 404, code: 'not-found', title: '', detail: '' }, 'application/problem+json');
    }),
  );
  return calls;
}

function renderPage() {
  render(
    <I18nProvider>
      <SessionProvider>
        <MemoryRouter initialEntries={[`/redactie/${ID}`]}>
          <Routes>
            <Route path="/redactie/:id" element={<ItemPage />} />
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

describe('knowledge item page', () => {
  it('offers only the allowed moves, and asks to save first when the form has changes', async () => {
    const calls = fakeApi({ [`GET /api/v1/editorial/knowledge-items/${ID}`]: () => json(200, item()) });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'IPS in de wijk' });
    const workflow = screen.getByRole('region', { name: 'Stand wijzigen' });
    expect(
      within(workflow)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Publiceren', 'Terugsturen met opmerking']);
    fireEvent.change(screen.getByLabelText('Samenvatting'), { target: { value: 'Nieuwe samenvatting.' } });
    fireEvent.click(within(workflow).getByRole('button', { name: 'Publiceren' }));
    await within(workflow).findByText(/U heeft wijzigingen die nog niet zijn opgeslagen/);
    expect(calls.some((c) => c.key.endsWith('/status'))).toBe(false);
  });

  it('keeps the typed text when someone else saved in between (409), and sends the version it read', async () => {
    const calls = fakeApi({
      [`GET /api/v1/editorial/knowledge-items/${ID}`]: () => json(200, item()),
      [`PUT /api/v1/editorial/knowledge-items/${ID}`]: () =>
        json(
          409,
          {
            status: 409,
            code: 'conflict',
            title: 'Conflict',
            detail: 'Iemand anders (Fatima Yilmaz) heeft dit item intussen gewijzigd.',
          },
          'application/problem+json',
        ),
    });
    renderPage();
    const summary = await screen.findByLabelText<HTMLTextAreaElement>('Samenvatting');
    fireEvent.change(summary, { target: { value: 'Mijn nieuwe tekst.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByText('Iemand anders (Fatima Yilmaz) heeft dit item intussen gewijzigd.');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Samenvatting').value).toBe('Mijn nieuwe tekst.');
    expect(screen.getByRole('button', { name: 'Nieuwste versie laden' })).toBeTruthy();
    const put = calls.find((c) => c.key.startsWith('PUT'));
    expect(put?.body).toMatchObject({ version: 3, summary: 'Mijn nieuwe tekst.', authors: ['A. de Vries'] });
  });

  it('shows a field error from the server at its field', async () => {
    fakeApi({
      [`GET /api/v1/editorial/knowledge-items/${ID}`]: () => json(200, item()),
      [`PUT /api/v1/editorial/knowledge-items/${ID}`]: () =>
        json(
          400,
          {
            status: 400,
            code: 'invalid-input',
            title: 'Ongeldige invoer',
            detail: 'Controleer de velden.',
            errors: [
              {
                in: 'body',
                location: { pointer: '/evidenceAssessedBy' },
                code: 'required',
                detail: 'Vul in wie het erkenningsniveau heeft vastgesteld.',
              },
            ],
          },
          'application/problem+json',
        ),
    });
    renderPage();
    const level = await screen.findByLabelText<HTMLSelectElement>('Erkenningsniveau (Movisie)');
    fireEvent.change(level, { target: { value: 'wellFounded' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const by = await screen.findByLabelText<HTMLInputElement>('Vastgesteld door');
    await waitFor(() => expect(by.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('knowledge-evidenceAssessedBy-error')?.textContent).toBe(
      'Vul in wie het erkenningsniveau heeft vastgesteld.',
    );
    expect(screen.getByRole('alert', { name: 'Er is een probleem' })).toBeTruthy();
  });

  it('moves the status with the note, and links the public page once published', async () => {
    const calls = fakeApi({
      [`GET /api/v1/editorial/knowledge-items/${ID}`]: () => json(200, item()),
      [`POST /api/v1/editorial/knowledge-items/${ID}/status`]: () =>
        json(
          200,
          item({
            status: 'published',
            version: 4,
            allowed: { edit: true, submit: false, publish: false, sendBack: true, archive: true, restore: false },
          }),
        ),
    });
    renderPage();
    fireEvent.change(await screen.findByLabelText('Opmerking (niet verplicht)'), { target: { value: ' Mooi stuk. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    await screen.findByText('Het item is gepubliceerd. Iedereen kan het nu lezen in de kennisbank.');
    expect(calls.find((c) => c.key.endsWith('/status'))?.body).toEqual({ to: 'published', note: 'Mooi stuk.' });
    expect(screen.getByRole('link', { name: 'Bekijk openbare pagina' }).getAttribute('href')).toBe(
      '/kennisbank/ips-in-de-wijk',
    );
  });
});
