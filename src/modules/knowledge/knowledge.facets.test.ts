import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFacets, facetTable, type FacetCount, type FacetRow } from './knowledge.facets.js';
import { emptyFilters, FACETS, type Facet, type KnowledgeFilters } from './knowledge.query.js';

const row = (no: number, r: Partial<FacetRow>): FacetRow => ({
  no,
  type: 'publication',
  themes: [],
  domains: [],
  targetGroups: [],
  evidenceLevel: 'notAssessed',
  year: 2025,
  ...r,
});

const asObject = (counts: FacetCount[]) =>
  Object.fromEntries(
    counts.map((c): [string, number] => [`${c.facet}:${c.value}`, c.count]).sort(([a], [b]) => a.localeCompare(b)),
  );

describe('facet counts', () => {
  // Four items; the search matched 1, 2 and 3 (item 4 did not match the text).
  const table = facetTable([
    row(1, { type: 'guide', themes: ['ips', 'jobCoaching'], targetGroups: ['workDisability'], year: 2024 }),
    row(2, { type: 'guide', themes: ['ips'], year: 2025 }),
    row(3, { type: 'factsheet', themes: ['jobCoaching'], targetGroups: ['workDisability'], year: null }),
    row(4, { type: 'video', themes: ['ips'] }),
  ]);

  it('without filters counts every matched item in every facet (a missing year counts nowhere)', () => {
    expect(asObject(countFacets(table, [1, 2, 3], emptyFilters()))).toEqual({
      'evidenceLevel:notAssessed': 3,
      'targetGroup:workDisability': 2,
      'theme:ips': 2,
      'theme:jobCoaching': 2,
      'type:factsheet': 1,
      'type:guide': 2,
      'year:2024': 1,
      'year:2025': 1,
    });
  });

  it('a facet counts with the other facets filtered, not its own', () => {
    const filters: KnowledgeFilters = { ...emptyFilters(), type: ['guide'], theme: ['jobCoaching'] };
    // Type counts among items with theme jobCoaching (1 and 3): guide 1, factsheet 1.
    // Theme counts among guides (1 and 2): ips 2, jobCoaching 1. Other facets: only item 1 passes both.
    expect(asObject(countFacets(table, [1, 2, 3], filters))).toEqual({
      'evidenceLevel:notAssessed': 1,
      'targetGroup:workDisability': 1,
      'theme:ips': 2,
      'theme:jobCoaching': 1,
      'type:factsheet': 1,
      'type:guide': 1,
      'year:2024': 1,
    });
  });

  it('leaves out a matched item it has no facet values for', () => {
    expect(asObject(countFacets(table, [2, 99], emptyFilters()))).toEqual({
      'evidenceLevel:notAssessed': 1,
      'theme:ips': 1,
      'type:guide': 1,
      'year:2025': 1,
    });
  });

  it('equals counting each facet over the items that pass the other filters, for any items and filters', () => {
    const pick = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: values.length });
    const types = ['guide', 'factsheet', 'video'];
    const themes = ['ips', 'jobCoaching', 'debts'];
    const groups = ['workDisability', 'statusHolder'];
    const levels = ['notAssessed', 'wellFounded'];
    const years = [2023, 2024, 2025];
    const rowArb = fc.record({
      type: fc.constantFrom(...types),
      themes: pick(themes),
      domains: pick(['wmo', 'care']),
      targetGroups: pick(groups),
      evidenceLevel: fc.constantFrom(...levels),
      year: fc.option(fc.constantFrom(...years), { nil: null }),
    });
    const filtersArb = fc.record({
      type: pick(types),
      theme: pick(themes),
      domain: pick(['wmo', 'care']),
      targetGroup: pick(groups),
      evidenceLevel: pick(levels),
      year: pick(years),
    }) as fc.Arbitrary<KnowledgeFilters>;
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), filtersArb, (rows, filters) => {
        const items = rows.map((r, i) => ({ ...r, no: i + 1 }));
        const values = (r: FacetRow, f: Facet): (string | number)[] =>
          ({
            type: [r.type],
            theme: r.themes,
            domain: r.domains,
            targetGroup: r.targetGroups,
            evidenceLevel: [r.evidenceLevel],
            year: r.year === null ? [] : [r.year],
          })[f];
        const passes = (r: FacetRow, f: Facet) =>
          filters[f].length === 0 || values(r, f).some((v) => (filters[f] as (string | number)[]).includes(v));
        const expected: Record<string, number> = {};
        for (const f of FACETS) {
          for (const r of items.filter((x) => FACETS.every((g) => g === f || passes(x, g)))) {
            for (const v of values(r, f)) {
              expected[`${f}:${v}`] = (expected[`${f}:${v}`] ?? 0) + 1;
            }
          }
        }
        const got = asObject(
          countFacets(
            facetTable(items),
            items.map((r) => r.no),
            filters,
          ),
        );
        expect(got).toEqual(Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))));
      }),
      { numRuns: 300 },
    );
  });
});
