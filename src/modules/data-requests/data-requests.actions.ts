import type { ActionDefinition } from '../../platform/access/types.js';

export const DATA_REQUEST_ACTIONS = {
  'dataRequest.create': {
    logText: { nl: 'Een verzoek gedaan om gegevens te verbeteren of te wissen', en: 'Asked to correct or erase data' },
    description: {
      nl: 'Laat toe om als deelnemer te vragen eigen gegevens te verbeteren of te wissen, en die verzoeken te zien.',
      en: 'Allows a participant to ask for their data to be corrected or erased, and to see those requests.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'dataRequest.handle': {
    logText: {
      nl: 'Uw verzoek om gegevens te verbeteren of te wissen behandeld',
      en: 'Handled your request to correct or erase data',
    },
    description: {
      nl: 'Laat toe om verzoeken van deelnemers om gegevens te verbeteren of te wissen te zien en af te handelen.',
      en: "Allows seeing and handling participants' requests to correct or erase data.",
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
