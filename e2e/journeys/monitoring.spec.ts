/// <reference lib="dom" />
/**
 * Journey: monitoring (issue 5). The demo programme manager opens the Sterk door Werk programme, reads a
 * goal's progress sentence and adds a goal; opens the figures, breaks them down per municipality and reads
 * why some numbers show as "< 10"; reads how long it takes per approach (the time to a first employer
 * contact) and the teams against the IPS norms; the same page at 360 px does not stick out sideways. The evaluator
 * records an IPS fidelity review for a new team (first without scores: each item says so), sees the total
 * and band the API computed, and adds an action point and marks it done. Axe on every page and state.
 * The numbers themselves are tested through the API (src/modules/monitoring/*.int.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, launch, newContext, visited } from '../support.js';
import { Layout, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const MANAGER = 'programmamanager@meedoen.demo';
const EVALUATOR = 'onderzoeker@meedoen.demo';
const PROGRAMME = 'Sterk door Werk Midden-Utrecht (demo)';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);

describe('monitoring', () => {
  it('a programme manager reads goal progress and the figures; small numbers are explained', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, MANAGER, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await new Layout(page).navigate('Monitoring');
    await page.getByRole('heading', { level: 1, name: "Programma's" }).waitFor();
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    // The goal's progress as the API's sentence, with its bar's percentage beside it.
    await page.getByText(/^Midden-Utrecht: (\d+|< 10) van 100/).waitFor();
    await page.getByRole('heading', { level: 3, name: 'IPS: minstens 41 % aan het werk per kwartaal' }).waitFor();
    await visited(page, 'monitoring-programme');
    // The goals with their progress as a file, for the funders' spreadsheet: a row per region of the goal.
    const [goals] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (voor Excel): de doelen en hun voortgang' }).click(),
    ]);
    expect(goals.suggestedFilename()).toMatch(/^doelen-\d{4}-\d{2}-\d{2}\.csv$/);
    const goalsCsv = fs.readFileSync(await goals.path(), 'utf8');
    expect(goalsCsv).toContain('\r\nDoel;Wat telt;Periode;Voor;Nu;Percentage;Streefwaarde;');
    expect(goalsCsv).toMatch(/;Midden-Utrecht;(\d+|< 10);;100;/);

    // A new goal, with a field error first (the target is missing).
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goalForm = page.locator('#goal-new-panel');
    await goalForm.getByLabel('Doel in woorden').fill(`Baanstarts bij het werkbedrijf ${marker}`);
    await goalForm.getByLabel('Wat telt').selectOption({ label: 'Baanstarts' });
    await goalForm.getByRole('button', { name: 'Doel opslaan' }).click();
    await goalForm.getByRole('alert').getByText('Vul dit veld in.').waitFor();
    await expectAccessible(page, 'monitoring-goal-form-error');
    await goalForm.getByLabel('Doel (aantal)').fill('25');
    await goalForm.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByText('Het doel is toegevoegd.').waitFor();
    await page.getByRole('heading', { level: 3, name: `Baanstarts bij het werkbedrijf ${marker}` }).waitFor();
    await page
      .getByText(/: (\d+|< 10) van 25/)
      .first()
      .waitFor();
    await expectAccessible(page, 'monitoring-goal-added');

    // A document for an initiative: first without choosing a file (the field says so), then a project plan.
    const initiative = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 3, name: /^IPS voor de gemeentelijke doelgroep/ }) });
    await initiative.getByRole('button', { name: 'Document opslaan' }).click();
    await initiative.getByText('Kies eerst een bestand.').waitFor();
    await initiative.getByLabel('Document toevoegen').setInputFiles({
      name: `Projectplan ${marker}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    });
    await initiative.getByRole('button', { name: 'Document opslaan' }).click();
    await page.getByText(`Projectplan ${marker}.pdf is toegevoegd.`).waitFor();
    await page.getByRole('link', { name: `Projectplan ${marker}.pdf` }).waitFor();
    await expectAccessible(page, 'monitoring-initiative-document');

    // The figures of the own region, then per municipality.
    await page
      .getByRole('navigation', { name: 'Onderdelen van monitoring' })
      .getByRole('link', { name: 'Cijfers' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    await page.getByText(/Regio: Midden-Utrecht\./).waitFor();
    await page.getByRole('table', { name: /^Bereik, baanstarts, duurzaam geplaatst en gewerkte uren, / }).waitFor();
    await visited(page, 'monitoring-dashboard');
    await page.getByLabel('Uitsplitsen per').selectOption({ label: 'Gemeente' });
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    const table = page.getByRole('table', {
      name: /^Bereik, baanstarts, duurzaam geplaatst en gewerkte uren per gemeente, /,
    });
    await table.getByRole('columnheader', { name: 'Gemeente' }).waitFor();
    expect(new URL(page.url()).searchParams.get('per')).toBe('gemeente');
    await table.getByRole('rowheader', { name: 'Utrecht', exact: true }).waitFor();
    await page.getByText('Waarom ziet u soms geen getal?').waitFor();
    await page.getByText('"< 10" betekent: minder dan 10 mensen. Het precieze aantal laten we niet zien.').waitFor();
    await page
      .getByRole('img', { name: /^Bereik per gemeente \(van hoog naar laag\)\. .*< 10 \(verborgen\)/ })
      .waitFor();
    await visited(page, 'monitoring-dashboard-municipality');
    // The same table as a file: the CSV download holds the breakdown's header and the "< 10" signs.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (voor Excel): de cijfertabel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cijfers-municipality-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFCijfers uit Meedoen')).toBe(true);
    expect(csv).toContain('\r\nGemeente;Bereik;Baanstarts;');

    // The same figures per month, as a chart of one measure and a table of all.
    await page.getByRole('heading', { level: 2, name: 'Verloop per maand' }).waitFor();
    const series = page.getByRole('table', { name: /^Cijfers per maand, / });
    await series.getByRole('rowheader', { name: 'Hele periode' }).waitFor();
    await page.getByLabel('De grafiek per maand toont').selectOption({ label: 'Gewerkte uren' });
    await page.getByRole('img', { name: /^Gewerkte uren per maand\. / }).waitFor();

    // How long it takes per approach (Kaplan–Meier lines with their table), and the teams against the IPS norms.
    await page.getByRole('heading', { level: 2, name: 'Hoe lang duurt het? Per aanpak' }).waitFor();
    await page
      .getByRole('table', { name: 'Per aanpak in getallen' })
      .getByRole('columnheader', { name: 'Mensen met werk' })
      .waitFor();
    await page
      .getByLabel('Wat wilt u zien?')
      .selectOption({ label: 'Tijd van aanmelding tot het eerste gesprek met een werkgever' });
    const durations = page.getByRole('table', { name: 'Per aanpak in getallen' });
    await durations.getByRole('columnheader', { name: 'Gesprek met een werkgever gehad' }).waitFor();
    await durations.getByRole('rowheader', { name: 'IPS (Individuele Plaatsing en Steun)' }).waitFor();
    await page.getByRole('img', { name: /^Eén lijn per aanpak: IPS \(Individuele Plaatsing en Steun\)/ }).waitFor();
    const teams = page.getByRole('table', { name: /^Caseload en werkgeverscontacten per team, op / });
    await teams.getByRole('rowheader', { name: 'GGZ De Linde (demo)' }).waitFor();
    await teams
      .getByText(/\(boven de norm\)|\(binnen de norm\)/)
      .first()
      .waitFor();
    await visited(page, 'monitoring-dashboard-durations-teams');

    // The shared address opens the same view on a phone, and nothing sticks out sideways (WCAG 1.4.10).
    const small = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'nl-NL',
      viewport: { width: 360, height: 780 },
      storageState: await context.storageState(),
    });
    const phone = await small.newPage();
    await phone.goto(new URL(page.url()).pathname + new URL(page.url()).search);
    await phone.getByRole('table', { name: /per gemeente/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await visited(phone, 'monitoring-dashboard-360');
    await small.close();
    await context.close();
  }, 180_000);

  it('an evaluator records a fidelity review and sees its band; an action point is added and done', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, EVALUATOR, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/monitoring/modelgetrouwheid');
    await page.getByRole('heading', { level: 1, name: 'Modelgetrouwheid IPS' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'IPS-team De Linde (GGZ De Linde (demo))' }).waitFor();
    await visited(page, 'monitoring-fidelity');
    await page.getByRole('link', { name: 'Meting vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meting vastleggen' }).waitFor();
    await page.getByText('1. Omvang van de caseload').waitFor();
    await visited(page, 'monitoring-fidelity-new');

    const team = `IPS-team ${marker}`;
    await page.getByLabel('Organisatie van het team').selectOption({ label: 'GGZ De Linde (demo)' });
    await page.getByLabel('Naam van het team (niet verplicht)').fill(team);
    await page.getByLabel('Beoordelaars').fill('Beoordelaar journey');
    // Without scores: the summary lists each item, and each item says so at its own place.
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary
      .getByRole('link', { name: '1. Omvang van de caseload: Geef dit onderdeel een score van 1 tot en met 5.' })
      .waitFor();
    await expectAccessible(page, 'monitoring-fidelity-new-errors');
    const items = page.locator('.meedoen-monitoring-item');
    expect(await items.count()).toBe(25);
    for (let i = 0; i < 25; i++) {
      await items
        .nth(i)
        .getByLabel(i === 0 ? '5' : '4', { exact: true })
        .check();
    }
    await page.getByLabel('Toelichting bij Omvang van de caseload (niet verplicht)').fill('Hooguit 20 deelnemers.');
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Meting ${team}, `) }).waitFor();
    // 24 × 4 + 5 = 101: the API's band for 100–114.
    await page.getByText('Totaal 101 van 125 punten: Goede modelgetrouwheid.').waitFor();
    await page.getByText('Dit is de eerste meting van dit team.').waitFor();
    await page
      .getByRole('img', { name: /^Personeel: score per onderdeel \(1 tot en met 5\) .*Omvang van de caseload: 5/ })
      .waitFor();
    await visited(page, 'monitoring-fidelity-review');

    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByLabel('Wat gaat er gebeuren?').fill(`Werkgeverscontacten plannen ${marker}`);
    await page.getByRole('button', { name: 'Actiepunt opslaan' }).click();
    await page.getByText('Het actiepunt is toegevoegd.').waitFor();
    await page.getByRole('button', { name: `Klaar: Werkgeverscontacten plannen ${marker}` }).click();
    await page.getByText(`Het actiepunt is klaar: Werkgeverscontacten plannen ${marker}`).waitFor();
    await expectAccessible(page, 'monitoring-fidelity-point-done');

    // The history lists the new team with its total and band.
    await page.goto('/monitoring/modelgetrouwheid');
    const history = page.getByRole('table', { name: `Metingen van ${team} (GGZ De Linde (demo)), oudste eerst` });
    await history.getByRole('cell', { name: '101 van 125' }).waitFor();
    await history.getByRole('cell', { name: 'Goede modelgetrouwheid' }).waitFor();
    await context.close();
  }, 180_000);

  it('an evaluator compares IPS with job coaching: work within 12 months, then the time to a first job', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, EVALUATOR, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/monitoring/effecten');
    await page.getByRole('heading', { level: 1, name: 'Effecten vergelijken' }).waitFor();
    await page.getByText('Kies eerst een periode en wie in de groepen zitten.').waitFor();
    await visited(page, 'monitoring-effects-empty');
    await page.getByLabel('Vanaf').fill('2024-01-01');
    await page.getByLabel('Tot en met').fill('2025-12-31');
    const groupA = page.getByRole('group', { name: 'Groep A' });
    const groupB = page.getByRole('group', { name: 'Groep B' });
    await groupA.getByLabel('Aanpak').selectOption({ label: 'IPS (Individuele Plaatsing en Steun)' });
    await groupB.getByLabel('Aanpak').selectOption({ label: 'Jobcoaching' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    // The question is in the address bar, in Dutch, so the view can be shared.
    await page.waitForURL(/uitkomst=werkBinnen.*aanpakA=ips.*aanpakB=jobCoaching/);
    const cohorts = page.getByRole('table', { name: 'Wie we vergelijken' });
    await cohorts.getByRole('cell', { name: 'IPS (Individuele Plaatsing en Steun)' }).waitFor();
    // Every count is either a number or a protected "< 10" / "x" — and the note says why.
    const counts = await cohorts.locator('td.meedoen-num').allInnerTexts();
    expect(counts).toHaveLength(4);
    for (const c of counts) {
      // The first line is what is seen; a hidden count adds the reason for screen readers on the next.
      expect(c.split('\n')[0]!.trim()).toMatch(/^(\d+|< ?\d+|x)$/);
    }
    await page.getByText('dit is een vergelijking, geen bewijs').waitFor();
    await visited(page, 'monitoring-effects-job-within');

    await page
      .getByLabel('Uitkomst', { exact: true })
      .selectOption({ label: 'Tijd van aanmelding tot het eerste werk' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.waitForURL(/uitkomst=tijdTotWerk/);
    await page.getByRole('columnheader', { name: 'Aan het werk gegaan' }).waitFor();
    const curves = page.getByRole('img', { name: /^Twee lijnen: groep A \(IPS/ });
    const medians = page.getByRole('table', { name: 'De helft van de groep: na hoeveel maanden' });
    // The demo region has enough IPS and job-coaching trajectories for curves; group A's median is a number.
    await curves.waitFor();
    await medians
      .getByRole('cell', { name: /^\d+(,\d)? maanden/ })
      .first()
      .waitFor();
    await page
      .getByText(/log-ranktoets/)
      .first()
      .waitFor();
    await visited(page, 'monitoring-effects-time-to-job');
    await context.close();
  }, 180_000);

  it('a programme manager sees where each approach ran and what is known about it, and describes one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, MANAGER, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/monitoring/aanpakken');
    await page.getByRole('heading', { level: 1, name: 'Aanpakken' }).waitFor();
    const ips = page.getByRole('region', { name: 'IPS (Individuele Plaatsing en Steun)' });
    await ips.getByText('Regionaal: Midden-Utrecht').waitFor();
    // The reach is the indicator's suppressed count; IPS in the demo region reaches far more than 10.
    const outcomes = ips.getByRole('table', { name: /^Uitkomsten van IPS .*, regio Midden-Utrecht$/ });
    const reach = outcomes.getByRole('cell').first();
    await reach.waitFor();
    expect(Number(await reach.innerText())).toBeGreaterThan(10);
    // Outcomes next to fidelity: the demo IPS team's latest review with its band.
    await ips
      .getByRole('listitem')
      .filter({ hasText: /^IPS-team De Linde: \d+ van 125 punten, .+ \(.+\d{4}\)$/ })
      .first()
      .waitFor();
    await ips.getByRole('link', { name: 'Individuele Plaatsing en Steun (IPS)' }).waitFor();
    await visited(page, 'monitoring-approaches');
    const other = page.getByRole('region', { name: 'Andere aanpak' });
    await other.getByRole('button', { name: 'Beschrijving wijzigen: Andere aanpak' }).click();
    const text = `Alle trajecten die niet onder een vaste aanpak vallen (${marker}).`;
    await other.getByLabel('Beschrijving in het Nederlands').fill(text);
    await expectAccessible(page, 'monitoring-approaches-edit');
    await other.getByRole('button', { name: 'Beschrijving opslaan' }).click();
    await page.getByText('De beschrijving van Andere aanpak is opgeslagen.').waitFor();
    await other.getByText(text).waitFor();
    await context.close();
  }, 180_000);

  it('a programme manager starts a process evaluation and records a discussion', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, MANAGER, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/monitoring');
    await page.getByRole('link', { name: PROGRAMME }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    await page.getByRole('link', { name: 'Procesevaluatie van Werkfit met jobcoaching' }).click();
    await page.getByRole('heading', { level: 1, name: 'Procesevaluatie: Werkfit met jobcoaching' }).waitFor();
    await page.getByText('Dit initiatief heeft nog geen vragen voor de procesevaluatie.').waitFor();
    await visited(page, 'monitoring-process-empty');
    await page.getByRole('button', { name: 'Begin met de standaardvragen' }).click();
    await page.getByText('De standaardvragen zijn toegevoegd.').waitFor();
    await page
      .getByText('Checklist: 6 punten. Bij de laatste bespreking: ja 0, deels 0, nee 0. Nog niet besproken: 6.')
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Werkplekken organiseren' }).waitFor();
    await visited(page, 'monitoring-process-questions');

    await page.getByRole('button', { name: 'Bespreking vastleggen' }).click();
    // An open question answered with nothing but "not discussed" elsewhere: the name is missing first.
    await page.getByRole('button', { name: 'Bespreking opslaan' }).click();
    await page.getByRole('link', { name: /Naam van de bespreking: Vul dit veld in/ }).waitFor();
    await page.getByLabel('Naam van de bespreking').fill(`Startbijeenkomst ${marker}`);
    await page.getByLabel('Wie deden mee').fill('Projectleider, twee jobcoaches, onderzoeker');
    await page.getByLabel('Antwoord op vraag 1', { exact: true }).selectOption({ label: 'Deels' });
    await page.getByLabel('Toelichting bij vraag 1 (niet verplicht)').fill('Training weerbaarheid start in januari.');
    await page
      .getByLabel('Antwoord op vraag 2', { exact: true })
      .fill('Deelnemers willen vaker een vast aanspreekpunt.');
    await expectAccessible(page, 'monitoring-process-round-form');
    await page.getByRole('button', { name: 'Bespreking opslaan' }).click();
    await page.getByText('De bespreking is vastgelegd.').waitFor();
    await page
      .getByText('Checklist: 6 punten. Bij de laatste bespreking: ja 0, deels 1, nee 0. Nog niet besproken: 5.')
      .waitFor();
    const rounds = page.getByRole('table', { name: 'Besprekingen, nieuwste eerst' });
    await rounds.getByRole('rowheader', { name: `Startbijeenkomst ${marker}` }).waitFor();
    await page.getByText('Deelnemers willen vaker een vast aanspreekpunt.').waitFor();
    await visited(page, 'monitoring-process-round');
    await context.close();
  }, 180_000);

  it('an evaluator registers a study and makes a file without names; the file is listed with its checksum', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, EVALUATOR, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/monitoring/onderzoek');
    await page.getByRole('heading', { level: 1, name: 'Onderzoek' }).waitFor();
    await visited(page, 'monitoring-research');
    await page.getByRole('button', { name: 'Onderzoek vastleggen' }).click();
    // Nothing filled in: each field says so at its own place, and the summary links to it.
    await page.getByRole('button', { name: 'Onderzoek opslaan' }).click();
    await page.getByRole('link', { name: /Naam van het onderzoek: Vul dit veld in/ }).waitFor();
    await expectAccessible(page, 'monitoring-research-errors');
    const study = `Werkt IPS ook in de regio? ${marker}`;
    await page.getByLabel('Naam van het onderzoek').fill(study);
    await page.getByLabel('Wat wil het onderzoek weten?').fill('Of IPS-deelnemers vaker en sneller werk vinden.');
    await page.getByLabel('Grondslag').fill('AVG artikel 89; DPIA 2026-11 van 2 november 2026');
    await page.getByLabel('Begint op').fill('2026-11-01');
    await page.getByLabel('Eindigt op').fill('2027-10-31');
    await page.getByRole('button', { name: 'Onderzoek opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: study }).waitFor();
    await page.getByText('Voor dit onderzoek is nog geen bestand gemaakt.').waitFor();
    await visited(page, 'monitoring-research-study');

    await page.getByLabel('Aangemeld vanaf').fill('2024-01-01');
    await page.getByLabel('Aangemeld tot en met').fill('2025-12-31');
    await page.getByLabel('Aanpak').selectOption({ label: 'IPS (Individuele Plaatsing en Steun)' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bestand maken' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip file
    await page.getByText(/^Het bestand .+\.xlsx is gemaakt en gedownload\.$/).waitFor();
    const files = page.getByRole('table', { name: 'Bestanden voor dit onderzoek, nieuwste eerst' });
    const row = files.getByRole('row').nth(1);
    await row.getByRole('cell', { name: /^[0-9a-f]{16}…$/ }).waitFor();
    expect(Number(await row.getByRole('cell').nth(2).innerText())).toBeGreaterThan(0);
    await visited(page, 'monitoring-research-file');
    await context.close();
  }, 180_000);
});
