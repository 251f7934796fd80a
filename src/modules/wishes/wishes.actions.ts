import type { ActionDefinition } from '../../platform/access/types.js';

export const WISH_ACTIONS = {
  'wishes.read': {
    logText: { nl: 'Uw wensen voor werk bekeken', en: 'Viewed your wishes for work' },
    description: {
      nl: 'Laat toe om de wensen van een deelnemer te zien: soort werk, uren, reistijd, sterke punten.',
      en: "Allows seeing a participant's wishes: kind of work, hours, travel time, strengths.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'wishes',
  },
  'wishes.update': {
    logText: { nl: 'Uw wensen voor werk aangepast', en: 'Changed your wishes for work' },
    description: {
      nl: 'Laat toe om de wensen van een deelnemer vast te leggen (de deelnemer kan dit ook zelf).',
      en: "Allows recording a participant's wishes (the participant can do this too).",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'wishes.read',
  },
} as const satisfies Record<string, ActionDefinition>;
