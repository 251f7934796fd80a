import type { ActionDefinition } from '../../platform/access/types.js';

export const DEV_MAIL_ACTIONS = {
  'devMail.read': {
    logText: { nl: 'E-mails gelezen (alleen zonder mailserver)', en: 'Read e-mails (only without a mail server)' },
    description: {
      nl: 'Laat toe om verstuurde e-mails te lezen als de server geen mailserver gebruikt (ontwikkeling en demo).',
      en: 'Allows reading sent mails when the server uses no mail server (development and demo).',
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
