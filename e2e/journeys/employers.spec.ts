/// <reference lib="dom" />
/**
 * Journey: employer services. The employer adviser opens an employer of the demo region, records a visit
 * in the contacts log, carves a new job out of tasks of two existing jobs (the hours add up, the server
 * combines the demands and says what remains of each job), turns it into a vacancy and sees who of the
 * region fits. The job coach, who works with the participants, opens the same vacancy and sees the best
 * candidates with score, the parts of the score and the explanation, and on a candidate's own page the
 * vacancies that fit them with the schemes (instruments) that apply. A new vacancy whose task shares do
 * not add up to 100 % is refused with the error at the tasks. Axe on every page.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { Layout, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const ADVISER = 'werkgeversadviseur@meedoen.demo';
const COACH = 'jobcoach@meedoen.demo';
const EMPLOYER = 'Distributiecentrum Nieuwegein';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);
const CARVED = `Medewerker labels en retouren ${marker}`;

describe('employer services', () => {
  it('an adviser carves a job from tasks, turns it into a vacancy; the job coach sees fitting candidates', async () => {
    const adviserContext = await newContext(browser);
    const adviser = await adviserContext.newPage();
    await loginWithSecondFactor(adviser, ADVISER, secondFactors());
    await adviser.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await adviser.getByRole('heading', { level: 2, name: 'Werkgeverscontacten deze week' }).waitFor();
    await visited(adviser, 'employers-home-adviser');

    // The employer list, from the top menu: search by name.
    await new Layout(adviser).navigate('Werkgevers');
    await adviser.getByRole('heading', { level: 1, name: 'Werkgevers' }).waitFor();
    await adviser.getByLabel('Naam of KvK-nummer').fill('Distributie');
    await adviser.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => adviser.getByRole('link', { name: /Zorggroep/ }).count()).toBe(0);
    await visited(adviser, 'employers-list');
    await adviser.getByRole('link', { name: EMPLOYER }).click();
    await adviser.getByRole('heading', { level: 1, name: EMPLOYER }).waitFor();
    await adviser.getByRole('heading', { level: 2, name: 'Contactpersonen' }).waitFor();
    await adviser.getByRole('cell', { name: /^Ramon Bakker eerste aanspreekpunt/ }).waitFor();
    await visited(adviser, 'employers-employer');

    // A visit in the contacts log (counts for the IPS norm).
    await adviser.getByRole('button', { name: 'Contact vastleggen' }).click();
    await adviser.getByLabel('Met wie (niet verplicht)').selectOption({ label: 'Ramon Bakker (Teamleider magazijn)' });
    await adviser.getByLabel('Wat kwam eruit (niet verplicht)').fill(`Taken voor een nieuwe functie bekeken ${marker}`);
    await adviser.getByRole('button', { name: 'Contact vastleggen' }).last().click();
    await adviser.getByText('Het contact is vastgelegd.').waitFor();
    await adviser.getByText(`Taken voor een nieuwe functie bekeken ${marker}`).waitFor();

    // The carving workspace: choose tasks from two jobs, the hours add up.
    await adviser.getByRole('link', { name: 'Taken uitsnijden: naar de werkplaats' }).click();
    await adviser.getByRole('heading', { level: 1, name: `Taken uitsnijden bij ${EMPLOYER}` }).waitFor();
    await visited(adviser, 'employers-carving');
    await adviser.getByRole('button', { name: 'Nieuwe functie maken' }).click();
    await adviser.getByText('Kies eerst één of meer taken die eruit kunnen.').first().waitFor();
    await adviser.getByLabel('Vrachtpapieren en labels printen').check();
    await adviser.getByLabel('Retouren controleren en terugboeken').check();
    const summary = adviser.locator('.meedoen-carving-summary');
    await expect.poll(() => summary.textContent()).toContain('Samen 15,2 uur per week');
    expect(await summary.textContent()).toContain('Uit Medewerker expeditie: 8 uur; daar blijft 24 uur over');
    await adviser.getByLabel('Naam van de nieuwe functie').fill(CARVED);
    await expectAccessible(adviser, 'employers-carving-chosen');
    await adviser.getByRole('button', { name: 'Nieuwe functie maken' }).click();

    // The server's result: hours, combined demands, what remains and whether it stays viable.
    await adviser.getByRole('heading', { level: 1, name: CARVED }).waitFor();
    await adviser.getByText(`Bij ${EMPLOYER}: 2 taken, samen 15,2 uur per week.`).waitFor();
    const combined = adviser.getByRole('heading', { level: 2, name: 'Wat de functie samen vraagt' });
    await combined.waitFor();
    const remaining = adviser.getByRole('table', { name: 'Oude functies zonder de gekozen taken' });
    await expect.poll(() => remaining.getByRole('row').count()).toBe(3);
    expect(await remaining.getByRole('row', { name: /Orderpicker/ }).textContent()).toContain('28,8');
    expect(await remaining.getByRole('row', { name: /Medewerker expeditie/ }).textContent()).toContain('Ja');
    await adviser.getByRole('heading', { level: 2, name: 'Wie past' }).waitFor();
    await visited(adviser, 'employers-carved');

    // Turn it into a vacancy.
    await adviser.getByRole('button', { name: 'Vacature maken' }).click();
    await adviser.getByRole('heading', { level: 1, name: CARVED }).waitFor();
    await adviser.getByText(`Bij ${EMPLOYER} · Open`).waitFor();
    await adviser.getByRole('table', { name: `Taken van ${CARVED}` }).waitFor();
    await adviser.getByRole('heading', { level: 2, name: 'Beste kandidaten' }).waitFor();
    await adviser
      .getByText(/Bekeken: \d+\. Past: \d+\./)
      .first()
      .waitFor();
    await visited(adviser, 'employers-vacancy-adviser');
    const vacancyPath = new URL(adviser.url()).pathname;

    // The job coach works with the participants: the best candidates for the new vacancy, with reasons.
    const coachContext = await newContext(browser);
    const coach = await coachContext.newPage();
    await loginWithSecondFactor(coach, COACH, secondFactors());
    await coach.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await coach.getByRole('heading', { level: 2, name: 'Werkgeverscontacten deze week' }).waitFor();
    await coach.goto(vacancyPath);
    await coach.getByRole('heading', { level: 1, name: CARVED }).waitFor();
    await coach.getByRole('heading', { level: 2, name: 'Beste kandidaten' }).waitFor();
    const first = coach.locator('.meedoen-matches > li').first();
    await first.waitFor();
    const scoreText = (await first.getByText(/^Score [\d,]+ van 100$/).textContent()) ?? '';
    await first.getByText('Waar de score uit bestaat').click();
    const parts = first.getByRole('table', { name: 'Punten per onderdeel; samen is dat de score' });
    await parts.waitFor();
    const total =
      (await parts
        .getByRole('row', { name: /^Samen/ })
        .getByRole('cell')
        .first()
        .textContent()) ?? '';
    // The parts add up to the score shown.
    expect(scoreText).toBe(`Score ${total} van 100`);
    expect(await first.textContent()).toMatch(/past: /);
    await visited(coach, 'employers-vacancy-coach');

    // From the candidate to their page: the vacancies that fit them, and which schemes apply.
    await first.getByRole('heading', { level: 3 }).getByRole('link').click();
    const fitting = coach.locator('section[aria-labelledby="passende-vacatures"]');
    await fitting.getByRole('heading', { level: 2, name: 'Passende vacatures' }).waitFor();
    const best = fitting.locator('.meedoen-matches > li').first();
    await best.getByText(/^Score [\d,]+ van 100$/).waitFor();
    await best.getByRole('button', { name: /^Welke regelingen passen\?/ }).click();
    // Each scheme says whether it applies; those that do not are folded away under their count.
    const schemes = best.locator('.meedoen-expander__panel');
    await schemes.getByText(/^Regelingen die niet passen \(\d+\)$/).waitFor();
    expect(await schemes.locator('li').count()).toBeGreaterThan(1);
    await visited(coach, 'employers-participant-vacancies');
    await coachContext.close();

    // A new vacancy whose shares do not add up: the server's error appears at the tasks.
    await adviser.getByRole('link', { name: `Terug naar ${EMPLOYER}` }).click();
    await adviser.getByRole('link', { name: 'Nieuwe vacature maken' }).click();
    await adviser.getByRole('heading', { level: 1, name: `Nieuwe vacature bij ${EMPLOYER}` }).waitFor();
    await adviser.getByLabel('Naam van de vacature').fill(`Inpakker ${marker}`);
    await adviser.getByLabel('Minste uren per week').fill('16');
    await adviser.getByLabel('Meeste uren per week').fill('24');
    await adviser.getByLabel('Taak', { exact: true }).fill('Dozen inpakken');
    await adviser.getByLabel('Deel van de tijd (%)').fill('90');
    await adviser.getByText('Samen 90 % van de tijd. Dat moet 100 % zijn.').waitFor();
    await adviser.getByRole('button', { name: 'Vacature maken' }).click();
    const errors = adviser.locator('.meedoen-error-summary');
    await errors.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    const message = (await errors.getByRole('listitem').first().textContent()) ?? '';
    expect(message).toMatch(/90/);
    // The same message at the tasks, where the link in the summary leads.
    await errors.getByRole('link').first().click();
    expect(await adviser.evaluate(() => document.activeElement?.id)).toBe('vacancy-tasks');
    expect(message).toContain((await adviser.locator('#vacancy-tasks').textContent()) ?? '–');
    await visited(adviser, 'employers-vacancy-errors');
    await adviser.getByLabel('Deel van de tijd (%)').fill('100');
    await adviser.getByRole('button', { name: 'Vacature maken' }).click();
    await adviser.getByRole('heading', { level: 1, name: `Inpakker ${marker}` }).waitFor();
    await adviserContext.close();
  });
});
