import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { SessionProvider } from '../../app/session';
import { checksByTeam, mayOpenFidelityReview, QualityChecksPage } from './QualityChecksPage';
import type { QualityCheck } from './types';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const GGZ = '00000000-0000-4000-8000-00000000000a';
const check = (patch: Partial<QualityCheck>): QualityCheck => ({
  id: 'c',
  organisationId: GGZ,
  organisationName: 'GGZ De Linde',
  teamName: 'IPS-team Oost',
  kind: 'fidelityReview',
  approachCode: 'ips',
  plannedOn: '2099-03-01',
  performedOn: null,
  reviewer: 'Fidelity-reviewers',
  outcome: null,
  score: null,
  maxScore: null,
  findings: '',
  followUp: '',
  overdue: false,
  fidelityReview: null,
  updatedAt: '2099-01-01T00:00:00.000Z',
  ...patch,
});

describe('checksByTeam', () => {
  it('teams in order; planned soonest first, done latest first', () => {
    const grouped = checksByTeam([
      check({ id: '1', teamName: 'Team B', plannedOn: '2099-05-01' }),
      check({ id: '2', teamName: 'Team A', plannedOn: '2099-04-01', performedOn: '2099-04-02' }),
      check({ id: '3', teamName: 'Team A', plannedOn: '2099-06-01' }),
      check({ id: '4', teamName: 'Team A', plannedOn: '2099-02-01' }),
      check({ id: '5', teamName: 'Team A', plannedOn: '2099-01-01', performedOn: '2099-01-03' }),
    ]);
    expect(grouped.map((g) => [g.team, g.planned.map((c) => c.id), g.done.map((c) => c.id)])).toEqual([
      ['Team A', ['4', '3'], ['2', '5']],
      ['Team B', ['1'], []],
    ]);
  });
});

describe('mayOpenFidelityReview', () => {
  const m = (role: string, organisationId: string) => ({
    id: 'm',
    organisationId,
    organisationName: 'x',
    role: role as never,
  });
  it('evaluators and programme managers anywhere, job coaches of the team’s own organisation', () => {
    expect(mayOpenFidelityReview([m('programmeManager', 'other')], GGZ)).toBe(true);
    expect(mayOpenFidelityReview([m('evaluator', 'other')], GGZ)).toBe(true);
    expect(mayOpenFidelityReview([m('jobCoach', GGZ)], GGZ)).toBe(true);
    expect(mayOpenFidelityReview([m('jobCoach', 'other')], GGZ)).toBe(false);
    expect(mayOpenFidelityReview([m('consultant', GGZ), m('knowledgeEditor', GGZ)], GGZ)).toBe(false);
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('QualityChecksPage', () => {
  it('records a planned fidelity check linked to a review; the review fills in date and score', async () => {
    const planned = check({ id: 'c1' });
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
            memberships: [
              { id: 'm1', organisationId: GGZ, organisationName: 'GGZ De Linde', role: 'programmeManager' },
            ],
          },
        });
      }
      if (url === `/api/v1/quality-checks?organisationId=${GGZ}`) {
        return json(200, { items: [planned], permissions: { manage: true } });
      }
      if (url === `/api/v1/fidelity-reviews?organisationId=${GGZ}`) {
        return json(200, {
          items: [
            { id: 'r1', organisationId: GGZ, teamName: 'IPS-team Oost', reviewedOn: '2099-03-03', total: 98, max: 125 },
          ],
        });
      }
      if (url === '/api/v1/approaches') {
        return json(200, { items: [] });
      }
      if (url === '/api/v1/quality-checks/c1/result' && method === 'PUT') {
        return json(200, check({ id: 'c1', performedOn: '2099-03-03', outcome: 'sufficient' }));
      }
      return json(404, { status: 404, code: 'not-found', title: 'x', detail: 'x' }, 'application/problem+json');
    });
    vi.stubGlobal('fetch', fetch);
    render(
      <I18nProvider>
        <SessionProvider>
          <MemoryRouter initialEntries={['/leernetwerk/kwaliteit']}>
            <Routes>
              <Route path="/leernetwerk/kwaliteit" element={<QualityChecksPage />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>,
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Uitkomst vastleggen: Meting modelgetrouwheid van IPS-team Oost' }),
    );
    const review = await screen.findByLabelText('Meting modelgetrouwheid');
    fireEvent.change(review, { target: { value: 'r1' } });
    expect(screen.getByLabelText<HTMLInputElement>('Gedaan op').value).toBe('2099-03-03');
    expect(screen.getByLabelText<HTMLInputElement>('Score (niet verplicht)').value).toBe('98');
    expect(screen.getByLabelText<HTMLInputElement>('Hoogste score').value).toBe('125');
    // Without an outcome the form says so at the field and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));
    expect((await screen.findAllByText('Kies de uitkomst van de check.')).length).toBeGreaterThan(0);
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
    fireEvent.change(screen.getByLabelText('Uitkomst'), { target: { value: 'sufficient' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));
    expect(await screen.findByText('De uitkomst van de check van IPS-team Oost is opgeslagen.')).toBeTruthy();
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(put?.[1]?.body as string)).toMatchObject({
      performedOn: '2099-03-03',
      outcome: 'sufficient',
      score: 98,
      maxScore: 125,
      fidelityReviewId: 'r1',
    });
  });
});
