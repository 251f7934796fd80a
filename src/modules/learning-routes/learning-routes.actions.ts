import type { ActionDefinition } from '../../platform/access/types.js';

export const LEARNING_ROUTE_ACTIONS = {
  'learningRoute.read': {
    logText: { nl: 'De leerroutes bekeken', en: 'Viewed the learning routes' },
    description: {
      nl: 'Laat toe om de leerroutes te zien: sector, partners, doelgroepen, stappen, groepen en doelen.',
      en: 'Allows seeing the learning routes: sector, partners, target groups, steps, cohorts and targets.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'learningRoute.manage': {
    logText: { nl: 'Een leerroute aangemaakt of gewijzigd', en: 'Created or changed a learning route' },
    description: {
      nl: 'Laat toe om leerroutes van de eigen organisatie aan te maken en te wijzigen, met hun stappen, groepen en doelen.',
      en: "Allows creating and changing the own organisation's learning routes, with their steps, cohorts and targets.",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'learningRoute.read',
  },
  'learningRoute.readProgress': {
    logText: { nl: 'De voortgang van een leerroute bekeken', en: 'Viewed the progress of a learning route' },
    description: {
      nl: 'Laat toe om tellingen van een leerroute te zien: deelnemers per stap, voortgang op de doelen, instroom en behoud. Zonder namen.',
      en: 'Allows seeing the counts of a learning route: participants per step, progress against targets, inflow and retention. Without names.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'learningRoute.exportProgress': {
    logText: { nl: 'De cijfers van een leerroute gedownload', en: 'Downloaded the figures of a learning route' },
    description: {
      nl: 'Laat toe om de tellingen van een leerroute te downloaden als CSV- of Excel-bestand: per stap, doelen, instroom en behoud. Zonder namen; kleine aantallen verborgen.',
      en: 'Allows downloading the counts of a learning route as a CSV or Excel file: by step, targets, inflow and retention. Without names; small counts hidden.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'learningEnrolment.read': {
    logText: { nl: 'Uw leerroute bekeken', en: 'Viewed your learning route' },
    description: {
      nl: 'Laat toe om de leerroute van een deelnemer te zien: groep, stappen met data, werkplek, school, aantekeningen en resultaten.',
      en: "Allows seeing a participant's learning route: cohort, steps with dates, workplace, school, notes and outcomes.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'plan',
  },
  'learningEnrolment.manage': {
    logText: { nl: 'Uw leerroute bijgewerkt', en: 'Updated your learning route' },
    description: {
      nl: 'Laat toe om een deelnemer in te schrijven voor een leerroute, naar een volgende stap te zetten, te laten stoppen, aantekeningen en resultaten vast te leggen.',
      en: 'Allows enrolling a participant in a learning route, moving them to a next step or a stop, and recording notes and outcomes.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'learningEnrolment.read',
  },
  'learningEnrolment.readAtWorkplace': {
    logText: {
      nl: 'Uw stap in de leerroute bekeken (als werkgever)',
      en: 'Viewed your step in the learning route (as employer)',
    },
    description: {
      nl: 'Laat toe om als werkgever de leerlingen op de eigen werkplek te zien met hun stap, als de deelnemer daar toestemming voor gaf (banen en werk).',
      en: 'Allows an employer to see the learners at their own workplace and their step, when the participant consented to it (jobs and work).',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'jobs',
  },
  'learningEnrolment.readAtWorkplaceName': {
    logText: { nl: 'Uw naam bekeken (als werkgever)', en: 'Viewed your name (as employer)' },
    description: {
      nl: 'Laat toe om als werkgever de naam te zien van een leerling op de eigen werkplek, als de deelnemer toestemming gaf voor persoonsgegevens.',
      en: 'Allows an employer to see the name of a learner at their own workplace, when the participant consented to identity data.',
    },
    personalData: true,
    tokenAllowed: false,
    category: 'identity',
  },
} as const satisfies Record<string, ActionDefinition>;
