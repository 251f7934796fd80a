import type { ActionDefinition } from '../../platform/access/types.js';

export const ORGANISATION_ACTIONS = {
  'organisation.list': {
    logText: { nl: 'Organisaties bekeken', en: 'Viewed organisations' },
    description: {
      nl: 'Laat toe om de organisaties in het platform te zien.',
      en: 'Allows listing the organisations on the platform.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'organisation.read': {
    logText: { nl: 'Een organisatie bekeken', en: 'Viewed an organisation' },
    description: {
      nl: 'Laat toe om de gegevens van een organisatie te zien.',
      en: "Allows seeing an organisation's details.",
    },
    personalData: false,
    tokenAllowed: true,
  },
  'organisation.create': {
    logText: { nl: 'Een organisatie toegevoegd', en: 'Added an organisation' },
    description: { nl: 'Laat toe om een organisatie toe te voegen.', en: 'Allows adding an organisation.' },
    personalData: false,
    tokenAllowed: false,
    readAction: 'organisation.read',
  },
  'organisation.update': {
    logText: { nl: 'Een organisatie gewijzigd', en: 'Changed an organisation' },
    description: {
      nl: 'Laat toe om de gegevens en de inlogkoppeling (OpenID Connect) van een organisatie te wijzigen.',
      en: "Allows changing an organisation's details and its login connection (OpenID Connect).",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'organisation.read',
  },
} as const satisfies Record<string, ActionDefinition>;
