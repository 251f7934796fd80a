/// <reference lib="dom" />
/**
 * Journey: the participant portal. A consultant of Gemeente Utrecht, to whom Sanne de Vries gave
 * consent for her personal details and her plan, looks at her page. Sanne then logs in, reads her
 * details and her trajectory in plain words, sees who may see her data, stops the consent for her
 * plan (it asks first), gives a new consent, and finds in "Wie keek in mijn gegevens" that the
 * consultant looked. Back with the consultant, the trajectory section is gone: consent for identity
 * only does not reach the plan. Axe on every page.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import {
  CaseloadPage,
  DEMO_PASSWORD,
  Layout,
  LoginPage,
  ParticipantPage,
  loginWithSecondFactor,
} from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const CONSULTANT = 'consulent@meedoen.demo';
/** Sanne's row: the demo may have more people called Sanne de Vries, but only she is in IPS at the GGZ. */
const sanneRow = (page: Page) =>
  page.getByRole('row').filter({ hasText: 'de Vries, Sanne' }).filter({ hasText: 'GGZ De Linde' }).first();
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');

describe('participant portal', () => {
  it('a participant reads their details, stops a consent and sees who looked', async () => {
    // The consultant looks at Sanne's page (she gave Gemeente Utrecht consent for identity and plan).
    const coachContext = await newContext(browser);
    const coach = await coachContext.newPage();
    await loginWithSecondFactor(coach, CONSULTANT, secondFactors());
    await coach.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    const caseload = new CaseloadPage(coach);
    await caseload.open();
    await caseload.search('Sanne de Vries');
    await sanneRow(coach).getByRole('link', { name: 'de Vries, Sanne' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor();
    const sannePath = new URL(coach.url()).pathname;
    const sanne = new ParticipantPage(coach);
    await sanne
      .section('Traject')
      .getByRole('heading', { level: 3, name: /^IPS .* bij GGZ De Linde/ })
      .waitFor();
    // Consent lets the consultant read; the trajectory is not theirs to change, and the consents are not shown.
    expect(await sanne.section('Traject').getByLabel('Nieuwe fase').count()).toBe(0);
    expect(await sanne.section('Toestemmingen').count()).toBe(0);
    expect(await coach.getByRole('button', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    await sanne.section('Persoonsgegevens').getByText('BSN vastgelegd').waitFor();
    await visited(coach, 'participant-by-consent');
    await new Layout(coach).logout();

    // Sanne logs in: her home page leads to her details.
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('deelnemer@meedoen.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    expect(await page.title()).toBe('Mijn gegevens – Meedoen');
    // Sanne follows IPS and a learning route at once: each has its own card, named by its approach.
    const ips = page.getByRole('group', { name: /^Nu: Werk zoeken \(IPS/ });
    await ips.getByText('U werkt samen met GGZ De Linde (demo).', { exact: false }).waitFor();
    await ips.getByText('U zoekt samen met uw begeleider naar werk dat bij u past.').waitFor();
    expect(await ips.locator('[aria-current="step"]').innerText()).toContain('Werk zoeken');
    await page.getByRole('group', { name: /^Nu: .* \(Leerroute\)$/ }).waitFor();
    await visited(page, 'portal-details');

    // Who may see her data, in plain words.
    await page.getByRole('link', { name: /Wie mag mijn gegevens zien/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie mag mijn gegevens zien' }).waitFor();
    const now = page.getByRole('region', { name: 'Dit mag nu' });
    const planConsent = now
      .getByRole('listitem')
      .filter({ hasText: 'Gemeente Utrecht mag uw plan zien, voor een samenhangend plan.' });
    await planConsent.waitFor();
    await planConsent.getByText(/^U (gaf dit op papier|zei dit) op \d{1,2} \w+ \d{4}/).waitFor();
    await visited(page, 'portal-consents');

    // Stopping asks first.
    await planConsent.getByRole('button', { name: 'Toestemming stoppen: Gemeente Utrecht, uw plan' }).click();
    await page
      .getByText('Weet u het zeker? Gemeente Utrecht mag dan uw plan niet meer zien. Dat gaat meteen in.')
      .waitFor();
    await expectAccessible(page, 'portal-consent-stop-confirm');
    await page.getByRole('button', { name: 'Ja, stoppen' }).click();
    await page.getByText('Klaar. Gemeente Utrecht mag uw plan niet meer zien.').waitFor();
    const past = page.getByRole('region', { name: 'Dit mag niet meer' });
    await past.getByText('Gemeente Utrecht mocht uw plan zien, voor een samenhangend plan.').waitFor();
    await past
      .getByText(/^U stopte dit op/)
      .first()
      .waitFor();
    await now.getByText('Gemeente Utrecht mag uw persoonsgegevens zien, voor een samenhangend plan.').waitFor();

    // Give a new consent: a first try without choices shows what is missing.
    const give = page.getByRole('region', { name: 'Toestemming geven' });
    await give.getByRole('button', { name: 'Toestemming geven' }).click();
    await give.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(page, 'portal-consent-give-errors');
    await give.getByLabel('Welke organisatie?').selectOption({ label: 'UWV Midden-Utrecht' });
    await give.getByLabel('Uw wensen').check();
    await give.getByLabel('Voor begeleiding naar werk').check();
    await give.getByRole('button', { name: 'Toestemming geven' }).click();
    await give.getByText('Dank u. Uw toestemming staat erin.').waitFor();
    await now.getByText('UWV Midden-Utrecht mag uw wensen zien, voor begeleiding naar werk.').waitFor();
    await now
      .getByText(/^U gaf dit in Meedoen op/)
      .first()
      .waitFor();
    await visited(page, 'portal-consents-after');

    // Who looked: the consultant, a moment ago.
    await page
      .getByRole('link', { name: /Wie keek in mijn gegevens/ })
      .last()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Wie keek in mijn gegevens' }).waitFor();
    await page
      .getByRole('cell', { name: /Kees Bakker — Consulent, Gemeente Utrecht/ })
      .first()
      .waitFor();
    await page.getByRole('cell', { name: 'Uw persoonsgegevens bekeken' }).first().waitFor();
    await visited(page, 'portal-own-log');
    await new Layout(page).logout();
    await context.close();

    // The consultant still sees Sanne (identity) but no longer her trajectory (plan).
    await loginWithSecondFactor(coach, CONSULTANT, secondFactors());
    await coach.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    await coach.goto(sannePath);
    await coach.getByRole('heading', { level: 1, name: 'Sanne de Vries' }).waitFor();
    await sanne.section('Persoonsgegevens').waitFor();
    expect(await sanne.section('Traject').count()).toBe(0);
    await visited(coach, 'participant-identity-only');
    await coachContext.close();
  });

  it('the portal pages are only for participants, the caseload only for job coaches and consultants', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('werkgever@meedoen.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Anouk Visser' }).waitFor();
    for (const url of ['/mijn-toestemmingen', '/mijn-gegevens', '/deelnemers']) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    }
    await expectAccessible(page, 'not-for-this-role');
    await context.close();
  });
});
