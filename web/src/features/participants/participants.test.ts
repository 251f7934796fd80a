import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../i18n/i18n';
import type { Consent, Trajectory } from '../../lib/types';
import { readQuery, writeQuery } from './CaseloadPage';
import { consentState, sortConsents } from './ConsentsSection';
import { registeringOrganisations } from './RegisterParticipantPage';
import { nextPhases, phaseSince } from './TrajectoriesSection';
import { consentSentences } from '../portal/OwnConsentsPage';

const consent = (over: Partial<Consent>): Consent => ({
  id: 'c1',
  participantId: 'p1',
  organisationId: 'o1',
  organisationName: 'Gemeente Utrecht',
  regionCode: null,
  regionName: null,
  category: 'plan',
  purpose: 'integratedPlan',
  startsOn: '2026-11-03',
  endsOn: null,
  method: 'paper',
  note: null,
  recordedByName: 'Mohamed El Amrani',
  recordedAt: '2026-11-03T09:00:00.000Z',
  withdrawnAt: null,
  withdrawnByName: null,
  active: true,
  ...over,
});

describe('caseload query in the URL', () => {
  it('reads and writes the filter, leaving defaults out of the URL', () => {
    const query = readQuery(new URLSearchParams('q=de+Vries&phase=jobSearch&mine=1&sort=-phaseSince&page=3'));
    expect(query).toEqual({
      q: 'de Vries',
      phase: 'jobSearch',
      approachCode: '',
      mine: true,
      signal: '',
      includeClosed: false,
      sort: '-phaseSince',
      page: 3,
    });
    expect(writeQuery(query).toString()).toBe('q=de+Vries&phase=jobSearch&mine=1&sort=-phaseSince&page=3');
    expect(writeQuery(readQuery(new URLSearchParams(''))).toString()).toBe('');
    expect(writeQuery(readQuery(new URLSearchParams('signal=noEmployerContact30&mine=1'))).toString()).toBe(
      'mine=1&signal=noEmployerContact30',
    );
  });

  it('ignores values the API would refuse (a shared link that was edited by hand)', () => {
    expect(readQuery(new URLSearchParams('phase=unknown&signal=late&sort=age&page=-2'))).toMatchObject({
      phase: '',
      signal: '',
      sort: 'name',
      page: 1,
    });
  });
});

describe('trajectory phases', () => {
  it('never offers the referral or the current phase', () => {
    expect(nextPhases('intake')).toEqual(['jobSearch', 'workingWithSupport', 'followUp', 'closed']);
    expect(nextPhases('jobSearch')).not.toContain('jobSearch');
  });

  it('takes the phase date from the last event', () => {
    const t = {
      referralDate: '2026-09-01',
      phaseEvents: [{ occurredOn: '2026-09-01' }, { occurredOn: '2026-10-16' }, { occurredOn: '2026-09-10' }],
    } as unknown as Trajectory;
    expect(phaseSince(t)).toBe('2026-10-16');
  });
});

describe('registering organisation', () => {
  it('offers each organisation where the user is a job coach or consultant once', () => {
    expect(
      registeringOrganisations([
        { organisationId: 'a', organisationName: 'GGZ', role: 'jobCoach' },
        { organisationId: 'a', organisationName: 'GGZ', role: 'consultant' },
        { organisationId: 'b', organisationName: 'Gemeente', role: 'administrator' },
      ]),
    ).toEqual([{ id: 'a', name: 'GGZ' }]);
  });
});

describe('consents', () => {
  it('tells withdrawn, upcoming and ended apart, and lists what holds now first', () => {
    const now = consent({ id: 'now' });
    const later = consent({ id: 'later', active: false, startsOn: '2099-01-01' });
    const ended = consent({ id: 'ended', active: false, endsOn: '2026-01-01', startsOn: '2025-01-01' });
    const withdrawn = consent({ id: 'gone', active: false, withdrawnAt: '2026-11-20T10:00:00.000Z' });
    expect([now, later, ended, withdrawn].map((c) => consentState(c))).toEqual([
      'active',
      'upcoming',
      'ended',
      'withdrawn',
    ]);
    expect(sortConsents([withdrawn, ended, later, now]).map((c) => c.id)).toEqual(['now', 'later', 'ended', 'gone']);
  });

  it('says a consent in plain Dutch for the participant', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('nl', key, params);
    expect(consentSentences(consent({}), t, 'nl', 'Sanne de Vries')).toEqual([
      'Gemeente Utrecht mag uw plan zien, voor een samenhangend plan.',
      'U gaf dit op papier op 3 november 2026.',
    ]);
    expect(
      consentSentences(
        consent({ active: false, withdrawnAt: '2026-11-20T10:00:00.000Z', withdrawnByName: 'Sanne de Vries' }),
        t,
        'nl',
        'Sanne de Vries',
      ),
    ).toEqual([
      'Gemeente Utrecht mocht uw plan zien, voor een samenhangend plan.',
      'U gaf dit op papier op 3 november 2026.',
      'U stopte dit op 20 november 2026.',
    ]);
  });
});
