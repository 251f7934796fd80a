import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { translatorFor } from '../../../platform/i18n/i18n.js';
import type { ReportModel } from './report.model.js';
import { pdfText, renderInitiativeReport } from './report.render.js';
import { indicatorPeriod, slug } from './report.service.js';

const t = translatorFor('nl');

function model(questions: number): ReportModel {
  return {
    title: 'Coördinatie één café',
    facts: [
      { label: 'Programma', value: 'Sterk door Werk (van Gemeente Utrecht)' },
      { label: 'Kleine aantallen', value: 'Aantallen kleiner dan 10 tonen we niet' },
    ],
    description: 'Geïnteresseerde werkgevers; een bijdrage van € 12.000.',
    parties: [{ name: 'GGZ Centraal', kind: 'organisatie', perspective: 'Behandeling en IPS' }],
    buildingBlocks: ['Duurzame banen'],
    signs: '"< 10": minder dan 10 mensen.',
    goals: {
      intro: 'Stand op 30 juni 2026.',
      note: null,
      items: [
        {
          description: '100 duurzaam per regio',
          subtitle: 'Duurzaam geplaatst (6 maanden) · 1 januari 2026 tot en met 31 december 2026',
          sentences: ['Midden-Utrecht: 64 van 100; verwacht eind 2026: 92–110'],
          note: null,
        },
      ],
      routeTargets: [],
    },
    indicators: {
      note: null,
      period: 'Periode 1 januari 2026 tot en met 30 juni 2026',
      rows: [
        {
          label: 'Bereik',
          definition: 'Unieke deelnemers',
          cell: { value: 25, display: '25', suppressed: false },
          inChart: true,
        },
        {
          label: 'Baanstarts',
          definition: 'Banen',
          cell: { value: null, display: '< 10', suppressed: true },
          inChart: true,
        },
        {
          label: 'Duurzaam (6)',
          definition: 'Zes maanden',
          cell: { value: 0, display: '0', suppressed: false },
          inChart: true,
        },
        {
          label: 'Gewerkte uren',
          definition: 'Uren volgens contract',
          cell: { value: 8794, display: '8794', suppressed: false },
          inChart: false,
        },
      ],
    },
    fidelity: {
      note: null,
      reviews: [{ team: 'GGZ – Noord', reviewedOn: '10 november 2025', score: '95 van 125', band: 'Redelijk' }],
    },
    process: {
      rounds: 'Aantal rondes: 1.',
      standing: 'Checklist: 1 ja.',
      questions: Array.from({ length: questions }, (_, i) => ({
        text: `Vraag nummer ${i + 1}: krijgen deelnemers en werkgevers begeleiding nadat iemand aan het werk is?`,
        about: 'Checklistpunt · Duurzame banen',
        answer:
          i % 2 === 0 ? { status: 'Ja', note: 'Wekelijks contact.', round: 'Ronde: voorjaar (1 mei 2026)' } : null,
      })),
    },
  };
}

async function read(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const pages = await extractText(pdf, { mergePages: false });
  return { totalPages: pages.totalPages, pages: pages.text };
}

describe('renderInitiativeReport', () => {
  it('writes an A4 PDF whose text reads back, Dutch letters and the euro sign included', async () => {
    const bytes = await renderInitiativeReport(model(2), t);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { totalPages, pages } = await read(bytes);
    const text = pages.join('\n');
    expect(totalPages).toBeLessThanOrEqual(2);
    expect(text).toContain('Coördinatie één café');
    expect(text).toContain('Geïnteresseerde werkgevers; een bijdrage van € 12.000.');
    expect(text).toContain('Midden-Utrecht: 64 van 100; verwacht eind 2026: 92–110');
    expect(text).toContain(`Pagina 1 van ${totalPages}`);
    expect(text).toContain('Rapport voor financiers');
  });

  it('shows a hidden count by its sign, not as a bar', async () => {
    const { pages } = await read(await renderInitiativeReport(model(0), t));
    const text = pages.join('\n');
    // Table and chart both print the sign; the chart's note explains it.
    expect(text.match(/< 10/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Een afgeschermd aantal heeft geen staaf');
  });

  it('runs over several pages with many process questions, each page numbered "n van m"', async () => {
    const { totalPages, pages } = await read(await renderInitiativeReport(model(60), t));
    expect(totalPages).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${totalPages}`));
    const text = pages.join('\n');
    expect(text).toContain('60. Vraag nummer 60');
    expect(text.match(/Nog niet beantwoord\./g)).toHaveLength(30);
  });
});

describe('helpers', () => {
  it('replaces characters Helvetica cannot show', () => {
    expect(pdfText('≥ 10 − 2\u202f%\u0007')).toBe('>= 10 - 2 %');
    expect(pdfText('ë é ï € – ‘x’')).toBe('ë é ï € – ‘x’');
    expect(pdfText('漢')).toBe('?');
  });

  it('makes a file-name part without accents', () => {
    expect(slug('IPS in de ggz: coördinatie & één!')).toBe('ips-in-de-ggz-coordinatie-een');
    expect(slug('???')).toBe('initiatief');
  });

  it('takes the programme period for the figures, or this calendar year when that does not fit', () => {
    expect(indicatorPeriod({ startsOn: '2025-01-01', endsOn: '2027-12-31' }, '2026-06-30')).toEqual({
      from: '2025-01-01',
      to: '2026-06-30',
    });
    expect(indicatorPeriod({ startsOn: '2025-01-01', endsOn: '2025-12-31' }, '2026-06-30')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(indicatorPeriod({ startsOn: '2027-01-01', endsOn: null }, '2026-06-30')).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(indicatorPeriod({ startsOn: '2015-01-01', endsOn: null }, '2026-06-30')).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });
});
