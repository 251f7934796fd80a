/// <reference lib="dom" />
/**
 * Journey: the learning network. A coordinator plans a full event (one place); a resident takes the
 * place, a professional joins the waiting list and sees their place on it; the resident cancels, the
 * professional now has the place, and the mail that says so is in the development mailbox. Then the
 * coordinator starts a learning track for two gemeenten, adds a module with an assignment (a date outside
 * the module is refused at the field), and records one gemeente's progress. The waiting-list rules
 * themselves are tested through the API (learning-network.int.test.ts). Axe on every page and state.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { DEMO_PASSWORD, LoginPage, dayFromToday, loginWithSecondFactor } from '../pages/pages.js';
import { LearningEventPage, LearningTrackPage, NewLearningEventPage } from '../pages/learning-network.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const COORDINATOR = 'kennisredacteur@meedoen.demo';
const RESIDENT = 'deelnemer@meedoen.demo';
const PROFESSIONAL = 'consulent@meedoen.demo';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);
const EVENT = `Kennisatelier wachtlijst ${marker}`;
const TRACK = `Leergang samen werken ${marker}`;

async function loginWithPassword(page: Page, email: string, name: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.login(email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${name}` }).waitFor();
}

describe('learning network', () => {
  it('a professional registers for a full event and is moved up after a cancellation', async () => {
    // The coordinator plans an event with one place and publishes it.
    const coordinatorContext = await newContext(browser);
    const coordinator = await coordinatorContext.newPage();
    await loginWithPassword(coordinator, COORDINATOR, 'Fatima Yilmaz');
    const planner = new NewLearningEventPage(coordinator);
    await planner.openFromNetworkPage();
    const day = dayFromToday(21);
    await planner.fill({
      type: 'kennisatelier',
      title: EVENT,
      startsAt: `${day}T14:00`,
      endsAt: `${day}T16:00`,
      location: 'Stadskantoor Utrecht',
      capacity: 1,
    });
    await expectAccessible(coordinator, 'learning-event-form');
    await planner.publish();
    await coordinator.getByRole('heading', { level: 1, name: EVENT }).waitFor();
    const eventPath = new URL(coordinator.url()).pathname;
    await coordinator.getByText('0 van 1 bezet').waitFor();
    await visited(coordinator, 'learning-event-coordinator');

    // A resident takes the one place.
    const residentContext = await newContext(browser);
    const resident = await residentContext.newPage();
    await loginWithPassword(resident, RESIDENT, 'Sanne de Vries');
    const residentEvent = new LearningEventPage(resident);
    await residentEvent.open(eventPath, EVENT);
    await residentEvent.register();
    await resident.getByText('U bent aangemeld. U krijgt een e-mail.').waitFor();

    // The professional finds the event full and joins the waiting list: first on it.
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, secondFactors());
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    const event = new LearningEventPage(page);
    await event.open(eventPath, EVENT);
    await event
      .registration()
      .getByText('Deze activiteit is vol. Niemand staat nog op de wachtlijst. U kunt op de wachtlijst gaan staan.')
      .waitFor();
    await visited(page, 'learning-event-full');
    await event.joinWaitingList();
    await event.registration().getByText('U staat op de wachtlijst, op plaats 1. U krijgt een e-mail.').waitFor();
    await event.registration().getByText('U staat op de wachtlijst, op plaats 1.', { exact: true }).waitFor();
    await expectAccessible(page, 'learning-event-waitlisted');
    await page.goto('/leernetwerk');
    const mine = page.getByRole('region', { name: 'Mijn aanmeldingen' });
    await mine
      .getByRole('listitem')
      .filter({ hasText: EVENT })
      .getByText('U staat op de wachtlijst, op plaats 1.')
      .waitFor();
    await visited(page, 'learning-network-mine-waitlisted');

    // The resident cancels; the place moves to the professional.
    await residentEvent.open(eventPath, EVENT);
    await residentEvent.cancel();
    await resident.getByText('U bent afgemeld.').waitFor();
    await expectAccessible(resident, 'learning-event-cancelled');

    await event.open(eventPath, EVENT);
    await event.registration().getByText('U bent aangemeld.', { exact: true }).waitFor();
    await page.getByText('1 van 1 bezet').waitFor();
    await visited(page, 'learning-event-moved-up');

    // The coordinator's list of registrations says the same.
    await coordinator.reload();
    const registrations = coordinator.getByRole('region', { name: 'Aanmeldingen' }).getByRole('table');
    await registrations.getByRole('row').filter({ hasText: 'Kees Bakker' }).getByText('Heeft een plaats').waitFor();
    await registrations.getByRole('row').filter({ hasText: 'Sanne de Vries' }).getByText('Afgemeld').waitFor();
    await expectAccessible(coordinator, 'learning-event-registrations');

    // The mail to the professional, read in the development mailbox by the administrator.
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await loginWithSecondFactor(admin, 'beheerder@meedoen.demo', secondFactors());
    await admin.getByRole('heading', { level: 1, name: 'Welkom, Jeroen de Boer' }).waitFor();
    const mail = admin
      .getByRole('article')
      .filter({ has: admin.getByRole('heading', { name: `Er is een plaats voor u: ${EVENT}` }) })
      .first();
    // The mail leaves through the outbox (a background job): look again until it is there.
    for (let attempt = 0; ; attempt++) {
      await admin.goto('/beheer/e-mails');
      await admin.getByRole('heading', { level: 1 }).waitFor();
      if (
        await mail
          .waitFor({ timeout: 3_000 })
          .then(() => true)
          .catch(() => false)
      ) {
        break;
      }
      expect(attempt, 'the promotion mail arrives in the mailbox').toBeLessThan(10);
    }
    expect(await mail.innerText()).toContain(PROFESSIONAL);
    expect(await mail.innerText()).toContain('U stond op de wachtlijst en nu heeft u een plaats.');
    await expectAccessible(admin, 'learning-event-promotion-mail');

    await Promise.all([coordinatorContext, residentContext, context, adminContext].map((c) => c.close()));
  }, 240_000);

  it('a coordinator starts a learning track, adds a module and records one gemeente’s progress', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithPassword(page, COORDINATOR, 'Fatima Yilmaz');
    await page.goto('/leernetwerk/leergangen');
    await page.getByRole('heading', { level: 1, name: 'Leergangen' }).waitFor();
    await page.getByRole('link', { name: 'Leergang integraal werken aan participatie' }).waitFor();
    await visited(page, 'learning-tracks');

    await page.getByRole('link', { name: 'Leergang starten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Leergang starten' }).waitFor();
    const year = dayFromToday(0).slice(0, 4);
    await page.getByLabel('Naam van de leergang').fill(TRACK);
    await page.getByLabel('Begindatum').fill(`${year}-01-01`);
    await page.getByLabel('Einddatum').fill(`${year}-12-31`);
    await page.getByLabel('Gemeente Houten').check();
    await page.getByLabel('Gemeente Zeist').check();
    await expectAccessible(page, 'learning-track-form');
    await page.getByRole('button', { name: 'Leergang opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: TRACK }).waitFor();
    await page.getByText('Deze leergang heeft nog geen modules.').waitFor();
    await visited(page, 'learning-track-new');

    // A module with an assignment whose date lies outside the module: refused at that field.
    await page.getByRole('button', { name: 'Module toevoegen' }).click();
    await page.getByLabel('Naam van de module').fill('Module 1: samen één plan');
    await page.getByLabel('Begindatum van de module').fill(`${year}-02-01`);
    await page.getByLabel('Einddatum van de module').fill(`${year}-03-31`);
    await page.getByLabel('Opdracht 1', { exact: true }).fill('Bespreek een casus met drie domeinen');
    await page.getByLabel('Klaar op (opdracht 1)').fill(`${year}-04-15`);
    await page.getByRole('button', { name: 'Module opslaan' }).click();
    const due = page.getByLabel('Klaar op (opdracht 1)');
    await page.getByText('De datum van de opdracht moet binnen de module vallen.').first().waitFor();
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'learning-track-module-error');
    await due.fill(`${year}-03-15`);
    await page.getByRole('button', { name: 'Module opslaan' }).click();
    await page.getByText('De module is toegevoegd.').waitFor();

    // Houten's progress on the assignment.
    const track = new LearningTrackPage(page);
    await track.recordProgress(
      'Gemeente Houten',
      'Bespreek een casus met drie domeinen',
      'Klaar',
      'Besproken met Wmo en Jeugd.',
    );
    await page
      .getByText('De voortgang van Gemeente Houten bij ‘Bespreek een casus met drie domeinen’ is opgeslagen.')
      .waitFor();
    const grid = track.moduleTable('Module 1: samen één plan');
    const houten = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gemeente Houten' }) });
    await houten.getByText('Klaar', { exact: true }).waitFor();
    await houten.getByText('Besproken met Wmo en Jeugd.').waitFor();
    const summary = track.summaryTable().getByRole('row').filter({ hasText: 'Gemeente Houten' });
    expect(await summary.getByRole('cell').allInnerTexts()).toEqual(['1', '0', '0', '0']);
    await visited(page, 'learning-track-progress');

    // Shared material from the knowledge portal: found with the portal's search, added, removed again.
    await page.getByText('Er is nog geen materiaal gedeeld.').waitFor();
    await page.getByLabel('Zoekwoorden').fill('jobcoach');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const results = page.getByRole('list', { name: 'Gevonden in de kennisbank' });
    const first = results.getByRole('listitem').first();
    const title = await first.getByRole('link').innerText();
    await first.getByRole('button', { name: `Toevoegen: ${title}` }).click();
    await page.getByText(`Toegevoegd: ${title}.`).waitFor();
    await page.getByRole('button', { name: `Verwijderen: ${title}` }).waitFor();
    await first.getByText('al toegevoegd').waitFor();
    await expectAccessible(page, 'learning-track-materials');
    await page.getByRole('button', { name: `Verwijderen: ${title}` }).click();
    await page.getByText(`Verwijderd: ${title}.`).waitFor();
    await page.getByText('Er is nog geen materiaal gedeeld.').waitFor();
    await page.getByRole('button', { name: `Toevoegen: ${title}` }).click();
    await page.getByText(`Toegevoegd: ${title}.`).waitFor();

    // At 360 px the tables still read (no overflow of the page itself).
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await visited(page, 'learning-track-progress-360');
    await context.close();
  }, 180_000);
});
