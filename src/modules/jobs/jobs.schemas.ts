import { Type, type Static } from 'typebox';
import { DateTime, Uuid } from '../../shared/schemas.js';
import { DateOnly, NullableDate } from '../trajectories/trajectories.schemas.js';

export const WAGE_FORMS = [
  'marketWage',
  'loonkostensubsidie',
  'loondispensatie',
  'unpaidWorkExperience',
  'beschutWerk',
  'other',
] as const;
export const WageFormSchema = Type.Enum(WAGE_FORMS, {
  description:
    'Loonvorm: marketWage (marktconform loon), loonkostensubsidie, loondispensatie, unpaidWorkExperience (werkervaringsplaats zonder loon), beschutWerk, other.',
});
export const CONTRACT_TYPES = ['permanent', 'temporary', 'onCall', 'selfEmployed', 'none'] as const;
export const ContractType = Type.Enum(CONTRACT_TYPES, {
  description: 'Contract: permanent (vast), temporary (tijdelijk), onCall (oproep), selfEmployed (zzp), none (geen).',
});
export const END_REASONS = ['contractEnded', 'dismissed', 'quit', 'betterJob', 'health', 'other'] as const;
export const EndReason = Type.Enum(END_REASONS, {
  description:
    'Reden einde: contractEnded (contract afgelopen), dismissed (ontslagen), quit (zelf gestopt), betterJob (andere baan), health (gezondheid), other.',
});
const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 60, multipleOf: 0.5, description: 'Uren per week.' });
const OccupationCode = Type.String({ pattern: '^[0-9]{4}$', description: 'Beroepscode (ISCO-08, 4 cijfers).' });

export const Job = Type.Object(
  {
    id: Uuid,
    participantId: Uuid,
    trajectoryId: Type.Union([Uuid, Type.Null()]),
    employerName: Type.String(),
    jobTitle: Type.String(),
    occupationCode: Type.Union([OccupationCode, Type.Null()]),
    startDate: DateOnly,
    endDate: NullableDate,
    endReason: Type.Union([EndReason, Type.Null()]),
    hoursPerWeek: Type.Number(),
    contractType: ContractType,
    wageForm: WageFormSchema,
    openToAnyone: Type.Boolean({ description: 'De baan staat open voor iedereen (niet alleen voor een doelgroep).' }),
    competitive: Type.Boolean({
      description: 'Berekend: regulier betaald werk volgens IPS (docs/domain/indicators.md).',
    }),
    jobStart: Type.Boolean({ description: 'Berekend: telt als baanstart (betaald, minstens 4 uur per week).' }),
    recordedByName: Type.Union([Type.String(), Type.Null()]),
    recordedAt: DateTime,
  },
  { $id: 'Job', additionalProperties: false },
);
export type Job = Static<typeof Job>;

export const JobOverview = Type.Object(
  {
    items: Type.Array(Job),
    sustainablePlacement: Type.Object(
      {
        at6Months: Type.Union([DateOnly, Type.Null()], {
          description: 'Duurzaam geplaatst na 6 maanden, op deze datum.',
        }),
        at12Months: Type.Union([DateOnly, Type.Null()], {
          description: 'Duurzaam geplaatst na 12 maanden, op deze datum.',
        }),
        definition: Type.String({ description: 'De gebruikte definitie in woorden.' }),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'JobOverview', additionalProperties: false },
);
export type JobOverview = Static<typeof JobOverview>;

export const JobCreateBody = Type.Object(
  {
    employerName: Type.String({ minLength: 1, maxLength: 200 }),
    jobTitle: Type.String({ minLength: 1, maxLength: 200 }),
    occupationCode: Type.Optional(Type.Union([OccupationCode, Type.Null()])),
    startDate: DateOnly,
    endDate: Type.Optional(NullableDate),
    endReason: Type.Optional(Type.Union([EndReason, Type.Null()])),
    hoursPerWeek: Hours,
    contractType: ContractType,
    wageForm: WageFormSchema,
    openToAnyone: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type JobCreateBody = Static<typeof JobCreateBody>;

export const JobPatchBody = Type.Object(
  {
    employerName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    jobTitle: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    occupationCode: Type.Optional(Type.Union([OccupationCode, Type.Null()])),
    startDate: Type.Optional(DateOnly),
    endDate: Type.Optional(NullableDate),
    endReason: Type.Optional(Type.Union([EndReason, Type.Null()])),
    hoursPerWeek: Type.Optional(Hours),
    contractType: Type.Optional(ContractType),
    wageForm: Type.Optional(WageFormSchema),
    openToAnyone: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type JobPatchBody = Static<typeof JobPatchBody>;
export const JobParams = Type.Object({ id: Uuid, jobId: Uuid }, { additionalProperties: false });
