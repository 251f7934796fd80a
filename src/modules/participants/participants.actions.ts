import type { ActionDefinition } from '../../platform/access/types.js';

export const PARTICIPANT_ACTIONS = {
  'participant.list': {
    logText: { nl: 'Uw naam gezien in een overzicht van deelnemers', en: 'Saw your name in a list of participants' },
    description: {
      nl: 'Laat toe om de deelnemers te zien die men begeleidt of die toestemming gaven (werkvoorraad).',
      en: 'Allows listing the participants one supports or who gave consent (caseload).',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'identity',
  },
  'participant.read': {
    logText: { nl: 'Uw persoonsgegevens bekeken', en: 'Viewed your personal details' },
    description: {
      nl: 'Laat toe om de persoonsgegevens en situatie van een deelnemer te zien.',
      en: "Allows seeing a participant's personal details and situation.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'identity',
  },
  'participant.readBsn': {
    logText: { nl: 'Uw burgerservicenummer (BSN) bekeken', en: 'Viewed your citizen service number (BSN)' },
    description: {
      nl: 'Laat toe om het burgerservicenummer (BSN) van een deelnemer te zien.',
      en: "Allows seeing a participant's citizen service number (BSN).",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'identity',
  },
  'participant.create': {
    logText: { nl: 'U ingeschreven als deelnemer', en: 'Registered you as a participant' },
    description: {
      nl: 'Laat toe om een deelnemer in te schrijven en een traject te starten.',
      en: 'Allows registering a participant and starting a trajectory.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'participant.update': {
    logText: { nl: 'Uw persoonsgegevens gewijzigd', en: 'Changed your personal details' },
    description: {
      nl: 'Laat toe om de persoonsgegevens en situatie van een deelnemer te wijzigen.',
      en: "Allows changing a participant's personal details and situation.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'participant.read',
  },
  'participant.invite': {
    logText: { nl: 'U uitgenodigd voor een eigen account in Meedoen', en: 'Invited you to your own Meedoen account' },
    description: {
      nl: 'Laat toe om een deelnemer per e-mail uit te nodigen voor een eigen account (het deelnemersportaal).',
      en: 'Allows inviting a participant by e-mail to an account of their own (the participant portal).',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'participant.read',
  },
  'participant.export': {
    logText: { nl: 'Al uw gegevens gedownload', en: 'Downloaded all your data' },
    description: {
      nl: 'Laat toe om als deelnemer alle eigen gegevens te downloaden (AVG: recht op inzage en overdraagbaarheid).',
      en: 'Allows a participant to download all of their data (GDPR: right of access and portability).',
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
