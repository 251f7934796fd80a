import type { ActionDefinition } from '../../platform/access/types.js';

export const JOB_ACTIONS = {
  'job.read': {
    logText: { nl: 'Uw banen bekeken', en: 'Viewed your jobs' },
    description: {
      nl: 'Laat toe om de banen van een deelnemer te zien: werkgever, functie, uren, contract en loonvorm.',
      en: "Allows seeing a participant's jobs: employer, job title, hours, contract and wage form.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'jobs',
  },
  'job.manage': {
    logText: { nl: 'Een baan van u vastgelegd of gewijzigd', en: 'Recorded or changed a job of yours' },
    description: {
      nl: 'Laat toe om een baan van een deelnemer vast te leggen, te wijzigen of te beëindigen.',
      en: "Allows recording, changing or ending a participant's job.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'job.read',
  },
} as const satisfies Record<string, ActionDefinition>;
