import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api';
import type { CapacityAssessment, FmlCatalogue } from '../../lib/types';
import nl from '../../i18n/nl.json';
import {
  answersOf,
  checkAnswers,
  differenceOf,
  latestAnswers,
  remapProblem,
  sectionsWithErrors,
  valuesFrom,
} from './capacity';
import { exclusiveZero } from './ItemField';

const lifting = {
  id: 'IV.13',
  key: 'lifting',
  name: 'Tillen',
  scale: 'ordinal' as const,
  qualifier: false,
  levels: [0, 1, 2, 3].map((code) => ({ code, label: `niveau ${code}` })),
};
const seeing = {
  id: 'II.1',
  key: 'seeing',
  name: 'Zien',
  scale: 'ordinal' as const,
  qualifier: true,
  levels: [
    { code: 0, label: 'Normaal (geen beperking)' },
    { code: 1, label: 'Beperkt' },
  ],
};
const periods = {
  id: 'VI.1',
  key: 'periods',
  name: 'Perioden van het etmaal',
  scale: 'multiple' as const,
  qualifier: false,
  levels: [0, 1, 2].map((code) => ({ code, label: `periode ${code}` })),
};
const catalogue: FmlCatalogue = {
  source: 'test',
  sections: [
    { id: 'II', name: 'Sociaal functioneren', items: [seeing] },
    { id: 'IV', name: 'Dynamische handelingen', items: [lifting] },
    { id: 'VI', name: 'Werktijden', items: [periods] },
  ],
};

function assessment(over: Partial<CapacityAssessment>): CapacityAssessment {
  return {
    id: Math.random().toString(36),
    kind: 'professional',
    organisationId: 'org',
    organisationName: 'GGZ De Linde',
    source: 'meedoen',
    assessor: null,
    assessedOn: '2026-10-01',
    notes: null,
    recordedByName: 'Mohamed El Amrani',
    recordedAt: '2026-10-01T10:00:00.000Z',
    answers: [],
    ...over,
  };
}

describe('capacity screens', () => {
  it('takes the newest answer per item, so a later partial assessment keeps the other items', () => {
    const older = assessment({
      assessedOn: '2026-09-01',
      answers: [
        { itemId: 'IV.13', levels: [2] },
        { itemId: 'II.1', levels: [1], qualifier: 'bril' },
      ],
    });
    const newer = assessment({ assessedOn: '2026-10-01', answers: [{ itemId: 'IV.13', levels: [1] }] });
    const own = assessment({ kind: 'self', organisationId: null, answers: [{ itemId: 'IV.13', levels: [3] }] });
    const latest = latestAnswers([older, own, newer], 'professional');
    expect(latest.get('IV.13')?.answer.levels).toEqual([1]);
    expect(latest.get('IV.13')?.assessment).toBe(newer);
    expect(latest.get('II.1')?.assessment).toBe(older);
    expect(latestAnswers([older, own, newer], 'self').get('IV.13')?.answer.levels).toEqual([3]);
  });

  it('says which way an ordinal answer differs, and only that it differs on a set', () => {
    expect(differenceOf(lifting, [3], [1])).toBe('selfMore');
    expect(differenceOf(lifting, [0], [1])).toBe('selfLess');
    expect(differenceOf(lifting, [1], [1])).toBe('same');
    expect(differenceOf(lifting, undefined, [1])).toBe('none');
    expect(differenceOf(periods, [2, 1], [1, 2])).toBe('same');
    expect(differenceOf(periods, [1], [1, 2])).toBe('differs');
  });

  it('sends only the items filled in, in the order of the list, with "namelijk" only under a limitation', () => {
    const body = answersOf(
      {
        'VI.1': { levels: [1, 2], qualifier: '' },
        'IV.13': { levels: [0], qualifier: 'wordt weggelaten' },
        'II.1': { levels: [1], qualifier: '  bril  ' },
        'I.1': { levels: [], qualifier: '' },
      },
      catalogue,
    );
    expect(body).toEqual([
      { itemId: 'II.1', levels: [1], qualifier: 'bril' },
      { itemId: 'IV.13', levels: [0], qualifier: null },
      { itemId: 'VI.1', levels: [1, 2], qualifier: null },
    ]);
  });

  it('asks for at least one item and for "namelijk" where the list needs it, before sending', () => {
    expect(checkAnswers({}, catalogue)).toEqual({ answers: 'noItems' });
    expect(checkAnswers({ 'II.1': { levels: [1], qualifier: ' ' } }, catalogue)).toEqual({
      'qualifier-II-1': 'qualifierRequired',
    });
    expect(checkAnswers({ 'II.1': { levels: [0], qualifier: '' } }, catalogue)).toEqual({});
  });

  it('moves the server’s field errors from the place in the list to the item’s own question', () => {
    const sent = [
      { itemId: 'II.1', levels: [1], qualifier: null },
      { itemId: 'IV.13', levels: [9], qualifier: null },
    ];
    const problem = new ApiProblem(400, 'invalid-input', 'Ongeldige invoer', '3 velden', [
      { in: 'body', location: { pointer: '/answers/0/qualifier' }, code: 'qualifier-required', detail: 'a' },
      { in: 'body', location: { pointer: '/answers/1/levels' }, code: 'unknown-level', detail: 'b' },
      { in: 'body', location: { pointer: '/assessedOn' }, code: 'date-in-future', detail: 'c' },
    ]);
    const moved = remapProblem(problem, sent) as ApiProblem;
    expect(moved).toBeInstanceOf(ApiProblem);
    expect(moved.errors.map((e) => e.location.pointer)).toEqual(['/qualifier-II-1', '/item-IV-13', '/assessedOn']);
    expect(sectionsWithErrors(['qualifier-II-1', 'item-IV-13', 'assessedOn'], catalogue)).toEqual(
      new Set(['II', 'IV']),
    );
    const network = new Error('offline');
    expect(remapProblem(network, sent)).toBe(network);
  });

  it('prefills the form from the latest answers', () => {
    const own = assessment({ kind: 'self', answers: [{ itemId: 'II.1', levels: [1], qualifier: 'bril' }] });
    expect(valuesFrom(latestAnswers([own], 'self'))).toEqual({ 'II.1': { levels: [1], qualifier: 'bril' } });
  });

  it('lets "no limitation" stand alone among the checkboxes', () => {
    expect(exclusiveZero([1, 2], [1, 2, 0])).toEqual([0]);
    expect(exclusiveZero([0], [0, 2])).toEqual([2]);
    expect(exclusiveZero([1], [1, 2])).toEqual([1, 2]);
  });

  it('has a text for one ("1 onderdeel") next to each text with a number', () => {
    const keys = Object.keys(nl);
    for (const key of [
      'capacity.professional.summaryCount',
      'capacity.professional.summaryProfessionalCount',
      'capacity.professional.summaryDifferencesCount',
      'capacity.professional.onlyDifferences',
      'capacity.professional.historySelf',
      'capacity.professional.historyProfessional',
      'capacity.participant.historySelf',
      'capacity.participant.historyProfessional',
      'capacity.portal.ownCount',
      'capacity.portal.professionalCount',
    ]) {
      expect(keys, key).toContain(`${key}One`);
    }
  });
});
