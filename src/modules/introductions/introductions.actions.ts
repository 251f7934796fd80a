import type { ActionDefinition } from '../../platform/access/types.js';

/** Introductions between an employer and a participant who found each other through the candidate search (ADR 0019). */
export const INTRODUCTION_ACTIONS = {
  'introduction.request': {
    logText: { nl: 'Gevraagd om kennis met u te maken', en: 'Asked to meet you' },
    description: {
      nl: 'Laat toe om voor een profiel zonder naam een kennismaking aan te vragen, met een bericht en eventueel een vacature.',
      en: 'Allows asking for an introduction for a profile without a name, with a message and optionally a vacancy.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'introduction.read': {
    logText: { nl: 'Een aanvraag om kennis te maken bekeken', en: 'Viewed a request to meet you' },
    description: {
      nl: 'Laat toe om de eigen aanvragen voor een kennismaking te zien; naam en contactweg pas na het ja van de deelnemer.',
      en: "Allows seeing one's own introduction requests; name and contact route only after the participant's yes.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'introduction.readForParticipant': {
    logText: { nl: 'Gezien wie met u kennis wil maken', en: 'Saw who wants to meet you' },
    description: {
      nl: 'Laat toe om te zien welke werkgevers met een deelnemer kennis willen maken en wie het profiel bekeek.',
      en: 'Allows seeing which employers want to meet a participant and who viewed the profile.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'introduction.decide': {
    logText: { nl: 'Ja of nee gezegd op een kennismaking', en: 'Said yes or no to an introduction' },
    description: {
      nl: 'Laat toe om ja of nee te zeggen op een kennismaking; een begeleider legt het besluit van de deelnemer vast.',
      en: "Allows saying yes or no to an introduction; a professional records the participant's decision.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'introduction.readForParticipant',
  },
} as const satisfies Record<string, ActionDefinition>;
