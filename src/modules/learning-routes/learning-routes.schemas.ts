import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';
import { SECTORS } from './learning-routes.indicators.js';
import { STEP_KINDS, STOP_REASONS } from './learning-routes.rules.js';

export const TARGET_GROUPS = [
  'workDisability',
  'psychologicalVulnerability',
  'statusHolder',
  'benefitRecipient',
  'nugger',
  'careerSwitcher',
  'praktijkVsoPupil',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TargetGroupSchema = Type.Enum(TARGET_GROUPS, {
  description:
    'Doelgroep: workDisability (arbeidsbeperking), psychologicalVulnerability (psychische kwetsbaarheid), statusHolder (statushouder), benefitRecipient (uitkeringsgerechtigde), nugger (niet-uitkeringsgerechtigde), careerSwitcher (zij-instromer), praktijkVsoPupil (leerling pro/vso).',
});
export const SectorSchema = Type.Enum(SECTORS, {
  description:
    'Sector: careWelfare (zorg en welzijn), technology (techniek), logistics (logistiek), hospitality (horeca), retail (detailhandel), greenSpace (groen), other.',
});
export const LEVELS = ['entree', 'mbo1', 'mbo2', 'mbo3', 'mbo4'] as const;
export const LevelSchema = Type.Enum(LEVELS, { description: 'Niveau: entree (mbo 1), mbo1, mbo2, mbo3, mbo4.' });
export const FORMS = ['bbl', 'wep', 'brugbaan', 'voortraject'] as const;
export const FormSchema = Type.Enum(FORMS, {
  description:
    'Vorm: bbl (leren en werken met een contract), wep (werkervaringsplaats, onbetaald, beperkte duur), brugbaan (betaalde baan voor een pro/vso-leerling), voortraject (voorbereiding op een BBL).',
});
export const PARTNER_KINDS = ['employer', 'school', 'gemeente', 'uwv', 'other'] as const;
export const StepKindSchema = Type.Enum(STEP_KINDS, {
  description:
    'Soort stap: orientation (oriëntatie), preparation (voorbereiding), workExperience (werkervaringsplaats), bblContract (BBL-contract), qualification (certificaat of diploma), job (baan), other.',
});
export const StopReasonSchema = Type.Enum(STOP_REASONS, {
  description:
    'Reden van stoppen: health (gezondheid), personalCircumstances (persoonlijke omstandigheden), motivation (motivatie), notSuitable (past niet), otherWork (ander werk), movedAway (verhuisd), other.',
});
export const OUTCOME_KINDS = [
  'praktijkverklaring',
  'mboCertificate',
  'entreeDiploma',
  'mbo2Diploma',
  'jobStart',
] as const;
export const QUALIFICATION_KINDS = ['praktijkverklaring', 'mboCertificate', 'entreeDiploma', 'mbo2Diploma'] as const;
export const OutcomeKindSchema = Type.Enum(OUTCOME_KINDS, {
  description:
    'Resultaat: praktijkverklaring, mboCertificate (mbo-certificaat), entreeDiploma, mbo2Diploma, jobStart (baan gestart; met de baan).',
});
export const MEASURES = ['enrolled', 'stepReached', 'completed', 'qualification', 'inflow', 'retained6'] as const;
export const MeasureSchema = Type.Enum(MEASURES, {
  description:
    'Wat telt: enrolled (ingeschreven), stepReached (stap bereikt, met stepKind), completed (route afgerond), qualification (certificaat of diploma), inflow (baan in de sector), retained6 (na 6 maanden nog in de sector).',
});
const Name = Type.String({ minLength: 1, maxLength: 200 });
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: max })]));
const CreboCode = Type.String({ pattern: '^[0-9]{5}$', description: 'Crebo-code van de opleiding (5 cijfers).' });

export const Partner = Type.Object(
  {
    kind: Type.Enum(PARTNER_KINDS, { description: 'Soort partner: employer, school, gemeente, uwv, other.' }),
    name: Name,
    organisationId: Type.Union([Type.Null(), Uuid]),
  },
  { additionalProperties: false },
);
export const PartnerInput = Type.Object(
  {
    kind: Type.Enum(PARTNER_KINDS),
    name: Name,
    organisationId: Type.Optional(Type.Union([Type.Null(), Uuid])),
  },
  { additionalProperties: false },
);

export const Step = Type.Object(
  {
    id: Uuid,
    position: Type.Integer({ minimum: 1 }),
    kind: StepKindSchema,
    name: Type.String(),
    expectedWeeks: Type.Integer(),
    maxWeeks: Type.Union([Type.Null(), Type.Integer()]),
  },
  { additionalProperties: false },
);
export const StepInput = Type.Object(
  {
    id: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description: 'Bij wijzigen: de id van een bestaande stap (die houdt haar geschiedenis). Leeg: een nieuwe stap.',
      }),
    ),
    kind: StepKindSchema,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    expectedWeeks: Type.Integer({ minimum: 1, maximum: 260, description: 'Verwachte duur in weken.' }),
    maxWeeks: Type.Optional(
      Type.Union([Type.Null(), Type.Integer({ minimum: 1, maximum: 260 })], {
        description: 'Hoogstens zoveel weken (alleen bij een werkervaringsplaats).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Cohort = Type.Object(
  {
    id: Uuid,
    routeId: Uuid,
    name: Type.String(),
    startDate: DateOnly,
    places: Type.Integer(),
    members: Type.Integer({ description: 'Ingeschreven (niet gestopt).' }),
    coaches: Type.Array(Type.Object({ userId: Uuid, name: Type.String() }, { additionalProperties: false })),
    employers: Type.Array(
      Type.Object(
        { name: Type.String(), organisationId: Type.Union([Type.Null(), Uuid]) },
        { additionalProperties: false },
      ),
    ),
    belowPlannedSize: Type.Union([
      Type.Null(),
      Type.Object({ openPlaces: Type.Integer(), signalFrom: DateOnly }, { additionalProperties: false }),
    ]),
  },
  { $id: 'LearningCohort', additionalProperties: false },
);
export type Cohort = Static<typeof Cohort>;

export const Target = Type.Object(
  {
    id: Uuid,
    routeId: Uuid,
    description: Type.String(),
    measure: MeasureSchema,
    stepKind: Type.Union([Type.Null(), StepKindSchema]),
    targetCount: Type.Integer(),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    programmeId: Type.Union([Type.Null(), Uuid], {
      description: 'Het monitoringprogramma waar dit doel voor meetelt, of null.',
    }),
    programmeName: Type.Union([Type.Null(), Type.String()]),
  },
  { $id: 'LearningRouteTarget', additionalProperties: false },
);
export type Target = Static<typeof Target>;

export const Route = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    description: Type.Union([Type.Null(), Type.String()]),
    sector: SectorSchema,
    level: LevelSchema,
    form: FormSchema,
    targetGroups: Type.Array(TargetGroupSchema),
    active: Type.Boolean(),
    partners: Type.Array(Partner),
    steps: Type.Array(Step),
    cohorts: Type.Array(Cohort),
    targets: Type.Array(Target),
    stepsInUse: Type.Array(Uuid, {
      description:
        'Stappen waar deelnemers in zitten of zaten: die blijven staan, houden hun soort en hun volgorde onderling.',
    }),
    permissions: Type.Object(
      { manage: Type.Boolean(), readProgress: Type.Boolean() },
      { additionalProperties: false, description: 'Wat de gebruiker met deze route mag (niet geaudit).' },
    ),
  },
  { $id: 'LearningRoute', additionalProperties: false },
);
export type Route = Static<typeof Route>;
export const RouteList = Type.Object({ items: Type.Array(Route) }, { additionalProperties: false });

export const RouteCreateBody = Type.Object(
  {
    name: Name,
    description: OptionalText(4000),
    sector: SectorSchema,
    level: LevelSchema,
    form: FormSchema,
    targetGroups: Type.Array(TargetGroupSchema, { minItems: 1, uniqueItems: true }),
    partners: Type.Optional(Type.Array(PartnerInput, { maxItems: 30 })),
    steps: Type.Array(StepInput, { minItems: 1, maxItems: 12 }),
  },
  { additionalProperties: false },
);
export type RouteCreateBody = Static<typeof RouteCreateBody>;

export const RoutePatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: OptionalText(4000),
    sector: Type.Optional(SectorSchema),
    level: Type.Optional(LevelSchema),
    form: Type.Optional(FormSchema),
    targetGroups: Type.Optional(Type.Array(TargetGroupSchema, { minItems: 1, uniqueItems: true })),
    partners: Type.Optional(Type.Array(PartnerInput, { maxItems: 30 })),
    active: Type.Optional(Type.Boolean()),
    steps: Type.Optional(
      Type.Array(StepInput, {
        minItems: 1,
        maxItems: 12,
        description:
          'De stappen in hun nieuwe volgorde. Met id: een bestaande stap; zonder: een nieuwe. Een stap waar deelnemers in zitten of zaten kan niet weg, houdt haar soort en blijft in dezelfde volgorde ten opzichte van de andere stappen in gebruik.',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type RoutePatchBody = Static<typeof RoutePatchBody>;

export const CohortCreateBody = Type.Object(
  {
    name: Name,
    startDate: DateOnly,
    places: Type.Integer({ minimum: 1, maximum: 500 }),
    coachIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true })),
    employers: Type.Optional(
      Type.Array(
        Type.Object(
          { name: Name, organisationId: Type.Optional(Type.Union([Type.Null(), Uuid])) },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type CohortCreateBody = Static<typeof CohortCreateBody>;

export const TargetCreateBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 300 }),
    measure: MeasureSchema,
    stepKind: Type.Optional(Type.Union([Type.Null(), StepKindSchema])),
    targetCount: Type.Integer({ minimum: 1, maximum: 100000 }),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    programmeId: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description:
          'Telt mee voor dit monitoringprogramma: de voortgang staat dan ook bij de doelen van het programma.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TargetCreateBody = Static<typeof TargetCreateBody>;

const Count = Type.Integer({ minimum: 0 });

/** A published count: shown, or hidden by small-cell suppression. */
export const PublishedCell = Type.Object(
  {
    value: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })], {
      description: 'Het aantal; null als het verborgen is.',
    }),
    display: Type.String({
      description:
        "Wat er staat: het getal, '< 10' (klein aantal) of 'x' (verborgen zodat een klein aantal niet is terug te rekenen).",
    }),
    status: Type.Enum(['shown', 'primary', 'secondary'] as const),
  },
  { additionalProperties: false },
);
const Percentage = Type.Union([Type.Null(), Type.Integer({ minimum: 0 })], {
  description: 'Percentage (afgerond); null als een van beide aantallen verborgen is of het geheel 0 is.',
});
export const PublishedFlowRow = Type.Object(
  {
    key: Type.String(),
    label: Type.String(),
    participants: PublishedCell,
    inflow: PublishedCell,
    known6: PublishedCell,
    retained6: PublishedCell,
    known12: PublishedCell,
    retained12: PublishedCell,
    inflowPercentage: Percentage,
    retained6Percentage: Percentage,
    retained12Percentage: Percentage,
  },
  { additionalProperties: false },
);
export const Flow = Type.Object(
  {
    routeId: Uuid,
    routeName: Type.String(),
    asOf: DateOnly,
    threshold: Type.Integer({ description: 'Aantallen onder deze grens worden niet getoond.' }),
    total: PublishedFlowRow,
    byCohort: Type.Array(PublishedFlowRow),
    byTargetGroup: Type.Array(PublishedFlowRow),
    definition: Type.String({ description: 'De definities van instroom en behoud in woorden.' }),
    suppression: Type.String({ description: 'Waarom sommige aantallen niet worden getoond, in woorden.' }),
  },
  { $id: 'LearningRouteFlow', additionalProperties: false },
);
export type Flow = Static<typeof Flow>;

export const Progress = Type.Object(
  {
    routeId: Uuid,
    asOf: DateOnly,
    board: Type.Array(
      Type.Object(
        {
          cohortId: Type.Union([Type.Null(), Uuid]),
          cohortName: Type.Union([Type.Null(), Type.String()]),
          columns: Type.Array(
            Type.Object(
              {
                stepId: Type.Union([Type.Null(), Uuid]),
                label: Type.String(),
                kind: Type.Enum(['step', 'completed', 'stopped'] as const),
                count: Count,
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    targets: Type.Array(
      Type.Object(
        {
          target: Target,
          achieved: Count,
          percentage: Type.Integer({ minimum: 0, description: 'Bereikt als percentage van het doel (afgerond).' }),
        },
        { additionalProperties: false },
      ),
    ),
    signals: Type.Object(
      {
        wepOverdue: Count,
        noRecentNote: Count,
        cohortsBelowPlannedSize: Type.Array(
          Type.Object(
            { cohortId: Uuid, name: Type.String(), startDate: DateOnly, openPlaces: Type.Integer() },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'LearningRouteProgress', additionalProperties: false },
);
export type Progress = Static<typeof Progress>;

export const StepEvent = Type.Object(
  {
    id: Uuid,
    kind: Type.Enum(['step', 'stop', 'complete'] as const),
    stepId: Type.Union([Type.Null(), Uuid]),
    stepName: Type.Union([Type.Null(), Type.String()]),
    occurredOn: DateOnly,
    stopReason: Type.Union([Type.Null(), StopReasonSchema]),
    note: Type.Union([Type.Null(), Type.String()]),
    recordedByName: Type.Union([Type.Null(), Type.String()]),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);
export const ProgressNote = Type.Object(
  {
    id: Uuid,
    notedOn: DateOnly,
    attendance: Type.Union([Type.Null(), Type.Enum(['present', 'absent', 'excused'] as const)]),
    text: Type.String(),
    recordedByName: Type.Union([Type.Null(), Type.String()]),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);
export const Outcome = Type.Object(
  {
    id: Uuid,
    kind: OutcomeKindSchema,
    achievedOn: DateOnly,
    jobEpisodeId: Type.Union([Type.Null(), Uuid]),
    note: Type.Union([Type.Null(), Type.String()]),
    recordedByName: Type.Union([Type.Null(), Type.String()]),
    recordedAt: DateTime,
  },
  { additionalProperties: false },
);
const Signal = Type.Union([
  Type.Null(),
  Type.Object({ lastDay: DateOnly, daysOver: Type.Integer() }, { additionalProperties: false }),
]);

export const Enrolment = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    participantName: Type.String(),
    trajectoryId: Uuid,
    organisationId: Uuid,
    route: Type.Object(
      {
        id: Uuid,
        name: Type.String(),
        sector: SectorSchema,
        level: LevelSchema,
        form: FormSchema,
        steps: Type.Array(Step),
      },
      { additionalProperties: false },
    ),
    cohort: Type.Union([
      Type.Null(),
      Type.Object({ id: Uuid, name: Type.String(), startDate: DateOnly }, { additionalProperties: false }),
    ]),
    enrolledOn: DateOnly,
    targetGroups: Type.Array(TargetGroupSchema),
    employerOrganisationId: Type.Union([Type.Null(), Uuid]),
    employerName: Type.Union([Type.Null(), Type.String()]),
    workplace: Type.Union([Type.Null(), Type.String()]),
    schoolName: Type.Union([Type.Null(), Type.String()]),
    programmeName: Type.Union([Type.Null(), Type.String()]),
    creboCode: Type.Union([Type.Null(), CreboCode]),
    status: Type.Enum(['active', 'completed', 'stopped'] as const),
    currentStepId: Type.Union([Type.Null(), Uuid]),
    currentStepSince: NullableDate,
    expectedStepEnd: NullableDate,
    nextStepId: Type.Union([Type.Null(), Uuid]),
    events: Type.Array(StepEvent),
    notes: Type.Array(ProgressNote),
    outcomes: Type.Array(Outcome),
    signals: Type.Object(
      {
        wepOverdue: Signal,
        noRecentNote: Type.Union([
          Type.Null(),
          Type.Object({ since: DateOnly, days: Type.Integer() }, { additionalProperties: false }),
        ]),
      },
      { additionalProperties: false },
    ),
    inflow: Type.Object(
      {
        inflowDate: NullableDate,
        retained6: Type.Union([Type.Null(), Type.Boolean()]),
        retained12: Type.Union([Type.Null(), Type.Boolean()]),
      },
      { additionalProperties: false },
    ),
    permissions: Type.Object({ manage: Type.Boolean() }, { additionalProperties: false }),
  },
  { $id: 'LearningEnrolment', additionalProperties: false },
);
export type Enrolment = Static<typeof Enrolment>;
export const EnrolmentList = Type.Object({ items: Type.Array(Enrolment) }, { additionalProperties: false });

export const EnrolmentCreateBody = Type.Object(
  {
    routeId: Uuid,
    cohortId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    trajectoryId: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description:
          'Het traject met de aanpak Leerroute. Leeg: het open leerroute-traject in de eigen organisatie, of een nieuw.',
      }),
    ),
    enrolledOn: DateOnly,
    employerOrganisationId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    employerName: OptionalText(200),
    workplace: OptionalText(200),
    schoolName: OptionalText(200),
    programmeName: OptionalText(200),
    creboCode: Type.Optional(Type.Union([Type.Null(), CreboCode])),
  },
  { additionalProperties: false },
);
export type EnrolmentCreateBody = Static<typeof EnrolmentCreateBody>;

export const EnrolmentPatchBody = Type.Object(
  {
    cohortId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    employerOrganisationId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    employerName: OptionalText(200),
    workplace: OptionalText(200),
    schoolName: OptionalText(200),
    programmeName: OptionalText(200),
    creboCode: Type.Optional(Type.Union([Type.Null(), CreboCode])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EnrolmentPatchBody = Static<typeof EnrolmentPatchBody>;

export const StepChangeBody = Type.Object(
  {
    kind: Type.Enum(['step', 'stop', 'complete'] as const, {
      description:
        'step (naar een volgende stap), stop (gestopt, met reden), complete (route afgerond na de laatste stap).',
    }),
    stepId: Type.Optional(Uuid),
    stopReason: Type.Optional(StopReasonSchema),
    occurredOn: DateOnly,
    note: OptionalText(2000),
  },
  { additionalProperties: false },
);
export type StepChangeBody = Static<typeof StepChangeBody>;

export const NoteBody = Type.Object(
  {
    notedOn: DateOnly,
    attendance: Type.Optional(Type.Union([Type.Null(), Type.Enum(['present', 'absent', 'excused'] as const)])),
    text: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBody>;

export const OutcomeBody = Type.Object(
  {
    kind: OutcomeKindSchema,
    achievedOn: DateOnly,
    jobEpisodeId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    note: OptionalText(2000),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

export const WorkplaceLearner = Type.Object(
  {
    enrolmentId: Uuid,
    name: Type.Union([Type.Null(), Type.String()], {
      description: 'Naam; null als de deelnemer geen toestemming gaf voor persoonsgegevens.',
    }),
    routeName: Type.String(),
    cohortName: Type.Union([Type.Null(), Type.String()]),
    workplace: Type.Union([Type.Null(), Type.String()]),
    status: Type.Enum(['active', 'completed', 'stopped'] as const),
    stepName: Type.Union([Type.Null(), Type.String()]),
    stepKind: Type.Union([Type.Null(), StepKindSchema]),
    stepSince: NullableDate,
    wepLastDay: NullableDate,
  },
  { additionalProperties: false },
);
export const WorkplaceLearnerList = Type.Object(
  { items: Type.Array(WorkplaceLearner) },
  { $id: 'WorkplaceLearnerList', additionalProperties: false },
);
export type WorkplaceLearner = Static<typeof WorkplaceLearner>;

export const RouteParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const RouteListQuery = Type.Object(
  {
    active: Type.Optional(Type.Boolean({ description: 'Alleen actieve (true) of niet-actieve (false) routes.' })),
  },
  { additionalProperties: false },
);
export const ProgressQuery = Type.Object({ asOf: Type.Optional(DateOnly) }, { additionalProperties: false });
export const ExportQuery = Type.Object(
  {
    format: Type.Enum(['csv', 'xlsx'] as const, {
      description: "csv (UTF-8 met BOM, ';' tussen de velden, voor Nederlandse Excel) of xlsx.",
    }),
    asOf: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export const CohortParams = Type.Object({ id: Uuid, cohortId: Uuid }, { additionalProperties: false });
