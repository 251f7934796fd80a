/**
 * What each kind of import reads: its fields, the column headers they are recognised by, the words
 * accepted for each choice, and the checks of one row. The template files and their explanation
 * sheet are generated from the same definitions, so what the template says is what the importer does.
 */
import { canonicalBsn, isValidBsn } from '../../shared/bsn.js';
import { type BENEFIT_SITUATIONS, type TARGET_GROUPS } from '../participants/participants.schemas.js';
import { type CLOSED_REASONS, type PHASES } from '../trajectories/trajectories.schemas.js';
import { type CONTRACT_TYPES, type END_REASONS, type WAGE_FORMS } from '../jobs/jobs.schemas.js';
import {
  choiceIndex,
  normaliseLabel,
  parseBoolean,
  parseChoice,
  parseChoices,
  parseDate,
  parseDecimal,
  parseEmail,
  parsePhone,
  type Choice,
  type Parsed,
} from './imports.values.js';

export const IMPORT_KINDS = ['participants', 'trajectories', 'jobEpisodes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type Text = { nl: string; en: string };

/** What one row may refer to, loaded once per import. */
export interface RowContext {
  today: string;
  /** Normalised gemeente name or code (GM0344, 0344, 344) → CBS code. */
  municipalities: ReadonlyMap<string, string>;
  /** Normalised approach code or name → code (active approaches only). */
  approaches: ReadonlyMap<string, string>;
  /** Lower-case e-mail → user id of the organisation's job coaches and consultants. */
  coaches: ReadonlyMap<string, string>;
  /** BSN → keyed hash and ciphertext (FieldCipher). */
  protectBsn(bsn: string): { hash: string; encrypted: string };
}

/** A problem with one cell, or with the row as a whole (`field` null). */
export interface CellError {
  field: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface FieldDef {
  key: string;
  label: Text;
  /** Other headers this field is recognised by (normalised on comparison). */
  aliases: readonly string[];
  required: boolean;
  /** What to write, for the explanation sheet of the template. */
  help: Text;
  example: string;
  /** The value to store (JSON) or what is wrong. Called only for a non-empty cell. */
  parse(text: string, ctx: RowContext): Parsed<unknown>;
}

export interface KindDef {
  kind: ImportKind;
  label: Text;
  fields: readonly FieldDef[];
  /** Checks across the fields of one row (after each field parsed), e.g. an end before its start. */
  checkRow(values: Record<string, unknown>, ctx: RowContext): CellError[];
}

const choices = <C extends string>(list: readonly Choice<C>[]) => ({ list, index: choiceIndex(list) });

const TARGET_GROUP_CHOICES = choices<(typeof TARGET_GROUPS)[number]>([
  { code: 'workDisability', labels: ['Arbeidsbeperking', 'Arbeidsbeperkt', 'Work disability'] },
  { code: 'psychologicalVulnerability', labels: ['Psychisch kwetsbaar', 'GGZ', 'Psychological vulnerability'] },
  { code: 'statusHolder', labels: ['Statushouder', 'Status holder', 'Vergunninghouder'] },
  { code: 'benefitRecipient', labels: ['Uitkeringsgerechtigde', 'Uitkering', 'Benefit recipient'] },
  { code: 'nugger', labels: ['Nugger', 'Niet-uitkeringsgerechtigde', 'Niet uitkeringsgerechtigd'] },
  { code: 'careerSwitcher', labels: ['Zij-instromer', 'Zijinstromer', 'Career switcher'] },
  { code: 'praktijkVsoPupil', labels: ['Leerling pro/vso', 'Pro/vso', 'Praktijkonderwijs', 'Vso', 'Pro'] },
]);
const BENEFIT_CHOICES = choices<(typeof BENEFIT_SITUATIONS)[number]>([
  { code: 'participatiewet', labels: ['Participatiewet', 'Bijstand', 'PW'] },
  { code: 'ww', labels: ['WW'] },
  { code: 'wiaWga', labels: ['WGA', 'WIA WGA', 'WIA-WGA'] },
  { code: 'wiaIva', labels: ['IVA', 'WIA IVA', 'WIA-IVA'] },
  { code: 'wajong', labels: ['Wajong'] },
  { code: 'ziektewet', labels: ['Ziektewet', 'ZW'] },
  { code: 'other', labels: ['Andere uitkering', 'Anders', 'Other'] },
  { code: 'none', labels: ['Geen', 'Geen uitkering', 'None'] },
]);
const PHASE_CHOICES = choices<(typeof PHASES)[number]>([
  { code: 'referral', labels: ['Aanmelding', 'Aangemeld', 'Referral'] },
  { code: 'intake', labels: ['Intake'] },
  { code: 'jobSearch', labels: ['Zoeken naar werk', 'Zoeken', 'Job search', 'Werk zoeken'] },
  { code: 'workingWithSupport', labels: ['Aan het werk met steun', 'Aan het werk', 'Werkend', 'Working with support'] },
  { code: 'followUp', labels: ['Nazorg', 'Follow-up', 'Follow up'] },
  { code: 'closed', labels: ['Afgesloten', 'Gesloten', 'Beëindigd', 'Closed'] },
]);
const CLOSED_REASON_CHOICES = choices<(typeof CLOSED_REASONS)[number]>([
  { code: 'sustainableWork', labels: ['Duurzaam aan het werk', 'Duurzaam werk', 'Sustainable work'] },
  { code: 'workWithoutSupport', labels: ['Aan het werk zonder begeleiding', 'Werk zonder begeleiding'] },
  { code: 'education', labels: ['Opleiding', 'School', 'Gaat naar school of een opleiding', 'Education'] },
  { code: 'movedAway', labels: ['Verhuisd', 'Moved away'] },
  { code: 'noLongerWantsSupport', labels: ['Wil geen begeleiding meer', 'Wil niet meer'] },
  { code: 'noContact', labels: ['Geen contact meer', 'Geen contact', 'No contact'] },
  { code: 'healthReasons', labels: ['Om gezondheidsredenen', 'Gezondheid', 'Health'] },
  { code: 'referredElsewhere', labels: ['Doorverwezen', 'Doorverwezen naar een andere organisatie'] },
  { code: 'other', labels: ['Andere reden', 'Anders', 'Other'] },
]);
const CONTRACT_CHOICES = choices<(typeof CONTRACT_TYPES)[number]>([
  { code: 'permanent', labels: ['Vast', 'Vast contract', 'Onbepaalde tijd', 'Permanent'] },
  { code: 'temporary', labels: ['Tijdelijk', 'Tijdelijk contract', 'Bepaalde tijd', 'Temporary'] },
  { code: 'onCall', labels: ['Oproep', 'Oproepcontract', 'Nulurencontract', 'On call'] },
  { code: 'selfEmployed', labels: ['Zzp', 'Zelfstandige', 'Zelfstandige (zzp)', 'Self-employed'] },
  { code: 'none', labels: ['Geen', 'Geen contract', 'None'] },
]);
const WAGE_CHOICES = choices<(typeof WAGE_FORMS)[number]>([
  { code: 'marketWage', labels: ['Marktconform loon', 'Regulier loon', 'Loon', 'Market wage'] },
  { code: 'loonkostensubsidie', labels: ['Loonkostensubsidie', 'LKS', 'Loon met loonkostensubsidie'] },
  { code: 'loondispensatie', labels: ['Loondispensatie', 'Loon met loondispensatie'] },
  {
    code: 'unpaidWorkExperience',
    labels: ['Werkervaringsplaats', 'Werkervaringsplaats zonder loon', 'WEP', 'Onbetaald'],
  },
  { code: 'beschutWerk', labels: ['Beschut werk', 'Beschut'] },
  { code: 'other', labels: ['Anders', 'Other'] },
]);
const END_REASON_CHOICES = choices<(typeof END_REASONS)[number]>([
  { code: 'contractEnded', labels: ['Contract afgelopen', 'Einde contract', 'Contract ended'] },
  { code: 'dismissed', labels: ['Ontslagen', 'Ontslag', 'Dismissed'] },
  { code: 'quit', labels: ['Zelf gestopt', 'Zelf ontslag genomen', 'Quit'] },
  { code: 'betterJob', labels: ['Andere baan', 'Andere baan gevonden', 'Better job'] },
  { code: 'health', labels: ['Gezondheid', 'Ziek', 'Health'] },
  { code: 'other', labels: ['Andere reden', 'Anders', 'Other'] },
]);

/** The allowed words of a choice for the explanation sheet: the first label of each. */
const allowed = (list: readonly Choice<string>[]) => list.map((c) => c.labels[0]).join(', ');

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

function text(max: number) {
  return (s: string): Parsed<unknown> =>
    s.trim().length > max ? { ok: false, code: 'too-long', params: { max: String(max) } } : ok(s.trim());
}

const externalId = text(100);

function choiceField<C extends string>(c: { index: ReadonlyMap<string, C> }) {
  return (s: string): Parsed<unknown> => parseChoice(s, c.index);
}

let birthDateBound = { today: '', years: 0, bound: '' };
/**
 * The last date of birth of someone `years` old on `today` (ISO dates): `dob > bound` is
 * `yearsBetween(dob, today) < years`, as a comparison of strings instead of a date calculation per row.
 */
export function latestBirthDate(today: string, years: number): string {
  if (birthDateBound.today !== today || birthDateBound.years !== years) {
    const year = String(Number(today.slice(0, 4)) - years).padStart(4, '0');
    birthDateBound = { today, years, bound: `${year}${today.slice(4)}` };
  }
  return birthDateBound.bound;
}

function pastDate(s: string, ctx: RowContext): Parsed<unknown> {
  const d = parseDate(s);
  if (d.ok && d.value > ctx.today) {
    return { ok: false, code: 'date-future' };
  }
  return d;
}

const EXTERNAL_ID: FieldDef = {
  key: 'externalId',
  label: { nl: 'Nummer', en: 'Number' },
  aliases: ['id', 'externalId', 'extern id', 'kenmerk', 'registratienummer', 'dossiernummer', 'nr', 'nummer'],
  required: true,
  help: {
    nl: 'Uw eigen vaste nummer voor deze regel, zoals het dossiernummer. Met hetzelfde nummer wordt een regel bij de volgende import bijgewerkt in plaats van dubbel ingelezen.',
    en: 'Your own fixed number for this row, such as the case number. With the same number a row is updated by the next import instead of read in twice.',
  },
  example: 'D-1001',
  parse: externalId,
};

const PARTICIPANT_REF: FieldDef = {
  key: 'participantExternalId',
  label: { nl: 'Nummer deelnemer', en: 'Participant number' },
  aliases: ['deelnemer', 'deelnemernummer', 'nummer deelnemer', 'participant', 'participantExternalId', 'clientnummer'],
  required: true,
  help: {
    nl: 'Het nummer van de deelnemer uit het bestand met deelnemers. Importeer de deelnemers eerst.',
    en: 'The number of the participant from the participants file. Import the participants first.',
  },
  example: 'D-1001',
  parse: externalId,
};

const PARTICIPANTS: KindDef = {
  kind: 'participants',
  label: { nl: 'Deelnemers', en: 'Participants' },
  fields: [
    EXTERNAL_ID,
    {
      key: 'givenName',
      label: { nl: 'Voornaam', en: 'Given name' },
      aliases: ['roepnaam', 'first name', 'givenName'],
      required: true,
      help: { nl: 'De roepnaam.', en: 'The name the person goes by.' },
      example: 'Fatima',
      parse: text(100),
    },
    {
      key: 'familyName',
      label: { nl: 'Achternaam', en: 'Family name' },
      aliases: ['naam', 'familienaam', 'last name', 'surname', 'familyName'],
      required: true,
      help: { nl: 'Met tussenvoegsel, zoals "de Vries".', en: 'With its prefix, such as "de Vries".' },
      example: 'el Amrani',
      parse: text(150),
    },
    {
      key: 'dateOfBirth',
      label: { nl: 'Geboortedatum', en: 'Date of birth' },
      aliases: ['geboren', 'geb datum', 'birth date', 'dateOfBirth'],
      required: true,
      help: { nl: 'Dag-maand-jaar, zoals 14-3-1990.', en: 'Day-month-year, such as 14-3-1990.' },
      example: '14-3-1990',
      parse: pastDate,
    },
    {
      key: 'municipalityCode',
      label: { nl: 'Gemeente', en: 'Municipality' },
      aliases: ['woonplaats gemeente', 'gemeente van wonen', 'gemeentecode', 'municipality', 'municipalityCode'],
      required: true,
      help: {
        nl: 'De gemeente waar de deelnemer woont: de naam of de CBS-code, zoals Utrecht of GM0344.',
        en: 'The municipality the participant lives in: its name or CBS code, such as Utrecht or GM0344.',
      },
      example: 'Utrecht',
      parse: (s, ctx) => {
        const code = ctx.municipalities.get(normaliseLabel(s));
        return code ? ok(code) : { ok: false, code: 'municipality-unknown', params: { value: s.trim() } };
      },
    },
    {
      key: 'email',
      label: { nl: 'E-mailadres', en: 'E-mail address' },
      aliases: ['email', 'e-mail', 'mail', 'emailadres'],
      required: false,
      help: { nl: 'Mag leeg blijven.', en: 'May be left empty.' },
      example: 'fatima@example.nl',
      parse: (s) => parseEmail(s),
    },
    {
      key: 'phone',
      label: { nl: 'Telefoonnummer', en: 'Phone number' },
      aliases: ['telefoon', 'tel', 'mobiel', 'phone', 'telefoonnr'],
      required: false,
      help: { nl: 'Mag leeg blijven.', en: 'May be left empty.' },
      example: '06-12345678',
      parse: (s) => parsePhone(s),
    },
    {
      key: 'bsn',
      label: { nl: 'BSN', en: 'BSN' },
      aliases: ['burgerservicenummer', 'sofinummer', 'citizen service number'],
      required: false,
      help: {
        nl: 'Burgerservicenummer van 9 cijfers. Alleen invullen als uw organisatie het nodig heeft. Het wordt versleuteld bewaard.',
        en: 'Citizen service number of 9 digits. Fill in only when your organisation needs it. It is stored encrypted.',
      },
      example: '',
      parse: (s, ctx) => {
        // Excel drops a leading zero: an 8-digit number is a BSN starting with 0.
        const digits = s.replace(/[\s.-]/g, '');
        const bsn = /^\d{8}$/.test(digits) ? `0${digits}` : digits;
        return isValidBsn(bsn) ? ok(ctx.protectBsn(canonicalBsn(bsn))) : { ok: false, code: 'bsn-invalid' };
      },
    },
    {
      key: 'targetGroups',
      label: { nl: 'Doelgroepen', en: 'Target groups' },
      aliases: ['doelgroep', 'target group', 'targetGroups'],
      required: false,
      help: {
        nl: `Een of meer, gescheiden door een komma: ${allowed(TARGET_GROUP_CHOICES.list)}.`,
        en: `One or more, separated by commas: ${allowed(TARGET_GROUP_CHOICES.list)}.`,
      },
      example: 'Psychisch kwetsbaar, Uitkeringsgerechtigde',
      parse: (s) => parseChoices(s, TARGET_GROUP_CHOICES.index),
    },
    {
      key: 'benefitSituation',
      label: { nl: 'Uitkering', en: 'Benefit' },
      aliases: ['uitkeringssituatie', 'soort uitkering', 'benefit', 'benefitSituation'],
      required: false,
      help: { nl: `Een van: ${allowed(BENEFIT_CHOICES.list)}.`, en: `One of: ${allowed(BENEFIT_CHOICES.list)}.` },
      example: 'Participatiewet',
      parse: choiceField(BENEFIT_CHOICES),
    },
    {
      key: 'doelgroepregister',
      label: { nl: 'Doelgroepregister', en: 'Target group register' },
      aliases: ['banenafspraak', 'in doelgroepregister', 'doelgroepregister banenafspraak'],
      required: false,
      help: { nl: 'Ja of nee.', en: 'Yes or no.' },
      example: 'nee',
      parse: (s) => parseBoolean(s),
    },
  ],
  checkRow(values, ctx) {
    const dob = values.dateOfBirth as string | undefined;
    if (dob && (dob > latestBirthDate(ctx.today, 14) || dob < '1900-01-01')) {
      return [{ field: 'dateOfBirth', code: dob < '1900-01-01' ? 'date-too-early' : 'too-young', params: { age: 14 } }];
    }
    return [];
  },
};

const TRAJECTORIES: KindDef = {
  kind: 'trajectories',
  label: { nl: 'Trajecten', en: 'Trajectories' },
  fields: [
    { ...EXTERNAL_ID, example: 'T-2001' },
    PARTICIPANT_REF,
    {
      key: 'approachCode',
      label: { nl: 'Aanpak', en: 'Approach' },
      aliases: ['methode', 'soort traject', 'approach', 'approachCode'],
      required: true,
      help: {
        nl: 'De naam van de aanpak, zoals IPS, Jobcoaching of Werkervaringsplaats.',
        en: 'The name of the approach, such as IPS, Job coaching or Work-experience place.',
      },
      example: 'IPS',
      parse: (s, ctx) => {
        const code = ctx.approaches.get(normaliseLabel(s));
        return code ? ok(code) : { ok: false, code: 'approach-unknown', params: { value: s.trim() } };
      },
    },
    {
      key: 'referralDate',
      label: { nl: 'Aanmelddatum', en: 'Referral date' },
      aliases: ['datum aanmelding', 'aangemeld op', 'startdatum', 'referral date', 'referralDate'],
      required: true,
      help: { nl: 'Dag-maand-jaar, niet in de toekomst.', en: 'Day-month-year, not in the future.' },
      example: '2-9-2025',
      parse: pastDate,
    },
    {
      key: 'phase',
      label: { nl: 'Fase', en: 'Phase' },
      aliases: ['status', 'stand', 'phase'],
      required: false,
      help: {
        nl: `Een van: ${allowed(PHASE_CHOICES.list)}. Leeg is Aanmelding.`,
        en: `One of: ${allowed(PHASE_CHOICES.list)}. Empty means Aanmelding (referral).`,
      },
      example: 'Zoeken naar werk',
      parse: choiceField(PHASE_CHOICES),
    },
    {
      key: 'phaseDate',
      label: { nl: 'Datum fase', en: 'Phase date' },
      aliases: ['in fase sinds', 'datum status', 'afgesloten op', 'einddatum', 'phase date', 'phaseDate'],
      required: false,
      help: {
        nl: 'Sinds wanneer het traject in deze fase is; bij Afgesloten de datum van afsluiten. Leeg is de aanmelddatum.',
        en: 'Since when the trajectory is in this phase; for Afgesloten (closed) the closing date. Empty means the referral date.',
      },
      example: '1-10-2025',
      parse: pastDate,
    },
    {
      key: 'closedReason',
      label: { nl: 'Reden afsluiten', en: 'Reason for closing' },
      aliases: ['reden einde', 'uitstroomreden', 'reden', 'closed reason', 'closedReason'],
      required: false,
      help: {
        nl: `Alleen bij Afgesloten, en dan verplicht: ${allowed(CLOSED_REASON_CHOICES.list)}.`,
        en: `Only with Afgesloten (closed), and then required: ${allowed(CLOSED_REASON_CHOICES.list)}.`,
      },
      example: '',
      parse: choiceField(CLOSED_REASON_CHOICES),
    },
    {
      key: 'coachEmail',
      label: { nl: 'E-mail begeleider', en: 'Coach e-mail' },
      aliases: ['jobcoach', 'begeleider', 'consulent', 'coach', 'coachEmail', 'e-mail jobcoach'],
      required: false,
      help: {
        nl: 'Het e-mailadres waarmee de jobcoach of consulent inlogt. Leeg: u zelf.',
        en: 'The e-mail address the job coach or consultant logs in with. Empty: yourself.',
      },
      example: '',
      parse: (s, ctx) => {
        const id = ctx.coaches.get(s.trim().toLowerCase());
        return id ? ok(id) : { ok: false, code: 'coach-unknown', params: { value: s.trim() } };
      },
    },
  ],
  checkRow(values) {
    const errors: CellError[] = [];
    const phase = (values.phase as string | undefined) ?? 'referral';
    const phaseDate = values.phaseDate as string | undefined;
    const referral = values.referralDate as string | undefined;
    if (phase === 'closed') {
      if (!phaseDate) {
        errors.push({ field: 'phaseDate', code: 'closed-needs-date' });
      }
      if (!values.closedReason) {
        errors.push({ field: 'closedReason', code: 'closed-needs-reason' });
      }
    } else if (values.closedReason) {
      errors.push({ field: 'closedReason', code: 'reason-without-closed' });
    }
    if (phase === 'referral' && phaseDate && referral && phaseDate !== referral) {
      errors.push({ field: 'phaseDate', code: 'referral-phase-date' });
    }
    if (phaseDate && referral && phaseDate < referral) {
      errors.push({ field: 'phaseDate', code: 'phase-before-referral' });
    }
    return errors;
  },
};

const JOB_EPISODES: KindDef = {
  kind: 'jobEpisodes',
  label: { nl: 'Banen', en: 'Jobs' },
  fields: [
    { ...EXTERNAL_ID, example: 'B-3001' },
    PARTICIPANT_REF,
    {
      key: 'trajectoryExternalId',
      label: { nl: 'Nummer traject', en: 'Trajectory number' },
      aliases: ['traject', 'trajectnummer', 'trajectory', 'trajectoryExternalId'],
      required: false,
      help: {
        nl: 'Het nummer van het traject waarin de baan gevonden is. Mag leeg blijven.',
        en: 'The number of the trajectory in which the job was found. May be left empty.',
      },
      example: 'T-2001',
      parse: externalId,
    },
    {
      key: 'employerName',
      label: { nl: 'Werkgever', en: 'Employer' },
      aliases: ['bedrijf', 'organisatie', 'employer', 'employerName', 'naam werkgever'],
      required: true,
      help: { nl: 'De naam van de werkgever.', en: 'The name of the employer.' },
      example: 'Bakkerij Jansen',
      parse: text(200),
    },
    {
      key: 'jobTitle',
      label: { nl: 'Functie', en: 'Job title' },
      aliases: ['baan', 'functienaam', 'beroep', 'job title', 'jobTitle'],
      required: true,
      help: { nl: 'Wat de deelnemer doet.', en: 'What the participant does.' },
      example: 'Medewerker inpak',
      parse: text(200),
    },
    {
      key: 'occupationCode',
      label: { nl: 'Beroepscode', en: 'Occupation code' },
      aliases: ['isco', 'isco code', 'occupation code', 'occupationCode'],
      required: false,
      help: { nl: 'ISCO-08-code van 4 cijfers. Mag leeg blijven.', en: 'ISCO-08 code of 4 digits. May be left empty.' },
      example: '9321',
      parse: (s) => (/^\d{4}$/.test(s.trim()) ? ok(s.trim()) : { ok: false, code: 'occupation-format' }),
    },
    {
      key: 'startDate',
      label: { nl: 'Eerste werkdag', en: 'First working day' },
      aliases: ['startdatum', 'begindatum', 'in dienst', 'start date', 'startDate'],
      required: true,
      help: { nl: 'Dag-maand-jaar.', en: 'Day-month-year.' },
      example: '1-11-2025',
      parse: (s) => parseDate(s),
    },
    {
      key: 'endDate',
      label: { nl: 'Laatste werkdag', en: 'Last working day' },
      aliases: ['einddatum', 'uit dienst', 'end date', 'endDate'],
      required: false,
      help: { nl: 'Leeg als de baan nog loopt.', en: 'Empty while the job continues.' },
      example: '',
      parse: pastDate,
    },
    {
      key: 'endReason',
      label: { nl: 'Reden einde', en: 'End reason' },
      aliases: ['reden', 'reden uit dienst', 'end reason', 'endReason'],
      required: false,
      help: {
        nl: `Verplicht als er een laatste werkdag is: ${allowed(END_REASON_CHOICES.list)}.`,
        en: `Required with a last working day: ${allowed(END_REASON_CHOICES.list)}.`,
      },
      example: '',
      parse: choiceField(END_REASON_CHOICES),
    },
    {
      key: 'hoursPerWeek',
      label: { nl: 'Uren per week', en: 'Hours per week' },
      aliases: ['uren', 'aantal uren', 'hours', 'hoursPerWeek'],
      required: true,
      help: { nl: 'Een getal tot en met 60, zoals 24 of 24,5.', en: 'A number up to 60, such as 24 or 24.5.' },
      example: '24',
      parse: (s) => {
        const n = parseDecimal(s);
        if (!n.ok) {
          return n;
        }
        return n.value > 0 && n.value <= 60 && Number.isInteger(n.value * 2) ? n : { ok: false, code: 'hours-range' };
      },
    },
    {
      key: 'contractType',
      label: { nl: 'Contract', en: 'Contract' },
      aliases: ['soort contract', 'contractvorm', 'contract type', 'contractType'],
      required: true,
      help: { nl: `Een van: ${allowed(CONTRACT_CHOICES.list)}.`, en: `One of: ${allowed(CONTRACT_CHOICES.list)}.` },
      example: 'Tijdelijk',
      parse: choiceField(CONTRACT_CHOICES),
    },
    {
      key: 'wageForm',
      label: { nl: 'Loon', en: 'Wage' },
      aliases: ['loonvorm', 'beloning', 'wage form', 'wageForm'],
      required: true,
      help: { nl: `Een van: ${allowed(WAGE_CHOICES.list)}.`, en: `One of: ${allowed(WAGE_CHOICES.list)}.` },
      example: 'Loonkostensubsidie',
      parse: choiceField(WAGE_CHOICES),
    },
    {
      key: 'openToAnyone',
      label: { nl: 'Open voor iedereen', en: 'Open to anyone' },
      aliases: ['regulier', 'open to anyone', 'openToAnyone'],
      required: false,
      help: {
        nl: 'Ja als iedereen op de baan kon solliciteren (niet alleen mensen uit een doelgroep). Leeg is ja.',
        en: 'Yes when anyone could apply for the job (not only people from a target group). Empty means yes.',
      },
      example: 'ja',
      parse: (s) => parseBoolean(s),
    },
  ],
  checkRow(values) {
    const errors: CellError[] = [];
    const start = values.startDate as string | undefined;
    const end = values.endDate as string | undefined;
    if (start && end && end < start) {
      errors.push({ field: 'endDate', code: 'end-before-start' });
    }
    if (end && !values.endReason) {
      errors.push({ field: 'endReason', code: 'end-needs-reason' });
    }
    if (!end && values.endReason) {
      errors.push({ field: 'endReason', code: 'reason-without-end' });
    }
    if (values.wageForm === 'unpaidWorkExperience' && values.contractType && values.contractType !== 'none') {
      errors.push({ field: 'contractType', code: 'unpaid-with-contract' });
    }
    return errors;
  },
};

export const KINDS: Record<ImportKind, KindDef> = {
  participants: PARTICIPANTS,
  trajectories: TRAJECTORIES,
  jobEpisodes: JOB_EPISODES,
};

/**
 * The column each field reads, guessed from the header row: a header equal to the field's label, key
 * or one of its aliases (ignoring case, accents and punctuation). Each column is used once.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): Record<string, number> {
  const normal = headers.map(normaliseLabel);
  const used = new Set<number>();
  const mapping: Record<string, number> = {};
  for (const field of KINDS[kind].fields) {
    const names = [field.label.nl, field.label.en, field.key, ...field.aliases].map(normaliseLabel);
    const index = normal.findIndex((h, i) => !used.has(i) && h !== '' && names.includes(h));
    if (index !== -1) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Reads one data row with a mapping: the values to stage, or the errors of its cells and of the row. */
export function readRow(
  kind: ImportKind,
  cells: readonly string[],
  mapping: Readonly<Record<string, number>>,
  ctx: RowContext,
): { values: Record<string, unknown>; errors: (CellError & { value: string })[] } {
  const def = KINDS[kind];
  const values: Record<string, unknown> = {};
  const errors: (CellError & { value: string })[] = [];
  for (const field of def.fields) {
    const column = mapping[field.key];
    if (column === undefined) {
      continue;
    }
    const raw = cells[column] ?? '';
    if (raw.trim() === '') {
      if (field.required) {
        errors.push({ field: field.key, code: 'required', value: '' });
      } else {
        values[field.key] = null;
      }
      continue;
    }
    const parsed = field.parse(raw, ctx);
    if (parsed.ok) {
      values[field.key] = parsed.value;
    } else {
      errors.push({
        field: field.key,
        code: parsed.code,
        value: raw,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
    }
  }
  if (errors.length === 0) {
    for (const e of def.checkRow(values, ctx)) {
      const column = e.field ? mapping[e.field] : undefined;
      errors.push({ ...e, value: column === undefined ? '' : (cells[column] ?? '') });
    }
  }
  return { values, errors };
}
