/// <reference lib="dom" />
/**
 * Journey: the capacity profile on UWV's Functionele Mogelijkhedenlijst (FML). Sanne de Vries, the demo
 * participant, fills in part of "Wat ik kan" (in B1, with a "namelijk" the list asks for), on a wide
 * and on a 360 px screen, and finds her answers again after a reload. Then a professional (the demo
 * consultant, for the reason in caseload.spec.ts) registers and invites a participant; the participant
 * fills in "Wat ik kan"; the professional records an assessment of a few items with a note (first
 * without any item, to see the error summary), and sees it next to the participant's own answers with
 * the difference said in words; the participant then sees the professional's answer next to hers.
 * Axe on every page and every opened form.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, launch, newContext, screenshot, visited } from '../support.js';
import {
  DEMO_PASSWORD,
  Layout,
  LoginPage,
  ParticipantPage,
  acceptInvitation,
  loginWithSecondFactor,
} from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PROFESSIONAL = 'consulent@meedoen.demo';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);
const family = `Hendriks-${marker}`;
const email = `lotte.hendriks.${marker}@voorbeeld.nl`;
const PASSWORD = 'een lange zin als wachtwoord';

const LIFT_5KG = 'Beperkt: kan ongeveer 5 kg tillen (tot en met 50 keer per uur)';
const LIFT_10KG = 'Licht beperkt: kan ongeveer 10 kg tillen (tot en met 10 keer per uur)';
const HOURS_20 = 'Beperkt: kan gemiddeld ongeveer 20 uur per week werken';

/** "Wat ik kan" in the main menu, as a participant finds it. */
async function openOwnCapacity(page: Page): Promise<void> {
  await new Layout(page).navigate('Wat ik kan');
  await page.getByRole('heading', { level: 1, name: 'Wat ik kan' }).waitFor();
  await page.getByRole('button', { name: /^Bewegen/ }).waitFor();
}

describe('capacity (FML)', () => {
  it('the participant fills in part of "Wat ik kan" and finds it saved', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('deelnemer@meedoen.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    await openOwnCapacity(page);
    expect(await page.title()).toBe('Wat ik kan – Meedoen');
    await page
      .getByText('De vragen komen uit de Functionele Mogelijkhedenlijst (FML). Dat is een lijst van UWV.', {
        exact: false,
      })
      .waitFor();
    await visited(page, 'capacity-portal');

    // A part of the list behind a big button, explained in plain words; nothing is chosen yet.
    const moving = page.getByRole('button', { name: /^Bewegen/ });
    expect(await moving.getAttribute('aria-expanded')).toBe('false');
    await moving.click();
    expect(await moving.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Deze vragen gaan over bewegen tijdens het werk.', { exact: false }).waitFor();
    const lifting = page.getByRole('group', { name: 'Tillen', exact: true });
    await lifting.getByLabel(LIFT_5KG).check();
    await page.getByRole('button', { name: /^Omgaan met anderen/ }).click();
    await page.getByRole('group', { name: 'Zien', exact: true }).getByLabel('Beperkt', { exact: true }).check();
    await expectAccessible(page, 'capacity-portal-open');

    // Zien needs a few words ("namelijk"): the error summary says so and links to the field.
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Vertel wat er aan de hand is bij ‘Zien’/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('own-cap-qualifier-II-1');
    await expectAccessible(page, 'capacity-portal-errors');
    await page.getByLabel('Vertel wat er aan de hand is bij ‘Zien’').fill('Ik zie slecht in het donker.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Dank u. Uw antwoorden zijn opgeslagen.').waitFor();
    await page.getByText(/^U vulde \d+ vragen in\. De laatste keer was op /).waitFor();
    await page.getByRole('button', { name: /^Bewegen 1 van 21 vragen ingevuld/ }).waitFor();
    await screenshot(page, 'capacity-portal-saved');

    // After a reload the answers are still there, on a 360 px wide screen too.
    const small = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'nl-NL',
      viewport: { width: 360, height: 780 },
      storageState: await context.storageState(),
    });
    const phone = await small.newPage();
    await phone.goto('/wat-ik-kan');
    await phone.getByRole('button', { name: /^Bewegen/ }).click();
    const again = phone.getByRole('group', { name: 'Tillen', exact: true });
    expect(await again.getByLabel(LIFT_5KG).isChecked()).toBe(true);
    await phone.getByRole('heading', { level: 2, name: /^Eerder ingevuld/ }).waitFor();
    // Nothing sticks out sideways at 360 px (WCAG 1.4.10 Reflow).
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await visited(phone, 'capacity-portal-360');
    await small.close();
    await context.close();
  });

  it('a professional records an assessment and sees it next to the participant’s own', async () => {
    // The professional registers a participant with an e-mail address and invites them.
    const proContext = await newContext(browser);
    const pro = await proContext.newPage();
    await loginWithSecondFactor(pro, PROFESSIONAL, secondFactors());
    await pro.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();
    await pro.goto('/deelnemers/nieuw');
    await pro.getByRole('heading', { level: 1, name: 'Deelnemer inschrijven' }).waitFor();
    await pro.getByLabel('Voornaam (roepnaam)').fill('Lotte');
    await pro.getByLabel('Achternaam', { exact: true }).fill(family);
    await pro.getByLabel('Geboortedatum', { exact: true }).fill('1991-06-21');
    await pro.getByLabel(/^E-mailadres/).fill(email);
    await pro.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
    await pro.getByLabel('Aanpak', { exact: true }).selectOption({ label: 'Leerroute' });
    await pro.getByRole('button', { name: 'Deelnemer inschrijven' }).click();
    await pro.getByRole('heading', { level: 1, name: `Lotte ${family}` }).waitFor();
    const participantPath = new URL(pro.url()).pathname;
    const participant = new ParticipantPage(pro);
    await pro
      .getByRole('navigation', { name: 'Op deze pagina' })
      .getByRole('link', { name: 'Mogelijkheden (FML)' })
      .waitFor();
    const capacity = participant.section('Mogelijkheden (FML)');
    await capacity.getByText('Lotte heeft nog niets ingevuld.').waitFor();
    await capacity.getByText('Nog geen beoordeling door een professional.').waitFor();
    const details = participant.section('Persoonsgegevens');
    await details.getByRole('button', { name: 'Uitnodigen voor een eigen account' }).click();
    await details.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await details.getByText(`De uitnodiging is verstuurd naar ${email}. De link werkt 7 dagen.`).waitFor();

    // The invitation, read in the development mailbox by the administrator.
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await loginWithSecondFactor(admin, 'beheerder@meedoen.demo', secondFactors());
    await admin.getByRole('heading', { level: 1, name: 'Welkom, Jeroen de Boer' }).waitFor();
    await admin.goto('/beheer/e-mails');
    const mail = admin.getByRole('article').filter({ hasText: email }).first();
    await mail.waitFor();
    const link = (await mail.getByRole('link').first().getAttribute('href')) ?? '';
    expect(link).toMatch(/\/uitnodiging#token=/);
    await adminContext.close();

    // The participant fills in two questions of "Wat ik kan".
    const ownContext = await newContext(browser);
    const own = await ownContext.newPage();
    await acceptInvitation(own, link, PASSWORD);
    const login = new LoginPage(own);
    await login.open();
    await login.login(email, PASSWORD);
    await own.getByRole('heading', { level: 1, name: `Welkom, Lotte ${family}` }).waitFor();
    await openOwnCapacity(own);
    await own.getByRole('button', { name: /^Bewegen/ }).click();
    await own.getByRole('group', { name: 'Tillen', exact: true }).getByLabel(LIFT_5KG).check();
    await own.getByRole('button', { name: /^Werktijden/ }).click();
    await own.getByRole('group', { name: 'Uren per week', exact: true }).getByLabel(HOURS_20).check();
    await own.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await own.getByText('Dank u. Uw antwoorden zijn opgeslagen.').waitFor();

    // Back with the professional: the participant's answers are there; a first try without items.
    await pro.goto(participantPath);
    await pro.getByRole('heading', { level: 1, name: `Lotte ${family}` }).waitFor();
    await capacity.getByText('2 onderdelen, laatst op', { exact: false }).waitFor();
    await capacity.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await capacity.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    const summary = capacity.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.getByText('Kies bij minstens één onderdeel een niveau.').waitFor();
    await expectAccessible(pro, 'capacity-assess-errors');

    // Two items, in their sections; what Lotte said herself is next to the question.
    await capacity.getByRole('button', { name: /^Rubriek IV: Dynamische handelingen/ }).click();
    const lifting = capacity.getByRole('group', { name: 'IV.13 Tillen', exact: true });
    await lifting.getByText(`Lotte zelf: ${LIFT_5KG}`, { exact: false }).first().waitFor();
    await lifting.getByLabel(LIFT_10KG).check();
    await capacity.getByRole('button', { name: /^Rubriek VI: Werktijden/ }).click();
    await capacity.getByRole('group', { name: 'VI.3 Uren per week', exact: true }).getByLabel(HOURS_20).check();
    await capacity.getByRole('button', { name: /^Rubriek VI: Werktijden 1 van 4 gekozen/ }).waitFor();
    await capacity.getByLabel('Overgenomen uit een FML van UWV').check();
    await capacity.getByLabel(/^Wie beoordeelde\?/).fill('Verzekeringsarts UWV');
    await capacity.getByLabel(/^Aantekeningen/).fill('Rugklachten; tillen tot ongeveer 10 kilo, niet vaak.');
    await expectAccessible(pro, 'capacity-assess-form');
    await capacity.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await capacity.getByText('De beoordeling is vastgelegd.').waitFor();

    // Side by side: the difference in words, the same answer as the same; who, which organisation, when.
    const liftRow = capacity.getByRole('listitem').filter({ has: pro.getByRole('heading', { name: 'IV.13 Tillen' }) });
    await liftRow.getByText('Verschil: Lotte ziet zelf meer beperking').waitFor();
    await liftRow.getByText(LIFT_5KG).waitFor();
    await liftRow.getByText(LIFT_10KG).waitFor();
    await liftRow
      .getByText(/Kees Bakker \(Gemeente Utrecht\), .* · uit een FML van UWV · beoordelaar: Verzekeringsarts UWV/)
      .waitFor();
    const hoursRow = capacity
      .getByRole('listitem')
      .filter({ has: pro.getByRole('heading', { name: 'VI.3 Uren per week' }) });
    await hoursRow.getByText('Hetzelfde').waitFor();
    await capacity.getByText('1 onderdeel verschilt').waitFor();
    await capacity.getByText('Rugklachten; tillen tot ongeveer 10 kilo, niet vaak.').first().waitFor();
    await capacity.getByRole('heading', { name: 'Alle beoordelingen (2)' }).waitFor();
    // Only the differences, on request.
    await capacity.getByLabel('Alleen het onderdeel met een verschil tonen').check();
    expect(await capacity.getByRole('heading', { name: 'VI.3 Uren per week' }).count()).toBe(0);
    await capacity.getByRole('heading', { name: 'IV.13 Tillen' }).waitFor();
    await visited(pro, 'capacity-professional');
    await proContext.close();

    // The participant sees the professional's answer next to her own.
    await own.reload();
    await own.getByRole('heading', { level: 1, name: 'Wat ik kan' }).waitFor();
    await own.getByText('Uw begeleider vulde 2 vragen in.', { exact: false }).waitFor();
    await own.getByRole('button', { name: /^Bewegen/ }).click();
    const ownLifting = own.getByRole('group', { name: 'Tillen', exact: true });
    await ownLifting.getByText(`Uw begeleider: ${LIFT_10KG}`, { exact: false }).first().waitFor();
    await ownLifting.getByText('Dit is anders dan uw antwoord.').waitFor();
    await visited(own, 'capacity-portal-with-professional');
    await ownContext.close();
  }, 240_000);
});
