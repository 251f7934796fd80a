/// <reference lib="dom" />
/**
 * Journey: anonymised candidate search and an introduction (ADR 0019). Sanne de Vries (the demo
 * participant) writes what work she wants and lets employers of her region find her profile without a
 * name. The demo employer searches, finds one profile with her words, sees no name, and asks for an
 * introduction. Sanne sees who wants to meet her and who saw her profile, and says yes with a contact
 * route. Only then does the employer see her name. Her job coach sees the request on her page while it
 * waits. Axe on every page.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { CaseloadPage, DEMO_PASSWORD, Layout, LoginPage, PortalPages, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A word of letters only, so this run finds its own profile (profiles leave out phrases with digits). */
const marker = `boekbinder${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`;

const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');

async function login(page: Page, email: string, name: string): Promise<void> {
  const form = new LoginPage(page);
  await form.open();
  await form.login(email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${name}` }).waitFor();
}

describe('candidate search and introductions', () => {
  it('an employer finds a profile without a name and asks to meet; the participant says yes; then the name shows', async () => {
    // Sanne says what work she wants and lets employers find her profile.
    const sanneContext = await newContext(browser);
    const sanne = await sanneContext.newPage();
    await login(sanne, 'deelnemer@meedoen.demo', 'Sanne de Vries');
    await new PortalPages(sanne).open('Wat ik wil');
    await sanne.getByLabel('Wat voor werk wilt u doen?').fill(`${marker}, bibliotheek`);
    await sanne.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await sanne.getByText('Dank u. Uw wensen zijn opgeslagen. Uw begeleider kan ze nu lezen.').waitFor();
    await sanne.goto('/mijn-toestemmingen');
    const findable = sanne.getByRole('region', { name: 'Gevonden worden door werkgevers' });
    await findable.getByText('Zonder uw naam, geboortedatum of adres.', { exact: false }).waitFor();
    await findable.getByRole('button', { name: 'Ja, werkgevers mogen mijn profiel zonder naam zien' }).click();
    await findable.getByText('Werkgevers in uw regio kunnen het profiel nu vinden.').waitFor();
    const now = sanne.getByRole('region', { name: 'Dit mag nu' });
    await now.getByText(/^Elke werkgever in Midden-Utrecht mag uw profiel zonder naam zien/).waitFor();
    await visited(sanne, 'introductions-consent');

    // The employer searches with Sanne's words: one profile, no name.
    const employerContext = await newContext(browser);
    const employer = await employerContext.newPage();
    await login(employer, 'werkgever@meedoen.demo', 'Anouk Visser');
    await new Layout(employer).navigate('Kandidaten zoeken');
    await employer.getByRole('heading', { level: 1, name: 'Kandidaten zoeken' }).waitFor();
    await employer.getByRole('heading', { level: 2, name: /profielen gevonden/ }).waitFor();
    await visited(employer, 'introductions-search');
    await employer.getByLabel('Soort werk of sterk punt').fill(marker);
    await employer.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await employer.getByRole('heading', { level: 2, name: '1 profielen gevonden.' }).waitFor();
    const card = employer.getByRole('article');
    await card.getByText(marker).waitFor();
    expect(await employer.getByText('Sanne').count()).toBe(0);
    expect(await employer.getByText('de Vries').count()).toBe(0);
    await card.getByRole('button', { name: 'Vraag een kennismaking aan' }).click();
    await card.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await card.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(employer, 'introductions-request-errors');
    await card.getByLabel('Uw bericht').fill('Wij zoeken iemand voor ons archief, 20 uur. Wilt u kennismaken?');
    await card.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await card.getByText('Uw aanvraag is verstuurd.', { exact: false }).waitFor();
    await expectAccessible(employer, 'introductions-request-sent');

    await new Layout(employer).navigate('Kennismakingen');
    await employer.getByRole('heading', { level: 1, name: 'Kennismakingen' }).waitFor();
    const row = employer.getByRole('row').filter({ hasText: 'Wacht op antwoord' }).first();
    await row.getByText('Naam zichtbaar na een ja').waitFor();
    await visited(employer, 'introductions-employer-waiting');

    // Her job coach sees the request on her page (and could record her answer, saying so).
    const coachContext = await newContext(browser);
    const coach = await coachContext.newPage();
    await loginWithSecondFactor(coach, 'jobcoach@meedoen.demo', secondFactors());
    const caseload = new CaseloadPage(coach);
    await caseload.open();
    await caseload.search('Sanne de Vries');
    await coach
      .getByRole('row')
      .filter({ hasText: 'de Vries, Sanne' })
      .filter({ hasText: 'GGZ De Linde' })
      .first()
      .getByRole('link', { name: 'de Vries, Sanne' })
      .click();
    const section = coach.getByRole('region', { name: 'Kennismakingen met werkgevers' });
    const pending = section.getByRole('article').filter({ hasText: 'archief, 20 uur' });
    await pending.getByText('Wacht op antwoord', { exact: true }).waitFor();
    await pending.getByText('U legt het besluit van Sanne vast.', { exact: false }).waitFor();
    await visited(coach, 'introductions-coach');
    await coachContext.close();

    // Sanne sees who wants to meet her and who looked, and says yes with a contact route.
    await sanne.goto('/mijn-kennismakingen');
    await sanne.getByRole('heading', { level: 1, name: 'Wie wil kennismaken' }).waitFor();
    const request = sanne.getByRole('article').filter({ hasText: 'archief, 20 uur' });
    await request.getByRole('heading', { name: /wil met u kennismaken/ }).waitFor();
    const views = sanne.getByRole('region', { name: 'Wie heeft uw profiel bekeken' });
    await views.getByText(/^Bakkerij De Korenschoof \(demo\): \d+ keer/).waitFor();
    await sanne.getByRole('region', { name: 'Zo ziet een werkgever uw profiel' }).getByText(marker).waitFor();
    await visited(sanne, 'introductions-portal');
    await request.getByLabel('Ja, ik wil kennismaken').check();
    await request.getByRole('button', { name: 'Antwoord versturen' }).click();
    await request.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(sanne, 'introductions-portal-errors');
    await request.getByLabel('Hoe mag de werkgever contact opnemen?').fill('Bel mijn jobcoach Mohamed.');
    await request.getByRole('button', { name: 'Antwoord versturen' }).click();
    await sanne.getByText('Het antwoord is verstuurd.').waitFor();
    await sanne.getByText('Ja gezegd', { exact: true }).first().waitFor();
    await expectAccessible(sanne, 'introductions-portal-answered');

    // Now the employer sees her name and the contact route.
    await employer.reload();
    const answered = employer.getByRole('row').filter({ hasText: 'Ja, wil kennismaken' }).first();
    await answered.getByText('Sanne de Vries').waitFor();
    await answered.getByText('Contact: Bel mijn jobcoach Mohamed.').waitFor();
    await visited(employer, 'introductions-employer-answered');

    await sanneContext.close();
    await employerContext.close();
  }, 180_000);
});
