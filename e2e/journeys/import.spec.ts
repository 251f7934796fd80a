/// <reference lib="dom" />
/**
 * Journey: a professional who keeps participants and trajectories in Excel brings them into Meedoen.
 * From the Werkvoorraad to "Importeren uit een spreadsheet"; the example files are there (not
 * downloaded); a first upload without a file or kind shows the error summary; a CSV with Dutch headers
 * and one deliberate error gets its columns linked by name, is checked, and shows the bad row with its
 * Dutch message and nothing saved; the corrected file is checked and saved, and the confirmation says
 * what was added. Then the trajectories of those participants, after which they are in the caseload.
 * The first (wrong) import is thrown away from the list of earlier imports. Axe on every page state,
 * and the check result once more on a 360 px wide screen.
 *
 * The professional is the demo consultant, for the reason in caseload.spec.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, screenshot, visited } from '../support.js';
import { CaseloadPage, Layout, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-import-e2e-'));
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PROFESSIONAL = 'consulent@meedoen.demo';
const marker = Math.random().toString(36).slice(2, 7);
const family = `Importsma-${marker}`;

/** A file as the team's Excel would save it as CSV: `;` between cells, Dutch headers as in the template. */
function writeCsv(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, rows.map((r) => r.join(';')).join('\r\n'), 'utf8');
  return file;
}

const PARTICIPANT_HEADER = ['Nummer', 'Voornaam', 'Achternaam', 'Geboortedatum', 'Gemeente', 'Telefoonnummer'];
const anna = [`D-${marker}-1`, 'Anna', family, '14-3-1990', 'Utrecht', '06-12345678'];
const bram = (dateOfBirth: string) => [`D-${marker}-2`, 'Bram', family, dateOfBirth, 'Utrecht', ''];

/** Step 1: the kind and the file, then "Bestand inlezen"; ends on the import's own page at step 2. */
async function upload(page: Page, kind: 'Deelnemers' | 'Trajecten', file: string): Promise<void> {
  const kindOption = page.getByRole('radio', { name: kind });
  if (!(await kindOption.isChecked())) {
    await kindOption.check();
  }
  await page.getByLabel('Uw bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Bestand inlezen' }).click();
  await page.waitForURL(/\/deelnemers\/importeren\/[0-9a-f-]{36}$/);
  const step2 = page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Koppel de kolommen' });
  await step2.waitFor();
  // Focus moves to step 2, so a screen-reader user hears where they are.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-step-2');
}

/** The result of step 3 (after "Controleren" or "Opslaan"): focus lands on it. */
async function waitForResult(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor();
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.meedoen-import-result'))))
    .toBe(true);
}

describe('import from a spreadsheet', () => {
  it('a consultant imports participants (first with an error) and their trajectories', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, path.join(inject('dataDir'), 'e2e-second-factors.json'));
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();

    // From the caseload to the import page.
    await new CaseloadPage(page).open();
    await page.getByRole('link', { name: 'Importeren uit een spreadsheet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren uit een spreadsheet' }).waitFor();
    expect(await page.title()).toBe('Importeren uit een spreadsheet – Meedoen');
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Kies wat u wilt importeren' }).waitFor();
    await page.getByText('eerst de deelnemers, dan de trajecten, dan de banen', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Eerdere imports' }).waitFor();
    await visited(page, 'import');

    // Example files for every kind, in Excel and as CSV (checked, not downloaded).
    for (const [name, kind] of [
      ['deelnemers', 'participants'],
      ['trajecten', 'trajectories'],
      ['banen', 'jobEpisodes'],
    ] as const) {
      const xlsx = page.getByRole('link', { name: `Voorbeeld ${name} (Excel)` });
      const csv = page.getByRole('link', { name: `Voorbeeld ${name} (CSV)` });
      expect(await xlsx.getAttribute('href')).toBe(`/api/v1/import-templates/${kind}/xlsx`);
      expect(await csv.getAttribute('href')).toBe(`/api/v1/import-templates/${kind}/csv`);
      expect(await xlsx.getAttribute('download')).not.toBeNull();
    }

    // Nothing chosen: the error summary takes focus and links to the fields.
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary
      .getByRole('link', { name: 'Wat staat er in uw bestand? Kies deelnemers, trajecten of banen.' })
      .waitFor();
    await summary.getByRole('link', { name: /Kies een bestand/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-file');
    await expectAccessible(page, 'import-upload-errors');
    await screenshot(page, 'import-upload-errors');

    // A file with one deliberate error: 31 February does not exist.
    const wrong = writeCsv(`deelnemers-${marker}.csv`, [PARTICIPANT_HEADER, anna, bram('31-2-1990')]);
    await upload(page, 'Deelnemers', wrong);
    // The columns are linked by their names; what the file does not have is not read.
    expect(await page.getByLabel('Nummer', { exact: true }).inputValue()).toBe('0');
    expect(await page.getByLabel('Geboortedatum').inputValue()).toBe('3');
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('');
    expect(await page.getByLabel('Geboortedatum').locator('option:checked').innerText()).toBe(
      'Geboortedatum (kolom D)',
    );
    await visited(page, 'import-mapping');

    await page.getByRole('button', { name: 'Controleren' }).click();
    await waitForResult(page, 'De controle is klaar. Er staat 1 fout in het bestand.');
    await page.getByText('1 deelnemer is nieuw. Die komt erbij.').waitFor();
    await page.getByText('In 1 rij staat een fout.').waitFor();
    await page.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();
    const errorRow = page.getByRole('table', { name: '1 fout' }).getByRole('row').nth(1);
    // The list of errors arrives after the counts.
    await errorRow.getByRole('cell').first().waitFor();
    expect(await errorRow.getByRole('cell').allInnerTexts()).toEqual([
      '3',
      'Geboortedatum',
      '31-2-1990',
      'Deze datum bestaat niet.',
    ]);
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await expectAccessible(page, 'import-check-errors');
    await screenshot(page, 'import-check-errors');

    // The same result on a phone-sized screen: nothing scrolls sideways but the error table.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'import-check-errors-360');
    await screenshot(page, 'import-check-errors-360');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The corrected file: read in again (the kind stays chosen), checked, saved.
    await page.getByRole('link', { name: 'Verbeterd bestand inlezen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren uit een spreadsheet' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Deelnemers' }).isChecked()).toBe(true);
    const corrected = writeCsv(`deelnemers-${marker}-verbeterd.csv`, [PARTICIPANT_HEADER, anna, bram('28-2-1990')]);
    await upload(page, 'Deelnemers', corrected);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await waitForResult(page, 'De controle is klaar. Er staan geen fouten in het bestand.');
    await page.getByText('2 deelnemers zijn nieuw. Die komen erbij.').waitFor();
    await expectAccessible(page, 'import-check-ok');
    await screenshot(page, 'import-check-ok');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await waitForResult(page, `Klaar. Het bestand ‘deelnemers-${marker}-verbeterd.csv’ is opgeslagen.`);
    await page.getByText('2 deelnemers zijn toegevoegd.').waitFor();
    await page.getByText('Importeer nu de trajecten van deze deelnemers.', { exact: false }).waitFor();
    await expectAccessible(page, 'import-saved');
    await screenshot(page, 'import-saved');

    // Then their trajectories (with no coach named, the importer is the coach).
    await page.getByRole('link', { name: 'Trajecten importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren uit een spreadsheet' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Trajecten' }).isChecked()).toBe(true);
    const trajectories = writeCsv(`trajecten-${marker}.csv`, [
      ['Nummer', 'Nummer deelnemer', 'Aanpak', 'Aanmelddatum', 'Fase', 'Datum fase'],
      [`T-${marker}-1`, `D-${marker}-1`, 'Jobcoaching', '1-9-2025', 'Zoeken naar werk', '1-10-2025'],
      [`T-${marker}-2`, `D-${marker}-2`, 'Jobcoaching', '15-9-2025', '', ''],
    ]);
    await upload(page, 'Trajecten', trajectories);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await waitForResult(page, 'Er staan geen fouten in het bestand.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await waitForResult(page, `Klaar. Het bestand ‘trajecten-${marker}.csv’ is opgeslagen.`);
    await page.getByText('2 trajecten zijn toegevoegd.').waitFor();

    // The participants are now in the caseload.
    await page.getByRole('link', { name: 'Naar de werkvoorraad' }).click();
    const caseload = new CaseloadPage(page);
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await caseload.search(family);
    const rows = caseload.table().getByRole('row').filter({ hasText: family });
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'Anna' }).getByText('Zoeken naar werk').waitFor();

    // The earlier imports: the wrong file is still there, checked with an error; throw it away.
    await page.goto('/deelnemers/importeren');
    const list = page.getByRole('table', { name: /Bestanden die uw organisatie inlas/ });
    const wrongRow = list.getByRole('row').filter({ hasText: `deelnemers-${marker}.csv` });
    await wrongRow.getByText('Gecontroleerd: 1 fout').waitFor();
    await wrongRow.getByText('2 rijen: 1 nieuw, 0 veranderd, 0 hetzelfde, 1 met fouten').waitFor();
    await list
      .getByRole('row')
      .filter({ hasText: `trajecten-${marker}.csv` })
      .getByText('Opgeslagen')
      .waitFor();
    await visited(page, 'import-list');
    await wrongRow.getByRole('link', { name: `deelnemers-${marker}.csv` }).click();
    await page.getByText('De controle is klaar. Er staat 1 fout in het bestand.').waitFor();
    await page.getByRole('cell', { name: 'Deze datum bestaat niet.' }).waitFor();
    await page.getByRole('button', { name: 'Weggooien' }).click();
    await page.getByText('Weet u het zeker? Het bestand en de controle worden weggegooid.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, weggooien');
    await expectAccessible(page, 'import-discard-confirm');
    await page.getByRole('button', { name: 'Ja, weggooien' }).click();
    await page.getByText(`Het bestand ‘deelnemers-${marker}.csv’ is weggegooid. Er is niets opgeslagen.`).waitFor();
    // A thrown-away import leaves the list; the saved ones stay.
    await expect.poll(() => wrongRow.count()).toBe(0);
    await list
      .getByRole('row')
      .filter({ hasText: `deelnemers-${marker}-verbeterd.csv` })
      .waitFor();
    await expectAccessible(page, 'import-discarded');

    await new Layout(page).logout();
    await context.close();
    // Three files through all steps, each with a check and a save in the background: longer than most journeys.
  }, 150_000);
});
