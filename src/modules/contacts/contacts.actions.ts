import type { ActionDefinition } from '../../platform/access/types.js';

export const CONTACT_ACTIONS = {
  'contact.read': {
    logText: { nl: 'Uw afspraken en contacten bekeken', en: 'Viewed your appointments and contacts' },
    description: {
      nl: 'Laat toe om de afspraken en contacten met een deelnemer te zien (datum, soort, wie erbij was).',
      en: 'Allows seeing the appointments and contacts with a participant (date, kind, who was there).',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'plan',
  },
  'contact.readNotes': {
    logText: { nl: 'De verslagen van uw gesprekken gelezen', en: 'Read the notes of your conversations' },
    description: {
      nl: 'Laat toe om de gespreksverslagen bij contacten te lezen (de gevoeligste gegevens).',
      en: 'Allows reading the notes of contacts (the most sensitive data).',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'contactNotes',
  },
  'contact.manage': {
    logText: {
      nl: 'Een afspraak of gespreksverslag vastgelegd of gewijzigd',
      en: 'Recorded or changed an appointment or note',
    },
    description: {
      nl: 'Laat toe om afspraken en contacten met verslag vast te leggen en te wijzigen.',
      en: 'Allows recording and changing appointments and contacts with their notes.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'contact.read',
  },
} as const satisfies Record<string, ActionDefinition>;
