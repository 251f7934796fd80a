/** TypeBox building blocks shared by the modules' schemas. */
import { Type, type TSchema } from 'typebox';

export const Uuid = Type.String({ format: 'uuid', description: 'Id (UUID).' });
export const Email = Type.String({ format: 'email', maxLength: 254, description: 'E-mailadres.' });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const Language = Type.Union([Type.Literal('nl'), Type.Literal('en')], { description: 'Taal: nl of en.' });
export const DateTime = Type.String({ format: 'date-time' });
export const Password = Type.String({ minLength: 1, maxLength: 200, description: 'Minimaal 12 tekens.' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const PageQuery = {
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100_000, default: 1, description: 'Paginanummer, vanaf 1.' }),
  ),
  pageSize: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Aantal per pagina (max. 200).' }),
  ),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0 }),
      page: Type.Integer({ minimum: 1 }),
      pageSize: Type.Integer({ minimum: 1 }),
    },
    { additionalProperties: false },
  );
}

export const ROLE_VALUES = [
  'participant',
  'jobCoach',
  'employerAdviser',
  'consultant',
  'employer',
  'programmeManager',
  'evaluator',
  'knowledgeEditor',
  'administrator',
] as const;
export const Role = Type.Union(
  ROLE_VALUES.map((r) => Type.Literal(r)),
  { description: 'Rol.' },
);

export const Membership = Type.Object(
  { id: Uuid, organisationId: Uuid, organisationName: Type.String(), role: Role },
  { additionalProperties: false },
);

/** Problem responses documented for every operation. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    code: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          in: Type.String(),
          location: Type.Object({ pointer: Type.String() }),
          code: Type.String(),
          detail: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'Problem', description: 'Foutmelding volgens RFC 9457 (application/problem+json).' },
);
