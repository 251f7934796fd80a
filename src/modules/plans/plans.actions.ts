import type { ActionDefinition } from '../../platform/access/types.js';

export const PLAN_ACTIONS = {
  'plan.read': {
    logText: { nl: 'Uw plan bekeken', en: 'Viewed your plan' },
    description: {
      nl: 'Laat toe om het plan van een deelnemer te zien: doelen, acties, opmerkingen en afspraken erover.',
      en: "Allows seeing a participant's plan: goals, actions, comments and agreement.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'plan',
  },
  'plan.manage': {
    logText: { nl: 'Uw plan aangepast', en: 'Changed your plan' },
    description: {
      nl: 'Laat toe om doelen en acties in het plan van een deelnemer te zetten en te wijzigen.',
      en: "Allows adding and changing goals and actions in a participant's plan.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'plan.read',
  },
  'plan.participate': {
    logText: {
      nl: 'Een actie afgevinkt, een opmerking geplaatst of het plan afgesproken',
      en: 'Ticked off an action, commented or agreed the plan',
    },
    description: {
      nl: 'Laat toe om acties af te vinken, opmerkingen te plaatsen en vast te leggen dat de deelnemer het eens is met het plan.',
      en: 'Allows ticking off actions, commenting, and recording that the participant agrees with the plan.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'plan.read',
  },
} as const satisfies Record<string, ActionDefinition>;
