import type { ActionDefinition } from '../../platform/access/types.js';

export const CONSENT_ACTIONS = {
  'consent.read': {
    logText: { nl: 'Gezien aan wie u toestemming gaf', en: 'Saw whom you gave consent' },
    description: {
      nl: 'Laat toe om te zien welke toestemmingen een deelnemer gaf en introk.',
      en: 'Allows seeing which consents a participant gave and withdrew.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'consent.manage': {
    logText: { nl: 'Een toestemming van u vastgelegd of ingetrokken', en: 'Recorded or withdrew a consent of yours' },
    description: {
      nl: 'Laat toe om een toestemming van een deelnemer vast te leggen of in te trekken.',
      en: "Allows recording or withdrawing a participant's consent.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'consent.read',
  },
} as const satisfies Record<string, ActionDefinition>;
