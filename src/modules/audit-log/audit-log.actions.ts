import type { ActionDefinition } from '../../platform/access/types.js';

export const AUDIT_LOG_ACTIONS = {
  'auditLog.read': {
    logText: { nl: 'Het logboek bekeken', en: 'Viewed the log' },
    description: {
      nl: 'Laat toe om het logboek (NEN 7513) van alle inzage en wijzigingen te doorzoeken en de keten te controleren.',
      en: 'Allows searching the log (NEN 7513) of all access and changes and verifying its chain.',
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
