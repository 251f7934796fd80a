/**
 * Template files for the import screen, generated from the field definitions: a sheet with the column
 * names and two example rows, and an explanation sheet (what to write in each column, which words are
 * accepted). CSV is written the way Dutch Excel opens it directly: UTF-8 with a byte-order mark, `;`.
 */
import type { Language } from '../../platform/i18n/i18n.js';
import { csvField } from '../../shared/csv.js';
import { writeXlsx } from '../../platform/spreadsheet/xlsx.js';
import { KINDS, type ImportKind } from './imports.fields.js';

/** A second example row per kind, so the template shows that rows belong together across files. */
const SECOND_EXAMPLE: Record<ImportKind, Record<string, string>> = {
  participants: {
    externalId: 'D-1002',
    givenName: 'Jeroen',
    familyName: 'de Boer',
    dateOfBirth: '2-11-1984',
    municipalityCode: 'GM0344',
    email: '',
    phone: '030-1234567',
    bsn: '',
    targetGroups: 'Arbeidsbeperking',
    benefitSituation: 'WIA – WGA',
    doelgroepregister: 'ja',
  },
  trajectories: {
    externalId: 'T-2002',
    participantExternalId: 'D-1002',
    approachCode: 'Jobcoaching',
    referralDate: '15-1-2025',
    phase: 'Afgesloten',
    phaseDate: '30-6-2025',
    closedReason: 'Duurzaam aan het werk',
    coachEmail: '',
  },
  jobEpisodes: {
    externalId: 'B-3002',
    participantExternalId: 'D-1002',
    trajectoryExternalId: 'T-2002',
    employerName: 'Gemeente Utrecht',
    jobTitle: 'Medewerker groen',
    occupationCode: '',
    startDate: '1-3-2025',
    endDate: '31-8-2025',
    endReason: 'Contract afgelopen',
    hoursPerWeek: '32',
    contractType: 'Tijdelijk',
    wageForm: 'Marktconform loon',
    openToAnyone: 'ja',
  },
};

const EXPLANATION_HEADER: Record<Language, string[]> = {
  nl: ['Kolom', 'Verplicht', 'Wat vult u in', 'Voorbeeld'],
  en: ['Column', 'Required', 'What to fill in', 'Example'],
};

function rows(kind: ImportKind, lang: Language) {
  const fields = KINDS[kind].fields;
  return {
    header: fields.map((f) => f.label[lang]),
    examples: [fields.map((f) => f.example), fields.map((f) => SECOND_EXAMPLE[kind][f.key] ?? '')],
    explanation: [
      EXPLANATION_HEADER[lang],
      ...fields.map((f) => [
        f.label[lang],
        f.required ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no',
        f.help[lang],
        f.example,
      ]),
    ],
  };
}

export function templateFileName(kind: ImportKind, format: 'csv' | 'xlsx', lang: Language): string {
  const name = KINDS[kind].label[lang].toLowerCase();
  return `meedoen-${lang === 'nl' ? 'voorbeeld' : 'template'}-${name}.${format}`;
}

export function templateFile(kind: ImportKind, format: 'csv' | 'xlsx', lang: Language): Buffer {
  const r = rows(kind, lang);
  if (format === 'csv') {
    const lines = [r.header, ...r.examples].map((cells) => cells.map((c) => csvField(c, ';')).join(';'));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }
  return Buffer.from(
    writeXlsx([
      {
        name: KINDS[kind].label[lang],
        rows: [r.header, ...r.examples],
        boldFirstRow: true,
        columnWidths: r.header.map((h) => Math.max(14, h.length + 4)),
      },
      {
        name: lang === 'nl' ? 'Uitleg' : 'Explanation',
        rows: r.explanation,
        boldFirstRow: true,
        columnWidths: [24, 10, 90, 28],
      },
    ]),
  );
}
