import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiProblem, fieldErrors, setCsrfToken } from './api';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function stubFetch(status: number, body: unknown, type = 'application/problem+json') {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('api()', () => {
  it('turns a 400 problem into field errors keyed by the JSON pointer', async () => {
    stubFetch(400, {
      status: 400,
      code: 'invalid-input',
      title: 'Ongeldige invoer',
      detail: '2 velden zijn niet goed ingevuld.',
      errors: [
        { in: 'body', location: { pointer: '/email' }, code: 'format.email', detail: 'Vul een geldig e-mailadres in.' },
        { in: 'body', location: { pointer: '/actions/1' }, code: 'action-unknown', detail: 'Deze actie bestaat niet.' },
      ],
    });
    const error = await api('POST', '/invitations', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(fieldErrors(error)).toEqual({
      email: 'Vul een geldig e-mailadres in.',
      actions: 'Deze actie bestaat niet.',
    });
  });

  it('sends the CSRF token on changes but not on reads', async () => {
    const fetch = stubFetch(200, { ok: true }, 'application/json');
    setCsrfToken('token-123');
    await api('GET', '/me');
    await api('PATCH', '/me', { language: 'en' });
    const headers = fetch.mock.calls.map(
      (c) => (c as unknown as [string, RequestInit])[1].headers as Record<string, string>,
    );
    expect(headers[0]!['x-csrf-token']).toBeUndefined();
    expect(headers[1]!['x-csrf-token']).toBe('token-123');
  });
});
