/**
 * Page objects: how a person finds things on each screen (by label and role, as a screen-reader user
 * would). Journeys use these, so a changed label is fixed in one place.
 */
import fs from 'node:fs';
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
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
  }
  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}

/**
 * Logs a demo professional in with password and second factor, whether or not an earlier journey of
 * this run already set the factor up: the first login sets it up and keeps the secret (and the last
 * time step used, which the server will not accept twice) in `store`, a file in the run's data dir.
 */
export async function loginWithSecondFactor(page: Page, email: string, store: string): Promise<void> {
  const saved = fs.existsSync(store)
    ? (JSON.parse(fs.readFileSync(store, 'utf8')) as Record<string, { secret: string; lastStep: number }>)
    : {};
  const login = new LoginPage(page);
  await login.open();
  await login.login(email, DEMO_PASSWORD);
  const setupHeading = page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' });
  const stepHeading = page.getByRole('heading', { level: 1, name: 'Tweede stap: code invullen' });
  await setupHeading.or(stepHeading).waitFor();
  if (await setupHeading.isVisible()) {
    const setup = new SecondFactorSetupPage(page);
    const { secret } = await setup.complete();
    saved[email] = { secret, lastStep: Math.floor(Date.now() / 30_000) };
    await setup.continue();
  } else {
    const known = saved[email];
    if (!known) {
      throw new Error(`${email} has a second factor that this run did not set up; its secret is unknown`);
    }
    // A code from a time step after the last one used, within the server's tolerance of one step.
    let step = Math.max(Math.floor(Date.now() / 30_000), known.lastStep + 1);
    while (step > Math.floor(Date.now() / 30_000) + 1) {
      await page.waitForTimeout(1_000);
    }
    step = Math.max(step, Math.floor(Date.now() / 30_000));
    await new SecondFactorPage(page).enterCode(await generate({ secret: known.secret, epoch: step * 30 }));
    saved[email] = { secret: known.secret, lastStep: step };
  }
  fs.writeFileSync(store, JSON.stringify(saved));
}

/**
 * Tells later journeys the secret of a second factor a journey set up itself (the second-factor journey runs
 * first and sets up the demo job coach's), with the last time step used, so that `loginWithSecondFactor` can
 * log that account in again without replaying a code.
 */
export function rememberSecondFactor(store: string, email: string, secret: string, lastStep: number): void {
  const saved = fs.existsSync(store)
    ? (JSON.parse(fs.readFileSync(store, 'utf8')) as Record<string, { secret: string; lastStep: number }>)
    : {};
  saved[email] = { secret, lastStep };
  fs.writeFileSync(store, JSON.stringify(saved));
}

export class CaseloadPage {
  constructor(private readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.goto('/deelnemers');
    await this.page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  }
  async search(text: string): Promise<void> {
    await this.page.getByLabel('Zoek op naam').fill(text);
    await this.page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
  }
  table() {
    return this.page.getByRole('table');
  }
  participantLink(name: string | RegExp) {
    return this.table().getByRole('link', { name });
  }
}

export class ParticipantPage {
  constructor(private readonly page: Page) {}
  section(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }
  async changePhase(toPhase: string): Promise<void> {
    await this.page.getByLabel('Nieuwe fase').selectOption({ label: toPhase });
    await this.page.getByRole('button', { name: 'Fase opslaan' }).click();
  }
}

/** `YYYY-MM-DD`, `days` days from today (negative: in the past), in the Netherlands. */
export function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

/** `YYYY-MM-DD`, `months` whole months before today. */
export function monthsAgo(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() - months);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

/** The participant portal's pages, reached through the main menu (Hoofdmenu) as a participant would. */
export class PortalPages {
  constructor(private readonly page: Page) {}
  async open(name: 'Mijn plan' | 'Wat ik wil' | 'Mijn afspraken' | 'Mijn gegevens'): Promise<void> {
    await new Layout(this.page).navigate(name);
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }
  /** A link among the big links at the bottom of every portal page. */
  async follow(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Meer in Meedoen' }).getByRole('link', { name }).click();
  }
}

/** Accepts an invitation through its link and chooses a password (the invited person's first visit). */
export async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
  const url = new URL(link);
  await page.goto(url.pathname + url.hash);
  await page.getByRole('heading', { level: 1, name: 'Welkom bij Meedoen' }).waitFor();
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Account afmaken' }).click();
  await page.getByText('Uw account is klaar. U kunt nu inloggen.').waitFor();
}
