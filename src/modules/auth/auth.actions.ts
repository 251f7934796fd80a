import type { ActionDefinition } from '../../platform/access/types.js';

/** Actions on the logged-in user's own account. */
export const AUTH_ACTIONS = {
  'profile.read': {
    description: { nl: 'Laat toe om de eigen accountgegevens te zien.', en: 'Allows seeing one\'s own account details.' },
    personalData: true,
    tokenAllowed: false,
  },
  'profile.update': {
    description: { nl: 'Laat toe om de eigen naam, taal en het eigen wachtwoord te wijzigen.', en: 'Allows changing one\'s own name, language and password.' },
    personalData: true,
    tokenAllowed: false,
    readAction: 'profile.read',
  },
  'session.manage': {
    description: { nl: 'Laat toe om de eigen inlogsessies te zien en overal uit te loggen.', en: 'Allows seeing one\'s own login sessions and logging out everywhere.' },
    personalData: true,
    tokenAllowed: false,
  },
  'secondFactor.manage': {
    description: { nl: 'Laat toe om de eigen tweestapsverificatie in te stellen of uit te zetten.', en: 'Allows setting up or turning off one\'s own two-step verification.' },
    personalData: true,
    tokenAllowed: false,
  },
  'auditLog.readOwn': {
    description: { nl: 'Laat toe om te zien wie de eigen gegevens heeft bekeken of gewijzigd.', en: 'Allows seeing who viewed or changed one\'s own data.' },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
