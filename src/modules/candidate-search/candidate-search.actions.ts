import type { ActionDefinition } from '../../platform/access/types.js';

/** Anonymised candidate search (ADR 0019). The region rule is applied by the service. */
export const CANDIDATE_SEARCH_ACTIONS = {
  'candidateProfile.search': {
    logText: {
      nl: 'Uw profiel zonder naam gezien bij het zoeken naar kandidaten',
      en: 'Saw your profile without your name when searching for candidates',
    },
    description: {
      nl: 'Laat toe om profielen zonder naam te zoeken van deelnemers die werkgevers in de eigen regio toestemming gaven.',
      en: 'Allows searching profiles without names of participants who gave employers in the own region consent.',
    },
    // Pseudonymous data about a person: every shown profile is recorded, so the participant sees who looked.
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
