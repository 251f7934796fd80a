/**
 * Dutch driving licence categories and what each one includes (Reglement rijbewijzen; CBR, "Rijbewijs­
 * categorieën"). Someone with category C may also drive what C1 and B allow — C is only issued to a B holder —
 * so a vacancy asking for B must not exclude a lorry driver. Category T (tractor) is not implied by B here:
 * it was only added to B licences obtained before 1 July 2015, which the licence category alone cannot tell.
 */
export const DRIVING_LICENCES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'T',
] as const;
export type DrivingLicence = (typeof DRIVING_LICENCES)[number];

/** Directly included categories; {@link withIncluded} follows them transitively. */
const INCLUDES: Readonly<Record<DrivingLicence, readonly DrivingLicence[]>> = {
  AM: [],
  A1: ['AM'],
  A2: ['A1'],
  A: ['A2'],
  B: ['AM'],
  BE: ['B'],
  C1: ['B'],
  C1E: ['C1', 'BE'],
  C: ['C1'],
  CE: ['C', 'C1E'],
  D1: ['B'],
  D1E: ['D1', 'BE'],
  D: ['D1'],
  DE: ['D', 'D1E'],
  T: ['AM'],
};

const isLicence = (code: string): code is DrivingLicence => (DRIVING_LICENCES as readonly string[]).includes(code);

/** The categories held (upper-cased, unknown codes kept as they are) together with every category they include. */
export function withIncluded(held: readonly string[]): Set<string> {
  const all = new Set<string>();
  const visit = (code: string) => {
    if (all.has(code)) {
      return;
    }
    all.add(code);
    if (isLicence(code)) {
      INCLUDES[code].forEach(visit);
    }
  };
  held.map((l) => l.trim().toUpperCase()).forEach(visit);
  return all;
}
