import { Type, type Static } from 'typebox';

export const RegionCode = Type.String({
  pattern: '^AM[0-9]{2}$',
  description: 'CBS-code van de arbeidsmarktregio, bijvoorbeeld AM27.',
  examples: ['AM27'],
});
export const MunicipalityCode = Type.String({
  pattern: '^GM[0-9]{4}$',
  description: 'CBS-gemeentecode, bijvoorbeeld GM0772.',
  examples: ['GM0772'],
});

export const Region = Type.Object(
  { code: RegionCode, name: Type.String() },
  { $id: 'Region', additionalProperties: false },
);
export type Region = Static<typeof Region>;
export const Municipality = Type.Object(
  { code: MunicipalityCode, name: Type.String(), regionCode: RegionCode },
  { $id: 'Municipality', additionalProperties: false },
);
export const RegionList = Type.Object({ items: Type.Array(Region) }, { additionalProperties: false });
export const MunicipalityList = Type.Object({ items: Type.Array(Municipality) }, { additionalProperties: false });
export const MunicipalityQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
