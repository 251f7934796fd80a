import type { ActionDefinition } from '../../platform/access/types.js';

export const DEV_MAIL_ACTIONS = {
  'devMail.read': {
    description: { nl: 'Laat toe om verstuurde e-mails te lezen als de server geen mailserver gebruikt (ontwikkeling en demo).', en: 'Allows reading sent mails when the server uses no mail server (development and demo).' },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
