/**
 * The response contract of matching in the region (README.md): ranked candidates for a vacancy, ranked
 * vacancies for a participant, who fits a carved job, and the instruments of a participant × vacancy.
 * Explanations are rendered in the caller's language; the parts of a score add up to it.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Uuid } from '../../shared/schemas.js';
import { ACCOMMODATION_CODES } from '../matching/accommodations.js';
import { FACTORS } from '../matching/factors.js';
import { TRANSPORT } from '../wishes/wishes.schemas.js';
import { DateOnly } from '../trajectories/trajectories.schemas.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const EXCLUSION_CODES = [
  'certificate',
  'drivingLicence',
  'languageLevel',
  'travel',
  'periods',
  'hoursPerDay',
  'taskDemand',
  'carvingNotViable',
  'hours',
] as const;

export const LimitQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Hoeveel resultaten (1–100, standaard 20).' }),
    ),
  },
  { additionalProperties: false },
);
export type LimitQuery = Static<typeof LimitQuery>;

export const CandidatesParams = Type.Object({ id: Uuid, vacancyId: Uuid }, { additionalProperties: false });
export const FitsParams = Type.Object({ id: Uuid, carvedId: Uuid }, { additionalProperties: false });
export const PairParams = Type.Object({ id: Uuid, vacancyId: Uuid }, { additionalProperties: false });

const Factor = Type.Object(
  {
    code: Type.Enum(FACTORS.map((f) => f.code)),
    weight: Type.Number({ description: 'Hoeveel punten deze factor ten hoogste geeft.' }),
    points: Type.Number({ description: 'Punten van deze factor (één decimaal); alle punten samen zijn de score.' }),
  },
  { additionalProperties: false },
);

const Accommodation = Type.Object(
  { code: Type.Enum(ACCOMMODATION_CODES), name: Type.String() },
  { additionalProperties: false },
);

const CarvedTask = Type.Object(
  {
    taskId: Type.String(),
    taskName: Type.String(),
    sharePercent: Type.Number(),
    reason: Type.Enum(['demand', 'hours'] as const, {
      description: 'demand: de taak vraagt meer dan iemand kan; hours: eruit gehaald om binnen de uren te blijven.',
    }),
  },
  { additionalProperties: false },
);

const Explanation = Type.Object(
  {
    text: Type.String({ description: 'De hele uitleg in één regel: "past: …; let op: …" of "past niet: …".' }),
    fits: Type.Array(Type.String(), { description: 'Wat past.' }),
    cautions: Type.Array(Type.String(), { description: 'Let op (ook: aanpassing of taak eruit halen).' }),
    excluded: Type.Array(Type.String(), { description: 'Waarom het niet past (alleen bij uitgesloten paren).' }),
  },
  { additionalProperties: false },
);

/** The part every result shares: how well a participant and a vacancy match, and why. */
const pairFields = {
  score: Type.Number({ minimum: 0, maximum: 100, description: 'Score 0–100 (één decimaal).' }),
  factors: Type.Array(Factor),
  explanation: Explanation,
  accommodations: Type.Array(Accommodation, { description: 'Aanpassingen waarop de match steunt.' }),
  carvedTasks: Type.Array(CarvedTask, { description: 'Taken die eruit gaan (jobcarving).' }),
  remainingPercent: Type.Number({ description: 'Deel van de baan dat overblijft na carving, in procent.' }),
  hours: Type.Object(
    { min: Type.Number(), max: Type.Number(), offered: Type.Number() },
    { additionalProperties: false, description: 'Uren per week na carving; offered: wat de persoon kan werken.' },
  ),
  travel: Type.Object(
    {
      minutes: Nullable(Type.Number()),
      mode: Nullable(Type.Enum(TRANSPORT)),
      method: Type.Enum(['none', 'coordinates'] as const, { description: 'none: reistijd onbekend.' }),
    },
    { additionalProperties: false },
  ),
  capacityBasis: Type.Enum(['professional', 'self', 'none'] as const, {
    description: 'Welke beoordeling van de mogelijkheden telt.',
  }),
};

export const CandidateSummary = Type.Object(
  {
    id: Uuid,
    name: Nullable(Type.String({ description: 'Naam; null als de aanvrager de naam niet mag zien.' })),
    municipalityName: Type.String(),
    trajectoryPhase: Type.Enum(['referral', 'intake', 'jobSearch', 'workingWithSupport', 'followUp'] as const, {
      description: 'Fase van het lopende traject; in kandidatenlijsten alleen intake of jobSearch.',
    }),
  },
  { additionalProperties: false },
);

export const VacancySummary = Type.Object(
  {
    id: Uuid,
    employerId: Uuid,
    employerName: Type.String(),
    title: Type.String(),
    municipalityName: Nullable(Type.String()),
    hoursMin: Type.Number(),
    hoursMax: Type.Number(),
  },
  { additionalProperties: false },
);

export const CandidateMatch = Type.Object(
  { participant: CandidateSummary, ...pairFields },
  { additionalProperties: false },
);
export type CandidateMatch = Static<typeof CandidateMatch>;
export const VacancyMatch = Type.Object({ vacancy: VacancySummary, ...pairFields }, { additionalProperties: false });
export type VacancyMatch = Static<typeof VacancyMatch>;

const ExcludedBy = Type.Object(
  Object.fromEntries(EXCLUSION_CODES.map((c) => [c, Type.Integer({ minimum: 0 })])) as Record<
    (typeof EXCLUSION_CODES)[number],
    ReturnType<typeof Type.Integer>
  >,
  {
    additionalProperties: false,
    description: 'Per harde grens: hoeveel paren die uitsloot (een paar kan onder meer grenzen vallen).',
  },
);

const rankingFields = {
  asOf: DateOnly,
  considered: Type.Integer({ minimum: 0, description: 'Paren bekeken (na de voorselectie).' }),
  admitted: Type.Integer({ minimum: 0, description: 'Paren die aan alle harde grenzen voldoen.' }),
  excludedBy: ExcludedBy,
};

export const CandidateRanking = Type.Object(
  { vacancyId: Uuid, items: Type.Array(CandidateMatch), ...rankingFields },
  { additionalProperties: false },
);
export type CandidateRanking = Static<typeof CandidateRanking>;

export const VacancyRanking = Type.Object(
  { participantId: Uuid, items: Type.Array(VacancyMatch), ...rankingFields },
  { additionalProperties: false },
);
export type VacancyRanking = Static<typeof VacancyRanking>;

const Blocking = Type.Object(
  {
    taskId: Type.String(),
    taskName: Type.String(),
    itemId: Type.String({ description: 'FML-onderdeel, bv. IV.13.' }),
    text: Type.String({ description: 'Het onderdeel en wat de persoon kan, in woorden.' }),
  },
  { additionalProperties: false },
);

export const CarvedFits = Type.Object(
  {
    carvedJobId: Uuid,
    asOf: DateOnly,
    candidates: Type.Array(
      Type.Object(
        {
          participant: CandidateSummary,
          fits: Type.Boolean(),
          blocking: Type.Array(Blocking, { description: 'Taken die deze persoon tegenhouden.' }),
          otherReasons: Type.Array(Type.Enum(EXCLUSION_CODES)),
          explanation: Explanation,
        },
        { additionalProperties: false },
      ),
    ),
    blocksPerTask: Type.Array(
      Type.Object(
        { taskId: Type.String(), taskName: Type.String(), blocks: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
    ),
    fitting: Type.Integer({ minimum: 0 }),
    considered: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type CarvedFits = Static<typeof CarvedFits>;

export const InstrumentAdvice = Type.Object(
  {
    participantId: Uuid,
    vacancyId: Uuid,
    accommodationsNeeded: Type.Array(Accommodation),
    items: Type.Array(
      Type.Object(
        {
          code: Type.String(),
          name: Type.String(),
          applies: Type.Enum(['yes', 'maybe', 'no'] as const),
          grantor: Nullable(Type.Enum(['gemeente', 'uwv', 'mbo'] as const)),
          grantorName: Nullable(Type.String()),
          reason: Type.String({ description: 'Waarom, in één zin.' }),
          employerMustDo: Nullable(Type.String()),
          unverifiedFacts: Type.Integer({
            minimum: 0,
            description: 'Feiten onder deze regel die niet gecontroleerd zijn.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type InstrumentAdvice = Static<typeof InstrumentAdvice>;
