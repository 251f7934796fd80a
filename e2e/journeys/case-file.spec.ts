/// <reference lib="dom" />
/**
 * Journey: the case file. A professional (the demo consultant, for the reason in caseload.spec.ts)
 * sees their caseload in numbers and filters on a signal, registers a participant, writes a plan (goals
 * in two domains, actions for the participant, together and for themself), ticks one off, comments,
 * records the participant's agreement on paper and sees "changed since" after a new action, reads the
 * plan's history; fills in wishes; logs a contact with a note, plans appointments and marks one
 * cancelled; adds a job, ends it and sees the computed sustainable placement; and invites the
 * participant. The participant accepts the invitation, ticks off an action, comments, agrees with the
 * changed plan and sees the appointment. Axe on every page. Nothing depends on the demo's exact counts.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newContext, screenshot, visited } from '../support.js';
import {
  CaseloadPage,
  Layout,
  LoginPage,
  ParticipantPage,
  PortalPages,
  acceptInvitation,
  dayFromToday,
  loginWithSecondFactor,
  monthsAgo,
} from '../pages/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PROFESSIONAL = 'consulent@meedoen.demo';
const secondFactors = () => path.join(inject('dataDir'), 'e2e-second-factors.json');
const marker = Math.random().toString(36).slice(2, 7);
const family = `Bosman-${marker}`;
const email = `noor.bosman.${marker}@voorbeeld.nl`;
const PASSWORD = 'een lange zin als wachtwoord';
let invitationLink = '';

describe('case file', () => {
  it('a professional writes a plan, logs contacts, records a job and invites the participant', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginWithSecondFactor(page, PROFESSIONAL, secondFactors());
    await page.getByRole('heading', { level: 1, name: 'Welkom, Kees Bakker' }).waitFor();

    // Register a participant with an e-mail address (for the invitation later).
    await new Layout(page).navigate('Werkvoorraad');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.getByRole('link', { name: 'Deelnemer inschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deelnemer inschrijven' }).waitFor();
    await page.getByLabel('Voornaam (roepnaam)').fill('Noor');
    await page.getByLabel('Achternaam', { exact: true }).fill(family);
    await page.getByLabel('Geboortedatum', { exact: true }).fill('1994-02-11');
    await page.getByLabel(/^E-mailadres/).fill(email);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
    await page.getByLabel('Aanpak', { exact: true }).selectOption({ label: 'Leerroute' });
    await page.getByRole('button', { name: 'Deelnemer inschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: `Noor ${family}` }).waitFor();
    // The caseload, with the numbers above the list (the new participant makes sure there is one).
    const participantPath = new URL(page.url()).pathname;
    await new Layout(page).navigate('Werkvoorraad');
    const caseload = new CaseloadPage(page);
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    const summary = page.getByRole('region', { name: 'Uw werkvoorraad in cijfers' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /^\d+ lopende? trajecte?n?$/ }).waitFor();
    await visited(page, 'caseload-summary');
    // A number is a link that filters: my own participants.
    await summary.getByRole('link', { name: /lopende? trajecte?n?$/ }).click();
    await page.waitForURL(/[?&]mine=1/);
    await caseload.table().waitFor();
    await expect.poll(() => page.getByLabel('Alleen mijn deelnemers').isChecked()).toBe(true);
    // The signal filter: the rows that come back carry the signal as a tag with words.
    await page.getByLabel('Signaal').selectOption({ label: '30 dagen geen werkgeverscontact' });
    await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/[?&]signal=noEmployerContact30/);
    // Once the answer is in: either no one, or only rows with the tag.
    const rows = caseload.table().locator('tbody tr');
    const tagged = rows.filter({ hasText: '30 dagen geen werkgeverscontact' });
    const none = page.getByText('Er zijn geen deelnemers gevonden.', { exact: false });
    await expect
      .poll(
        async () =>
          (await none.isVisible()) || ((await rows.count()) > 0 && (await tagged.count()) === (await rows.count())),
      )
      .toBe(true);
    await visited(page, 'caseload-signal');

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => url.search === '');
    await caseload.search(family);
    await caseload.participantLink(`${family}, Noor`).waitFor();
    await page.goto(participantPath);
    await page.getByRole('heading', { level: 1, name: `Noor ${family}` }).waitFor();

    const participant = new ParticipantPage(page);
    const plan = participant.section('Plan');
    await plan.getByText(`Er staan nog geen doelen in het plan van Noor.`).waitFor();
    // The jump menu names every section this professional may see.
    const jump = page.getByRole('navigation', { name: 'Op deze pagina' });
    for (const name of ['Persoonsgegevens', 'Traject', 'Plan', 'Wensen', 'Werk', 'Contacten', 'Toestemmingen']) {
      await jump.getByRole('link', { name, exact: true }).waitFor();
    }

    // A goal: a first try without anything shows what is missing.
    await plan.getByRole('button', { name: 'Doel toevoegen' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('goal-domain');
    await plan.getByText('Schrijf het zoals de deelnemer het zou zeggen', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Doel opslaan' }).click();
    await plan.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await expectAccessible(page, 'plan-goal-errors');
    await plan.getByLabel('Leefgebied').selectOption({ label: 'Werk' });
    await plan.getByLabel('Doel', { exact: true }).fill('Ik vind een baan in de groenvoorziening');
    await plan.getByLabel(/^Streefdatum/).fill(dayFromToday(180));
    await plan.getByRole('button', { name: 'Doel opslaan' }).click();
    await plan.getByText('Het doel staat in het plan.').waitFor();
    const goal = plan.getByRole('article', { name: 'Ik vind een baan in de groenvoorziening' });
    await goal.getByText('Gemeente Utrecht').waitFor();
    await goal.getByText('Bezig').waitFor();

    // Three actions: for the participant, together, and for the professional.
    const addAction = async (title: string, owner: string, due?: string) => {
      await goal.getByRole('button', { name: 'Actie toevoegen bij: Ik vind een baan in de groenvoorziening' }).click();
      await goal.getByLabel('Actie', { exact: true }).fill(title);
      await goal.getByLabel(owner, { exact: true }).check();
      if (due) {
        await goal.getByLabel(/^Klaar op/).fill(due);
      }
      await goal.getByRole('button', { name: 'Actie opslaan' }).click();
      await goal.getByText(title, { exact: true }).waitFor();
    };
    await addAction('Ik maak mijn cv af', 'De deelnemer', dayFromToday(7));
    await addAction('Ik bel twee hoveniers', 'Samen', dayFromToday(14));
    await addAction('Kees zoekt vacatures bij hoveniers', 'De begeleider');
    // A second goal, in another domain, that is already reached.
    await plan.getByRole('button', { name: 'Doel toevoegen' }).click();
    await plan.getByLabel('Leefgebied').selectOption({ label: 'Inkomen' });
    await plan.getByLabel('Doel', { exact: true }).fill('Ik weet welke toeslagen ik krijg');
    await plan.getByRole('button', { name: 'Doel opslaan' }).click();
    await plan.getByRole('heading', { level: 3, name: 'Inkomen' }).waitFor();
    const income = plan.getByRole('article', { name: 'Ik weet welke toeslagen ik krijg' });
    await income.getByRole('button', { name: 'Stand veranderen: Ik weet welke toeslagen ik krijg' }).click();
    await income.getByLabel('Stand', { exact: true }).selectOption({ label: 'Gehaald' });
    await income.getByRole('button', { name: 'Stand opslaan' }).click();
    await plan.getByText('De stand van het doel is nu ‘Gehaald’.').waitFor();
    await income.getByText('Gehaald', { exact: true }).waitFor();

    // Tick off the professional's own action, and comment on the participant's.
    await goal.getByRole('button', { name: 'Afvinken: Kees zoekt vacatures bij hoveniers' }).click();
    await plan.getByText('Afgevinkt: Kees zoekt vacatures bij hoveniers.').waitFor();
    await goal.getByText(/afgevinkt door Kees Bakker op/).waitFor();
    await goal.getByRole('button', { name: 'Opmerking plaatsen bij: Ik maak mijn cv af' }).click();
    await goal.getByLabel('Opmerking', { exact: true }).fill('Neem je diploma mee naar het volgende gesprek.');
    await goal.getByRole('button', { name: 'Opmerking versturen' }).click();
    await plan.getByText('De opmerking is geplaatst.').waitFor();
    await goal.getByText('Neem je diploma mee naar het volgende gesprek.').waitFor();

    // The agreement, on paper; then a change makes the plan "changed since the last agreement".
    await plan.getByText('Noor is nog niet akkoord gegaan met het plan.').waitFor();
    await plan.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await plan.getByLabel('Op papier (getekend)').check();
    await plan.getByRole('button', { name: 'Akkoord vastleggen' }).click();
    await plan.getByText('De afspraak is vastgelegd.').waitFor();
    await plan.getByText(/Noor ging op .* op papier akkoord met het plan \(vastgelegd door Kees Bakker\)\./).waitFor();
    expect(await plan.getByText('Het plan is veranderd sinds de laatste afspraak.').count()).toBe(0);
    await addAction('Ik ga een dag meelopen bij een hovenier', 'De deelnemer', dayFromToday(30));
    await plan.getByText('Het plan is veranderd sinds de laatste afspraak.').waitFor();
    await plan.getByRole('button', { name: 'Geschiedenis van het plan' }).click();
    await plan.getByText('Kees Bakker zette het doel ‘Ik vind een baan in de groenvoorziening’ in het plan.').waitFor();
    await plan.getByText('Kees Bakker legde vast dat de deelnemer op papier akkoord ging met het plan.').waitFor();
    await plan
      .getByText('Kees Bakker zette de stand van het doel ‘Ik weet welke toeslagen ik krijg’ op ‘Gehaald’.')
      .waitFor();
    await visited(page, 'participant-plan');

    // Wishes, filled in together with the participant.
    const wishes = participant.section('Wensen');
    await wishes.getByText('Noor heeft nog geen wensen vastgelegd.').waitFor();
    await wishes.getByRole('button', { name: 'Wensen invullen' }).click();
    await wishes.getByLabel(/^Soort werk/).fill('Buiten werken, met planten');
    await wishes.getByLabel('Sector toevoegen').fill('groenvoorziening');
    await wishes.getByLabel('Sector toevoegen').press('Enter');
    await wishes.getByRole('button', { name: 'Weghalen: groenvoorziening' }).waitFor();
    await wishes.getByLabel(/^Minimaal uren per week/).fill('16');
    await wishes.getByLabel(/^Maximaal uren per week/).fill('24');
    await wishes.getByLabel('Eerst vragen').check();
    await wishes.getByRole('button', { name: 'Wensen opslaan' }).click();
    await wishes.getByText('De wensen zijn opgeslagen als nieuwe versie.').waitFor();
    await wishes.getByText('16 tot 24 uur per week').waitFor();
    await wishes.getByText(/^Opgeslagen door Kees Bakker op/).waitFor();

    // Contacts: one that took place, with a note; two appointments; one of them is cancelled.
    const contacts = participant.section('Contacten');
    await contacts.getByRole('button', { name: 'Afspraak of contact vastleggen' }).click();
    await contacts.getByLabel('Een contact dat is geweest').check();
    expect(await contacts.getByLabel('Datum en tijd').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await contacts.getByLabel('Soort contact').selectOption({ label: 'Gesprek' });
    await contacts.getByLabel(/^Wie waren erbij/).fill('Noor en Kees');
    await contacts.getByLabel(/^Verslag/).fill('Noor wil graag buiten werken. Ze heeft een rijbewijs.');
    await contacts.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await contacts.getByText('Het contact is vastgelegd.').waitFor();
    const past = contacts.getByRole('region', { name: 'Eerdere contacten' });
    await past.getByText('Noor wil graag buiten werken. Ze heeft een rijbewijs.').waitFor();
    await past.getByText('Gehouden').waitFor();
    const plan1 = async (day: number, kind: string, location: string) => {
      await contacts.getByRole('button', { name: 'Afspraak of contact vastleggen' }).click();
      await contacts.getByLabel('Een afspraak in de toekomst').check();
      await contacts.getByLabel('Datum en tijd').fill(`${dayFromToday(day)}T10:00`);
      await contacts.getByLabel(/^Duur in minuten/).fill('45');
      await contacts.getByLabel('Soort contact').selectOption({ label: kind });
      await contacts.getByLabel(/^Waar/).fill(location);
      await contacts.getByRole('button', { name: 'Vastleggen', exact: true }).click();
      await contacts.getByText('De afspraak is gepland.').waitFor();
    };
    await plan1(7, 'Met een werkgever', 'Hoveniersbedrijf Groen, Utrecht');
    await plan1(3, 'Telefoon', 'Telefonisch');
    const upcoming = contacts.getByRole('region', { name: 'Komende afspraken' });
    // The time typed is the time shown: Dutch time, whatever the browser's zone.
    await upcoming.getByRole('heading', { name: /10:00: Met een werkgever$/ }).waitFor();
    await upcoming.getByRole('button', { name: /^Afspraak bijwerken: Telefoon op / }).click();
    await upcoming.getByLabel('Afgezegd').check();
    await upcoming.getByLabel(/^Verslag/).fill('Noor belde af: ze is ziek.');
    await upcoming.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await contacts.getByText('De afspraak staat nu als afgezegd.').waitFor();
    await past.getByText('Noor belde af: ze is ziek.').waitFor();
    await past.getByText('Afgezegd').waitFor();
    expect(await upcoming.getByRole('heading', { name: /Telefoon$/ }).count()).toBe(0);

    // A job: regular paid work, computed; ended after eight months, it still counts as sustainable.
    const work = participant.section('Werk');
    await work.getByText('Nog niet duurzaam geplaatst.').waitFor();
    await work.getByRole('button', { name: 'Baan toevoegen' }).click();
    await work.getByLabel('Werkgever').fill('Hoveniersbedrijf Groen');
    await work.getByLabel('Functie').fill('Medewerker groen');
    await work.getByLabel('Eerste werkdag').fill(monthsAgo(9));
    await work.getByLabel('Uren per week').fill('24,5');
    await work.getByLabel('Contract', { exact: true }).selectOption({ label: 'Tijdelijk' });
    await work.getByLabel('Loon', { exact: true }).selectOption({ label: 'Marktconform loon' });
    await work.getByRole('button', { name: 'Baan opslaan' }).click();
    await work.getByText('De baan is vastgelegd.').waitFor();
    const job = work.getByRole('article', { name: 'Medewerker groen bij Hoveniersbedrijf Groen' });
    await job.getByText('24,5 uur').waitFor();
    await job
      .locator('.utrecht-data-list__item')
      .filter({ hasText: 'Regulier betaald werk (IPS)' })
      .getByText('Ja', { exact: true })
      .waitFor();
    await work.getByText(/^Duurzaam geplaatst na 6 maanden op /).waitFor();
    await work.getByText(/^Zo rekent Meedoen: Betaald werk van minstens/).waitFor();
    await job.getByRole('button', { name: 'Baan beëindigen: Medewerker groen bij Hoveniersbedrijf Groen' }).click();
    await job.getByLabel('Laatste werkdag').fill(monthsAgo(1));
    await job.getByRole('button', { name: 'Einde opslaan' }).click();
    await job.getByRole('alert').filter({ hasText: 'Kies waarom de baan is gestopt.' }).waitFor();
    await job.getByLabel('Reden van einde').selectOption({ label: 'Contract afgelopen' });
    await job.getByRole('button', { name: 'Einde opslaan' }).click();
    await work.getByText('De baan Medewerker groen bij Hoveniersbedrijf Groen is beëindigd.').waitFor();
    await job.getByText('Contract afgelopen').waitFor();
    await work.getByText(/^Duurzaam geplaatst na 6 maanden op /).waitFor();
    await visited(page, 'participant-case-file');

    // Invite the participant to an account of their own (to the address on file).
    const details = participant.section('Persoonsgegevens');
    await details.getByRole('button', { name: 'Uitnodigen voor een eigen account' }).click();
    await details.getByText(`Leeg laten: de uitnodiging gaat naar ${email}.`, { exact: false }).waitFor();
    await expectAccessible(page, 'participant-invite');
    await details.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await details.getByText(`De uitnodiging is verstuurd naar ${email}. De link werkt 7 dagen.`).waitFor();
    expect(await details.getByRole('button', { name: 'Uitnodigen voor een eigen account' }).count()).toBe(0);
    await screenshot(page, 'participant-invited');

    // The same page in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan', exact: true }).waitFor();
    await participant
      .section('Work')
      .getByText(/^Sustainably placed after 6 months on /)
      .waitFor();
    await visited(page, 'participant-case-file-en');
    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await participant.section('Werk').waitFor();
    await new Layout(page).logout();
    await context.close();
  }, 240_000);

  it('the invited participant ticks off an action, comments, agrees with the plan and sees the appointment', async () => {
    // The invitation, read in the development mailbox by the administrator.
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await loginWithSecondFactor(admin, 'beheerder@meedoen.demo', secondFactors());
    await admin.getByRole('heading', { level: 1, name: 'Welkom, Jeroen de Boer' }).waitFor();
    await admin.goto('/beheer/e-mails');
    const mail = admin.getByRole('article').filter({ hasText: email }).first();
    await mail.waitFor();
    await mail.getByRole('heading', { name: 'Uw eigen account in Meedoen' }).waitFor();
    invitationLink = (await mail.getByRole('link').first().getAttribute('href')) ?? '';
    expect(invitationLink).toMatch(/\/uitnodiging#token=/);
    await adminContext.close();

    const context = await newContext(browser);
    const page = await context.newPage();
    await acceptInvitation(page, invitationLink, PASSWORD);
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: `Welkom, Noor ${family}` }).waitFor();

    // Mijn plan: the plan in plain words, changed since the agreement on paper.
    const portal = new PortalPages(page);
    await portal.open('Mijn plan');
    await page.getByRole('heading', { level: 2, name: 'Werk', exact: true }).waitFor();
    await page.getByText('Het plan is veranderd sinds de laatste afspraak. Kijk of het nog klopt.').waitFor();
    await page.getByText(/^U zette op .* uw handtekening onder dit plan\.$/).waitFor();
    const goal = page.getByRole('article', { name: 'Ik vind een baan in de groenvoorziening' });
    await goal.getByText('Wie doet het: u', { exact: true }).first().waitFor();
    await goal.getByText('Wie doet het: u en uw begeleider samen').waitFor();
    // The coach's own action is the coach's: nothing to tick off there.
    expect(await goal.getByRole('button', { name: 'Dit is klaar: Kees zoekt vacatures bij hoveniers' }).count()).toBe(
      0,
    );
    await visited(page, 'portal-plan');

    await goal.getByRole('button', { name: 'Dit is klaar: Ik maak mijn cv af' }).click();
    await page.getByText('Goed zo! ‘Ik maak mijn cv af’ is klaar.').waitFor();
    await goal.getByText(/^U vinkte dit af op /).waitFor();
    await goal.getByRole('button', { name: 'Schrijf een opmerking bij: Ik bel twee hoveniers' }).click();
    await goal.getByLabel('Uw opmerking').fill('Ik wil eerst met Kees oefenen.');
    await goal.getByRole('button', { name: 'Opmerking versturen' }).click();
    await page.getByText('Dank u. Uw opmerking staat erbij. Uw begeleider kan hem lezen.').waitFor();
    await goal.getByText('Ik wil eerst met Kees oefenen.').waitFor();
    await goal.getByText('Neem je diploma mee naar het volgende gesprek.').waitFor();

    await page.getByRole('button', { name: 'Ja, ik ben het eens met dit plan' }).click();
    await page.getByText('Dank u. Uw begeleider ziet dat u het eens bent met het plan.').waitFor();
    await page.getByText(/^U zei op .* dat u het eens bent met dit plan\.$/).waitFor();
    expect(await page.getByText('Het plan is veranderd sinds de laatste afspraak.', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Wat is er veranderd?' }).click();
    await page.getByText('U ging in Meedoen akkoord met het plan.').waitFor();
    await page.getByText('U vinkte de actie ‘Ik maak mijn cv af’ af.').waitFor();
    await visited(page, 'portal-plan-agreed');

    // Mijn afspraken: the appointment with the employer, in Dutch time; not the cancelled one.
    await portal.open('Mijn afspraken');
    const appointment = page.getByRole('listitem').filter({ hasText: 'Een gesprek met een werkgever.' });
    await appointment.getByRole('heading', { name: / om 10:00 uur$/ }).waitFor();
    await appointment.getByText('Waar: Hoveniersbedrijf Groen, Utrecht').waitFor();
    await appointment.getByText('Het duurt ongeveer 45 minuten.').waitFor();
    expect(await page.getByText('Uw begeleider belt u op.').count()).toBe(0);
    await visited(page, 'portal-appointments');

    // Mijn gegevens: the coach by name and the job, in plain words.
    await portal.open('Mijn gegevens');
    await page.getByText('Uw begeleider is Kees Bakker.').waitFor();
    await page
      .getByText(/^U werkte bij Hoveniersbedrijf Groen als Medewerker groen, van .* U werkte 24,5 uur per week\.$/)
      .waitFor();
    await visited(page, 'portal-details-work');
    await new Layout(page).logout();
    await context.close();
  }, 180_000);
});
