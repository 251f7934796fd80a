/** TypeBox schemas of employer services: employers, contacts, the contacts log, vacancies and job carving. */
import { Type, type Static, type TSchema } from 'typebox';
import { DateTime, Page, PageQuery, Uuid } from '../../shared/schemas.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';
import { DAYS } from '../wishes/wishes.schemas.js';
import { ContractType, WageFormSchema } from '../jobs/jobs.schemas.js';
import { ACCOMMODATION_CODES, LANGUAGE_LEVELS } from '../matching/index.js';

// Null comes first in nullable numbers: with type coercion on, ajv would otherwise turn null into 0.
const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const Text = (max: number, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, ...(description ? { description } : {}) });

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export const SizeClass = Type.Enum(SIZE_CLASSES, {
  description: 'Grootte: micro (minder dan 10 werknemers), small (10–49), medium (50–249), large (250 of meer).',
});
export const Accommodation = Type.Enum(ACCOMMODATION_CODES, {
  description: 'Aanpassing op de werkplek die de werkgever biedt (zie de matching-module).',
});
const Accommodations = Type.Array(Accommodation, { uniqueItems: true, maxItems: 20 });
const KvkNumber = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'KvK-nummer: 8 cijfers (spaties en punten mogen). Alleen de vorm wordt gecontroleerd.',
});
const SbiCode = Type.String({ pattern: '^[0-9]{2,5}$', description: 'SBI-code (2 tot 5 cijfers).' });
const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-gemeentecode, bv. GM0344.' });
const OccupationCode = Type.String({ pattern: '^[0-9]{4}$', description: 'Beroepscode (ISCO-08, 4 cijfers).' });
const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 60, description: 'Uren per week.' });
const Day = Type.Enum(DAYS, { description: 'Dag: mon … sun.' });
const LanguageLevel = Type.Enum(LANGUAGE_LEVELS, { description: 'Taalniveau Nederlands (ERK): A1 … C2.' });

// Locations ------------------------------------------------------------------------------------------

export const LocationBody = Type.Object(
  {
    name: Type.Optional(Nullable(Text(200, 'Naam van de vestiging, bv. "Hoofdkantoor".'))),
    street: Type.Optional(Nullable(Text(200))),
    houseNumber: Type.Optional(Nullable(Text(20))),
    postcode: Type.Optional(
      Nullable(Type.String({ minLength: 1, maxLength: 10, description: 'Postcode, bv. 3511 AB.' })),
    ),
    city: Type.Optional(Nullable(Text(100))),
    municipalityCode: MunicipalityCode,
    isMain: Type.Optional(Type.Boolean({ description: 'De hoofdvestiging.' })),
  },
  { additionalProperties: false },
);
export type LocationBody = Static<typeof LocationBody>;
export const LocationPatchBody = Type.Partial(LocationBody, { additionalProperties: false, minProperties: 1 });
export type LocationPatchBody = Static<typeof LocationPatchBody>;

export const Location = Type.Object(
  {
    id: Uuid,
    name: Nullable(Type.String()),
    street: Nullable(Type.String()),
    houseNumber: Nullable(Type.String()),
    postcode: Nullable(Type.String()),
    city: Nullable(Type.String()),
    municipalityCode: Type.String(),
    municipalityName: Type.String(),
    regionCode: Type.String({ description: 'Arbeidsmarktregio van de gemeente.' }),
    isMain: Type.Boolean(),
  },
  { $id: 'EmployerLocation', additionalProperties: false },
);
export type Location = Static<typeof Location>;

// Employers ------------------------------------------------------------------------------------------

const employerFields = {
  name: Text(200),
  kvkNumber: Type.Optional(Nullable(KvkNumber)),
  sbiCode: Type.Optional(Nullable(SbiCode)),
  sizeClass: Type.Optional(Nullable(SizeClass)),
  website: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300, format: 'uri' }))),
  description: Type.Optional(Nullable(Text(4000))),
  banenafspraakJobs: Type.Optional(
    Nullable(
      Type.Integer({
        minimum: 0,
        maximum: 100000,
        description: 'Aantal banen in de banenafspraak bij deze werkgever.',
      }),
    ),
  ),
  accommodations: Type.Optional(Accommodations),
};

export const EmployerCreateBody = Type.Object(
  {
    ...employerFields,
    locations: Type.Optional(Type.Array(LocationBody, { maxItems: 20 })),
    accountHolderUserId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'De werkgeversadviseur (accounthouder); standaard uzelf.' })),
    ),
  },
  { additionalProperties: false },
);
export type EmployerCreateBody = Static<typeof EmployerCreateBody>;

export const EmployerPatchBody = Type.Object(
  {
    name: Type.Optional(employerFields.name),
    kvkNumber: employerFields.kvkNumber,
    sbiCode: employerFields.sbiCode,
    sizeClass: employerFields.sizeClass,
    website: employerFields.website,
    description: employerFields.description,
    banenafspraakJobs: employerFields.banenafspraakJobs,
    accommodations: employerFields.accommodations,
    accountHolderOrganisationId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Andere accounthouder (organisatie in dezelfde regio). Alleen voor de accounthouder.',
      }),
    ),
    accountHolderUserId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'De werkgeversadviseur van de accounthouder.' })),
    ),
    organisationId: Type.Optional(
      Nullable(
        Type.String({
          format: 'uuid',
          description: 'De eigen organisatie van de werkgever (soort employer), voor het werkgeversportaal.',
        }),
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EmployerPatchBody = Static<typeof EmployerPatchBody>;

export const EmployerPermissions = Type.Object(
  {
    manage: Type.Boolean(),
    administer: Type.Boolean(),
    manageContacts: Type.Boolean(),
    manageVacancies: Type.Boolean(),
    manageJobs: Type.Boolean(),
    logContact: Type.Boolean(),
  },
  { additionalProperties: false, description: 'Wat u bij deze werkgever mag doen.' },
);

export const Employer = Type.Object(
  {
    id: Uuid,
    regionCode: Type.String(),
    regionName: Type.String(),
    name: Type.String(),
    kvkNumber: Nullable(Type.String()),
    sbiCode: Nullable(Type.String()),
    sector: Nullable(
      Type.Object(
        { section: Type.String(), name: Type.String() },
        { additionalProperties: false, description: 'Sectie van de SBI-code (SBI 2008).' },
      ),
    ),
    sizeClass: Nullable(SizeClass),
    website: Nullable(Type.String()),
    description: Nullable(Type.String()),
    inclusive: Type.Object(
      {
        banenafspraakJobs: Nullable(Type.Integer()),
        accommodations: Type.Array(Accommodation),
        placements: Type.Object(
          {
            total: Type.Integer({ description: 'Berekend: banen van deelnemers bij deze werkgever.' }),
            current: Type.Integer({ description: 'Berekend: daarvan nu lopend.' }),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    accountHolder: Type.Object(
      {
        organisationId: Uuid,
        organisationName: Type.String(),
        adviserUserId: Nullable(Uuid),
        adviserName: Nullable(Type.String()),
      },
      { additionalProperties: false },
    ),
    organisationId: Nullable(Uuid),
    locations: Type.Array(Location),
    openVacancies: Type.Integer(),
    createdAt: DateTime,
    updatedAt: DateTime,
    permissions: EmployerPermissions,
  },
  { $id: 'Employer', additionalProperties: false },
);
export type Employer = Static<typeof Employer>;

export const EmployerSummary = Type.Object(
  {
    id: Uuid,
    regionCode: Type.String(),
    name: Type.String(),
    kvkNumber: Nullable(Type.String()),
    sbiCode: Nullable(Type.String()),
    sizeClass: Nullable(SizeClass),
    municipalityNames: Type.Array(Type.String()),
    accountHolderOrganisationName: Type.String(),
    adviserName: Nullable(Type.String()),
    openVacancies: Type.Integer(),
    lastContactOn: Nullable(DateOnly),
  },
  { $id: 'EmployerSummary', additionalProperties: false },
);
export type EmployerSummary = Static<typeof EmployerSummary>;
export const EmployerList = Page(EmployerSummary);
export type EmployerList = Static<typeof EmployerList>;

export const EmployerListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Zoek op naam of KvK-nummer.' })),
    municipalityCode: Type.Optional(MunicipalityCode),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type EmployerListQuery = Static<typeof EmployerListQuery>;

export const EmployerEvent = Type.Object(
  {
    id: Uuid,
    occurredAt: DateTime,
    kind: Type.String(),
    userName: Nullable(Type.String()),
    organisationName: Nullable(Type.String()),
    subjectId: Nullable(Uuid),
    fields: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export const EmployerHistory = Type.Object({ items: Type.Array(EmployerEvent) }, { additionalProperties: false });
export type EmployerHistory = Static<typeof EmployerHistory>;

// Contact persons ------------------------------------------------------------------------------------

export const ContactBody = Type.Object(
  {
    name: Text(200),
    role: Type.Optional(Nullable(Text(200, 'Functie, bv. "HR-adviseur".'))),
    phone: Type.Optional(
      Nullable(
        Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{6,19}$', description: 'Telefoonnummer, bv. 030 123 45 67.' }),
      ),
    ),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    isPrimary: Type.Optional(Type.Boolean({ description: 'Het eerste aanspreekpunt.' })),
  },
  { additionalProperties: false },
);
export type ContactBody = Static<typeof ContactBody>;
export const ContactPatchBody = Type.Partial(ContactBody, { additionalProperties: false, minProperties: 1 });
export type ContactPatchBody = Static<typeof ContactPatchBody>;
export const Contact = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    role: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    isPrimary: Type.Boolean(),
  },
  { $id: 'EmployerContact', additionalProperties: false },
);
export type Contact = Static<typeof Contact>;
export const ContactList = Type.Object({ items: Type.Array(Contact) }, { additionalProperties: false });

// Employer contacts log (IPS job development) --------------------------------------------------------

export const LOG_KINDS = ['visit', 'phone', 'video', 'email', 'event', 'other'] as const;
export const LOG_PURPOSES = ['learnBusiness', 'discussCandidate', 'followUp', 'jobSupport', 'other'] as const;
const LogKind = Type.Enum(LOG_KINDS, {
  description: 'Soort contact: visit (bezoek), phone, video, email, event (bijeenkomst), other.',
});
const LogPurpose = Type.Enum(LOG_PURPOSES, {
  description:
    'Doel: learnBusiness (het bedrijf leren kennen), discussCandidate (een kandidaat bespreken), followUp (vervolg), jobSupport (begeleiding na plaatsing), other.',
});

export const LogBody = Type.Object(
  {
    contactDate: DateOnly,
    kind: LogKind,
    purpose: LogPurpose,
    contactId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'De contactpersoon bij de werkgever.' })),
    ),
    outcome: Type.Optional(Nullable(Text(2000, 'Wat kwam eruit.'))),
    nextStep: Type.Optional(Nullable(Text(500, 'Volgende stap.'))),
    nextStepOn: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false },
);
export type LogBody = Static<typeof LogBody>;
export const LogPatchBody = Type.Partial(LogBody, { additionalProperties: false, minProperties: 1 });
export type LogPatchBody = Static<typeof LogPatchBody>;

export const LogEntry = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    employerName: Type.String(),
    organisationId: Uuid,
    organisationName: Type.String(),
    professionalUserId: Uuid,
    professionalName: Type.String(),
    contactDate: DateOnly,
    kind: LogKind,
    purpose: LogPurpose,
    faceToFace: Type.Boolean({ description: 'Telt mee voor de IPS-norm (bezoek of bijeenkomst).' }),
    contactId: Nullable(Uuid),
    contactName: Nullable(Type.String()),
    outcome: Nullable(Type.String()),
    nextStep: Nullable(Type.String()),
    nextStepOn: Nullable(DateOnly),
    recordedAt: DateTime,
  },
  { $id: 'EmployerLogEntry', additionalProperties: false },
);
export type LogEntry = Static<typeof LogEntry>;
export const LogList = Type.Object({ items: Type.Array(LogEntry) }, { additionalProperties: false });
export type LogList = Static<typeof LogList>;
export const LogParams = Type.Object({ id: Uuid, entryId: Uuid }, { additionalProperties: false });

const signalFields = {
  week: Type.String({ description: 'ISO-week, bv. 2026-W49.' }),
  from: DateOnly,
  to: DateOnly,
  norm: Type.Integer({ description: 'IPS-norm: zes werkgeverscontacten per week.' }),
  faceToFace: Type.Integer({ description: 'Bezoeken en bijeenkomsten: wat de norm telt.' }),
  total: Type.Integer({ description: 'Alle contacten, ook telefoon en e-mail.' }),
  expectedSoFar: Type.Integer({ description: 'Verwacht tot nu toe bij een gelijk tempo over de werkdagen.' }),
  status: Type.Enum(['met', 'onTrack', 'behind'] as const, {
    description: 'met (norm gehaald), onTrack (op schema), behind (achter).',
  }),
};
export const WeekQuery = Type.Object(
  {
    week: Type.Optional(
      Type.String({ pattern: '^[0-9]{4}-W[0-9]{2}$', description: 'ISO-week; standaard deze week.' }),
    ),
  },
  { additionalProperties: false },
);
export type WeekQuery = Static<typeof WeekQuery>;
export const OwnWeek = Type.Object(
  { ...signalFields, items: Type.Array(LogEntry) },
  { $id: 'EmployerContactsWeek', additionalProperties: false },
);
export type OwnWeek = Static<typeof OwnWeek>;
export const TeamWeek = Type.Object(
  {
    week: signalFields.week,
    from: DateOnly,
    to: DateOnly,
    norm: signalFields.norm,
    members: Type.Array(
      Type.Object(
        {
          userId: Uuid,
          name: Type.String(),
          faceToFace: signalFields.faceToFace,
          total: signalFields.total,
          expectedSoFar: signalFields.expectedSoFar,
          status: signalFields.status,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'EmployerContactsTeamWeek', additionalProperties: false },
);
export type TeamWeek = Static<typeof TeamWeek>;

// Tasks, vacancies, jobs and carving -----------------------------------------------------------------

export const Demand = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 10, description: 'FML-onderdeel, bv. IV.13 (tillen).' }),
    levels: Type.Array(Type.Integer({ minimum: 0, maximum: 20 }), {
      minItems: 1,
      maxItems: 12,
      description:
        'Ordinaal onderdeel: één niveau, de zwaarste beperking die de taak nog toelaat (0 = de norm). Andere onderdelen: de codes waar de taak niet mee samengaat.',
    }),
  },
  { additionalProperties: false },
);
export const TaskBody = Type.Object(
  {
    id: Type.Optional(
      Type.String({ format: 'uuid', description: 'Een bestaande taak (bij wijzigen); zonder id een nieuwe taak.' }),
    ),
    name: Text(200),
    sharePercent: Type.Number({ exclusiveMinimum: 0, maximum: 100, description: 'Deel van de tijd in procent.' }),
    carvable: Type.Optional(
      Type.Boolean({ description: 'De werkgever vindt goed dat deze taak eruit kan (jobcarving).' }),
    ),
    demands: Type.Array(Demand, { maxItems: 64 }),
  },
  { additionalProperties: false },
);
export type TaskBody = Static<typeof TaskBody>;
const Tasks = Type.Array(TaskBody, { minItems: 1, maxItems: 30 });

export const Task = Type.Object(
  {
    id: Uuid,
    position: Type.Integer(),
    name: Type.String(),
    sharePercent: Type.Number(),
    hoursPerWeek: Type.Number({ description: 'Berekend: uren van de functie × het deel van de tijd.' }),
    carvable: Type.Boolean(),
    demands: Type.Array(Demand),
  },
  { $id: 'WorkTask', additionalProperties: false },
);
export type Task = Static<typeof Task>;

export const Requirements = Type.Object(
  {
    diploma: Type.Optional(Nullable(Text(200, 'Gevraagde opleiding, bv. "mbo 2 Helpende Zorg en Welzijn".'))),
    certificates: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
        uniqueItems: true,
        maxItems: 20,
        description: 'Verplichte certificaten, bv. vca, bhv, hygiënecode.',
      }),
    ),
    drivingLicence: Type.Optional(
      Nullable(Type.String({ pattern: '^[A-Z]{1,2}[0-9]?E?$', description: 'Rijbewijs, bv. B.' })),
    ),
    languageLevel: Type.Optional(Nullable(LanguageLevel)),
  },
  { additionalProperties: false },
);
export type Requirements = Static<typeof Requirements>;

const vacancyFields = {
  locationId: Type.Optional(
    Nullable(Type.String({ format: 'uuid', description: 'Vestiging van de werkgever waar het werk is.' })),
  ),
  occupationCode: Type.Optional(Nullable(OccupationCode)),
  description: Type.Optional(Nullable(Text(4000))),
  hoursPerDay: Type.Optional(
    Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 24, description: 'Langste werkdag in uren.' })),
  ),
  days: Type.Optional(Type.Array(Day, { uniqueItems: true, maxItems: 7 })),
  evenings: Type.Optional(Type.Boolean({ description: 'Werk in de avond (18–22 uur).' })),
  nights: Type.Optional(Type.Boolean({ description: 'Werk in de nacht (22–6 uur).' })),
  contractType: ContractType,
  wageForm: WageFormSchema,
  startDate: Type.Optional(NullableDate),
  requirements: Type.Optional(Requirements),
  accommodations: Type.Optional(Accommodations),
  forBanenafspraak: Type.Optional(Type.Boolean({ description: 'Telt als baan in de banenafspraak.' })),
};

export const VacancyCreateBody = Type.Object(
  {
    title: Text(200),
    ...vacancyFields,
    hoursMin: Hours,
    hoursMax: Hours,
    tasks: Tasks,
    openedOn: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export type VacancyCreateBody = Static<typeof VacancyCreateBody>;
export const VacancyPatchBody = Type.Partial(
  Type.Object({ title: Text(200), ...vacancyFields, hoursMin: Hours, hoursMax: Hours, tasks: Tasks }),
  { additionalProperties: false, minProperties: 1 },
);
export type VacancyPatchBody = Static<typeof VacancyPatchBody>;
export const VACANCY_STATUSES = ['open', 'filled', 'withdrawn'] as const;
const VacancyStatus = Type.Enum(VACANCY_STATUSES, { description: 'open, filled (vervuld), withdrawn (ingetrokken).' });
export const StatusBody = Type.Object(
  { status: VacancyStatus, date: Type.Optional(DateOnly) },
  { additionalProperties: false },
);
export type StatusBody = Static<typeof StatusBody>;

export const Vacancy = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    employerName: Type.String(),
    regionCode: Type.String(),
    title: Type.String(),
    occupationCode: Nullable(Type.String()),
    description: Nullable(Type.String()),
    location: Nullable(Location),
    hoursMin: Type.Number(),
    hoursMax: Type.Number(),
    hoursPerDay: Nullable(Type.Number()),
    days: Type.Array(Day),
    evenings: Type.Boolean(),
    nights: Type.Boolean(),
    contractType: ContractType,
    wageForm: WageFormSchema,
    startDate: NullableDate,
    requirements: Type.Object(
      {
        diploma: Nullable(Type.String()),
        certificates: Type.Array(Type.String()),
        drivingLicence: Nullable(Type.String()),
        languageLevel: Nullable(LanguageLevel),
      },
      { additionalProperties: false },
    ),
    accommodations: Type.Array(Accommodation),
    forBanenafspraak: Type.Boolean(),
    status: VacancyStatus,
    openedOn: DateOnly,
    filledOn: Nullable(DateOnly),
    withdrawnOn: Nullable(DateOnly),
    carvedJobId: Nullable(Uuid),
    tasks: Type.Array(Task),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { $id: 'Vacancy', additionalProperties: false },
);
export type Vacancy = Static<typeof Vacancy>;
export const VacancySummary = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    employerName: Type.String(),
    title: Type.String(),
    occupationCode: Nullable(Type.String()),
    municipalityName: Nullable(Type.String()),
    hoursMin: Type.Number(),
    hoursMax: Type.Number(),
    contractType: ContractType,
    wageForm: WageFormSchema,
    status: VacancyStatus,
    openedOn: DateOnly,
    taskCount: Type.Integer(),
  },
  { $id: 'VacancySummary', additionalProperties: false },
);
export type VacancySummary = Static<typeof VacancySummary>;
export const VacancyList = Page(VacancySummary);
export type VacancyList = Static<typeof VacancyList>;
export const VacancyListQuery = Type.Object(
  {
    status: Type.Optional(VacancyStatus),
    employerId: Type.Optional(Uuid),
    municipalityCode: Type.Optional(MunicipalityCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Zoek in titel en werkgever.' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type VacancyListQuery = Static<typeof VacancyListQuery>;
export const VacancyParams = Type.Object({ id: Uuid, vacancyId: Uuid }, { additionalProperties: false });

export const JobBody = Type.Object(
  {
    title: Text(200),
    occupationCode: Type.Optional(Nullable(OccupationCode)),
    locationId: Type.Optional(Nullable(Uuid)),
    description: Type.Optional(Nullable(Text(4000))),
    hoursPerWeek: Hours,
    tasks: Tasks,
  },
  { additionalProperties: false },
);
export type JobBody = Static<typeof JobBody>;
export const EmployerJob = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    title: Type.String(),
    occupationCode: Nullable(Type.String()),
    locationId: Nullable(Uuid),
    description: Nullable(Type.String()),
    hoursPerWeek: Type.Number(),
    tasks: Type.Array(Task),
    carvableHours: Type.Number({ description: 'Berekend: uren van de taken die eruit kunnen.' }),
    updatedAt: DateTime,
  },
  { $id: 'EmployerJob', additionalProperties: false },
);
export type EmployerJob = Static<typeof EmployerJob>;
export const EmployerJobList = Type.Object({ items: Type.Array(EmployerJob) }, { additionalProperties: false });
export const JobParams = Type.Object({ id: Uuid, jobId: Uuid }, { additionalProperties: false });

export const CarvedJobBody = Type.Object(
  {
    title: Text(200),
    parts: Type.Array(
      Type.Object(
        { jobId: Uuid, taskIds: Type.Array(Uuid, { minItems: 1, maxItems: 30 }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);
export type CarvedJobBody = Static<typeof CarvedJobBody>;

export const CarvedJob = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    title: Type.String(),
    hoursPerWeek: Type.Number({ description: 'De uren van de gekozen taken bij elkaar.' }),
    tasks: Type.Array(
      Type.Object(
        {
          position: Type.Integer(),
          sourceJobId: Nullable(Uuid),
          sourceJobTitle: Nullable(Type.String()),
          sourceTaskId: Nullable(Uuid),
          name: Type.String(),
          hoursPerWeek: Type.Number(),
          sharePercent: Type.Number(),
          demands: Type.Array(Demand),
        },
        { additionalProperties: false },
      ),
    ),
    combinedDemands: Type.Array(Demand, {
      description:
        'Per FML-onderdeel de zwaarste eis van de taken (de laagste toegelaten beperking, of alle codes samen).',
    }),
    remaining: Type.Array(
      Type.Object(
        {
          jobId: Uuid,
          title: Type.String(),
          hoursPerWeek: Type.Number({ description: 'Uren die in de oorspronkelijke functie overblijven.' }),
          remainingPercent: Type.Number(),
          viable: Type.Boolean({
            description: 'Er blijft genoeg werk over (minstens de helft van de uren en één taak).',
          }),
        },
        { additionalProperties: false },
      ),
      { description: 'Wat er van de oorspronkelijke functies overblijft als deze taken eruit gaan.' },
    ),
    vacancyId: Nullable(Uuid),
    createdAt: DateTime,
  },
  { $id: 'CarvedJob', additionalProperties: false },
);
export type CarvedJob = Static<typeof CarvedJob>;
export const CarvedJobList = Type.Object({ items: Type.Array(CarvedJob) }, { additionalProperties: false });
export const CarvedParams = Type.Object({ id: Uuid, carvedId: Uuid }, { additionalProperties: false });

export const CarvedToVacancyBody = Type.Object(
  { title: Type.Optional(Text(200)), ...vacancyFields, openedOn: Type.Optional(DateOnly) },
  { additionalProperties: false },
);
export type CarvedToVacancyBody = Static<typeof CarvedToVacancyBody>;
export const ContactParams = Type.Object({ id: Uuid, contactId: Uuid }, { additionalProperties: false });
export const LocationParams = Type.Object({ id: Uuid, locationId: Uuid }, { additionalProperties: false });
