import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Monitoring and evaluation: programmes, initiatives, goals, aggregated indicators and IPS fidelity
 * reviews. These read no personal data: indicators are counts that leave the API only through small-cell
 * suppression (ADR 0016). The exception is the research export: pseudonymised data are still personal
 * data (AVG recital 26), so every participant in an export gets a NEN 7513 record.
 */
export const MONITORING_ACTIONS = {
  'programme.read': {
    logText: { nl: 'Programma’s bekeken', en: 'Viewed programmes' },
    description: {
      nl: 'Laat toe om programma’s te zien, met hun initiatieven, partijen, bouwstenen en doelen.',
      en: 'Allows seeing programmes with their initiatives, parties, building blocks and goals.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'programme.manage': {
    logText: { nl: 'Een programma vastgelegd of gewijzigd', en: 'Recorded or changed a programme' },
    description: {
      nl: 'Laat toe om een programma van de eigen organisatie vast te leggen en te wijzigen, met initiatieven en doelen.',
      en: "Allows recording and changing a programme of one's own organisation, with initiatives and goals.",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'programme.read',
  },
  'processEvaluation.record': {
    logText: { nl: 'Een ronde procesevaluatie vastgelegd', en: 'Recorded a process evaluation round' },
    description: {
      nl: 'Laat toe om bij een initiatief een ronde procesevaluatie vast te leggen: wanneer, met wie, en de antwoorden op de vragen en de checklist.',
      en: 'Allows recording a process evaluation round for an initiative: when, with whom, and the answers to the questions and the checklist.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'programme.read',
  },
  'approach.read': {
    logText: { nl: 'Aanpakken bekeken', en: 'Viewed approaches' },
    description: {
      nl: 'Laat toe om de aanpakken te zien: beschrijving en of een aanpak regionaal of landelijk loopt.',
      en: 'Allows seeing the approaches: description and whether an approach runs regionally or nationally.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'approach.manage': {
    logText: { nl: 'Een aanpak gewijzigd', en: 'Changed an approach' },
    description: {
      nl: 'Laat toe om de beschrijving van een aanpak te wijzigen.',
      en: 'Allows changing the description of an approach.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'approach.read',
  },
  'indicator.read': {
    logText: { nl: 'Cijfers bekeken', en: 'Viewed figures' },
    description: {
      nl: 'Laat toe om cijfers te zien die uit de trajecten zijn berekend (bereik, banen, duurzame plaatsingen, IPS), met kleine aantallen afgeschermd. Een programmamanager ziet de eigen regio en de programma’s van de eigen organisatie.',
      en: "Allows seeing figures computed from the trajectories (reach, jobs, sustainable placements, IPS), with small counts suppressed. A programme manager sees their own region and their own organisation's programmes.",
    },
    personalData: false,
    tokenAllowed: false,
  },
  'fidelity.read': {
    logText: { nl: 'Modelgetrouwheidsmetingen bekeken', en: 'Viewed fidelity reviews' },
    description: {
      nl: 'Laat toe om de IPS-modelgetrouwheidsmetingen van een team te zien, met scores, toelichting en actiepunten.',
      en: "Allows seeing a team's IPS fidelity reviews, with scores, notes and action points.",
    },
    personalData: false,
    tokenAllowed: false,
  },
  'fidelity.review': {
    logText: { nl: 'Een modelgetrouwheidsmeting vastgelegd', en: 'Recorded a fidelity review' },
    description: {
      nl: 'Laat toe om een IPS-modelgetrouwheidsmeting (25 onderdelen) van een team vast te leggen.',
      en: "Allows recording a team's IPS fidelity review (25 items).",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'fidelity.read',
  },
  'fidelity.manageActionPoints': {
    logText: { nl: 'Actiepunten van een meting bijgewerkt', en: 'Updated action points of a review' },
    description: {
      nl: 'Laat toe om actiepunten na een modelgetrouwheidsmeting toe te voegen en af te vinken.',
      en: 'Allows adding action points after a fidelity review and marking them done.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'fidelity.read',
  },
  'researchStudy.read': {
    logText: { nl: 'Onderzoeken bekeken', en: 'Viewed research studies' },
    description: {
      nl: 'Laat toe om de onderzoeken te zien waarvoor gegevens zonder naam mogen worden uitgegeven, met hun doel, grondslag en eerdere bestanden.',
      en: 'Allows seeing the research studies for which pseudonymised data may be exported, with their purpose, legal basis and earlier files.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'researchStudy.manage': {
    logText: { nl: 'Een onderzoek vastgelegd', en: 'Recorded a research study' },
    description: {
      nl: 'Laat toe om een onderzoek vast te leggen: naam, doel, grondslag (bijvoorbeeld AVG artikel 89 met een DPIA) en looptijd.',
      en: 'Allows recording a research study: name, purpose, legal basis (for example GDPR article 89 with a DPIA) and period.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'researchStudy.read',
  },
  'research.export': {
    logText: {
      nl: 'Uw gegevens zonder naam gebruikt voor onderzoek',
      en: 'Used your data without your name for research',
    },
    description: {
      nl: 'Laat toe om voor een lopend onderzoek een bestand te maken met gegevens zonder naam (pseudoniemen, leeftijdsgroep, regio, maanden in plaats van data). Elke deelnemer in het bestand ziet dit in "Wie keek in mijn gegevens".',
      en: 'Allows making a file of pseudonymised data for a running research study (pseudonyms, age band, region, months instead of dates). Every participant in the file sees this in "Who looked at my data".',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'researchStudy.read',
  },
} as const satisfies Record<string, ActionDefinition>;
