/// <reference lib="dom" />
/**
 * Journey: a professional with a caseload logs in with a second factor, opens the Werkvoorraad,
 * searches (the search is in the URL and survives a reload), sorts, registers a new participant (first
 * with mistakes, to see the error summary), changes the phase, records a consent, changes the
 * details, closes the trajectory (which asks first) and starts a new one. Axe on every page.
 *
 * The professional is the demo consultant (Gemeente Utrecht): second-factor.spec.ts needs the demo job
 * coach without a second factor, so a journey here that set one up for the job coach would break it
 * (or, run after it, could not log in). The screens are the same for both roles.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { CaseloadPage, Layout, ParticipantPage, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PROFESSIONAL = 'consulent@meedoen.demo';

/** A random BSN that passes the elfproef (9 digits, weighted sum divisible by 11). */
function randomBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + Math.floor(Math.random() * 8) : Math.floor(Math.random() * 10),
    );
    const check = digits.reduce((sum, d, i) => sum + (9 - i) * d, 0) % 11;
    if (check < 10) {
      return [...digits, check].join('');
    }
  }
}

/** `YYYY-MM-DD` of a day `years` years before today. */
function yearsAgo(years: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  return d.toISOString().slice(0, 10);
}

describe('caseload', () => {
  it('a consultant searches the caseload, registers a participant and works on the trajectory', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, path.join(inject('dataDir'), 'e2e-second-factors.json'));
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();

    // The home page leads to the caseload.
    await page.getByRole('link', { name: 'Werkvoorraad' }).first().click();
    const caseload = new CaseloadPage(page);
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await caseload.table().waitFor();
    expect(await page.title()).toBe('Werkvoorraad – Meedoen');
    await visited(page, 'caseload');

    // A search is in the URL, so it is shareable and survives a reload.
    await caseload.search('de Vries');
    await page.waitForURL(/[?&]q=de\+Vries/);
    await caseload
      .participantLink(/de Vries/)
      .first()
      .waitFor();
    const names = await caseload.table().locator('tbody tr td:first-child a').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('de Vries'))).toBe(true);
    await page.reload();
    await caseload
      .participantLink(/de Vries/)
      .first()
      .waitFor();
    expect(await page.getByLabel('Zoek op naam').inputValue()).toBe('de Vries');
    await visited(page, 'caseload-search');

    // Sorting by a column header, with the keyboard; the header says how it is sorted.
    await caseload.open();
    await caseload.table().waitFor();
    const nameHeader = page.getByRole('columnheader', { name: /^Naam/ });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]sort=-name/);
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: /^Fase sinds/ }).click();
    await page.waitForURL(/[?&]sort=phaseSince/);
    await page.getByText(/deelnemers, gesorteerd op fase sinds \(oudste eerst\)/).waitFor();

    // Filters: only my own participants, in one phase.
    await page.getByLabel('Alleen mijn deelnemers').check();
    await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Zoeken naar werk' });
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/mine=1/);
    await page
      .getByRole('table')
      .or(page.getByText('Er zijn geen deelnemers gevonden.', { exact: false }))
      .waitFor();
    await visited(page, 'caseload-filtered');

    // Register a participant: first with mistakes, which the error summary lists and links to.
    await page.getByRole('link', { name: 'Deelnemer inschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deelnemer inschrijven' }).waitFor();
    await visited(page, 'participant-register');
    const family = `Testbeek-${Math.random().toString(36).slice(2, 7)}`;
    await page.getByLabel('Voornaam (roepnaam)').fill('Noah');
    await page.getByLabel('Achternaam', { exact: true }).fill(family);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(yearsAgo(10));
    await page.getByLabel(/^BSN/).fill('123456789');
    await page.getByLabel(/^Telefoonnummer/).fill('06 12345678');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Houten' });
    await page.getByLabel('Arbeidsbeperking').check();
    await page.getByLabel('Uitkering', { exact: true }).selectOption({ label: 'Participatiewet (bijstand)' });
    await page.getByLabel('Aanpak', { exact: true }).selectOption({ label: 'Leerroute' });
    await page.getByRole('button', { name: 'Deelnemer inschrijven' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: /^Een deelnemer is minstens 14 jaar/ }).waitFor();
    await summary.getByRole('link', { name: /BSN.*Dit is geen geldig BSN/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-bsn');
    // …and at the fields themselves.
    await page.getByText('Dit is geen geldig BSN.', { exact: false }).nth(1).waitFor();
    expect(await page.getByLabel(/^BSN/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'participant-register-errors');
    await page.screenshot({ path: 'test-results/screenshots/participant-register-errors.png', fullPage: true });

    await page.getByLabel('Geboortedatum', { exact: true }).fill('1990-05-17');
    await page.getByLabel(/^BSN/).fill(randomBsn());
    await page.getByRole('button', { name: 'Deelnemer inschrijven' }).click();

    // The participant page: the details, the new trajectory with the consultant as lead, no consents yet.
    await page.getByRole('heading', { level: 1, name: `Noah ${family}` }).waitFor();
    await page.getByText(`Noah ${family} is ingeschreven.`, { exact: false }).waitFor();
    const participant = new ParticipantPage(page);
    const details = participant.section('Persoonsgegevens');
    const trajectory = participant.section('Traject');
    const consents = participant.section('Toestemmingen');
    await details.getByText('Houten (regio Midden-Utrecht)').waitFor();
    // A consultant who supports the participant may see the BSN.
    await details.getByText(/^\d{9}$/).waitFor();
    await trajectory.getByRole('heading', { level: 3, name: 'Leerroute bij Gemeente Utrecht' }).waitFor();
    await trajectory.getByText('Kees Bakker (hoofdbegeleider)').waitFor();
    await consents.getByText('Er is nog geen toestemming vastgelegd.').waitFor();
    await visited(page, 'participant');

    // Change the phase: the history keeps every step.
    await participant.changePhase('Intake');
    await trajectory.getByText('De fase is veranderd in ‘Intake’.').waitFor();
    await trajectory.getByRole('cell', { name: 'Aanmelding → Intake' }).waitFor();
    await trajectory.getByRole('cell', { name: 'Aanmelding', exact: true }).waitFor();

    // Record a consent given on paper, for the GGZ that will offer IPS.
    const record = consents.getByRole('region', { name: 'Toestemming vastleggen' });
    await record.getByLabel('Organisatie').selectOption({ label: 'GGZ De Linde (demo)' });
    await record.getByLabel('Plan en traject').check();
    await record.getByLabel('Persoonsgegevens').check();
    await record.getByLabel('Doel').selectOption({ label: 'Samenhangend plan' });
    await record.getByLabel('Op papier').check();
    await record.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents.getByText('De toestemming is vastgelegd.').waitFor();
    const consentRows = consents.getByRole('row').filter({ hasText: 'GGZ De Linde (demo)' });
    await expect.poll(() => consentRows.count()).toBe(2);
    await consentRows
      .filter({ hasText: 'Plan en traject' })
      .getByText('vastgelegd door Kees Bakker', { exact: false })
      .waitFor();
    // The same consent again is refused, at the field.
    await record.getByLabel('Organisatie').selectOption({ label: 'GGZ De Linde (demo)' });
    await record.getByLabel('Plan en traject').check();
    await record.getByLabel('Doel').selectOption({ label: 'Samenhangend plan' });
    await record.getByLabel('Mondeling').check();
    await record.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents
      .getByRole('alert')
      .filter({ hasText: 'Voor deze organisatie, dit soort gegevens en dit doel is al toestemming gegeven.' })
      .waitFor();
    await expectAccessible(page, 'participant-consent-error');

    // Change the details.
    await details.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-givenName');
    await details.getByLabel(/^Telefoonnummer/).fill('030 1234567');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await details.getByText('De gegevens zijn opgeslagen.').waitFor();
    await details.getByText('030 1234567').waitFor();

    // Closing asks first; cancelling changes nothing.
    await trajectory.getByLabel('Nieuwe fase').selectOption({ label: 'Afgesloten (traject stoppen)' });
    await trajectory.getByLabel('Reden van afsluiten').selectOption({ label: 'Verhuisd' });
    await trajectory.getByRole('button', { name: 'Traject afsluiten' }).click();
    await trajectory.getByText('Weet u het zeker? Het traject wordt afgesloten en kan niet meer open.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, traject afsluiten');
    await expectAccessible(page, 'participant-close-confirm');
    await page.screenshot({ path: 'test-results/screenshots/participant-close-confirm.png', fullPage: true });
    await trajectory.getByRole('button', { name: 'Annuleren' }).click();
    await trajectory.getByRole('button', { name: 'Traject afsluiten' }).click();
    await trajectory.getByRole('button', { name: 'Ja, traject afsluiten' }).click();
    await trajectory.getByText('Het traject is afgesloten.').waitFor();
    await trajectory.getByRole('cell', { name: 'Intake → Afgesloten' }).waitFor();
    await trajectory.getByText('Verhuisd').waitFor();

    // A closed trajectory stays closed; a new one can start.
    await trajectory.getByRole('heading', { name: 'Nieuw traject starten' }).waitFor();
    await visited(page, 'participant-closed');
    await trajectory.getByLabel('Aanpak').selectOption({ label: 'Jobcoaching' });
    await trajectory.getByRole('button', { name: 'Traject starten' }).click();
    await trajectory.getByText('Het nieuwe traject is gestart.').waitFor();
    await trajectory.getByRole('heading', { level: 3, name: 'Jobcoaching bij Gemeente Utrecht' }).waitFor();
    await expect.poll(() => trajectory.getByRole('heading', { level: 3 }).count()).toBe(2);

    // Back in the caseload, the new participant is found.
    await page.getByRole('link', { name: '← Terug naar de werkvoorraad' }).click();
    await caseload.search(family);
    const row = caseload.table().getByRole('row').filter({ hasText: family });
    await row.waitFor();
    await row.getByText('Aanmelding').waitFor();
    await row.getByText('Jobcoaching').waitFor();
    await visited(page, 'caseload-new-participant');

    await new Layout(page).logout();
    await context.close();
  });

  it('a participant page that does not exist, or is not yours, is not found', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, path.join(inject('dataDir'), 'e2e-second-factors.json'));
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    await page.goto('/deelnemers/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectAccessible(page, 'participant-not-found');
    await context.close();
  });
});
