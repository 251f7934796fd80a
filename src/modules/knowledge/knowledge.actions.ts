import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Knowledge portal. Reading published items is public (no action). Writing: knowledge editors for
 * every item; contributors (programme managers and evaluators) for their own organisation's items, up to
 * "in review". Only knowledge editors publish, archive and change published items. No personal data.
 */
export const KNOWLEDGE_ACTIONS = {
  'knowledge.edit': {
    logText: { nl: 'Een kennisitem bewerkt', en: 'Edited a knowledge item' },
    description: {
      nl: 'Laat toe om kennisitems (publicaties, instrumenten, handreikingen …) te schrijven en te wijzigen, bestanden toe te voegen en ze ter beoordeling aan te bieden.',
      en: 'Allows writing and changing knowledge items (publications, instruments, guides …), adding files and submitting them for review.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'knowledge.publish': {
    logText: { nl: 'Een kennisitem gepubliceerd of gearchiveerd', en: 'Published or archived a knowledge item' },
    description: {
      nl: 'Laat toe om kennisitems te publiceren, terug te sturen, te archiveren en gepubliceerde items te wijzigen (redactie).',
      en: 'Allows publishing, sending back and archiving knowledge items, and changing published items (editorial board).',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'knowledge.edit',
  },
} as const satisfies Record<string, ActionDefinition>;
