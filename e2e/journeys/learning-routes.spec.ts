/// <reference lib="dom" />
/**
 * Journey: learning routes. The programme manager (the route's coordinator) creates a route with three
 * steps, a cohort and a target; the consultant registers three participants, enrols them in the cohort,
 * moves one to the BBL contract and one to the qualification step with an mbo certificate. The
 * coordinator's progress board, the cohort's members and the target progress show the change. The
 * step rules themselves (only forward, dates) are tested through the API (learning-routes.int.test.ts).
 * Second journey: the coordinator reads inflow and retention of a demo route (chart and table, small
 * counts hidden), downloads the table as CSV, opens the edit form of the demo Brugbaan (without saving:
 * the demo server is shared) and the inflow page at 360 px. Axe on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, launch, newContext, visited } from '../support.js';
import { ParticipantPage, dayFromToday, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const COORDINATOR = 'programmamanager@meedoen.demo';
const PROFESSIONAL = 'consulent@meedoen.demo';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);
const ROUTE = `Zorgroute ${marker}`;
const COHORT = `Groep ${marker}`;

async function register(page: Page, given: string, family: string): Promise<string> {
  await page.goto('/deelnemers/nieuw');
  await page.getByRole('heading', { level: 1, name: 'Deelnemer inschrijven' }).waitFor();
  await page.getByLabel('Voornaam (roepnaam)').fill(given);
  await page.getByLabel('Achternaam', { exact: true }).fill(family);
  await page.getByLabel('Geboortedatum', { exact: true }).fill('1990-03-03');
  await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
  await page.getByLabel('Aanpak', { exact: true }).selectOption({ label: 'Leerroute' });
  await page.getByLabel('Uitkeringsgerechtigde', { exact: true }).check();
  await page.getByRole('button', { name: 'Deelnemer inschrijven' }).click();
  await page.getByRole('heading', { level: 1, name: `${given} ${family}` }).waitFor();
  return new URL(page.url()).pathname;
}

describe('learning routes', () => {
  it('a coordinator sets up a route; a consultant enrols three people and moves them on; the board follows', async () => {
    // The coordinator creates the route, a cohort and a target.
    const coordinatorContext = await newContext(browser);
    const coordinator = await coordinatorContext.newPage();
    await loginWithSecondFactor(coordinator, COORDINATOR, secondFactors());
    await coordinator.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await coordinator.goto('/leerroutes');
    await coordinator.getByRole('heading', { level: 1, name: 'Leerroutes' }).waitFor();
    await coordinator.getByRole('link', { name: 'Voortraject Zorg' }).waitFor();
    await visited(coordinator, 'learning-routes');
    await coordinator.getByRole('button', { name: 'Leerroute aanmaken' }).click();
    await coordinator.getByLabel('Naam', { exact: true }).fill(ROUTE);
    await coordinator.getByLabel('Uitkeringsgerechtigde', { exact: true }).check();
    await coordinator.getByLabel('Naam van de stap').fill('Kennismaken');
    await coordinator.getByRole('button', { name: 'Stap toevoegen' }).click();
    await coordinator.getByLabel('Soort stap').nth(1).selectOption('bblContract');
    await coordinator.getByLabel('Naam van de stap').nth(1).fill('BBL-contract');
    await coordinator.getByRole('button', { name: 'Stap toevoegen' }).click();
    await coordinator.getByLabel('Soort stap').nth(2).selectOption('qualification');
    await coordinator.getByLabel('Naam van de stap').nth(2).fill('Certificaat');
    await expectAccessible(coordinator, 'learning-route-form');
    await coordinator.getByRole('button', { name: 'Leerroute opslaan' }).click();
    await coordinator.getByRole('heading', { level: 1, name: ROUTE }).waitFor();
    const routePath = new URL(coordinator.url()).pathname;

    await coordinator.getByRole('button', { name: 'Groep toevoegen' }).click();
    await coordinator.getByLabel('Naam van de groep').fill(COHORT);
    await coordinator.getByLabel('Startdatum').fill(dayFromToday(0));
    await coordinator.getByLabel('Aantal plaatsen').fill('3');
    await coordinator.getByRole('button', { name: 'Groep opslaan' }).click();
    await coordinator.getByText('De groep is toegevoegd.').waitFor();
    await coordinator.getByRole('button', { name: 'Doel toevoegen' }).click();
    await coordinator.getByLabel('Doel in woorden').fill('2 personen in een BBL-traject');
    await coordinator.getByLabel('Wat telt').selectOption('stepReached');
    await coordinator.getByLabel('Soort stap').selectOption('bblContract');
    await coordinator.getByLabel('Aantal personen').fill('2');
    await coordinator.getByLabel('Vanaf').fill(`${dayFromToday(0).slice(0, 4)}-01-01`);
    await coordinator.getByLabel('Tot en met').fill(`${dayFromToday(0).slice(0, 4)}-12-31`);
    await coordinator.getByRole('button', { name: 'Doel opslaan' }).click();
    await coordinator.getByText('Het doel is toegevoegd.').waitFor();
    await coordinator.getByText('0 van 2 bereikt (0%)').waitFor();
    await visited(coordinator, 'learning-route');

    // The consultant registers three participants and enrols them in the cohort.
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, secondFactors());
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    const people = [
      { given: 'Amira', family: `Leerling-${marker}` },
      { given: 'Bas', family: `Leerling-${marker}` },
      { given: 'Chantal', family: `Leerling-${marker}` },
    ];
    const paths: string[] = [];
    for (const p of people) {
      paths.push(await register(page, p.given, p.family));
      const section = new ParticipantPage(page).section('Leerroute');
      await section.getByText(`${p.given} doet niet mee aan een leerroute.`).waitFor();
      await section.getByRole('button', { name: `${p.given} inschrijven voor een leerroute` }).click();
      await section
        .getByLabel('Leerroute', { exact: true })
        .selectOption({ label: `${ROUTE} (Uitkeringsgerechtigde)` });
      await section.getByLabel(/^Groep/).selectOption({ index: 1 });
      await section.getByRole('button', { name: 'Inschrijven', exact: true }).click();
      await section.getByText(`${p.given} is ingeschreven voor ${ROUTE}.`).waitFor();
    }
    await visited(page, 'learning-route-participant');

    // Amira to the BBL contract; a step back afterwards is refused at the field.
    await page.goto(paths[0]!);
    let section = new ParticipantPage(page).section('Leerroute');
    await section.getByRole('button', { name: `Stap veranderen in ${ROUTE}` }).click();
    await section.getByLabel('Volgende stap').selectOption({ label: '2. BBL-contract' });
    await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await section.getByText('De deelnemer is nu in de stap BBL-contract.').waitFor();

    // Bas to the certificate step, with an mbo certificate.
    await page.goto(paths[1]!);
    section = new ParticipantPage(page).section('Leerroute');
    await section.getByRole('button', { name: `Stap veranderen in ${ROUTE}` }).click();
    await section.getByLabel('Volgende stap').selectOption({ label: '3. Certificaat' });
    await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await section.getByText('De deelnemer is nu in de stap Certificaat.').waitFor();
    await section.getByRole('button', { name: `Resultaat vastleggen bij ${ROUTE}` }).click();
    await section.getByLabel('Resultaat', { exact: true }).selectOption({ label: 'Mbo-certificaat' });
    await section.getByRole('button', { name: 'Resultaat opslaan' }).click();
    await section.getByText('Het resultaat is opgeslagen.').waitFor();
    await section.getByText(/Mbo-certificaat, \d/).waitFor();
    await expectAccessible(page, 'learning-route-outcome');

    // The coordinator's board and targets follow.
    await coordinator.goto(routePath);
    await coordinator.getByRole('heading', { level: 1, name: ROUTE }).waitFor();
    const board = coordinator.getByRole('group', { name: COHORT });
    for (const [step, count] of [
      ['Kennismaken', '1 deelnemer'],
      ['BBL-contract', '1 deelnemer'],
      ['Certificaat', '1 deelnemer'],
    ] as const) {
      await board.getByRole('listitem').filter({ hasText: step }).filter({ hasText: count }).waitFor();
    }
    await coordinator.getByText('1 van 2 bereikt (50%)').waitFor();
    await coordinator.getByRole('cell', { name: '3 van 3' }).waitFor();
    await visited(coordinator, 'learning-route-progress');
  }, 240_000);

  it('the coordinator reads inflow and retention, downloads the table and opens the route editor', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, COORDINATOR, secondFactors());
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.goto('/leerroutes');
    await page.getByRole('link', { name: 'Voortraject Zorg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortraject Zorg' }).waitFor();
    await page.getByRole('link', { name: 'Instroom en behoud bekijken (grafiek en tabel)' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Instroom en behoud: Voortraject Zorg' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Waarom staan er soms geen getallen?' }).waitFor();
    await page.getByRole('img', { name: 'Grafiek: instroom en behoud, Per groep' }).waitFor();
    const table = page.getByRole('table', { name: 'Instroom en behoud, Per groep' });
    await table.getByRole('columnheader', { name: 'Deelnemers', exact: true }).waitFor();
    await table.getByRole('rowheader', { name: 'Voortraject Zorg – groep 1' }).waitFor();
    await visited(page, 'learning-route-inflow');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Instroom en behoud als CSV-bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Instroom en behoud Voortraject Zorg \d{4}-\d{2}-\d{2}\.csv$/);
    const file = path.join(inject('dataDir'), `inflow-${marker}.csv`);
    await download.saveAs(file);
    const [firstLine] = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(firstLine).toBe(
      '\uFEFFGroep of doelgroep;Soort rij;Deelnemers;Baan in de sector;Bekend na 6 maanden;Na 6 maanden nog in de sector;Bekend na 12 maanden;Na 12 maanden nog in de sector',
    );

    // The editor of the demo Brugbaan: steps people are in say why they stay.
    await page.goto('/leerroutes');
    await page.getByRole('link', { name: 'Brugbanen Zorg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugbanen Zorg' }).waitFor();
    await page.getByRole('link', { name: 'Route wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugbanen Zorg wijzigen' }).waitFor();
    await page
      .getByText(
        'Er zitten of zaten deelnemers in deze stap. Daarom kan de stap niet weg en blijft de soort hetzelfde.',
      )
      .first()
      .waitFor();
    await visited(page, 'learning-route-edit');

    // The inflow page at 360 px: nothing sticks out sideways (WCAG 1.4.10 Reflow).
    const small = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'nl-NL',
      viewport: { width: 360, height: 780 },
      storageState: await context.storageState(),
    });
    const phone = await small.newPage();
    await phone.goto(new URL(page.url()).pathname.replace(/\/wijzigen$/, '/instroom-en-behoud'));
    await phone.getByRole('heading', { level: 1, name: 'Instroom en behoud: Brugbanen Zorg' }).waitFor();
    await phone.getByRole('img', { name: 'Grafiek: instroom en behoud, Per doelgroep' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await visited(phone, 'learning-route-inflow-360');
    await small.close();
    await context.close();
  }, 240_000);
});
