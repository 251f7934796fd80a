import type { ActionDefinition } from '../../platform/access/types.js';

export const USER_ACTIONS = {
  'user.list': {
    logText: {
      nl: 'Uw naam en rollen gezien in een lijst van gebruikers',
      en: 'Saw your name and roles in a list of users',
    },
    description: { nl: 'Laat toe om gebruikers en hun rollen te zien.', en: 'Allows listing users and their roles.' },
    personalData: true,
    tokenAllowed: true,
  },
  'user.read': {
    logText: { nl: 'Uw gegevens bekeken', en: 'Viewed your details' },
    description: { nl: 'Laat toe om de gegevens van een gebruiker te zien.', en: "Allows seeing a user's details." },
    personalData: true,
    tokenAllowed: true,
  },
  'user.invite': {
    logText: { nl: 'U uitgenodigd voor Meedoen', en: 'Invited you to Meedoen' },
    description: {
      nl: 'Laat toe om iemand per e-mail uit te nodigen en een rol te geven.',
      en: 'Allows inviting someone by e-mail and giving them a role.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'user.read',
  },
  'user.update': {
    logText: { nl: 'Uw account of uw rollen gewijzigd', en: 'Changed your account or your roles' },
    description: {
      nl: 'Laat toe om een gebruiker te wijzigen, te blokkeren of rollen te geven en af te nemen.',
      en: 'Allows changing or blocking a user and granting or removing roles.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'user.read',
  },
} as const satisfies Record<string, ActionDefinition>;
