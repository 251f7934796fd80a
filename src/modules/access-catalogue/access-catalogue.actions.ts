import type { ActionDefinition } from '../../platform/access/types.js';

export const ACCESS_CATALOGUE_ACTIONS = {
  'access.read': {
    description: { nl: 'Laat toe om te zien welke rol wat mag.', en: 'Allows seeing which role may do what.' },
    personalData: false,
    tokenAllowed: false,
  },
  'metrics.read': {
    description: { nl: 'Laat toe om technische meetgegevens van de server te lezen.', en: 'Allows reading the server\'s technical metrics.' },
    personalData: false,
    tokenAllowed: true,
  },
} as const satisfies Record<string, ActionDefinition>;
