import type { ActionDefinition } from '../../platform/access/types.js';

export const CAPACITY_ACTIONS = {
  'fml.read': {
    logText: { nl: 'De lijst van de Functionele Mogelijkhedenlijst bekeken', en: 'Viewed the capacity list (FML)' },
    description: {
      nl: 'Laat toe om de onderdelen en niveaus van de Functionele Mogelijkhedenlijst (FML) te zien.',
      en: 'Allows seeing the items and levels of the capacity list (FML).',
    },
    personalData: false,
    tokenAllowed: true,
  },
  'capacity.read': {
    logText: { nl: 'Uw mogelijkheden en beperkingen bekeken', en: 'Viewed your capacities and limitations' },
    description: {
      nl: 'Laat toe om het mogelijkhedenprofiel (FML) van een deelnemer te zien, met aantekeningen over gezondheid.',
      en: "Allows seeing a participant's capacity profile (FML), with notes about health.",
    },
    personalData: true,
    tokenAllowed: false,
    category: 'capacityHealth',
  },
  'capacity.assess': {
    logText: { nl: 'Uw mogelijkheden en beperkingen vastgelegd', en: 'Recorded your capacities and limitations' },
    description: {
      nl: 'Laat toe om een beoordeling van de mogelijkheden (FML) vast te leggen: door een professional, of door de deelnemer zelf.',
      en: 'Allows recording an assessment of capacities (FML): by a professional, or by the participant themself.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'capacity.read',
  },
} as const satisfies Record<string, ActionDefinition>;
