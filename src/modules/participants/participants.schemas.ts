import { Type, type Static } from 'typebox';
import { DateTime, Email, PageQuery, Page, Uuid } from '../../shared/schemas.js';
import { MunicipalityCode, RegionCode } from '../regions/regions.schemas.js';
import { ApproachCode, DateOnly, PhaseSchema, TrajectoryList } from '../trajectories/trajectories.schemas.js';
import { ContactList } from '../contacts/contacts.schemas.js';
import { JobOverview } from '../jobs/jobs.schemas.js';
import { ConsentList } from '../consents/consents.schemas.js';
import { Plan } from '../plans/plans.schemas.js';
import { WishesOverview } from '../wishes/wishes.schemas.js';
import { CapacityProfile } from '../capacity/capacity.schemas.js';

export const TARGET_GROUPS = [
  'workDisability',
  'psychologicalVulnerability',
  'statusHolder',
  'benefitRecipient',
  'nugger',
  'careerSwitcher',
  'praktijkVsoPupil',
] as const;
export const TargetGroup = Type.Enum(TARGET_GROUPS, {
  description:
    'Doelgroep: workDisability (arbeidsbeperking), psychologicalVulnerability (psychisch kwetsbaar), statusHolder (statushouder), benefitRecipient (uitkeringsgerechtigde), nugger (niet-uitkeringsgerechtigde), careerSwitcher (zij-instromer), praktijkVsoPupil (leerling pro/vso).',
});
export const BENEFIT_SITUATIONS = [
  'participatiewet',
  'ww',
  'wiaWga',
  'wiaIva',
  'wajong',
  'ziektewet',
  'other',
  'none',
] as const;
export const BenefitSituation = Type.Enum(BENEFIT_SITUATIONS, {
  description: 'Uitkering: participatiewet, ww, wiaWga, wiaIva, wajong, ziektewet, other (andere), none (geen).',
});

export const GivenName = Type.String({ minLength: 1, maxLength: 100, description: 'Voornaam (roepnaam).' });
export const FamilyName = Type.String({
  minLength: 1,
  maxLength: 150,
  description: 'Achternaam, met tussenvoegsel (de Vries).',
});
export const Phone = Type.String({
  pattern: '^\\+?[0-9 ()-]{6,30}$',
  maxLength: 30,
  description: 'Telefoonnummer, bijvoorbeeld 06 12345678.',
});
export const Bsn = Type.String({
  minLength: 8,
  maxLength: 12,
  description: 'Burgerservicenummer: 9 cijfers die de elfproef doorstaan (spaties en punten mogen).',
});

export const CurrentTrajectory = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    approachCode: ApproachCode,
    approachName: Type.String(),
    phase: PhaseSchema,
    referralDate: DateOnly,
    phaseSince: DateOnly,
  },
  { additionalProperties: false },
);

/** What the actor may do with this participant's record (for screens; the server checks every call anyway). */
export const PARTICIPANT_PERMISSIONS = {
  update: 'participant.update',
  invite: 'participant.invite',
  readTrajectories: 'trajectory.read',
  createTrajectory: 'trajectory.create',
  readWishes: 'wishes.read',
  updateWishes: 'wishes.update',
  readJobs: 'job.read',
  manageJobs: 'job.manage',
  readContacts: 'contact.read',
  manageContacts: 'contact.manage',
  readPlan: 'plan.read',
  managePlan: 'plan.manage',
  participateInPlan: 'plan.participate',
  readCapacity: 'capacity.read',
  assessCapacity: 'capacity.assess',
  readConsents: 'consent.read',
  manageConsents: 'consent.manage',
} as const;
export const ParticipantPermissions = Type.Object(
  Object.fromEntries(Object.keys(PARTICIPANT_PERMISSIONS).map((k) => [k, Type.Boolean()])) as Record<
    keyof typeof PARTICIPANT_PERMISSIONS,
    ReturnType<typeof Type.Boolean>
  >,
  {
    additionalProperties: false,
    description:
      'Wat u met deze deelnemer mag doen (op het niveau van de deelnemer; voor een traject, contact of doel van een andere organisatie kan het strenger zijn).',
  },
);

export const Participant = Type.Object(
  {
    id: Uuid,
    givenName: GivenName,
    familyName: FamilyName,
    dateOfBirth: DateOnly,
    email: Type.Union([Email, Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    municipalityCode: MunicipalityCode,
    municipalityName: Type.String(),
    regionCode: RegionCode,
    regionName: Type.String(),
    targetGroups: Type.Array(TargetGroup),
    benefitSituation: BenefitSituation,
    doelgroepregister: Type.Boolean({ description: 'Staat in het doelgroepregister (banenafspraak).' }),
    hasBsn: Type.Boolean({ description: 'Er is een BSN vastgelegd.' }),
    bsn: Type.Optional(Type.String({ description: 'Alleen voor wie het BSN mag zien.' })),
    hasAccount: Type.Boolean({ description: 'De deelnemer heeft een eigen account in Meedoen.' }),
    organisationId: Uuid,
    organisationName: Type.String(),
    createdAt: DateTime,
    updatedAt: DateTime,
    permissions: ParticipantPermissions,
  },
  { $id: 'Participant', additionalProperties: false },
);
export type Participant = Static<typeof Participant>;

/**
 * The parts of a participant that `GET /participants/{id}?expand=…` embeds, each with the body of its own endpoint.
 * HAL embedding as Dutch government APIs use it (e.g. the DSO API): the part names in `expand`, comma-separated;
 * the parts in `_embedded`, under the same names (participants.expand.service.ts).
 */
export const PARTICIPANT_EXPANSIONS = [
  'trajectories',
  'contacts',
  'jobs',
  'consents',
  'plan',
  'wishes',
  'capacity',
] as const;
export type ParticipantExpansion = (typeof PARTICIPANT_EXPANSIONS)[number];

const EXPANSION = `(${PARTICIPANT_EXPANSIONS.join('|')})`;
export const ParticipantQuery = Type.Object(
  {
    expand: Type.Optional(
      Type.String({
        pattern: `^${EXPANSION}(,${EXPANSION})*$`,
        maxLength: 200,
        description:
          'Onderdelen die meekomen in `_embedded`, gescheiden door komma’s: trajectories, contacts, jobs, consents, plan, wishes, capacity (elk vaker noemen mag).',
        examples: ['trajectories,contacts,jobs,consents,plan,wishes,capacity'],
      }),
    ),
  },
  { additionalProperties: false },
);
export type ParticipantQuery = Static<typeof ParticipantQuery>;

export const ParticipantEmbedded = Type.Object(
  {
    trajectories: Type.Optional(TrajectoryList),
    contacts: Type.Optional(ContactList),
    jobs: Type.Optional(JobOverview),
    consents: Type.Optional(ConsentList),
    plan: Type.Optional(Plan),
    wishes: Type.Optional(WishesOverview),
    capacity: Type.Optional(CapacityProfile),
  },
  {
    additionalProperties: false,
    description:
      'De gevraagde onderdelen, elk precies zoals het eigen endpoint ze geeft (GET /participants/{id}/trajectories, /contacts, /jobs, /consents, /plan, /wishes en /capacity, zonder filters). Een onderdeel dat u niet mag zien, ontbreekt.',
  },
);
export type ParticipantEmbedded = Static<typeof ParticipantEmbedded>;

export const ParticipantExpanded = Type.Object(
  {
    ...Participant.properties,
    _embedded: Type.Optional(ParticipantEmbedded),
  },
  {
    $id: 'ParticipantExpanded',
    additionalProperties: false,
    description: 'Een deelnemer; met `expand` ook de gevraagde onderdelen in `_embedded`.',
  },
);
export type ParticipantExpanded = Static<typeof ParticipantExpanded>;

export const CASELOAD_SIGNALS = ['noEmployerContact30', 'noSupportContact30'] as const;
export const CaseloadSignal = Type.Enum(CASELOAD_SIGNALS, {
  description:
    'noEmployerContact30: zoekt werk, 30 dagen geen contact met een werkgever; noSupportContact30: aan het werk, 30 dagen geen contact voor steun.',
});

export const CaseloadItem = Type.Object(
  {
    id: Uuid,
    givenName: GivenName,
    familyName: FamilyName,
    dateOfBirth: DateOnly,
    municipalityName: Type.String(),
    trajectory: Type.Union([CurrentTrajectory, Type.Null()], {
      description: 'Het lopende (of laatste) traject dat u mag zien.',
    }),
    assignedToMe: Type.Boolean(),
    signals: Type.Array(CaseloadSignal, { description: 'Signalen (geen blokkade): waar aandacht nodig is.' }),
  },
  { $id: 'CaseloadItem', additionalProperties: false },
);
export type CaseloadItem = Static<typeof CaseloadItem>;
export const CaseloadPage = Page(CaseloadItem);

export const CASELOAD_SORTS = ['name', '-name', 'referralDate', '-referralDate', 'phaseSince', '-phaseSince'] as const;
export const CaseloadQuery = Type.Object(
  {
    phase: Type.Optional(PhaseSchema),
    approachCode: Type.Optional(ApproachCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Zoek op naam.' })),
    mine: Type.Optional(Type.Boolean({ description: 'Alleen deelnemers aan wie ik ben toegewezen.' })),
    signal: Type.Optional(CaseloadSignal),
    includeClosed: Type.Optional(Type.Boolean({ default: false, description: 'Ook afgesloten trajecten.' })),
    sort: Type.Optional(
      Type.Enum(CASELOAD_SORTS, { default: 'name', description: 'Sortering; een minteken keert de volgorde om.' }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CaseloadQuery = Static<typeof CaseloadQuery>;

const identityFields = {
  givenName: GivenName,
  familyName: FamilyName,
  dateOfBirth: DateOnly,
  email: Type.Optional(Type.Union([Email, Type.Null()])),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  municipalityCode: MunicipalityCode,
  targetGroups: Type.Optional(Type.Array(TargetGroup, { maxItems: TARGET_GROUPS.length, uniqueItems: true })),
  benefitSituation: Type.Optional(BenefitSituation),
  doelgroepregister: Type.Optional(Type.Boolean()),
  bsn: Type.Optional(Type.Union([Bsn, Type.Null()])),
};

export const ParticipantCreateBody = Type.Object(
  {
    ...identityFields,
    organisationId: Type.Optional(Uuid),
    approachCode: ApproachCode,
    referralDate: DateOnly,
  },
  { additionalProperties: false },
);
export type ParticipantCreateBody = Static<typeof ParticipantCreateBody>;

export const ParticipantPatchBody = Type.Object(
  {
    givenName: Type.Optional(GivenName),
    familyName: Type.Optional(FamilyName),
    dateOfBirth: Type.Optional(DateOnly),
    email: identityFields.email,
    phone: identityFields.phone,
    municipalityCode: Type.Optional(MunicipalityCode),
    targetGroups: identityFields.targetGroups,
    benefitSituation: identityFields.benefitSituation,
    doelgroepregister: identityFields.doelgroepregister,
    bsn: identityFields.bsn,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ParticipantPatchBody = Static<typeof ParticipantPatchBody>;

export const CaseloadSummary = Type.Object(
  {
    active: Type.Integer({ description: 'Lopende trajecten waaraan ik ben toegewezen.' }),
    byPhase: Type.Record(Type.String(), Type.Integer()),
    ipsActive: Type.Integer({ description: 'Daarvan in een IPS-traject.' }),
    ipsNorm: Type.Integer({ description: 'IPS-norm: hoogstens zoveel deelnemers per trajectbegeleider.' }),
    aboveIpsNorm: Type.Boolean(),
    noEmployerContact30: Type.Integer(),
    noSupportContact30: Type.Integer(),
  },
  { $id: 'CaseloadSummary', additionalProperties: false },
);
export type CaseloadSummary = Static<typeof CaseloadSummary>;

export const ParticipantInvitationBody = Type.Object(
  { email: Type.Optional(Email) },
  { additionalProperties: false, description: 'Zonder e-mailadres gaat de uitnodiging naar het bekende adres.' },
);
