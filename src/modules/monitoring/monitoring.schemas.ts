/** Request and response shapes of monitoring: registry, indicators, goal progress and fidelity reviews. */
import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';
import { TARGET_GROUPS, TargetGroupSchema } from '../learning-routes/learning-routes.schemas.js';

export { TARGET_GROUPS };

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Text = (max: number) => Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: max })]));
const RegionCode = Type.String({ pattern: '^AM[0-9]{2}$', description: 'Code van de arbeidsmarktregio (AMnn).' });
const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'Gemeentecode (GMnnnn).' });
const ApproachCode = Type.String({ pattern: '^[a-z][a-zA-Z0-9]{1,39}$', description: 'Code van de aanpak.' });

// ---------------------------------------------------------------------------------------------------------
// Published counts

export const Cell = Type.Object(
  {
    value: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })], {
      description: 'Het aantal; null als het is afgeschermd.',
    }),
    display: Type.String({
      description:
        'Wat te tonen: het getal, "< 10" (klein aantal) of "x" (afgeschermd om een klein aantal te beschermen).',
    }),
    suppressed: Type.Boolean(),
    status: Type.Enum(['shown', 'primary', 'secondary'] as const, {
      description:
        'shown (getoond), primary (kleiner dan de drempel), secondary (afgeschermd zodat een klein aantal niet uit de totalen volgt).',
    }),
  },
  { additionalProperties: false },
);
export type Cell = Static<typeof Cell>;

export const SUSTAINABLE_FIELDS = Type.Object(
  {
    minHoursPerWeek: Type.Number({ minimum: 1, maximum: 40, multipleOf: 0.5 }),
    maxGapDays: Type.Integer({ minimum: 0, maximum: 92 }),
    competitiveOnly: Type.Boolean(),
  },
  { additionalProperties: false, description: 'Definitie van duurzame plaatsing (zie docs/domain/indicators.md).' },
);
export const Suppression = Type.Object(
  {
    threshold: Type.Integer({ minimum: 10, maximum: 100, description: 'Aantallen hieronder worden "< drempel".' }),
    showZeros: Type.Boolean({ description: 'Een echte 0 tonen.' }),
  },
  { additionalProperties: false },
);

// ---------------------------------------------------------------------------------------------------------
// Registry

export const PROGRAMME_STATUSES = ['preparing', 'running', 'followUp', 'ended'] as const;
export const BUILDING_BLOCKS = [
  'resilience',
  'workplaces',
  'sustainableJobs',
  'stakeholderCooperation',
  'monitoringEvaluation',
] as const;
export type BuildingBlock = (typeof BUILDING_BLOCKS)[number];
export const BuildingBlockSchema = Type.Enum(BUILDING_BLOCKS, {
  description:
    'Bouwsteen (seed 000): resilience (sociale weerbaarheid en zelfvertrouwen), workplaces (werkplekken organiseren), sustainableJobs (duurzame banen), stakeholderCooperation (samenwerking met overheid en andere partijen), monitoringEvaluation (monitoren en evalueren).',
});
export const PARTY_KINDS = ['organisation', 'company', 'network'] as const;

export const PartyInput = Type.Object(
  {
    kind: Type.Enum(PARTY_KINDS, {
      description: 'organisation (op het platform), company (onderneming), network (netwerk).',
    }),
    organisationId: Type.Optional(Type.Union([Type.Null(), Uuid])),
    name: Type.Optional(Name),
    perspective: Type.String({ minLength: 1, maxLength: 500, description: 'Het perspectief dat de partij inbrengt.' }),
  },
  { additionalProperties: false },
);
export const Party = Type.Object(
  {
    kind: Type.Enum(PARTY_KINDS),
    organisationId: Type.Union([Type.Null(), Uuid]),
    name: Type.String(),
    perspective: Type.String(),
  },
  { additionalProperties: false },
);

export const InitiativeCreateBody = Type.Object(
  {
    name: Name,
    description: Text(4000),
    status: Type.Enum(PROGRAMME_STATUSES, {
      description: 'preparing (in voorbereiding), running (loopt), followUp (vervolg), ended (afgelopen).',
    }),
    startsOn: DateOnly,
    endsOn: Type.Optional(NullableDate),
    buildingBlocks: Type.Array(BuildingBlockSchema, { maxItems: 5, uniqueItems: true }),
    parties: Type.Array(PartyInput, { minItems: 1, maxItems: 30 }),
    approachCodes: Type.Optional(Type.Array(ApproachCode, { maxItems: 10, uniqueItems: true })),
    followUpOf: Type.Optional(Type.Union([Type.Null(), Uuid])),
  },
  { additionalProperties: false },
);
export type InitiativeCreateBody = Static<typeof InitiativeCreateBody>;
export const InitiativePatchBody = Type.Partial(InitiativeCreateBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type InitiativePatchBody = Static<typeof InitiativePatchBody>;

export const InitiativeDocument = Type.Object(
  {
    id: Uuid,
    fileName: Type.String(),
    contentType: Type.String(),
    sizeBytes: Type.Integer({ minimum: 1 }),
    uploadedAt: Type.String({ format: 'date-time' }),
    href: Type.String({ description: 'Waar het bestand te downloaden is.' }),
  },
  { additionalProperties: false },
);
export type InitiativeDocument = Static<typeof InitiativeDocument>;
export const DocumentParams = Type.Object({ id: Uuid, documentId: Uuid }, { additionalProperties: false });
export const DocumentUploadQuery = Type.Object(
  { fileName: Type.String({ minLength: 1, maxLength: 200, description: 'De naam van het bestand, met extensie.' }) },
  { additionalProperties: false },
);
export const Initiative = Type.Object(
  {
    id: Uuid,
    programmeId: Uuid,
    name: Type.String(),
    description: Type.Union([Type.Null(), Type.String()]),
    status: Type.Enum(PROGRAMME_STATUSES),
    startsOn: DateOnly,
    endsOn: NullableDate,
    buildingBlocks: Type.Array(BuildingBlockSchema),
    parties: Type.Array(Party),
    approachCodes: Type.Array(Type.String()),
    followUpOf: Type.Union([Type.Null(), Uuid]),
    documents: Type.Array(InitiativeDocument, {
      description: 'Projectplan, afspraken, tussenrapportages: pdf, Word, Excel, PowerPoint of OpenDocument.',
    }),
  },
  { additionalProperties: false },
);
export type Initiative = Static<typeof Initiative>;

export const METRICS = [
  'reach',
  'jobStarts',
  'sustainable6',
  'sustainable12',
  'ipsEmploymentRate',
  'nationalApproaches',
] as const;
export type Metric = (typeof METRICS)[number];
export const GOAL_SCOPES = ['programme', 'region', 'approach'] as const;
export const GoalCreateBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 300 }),
    metric: Type.Enum(METRICS, {
      description:
        'Wat telt: reach (bereik), jobStarts (baanstarts), sustainable6 / sustainable12 (duurzaam geplaatst na 6 / 12 maanden), ipsEmploymentRate (IPS: % aan het werk per kwartaal), nationalApproaches (aantal landelijke aanpakken met een minimaal bereik).',
    }),
    scope: Type.Enum(GOAL_SCOPES, {
      description: 'programme (het hele programma), region (per arbeidsmarktregio), approach (per aanpak).',
    }),
    regionCode: Type.Optional(Type.Union([Type.Null(), RegionCode])),
    approachCode: Type.Optional(Type.Union([Type.Null(), ApproachCode])),
    targetGroup: Type.Optional(Type.Union([Type.Null(), TargetGroupSchema])),
    population: Type.Optional(
      Type.Enum(['programme', 'everyone'] as const, {
        description:
          'programme (alleen trajecten van de initiatieven van het programma), everyone (alle trajecten in de regio of aanpak).',
      }),
    ),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    baseline: Type.Optional(Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 10_000_000 })])),
    baselineNote: Text(500),
    target: Type.Number({ exclusiveMinimum: 0, maximum: 10_000_000 }),
    approachMinReach: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 10, maximum: 1_000_000 })])),
  },
  { additionalProperties: false },
);
export type GoalCreateBody = Static<typeof GoalCreateBody>;
export const GoalPatchBody = Type.Partial(GoalCreateBody, { additionalProperties: false, minProperties: 1 });
export type GoalPatchBody = Static<typeof GoalPatchBody>;

export const Goal = Type.Object(
  {
    id: Uuid,
    programmeId: Uuid,
    description: Type.String(),
    metric: Type.Enum(METRICS),
    scope: Type.Enum(GOAL_SCOPES),
    regionCode: Type.Union([Type.Null(), Type.String()]),
    approachCode: Type.Union([Type.Null(), Type.String()]),
    targetGroup: Type.Union([Type.Null(), Type.String()]),
    population: Type.Enum(['programme', 'everyone'] as const),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    baseline: Type.Union([Type.Null(), Type.Number()]),
    baselineNote: Type.Union([Type.Null(), Type.String()]),
    target: Type.Number(),
    approachMinReach: Type.Union([Type.Null(), Type.Integer()]),
  },
  { additionalProperties: false },
);
export type Goal = Static<typeof Goal>;

export const ProgrammeCreateBody = Type.Object(
  {
    name: Name,
    description: Text(4000),
    ambition: Text(4000),
    startsOn: DateOnly,
    endsOn: Type.Optional(NullableDate),
    sustainableDefinition: Type.Optional(SUSTAINABLE_FIELDS),
    suppression: Type.Optional(Suppression),
  },
  { additionalProperties: false },
);
export type ProgrammeCreateBody = Static<typeof ProgrammeCreateBody>;
export const ProgrammePatchBody = Type.Partial(ProgrammeCreateBody, { additionalProperties: false, minProperties: 1 });
export type ProgrammePatchBody = Static<typeof ProgrammePatchBody>;

export const ProgrammeSummary = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    startsOn: DateOnly,
    endsOn: NullableDate,
    initiatives: Type.Integer({ minimum: 0 }),
    goals: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export const ProgrammeList = Type.Object({ items: Type.Array(ProgrammeSummary) }, { additionalProperties: false });

export const Programme = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    description: Type.Union([Type.Null(), Type.String()]),
    ambition: Type.Union([Type.Null(), Type.String()]),
    startsOn: DateOnly,
    endsOn: NullableDate,
    sustainableDefinition: SUSTAINABLE_FIELDS,
    suppression: Suppression,
    initiatives: Type.Array(Initiative),
    goals: Type.Array(Goal),
    permissions: Type.Object(
      { manage: Type.Boolean(), readIndicators: Type.Boolean() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Programme = Static<typeof Programme>;

export const ApproachCodeParams = Type.Object({ code: ApproachCode }, { additionalProperties: false });
export const ApproachPatchBody = Type.Object(
  { descriptionNl: Text(4000), descriptionEn: Text(4000) },
  { additionalProperties: false, minProperties: 1 },
);
export const ApproachDetail = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    description: Type.Union([Type.Null(), Type.String()]),
    active: Type.Boolean(),
    scope: Type.Enum(['notRunning', 'regional', 'national'] as const, {
      description:
        'Berekend uit de regio’s waar de aanpak in de periode deelnemers bereikte: national vanaf 3 arbeidsmarktregio’s.',
    }),
    regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String() }, { additionalProperties: false })),
    knowledgeItems: Type.Array(
      Type.Object(
        { id: Uuid, slug: Type.String(), title: Type.String(), evidenceLevel: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export const ApproachPeriodQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    programmeId: Type.Optional(Type.String({ format: 'uuid', description: 'Alleen de trajecten van dit programma.' })),
  },
  { additionalProperties: false },
);
export const ApproachDetailList = Type.Object(
  { from: DateOnly, to: DateOnly, nationalMinRegions: Type.Integer(), items: Type.Array(ApproachDetail) },
  { additionalProperties: false },
);
export type ApproachDetailList = Static<typeof ApproachDetailList>;

// ---------------------------------------------------------------------------------------------------------
// Indicators

export const DIMENSIONS = [
  'none',
  'approach',
  'organisation',
  'region',
  'municipality',
  'targetGroup',
  'initiative',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
const FilterFields = {
  programmeId: Type.Optional(Uuid),
  initiativeId: Type.Optional(Uuid),
  approachCode: Type.Optional(ApproachCode),
  organisationId: Type.Optional(Uuid),
  regionCode: Type.Optional(RegionCode),
  municipalityCode: Type.Optional(MunicipalityCode),
  targetGroup: Type.Optional(TargetGroupSchema),
};
export const IndicatorQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    by: Type.Optional(
      Type.Enum(DIMENSIONS, {
        description:
          'Uitsplitsing: none, approach, organisation, region, municipality, targetGroup, initiative (met programmeId).',
      }),
    ),
    ...FilterFields,
  },
  { additionalProperties: false },
);
export type IndicatorQuery = Static<typeof IndicatorQuery>;

export const MEASURES = ['reach', 'jobStarts', 'sustainable6', 'sustainable12', 'hoursWorked'] as const;
export type Measure = (typeof MEASURES)[number];
const MeasureCells = Type.Object(
  { reach: Cell, jobStarts: Cell, sustainable6: Cell, sustainable12: Cell, hoursWorked: Cell },
  { additionalProperties: false },
);
export const IndicatorTable = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    asOf: DateOnly,
    by: Type.Enum(DIMENSIONS),
    regionCode: Type.Union([Type.Null(), Type.String()], {
      description: 'De regio waartoe de cijfers zijn beperkt (programmamanager: de eigen regio).',
    }),
    threshold: Type.Integer(),
    showZeros: Type.Boolean(),
    sustainableDefinition: SUSTAINABLE_FIELDS,
    columns: Type.Array(
      Type.Object(
        { key: Type.Enum(MEASURES), label: Type.String(), definition: Type.String() },
        { additionalProperties: false },
      ),
    ),
    rows: Type.Array(
      Type.Object({ key: Type.String(), label: Type.String(), cells: MeasureCells }, { additionalProperties: false }),
    ),
    total: MeasureCells,
    computedAt: Type.String({
      format: 'date-time',
      description:
        'Wanneer de aantallen uit de gegevens zijn berekend; ze worden hoogstens MONITORING_CACHE_SECONDS bewaard.',
    }),
  },
  { additionalProperties: false },
);
export type IndicatorTable = Static<typeof IndicatorTable>;

export const IndicatorSeriesQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    interval: Type.Optional(
      Type.Enum(['month', 'quarter'] as const, {
        description:
          'Per maand of per kwartaal; standaard per maand, en per kwartaal bij een periode van meer dan twee jaar.',
      }),
    ),
    ...FilterFields,
  },
  { additionalProperties: false },
);
export type IndicatorSeriesQuery = Static<typeof IndicatorSeriesQuery>;
export const IndicatorSeries = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    asOf: DateOnly,
    interval: Type.Enum(['month', 'quarter'] as const),
    regionCode: Type.Union([Type.Null(), Type.String()]),
    threshold: Type.Integer(),
    columns: Type.Array(
      Type.Object(
        { key: Type.Enum(MEASURES), label: Type.String(), definition: Type.String() },
        { additionalProperties: false },
      ),
    ),
    points: Type.Array(
      Type.Object(
        {
          key: Type.String({ description: 'De maand (2026-03) of het kwartaal (2026-Q1).' }),
          from: DateOnly,
          to: DateOnly,
          cells: MeasureCells,
        },
        { additionalProperties: false },
      ),
    ),
    total: MeasureCells,
    computedAt: Type.String({
      format: 'date-time',
      description:
        'Wanneer de aantallen uit de gegevens zijn berekend; ze worden hoogstens MONITORING_CACHE_SECONDS bewaard.',
    }),
  },
  { additionalProperties: false },
);
export type IndicatorSeries = Static<typeof IndicatorSeries>;

export const IpsRateQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })), ...FilterFields },
  { additionalProperties: false },
);
export type IpsRateQuery = Static<typeof IpsRateQuery>;
export const IpsRateTable = Type.Object(
  {
    year: Type.Integer(),
    regionCode: Type.Union([Type.Null(), Type.String()]),
    threshold: Type.Integer(),
    definition: Type.String(),
    benchmarks: Type.Object(
      { minimal: Type.Number(), average: Type.Number(), excellent: Type.Number() },
      {
        additionalProperties: false,
        description: 'IPS-normen (% aan het werk per kwartaal): 31 minimaal, 41 gemiddeld, 50 uitstekend.',
      },
    ),
    quarters: Type.Array(
      Type.Object(
        {
          quarter: Type.Integer({ minimum: 1, maximum: 4 }),
          from: DateOnly,
          to: DateOnly,
          partial: Type.Boolean({ description: 'Het kwartaal loopt nog: cijfers tot en met vandaag.' }),
          caseload: Cell,
          worked: Cell,
          rate: Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 100 })], {
            description: 'Percentage aan het werk (1 decimaal); null als een aantal is afgeschermd.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type IpsRateTable = Static<typeof IpsRateTable>;

export const GoalProgressQuery = Type.Object({ asOf: Type.Optional(DateOnly) }, { additionalProperties: false });
export const GoalProgressRow = Type.Object(
  {
    key: Type.String(),
    label: Type.String(),
    count: Cell,
    rate: Type.Union([Type.Null(), Type.Number()], {
      description: 'Bij ipsEmploymentRate: het percentage van het laatste kwartaal.',
    }),
    target: Type.Number(),
    projection: Type.Union([
      Type.Null(),
      Type.Object(
        {
          year: Type.Integer(),
          projected: Type.Integer(),
          low: Type.Integer(),
          high: Type.Integer(),
          outlook: Type.Enum(['reached', 'likely', 'uncertain', 'unlikely'] as const),
          early: Type.Boolean({
            description: 'Begin van het jaar: de band zegt nog te weinig; toon alleen het aantal.',
          }),
        },
        { additionalProperties: false },
      ),
    ]),
    sentence: Type.String({ description: 'Bijvoorbeeld "Midden-Utrecht: 64 van 100; verwacht eind 2026: 86–116".' }),
  },
  { additionalProperties: false },
);
export const GoalProgress = Type.Object(
  {
    programmeId: Uuid,
    asOf: DateOnly,
    threshold: Type.Integer(),
    goals: Type.Array(
      Type.Object(
        {
          goal: Goal,
          periodTo: DateOnly,
          note: Type.Union([Type.Null(), Type.String()], {
            description: 'Waarom er geen verwachting is, als die ontbreekt.',
          }),
          rows: Type.Array(GoalProgressRow),
        },
        { additionalProperties: false },
      ),
    ),
    routeTargets: Type.Array(
      Type.Object(
        {
          target: Type.Object(
            {
              id: Uuid,
              routeId: Uuid,
              routeName: Type.String(),
              description: Type.String(),
              measure: Type.Enum([
                'enrolled',
                'stepReached',
                'completed',
                'qualification',
                'inflow',
                'retained6',
              ] as const),
              stepKind: Type.Union([Type.Null(), Type.String()]),
              targetCount: Type.Integer(),
              periodStart: DateOnly,
              periodEnd: DateOnly,
            },
            { additionalProperties: false },
          ),
          achieved: Cell,
          percentage: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })], {
            description: 'Bereikt als percentage van het doel (afgerond); null als het aantal is afgeschermd.',
          }),
          sentence: Type.String({ description: 'Bijvoorbeeld "Voortraject Zorg: 12 van 30".' }),
        },
        { additionalProperties: false },
      ),
      {
        description:
          'De doelen van leerroutes die voor dit programma meetellen, met hun voortgang (kleine aantallen afgeschermd).',
      },
    ),
  },
  { additionalProperties: false },
);
export type GoalProgress = Static<typeof GoalProgress>;

// ---------------------------------------------------------------------------------------------------------
// Fidelity

export const FidelityCatalogue = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          section: Type.Enum(['staffing', 'organization', 'services'] as const),
          number: Type.Integer(),
          name: Type.String(),
          verified: Type.Enum(['V', 'P', 'U'] as const, {
            description: 'Bron van de naam: V geverifieerd, P deels, U niet geverifieerd.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
    bands: Type.Array(
      Type.Object(
        { band: Type.String(), min: Type.Integer(), max: Type.Integer(), name: Type.String() },
        { additionalProperties: false },
      ),
    ),
    minScore: Type.Integer(),
    maxScore: Type.Integer(),
  },
  { additionalProperties: false },
);

export const FidelityReviewBody = Type.Object(
  {
    organisationId: Uuid,
    teamName: Type.Optional(Type.Union([Type.Null(), Type.String({ minLength: 1, maxLength: 200 })])),
    reviewedOn: DateOnly,
    reviewers: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 6 }),
    summary: Text(4000),
    scores: Type.Record(Type.String({ maxLength: 60 }), Type.Unknown(), {
      description: 'Score 1–5 per onderdeel (alle 25), bijvoorbeeld { "caseloadSize": 4, … }.',
    }),
    notes: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type FidelityReviewBody = Static<typeof FidelityReviewBody>;

export const ActionPointBody = Type.Object(
  {
    itemKey: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 60 })])),
    description: Type.String({ minLength: 1, maxLength: 1000 }),
    owner: Text(200),
    dueOn: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type ActionPointBody = Static<typeof ActionPointBody>;
export const ActionPointPatchBody = Type.Object(
  {
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    owner: Text(200),
    dueOn: Type.Optional(NullableDate),
    status: Type.Optional(Type.Enum(['open', 'done'] as const)),
    doneOn: Type.Optional(NullableDate),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ActionPointPatchBody = Static<typeof ActionPointPatchBody>;
export const ActionPoint = Type.Object(
  {
    id: Uuid,
    reviewId: Uuid,
    itemKey: Type.Union([Type.Null(), Type.String()]),
    description: Type.String(),
    owner: Type.Union([Type.Null(), Type.String()]),
    dueOn: NullableDate,
    status: Type.Enum(['open', 'done'] as const),
    doneOn: NullableDate,
  },
  { additionalProperties: false },
);

const Band = Type.Enum(['exemplary', 'good', 'fair', 'notIps'] as const);
export const FidelityReviewSummary = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    teamName: Type.Union([Type.Null(), Type.String()]),
    reviewedOn: DateOnly,
    reviewers: Type.Array(Type.String()),
    total: Type.Integer(),
    max: Type.Integer(),
    band: Band,
    bandName: Type.String(),
    sections: Type.Array(
      Type.Object(
        { section: Type.String(), total: Type.Integer(), items: Type.Integer(), mean: Type.Number() },
        { additionalProperties: false },
      ),
    ),
    totalChange: Type.Union([Type.Null(), Type.Integer()], {
      description: 'Verschil met de vorige meting van hetzelfde team.',
    }),
    openActionPoints: Type.Integer(),
  },
  { additionalProperties: false },
);
export const FidelityReviewList = Type.Object(
  { items: Type.Array(FidelityReviewSummary) },
  { additionalProperties: false },
);
export const FidelityReviewQuery = Type.Object(
  { organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const FidelityReview = Type.Object(
  {
    ...FidelityReviewSummary.properties,
    summary: Type.Union([Type.Null(), Type.String()]),
    profile: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          section: Type.String(),
          number: Type.Integer(),
          name: Type.String(),
          score: Type.Integer(),
          note: Type.Union([Type.Null(), Type.String()]),
          change: Type.Union([Type.Null(), Type.Integer()], { description: 'Verschil met de vorige meting.' }),
        },
        { additionalProperties: false },
      ),
    ),
    weakest: Type.Array(Type.String(), {
      description: 'Onderdelen met score 1 of 2, laagste eerst: startpunten voor actiepunten.',
    }),
    previousReviewId: Type.Union([Type.Null(), Uuid]),
    actionPoints: Type.Array(ActionPoint),
    recordedAt: DateTime,
    permissions: Type.Object({ manageActionPoints: Type.Boolean() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type FidelityReview = Static<typeof FidelityReview>;

// ---------------------------------------------------------------------------------------------------------
// Effect evaluation

export const EFFECT_OUTCOMES = ['jobWithin', 'timeToFirstJob', 'jobTenure'] as const;
const cohortFilter = (suffix: 'A' | 'B') => ({
  [`programmeId${suffix}`]: Type.Optional(Uuid),
  [`initiativeId${suffix}`]: Type.Optional(Uuid),
  [`approachCode${suffix}`]: Type.Optional(ApproachCode),
  [`organisationId${suffix}`]: Type.Optional(Uuid),
  [`regionCode${suffix}`]: Type.Optional(RegionCode),
  [`municipalityCode${suffix}`]: Type.Optional(MunicipalityCode),
  [`targetGroup${suffix}`]: Type.Optional(TargetGroupSchema),
});
export const EffectQuery = Type.Object(
  {
    outcome: Type.Enum(EFFECT_OUTCOMES, {
      description:
        'jobWithin: werk binnen `months` maanden na aanmelding (ja/nee); timeToFirstJob: tijd van aanmelding tot het eerste werk; jobTenure: hoe lang het eerste werk duurt.',
    }),
    months: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 36, description: 'Voor jobWithin: binnen hoeveel maanden (standaard 12).' }),
    ),
    from: DateOnly,
    to: DateOnly,
    fromB: Type.Optional(DateOnly),
    toB: Type.Optional(DateOnly),
    ...cohortFilter('A'),
    ...cohortFilter('B'),
  },
  {
    additionalProperties: false,
    description:
      'Groep A en groep B: de trajecten die in de periode zijn aangemeld en bij de filters passen (A: …A, B: …B). Voor een voor-en-na-vergelijking krijgt groep B een eigen periode (fromB, toB).',
  },
);
export interface EffectQuery {
  outcome: (typeof EFFECT_OUTCOMES)[number];
  months?: number;
  from: string;
  to: string;
  fromB?: string;
  toB?: string;
  [filter: string]: string | number | undefined;
}

const Estimate = Type.Object(
  { estimate: Type.Number(), lower: Type.Number(), upper: Type.Number() },
  { additionalProperties: false },
);
const EffectCohort = Type.Object(
  {
    label: Type.String({ description: 'Wie in de groep zitten, in woorden.' }),
    from: DateOnly,
    to: DateOnly,
    n: Cell,
    events: Cell,
  },
  { additionalProperties: false },
);
const CurvePoint = Type.Object(
  {
    month: Type.Integer({ minimum: 0 }),
    survival: Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 1 })]),
    lower: Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 1 })]),
    upper: Type.Union([Type.Null(), Type.Number({ minimum: 0, maximum: 1 })]),
    atRisk: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })]),
  },
  { additionalProperties: false },
);
export const Curve = Type.Object(
  {
    points: Type.Array(CurvePoint, {
      description:
        'Per maand; een leeg punt (null) staat voor minder dan de drempel aan gebeurtenissen sinds het vorige punt.',
    }),
    truncatedAtMonth: Type.Union([Type.Null(), Type.Integer()], {
      description: 'Vanaf deze maand niet getoond: minder mensen dan de drempel nog in beeld.',
    }),
    median: Type.Object(
      {
        estimate: Type.Union([Type.Null(), Type.Number()]),
        lower: Type.Union([Type.Null(), Type.Number()]),
        upper: Type.Union([Type.Null(), Type.Number()]),
        withheld: Type.Boolean({
          description: 'De mediaan valt op een moment met te weinig mensen in beeld: niet getoond.',
        }),
      },
      {
        additionalProperties: false,
        description:
          'Mediaan in maanden, met 95%-betrouwbaarheidsinterval; null: niet bereikt (of niet getoond: withheld).',
      },
    ),
  },
  { additionalProperties: false },
);
export const EffectEvaluation = Type.Object(
  {
    outcome: Type.Enum(EFFECT_OUTCOMES),
    months: Type.Union([Type.Null(), Type.Integer()]),
    asOf: DateOnly,
    threshold: Type.Integer(),
    cohorts: Type.Object({ a: EffectCohort, b: EffectCohort }, { additionalProperties: false }),
    overlap: Cell,
    binary: Type.Union([
      Type.Null(),
      Type.Object(
        {
          proportionA: Estimate,
          proportionB: Estimate,
          riskDifference: Estimate,
          relativeRisk: Type.Union([Type.Null(), Estimate]),
          oddsRatio: Type.Union([Type.Null(), Estimate]),
          fisherP: Type.Number(),
        },
        { additionalProperties: false, description: 'Percentages en verschil in procentpunten; 95%-intervallen.' },
      ),
    ]),
    survival: Type.Union([
      Type.Null(),
      Type.Object(
        {
          a: Curve,
          b: Curve,
          logRank: Type.Object({ statistic: Type.Number(), pValue: Type.Number() }, { additionalProperties: false }),
        },
        { additionalProperties: false },
      ),
    ]),
    withheld: Type.Union([Type.Null(), Type.Enum(['small-cohort', 'small-cells'] as const)]),
    summary: Type.String({ description: 'De uitkomst in een paar zinnen.' }),
  },
  { additionalProperties: false },
);
export type EffectEvaluation = Static<typeof EffectEvaluation>;

// ---------------------------------------------------------------------------------------------------------
// Durations per approach (job tenure, time to first job, time to first employer contact)

export const TIME_OUTCOMES = ['jobTenure', 'timeToFirstJob', 'timeToFirstEmployerContact'] as const;
export const DurationsQuery = Type.Object(
  {
    outcome: Type.Enum(TIME_OUTCOMES, {
      description:
        'jobTenure: hoe lang het eerste werk na aanmelding duurt; timeToFirstJob: tijd van aanmelding tot het eerste werk; timeToFirstEmployerContact: tijd van aanmelding tot het eerste gesprek met een werkgever.',
    }),
    from: DateOnly,
    to: DateOnly,
    ...FilterFields,
  },
  {
    additionalProperties: false,
    description: 'Per aanpak: de trajecten die in de periode (hele maanden) zijn aangemeld en bij de filters passen.',
  },
);
export type DurationsQuery = Static<typeof DurationsQuery>;
export const DurationsTable = Type.Object(
  {
    outcome: Type.Enum(TIME_OUTCOMES),
    from: DateOnly,
    to: DateOnly,
    asOf: DateOnly,
    regionCode: Type.Union([Type.Null(), Type.String()], {
      description: 'De regio waartoe de cijfers zijn beperkt (programmamanager: de eigen regio).',
    }),
    threshold: Type.Integer(),
    approaches: Type.Array(
      Type.Object(
        {
          code: Type.String(),
          label: Type.String(),
          n: Cell,
          events: Cell,
          curve: Type.Union([Type.Null(), Curve], {
            description: 'Null: te weinig mensen in deze groep (minder dan de drempel).',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type DurationsTable = Static<typeof DurationsTable>;

// ---------------------------------------------------------------------------------------------------------
// Caseload and employer-contact norms per team

export const TeamNormsQuery = Type.Object(
  { from: Type.Optional(DateOnly), to: Type.Optional(DateOnly), ...FilterFields },
  {
    additionalProperties: false,
    description:
      'De teams (organisaties) met een traject in de keuze dat in de periode liep. Zonder periode: dit jaar tot vandaag.',
  },
);
export type TeamNormsQuery = Static<typeof TeamNormsQuery>;
export const TeamNormsTable = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    asOf: DateOnly,
    regionCode: Type.Union([Type.Null(), Type.String()]),
    threshold: Type.Integer(),
    caseloadNorm: Type.Integer({ description: 'IPS: hoogstens zoveel deelnemers per jobcoach.' }),
    contactsNorm: Type.Integer({ description: 'IPS: zoveel werkgeverscontacten per week, face-to-face.' }),
    weeks: Type.Number({ description: 'Weken in de periode tot en met asOf (dagen / 7).' }),
    teams: Type.Array(
      Type.Object(
        {
          organisationId: Uuid,
          name: Type.String(),
          ipsParticipants: Cell,
          ipsCoaches: Type.Integer({ minimum: 0 }),
          averageCaseload: Type.Union([Type.Null(), Type.Number()], {
            description: 'IPS-trajecten per jobcoach op asOf; null als het aantal deelnemers is afgeschermd.',
          }),
          coachesAboveNorm: Type.Integer({ minimum: 0 }),
          specialists: Type.Integer({ minimum: 0 }),
          faceToFace: Type.Integer({ minimum: 0 }),
          contacts: Type.Integer({ minimum: 0 }),
          faceToFacePerWeek: Type.Union([Type.Null(), Type.Number()], {
            description: 'Face-to-face werkgeverscontacten per jobcoach of werkgeversadviseur per week.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TeamNormsTable = Static<typeof TeamNormsTable>;

// ---------------------------------------------------------------------------------------------------------
// Research studies and pseudonymised exports

export const ResearchStudyBody = Type.Object(
  {
    organisationId: Uuid,
    name: Name,
    purpose: Type.String({ minLength: 1, maxLength: 2000, description: 'Wat het onderzoek wil weten.' }),
    legalBasis: Type.String({
      minLength: 1,
      maxLength: 1000,
      description: 'De grondslag, bijvoorbeeld "AVG art. 89, DPIA 2026-04 van 12 maart 2026".',
    }),
    startsOn: DateOnly,
    endsOn: DateOnly,
  },
  { additionalProperties: false },
);
export type ResearchStudyBody = Static<typeof ResearchStudyBody>;

const ResearchExportRecord = Type.Object(
  {
    id: Uuid,
    requestedAt: DateTime,
    requestedBy: Type.Union([Type.Null(), Type.String()]),
    format: Type.Enum(['xlsx', 'csv'] as const),
    participants: Type.Integer(),
    trajectories: Type.Integer(),
    sha256: Type.String({ description: 'SHA-256 van het bestand, om later na te gaan welk bestand is uitgegeven.' }),
    population: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false },
);

export const ResearchStudy = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    purpose: Type.String(),
    legalBasis: Type.String(),
    startsOn: DateOnly,
    endsOn: DateOnly,
    running: Type.Boolean({ description: 'Vandaag valt in de looptijd: alleen dan kan een bestand worden gemaakt.' }),
    createdAt: DateTime,
    exports: Type.Array(ResearchExportRecord),
  },
  { additionalProperties: false },
);
export type ResearchStudy = Static<typeof ResearchStudy>;
export const ResearchStudyList = Type.Object({ items: Type.Array(ResearchStudy) }, { additionalProperties: false });

export const ResearchExportBody = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    format: Type.Optional(Type.Enum(['xlsx'] as const, { description: 'Alleen xlsx (een werkmap met vijf bladen).' })),
    ...FilterFields,
  },
  {
    additionalProperties: false,
    description: 'De trajecten die in de periode zijn aangemeld en bij de filters passen.',
  },
);
export type ResearchExportBody = Static<typeof ResearchExportBody>;

export const IndicatorExportQuery = Type.Object(
  {
    ...IndicatorQuery.properties,
    format: Type.Enum(['csv', 'xlsx'] as const, {
      description: 'csv (puntkomma, UTF-8 met BOM, voor Nederlandse Excel) of xlsx.',
    }),
  },
  { additionalProperties: false },
);
export type IndicatorExportQuery = Static<typeof IndicatorExportQuery>;

const FORMAT = Type.Enum(['csv', 'xlsx'] as const, {
  description: 'csv (puntkomma, UTF-8 met BOM, voor Nederlandse Excel) of xlsx.',
});
export const SeriesExportQuery = Type.Object(
  { ...IndicatorSeriesQuery.properties, format: FORMAT },
  { additionalProperties: false },
);
export type SeriesExportQuery = Static<typeof SeriesExportQuery>;
export const TeamNormsExportQuery = Type.Object(
  { ...TeamNormsQuery.properties, format: FORMAT },
  { additionalProperties: false },
);
export type TeamNormsExportQuery = Static<typeof TeamNormsExportQuery>;
export const DurationsExportQuery = Type.Object(
  { ...DurationsQuery.properties, format: FORMAT },
  { additionalProperties: false },
);
export type DurationsExportQuery = Static<typeof DurationsExportQuery>;
export const IpsRateExportQuery = Type.Object(
  { ...IpsRateQuery.properties, format: FORMAT },
  { additionalProperties: false },
);
export type IpsRateExportQuery = Static<typeof IpsRateExportQuery>;
export const GoalProgressExportQuery = Type.Object(
  { ...GoalProgressQuery.properties, format: FORMAT },
  { additionalProperties: false },
);
export type GoalProgressExportQuery = Static<typeof GoalProgressExportQuery>;
