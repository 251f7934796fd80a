import { describe, expect, it } from 'vitest';
import { splitKindsOfWork, wishesForMatching } from './adapters.js';

describe('wishes for matching', () => {
  it('splits the free-text kinds of work into separate wishes', () => {
    expect(splitKindsOfWork('Schoonmaak, iets in de zorg of de keuken; groen/tuin\nmagazijn en logistiek')).toEqual([
      'Schoonmaak',
      'iets in de zorg',
      'de keuken',
      'groen',
      'tuin',
      'magazijn',
      'logistiek',
    ]);
    expect(splitKindsOfWork(null)).toEqual([]);
    expect(splitKindsOfWork(' , ')).toEqual([]);
  });

  it('maps a stored wishes version, and no wishes to no wish on any factor, marked as not recorded', () => {
    expect(
      wishesForMatching({
        kindsOfWork: 'zorg',
        sectors: ['zorg'],
        hoursMin: 16,
        hoursMax: 24,
        days: ['mon', 'tue'],
        dayParts: ['morning'],
        maxTravelMinutes: 30,
        transport: ['bicycle'],
      }),
    ).toEqual({
      kindsOfWork: ['zorg'],
      sectors: ['zorg'],
      hoursMin: 16,
      hoursMax: 24,
      days: ['mon', 'tue'],
      dayParts: ['morning'],
      maxTravelMinutes: 30,
      transport: ['bicycle'],
      recorded: true,
    });
    expect(wishesForMatching(null)).toEqual({
      kindsOfWork: [],
      sectors: [],
      hoursMin: null,
      hoursMax: null,
      days: [],
      dayParts: [],
      maxTravelMinutes: null,
      transport: [],
      recorded: false,
    });
  });
});
