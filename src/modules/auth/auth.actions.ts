import type { ActionDefinition } from '../../platform/access/types.js';

/** Actions on the logged-in user's own account. */
export const AUTH_ACTIONS = {
  'profile.read': {
    logText: { nl: 'Uw accountgegevens bekeken', en: 'Viewed your account details' },
    description: {
      nl: 'Laat toe om de eigen accountgegevens te zien.',
      en: "Allows seeing one's own account details.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'profile.update': {
    logText: { nl: 'Uw accountgegevens gewijzigd', en: 'Changed your account details' },
    description: {
      nl: 'Laat toe om de eigen naam, taal en het eigen wachtwoord te wijzigen.',
      en: "Allows changing one's own name, language and password.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'profile.read',
  },
  'session.manage': {
    logText: { nl: 'Uw inlogsessies bekeken of beëindigd', en: 'Viewed or ended your login sessions' },
    description: {
      nl: 'Laat toe om de eigen inlogsessies te zien en overal uit te loggen.',
      en: "Allows seeing one's own login sessions and logging out everywhere.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'secondFactor.manage': {
    logText: {
      nl: 'Uw tweestapsverificatie ingesteld of gewijzigd',
      en: 'Set up or changed your two-step verification',
    },
    description: {
      nl: 'Laat toe om de eigen tweestapsverificatie in te stellen of uit te zetten.',
      en: "Allows setting up or turning off one's own two-step verification.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'auditLog.readOwn': {
    logText: { nl: 'Uw logboek bekeken', en: 'Viewed your log' },
    description: {
      nl: 'Laat toe om te zien wie de eigen gegevens heeft bekeken of gewijzigd.',
      en: "Allows seeing who viewed or changed one's own data.",
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
