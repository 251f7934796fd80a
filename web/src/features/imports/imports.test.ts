import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../lib/types';
import {
  columnLetter,
  initialMapping,
  isSpreadsheetName,
  mappingBody,
  mappingProblems,
  nextKind,
  rowsWithErrors,
  stageOf,
} from './imports';
import { countsLine, kindFromSlug, statusText } from './words';
import { translate } from '../../i18n/i18n';

const field = (key: string, required: boolean, column: number | null): ImportField => ({
  key,
  label: key === 'externalId' ? 'Nummer' : key,
  help: '',
  required,
  column,
});

describe('import rules', () => {
  it('names columns with the letters Excel shows', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('starts from the suggested columns and sends only the fields that are read', () => {
    const fields = [field('externalId', true, 0), field('givenName', true, 3), field('email', false, null)];
    const values = initialMapping(fields);
    expect(values).toEqual({ externalId: '0', givenName: '3', email: '' });
    expect(mappingBody(values)).toEqual({ mapping: { externalId: 0, givenName: 3 } });
  });

  it('finds a required field without a column and a column chosen twice, naming the earlier field', () => {
    const fields = [field('externalId', true, 0), field('givenName', true, null), field('familyName', false, 0)];
    expect(mappingProblems(fields, initialMapping(fields))).toEqual({
      givenName: { kind: 'required' },
      familyName: { kind: 'twice', other: 'Nummer' },
    });
    expect(mappingProblems(fields, { externalId: '0', givenName: '1', familyName: '' })).toEqual({});
  });

  it('counts the rows with errors as the rows that are neither new, changed nor the same', () => {
    expect(rowsWithErrors({ rows: 8, errors: 9, new: 1, changed: 0, unchanged: 0 })).toBe(7);
    expect(rowsWithErrors({ rows: 2, errors: 0, new: 2, changed: 0, unchanged: 0 })).toBe(0);
  });

  it('follows the order participants, trajectories, jobs', () => {
    expect(nextKind('participants')).toBe('trajectories');
    expect(nextKind('trajectories')).toBe('jobEpisodes');
    expect(nextKind('jobEpisodes')).toBeNull();
  });

  it('knows the step of every status', () => {
    expect(stageOf({ status: 'uploaded' })).toBe('mapping');
    expect(stageOf({ status: 'validating' })).toBe('checking');
    expect(stageOf({ status: 'committed' })).toBe('saved');
  });

  it('accepts .csv and .xlsx files only', () => {
    expect(isSpreadsheetName('Trajecten 2025.XLSX')).toBe(true);
    expect(isSpreadsheetName('deelnemers.csv')).toBe(true);
    expect(isSpreadsheetName('deelnemers.xls')).toBe(false);
    expect(isSpreadsheetName('notities.docx')).toBe(false);
  });

  it('reads the kind from a Dutch query value', () => {
    expect(kindFromSlug('trajecten')).toBe('trajectories');
    expect(kindFromSlug('banen')).toBe('jobEpisodes');
    expect(kindFromSlug('iets')).toBe('');
    expect(kindFromSlug(null)).toBe('');
  });

  it('says the status and counts of an earlier import in words', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('nl', key, params);
    const counts = { rows: 1200, errors: 3, new: 1000, changed: 150, unchanged: 48 };
    expect(statusText(t, 'nl', { status: 'validated', counts })).toBe('Gecontroleerd: 3 fouten');
    expect(statusText(t, 'nl', { status: 'validated', counts: { ...counts, errors: 1 } })).toBe(
      'Gecontroleerd: 1 fout',
    );
    expect(statusText(t, 'nl', { status: 'committed', counts })).toBe('Opgeslagen');
    expect(countsLine(t, 'nl', { status: 'validated', counts })).toBe(
      '1.200 rijen: 1.000 nieuw, 150 veranderd, 48 hetzelfde, 2 met fouten',
    );
    expect(countsLine(t, 'nl', { status: 'uploaded', counts })).toBe('—');
  });
});
