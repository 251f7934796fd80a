/// <reference lib="dom" />
/**
 * Journey: employer support requests. Anouk Visser (the demo employer, Bakkerij De Korenschoof) asks her
 * account holder a question about an instrument; the form first shows what is missing. Petra Jansen (the
 * demo employer adviser of Werkbedrijf Lekstroom) finds it in her inbox, takes it and answers. Anouk sees
 * the answer and the history. Axe on every state.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { DEMO_PASSWORD, Layout, LoginPage, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A word of this run, so the journey finds its own request among the demo ones. */
const marker = `proefplaats${Math.random()
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

describe('employer support requests', () => {
  it('an employer asks about an instrument, the adviser takes and answers it, the employer sees the answer', async () => {
    const employerContext = await newContext(browser);
    const employer = await employerContext.newPage();
    await login(employer, 'werkgever@meedoen.demo', 'Anouk Visser');
    await new Layout(employer).navigate('Hulp vragen');
    await employer.getByRole('heading', { level: 1, name: 'Hulp vragen' }).waitFor();
    // The demo's answered question is in the list.
    await employer.getByRole('table', { name: 'Uw hulpvragen, de nieuwste eerst' }).waitFor();
    await visited(employer, 'support-own');

    // Sending an empty form names what is missing.
    await employer.getByRole('button', { name: 'Vraag versturen' }).click();
    await employer.getByRole('alert').filter({ hasText: 'Kies waar u hulp bij wilt.' }).waitFor();
    await expectAccessible(employer, 'support-ask-errors');
    await employer.getByLabel('Een vraag over een regeling', { exact: false }).check();
    await employer.getByRole('button', { name: 'Vraag versturen' }).click();
    await employer.getByRole('alert').filter({ hasText: 'Kies de regeling waar uw vraag over gaat.' }).waitFor();
    await employer.getByText('Schrijf uw vraag op.', { exact: true }).first().waitFor();
    await expectAccessible(employer, 'support-ask-server-errors');

    await employer.getByLabel('Over welke regeling gaat uw vraag?').selectOption({ label: 'Proefplaatsing' });
    await employer
      .getByLabel('Uw vraag', { exact: true })
      .fill(`Wij willen iemand eerst laten proefdraaien (${marker}). Mag dat met behoud van uitkering?`);
    await employer.getByRole('button', { name: 'Vraag versturen' }).click();
    await employer.getByText('Uw vraag is verstuurd. U krijgt een e-mail als er antwoord is.').waitFor();
    const ownRow = employer.getByRole('row').filter({ hasText: marker });
    await ownRow.getByText('Nog niet opgepakt').waitFor();
    await expectAccessible(employer, 'support-asked');

    // The adviser finds it in the inbox, takes it and answers.
    const adviserContext = await newContext(browser);
    const adviser = await adviserContext.newPage();
    await loginWithSecondFactor(adviser, 'werkgeversadviseur@meedoen.demo', secondFactors());
    await new Layout(adviser).navigate('Hulpvragen');
    await adviser.getByRole('heading', { level: 1, name: 'Hulpvragen van werkgevers' }).waitFor();
    const row = adviser.getByRole('row').filter({ hasText: marker });
    await row.getByText('Bakkerij De Korenschoof').waitFor();
    await visited(adviser, 'support-inbox');
    await row.getByRole('link', { name: 'Vraag over een regeling: Proefplaatsing' }).click();
    await adviser
      .getByRole('heading', { level: 1, name: 'Hulpvraag: Vraag over een regeling: Proefplaatsing' })
      .waitFor();
    await visited(adviser, 'support-request-open');
    await adviser.getByRole('button', { name: 'Vraag oppakken' }).click();
    await adviser.getByText('U heeft de vraag opgepakt.').waitFor();
    await expectAccessible(adviser, 'support-request-taken');
    await adviser.getByRole('button', { name: 'Antwoord versturen' }).click();
    await adviser.getByRole('alert').filter({ hasText: 'Schrijf uw antwoord op.' }).waitFor();
    await expectAccessible(adviser, 'support-answer-errors');
    await adviser
      .getByLabel('Uw antwoord')
      .fill('Ja, een proefplaatsing kan met behoud van uitkering. Ik bel u om het te regelen.');
    await adviser.getByRole('button', { name: 'Antwoord versturen' }).click();
    await adviser.getByText('Uw antwoord is verstuurd.').waitFor();
    await adviser.getByRole('region', { name: 'Geschiedenis' }).getByText('Petra Jansen gaf antwoord').waitFor();
    await expectAccessible(adviser, 'support-request-answered');
    await adviserContext.close();

    // The employer sees the answer in the list and on the request's page, with the history.
    await employer.reload();
    const answered = employer.getByRole('row').filter({ hasText: marker });
    await answered.getByText('Beantwoord').waitFor();
    await answered.getByText('Ja, een proefplaatsing kan met behoud van uitkering.', { exact: false }).waitFor();
    await answered.getByRole('link', { name: 'Vraag over een regeling: Proefplaatsing' }).click();
    await employer
      .getByRole('region', { name: 'Antwoord' })
      .getByText('Ik bel u om het te regelen.', { exact: false })
      .waitFor();
    await employer.getByRole('region', { name: 'Geschiedenis' }).getByText('Petra Jansen pakte de vraag op').waitFor();
    await visited(employer, 'support-own-answered');
    await employerContext.close();
  }, 180_000);
});
