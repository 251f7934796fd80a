import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import type { ImportView } from '../../lib/types';
import { MappingStep } from './MappingStep';

const VIEW: ImportView = {
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  kind: 'participants',
  fileName: 'deelnemers.csv',
  fileFormat: 'csv',
  fileBytes: 120,
  status: 'uploaded',
  columns: [
    { index: 0, header: 'Nummer' },
    { index: 1, header: 'Roepnaam' },
    { index: 2, header: 'Notities' },
  ],
  fields: [
    { key: 'externalId', label: 'Nummer', help: 'Uw eigen vaste nummer.', required: true, column: 0 },
    { key: 'givenName', label: 'Voornaam', help: 'De roepnaam.', required: true, column: null },
    { key: 'email', label: 'E-mailadres', help: 'Mag leeg blijven.', required: false, column: null },
  ],
  progress: { rowsProcessed: 0, bytesProcessed: 0, percent: 0 },
  counts: { rows: 0, errors: 0, new: 0, changed: 0, unchanged: 0 },
  failure: null,
  createdBy: { id: '00000000-0000-4000-8000-000000000003', name: 'Kees Bakker' },
  createdAt: '2025-12-01T10:00:00.000Z',
  updatedAt: '2025-12-01T10:00:00.000Z',
  validatedAt: null,
  committedAt: null,
};

function problem(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('column mapping (step 2)', () => {
  it('preselects the suggested column, offers "niet inlezen" for optional fields, and lists unread columns', () => {
    render(
      <I18nProvider>
        <MappingStep view={VIEW} onStarted={async () => undefined} />
      </I18nProvider>,
    );
    const number = screen.getByLabelText<HTMLSelectElement>('Nummer');
    expect(number.value).toBe('0');
    expect(number.getAttribute('aria-required')).toBe('true');
    expect(within(screen.getByLabelText('E-mailadres')).getByRole('option', { name: 'Niet inlezen' })).toBeTruthy();
    expect(within(screen.getByLabelText('Voornaam')).queryByRole('option', { name: 'Niet inlezen' })).toBeNull();
    expect(within(number).getByRole('option', { name: 'Roepnaam (kolom B)' })).toBeTruthy();
    expect(
      screen.getByText('Deze kolommen leest Meedoen niet in: Roepnaam (kolom B), Notities (kolom C).'),
    ).toBeTruthy();
  });

  it('says at the field and in the summary that a required field has no column, before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <I18nProvider>
        <MappingStep view={VIEW} onStarted={async () => undefined} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Voornaam: Kies de kolom/ })).toBeTruthy();
    const select = screen.getByLabelText('Voornaam');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toContain('map-givenName-error');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("puts the server's /mapping/<field> pointers at the fields", async () => {
    const fetch = vi.fn(async () =>
      problem(400, {
        status: 400,
        code: 'invalid-input',
        title: 'Ongeldige invoer',
        detail: '1 veld is niet goed ingevuld.',
        errors: [
          {
            in: 'body',
            location: { pointer: '/mapping/email' },
            code: 'column-twice',
            detail: 'Deze kolom is al gekozen voor Voornaam.',
          },
        ],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const started = vi.fn(async () => undefined);
    render(
      <I18nProvider>
        <MappingStep view={VIEW} onStarted={started} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('Voornaam'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/v1/imports/${VIEW.id}/validation`);
    expect(JSON.parse(init.body as string)).toEqual({ mapping: { externalId: 0, givenName: 1 } });
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'E-mailadres: Deze kolom is al gekozen voor Voornaam.' }),
    ).toBeTruthy();
    expect(started).not.toHaveBeenCalled();
  });
});
