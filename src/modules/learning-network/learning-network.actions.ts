import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Actions of the learning network. Published events and networks are public (routes with
 * `access: 'public'`); these are the actions that need a login. Coordination is granted to knowledge
 * editors and programme managers of the organisation that runs the network, and the service also requires
 * them to be a coordinator of that network (ADR 0013).
 */
export const LEARNING_NETWORK_ACTIONS = {
  'learningNetwork.create': {
    logText: { nl: 'Een leernetwerk gemaakt', en: 'Created a learning network' },
    description: {
      nl: 'Laat toe om een leernetwerk te starten voor de eigen organisatie. U wordt er coördinator van.',
      en: 'Allows starting a learning network for one’s own organisation, as its coordinator.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'learningNetwork.manage': {
    logText: { nl: 'Een leernetwerk of activiteit bijgewerkt', en: 'Updated a learning network or event' },
    description: {
      nl: 'Laat toe om als coördinator van een leernetwerk het netwerk, de leden en de activiteiten te beheren.',
      en: 'Allows coordinators of a learning network to manage the network, its members and its events.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'learningNetwork.readMembers': {
    logText: { nl: 'De leden van een leernetwerk bekeken', en: 'Viewed the members of a learning network' },
    description: {
      nl: 'Laat toe om als coördinator de namen en e-mailadressen van de leden van het eigen leernetwerk te zien.',
      en: 'Allows coordinators to see the names and e-mail addresses of their network’s members.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'learningNetwork.join': {
    logText: {
      nl: 'Uw lidmaatschap van een leernetwerk gewijzigd',
      en: 'Changed your membership of a learning network',
    },
    description: {
      nl: 'Laat toe om lid te worden van een leernetwerk, of weer uit het netwerk te gaan (iedereen die is ingelogd).',
      en: 'Allows anyone logged in to join a learning network, or to leave it.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'learningEvent.register': {
    logText: { nl: 'Uw aanmelding voor een activiteit gewijzigd', en: 'Changed your registration for an event' },
    description: {
      nl: 'Laat toe om zich aan te melden voor een activiteit, of zich weer af te melden (iedereen die is ingelogd).',
      en: 'Allows anyone logged in to register for an event, or to cancel.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'learningEvent.readRegistrations': {
    logText: { nl: 'De aanmeldingen voor een activiteit bekeken', en: 'Viewed the registrations for an event' },
    description: {
      nl: 'Laat toe om als coördinator te zien wie zich heeft aangemeld, wie op de wachtlijst staat en wie er was.',
      en: 'Allows coordinators to see who registered, who is on the waiting list and who attended.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'learningEvent.recordAttendance': {
    logText: { nl: 'Uw aanwezigheid bij een activiteit vastgelegd', en: 'Recorded your attendance at an event' },
    description: {
      nl: 'Laat toe om als coördinator na afloop vast te leggen wie er bij een activiteit was.',
      en: 'Allows coordinators to record who attended an event afterwards.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'learningEvent.readRegistrations',
  },
  'learningTrack.read': {
    logText: { nl: 'Een leergang bekeken', en: 'Viewed a learning track' },
    description: {
      nl: 'Laat toe om een leergang te zien: modules, opdrachten en de voortgang per gemeente (iedereen die is ingelogd).',
      en: 'Allows anyone logged in to see a learning track: modules, assignments and the progress per gemeente.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'learningTrack.reportProgress': {
    logText: { nl: 'Voortgang in een leergang vastgelegd', en: 'Recorded progress in a learning track' },
    description: {
      nl: 'Laat toe om als programmamanager of consulent van een gemeente in de leergang de voortgang van de eigen gemeente bij te houden.',
      en: 'Allows programme managers and consultants of a gemeente in the track to keep up their gemeente’s progress.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'learningTrack.read',
  },
  'learningIntervision.read': {
    logText: { nl: 'Een intervisiegroep bekeken', en: 'Viewed an intervision group' },
    description: {
      nl: 'Laat toe om als lid van een intervisiegroep (of coördinator) de groep, de leden en de bijeenkomsten te zien.',
      en: 'Allows members of an intervision group (and the coordinators) to see the group, its members and sessions.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'qualityCheck.read': {
    logText: { nl: 'Kwaliteitschecks van een team bekeken', en: 'Viewed the quality checks of a team' },
    description: {
      nl: 'Laat toe om de geplande en gedane kwaliteitschecks van de teams van de eigen organisatie te zien.',
      en: 'Allows staff of an organisation to see the planned and done quality checks of its teams.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'qualityCheck.manage': {
    logText: { nl: 'Een kwaliteitscheck gepland of vastgelegd', en: 'Planned or recorded a quality check' },
    description: {
      nl: 'Laat toe om kwaliteitschecks van de teams van de eigen organisatie te plannen en vast te leggen (programmamanagers en kennisredacteuren).',
      en: 'Allows programme managers and knowledge editors to plan and record quality checks of their organisation’s teams.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'qualityCheck.read',
  },
} as const satisfies Record<string, ActionDefinition>;
