/**
 * Lays out the funders' report ({@link ReportModel}) as an A4 PDF with pdfkit: margins, headings, a table
 * and a bar chart of the indicators drawn as vector graphics, page numbers "Pagina n van m" in the footer.
 *
 * Fonts: the PDF standard Helvetica (no font files, nothing embedded). It writes WinAnsi text, which holds
 * the Dutch letters (ë, é, ï), "€", "–" and curly quotes; characters outside it (such as "≥") are replaced
 * by {@link pdfText} so they never turn into wrong glyphs.
 *
 * Suppressed cells keep their sign: a hidden count is printed as "< 10" or "x" and never drawn as a bar
 * (a bar's length would give the hidden number away).
 */
import type { Translator } from '../../../platform/i18n/i18n.js';
import type { ReportCell, ReportModel } from './report.model.js';

const MARGIN = 56; // 2 cm
const FOOTER = 40;
const INK = '#1a1a1a';
const MUTED = '#555555';
const BAR = '#1d5d90';
const RULE = '#b3b3b3';

/** The characters that WinAnsiEncoding holds beyond Latin-1 (the 0x80–0x9F block of Windows-1252). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
};

/**
 * Text that Helvetica (WinAnsi) can show: known characters outside it become a plain equivalent, other
 * ones a "?". Control characters other than newlines are dropped.
 * @param s - text from the model (user input included)
 */
export function pdfText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
    } else if (ch in REPLACEMENTS) {
      out += REPLACEMENTS[ch];
    } else if (code === 0x09) {
      out += ' ';
    } else if (code >= 0x20) {
      out += '?';
    }
  }
  return out;
}

type Doc = PDFKit.PDFDocument;

class Layout {
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  private bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when fewer than `height` points are left. */
  need(height: number): void {
    if (this.doc.y + height > this.bottom()) {
      this.doc.addPage();
    }
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 20 : level === 2 ? 15 : 12;
    const doc = this.doc.font('Helvetica-Bold').fontSize(size).fillColor(INK);
    // Keep a heading with at least a few lines of what follows it.
    this.need(doc.heightOfString(pdfText(text), { width: this.width }) + 48);
    if (level === 2 && this.doc.y > this.doc.page.margins.top + 1) {
      this.doc.moveDown(0.8);
    }
    this.doc.text(pdfText(text), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(level === 1 ? 0.6 : 0.35);
  }

  paragraph(text: string, options: { small?: boolean; bold?: boolean; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.small ? 9 : 10.5)
      .fillColor(options.small ? MUTED : INK);
    const clean = pdfText(text);
    this.need(Math.min(this.doc.heightOfString(clean, { width: this.width - indent }), 60));
    this.doc.text(clean, MARGIN + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
    this.doc.moveDown(0.3);
  }

  bullets(items: string[]): void {
    for (const item of items) {
      this.doc.font('Helvetica').fontSize(10.5).fillColor(INK);
      const clean = pdfText(item);
      this.need(this.doc.heightOfString(clean, { width: this.width - 14 }));
      const y = this.doc.y;
      this.doc.text('•', MARGIN, y, { width: 12 });
      this.doc.text(clean, MARGIN + 14, y, { width: this.width - 14, lineGap: 1.5 });
      this.doc.moveDown(0.15);
    }
    this.doc.moveDown(0.2);
  }

  /** Label–value lines (the title page's facts). */
  facts(lines: { label: string; value: string }[]): void {
    const labelWidth = 150;
    for (const { label, value } of lines) {
      this.doc.fontSize(10.5).fillColor(INK);
      const clean = pdfText(value);
      const height = this.doc.font('Helvetica').heightOfString(clean, { width: this.width - labelWidth });
      this.need(height);
      const y = this.doc.y;
      this.doc.font('Helvetica-Bold').text(pdfText(label), MARGIN, y, { width: labelWidth - 8 });
      this.doc.font('Helvetica').text(clean, MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(this.doc.y, y + height) + 3;
    }
    this.doc.moveDown(0.4);
  }

  /** A table with a bold header row, repeated on a new page; columns as fractions of the width. */
  table(columns: { header: string; share: number; align?: 'left' | 'right' }[], rows: string[][]): void {
    const doc = this.doc;
    const widths = columns.map((c) => c.share * this.width);
    const pad = 4;
    const rowHeight = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
      return (
        Math.max(...cells.map((c, i) => doc.heightOfString(pdfText(c), { width: widths[i]! - 2 * pad }))) + 2 * pad
      );
    };
    const drawRow = (cells: string[], bold: boolean) => {
      const h = rowHeight(cells, bold);
      const y = doc.y;
      let x = MARGIN;
      doc.fillColor(INK);
      cells.forEach((c, i) => {
        doc.text(pdfText(c), x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left' });
        x += widths[i]!;
      });
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + this.width, y + h)
        .lineWidth(bold ? 1 : 0.5)
        .strokeColor(bold ? INK : RULE)
        .stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    const header = columns.map((c) => c.header);
    this.need(rowHeight(header, true) + rowHeight(rows[0] ?? header, false));
    drawRow(header, true);
    for (const row of rows) {
      if (doc.y + rowHeight(row, false) > this.bottom()) {
        doc.addPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    doc.moveDown(0.6);
  }

  /**
   * Horizontal bars, one per row, scaled to the largest shown count. A hidden count gets its sign in
   * place of a bar.
   */
  barChart(rows: { label: string; cell: ReportCell }[], title: string): void {
    const doc = this.doc;
    const labelWidth = 170;
    const valueWidth = 44;
    const barHeight = 14;
    const gap = 8;
    const chartWidth = this.width - labelWidth - valueWidth;
    const max = Math.max(1, ...rows.map((r) => (r.cell.suppressed ? 0 : (r.cell.value ?? 0))));
    const height = rows.length * (barHeight + gap) + 24;
    this.need(height + 20);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(pdfText(title), MARGIN, doc.y, { width: this.width });
    doc.moveDown(0.4);
    const top = doc.y;
    const x0 = MARGIN + labelWidth;
    rows.forEach((r, i) => {
      const y = top + i * (barHeight + gap);
      doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor(INK)
        .text(pdfText(r.label), MARGIN, y + 2, { width: labelWidth - 8, height: barHeight + gap, ellipsis: true });
      if (r.cell.suppressed || r.cell.value === null) {
        doc
          .font('Helvetica-Oblique')
          .fillColor(MUTED)
          .text(pdfText(r.cell.display), x0 + 4, y + 2, { width: chartWidth });
        return;
      }
      const w = (r.cell.value / max) * chartWidth;
      if (w > 0) {
        doc.rect(x0, y, w, barHeight).fillColor(BAR).fill();
      }
      doc
        .font('Helvetica')
        .fillColor(INK)
        .text(pdfText(r.cell.display), x0 + w + 4, y + 2, { width: valueWidth + chartWidth - w - 4 });
    });
    const axisBottom = top + rows.length * (barHeight + gap) - gap / 2;
    doc
      .moveTo(x0, top - 3)
      .lineTo(x0, axisBottom)
      .lineWidth(0.75)
      .strokeColor(INK)
      .stroke();
    doc.x = MARGIN;
    doc.y = axisBottom + 12;
  }
}

/**
 * Renders the report as PDF bytes (A4, Helvetica, page numbers).
 * @param model - the report, every text already localised and every count already published
 * @param t - the reader's translator, for headings and fixed labels
 */
export async function renderInitiativeReport(model: ReportModel, t: Translator): Promise<Uint8Array> {
  // Loaded on the first report: most processes never make one (some 20 MB of memory).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER / 2, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: pdfText(`${t('monitoring.report.title')}: ${model.title}`), Creator: 'Meedoen' },
    displayTitle: true,
    lang: t('monitoring.report.lang'),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const l = new Layout(doc);

  // Title page header
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(pdfText(t('monitoring.report.title')), MARGIN, MARGIN);
  doc.moveDown(0.3);
  l.heading(1, model.title);
  l.facts(model.facts);
  if (model.description) {
    l.paragraph(model.description);
  }
  l.heading(3, t('monitoring.report.parties'));
  l.bullets(model.parties.map((p) => `${p.name} (${p.kind}): ${p.perspective}`));
  l.heading(3, t('monitoring.report.buildingBlocks'));
  l.bullets(model.buildingBlocks.length > 0 ? model.buildingBlocks : [t('monitoring.report.none')]);
  l.paragraph(model.signs, { small: true });

  // Goals
  l.heading(2, t('monitoring.report.goals'));
  if (model.goals.intro) {
    l.paragraph(model.goals.intro, { small: true });
  }
  if (model.goals.note) {
    l.paragraph(model.goals.note);
  }
  if (model.goals.items.length === 0 && !model.goals.note) {
    l.paragraph(t('monitoring.report.goals.none'));
  }
  for (const g of model.goals.items) {
    l.heading(3, g.description);
    l.paragraph(g.subtitle, { small: true });
    if (g.sentences.length > 0) {
      l.bullets(g.sentences);
    }
    if (g.note) {
      l.paragraph(g.note, { small: true });
    }
  }
  if (model.goals.routeTargets.length > 0) {
    l.heading(3, t('monitoring.report.routeTargets'));
    l.bullets(model.goals.routeTargets);
  }

  // Indicators
  l.heading(2, t('monitoring.report.indicators'));
  if (model.indicators.period) {
    l.paragraph(model.indicators.period, { small: true });
  }
  if (model.indicators.note) {
    l.paragraph(model.indicators.note);
  }
  if (model.indicators.rows.length > 0) {
    l.table(
      [
        { header: t('monitoring.report.indicator'), share: 0.3 },
        { header: t('monitoring.report.definition'), share: 0.55 },
        { header: t('monitoring.report.count'), share: 0.15, align: 'right' },
      ],
      model.indicators.rows.map((r) => [r.label, r.definition, r.cell.display]),
    );
    l.barChart(
      model.indicators.rows.filter((r) => r.inChart),
      t('monitoring.report.chart'),
    );
    if (model.indicators.rows.some((r) => r.inChart && r.cell.suppressed)) {
      l.paragraph(t('monitoring.report.chart.hidden'), { small: true });
    }
  }

  // Fidelity
  l.heading(2, t('monitoring.report.fidelity'));
  if (model.fidelity.note) {
    l.paragraph(model.fidelity.note);
  }
  if (model.fidelity.reviews.length > 0) {
    l.table(
      [
        { header: t('monitoring.report.fidelity.team'), share: 0.36 },
        { header: t('monitoring.report.fidelity.date'), share: 0.2 },
        { header: t('monitoring.report.fidelity.score'), share: 0.14, align: 'right' },
        { header: t('monitoring.report.fidelity.band'), share: 0.3 },
      ],
      model.fidelity.reviews.map((r) => [r.team, r.reviewedOn, r.score, r.band]),
    );
  }

  // Process evaluation
  l.heading(2, t('monitoring.report.process'));
  l.paragraph(model.process.rounds);
  if (model.process.standing) {
    l.paragraph(model.process.standing);
  }
  if (model.process.questions.length === 0) {
    l.paragraph(t('monitoring.report.process.none'));
  }
  model.process.questions.forEach((q, i) => {
    doc.font('Helvetica-Bold').fontSize(10.5);
    l.need(doc.heightOfString(pdfText(q.text), { width: l.width }) + 30);
    l.paragraph(`${i + 1}. ${q.text}`, { bold: true });
    l.paragraph(q.about, { small: true, indent: 14 });
    if (q.answer) {
      const answer = [q.answer.status, q.answer.note].filter(Boolean).join(': ');
      l.paragraph(answer, { indent: 14 });
      l.paragraph(q.answer.round, { small: true, indent: 14 });
    } else {
      l.paragraph(t('monitoring.report.process.notAnswered'), { indent: 14 });
    }
    doc.moveDown(0.3);
  });

  // Footer with page numbers on every page (the bottom margin is lifted so the text does not add a page).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(
        pdfText(`${model.title} · ${t('monitoring.report.page', { page: i + 1, pages: range.count })}`),
        MARGIN,
        doc.page.height - MARGIN,
        { width: l.width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
