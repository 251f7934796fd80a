import type { ActionDefinition } from '../../platform/access/types.js';

export const IMPORT_ACTIONS = {
  'import.manage': {
    logText: {
      nl: 'Een bestand met gegevens van deelnemers ingelezen of bekeken',
      en: 'Read in or viewed a file with participant data',
    },
    description: {
      nl: 'Laat toe om deelnemers, trajecten en banen uit een spreadsheet (CSV of Excel) in te lezen voor de eigen organisatie: bestand kiezen, kolommen koppelen, controleren en opslaan.',
      en: "Allows reading participants, trajectories and jobs from a spreadsheet (CSV or Excel) into one's own organisation: choose a file, map its columns, check and save.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'import.record': {
    logText: { nl: 'Uw gegevens ingelezen uit een bestand', en: 'Read your data in from a file' },
    description: {
      nl: 'Laat toe om met een import deelnemers en hun trajecten en banen toe te voegen of te wijzigen; dit wordt per deelnemer vastgelegd, zodat de deelnemer het ziet in "Wie keek in mijn gegevens".',
      en: 'Allows adding or changing participants and their trajectories and jobs through an import; recorded per participant, so that the participant sees it in "Who looked at my data".',
    },
    personalData: true,
    tokenAllowed: false,
  },
} as const satisfies Record<string, ActionDefinition>;
