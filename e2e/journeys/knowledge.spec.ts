/// <reference lib="dom" />
/**
 * Journeys of the knowledge portal, with axe on every page (the public pages too):
 *
 * (a) A visitor, not logged in, opens the public knowledge base (/kennisbank, rendered by the server),
 *     searches for a Dutch word in the plural and finds items that only have the singular (stemming),
 *     filters by a facet (the count shown is the count found), and opens an item.
 * (b) A knowledge editor creates an item (first with mistakes: the error summary and the field
 *     messages), adds a PDF (a text file first: refused with a clear message), publishes it, sees a
 *     conflicting save refused without losing the typed text, and finds the item on the public
 *     search by a word that is only in the PDF.
 *
 * The demo data holds ~100 published items (src/modules/knowledge/knowledge.demo.ts); the knowledge
 * editor (kennisredacteur@meedoen.demo) has no second factor in this run (MFA_REQUIRED_ROLES).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newContext, screenshot, visited } from '../support.js';
import { DEMO_PASSWORD, Layout, LoginPage } from '../pages/pages.js';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-knowledge-e2e-'));
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const EDITOR = 'kennisredacteur@meedoen.demo';
/** Letters only, so the word stays one word for the Dutch text search. */
const marker = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const title = `Werkfit met steun van de wijk ${marker}`;
const pdfWord = `kwartelkoning${marker}`;

async function writePdf(name: string, lines: string[]): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  const file = path.join(dir, name);
  fs.writeFileSync(file, await doc.save());
  return file;
}

/** The public search form of /kennisbank. */
async function searchPublic(page: Page, text: string): Promise<void> {
  const form = page.getByRole('search');
  await form.getByLabel('Zoek in de kennisbank').fill(text);
  await form.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === text);
  await page.locator('h1').waitFor();
}

describe('knowledge portal', () => {
  it('a visitor searches in Dutch, filters by a facet and opens an item', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/kennisbank');
    await page.getByRole('heading', { level: 1, name: 'Kennisbank: wat werkt' }).waitFor();
    expect(await page.title()).toBe('Kennisbank: wat werkt · Meedoen');
    await visited(page, 'knowledge-public-search');

    // The plural finds the items with the singular too (Dutch stemming), highlighted in the snippet.
    await searchPublic(page, 'arbeidsbeperkingen');
    const count = page.getByRole('status').filter({ hasText: 'items gevonden voor ‘arbeidsbeperkingen’' });
    await count.waitFor();
    const found = Number((await count.innerText()).match(/\d+/)?.[0]);
    expect(found).toBeGreaterThan(4);
    const marks = (await page.locator('.result-list mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marks).toContain('arbeidsbeperking');
    expect(await page.title()).toBe('Zoeken naar ‘arbeidsbeperkingen’ in de kennisbank · Meedoen');
    await expectAccessible(page, 'knowledge-public-results');

    // A facet: the first value under "Soort". Its count is what the filtered search finds.
    const typeFacet = page.getByRole('complementary', { name: 'Filters' }).getByRole('region', { name: 'Soort' });
    const option = typeFacet.getByRole('link').first();
    const typeName = (await option.locator('.facet-name').innerText()).trim();
    const typeCount = Number((await option.locator('.facet-count').innerText()).match(/\d+/)?.[0]);
    await option.click();
    await page.waitForURL((url) => url.searchParams.has('type') && url.searchParams.get('q') === 'arbeidsbeperkingen');
    const chosen = typeFacet.locator('a[aria-current="true"]');
    expect((await chosen.locator('.facet-name').innerText()).trim()).toBe(typeName);
    await page
      .getByRole('status')
      .filter({ hasText: `${typeCount} items gevonden` })
      .waitFor();
    const badges = await page.locator('.result-list .badge').allInnerTexts();
    expect(badges.length).toBe(Math.min(typeCount, 20));
    expect(new Set(badges.map((b) => b.trim()))).toEqual(new Set([typeName]));
    await visited(page, 'knowledge-public-filtered');

    // Open the first result: its own page, with its title as the page title.
    const first = page.locator('.result-list h3 a').first();
    const itemTitle = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: itemTitle }).waitFor();
    expect(await page.title()).toBe(`${itemTitle} · Kennisbank · Meedoen`);
    await page.getByRole('navigation', { name: 'U bent hier' }).getByRole('link', { name: 'Kennisbank' }).waitFor();
    await visited(page, 'knowledge-public-item');
    await context.close();
  }, 120_000);

  it('a knowledge editor creates an item with a PDF, publishes it and finds it in the public search', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(EDITOR, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Fatima Yilmaz' }).waitFor();
    // The public knowledge base is a plain link (the server's page), the editorial screens a menu item.
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Kennisbank', exact: true }).getAttribute('href')).toBe('/kennisbank');
    await new Layout(page).navigate('Redactie kennisbank');
    await page.getByRole('heading', { level: 1, name: 'Redactie kennisbank' }).waitFor();
    const statusNav = page.getByRole('navigation', { name: 'Items per stand' });
    await statusNav.getByRole('link', { name: /^Ter beoordeling \(\d+\)$/ }).waitFor();
    await page.getByRole('table').waitFor();
    await visited(page, 'knowledge-editorial-list');
    // The status links filter the list.
    await statusNav.getByRole('link', { name: /^Ter beoordeling/ }).click();
    await page.waitForURL(/\/redactie\?stand=inReview$/);
    const statuses = () => page.locator('.meedoen-knowledge-list tbody .meedoen-knowledge-status').allInnerTexts();
    await expect.poll(async () => [...new Set(await statuses())]).toEqual(['Ter beoordeling']);

    // A new item: first with nothing filled in.
    await page.getByRole('link', { name: 'Nieuw item' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw kennisitem' }).waitFor();
    await visited(page, 'knowledge-new');
    await page.getByRole('button', { name: 'Item aanmaken' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: /^Titel/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('knowledge-title');
    await expectAccessible(page, 'knowledge-new-errors');

    // Then filled in, with a recognition level but not yet who assessed it and when.
    await page.getByLabel('Soort item').selectOption({ label: 'Praktijkvoorbeeld' });
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Samenvatting').fill('Hoe een wijkteam en een jobcoach samen mensen naar werk helpen.');
    await page
      .getByLabel('Tekst', { exact: true })
      .fill(
        '## Wat we deden\n\nElke week een **spreekuur** in het buurthuis.\n\n- Samen met de werkgever\n- Dicht bij huis',
      );
    await page.getByLabel('Auteurs (niet verplicht)').fill('Fatima Yilmaz\nKees Bakker');
    await page
      .getByRole('group', { name: /^Thema's/ })
      .getByLabel('Jobcoaching')
      .check();
    await page
      .getByRole('group', { name: /^Domeinen/ })
      .getByLabel('Wmo')
      .check();
    await page.getByLabel('Erkenningsniveau (Movisie)').selectOption({ label: 'Goed beschreven' });
    await page.getByRole('button', { name: 'Item aanmaken' }).click();
    await summary.getByRole('link', { name: /Vul in wanneer het erkenningsniveau is vastgesteld/ }).waitFor();
    await summary.getByRole('link', { name: /Vul in wie het erkenningsniveau heeft vastgesteld/ }).waitFor();
    expect(await page.getByLabel('Vastgesteld op').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Vastgesteld op').fill('2025-11-03');
    await page.getByLabel('Vastgesteld door').fill('Erkenningscommissie Interventies (Movisie)');
    await page.getByRole('button', { name: 'Item aanmaken' }).click();

    // The item's own page: a draft, with the preview of the text as the server renders it.
    await page.waitForURL(/\/redactie\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Het item is aangemaakt als concept.').waitFor();
    const facts = page.locator('.meedoen-knowledge-facts');
    expect(await facts.locator('.meedoen-knowledge-status').innerText()).toBe('Concept');
    await page.locator('.meedoen-knowledge-preview strong', { hasText: 'spreekuur' }).waitFor();
    expect(await page.locator('.meedoen-knowledge-preview li').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Bekijk openbare pagina' }).count()).toBe(0);
    await visited(page, 'knowledge-item-draft');

    // A text file is not a PDF: the server's message at the file field, nothing added.
    const notPdf = path.join(dir, 'notities.pdf');
    fs.writeFileSync(notPdf, 'Dit is gewoon tekst.');
    await page.getByLabel('PDF-bestand toevoegen').setInputFiles(notPdf);
    await page.getByRole('button', { name: 'PDF toevoegen' }).click();
    await page.getByText('Dit bestand is geen PDF. Kies een PDF-bestand.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('knowledge-file');
    await page.getByText('Er zijn nog geen bestanden.').waitFor();
    await expectAccessible(page, 'knowledge-item-bad-file');

    // A real PDF, with a word that is nowhere else.
    const pdf = await writePdf(`werkfit-${marker}.pdf`, [
      'Werkfit met steun van de wijk',
      `Het woord ${pdfWord} staat alleen in dit bestand.`,
    ]);
    await page.getByLabel('PDF-bestand toevoegen').setInputFiles(pdf);
    await page.getByRole('button', { name: 'PDF toevoegen' }).click();
    await page.getByText(`werkfit-${marker}.pdf is toegevoegd.`).waitFor();
    const files = page.getByRole('list', { name: 'Bestanden van dit item' });
    await files.getByRole('link', { name: `werkfit-${marker}.pdf` }).waitFor();
    await files.getByText(/PDF, \d+ kB, 1 pagina's/).waitFor();

    // Publish: the status changes, the public page is linked, publishing without a date made version 2.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Het item is gepubliceerd. Iedereen kan het nu lezen in de kennisbank.').waitFor();
    expect(await facts.locator('.meedoen-knowledge-status').innerText()).toBe('Gepubliceerd');
    const publicLink = page.getByRole('link', { name: 'Bekijk openbare pagina' });
    const href = await publicLink.getAttribute('href');
    expect(href).toMatch(/^\/kennisbank\/werkfit-met-steun-van-de-wijk-[a-z]+$/);
    await page.getByRole('list').filter({ hasText: 'Van concept naar gepubliceerd' }).waitFor();
    const versions = page.getByRole('table', { name: 'Opgeslagen versies, nieuwste eerst' });
    await versions.getByRole('row', { name: /^2 huidige versie/ }).waitFor();
    expect(await versions.getByRole('row').count()).toBe(3);
    // The only moves left for a published item: send back or archive.
    const workflow = page.getByRole('region', { name: 'Stand wijzigen' });
    expect(await workflow.getByRole('button').allInnerTexts()).toEqual(['Terugsturen met opmerking', 'Archiveren']);
    await visited(page, 'knowledge-item-published');

    // Someone else saves in between: this save is refused, and the typed text stays on screen.
    const typed = 'Een samenvatting die ik net typte.';
    await page.getByLabel('Samenvatting').fill(typed);
    const id = page.url().split('/').pop()!;
    const status = await page.evaluate(async (itemId) => {
      const session = (await (await fetch('/api/v1/sessions/current')).json()) as { csrfToken: string };
      const item = (await (await fetch(`/api/v1/editorial/knowledge-items/${itemId}`)).json()) as Record<
        string,
        unknown
      >;
      const keep = ['slug', 'type', 'title', 'body', 'authors', 'organisations', 'publishedOn', 'themes', 'domains'];
      const more = ['targetGroups', 'evidenceLevel', 'evidenceAssessedOn', 'evidenceAssessedBy', 'languageLevel'];
      const body = Object.fromEntries([...keep, ...more, 'videoUrl', 'approaches', 'version'].map((k) => [k, item[k]]));
      const res = await fetch(`/api/v1/editorial/knowledge-items/${itemId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ ...body, summary: 'Door een collega gewijzigd.' }),
      });
      return res.status;
    }, id);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await summary.getByText(/Iemand anders \(Fatima Yilmaz\) heeft dit item intussen gewijzigd/).waitFor();
    expect(await page.getByLabel('Samenvatting').inputValue()).toBe(typed);
    await expectAccessible(page, 'knowledge-item-conflict');
    await screenshot(page, 'knowledge-item-conflict');
    await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect.poll(() => page.getByLabel('Samenvatting').inputValue()).toBe('Door een collega gewijzigd.');

    // In the public knowledge base, found by the word in the PDF; logged out, like any visitor.
    await new Layout(page).logout();
    await page.goto('/kennisbank');
    await searchPublic(page, pdfWord);
    const hit = page.locator('.result-list h3 a', { hasText: title });
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe(href);
    await visited(page, 'knowledge-public-found');
    await hit.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page
      .getByRole('region', { name: 'Bestanden' })
      .getByRole('link', { name: `werkfit-${marker}.pdf` })
      .waitFor();
    await page.getByText('Goed beschreven').waitFor();
    await visited(page, 'knowledge-public-new-item');
    await context.close();
    // A long journey with axe on ten page states: on a busy machine it takes well over a minute.
  }, 180_000);
});
