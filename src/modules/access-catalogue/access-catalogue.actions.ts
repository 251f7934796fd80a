import type { ActionDefinition } from '../../platform/access/types.js';

export const ACCESS_CATALOGUE_ACTIONS = {
  'access.read': {
    logText: { nl: 'Bekeken wie wat mag', en: 'Viewed who may do what' },
    description: { nl: 'Laat toe om te zien welke rol wat mag.', en: 'Allows seeing which role may do what.' },
    personalData: false,
    tokenAllowed: false,
  },
  'metrics.read': {
    logText: { nl: 'Meetgegevens van de server gelezen', en: 'Read server metrics' },
    description: {
      nl: 'Laat toe om technische meetgegevens van de server te lezen.',
      en: "Allows reading the server's technical metrics.",
    },
    personalData: false,
    tokenAllowed: true,
  },
} as const satisfies Record<string, ActionDefinition>;
