/**
 * Page objects of the learning network: events with registration and waiting list, and learning tracks
 * with their progress per gemeente. Found by label and role, as a screen-reader user would.
 */
import type { Locator, Page } from 'playwright-core';

export class LearningEventPage {
  constructor(private readonly page: Page) {}
  async open(path: string, title: string): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
  registration(): Locator {
    return this.page.getByRole('region', { name: 'Aanmelden' });
  }
  async register(): Promise<void> {
    await this.registration().getByRole('button', { name: 'Aanmelden', exact: true }).click();
  }
  async joinWaitingList(): Promise<void> {
    await this.registration().getByRole('button', { name: 'Op de wachtlijst', exact: true }).click();
  }
  async cancel(): Promise<void> {
    await this.registration().getByRole('button', { name: 'Afmelden', exact: true }).click();
    await this.registration().getByRole('button', { name: 'Ja, afmelden' }).click();
  }
}

export class NewLearningEventPage {
  constructor(private readonly page: Page) {}
  /** From /leernetwerk, the coordinator's link to plan an event in their (first) network. */
  async openFromNetworkPage(): Promise<void> {
    await this.page.goto('/leernetwerk');
    await this.page.getByRole('heading', { level: 1, name: 'Leernetwerk' }).waitFor();
    await this.page.getByRole('link', { name: 'Nieuwe activiteit plannen' }).first().click();
    await this.page.getByRole('heading', { level: 1, name: 'Nieuwe activiteit plannen' }).waitFor();
  }
  async fill(e: { type: string; title: string; startsAt: string; endsAt: string; location: string; capacity: number }) {
    await this.page.getByLabel('Soort activiteit').selectOption(e.type);
    await this.page.getByLabel('Titel').fill(e.title);
    await this.page.getByLabel('Begin', { exact: true }).fill(e.startsAt);
    await this.page.getByLabel('Einde', { exact: true }).fill(e.endsAt);
    await this.page.getByLabel('Plaats', { exact: true }).fill(e.location);
    await this.page.getByLabel('Aantal plaatsen').fill(String(e.capacity));
  }
  async publish(): Promise<void> {
    await this.page.getByLabel('Meteen publiceren (anders bewaren als concept)').check();
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  }
}

export class LearningTrackPage {
  constructor(private readonly page: Page) {}
  moduleTable(moduleTitle: string): Locator {
    return this.page.getByRole('table', { name: `${moduleTitle}: voortgang per gemeente en opdracht` });
  }
  summaryTable(): Locator {
    return this.page.getByRole('table', { name: /^Opdrachten per gemeente/ });
  }
  async recordProgress(gemeente: string, assignment: string, status: string, note: string): Promise<void> {
    await this.page.getByRole('button', { name: `Voortgang van ${gemeente} bij ‘${assignment}’ wijzigen` }).click();
    const form = this.page.getByRole('form', { name: `Voortgang van ${gemeente} bij ‘${assignment}’ wijzigen` });
    await form.getByLabel('Hoe ver is de gemeente?').selectOption({ label: status });
    await form.getByLabel('Toelichting (niet verplicht)').fill(note);
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
  }
}
