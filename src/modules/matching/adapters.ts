/**
 * From the stored records to matching input. The wishes module keeps the kinds of work as one free text
 * ("schoonmaak, iets in de zorg of de keuken"); matching wants separate wishes.
 */
import type { Wishes } from '../wishes/wishes.schemas.js';
import type { CandidateWishes } from './types.js';

/** Splits a free-text wish on commas, semicolons, slashes, new lines and the words "en" / "of". */
export function splitKindsOfWork(text: string | null): string[] {
  if (text === null) {
    return [];
  }
  const parts = text
    .split(/[,;/\n]|\s+(?:en|of|and|or)\s+/iu)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return [...new Set(parts)];
}

export type StoredWishes = Pick<
  Wishes,
  'kindsOfWork' | 'sectors' | 'hoursMin' | 'hoursMax' | 'days' | 'dayParts' | 'maxTravelMinutes' | 'transport'
>;

/** The current wishes version as matching reads it; no wishes recorded: no wish on any factor. */
export function wishesForMatching(wishes: StoredWishes | null): CandidateWishes {
  return {
    kindsOfWork: splitKindsOfWork(wishes?.kindsOfWork ?? null),
    sectors: wishes?.sectors ?? [],
    hoursMin: wishes?.hoursMin ?? null,
    hoursMax: wishes?.hoursMax ?? null,
    days: wishes?.days ?? [],
    dayParts: wishes?.dayParts ?? [],
    maxTravelMinutes: wishes?.maxTravelMinutes ?? null,
    transport: wishes?.transport ?? [],
    recorded: wishes !== null,
  };
}
