import { Type, type Static } from 'typebox';
import { DateTime, Page, PageQuery, Uuid } from '../../shared/schemas.js';
import { IMPORT_KINDS } from './imports.fields.js';

export const ImportKindSchema = Type.Enum(IMPORT_KINDS, {
  description: 'Soort import: participants (deelnemers), trajectories (trajecten), jobEpisodes (banen).',
});
export const ImportStatusSchema = Type.Enum(
  ['uploaded', 'validating', 'validated', 'committing', 'committed', 'failed', 'discarded'] as const,
  {
    description:
      'Stand: uploaded (ingelezen, kolommen koppelen), validating (controle loopt), validated (gecontroleerd), committing (opslaan loopt), committed (opgeslagen), failed (mislukt), discarded (weggegooid).',
  },
);

const NullableDateTime = Type.Union([Type.Null(), DateTime]);

export const ImportView = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    kind: ImportKindSchema,
    fileName: Type.String(),
    fileFormat: Type.Enum(['csv', 'xlsx'] as const),
    fileBytes: Type.Integer({ minimum: 0 }),
    status: ImportStatusSchema,
    columns: Type.Array(
      Type.Object({ index: Type.Integer({ minimum: 0 }), header: Type.String() }, { additionalProperties: false }),
      { description: 'De kolommen uit de eerste rij van het bestand.' },
    ),
    fields: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          label: Type.String(),
          help: Type.String(),
          required: Type.Boolean(),
          column: Type.Union([Type.Null(), Type.Integer({ minimum: 0 })], {
            description: 'De gekoppelde kolom (index), eerst voorgesteld op naam.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
    progress: Type.Object(
      {
        rowsProcessed: Type.Integer({ minimum: 0 }),
        bytesProcessed: Type.Integer({ minimum: 0 }),
        percent: Type.Integer({ minimum: 0, maximum: 100 }),
      },
      { additionalProperties: false },
    ),
    counts: Type.Object(
      {
        rows: Type.Integer({ minimum: 0 }),
        errors: Type.Integer({ minimum: 0 }),
        new: Type.Integer({ minimum: 0 }),
        changed: Type.Integer({ minimum: 0 }),
        unchanged: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    failure: Type.Union([
      Type.Null(),
      Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: false }),
    ]),
    createdBy: Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }),
    createdAt: DateTime,
    updatedAt: DateTime,
    validatedAt: NullableDateTime,
    committedAt: NullableDateTime,
  },
  { additionalProperties: false },
);
export type ImportView = Static<typeof ImportView>;

export const ImportCreateQuery = Type.Object(
  {
    kind: ImportKindSchema,
    fileName: Type.String({ minLength: 1, maxLength: 255, description: 'De naam van het bestand.' }),
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const MappingBody = Type.Object(
  {
    mapping: Type.Record(Type.String({ pattern: '^[a-zA-Z]{1,40}$' }), Type.Integer({ minimum: 0, maximum: 10_000 }), {
      description: 'Per veld de kolom (index) waaruit het wordt gelezen; niet gekoppelde velden blijven zoals ze zijn.',
    }),
  },
  { additionalProperties: false },
);

export const ImportError = Type.Object(
  {
    row: Type.Integer({ minimum: 1, description: 'Rijnummer zoals de spreadsheet het toont.' }),
    field: Type.Union([Type.Null(), Type.String()]),
    fieldLabel: Type.Union([Type.Null(), Type.String()]),
    column: Type.Union([Type.Null(), Type.String()], { description: 'De kolomnaam in het bestand.' }),
    value: Type.Union([Type.Null(), Type.String()]),
    code: Type.String(),
    message: Type.String(),
  },
  { additionalProperties: false },
);
export const ImportErrorPage = Page(ImportError);
export type ImportErrorList = { items: Static<typeof ImportError>[]; total: number };

export const ImportPage = Page(ImportView);
export const PageOnlyQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export const TemplateParams = Type.Object(
  { kind: ImportKindSchema, format: Type.Enum(['csv', 'xlsx'] as const) },
  { additionalProperties: false },
);
