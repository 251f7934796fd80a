/// <reference lib="dom" />
/**
 * Journey: a job coach (whose role requires a second factor) sets up TOTP at first login, stores the
 * recovery codes, logs out, and at the next login completes the second step — with a recovery code
 * and, next time, with a code from the app. Axe on every page.
 */
import type { Browser } from 'playwright-core';
import { generate } from 'otplib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, visited } from '../support.js';
import {
  DEMO_PASSWORD,
  Layout,
  LoginPage,
  rememberSecondFactor,
  SecondFactorPage,
  SecondFactorSetupPage,
} from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('second factor', () => {
  it('a job coach sets up TOTP, then logs in with a recovery code and with an app code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('jobcoach@meedoen.demo', DEMO_PASSWORD);

    const setup = new SecondFactorSetupPage(page);
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    await visited(page, 'second-factor-setup');
    const { secret, recoveryCodes } = await setup.complete();
    expect(recoveryCodes).toHaveLength(10);
    await visited(page, 'second-factor-recovery-codes');
    await setup.continue();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Mohamed El Amrani' }).waitFor();

    const layout = new Layout(page);
    await layout.logout();

    // Next login: a wrong code is refused, a recovery code works.
    await login.login('jobcoach@meedoen.demo', DEMO_PASSWORD);
    const second = new SecondFactorPage(page);
    await page.getByRole('heading', { level: 1, name: 'Tweede stap: code invullen' }).waitFor();
    await visited(page, 'second-factor');
    await second.enterCode('000000');
    await page.getByText('De code klopt niet.', { exact: false }).first().waitFor();
    await second.enterCode(recoveryCodes[0]!);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Mohamed El Amrani' }).waitFor();
    await layout.logout();

    // And with the app: a code from the next time step (the setup code's step cannot be replayed).
    await login.login('jobcoach@meedoen.demo', DEMO_PASSWORD);
    const step = Math.floor(Date.now() / 30_000) + 1;
    await second.enterCode(await generate({ secret, epoch: step * 30 }));
    await page.getByRole('heading', { level: 1, name: 'Welkom, Mohamed El Amrani' }).waitFor();
    await layout.navigate('Mijn account');
    await page.getByText('Tweestapsverificatie staat aan. U heeft nog 9 herstelcodes.').waitFor();
    await page.getByText('Voor uw rol is tweestapsverificatie verplicht.').waitFor();
    // Later journeys (employers, introductions) log the same coach in with this secret.
    rememberSecondFactor(
      path.join(inject('dataDir'), 'e2e-second-factors.json'),
      'jobcoach@meedoen.demo',
      secret,
      step,
    );
    await context.close();
  });
});
