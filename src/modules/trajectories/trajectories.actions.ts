import type { ActionDefinition } from '../../platform/access/types.js';

export const TRAJECTORY_ACTIONS = {
  'approach.list': {
    logText: { nl: 'De lijst met aanpakken bekeken', en: 'Viewed the list of approaches' },
    description: {
      nl: 'Laat toe om de aanpakken te zien die een traject kan volgen.',
      en: 'Allows seeing the approaches a trajectory can follow.',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'trajectory.read': {
    logText: { nl: 'Uw traject bekeken', en: 'Viewed your trajectory' },
    description: {
      nl: 'Laat toe om de trajecten van een deelnemer te zien: aanpak, fase en begeleiders.',
      en: "Allows seeing a participant's trajectories: approach, phase and professionals.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'plan',
  },
  'trajectory.create': {
    logText: { nl: 'Een nieuw traject voor u gestart', en: 'Started a new trajectory for you' },
    description: {
      nl: 'Laat toe om een nieuw traject voor een deelnemer te starten.',
      en: 'Allows starting a new trajectory for a participant.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'trajectory.read',
  },
  'trajectory.changePhase': {
    logText: { nl: 'De fase van uw traject veranderd', en: 'Changed the phase of your trajectory' },
    description: {
      nl: 'Laat toe om de fase van een traject te veranderen of het traject af te sluiten.',
      en: 'Allows changing the phase of a trajectory or closing it.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'trajectory.read',
  },
  'trajectory.assign': {
    logText: {
      nl: 'Een begeleider aan uw traject toegevoegd of eraf gehaald',
      en: 'Added or removed a professional on your trajectory',
    },
    description: {
      nl: 'Laat toe om collega’s van de eigen organisatie aan een traject toe te wijzen of eraf te halen.',
      en: 'Allows assigning colleagues of the own organisation to a trajectory, or removing them.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'trajectory.read',
  },
} as const satisfies Record<string, ActionDefinition>;
