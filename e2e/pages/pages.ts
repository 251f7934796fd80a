/**
 * Page objects: how a person finds things on each screen (by label and role, as a screen-reader user
 * would). Journeys use these, so a changed label is fixed in one place.
 */
import type { Page } from 'playwright-core';
import { generate } from 'otplib';

export const DEMO_PASSWORD = 'Meedoen-demo-2026';

export class LoginPage {
  constructor(private readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.goto('/inloggen');
    await this.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  }
  async login(email: string, password: string): Promise<void> {
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }
}

export class SecondFactorSetupPage {
  constructor(private readonly page: Page) {}
  /** Sets up TOTP and returns the secret and the recovery codes shown once. */
  async complete(): Promise<{ secret: string; recoveryCodes: string[] }> {
    await this.page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    await this.page.getByRole('button', { name: 'Beginnen' }).click();
    const secret = (await this.page.locator('code.meedoen-secret').innerText()).trim();
    await this.page.getByLabel('Code uit de app').fill(await generate({ secret }));
    await this.page.getByRole('button', { name: 'Aanzetten' }).click();
    await this.page.getByRole('heading', { name: 'Bewaar uw herstelcodes' }).waitFor();
    const recoveryCodes = await this.page.locator('.meedoen-codes code').allInnerTexts();
    return { secret, recoveryCodes };
  }
  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ik heb de codes bewaard, ga verder' }).click();
  }
}

export class SecondFactorPage {
  constructor(private readonly page: Page) {}
  async enterCode(code: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Tweede stap: code invullen' }).waitFor();
    await this.page.getByLabel('Code uit de app').fill(code);
    await this.page.getByRole('button', { name: 'Bevestigen' }).click();
  }
}

export class Layout {
  constructor(private readonly page: Page) {}
  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Uitloggen' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  }
  async navigate(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
  }
  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
