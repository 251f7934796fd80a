/// <reference lib="dom" />
/**
 * Journey: a participant logs in with e-mail and password, finds their home page, account and the
 * log of who looked at their data, and logs out. Wrong input shows the error summary. Axe on every page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { DEMO_PASSWORD, Layout, LoginPage } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('login and logout', () => {
  it('a participant logs in, sees their home, account and own log, and logs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await visited(page, 'login');
    expect(await page.title()).toBe('Inloggen – Meedoen');

    // Empty submit: the error summary takes focus and links to the fields.
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await expectAccessible(page, 'login with errors');

    // Wrong password: the server's message, in Dutch.
    await login.login('deelnemer@meedoen.demo', 'not-the-password');
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();

    await login.login('deelnemer@meedoen.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    await visited(page, 'home-participant');
    expect(await page.getByText('U bepaalt zelf wie uw gegevens mag zien.').count()).toBe(1);

    const layout = new Layout(page);
    await layout.navigate('Mijn account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByText('Dit apparaat').waitFor();
    await visited(page, 'profile');

    await layout.navigate('Wie keek in mijn gegevens');
    await page.getByRole('heading', { level: 1, name: 'Wie keek in mijn gegevens' }).waitFor();
    await page.getByRole('cell', { name: 'Inloggen', exact: true }).first().waitFor();
    await visited(page, 'own-log');

    await layout.logout();
    await page.goto('/profiel');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await context.close();
  });

  it('works with the keyboard only and switches to English', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('deelnemer@meedoen.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sanne de Vries' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await visited(page, 'home-participant-en');
    // The choice is stored on the account: switch back for the other journeys.
    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    await context.close();
  });
});
