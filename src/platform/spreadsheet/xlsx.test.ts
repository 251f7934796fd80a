import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  XlsxError,
  dateKindOf,
  excelSerialToIso,
  readXlsxRows,
  writeXlsx,
  type XlsxRow,
  type XlsxSheet,
} from './xlsx.js';

// --- helpers ---------------------------------------------------------------------------------------

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xlsx-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(source: AsyncIterable<Uint8Array> | string, sheet?: number): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(source, sheet === undefined ? {} : { sheet })) {
    rows.push(row);
  }
  return rows;
}

/** The bytes as a stream of small chunks, so multi-byte characters and zip headers are split. */
async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) {
    yield bytes.slice(i, i + size);
  }
}

let fileCounter = 0;
async function toFile(bytes: Uint8Array): Promise<string> {
  fileCounter += 1;
  const path = join(dir, `file-${fileCounter}.xlsx`);
  await writeFile(path, bytes);
  return path;
}

/** Reads the same bytes from a path and from a stream; both must agree. */
async function readBoth(bytes: Uint8Array, sheet?: number): Promise<XlsxRow[]> {
  const fromStream = await collect(chunked(bytes, 13), sheet);
  const fromPath = await collect(await toFile(bytes), sheet);
  expect(fromPath).toEqual(fromStream);
  return fromStream;
}

async function spoolDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('meedoen-xlsx-'));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface HandBuilt {
  sheets?: { name: string; xml: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  /** Part names in archive order; parts left out are not written at all. */
  order?: string[];
}

/** An .xlsx assembled from XML strings, with full control over which parts exist and their order. */
function handBuilt({ sheets = [], sharedStrings, styles, workbookPr = '', order }: HandBuilt): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PKG}">` +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      (sharedStrings === undefined
        ? ''
        : `<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`) +
      (styles === undefined ? '' : `<Relationship Id="rId91" Type="${REL}/styles" Target="/xl/styles.xml"/>`) +
      '</Relationships>',
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<worksheet xmlns="${MAIN}"><sheetData>${s.xml}</sheetData></worksheet>`;
  });
  if (sharedStrings !== undefined) {
    parts['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN}">${sharedStrings}</sst>`;
  }
  if (styles !== undefined) {
    parts['xl/styles.xml'] = `<styleSheet xmlns="${MAIN}">${styles}</styleSheet>`;
  }
  const names = order ?? Object.keys(parts);
  return zipSync(Object.fromEntries(names.map((name) => [name, strToU8(parts[name] ?? '')])));
}

const SHARED_STRINGS =
  '<si><t>Naam</t></si>' +
  // Rich text: runs with their own formatting, concatenated.
  '<si><r><rPr><b/></rPr><t>Jan </t></r><r><rPr><i/></rPr><t xml:space="preserve">de Vries </t></r><r><t>(ë)</t></r></si>' +
  // A carriage return as Excel escapes it, and a phonetic run that is not part of the text.
  '<si><t>regel_x000D_\ntwee</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>';

/** cellXfs index → number format: 0 General, 1 built-in 14, 2 dd/mm/yyyy, 3 [$-413]d mmmm yyyy, 4 hh:mm, ... */
const STYLES =
  '<numFmts count="5">' +
  '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
  '<numFmt numFmtId="165" formatCode="[$-413]d\\ mmmm\\ yyyy;@"/>' +
  '<numFmt numFmtId="166" formatCode="hh:mm"/>' +
  '<numFmt numFmtId="167" formatCode="dd-mm-yyyy hh:mm"/>' +
  '<numFmt numFmtId="168" formatCode="#,##0.00 &quot;m&quot;"/>' +
  '</numFmts>' +
  // A decoy: cell *style* formats are not the cell formats that `s` points to.
  '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs>';

const TYPES_SHEET =
  '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
  '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c>' +
  '<c r="D2" t="str"><f>A1&amp;"x"</f><v>Naamx</v></c>' +
  '<c r="E2" t="inlineStr"><is><t>inline &amp; &lt;ok&gt;</t></is></c>' +
  '<c r="F2" t="inlineStr"><is><r><t>rijk </t></r><r><t>inline</t></r></is></c></row>' +
  // Row 3 is missing; row 4 has only formatted, empty cells, so it is skipped too.
  '<row r="4" ht="20" customHeight="1"><c r="A4" s="1"/><c r="B4" s="2"></c></row>' +
  '<row r="5"><c r="B5" t="s"><v>2</v></c><c r="D5"><v>7.5</v></c><c r="E5"><v>32</v></c>' +
  '<c r="F5"><v>1E-3</v></c><c r="G5"><v>-0.25</v></c><c r="H5" s="6"><v>1234.5</v></c><c r="I5" s="1"/></row>';

const DATES_SHEET =
  '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292</v></c><c r="C1" s="3"><v>45292</v></c>' +
  '<c r="D1" s="4"><v>0.5</v></c><c r="E1" s="5"><v>45292.75</v></c><c r="F1" s="1"><v>45292.5</v></c>' +
  '<c r="G1" s="0"><v>45292</v></c></row>' +
  '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>59</v></c><c r="C2" s="1"><v>60</v></c>' +
  '<c r="D2" s="1"><v>61</v></c><c r="E2" s="5"><v>45292.999999999</v></c></row>';

const EXPECTED_TYPES: XlsxRow[] = [
  { row: 1, cells: ['Naam', '', 'Jan de Vries (ë)'] },
  { row: 2, cells: ['true', 'false', '#N/A', 'Naamx', 'inline & <ok>', 'rijk inline'] },
  { row: 5, cells: ['', 'regel\r\ntwee', '', '7.5', '32', '0.001', '-0.25', '1234.5'] },
];

const EXPECTED_DATES: XlsxRow[] = [
  { row: 1, cells: ['2024-01-01', '2024-01-01', '2024-01-01', '0.5', '2024-01-01T18:00', '2024-01-01', '45292'] },
  { row: 2, cells: ['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2024-01-02T00:00'] },
];

function typesWorkbook(order?: string[]): Uint8Array {
  return handBuilt({
    sheets: [
      { name: 'Typen', xml: TYPES_SHEET },
      { name: 'Datums', xml: DATES_SHEET },
    ],
    sharedStrings: SHARED_STRINGS,
    styles: STYLES,
    ...(order ? { order } : {}),
  });
}

// --- reading ---------------------------------------------------------------------------------------

describe('readXlsxRows', () => {
  it('reads shared (rich) strings, inline strings, formula results, booleans, errors and numbers in place', async () => {
    expect(await readBoth(typesWorkbook())).toEqual(EXPECTED_TYPES);
  });

  it('returns numbers with a date format as ISO dates, and time-only formats as numbers', async () => {
    expect(await readBoth(typesWorkbook(), 1)).toEqual(EXPECTED_DATES);
  });

  it('honours the 1904 date system', async () => {
    const bytes = handBuilt({
      sheets: [
        { name: 'Mac', xml: '<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1" s="5"><v>0.25</v></c></row>' },
      ],
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expect(await readBoth(bytes)).toEqual([{ row: 1, cells: ['2024-01-01', '1904-01-01T06:00'] }]);
  });

  it("reads a sheet stored before sharedStrings.xml and styles.xml (Excel's own order), leaving no temp files", async () => {
    const excelOrder = [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
    ];
    const before = await spoolDirs();
    expect(await readBoth(typesWorkbook(excelOrder))).toEqual(EXPECTED_TYPES);
    expect(await readBoth(typesWorkbook(excelOrder), 1)).toEqual(EXPECTED_DATES);
    expect(await spoolDirs()).toEqual(before);
  });

  it('reads a sheet stored before the workbook and its relationships', async () => {
    const reversed = typesWorkbook([
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      '_rels/.rels',
      '[Content_Types].xml',
    ]);
    expect(await readBoth(reversed, 1)).toEqual(EXPECTED_DATES);
  });

  it('picks sheets in workbook (tab) order, not by part name', async () => {
    const bytes = zipSync({
      ...unzipSync(handBuilt({ sheets: [{ name: 'Eerste', xml: '' }] })),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
          '<sheet name="Tweede" sheetId="2" r:id="rId2"/><sheet name="Eerste" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/tweede.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>blad 1</t></is></c></row></sheetData></worksheet>`,
      ),
      'xl/worksheets/tweede.xml': strToU8(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>blad 2</t></is></c></row></sheetData></worksheet>`,
      ),
    });
    expect(await readBoth(bytes)).toEqual([{ row: 3, cells: ['', 'blad 2'] }]);
    expect(await readBoth(bytes, 1)).toEqual([{ row: 1, cells: ['blad 1'] }]);
    await expect(collect(chunked(bytes), 2)).rejects.toMatchObject({ name: 'XlsxError', code: 'no-sheet' });
  });

  it('reads namespace-prefixed elements and rows and cells without references', async () => {
    const sheet =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>' +
      '<x:row><x:c r="A5"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const bytes = zipSync({
      ...unzipSync(handBuilt({ sheets: [{ name: 'x', xml: '' }] })),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(await readBoth(bytes)).toEqual([
      { row: 1, cells: ['1', 'b'] },
      { row: 4, cells: ['', '', '3', '4'] },
      { row: 5, cells: ['5'] },
    ]);
  });

  it('cleans up when the caller stops reading early', async () => {
    const bytes = writeXlsx([{ name: 'a', rows: Array.from({ length: 2000 }, (_, i) => [`rij ${i + 1}`]) }]);
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield* chunked(bytes, 1024);
      } finally {
        closed = true;
      }
    }
    for await (const row of readXlsxRows(source())) {
      expect(row).toEqual({ row: 1, cells: ['rij 1'] });
      break;
    }
    expect(closed).toBe(true);
  });

  describe('rejects files that are not readable workbooks with an XlsxError', () => {
    const ole = (marker: string): Uint8Array => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      // Stream names sit in the OLE directory as UTF-16; put this one across a chunk boundary.
      bytes.set(Buffer.from(marker, 'utf16le'), 1000);
      return bytes;
    };
    const cases: [string, () => Uint8Array, string][] = [
      ['a CSV file renamed to .xlsx', () => strToU8('naam,telefoon\nJan,0612345678\n'), 'not-xlsx'],
      ['an empty file', () => new Uint8Array(0), 'not-xlsx'],
      ['a zip without a workbook (an .ods file)', () => zipSync({ 'content.xml': strToU8('<x/>') }), 'not-xlsx'],
      ['a password-protected workbook', () => ole('EncryptedPackage'), 'encrypted'],
      ['an Excel 97–2003 .xls file', () => ole('Workbook'), 'legacy-xls'],
      [
        'a truncated file',
        () => {
          const bytes = writeXlsx([{ name: 'a', rows: Array.from({ length: 3000 }, (_, i) => [i, `waarde ${i}`]) }]);
          return bytes.slice(0, Math.floor(bytes.length / 2));
        },
        'corrupt',
      ],
      [
        'malformed sheet XML',
        () => handBuilt({ sheets: [{ name: 'a', xml: '<row r="1"><c r="A1"><v>1</v></row>' }] }),
        'corrupt',
      ],
      [
        'a reference to a missing shared string',
        () => handBuilt({ sheets: [{ name: 'a', xml: '<row><c t="s"><v>7</v></c></row>' }], sharedStrings: '' }),
        'corrupt',
      ],
      [
        'an impossible cell reference',
        () => handBuilt({ sheets: [{ name: 'a', xml: '<row><c r="ZZZZ1"><v>1</v></c></row>' }] }),
        'corrupt',
      ],
    ];
    it.each(cases)('%s', async (_, bytes, code) => {
      for (const source of [chunked(bytes(), 500), await toFile(bytes())]) {
        const error: unknown = await collect(source).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(XlsxError);
        expect(error).toMatchObject({ code });
      }
    });
  });
});

describe('dateKindOf', () => {
  it.each([
    ['General', undefined],
    ['0.00', undefined],
    ['#,##0.00 [$€-413]', undefined],
    ['0" m"', undefined],
    ['0\\m', undefined],
    ['dd/mm/yyyy', 'date'],
    ['dd-mm-yyyy;@', 'date'],
    ['[$-413]d mmmm yyyy', 'date'],
    ['mmm-yy', 'date'],
    ['[Red]dd/mm', 'date'],
    ['yyyy-mm-dd hh:mm:ss', 'datetime'],
    ['hh:mm', undefined],
    ['h:mm AM/PM', undefined],
    ['[h]:mm:ss', undefined],
    ['[mm]:ss', undefined],
    ['mm:ss.0', undefined],
  ])('%s → %s', (code, kind) => {
    expect(dateKindOf(code)).toBe(kind);
  });
});

describe('excelSerialToIso', () => {
  it('converts serials in both date systems, rounding to the second', () => {
    expect(excelSerialToIso(45292, false, false)).toBe('2024-01-01');
    expect(excelSerialToIso(45292 - 1462, true, false)).toBe('2024-01-01');
    expect(excelSerialToIso(45292.5, false, true)).toBe('2024-01-01T12:00');
    expect(excelSerialToIso(45292 + 45_030 / 86_400, false, true)).toBe('2024-01-01T12:30:30');
    expect(excelSerialToIso(0.9999999999, false, true)).toBe('1900-01-01T00:00');
    expect(excelSerialToIso(-1, false, false)).toBeUndefined();
    expect(excelSerialToIso(3_000_000, false, false)).toBeUndefined();
  });
});

// --- writing ---------------------------------------------------------------------------------------

describe('writeXlsx', () => {
  const template: XlsxSheet = {
    name: 'Deelnemers',
    boldFirstRow: true,
    columnWidths: [24, 14],
    rows: [
      ['Naam', 'Telefoon', 'Opmerking', 'Aantal'],
      ['Eén ëxtra ijsje', '0612345678', 'komma, "aanhalingstekens" & <tags>', 32],
      [null, 'begint leeg', '', 7.5],
      [],
      [null, null, ''],
      ['rij 6', null, null, -0.001],
      ['  spaties  ', 'regel\nnieuw', 'cr\r\nlf\ttab', '_x0041_ blijft letterlijk'],
      ['emoji 😀', '\u0001stuur\u0008tekens\uFFFE', '', 1e21],
    ],
  };
  const expected: XlsxRow[] = [
    { row: 1, cells: ['Naam', 'Telefoon', 'Opmerking', 'Aantal'] },
    { row: 2, cells: ['Eén ëxtra ijsje', '0612345678', 'komma, "aanhalingstekens" & <tags>', '32'] },
    { row: 3, cells: ['', 'begint leeg', '', '7.5'] },
    { row: 6, cells: ['rij 6', '', '', '-0.001'] },
    { row: 7, cells: ['  spaties  ', 'regel\nnieuw', 'cr\r\nlf\ttab', '_x0041_ blijft letterlijk'] },
    { row: 8, cells: ['emoji 😀', 'stuurtekens', '', '1e+21'] },
  ];

  it('round-trips text (Dutch letters, quotes, leading zeros), numbers, gaps and missing rows', async () => {
    const bytes = writeXlsx([template, { name: 'Toelichting', rows: [['Vul één rij per deelnemer in.']] }]);
    expect(await readBoth(bytes)).toEqual(expected);
    expect(await readBoth(bytes, 1)).toEqual([{ row: 1, cells: ['Vul één rij per deelnemer in.'] }]);
  });

  it('writes the parts Excel needs, as well-formed XML, with a bold frozen header row', () => {
    const files = unzipSync(writeXlsx([template, { name: 'Tweede', rows: [] }]));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const text = (name: string): string => new TextDecoder().decode(files[name]);
    for (const name of Object.keys(files)) {
      const parser = new SaxesParser();
      expect(() => parser.write(text(name)).close(), name).not.toThrow();
    }
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(text('xl/styles.xml')).toMatch(/<cellXfs count="2">.*<xf numFmtId="0" fontId="1"/);
    expect(text('xl/styles.xml')).toMatch(/<fonts count="2"><font>.*<\/font><font><b\/>/);
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<c r="A2" t="inlineStr">');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="2" width="14"');
    expect(sheet.indexOf('<sheetViews>')).toBeLessThan(sheet.indexOf('<cols>'));
    expect(sheet.indexOf('<cols>')).toBeLessThan(sheet.indexOf('<sheetData>'));
  });

  it('makes sheet names valid: no []:*?/\\, at most 31 characters, unique', () => {
    const files = unzipSync(
      writeXlsx([
        { name: 'Deelnemers [2024]: a/b?c*d\\e', rows: [] },
        { name: 'Een heel lange naam voor een tabblad, echt te lang', rows: [] },
        { name: 'een heel lange naam voor een tabblad, echt te lang', rows: [] },
        { name: "'[]'", rows: [] },
      ]),
    );
    const names = [...new TextDecoder().decode(files['xl/workbook.xml']).matchAll(/<sheet name="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual([
      'Deelnemers 2024 abcde',
      'Een heel lange naam voor een ta',
      'een heel lange naam voor ee (2)',
      'Sheet4',
    ]);
    expect(names.every((name) => name !== undefined && name.length <= 31)).toBe(true);
  });

  it('refuses what a spreadsheet cannot hold', () => {
    expect(() => writeXlsx([])).toThrow(RangeError);
    expect(() => writeXlsx([{ name: 'a', rows: [[Number.NaN]] }])).toThrow(/A1/);
    expect(() => writeXlsx([{ name: 'a', rows: [[1, Infinity]] }])).toThrow(/B1/);
  });

  it('round-trips any grid of strings and numbers (property)', async () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        'é',
        'ë',
        'ij',
        ',',
        ';',
        '"',
        "'",
        '&',
        '<',
        '>',
        '\n',
        '\r',
        '\t',
        '0',
        '_x000D_',
        '_x',
        '😀',
      ),
      maxLength: 12,
    });
    const cell = fc.oneof(fc.constant(null), text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), async (rows) => {
        const want: XlsxRow[] = [];
        rows.forEach((row, i) => {
          const cells = row.map((v) => (v === null ? '' : String(v)));
          while (cells.length > 0 && cells[cells.length - 1] === '') {
            cells.pop();
          }
          if (cells.length > 0) {
            want.push({ row: i + 1, cells });
          }
        });
        expect(await collect(chunked(writeXlsx([{ name: 'p', rows }]), 64))).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });
});

// --- scale -----------------------------------------------------------------------------------------

/** A forced garbage collection: `global.gc` when node runs with --expose-gc, else enabled at run time. */
function forcedGc(): (() => void) | undefined {
  if (typeof globalThis.gc === 'function') {
    const gc = globalThis.gc;
    return () => void gc();
  }
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void (gc as () => unknown)() : undefined;
  } catch {
    return undefined;
  }
}

async function writeLargeWorkbook(path: string, rowCount: number): Promise<void> {
  const rows: (string | number | null)[][] = [
    ['Naam', 'Telefoon', 'Nummer', 'Uren', 'Plaats', 'Opmerking', 'Dag', 'X'],
  ];
  for (let i = 2; i <= rowCount; i++) {
    rows.push([
      `Deelnemer ${i}`,
      `06${String(i).padStart(8, '0')}`,
      i,
      i * 1.5,
      'Utrecht',
      `rij ${i} é`,
      i % 7,
      i % 3 ? null : 'x',
    ]);
  }
  await writeFile(path, writeXlsx([{ name: 'Groot', boldFirstRow: true, rows }]));
}

describe('reading at scale', () => {
  it('streams a 100,000-row sheet with flat memory', { timeout: 60_000 }, async () => {
    const path = join(dir, 'groot.xlsx');
    await writeLargeWorkbook(path, 100_000);
    const size = (await stat(path)).size;

    let consumed = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
        consumed += chunk.length;
        yield chunk;
      }
    }
    const gc = forcedGc();
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let count = 0;
    let last: XlsxRow | undefined;
    let consumedAtFirstRow = -1;
    let growthMidway = 0;
    for await (const row of readXlsxRows(counted())) {
      count += 1;
      last = row;
      if (count === 1) {
        consumedAtFirstRow = consumed;
      } else if (count === 54_321) {
        expect(row).toEqual({
          row: 54_321,
          cells: ['Deelnemer 54321', '0600054321', '54321', '81481.5', 'Utrecht', 'rij 54321 é', '1', 'x'],
        });
        if (gc) {
          gc();
          growthMidway = process.memoryUsage().heapUsed - baseline;
        }
      }
    }
    expect(count).toBe(100_000);
    expect(last).toEqual({
      row: 100_000,
      cells: ['Deelnemer 100000', '0600100000', '100000', '150000', 'Utrecht', 'rij 100000 é', '5'],
    });
    // Rows arrive while most of the file is still unread ...
    expect(consumedAtFirstRow).toBeGreaterThan(0);
    expect(consumedAtFirstRow).toBeLessThan(size / 10);
    // ... and what stays live halfway is far less than the rows read so far (~40 MB as objects).
    if (gc) {
      expect(growthMidway).toBeLessThan(32 * 1024 * 1024);
    }
  });
});
