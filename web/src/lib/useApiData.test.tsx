import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { forgetReferenceData, useReferenceData } from './useApiData';

interface Catalogue {
  title: string;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** Answers each request for the catalogue with its number in the title; `fail` answers the next one with a server error. */
function fakeCatalogue() {
  const state = { calls: [] as string[], fail: false };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      state.calls.push(url);
      if (state.fail) {
        state.fail = false;
        return json(500, { status: 500, code: 'internal', title: '', detail: '' }, 'application/problem+json');
      }
      return json(200, { title: `catalogue ${state.calls.length}` });
    }),
  );
  return state;
}

function Section({ name }: { name: string }) {
  const { data, error } = useReferenceData<Catalogue>('/fml-sections');
  return <p data-testid={name}>{error ?? (data === undefined ? 'loading' : (data?.title ?? 'none'))}</p>;
}

function Switch() {
  const { setLang } = useI18n();
  return (
    <button type="button" onClick={() => setLang('en')}>
      en
    </button>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  forgetReferenceData();
});

describe('reference data', () => {
  it('is asked once for every section and screen that needs it, and again in another language', async () => {
    const api = fakeCatalogue();
    const { rerender } = render(
      <I18nProvider>
        <Section name="a" />
        <Section name="b" />
        <Switch />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('catalogue 1'));
    expect(screen.getByTestId('a').textContent).toBe('catalogue 1');
    // A section opened later (another participant's page) does not ask again.
    rerender(
      <I18nProvider>
        <Section name="a" />
        <Section name="b" />
        <Section name="c" />
        <Switch />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('c').textContent).toBe('catalogue 1'));
    expect(api.calls).toEqual(['/api/v1/fml-sections']);

    act(() => screen.getByRole('button', { name: 'en' }).click());
    // The texts are in the UI language: asked once more, for all three.
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('catalogue 2'));
    expect(screen.getByTestId('c').textContent).toBe('catalogue 2');
    expect(api.calls).toHaveLength(2);
  });

  it('does not keep a failed answer: the next screen asks again', async () => {
    const api = fakeCatalogue();
    api.fail = true;
    const first = render(
      <I18nProvider>
        <Section name="a" />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('a').textContent).not.toBe('loading'));
    expect(screen.getByTestId('a').textContent).not.toMatch(/catalogue/);
    first.unmount();
    render(
      <I18nProvider>
        <Section name="b" />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('catalogue 2'));
    expect(api.calls).toHaveLength(2);
  });
});
