import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Employer support requests: an employer asks the employer services of its region for help (a job coach,
 * a question about an instrument). Who gets which action is in grants.ts; the service checks each request
 * against the employer's own organisation and the organisation it is addressed to (README.md).
 */
export const SUPPORT_REQUEST_ACTIONS = {
  'supportRequest.create': {
    logText: { nl: 'Hulp gevraagd aan de werkgeversdienstverlening', en: 'Asked employer services for help' },
    description: {
      nl: 'Laat toe om als werkgever hulp te vragen: een jobcoach, een vraag over een regeling of iets anders.',
      en: 'Allows an employer to ask for help: a job coach, a question about an instrument or something else.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'supportRequest.read': {
    logText: { nl: 'Een hulpvraag van een werkgever bekeken', en: "Viewed an employer's support request" },
    description: {
      nl: 'Laat toe om hulpvragen van werkgevers te zien met hun geschiedenis: de eigen vragen (werkgever) of de vragen aan de eigen organisatie (werkgeversadviseur).',
      en: "Allows seeing employers' support requests with their history: one's own (employer) or those addressed to one's organisation (employer adviser).",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'supportRequest.handle': {
    logText: { nl: 'Een hulpvraag van een werkgever behandeld', en: "Handled an employer's support request" },
    description: {
      nl: 'Laat toe om een hulpvraag aan de eigen organisatie op te pakken, te beantwoorden en af te sluiten.',
      en: 'Allows taking, answering and closing a support request addressed to one’s own organisation.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'supportRequest.read',
  },
} as const satisfies Record<string, ActionDefinition>;
