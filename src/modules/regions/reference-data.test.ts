import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../shared/csv.js';
import { REFERENCE_DIR } from './regions.data.js';

const read = (file: string) => fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8');

describe('CBS reference data', () => {
  it('is the unchanged copy recorded in reference-data/README.md', () => {
    const readme = read('README.md');
    for (const file of [
      'arbeidsmarktregios-2026.csv',
      'gemeenten-arbeidsmarktregio-2026.csv',
      'gemeenten-cbs-historisch-2010-2026.csv',
      'gemeente-locations-2026.csv',
    ]) {
      const sum = createHash('sha256')
        .update(fs.readFileSync(path.join(REFERENCE_DIR, file)))
        .digest('hex');
      expect(readme, file).toContain(`${sum}  ${file}`);
    }
  });

  it('has 342 gemeenten in 35 regions, each gemeente in exactly one region', () => {
    const regions = parseCsvObjects(read('arbeidsmarktregios-2026.csv'));
    const municipalities = parseCsvObjects(read('gemeenten-arbeidsmarktregio-2026.csv'));
    expect(regions).toHaveLength(35);
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((m) => m.gemeentecode)).size).toBe(342);
    const codes = new Set(regions.map((r) => r.arbeidsmarktregio_code));
    expect(municipalities.every((m) => codes.has(m.arbeidsmarktregio_code))).toBe(true);
    for (const r of regions) {
      expect(
        municipalities.filter((m) => m.arbeidsmarktregio_code === r.arbeidsmarktregio_code),
        r.arbeidsmarktregio_naam,
      ).toHaveLength(Number(r.aantal_gemeenten));
    }
  });
});
