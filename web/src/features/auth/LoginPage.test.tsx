import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { LoginPage } from './LoginPage';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** A fake API: not logged in, one OpenID Connect option, and a 400 with two field errors on login. */
function stubApi() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (url === '/api/v1/sessions/current') {
      return json(
        401,
        { status: 401, code: 'unauthenticated', title: 'Niet ingelogd', detail: 'Log eerst in.' },
        'application/problem+json',
      );
    }
    if (url === '/api/v1/login-options') {
      return json(200, {
        items: [
          {
            organisationSlug: 'ggz',
            organisationName: 'GGZ De Linde',
            displayName: 'Inloggen met GGZ-account',
            url: '/api/v1/oidc/ggz/authorization',
          },
        ],
      });
    }
    if (url === '/api/v1/sessions' && method === 'POST') {
      return json(
        400,
        {
          type: 'urn:meedoen:problem:invalid-input',
          title: 'Ongeldige invoer',
          status: 400,
          detail: '2 velden zijn niet goed ingevuld.',
          code: 'invalid-input',
          errors: [
            { in: 'body', location: { pointer: '/email' }, code: 'format', detail: 'Vul een geldig e-mailadres in.' },
            { in: 'body', location: { pointer: '/password' }, code: 'minLength', detail: 'Vul uw wachtwoord in.' },
          ],
        },
        'application/problem+json',
      );
    }
    return json(
      404,
      { status: 404, code: 'not-found', title: 'Niet gevonden', detail: 'Niet gevonden.' },
      'application/problem+json',
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderLogin(path = '/inloggen') {
  return render(
    <I18nProvider>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <LoginPage />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );
}

describe('LoginPage', () => {
  it('shows the field errors of a 400 in the summary and at each field', async () => {
    const fetch = stubApi();
    renderLogin();
    // One link per OpenID Connect provider, a plain link for a full page navigation.
    expect((await screen.findByRole('link', { name: /Inloggen met GGZ-account/ })).getAttribute('href')).toBe(
      '/api/v1/oidc/ggz/authorization',
    );

    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'niet-een-adres' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Er is een probleem');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const link = screen.getByRole('link', { name: 'Vul een geldig e-mailadres in.' });
    expect(link.getAttribute('href')).toBe('#email');

    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      'Vul een geldig e-mailadres in.',
    );
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).toBe('true');

    const login = fetch.mock.calls.find(([url]) => url === '/api/v1/sessions');
    expect(JSON.parse(login?.[1]?.body as string)).toEqual({ email: 'niet-een-adres', password: 'x' });
  });

  it('checks for empty fields before calling the API', async () => {
    const fetch = stubApi();
    renderLogin();
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    const summary = await screen.findByRole('alert');
    expect(summary.querySelectorAll('a')).toHaveLength(2);
    expect(fetch.mock.calls.some(([url]) => url === '/api/v1/sessions')).toBe(false);
  });

  it('explains a failed login with an organisation', async () => {
    stubApi();
    renderLogin('/inloggen?fout=oidc');
    expect((await screen.findAllByRole('alert')).length).toBeGreaterThan(0);
  });
});
