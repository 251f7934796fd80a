import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Matching in the region (ADR 0018). The route action `match.candidates` only says who may ask for
 * candidates at all; each participant in a result must pass `match.readCandidate` (wishes) and
 * `match.useCapacity` (capacity & health), with consent for purpose `matching` where there is no assignment.
 */
export const MATCH_ACTIONS = {
  'match.candidates': {
    logText: { nl: 'Kandidaten voor een vacature gezocht', en: 'Looked for candidates for a vacancy' },
    description: {
      nl: 'Laat toe om de best passende kandidaten voor een vacature of een gecarveerde baan in de eigen regio te vragen; welke deelnemers daarin staan, hangt af van toewijzing en toestemming.',
      en: 'Allows asking for the best-fitting candidates for a vacancy or carved job in the own region; which participants appear depends on assignment and consent.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'match.readCandidate': {
    logText: { nl: 'U bekeken als kandidaat voor werk', en: 'Viewed you as a candidate for a job' },
    description: {
      nl: 'Laat toe om een deelnemer te zien in matchresultaten: de wensen voor werk, de score en de uitleg.',
      en: 'Allows seeing a participant in matching results: their wishes for work, the score and the explanation.',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'wishes',
  },
  'match.useCapacity': {
    logText: { nl: 'Uw mogelijkheden gebruikt voor een match', en: 'Used your capacities for a match' },
    description: {
      nl: 'Laat toe om bij het matchen de mogelijkheden (FML) van een deelnemer te gebruiken; alleen de beoordelingen die de aanvrager mag zien tellen.',
      en: "Allows using a participant's capacity profile (FML) in matching; only the assessments the caller may see count.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'capacityHealth',
    readAction: 'match.readCandidate',
  },
  'match.readCandidateName': {
    logText: { nl: 'Uw naam gezien in een match', en: 'Saw your name in a match' },
    description: {
      nl: 'Laat toe om de naam van een deelnemer in matchresultaten te zien; zonder dit recht staat er geen naam.',
      en: "Allows seeing a participant's name in matching results; without it no name is shown.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'identity',
  },
} as const satisfies Record<string, ActionDefinition>;
