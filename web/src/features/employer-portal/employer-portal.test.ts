import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../i18n/i18n';
import type { Consent } from '../../lib/types';
import { receiverOf } from '../introductions/consent';
import { consentSentences } from '../portal/OwnConsentsPage';
import { searchPath } from './CandidateSearchPage';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('nl', key, params);

const findable: Consent = {
  id: 'c1',
  participantId: 'p1',
  organisationId: null,
  organisationName: null,
  regionCode: 'AM13',
  regionName: 'Midden-Utrecht',
  category: 'employerProfile',
  purpose: 'matching',
  startsOn: '2026-11-03',
  endsOn: null,
  method: 'portal',
  note: null,
  recordedByName: 'Sanne de Vries',
  recordedAt: '2026-11-03T09:00:00.000Z',
  withdrawnAt: null,
  withdrawnByName: null,
  active: true,
};

describe('the employerProfile consent in words', () => {
  it('names every employer of the region as receiver, in a correct Dutch sentence', () => {
    expect(receiverOf(findable, t)).toBe('Elke werkgever in Midden-Utrecht');
    expect(consentSentences(findable, t, 'nl', 'Sanne de Vries')[0]).toBe(
      'Elke werkgever in Midden-Utrecht mag uw profiel zonder naam zien, om u te koppelen aan werk.',
    );
  });
  it('keeps the organisation for every other consent', () => {
    expect(receiverOf({ ...findable, organisationName: 'Gemeente Utrecht', category: 'plan' }, t)).toBe(
      'Gemeente Utrecht',
    );
  });
});

describe('candidate search filters', () => {
  it('sends only the filters that are filled in', () => {
    expect(searchPath({ kindOfWork: ' zorg ', hoursMin: '', hoursMax: '24', availability: '' })).toBe(
      '/candidate-profiles?kindOfWork=zorg&hoursMax=24&pageSize=50',
    );
  });
});
