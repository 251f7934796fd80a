import type { ActionDefinition } from '../../platform/access/types.js';

/** Applications for instruments per placement (a job episode): access like job episodes (category jobs). */
export const INSTRUMENT_APPLICATION_ACTIONS = {
  'instrumentApplication.read': {
    logText: { nl: 'Aanvragen voor uw baan bekeken', en: 'Viewed applications for your job' },
    description: {
      nl: 'Laat toe om de aanvragen voor instrumenten (zoals loonkostensubsidie of jobcoach) bij een baan van een deelnemer te zien.',
      en: "Allows seeing the applications for instruments (such as wage cost subsidy or job coach) for a participant's job.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'jobs',
  },
  'instrumentApplication.manage': {
    logText: {
      nl: 'Een aanvraag voor uw baan vastgelegd of gewijzigd',
      en: 'Recorded or changed an application for your job',
    },
    description: {
      nl: 'Laat toe om een aanvraag voor een instrument bij een baan vast te leggen en bij te houden of die is toegekend of afgewezen.',
      en: 'Allows recording an application for an instrument for a job and keeping track of whether it was granted or refused.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'instrumentApplication.read',
  },
} as const satisfies Record<string, ActionDefinition>;
