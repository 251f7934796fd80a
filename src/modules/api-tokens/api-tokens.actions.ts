import type { ActionDefinition } from '../../platform/access/types.js';

export const API_TOKEN_ACTIONS = {
  'apiToken.manage': {
    logText: { nl: 'Koppelingssleutels beheerd', en: 'Managed integration keys' },
    description: {
      nl: 'Laat toe om koppelingssleutels voor andere systemen te maken, te zien en in te trekken.',
      en: 'Allows creating, listing and revoking integration keys for other systems.',
    },
    personalData: false,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
