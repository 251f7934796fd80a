/// <reference lib="dom" />
/**
 * Journey: an administrator logs in with a second factor (set up at the first login of the run, which
 * may be the data-request journey's), adds an organisation, invites a new colleague
 * by e-mail, reads the invitation in the development mailbox; the colleague chooses a password through
 * the link and logs in. On the way every admin page is checked with axe.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, visited } from '../support.js';
import { Layout, LoginPage, loginWithSecondFactor } from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('administration', () => {
  it('an administrator invites someone who then chooses a password and logs in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    // With the second factor set up here, or by the data-request journey if that ran first.
    await loginWithSecondFactor(
      page,
      'beheerder@meedoen.demo',
      path.join(inject('dataDir'), 'e2e-second-factors.json'),
    );
    await page.getByRole('heading', { level: 1, name: 'Welkom, Jeroen de Boer' }).waitFor();
    await visited(page, 'home-administrator');

    const layout = new Layout(page);
    await layout.navigate('Beheer');
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await visited(page, 'admin');

    // Organisations: the demo region's organisations, and a new one with a validation round first.
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('cell', { name: 'UWV Midden-Utrecht' }).waitFor();
    await visited(page, 'admin-organisations');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Praktijkschool De Brug');
    await page.getByLabel('Soort organisatie').selectOption('school');
    await page.getByLabel('Arbeidsmarktregio').selectOption('AM13');
    await page.getByLabel(/Gemeente \(vestiging\)/).selectOption('GM0356');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByText('De organisatie is toegevoegd.').waitFor();
    await page.getByRole('link', { name: 'Praktijkschool De Brug' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisatie: Praktijkschool De Brug' }).waitFor();
    await visited(page, 'admin-organisation-detail');

    // Invite a colleague.
    await page.goto('/beheer/gebruikers/uitnodigen');
    await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
    await visited(page, 'admin-invite');
    await page.getByLabel('Naam', { exact: true }).fill('Yara Koster');
    await page.getByLabel('E-mailadres').fill('yara.koster@meedoen.demo');
    await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Utrecht' });
    await page.getByLabel('Rol').selectOption('participant');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('De uitnodiging is verstuurd naar yara.koster@meedoen.demo.').waitFor();

    await page.goto('/beheer/gebruikers');
    await page.getByRole('link', { name: 'Yara Koster' }).waitFor();
    await visited(page, 'admin-users');
    await page.getByRole('link', { name: 'Yara Koster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruiker: Yara Koster' }).waitFor();
    await visited(page, 'admin-user-detail');

    // Blocking asks first; cancelling changes nothing.
    await page.goto('/beheer/gebruikers');
    await page.getByRole('link', { name: 'Sanne de Vries' }).click();
    await page.getByRole('button', { name: 'Blokkeren' }).click();
    await page
      .getByText('Weet u het zeker? Sanne de Vries kan dan niet meer inloggen en wordt overal uitgelogd.')
      .waitFor();
    await expectAccessible(page, 'admin-user-block-confirm');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Blokkeren' }).waitFor();

    for (const [path, heading, shot] of [
      ['/beheer/sleutels', 'Koppelingen met systemen', 'admin-api-tokens'],
      ['/beheer/rechten', 'Wie mag wat', 'admin-access'],
      ['/beheer/logboek', 'Logboek', 'admin-audit-log'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await visited(page, shot);
    }
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText(/Het logboek is compleet en niet gewijzigd/).waitFor();

    // The invitation mail, read in the development mailbox.
    await page.goto('/beheer/e-mails');
    const mail = page.getByRole('article').filter({ hasText: 'yara.koster@meedoen.demo' }).first();
    await mail.waitFor();
    await visited(page, 'admin-dev-mail');
    const link = await mail.getByRole('link').first().getAttribute('href');
    expect(link).toMatch(/\/uitnodiging#token=/);
    await layout.logout();

    // The colleague accepts the invitation and logs in.
    await page.goto(new URL(link!).pathname + new URL(link!).hash);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Meedoen' }).waitFor();
    await visited(page, 'invitation');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
    await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Account afmaken' }).click();
    await page.getByText('Uw account is klaar. U kunt nu inloggen.').waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await login.login('yara.koster@meedoen.demo', 'een lange zin als wachtwoord');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Yara Koster' }).waitFor();
    await context.close();
  });

  it('the forgotten-password page answers the same for any address', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/wachtwoord-vergeten');
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await visited(page, 'forgot-password');
    await page.getByLabel('E-mailadres').fill('niemand@meedoen.demo');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByText(/Als dit e-mailadres bij een account hoort/).waitFor();
    await visited(page, 'forgot-password-done');
    await context.close();
  });
});
