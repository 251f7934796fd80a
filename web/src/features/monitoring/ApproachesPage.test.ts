import { describe, expect, it } from 'vitest';
import { latestPerTeam, yearChoices } from './ApproachesPage';
import type { FidelityReviewSummary } from './types';

const review = (id: string, organisationId: string, teamName: string | null, reviewedOn: string) =>
  ({ id, organisationId, teamName, reviewedOn }) as FidelityReviewSummary;

describe('approaches page', () => {
  it('keeps the latest review of each team, newest team first', () => {
    const out = latestPerTeam([
      review('a1', 'org-a', 'Team Noord', '2025-03-01'),
      review('a2', 'org-a', 'Team Noord', '2026-03-01'),
      review('b1', 'org-a', 'Team Zuid', '2026-05-01'),
      review('c1', 'org-b', null, '2024-01-01'),
    ]);
    expect(out.map((r) => r.id)).toEqual(['b1', 'a2', 'c1']);
  });

  it('offers this year and the four before it', () => {
    expect(yearChoices('2026-12-02')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
