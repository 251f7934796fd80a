import { describe, expect, it } from 'vitest';
import type { Contact } from '../../lib/types';
import { ipsPosition, summaryLink } from './CaseloadSummaryPanel';
import { splitContacts } from '../contacts/ContactsSection';
import { hoursOf } from '../jobs/JobsSection';

const contact = (over: Partial<Contact>): Contact => ({
  id: 'c1',
  participantId: 'p1',
  trajectoryId: null,
  organisationId: 'o1',
  organisationName: 'GGZ De Linde',
  occursAt: '2026-12-08T09:00:00.000Z',
  durationMinutes: 45,
  kind: 'faceToFace',
  status: 'planned',
  location: null,
  present: null,
  hasNote: false,
  recordedByName: 'Mohamed El Amrani',
  recordedAt: '2026-12-01T09:00:00.000Z',
  ...over,
});

describe('caseload in numbers', () => {
  it('links each number to the caseload filtered on my own participants', () => {
    expect(summaryLink({})).toBe('/deelnemers?mine=1');
    expect(summaryLink({ signal: 'noEmployerContact30' })).toBe('/deelnemers?mine=1&signal=noEmployerContact30');
    expect(summaryLink({ phase: 'jobSearch' })).toBe('/deelnemers?phase=jobSearch&mine=1');
  });

  it('says whether the IPS caseload is above, at or below the norm of 20', () => {
    expect(ipsPosition({ ipsActive: 22, ipsNorm: 20 })).toBe('above');
    expect(ipsPosition({ ipsActive: 20, ipsNorm: 20 })).toBe('at');
    expect(ipsPosition({ ipsActive: 3, ipsNorm: 20 })).toBe('below');
  });
});

describe('contacts', () => {
  it('puts planned appointments still to come first (soonest first), and everything else after (newest first)', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const later = contact({ id: 'later', occursAt: '2026-12-10T09:00:00Z' });
    const soon = contact({ id: 'soon', occursAt: '2026-12-02T09:00:00Z' });
    const held = contact({ id: 'held', status: 'held', occursAt: '2026-11-20T09:00:00Z' });
    const forgotten = contact({ id: 'forgotten', occursAt: '2026-11-25T09:00:00Z' });
    const cancelled = contact({ id: 'cancelled', status: 'cancelled', occursAt: '2026-12-05T09:00:00Z' });
    const { upcoming, past } = splitContacts([held, later, forgotten, soon, cancelled], now);
    expect(upcoming.map((c) => c.id)).toEqual(['soon', 'later']);
    expect(past.map((c) => c.id)).toEqual(['cancelled', 'forgotten', 'held']);
  });
});

describe('jobs', () => {
  it('reads hours per week with a comma or a point, in half hours', () => {
    expect(hoursOf('24')).toBe(24);
    expect(hoursOf('24,5')).toBe(24.5);
    expect(hoursOf(' 8.5 ')).toBe(8.5);
    expect(hoursOf('')).toBeNull();
    expect(hoursOf('veel')).toBeNaN();
  });
});
