/// <reference lib="dom" />
/**
 * Journey: the participant's own data. Sanne de Vries (the demo participant) fills in "Wat ik wil"
 * (first with a mistake), sees her appointments and her plan, reads her details with her coach's name,
 * downloads all her data as a file and reads the same on the page (also as it prints), and asks to
 * correct something. The administrator handles the request (a rejection needs an answer; she does it
 * and answers), and Sanne reads the answer. Some pages in English too. Axe on every page. Nothing
 * depends on the demo's exact counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, screenshot, visited } from '../support.js';
import { DEMO_PASSWORD, Layout, LoginPage, PortalPages, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const marker = Math.random().toString(36).slice(2, 7);
const correction = `Mijn telefoonnummer is veranderd (${marker}). Het is nu 06 11223344.`;

async function loginAsSanne(page: Page): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.login('deelnemer@meedoen.demo', DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
}

/** "Lees voor" is there when the browser can speak; pressing it starts reading, and it can be stopped. */
async function checkReadAloud(page: Page): Promise<void> {
  const canSpeak = await page.evaluate(() => 'speechSynthesis' in window);
  const button = page.getByRole('button', { name: 'Lees voor' });
  if (!canSpeak) {
    expect(await button.count()).toBe(0);
    return;
  }
  await button.click();
  // Without a voice on the machine the reading ends at once; with one, "Stop" ends it.
  const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
  await stop.or(button).waitFor();
  if (await stop.isVisible()) {
    // The reading may end by itself between seeing "Stop" and pressing it (no voice: it ends at once).
    await stop.click({ timeout: 2000 }).catch(() => undefined);
  }
  await button.waitFor();
}

describe('own data', () => {
  it('a participant states her wishes, downloads her data and asks for a correction, which is handled', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginAsSanne(page);
    const portal = new PortalPages(page);

    // Wat ik wil: a minimum above the maximum is refused at the field.
    await portal.open('Wat ik wil');
    await checkReadAloud(page);
    await page.getByLabel('Wat voor werk wilt u doen?').fill('Iets met planten of dieren, het liefst buiten.');
    const sector = page.getByLabel('Sector toevoegen');
    await sector.fill('groenvoorziening');
    await sector.press('Enter');
    await sector.fill('dierenasiel');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByRole('button', { name: 'Weghalen: dierenasiel' }).click();
    await page.getByRole('button', { name: 'Weghalen: groenvoorziening' }).waitFor();
    expect(await page.getByRole('button', { name: 'Weghalen: dierenasiel' }).count()).toBe(0);
    await page.getByLabel('Hoeveel uur per week wilt u minimaal werken?').fill('30');
    await page.getByLabel('En hoeveel uur per week hoogstens?').fill('20');
    await page.getByLabel('maandag').check();
    await page.getByLabel('dinsdag').check();
    await page.getByLabel('ochtend').check();
    await page.getByLabel('Hoe lang wilt u hoogstens reizen naar uw werk?').fill('30');
    await page.getByLabel('fiets').check();
    await page.getByLabel('Waar bent u goed in?').fill('Ik ben precies en ik kom altijd op tijd.');
    // What she brings to a vacancy: a certificate, her driving licence and how well she speaks Dutch.
    const certificate = page.getByLabel('Naam van het certificaat of diploma');
    await certificate.fill('VCA');
    await page.getByRole('button', { name: 'Certificaat toevoegen', exact: true }).click();
    await page.getByRole('button', { name: 'Weghalen: VCA' }).waitFor();
    await page.getByLabel('B (auto)').check();
    await page.getByLabel('B1: de meeste gesprekken en eenvoudige teksten').check();
    await page.getByLabel('Vraag het mij eerst').check();
    await page.getByText('Uw begeleider vraagt het u eerst, voor elke werkgever apart.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await errors.waitFor();
    await expectAccessible(page, 'portal-wishes-errors');
    await errors.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('own-wishes-hoursMax');
    await page.getByLabel('En hoeveel uur per week hoogstens?').fill('32');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Dank u. Uw wensen zijn opgeslagen. Uw begeleider kan ze nu lezen.').waitFor();
    await page
      .getByText(/^Door u opgeslagen op /)
      .first()
      .waitFor();
    expect(await page.getByLabel('Wat voor werk wilt u doen?').inputValue()).toBe(
      'Iets met planten of dieren, het liefst buiten.',
    );
    // Kept as saved: the certificate in the list, the licence and the level chosen.
    await page.getByRole('button', { name: 'Weghalen: VCA' }).waitFor();
    expect(await page.getByLabel('B (auto)').isChecked()).toBe(true);
    expect(await page.getByLabel('B1: de meeste gesprekken en eenvoudige teksten').isChecked()).toBe(true);
    await visited(page, 'portal-wishes');

    // Mijn afspraken and Mijn plan: whatever the demo holds for her, in plain words.
    await portal.open('Mijn afspraken');
    await page
      .getByRole('heading', { level: 2, name: / om \d{2}:\d{2} uur$/ })
      .first()
      .or(page.getByText('U heeft nu geen afspraken.'))
      .waitFor();
    await visited(page, 'portal-appointments-sanne');
    await portal.open('Mijn plan');
    // The demo gives her a plan written with her job coach: her own action is there to tick off.
    await page.getByText('Ik heb betaald werk in een bibliotheek of archief').first().waitFor();
    await page.getByRole('button', { name: 'Dit is klaar: Ik maak mijn cv af' }).waitFor();
    await visited(page, 'portal-plan-sanne');

    // Mijn gegevens: her coach by name (from her own trajectories).
    await portal.open('Mijn gegevens');
    await page
      .getByRole('group', { name: /^Nu: .* \(IPS/ })
      .getByText('Uw begeleider is Mohamed El Amrani.')
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uw werk' }).waitFor();
    await visited(page, 'portal-details-sanne');

    // Download: the file, and the same data readable on the page.
    await portal.follow('Mijn gegevens downloaden');
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens downloaden' }).waitFor();
    await page.getByRole('region', { name: 'Over u' }).getByText('Sanne de Vries').waitFor();
    const readableWishes = page.getByRole('region', { name: 'Wat u wilt' });
    await readableWishes.getByText('Iets met planten of dieren, het liefst buiten.').first().waitFor();
    await page.getByRole('region', { name: 'Uw begeleiding' }).getByText('Mohamed El Amrani').first().waitFor();
    await page
      .getByRole('region', { name: 'Uw plan' })
      .getByText('Ik heb betaald werk in een bibliotheek of archief', { exact: false })
      .first()
      .waitFor();
    await page.getByRole('region', { name: 'Wie keek in mijn gegevens' }).getByRole('table').waitFor();
    await visited(page, 'portal-download');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download mijn gegevens (bestand)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-meedoen-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(inject('dataDir'), `export-${marker}.json`);
    await download.saveAs(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      participant: { givenName: string; familyName: string };
      wishes: { kindsOfWork: string | null; hoursMax: number | null }[];
      accessLog: unknown[];
    };
    expect(data.participant).toMatchObject({ givenName: 'Sanne', familyName: 'de Vries' });
    expect(data.wishes[0]).toMatchObject({
      kindsOfWork: 'Iets met planten of dieren, het liefst buiten.',
      hoursMax: 32,
    });
    expect(data.accessLog.length).toBeGreaterThan(0);
    // On paper: no menu, buttons or footer.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: 'Download mijn gegevens (bestand)' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    await screenshot(page, 'portal-download-print');
    await page.emulateMedia({ media: 'screen' });

    // Ask to correct something: a first try without choices says what is missing.
    await portal.follow('Gegevens verbeteren of wissen');
    await page.getByRole('heading', { level: 1, name: 'Gegevens verbeteren of wissen' }).waitFor();
    await visited(page, 'portal-requests');
    const form = page.getByRole('region', { name: 'Een verzoek sturen' });
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Kies wat u wilt' }).waitFor();
    await expectAccessible(page, 'portal-requests-errors');
    await form.getByLabel('Iets verbeteren').check();
    await form.getByLabel('Wat moet er anders?').fill(correction);
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByText('Dank u. Uw verzoek is verstuurd. U krijgt antwoord op deze pagina.').waitFor();
    const mine = page.getByRole('listitem').filter({ hasText: correction });
    await mine.getByText('Nog niet behandeld').waitFor();
    await visited(page, 'portal-requests-sent');

    // The same pages in English (the choice is stored on the account: switched back below).
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Correct or erase data' }).waitFor();
    await visited(page, 'portal-requests-en');
    const mainMenu = page.getByRole('navigation', { name: 'Main menu' });
    await mainMenu.getByRole('link', { name: 'What I want', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'What I want' }).waitFor();
    await page.getByLabel('What kind of work do you want to do?').waitFor();
    await visited(page, 'portal-wishes-en');
    await mainMenu.getByRole('link', { name: 'My plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await visited(page, 'portal-plan-en');
    await page.goto('/mijn-gegevens/downloaden');
    await page.getByRole('heading', { level: 1, name: 'Download my data' }).waitFor();
    await page.getByRole('region', { name: 'About you' }).waitFor();
    await visited(page, 'portal-download-en');
    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens downloaden' }).waitFor();
    await new Layout(page).logout();
    await context.close();

    // The administrator handles the request: rejecting needs an answer; it is done, with an answer.
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await loginWithSecondFactor(
      admin,
      'beheerder@meedoen.demo',
      path.join(inject('dataDir'), 'e2e-second-factors.json'),
    );
    await admin.getByRole('heading', { level: 1, name: 'Welkom, Jeroen de Boer' }).waitFor();
    await new Layout(admin).navigate('Beheer');
    await admin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await admin.getByRole('link', { name: 'Verzoeken van deelnemers' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Verzoeken van deelnemers' }).waitFor();
    const request = admin.getByRole('listitem').filter({ hasText: correction });
    await request.getByRole('heading', { name: 'Sanne de Vries: Iets verbeteren' }).waitFor();
    await visited(admin, 'admin-data-requests');
    await request.getByLabel('Afgewezen').check();
    await request.getByRole('button', { name: 'Verzoek afhandelen' }).click();
    await request.getByRole('alert').filter({ hasText: 'Leg uit waarom het verzoek wordt afgewezen.' }).waitFor();
    await expectAccessible(admin, 'admin-data-requests-errors');
    await request.getByLabel('Uitgevoerd').check();
    await request.getByLabel(/^Antwoord aan de deelnemer/).fill('Uw nieuwe telefoonnummer staat erin.');
    await request.getByRole('button', { name: 'Verzoek afhandelen' }).click();
    await admin.getByText('Het verzoek van Sanne de Vries is afgehandeld als uitgevoerd.').waitFor();
    expect(await admin.getByRole('listitem').filter({ hasText: correction }).count()).toBe(0);
    await admin.getByLabel('Welke verzoeken').selectOption({ label: 'Uitgevoerd' });
    await admin
      .getByRole('listitem')
      .filter({ hasText: correction })
      .getByText(/^Behandeld door Jeroen de Boer op /)
      .waitFor();
    await visited(admin, 'admin-data-requests-done');
    await adminContext.close();

    // Sanne reads the answer.
    const again = await newContext(browser);
    const sanne = await again.newPage();
    await loginAsSanne(sanne);
    await sanne.goto('/mijn-gegevens/verbeteren');
    const answered = sanne.getByRole('listitem').filter({ hasText: correction });
    await answered.getByText('Gedaan', { exact: true }).waitFor();
    await answered.getByText('Uw nieuwe telefoonnummer staat erin.').waitFor();
    await visited(sanne, 'portal-requests-answered');
    await again.close();
  }, 240_000);
});
