import type { ActionDefinition } from '../../platform/access/types.js';

/**
 * Employer services. Who gets which action is in grants.ts; the region rule (advisers and job coaches see
 * the employers of their own region) and the account-holder rule for changes are applied by the services
 * on top of it (README.md, ADR 0017).
 */
export const EMPLOYER_ACTIONS = {
  'employer.read': {
    logText: { nl: 'Een werkgever bekeken', en: 'Viewed an employer' },
    description: {
      nl: 'Laat toe om werkgevers te zien: KvK-nummer, sector, vestigingen, inclusieve feiten en de geschiedenis.',
      en: 'Allows seeing employers: KvK number, sector, locations, inclusive-employer facts and the history.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'employer.create': {
    logText: { nl: 'Een werkgever vastgelegd', en: 'Recorded an employer' },
    description: {
      nl: 'Laat toe om een nieuwe werkgever vast te leggen; de eigen organisatie wordt accounthouder.',
      en: 'Allows recording a new employer; the own organisation becomes account holder.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'employer.manage': {
    logText: { nl: 'Een werkgever gewijzigd', en: 'Changed an employer' },
    description: {
      nl: 'Laat toe om de gegevens en vestigingen van een werkgever te wijzigen.',
      en: "Allows changing an employer's details and locations.",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'employer.read',
  },
  'employer.administer': {
    logText: {
      nl: 'Accounthouder of portaal van een werkgever gewijzigd',
      en: "Changed an employer's account holder or portal",
    },
    description: {
      nl: 'Laat toe om de accounthouder van een werkgever te wijzigen en de organisatie van de werkgever (portaal) te koppelen.',
      en: "Allows changing an employer's account holder and linking the employer's own organisation (portal).",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'employer.read',
  },
  'employerContact.read': {
    logText: { nl: 'Contactpersonen van een werkgever bekeken', en: "Viewed an employer's contact persons" },
    description: {
      nl: 'Laat toe om de contactpersonen van een werkgever te zien: naam, functie, telefoon en e-mail.',
      en: "Allows seeing an employer's contact persons: name, role, phone and e-mail.",
    },
    personalData: true,
    tokenAllowed: false,
  },
  'employerContact.manage': {
    logText: {
      nl: 'Een contactpersoon van een werkgever vastgelegd of gewijzigd',
      en: "Recorded or changed an employer's contact person",
    },
    description: {
      nl: 'Laat toe om contactpersonen van een werkgever toe te voegen, te wijzigen en te verwijderen.',
      en: "Allows adding, changing and removing an employer's contact persons.",
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'employerContact.read',
  },
  'employerLog.read': {
    logText: { nl: 'Werkgeverscontacten bekeken', en: 'Viewed employer contacts' },
    description: {
      nl: 'Laat toe om het logboek van contacten met een werkgever te zien: wie, wanneer, waarom en wat eruit kwam.',
      en: 'Allows seeing the log of contacts with an employer: who, when, why and the outcome.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'employerLog.create': {
    logText: { nl: 'Een werkgeverscontact vastgelegd', en: 'Recorded an employer contact' },
    description: {
      nl: 'Laat toe om een eigen contact met een werkgever vast te leggen (IPS: systematische jobontwikkeling).',
      en: 'Allows recording one’s own contact with an employer (IPS: systematic job development).',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'employerLog.update': {
    logText: { nl: 'Een werkgeverscontact gewijzigd', en: 'Changed an employer contact' },
    description: {
      nl: 'Laat toe om een eigen vastgelegd werkgeverscontact te verbeteren.',
      en: 'Allows correcting an employer contact one recorded oneself.',
    },
    personalData: true,
    tokenAllowed: false,
    readAction: 'employerLog.read',
  },
  'employerLog.weekOwn': {
    logText: { nl: 'Eigen werkgeverscontacten van de week bekeken', en: "Viewed one's employer contacts of the week" },
    description: {
      nl: 'Laat toe om de eigen werkgeverscontacten van een week te zien, naast de IPS-norm van zes.',
      en: "Allows seeing one's own employer contacts of a week against the IPS norm of six.",
    },
    personalData: false,
    tokenAllowed: false,
  },
  'employerLog.weekTeam': {
    logText: { nl: 'Werkgeverscontacten van het team bekeken', en: "Viewed the team's employer contacts" },
    description: {
      nl: 'Laat toe om per collega van de eigen organisatie de werkgeverscontacten van een week te zien.',
      en: 'Allows seeing the employer contacts of a week per colleague of the own organisation.',
    },
    personalData: true,
    tokenAllowed: false,
  },
  'vacancy.read': {
    logText: { nl: 'Vacatures bekeken', en: 'Viewed vacancies' },
    description: {
      nl: 'Laat toe om vacatures te zien met hun taken, eisen, uren en plaats.',
      en: 'Allows seeing vacancies with their tasks, demands, hours and place.',
    },
    personalData: false,
    tokenAllowed: false,
  },
  'vacancy.manage': {
    logText: { nl: 'Een vacature vastgelegd of gewijzigd', en: 'Recorded or changed a vacancy' },
    description: {
      nl: 'Laat toe om vacatures van een werkgever te plaatsen, te wijzigen en te vervullen of in te trekken.',
      en: "Allows posting, changing, filling and withdrawing an employer's vacancies.",
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'vacancy.read',
  },
  'employerJob.read': {
    logText: { nl: 'Functies en taken van een werkgever bekeken', en: "Viewed an employer's jobs and tasks" },
    description: {
      nl: 'Laat toe om bestaande functies van een werkgever met hun taken te zien, en de functies die daaruit zijn gesneden (jobcarving).',
      en: "Allows seeing an employer's existing jobs with their tasks, and the jobs carved from them (job carving).",
    },
    personalData: false,
    tokenAllowed: false,
  },
  'employerJob.manage': {
    logText: { nl: 'Functies en taken van een werkgever gewijzigd', en: "Changed an employer's jobs and tasks" },
    description: {
      nl: 'Laat toe om functies in taken te verdelen, taken als afsplitsbaar te markeren en een nieuwe functie uit taken samen te stellen.',
      en: 'Allows splitting jobs into tasks, marking tasks carvable and assembling a new job from tasks.',
    },
    personalData: false,
    tokenAllowed: false,
    readAction: 'employerJob.read',
  },
} as const satisfies Record<string, ActionDefinition>;
