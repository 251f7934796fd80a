/**
 * The Dutch instruments for employers and participants (DOMAIN.md §3) as a rule table: who grants each one,
 * when it applies, and what the employer must do. For one participant and one placement,
 * {@link instrumentsFor} says per instrument whether it applies (yes / maybe / no) and why, in one sentence
 * (a message key `instruments.*` with params, rendered by the server catalogue).
 *
 * Every rule lists the facts it rests on with their status from DOMAIN.md: V verified in the cited source,
 * P partly verified, U unverified. Unverified facts are shown as such and are never what a "yes" depends on
 * alone; where the outcome depends on something only the grantor can decide, the answer is "maybe".
 *
 * Age: DOMAIN.md §3 gives no age threshold for any of these instruments, so age is not a condition here;
 * adding one needs a verified source first.
 */
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { translate, type Language } from '../../platform/i18n/i18n.js';
import type { AccommodationCode } from '../matching/accommodations.js';
import type { CapacityProfile } from '../matching/capacity.js';
import type { BENEFIT_SITUATIONS, TARGET_GROUPS } from '../participants/participants.schemas.js';

export type BenefitSituation = (typeof BENEFIT_SITUATIONS)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const INSTRUMENT_CODES = [
  'loonkostensubsidie',
  'loondispensatie',
  'noRiskPolis',
  'jobcoach',
  'proefplaatsing',
  'werkplekaanpassing',
  'banenafspraak',
  'praktijkroute',
  'bbl',
  'praktijkverklaring',
  'werkervaringsplaats',
  'participatieplaats',
  'beschutWerk',
] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

export type Grantor = 'gemeente' | 'uwv' | 'mbo';
export type Applies = 'yes' | 'maybe' | 'no';
export type FactStatus = 'V' | 'P' | 'U';

/** What we know about the participant (from the participant record, the capacity profile, the trajectory). */
export interface ParticipantFacts {
  benefit: BenefitSituation;
  doelgroepregister: boolean;
  targetGroups: readonly TargetGroup[];
  /** Loonwaarde in percent of the normfunctie, measured at the workplace, or null when not measured. */
  loonwaardePercent: number | null;
  /** FML VI.2 (hours a day) level of the capacity profile, or null when not assessed. */
  hoursPerDayLevel: number | null;
  /** FML II.1 (seeing) shows a limitation. */
  visualImpairment: boolean;
  /** Has a startkwalificatie (havo, vwo or mbo 2 diploma), or null when not known. */
  hasStartkwalificatie: boolean | null;
  /** UWV's advice on beschut werk. */
  beschutWerkAdvice: 'none' | 'requested' | 'positive' | 'negative';
  /** Months already spent on a participatieplaats. */
  participatieplaatsMonths: number;
}

/** What we know about the placement: the vacancy, the employer and the match. */
export interface PlacementFacts {
  kind: 'paidJob' | 'workExperience' | 'participationPlace' | 'beschutWerk';
  /** Planned contract length in months, or null for a permanent contract or not yet known. */
  contractMonths: number | null;
  /** The participant worked for this employer before. */
  previouslyEmployedHere: boolean;
  /** The employer is an erkend leerbedrijf (SBB). */
  erkendLeerbedrijf: boolean;
  /** The job is offered as a BBL learning-working place. */
  offersBbl: boolean;
  /** Accommodations the match relies on (from matching: PairResult.accommodations). */
  accommodationsNeeded: readonly AccommodationCode[];
}

export interface Fact {
  /** What the fact says (documentation, English). */
  text: string;
  status: FactStatus;
  source: string;
}

export interface InstrumentRule {
  code: InstrumentCode;
  /** Who can grant it (the grantor of a case is chosen by the conditions). */
  grantors: readonly Grantor[];
  facts: readonly Fact[];
}

export interface Sentence {
  key: MessageKey;
  params?: Record<string, string | number>;
  refs?: Record<string, MessageKey>;
}

export interface InstrumentOutcome {
  code: InstrumentCode;
  name: Sentence;
  applies: Applies;
  /** Who grants it in this case; null when it does not apply. */
  grantor: Grantor | null;
  /** The grantor in words (`instruments.grantor.*`). */
  grantorName: Sentence | null;
  /** Why, in one sentence. */
  reason: Sentence;
  /** What the employer must do (when it applies or may apply). */
  employerMustDo: Sentence | null;
  facts: readonly Fact[];
}

const UWV_BENEFITS: ReadonlySet<BenefitSituation> = new Set(['ww', 'wiaWga', 'wiaIva', 'wajong', 'ziektewet']);
const UWV_DISABILITY_BENEFITS: ReadonlySet<BenefitSituation> = new Set(['wiaWga', 'wiaIva', 'wajong']);

const SRC_LKS = 'Participatiewet art. 10c/10d; Staatscourant 2014, 29290; BWBR0044894 (Besluit LKS 2021)';
const SRC_LKS_DOELGROEP = 'Besluit loonkostensubsidie Participatiewet (BWBR0035631) art. 1, 2015 text';
const SRC_ROCRIVOR = 'rocrivor.nl "Wettelijke regelingen en voorzieningen BPV"';

export const INSTRUMENTS: readonly InstrumentRule[] = Object.freeze([
  {
    code: 'loonkostensubsidie',
    grantors: ['gemeente'],
    facts: [
      {
        text: 'Granted by the gemeente for its doelgroep (Participatiewet art. 7 lid 1 onder a) who cannot earn the minimum wage with full-time work; subsidy = WML minus loonwaarde.',
        status: 'V',
        source: SRC_LKS,
      },
      {
        text: 'Plus a fixed vergoeding werkgeverslasten of 23.5 % of the subsidised wage costs (later changes unverified).',
        status: 'P',
        source: 'Staatscourant 2014, 29290, art. 1',
      },
      { text: 'Maximum of 70 % of WML.', status: 'U', source: 'DOMAIN.md §3 (unverified)' },
      {
        text: 'Doelgroep needs "mogelijkheden tot arbeidsparticipatie": ≥ 1 hour at a stretch and belastbaar ≥ 4 h/day (or ≥ 2 h/day while earning ≥ WML per hour).',
        status: 'V',
        source: SRC_LKS_DOELGROEP,
      },
      {
        text: 'Loonwaarde measured at the workplace against a normfunctie with one uniform method since 2021.',
        status: 'V',
        source: 'BWBR0044894',
      },
    ],
  },
  {
    code: 'loondispensatie',
    grantors: ['uwv'],
    facts: [
      {
        text: 'For Wajongers: the employer pays a lower wage matching the loonwaarde; UWV supplements the income via the Wajong.',
        status: 'V',
        source: SRC_ROCRIVOR,
      },
      { text: 'How the employer applies (form, timing).', status: 'U', source: 'not in DOMAIN.md' },
    ],
  },
  {
    code: 'noRiskPolis',
    grantors: ['uwv'],
    facts: [
      {
        text: 'When the employee falls ill the employer gets a Ziektewet benefit instead of bearing continued pay; everyone in the doelgroepregister has it, also (ex-)WIA/WAO/Wajong and others.',
        status: 'V',
        source: `${SRC_ROCRIVOR}; isdbol.nl; factorwerk.org`,
      },
      {
        text: 'Illness within the first 5 years of employment; at most 2 years Ziektewet.',
        status: 'V',
        source: 'factorwerk.org',
      },
      {
        text: 'The employer reports the illness to UWV to receive it (procedure).',
        status: 'U',
        source: 'not in DOMAIN.md',
      },
    ],
  },
  {
    code: 'jobcoach',
    grantors: ['uwv', 'gemeente'],
    facts: [
      {
        text: 'UWV for a worker with a UWV-established structurele functionele beperking (e.g. Wajong); gemeente for a worker in the doelgroepregister / Participatiewet.',
        status: 'V',
        source: `${SRC_ROCRIVOR}; zorghulpatlas.nl`,
      },
      {
        text: 'On-the-job coaching: inwerken, begeleidingsplan, available when problems arise.',
        status: 'V',
        source: 'CVDR735761 (Re-integratieverordening Zaanstreek-Waterland 2025)',
      },
      {
        text: 'Whether a WIA benefit implies a UWV-established structurele functionele beperking: UWV decides.',
        status: 'U',
        source: 'our inference',
      },
    ],
  },
  {
    code: 'proefplaatsing',
    grantors: ['uwv', 'gemeente'],
    facts: [
      {
        text: 'UWV (UWV benefits) or gemeente (bijstand); the candidate keeps the benefit for 2 months; not previously employed there; employer intends a contract of ≥ 6 months; used to determine loonwaarde.',
        status: 'V',
        source: 'awvn.nl/inclusief-werkgeven/regelingen-instrumenten/',
      },
      {
        text: 'Gemeente variant may be extended by 4 months (Hoeksche Waard; other gemeenten may differ).',
        status: 'P',
        source: 'hwwerkt.nl/subsidies-en-regelingen/',
      },
    ],
  },
  {
    code: 'werkplekaanpassing',
    grantors: ['uwv', 'gemeente'],
    facts: [
      {
        text: 'UWV for UWV clients (since 1-1-2024 also people with a visual impairment under the Participatiewet); gemeente under Participatiewet art. 10.',
        status: 'V',
        source: 'CVDR626701; zorghulpatlas.nl; vng.nl',
      },
      {
        text: 'Categories: werkplekaanpassing, vervoersvoorziening, meeneembare voorziening, intermediaire voorziening (tolk).',
        status: 'V',
        source: 'CVDR626701 Beleidsregels Werknemersvoorzieningen 2019',
      },
      { text: 'UWV decides within 8 weeks in 95 % of cases (norm 90 %).', status: 'V', source: 'jaarverslag.uwv.nl' },
    ],
  },
  {
    code: 'banenafspraak',
    grantors: ['uwv'],
    facts: [
      {
        text: 'UWV keeps the doelgroepregister; employers can check a registration via the BSN; no self-registration.',
        status: 'V',
        source: 'isdbol.nl; waddinxveen.nl',
      },
      { text: 'Includes vso/pro school leavers registered at UWV.', status: 'V', source: 'isdbol.nl' },
      {
        text: 'Banenafspraak target numbers (125,000 jobs by 2026).',
        status: 'U',
        source: 'DOMAIN.md §3 (numbers stripped in the source)',
      },
    ],
  },
  {
    code: 'praktijkroute',
    grantors: ['gemeente'],
    facts: [
      {
        text: 'Employer or gemeente starts it; the gemeente determines at the workplace (preferably during a proefplaatsing) whether the person can earn WML; if not, registration in the doelgroepregister.',
        status: 'V',
        source: 'waddinxveen.nl; CVDR735761',
      },
    ],
  },
  {
    code: 'bbl',
    grantors: ['mbo'],
    facts: [
      {
        text: 'Work-based mbo route: the student works at an erkend leerbedrijf (SBB) with a praktijkopleider and goes to school part-time.',
        status: 'V',
        source: 'kst-33880-2; s-bb.nl/bedrijven/voorwaarden-erkenning/',
      },
      { text: 'Share of work in BBL at least 60 %.', status: 'U', source: 'DOMAIN.md §3 (unverified)' },
    ],
  },
  {
    code: 'praktijkverklaring',
    grantors: ['mbo'],
    facts: [
      {
        text: 'Tailored practice route at an erkend leerbedrijf: learn werkprocessen from mbo qualifications; for people who cannot (yet) reach a startkwalificatie.',
        status: 'V',
        source: 'rijksoverheid.nl "Scholing via praktijkleren in het mbo"',
      },
    ],
  },
  {
    code: 'werkervaringsplaats',
    grantors: ['gemeente'],
    facts: [
      {
        text: 'Temporary place to gain work experience with retention of benefit (re-integratievoorziening of the gemeente).',
        status: 'V',
        source: 'hwwerkt.nl',
      },
      { text: 'Duration: set by the local verordening.', status: 'U', source: 'varies per gemeente' },
    ],
  },
  {
    code: 'participatieplaats',
    grantors: ['gemeente'],
    facts: [
      { text: 'Unpaid work with benefit, at most 2 years.', status: 'V', source: 'letselschademagazine.nl' },
      { text: 'Participatiewet art. 10a.', status: 'P', source: 'Appingedam verordening' },
    ],
  },
  {
    code: 'beschutWerk',
    grantors: ['gemeente'],
    facts: [
      {
        text: 'Gemeente offers it after a positive UWV advice (within 8 weeks); for people who can only work in a sheltered environment under adapted conditions.',
        status: 'V',
        source: 'samenvoordeklant.nl; waddinxveen.nl; Kennisdocument beschut werk 2017',
      },
    ],
  },
] satisfies InstrumentRule[]);

interface Decision {
  applies: Applies;
  grantor: Grantor | null;
  reason: string;
  params?: Record<string, string | number>;
  refs?: Record<string, MessageKey>;
}

const yes = (grantor: Grantor, reason: string, extra: Partial<Decision> = {}): Decision => ({
  applies: 'yes',
  grantor,
  reason,
  ...extra,
});
const maybe = (grantor: Grantor, reason: string, extra: Partial<Decision> = {}): Decision => ({
  applies: 'maybe',
  grantor,
  reason,
  ...extra,
});
const no = (reason: string, extra: Partial<Decision> = {}): Decision => ({
  applies: 'no',
  grantor: null,
  reason,
  ...extra,
});

type Rule = (p: ParticipantFacts, v: PlacementFacts) => Decision;

/** Belastbaar under 4 hours a day (FML VI.2 level 4, ~2 h): outside the LKS doelgroep unless earning WML per hour. */
const underFourHoursADay = (p: ParticipantFacts) => p.hoursPerDayLevel !== null && p.hoursPerDayLevel >= 4;

const RULES: Readonly<Record<InstrumentCode, Rule>> = {
  loonkostensubsidie: (p, v) => {
    if (v.kind !== 'paidJob') {
      return no('not-paid-job');
    }
    if (UWV_BENEFITS.has(p.benefit)) {
      return no(p.benefit === 'wajong' ? 'wajong' : 'uwv-benefit');
    }
    if (p.loonwaardePercent !== null && p.loonwaardePercent >= 100) {
      return no('earns-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
    }
    if (underFourHoursADay(p)) {
      return no('under-four-hours');
    }
    if (p.benefit !== 'participatiewet') {
      return maybe('gemeente', 'no-participatiewet-benefit');
    }
    if (p.loonwaardePercent === null) {
      return maybe('gemeente', 'loonwaarde-unknown');
    }
    return yes('gemeente', 'participatiewet-below-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
  },
  loondispensatie: (p, v) => {
    if (p.benefit !== 'wajong') {
      return no('not-wajong');
    }
    if (v.kind !== 'paidJob') {
      return no('not-paid-job');
    }
    if (p.loonwaardePercent !== null && p.loonwaardePercent >= 100) {
      return no('earns-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
    }
    if (p.loonwaardePercent === null) {
      return maybe('uwv', 'loonwaarde-unknown');
    }
    return yes('uwv', 'wajong-below-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
  },
  noRiskPolis: (p, v) => {
    if (v.kind !== 'paidJob' && v.kind !== 'beschutWerk') {
      return no('not-employed');
    }
    if (p.doelgroepregister) {
      return yes('uwv', 'doelgroepregister');
    }
    if (UWV_DISABILITY_BENEFITS.has(p.benefit)) {
      return yes('uwv', 'disability-benefit');
    }
    if (p.benefit === 'other') {
      return maybe('uwv', 'other-benefit');
    }
    return no('no-register-no-benefit');
  },
  jobcoach: (p, v) => {
    if (v.kind !== 'paidJob' && v.kind !== 'beschutWerk') {
      return no('not-employed');
    }
    if (p.benefit === 'wajong') {
      return yes('uwv', 'wajong');
    }
    if (p.benefit === 'wiaWga' || p.benefit === 'wiaIva') {
      return maybe('uwv', 'wia');
    }
    if (p.doelgroepregister) {
      return yes('gemeente', 'doelgroepregister');
    }
    if (p.benefit === 'participatiewet') {
      return yes('gemeente', 'participatiewet');
    }
    return no('no-grantor');
  },
  proefplaatsing: (p, v) => {
    if (v.kind !== 'paidJob') {
      return no('not-paid-job');
    }
    if (p.benefit === 'none' || p.benefit === 'other') {
      return no('no-benefit');
    }
    if (v.previouslyEmployedHere) {
      return no('worked-there-before');
    }
    if (v.contractMonths !== null && v.contractMonths < 6) {
      return no('contract-too-short', { params: { months: v.contractMonths } });
    }
    return p.benefit === 'participatiewet' ? yes('gemeente', 'participatiewet') : yes('uwv', 'uwv-benefit');
  },
  werkplekaanpassing: (p, v) => {
    const first = v.accommodationsNeeded[0];
    if (first === undefined) {
      return no('none-needed');
    }
    const refs: Record<string, MessageKey> = { accommodation: `matching.accommodation.${first}` };
    if (UWV_BENEFITS.has(p.benefit)) {
      return yes('uwv', 'uwv-client', { refs });
    }
    if (p.visualImpairment && p.benefit === 'participatiewet') {
      return yes('uwv', 'visual-impairment', { refs });
    }
    if (p.benefit === 'participatiewet') {
      return yes('gemeente', 'participatiewet', { refs });
    }
    return maybe('gemeente', 'ask-gemeente', { refs });
  },
  banenafspraak: (p, v) => {
    if (v.kind !== 'paidJob') {
      return no('not-paid-job');
    }
    if (p.doelgroepregister) {
      return yes('uwv', 'registered');
    }
    if (p.targetGroups.includes('praktijkVsoPupil')) {
      return maybe('uwv', 'vso-pro-school-leaver');
    }
    return no('not-registered');
  },
  praktijkroute: (p) => {
    if (p.doelgroepregister) {
      return no('already-registered');
    }
    if (UWV_BENEFITS.has(p.benefit)) {
      return no('uwv-assessment');
    }
    if (p.loonwaardePercent !== null && p.loonwaardePercent >= 100) {
      return no('earns-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
    }
    if (p.loonwaardePercent === null) {
      return maybe('gemeente', 'loonwaarde-unknown');
    }
    return yes('gemeente', 'below-minimum-wage', { params: { loonwaarde: p.loonwaardePercent } });
  },
  bbl: (_p, v) => {
    if (!v.offersBbl) {
      return no('not-offered');
    }
    if (!v.erkendLeerbedrijf) {
      return no('not-recognised');
    }
    return yes('mbo', 'offered');
  },
  praktijkverklaring: (p, v) => {
    if (!v.erkendLeerbedrijf) {
      return no('not-recognised');
    }
    if (p.hasStartkwalificatie === true) {
      return no('has-startkwalificatie');
    }
    if (p.hasStartkwalificatie === null) {
      return maybe('mbo', 'startkwalificatie-unknown');
    }
    return yes('mbo', 'no-startkwalificatie');
  },
  werkervaringsplaats: (p, v) => {
    if (v.kind !== 'workExperience') {
      return no('not-work-experience');
    }
    if (p.benefit === 'participatiewet') {
      return yes('gemeente', 'participatiewet');
    }
    if (p.benefit === 'none') {
      return maybe('gemeente', 'no-benefit');
    }
    return no('uwv-benefit');
  },
  participatieplaats: (p, v) => {
    if (v.kind !== 'participationPlace') {
      return no('not-participation-place');
    }
    if (p.benefit !== 'participatiewet') {
      return no('not-participatiewet');
    }
    if (p.participatieplaatsMonths >= 24) {
      return no('two-years-used', { params: { months: p.participatieplaatsMonths } });
    }
    return yes('gemeente', 'participatiewet', { params: { months: 24 - p.participatieplaatsMonths } });
  },
  beschutWerk: (p, v) => {
    if (v.kind !== 'beschutWerk') {
      return no('not-beschut-werk');
    }
    switch (p.beschutWerkAdvice) {
      case 'positive':
        return yes('gemeente', 'positive-advice');
      case 'requested':
        return maybe('gemeente', 'advice-requested');
      case 'negative':
        return no('negative-advice');
      case 'none':
        return no('advice-needed');
    }
  },
};

const kebab = (code: InstrumentCode) => code.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Per instrument (in table order): applies or not, who grants it, why, and what the employer must do. */
export function instrumentsFor(participant: ParticipantFacts, placement: PlacementFacts): InstrumentOutcome[] {
  return INSTRUMENTS.map((rule) => {
    const d = RULES[rule.code](participant, placement);
    const base = `instruments.${kebab(rule.code)}`;
    const reason: Sentence = { key: `${base}.reason.${d.reason}` as MessageKey };
    if (d.params) {
      reason.params = d.params;
    }
    if (d.refs) {
      reason.refs = d.refs;
    }
    return {
      code: rule.code,
      name: { key: `${base}.name` as MessageKey },
      applies: d.applies,
      grantor: d.grantor,
      grantorName: d.grantor === null ? null : { key: `instruments.grantor.${d.grantor}` },
      reason,
      employerMustDo: d.applies === 'no' ? null : { key: `${base}.employer` as MessageKey },
      facts: rule.facts,
    };
  });
}

/** The words for a fact's verification status (V, P, U), e.g. "niet gecontroleerd". */
export function factStatusName(status: FactStatus): Sentence {
  return { key: `instruments.fact-status.${status}` };
}

/** The sentence in `lang`. */
export function renderSentence(lang: Language, sentence: Sentence): string {
  const params: Record<string, string | number> = { ...sentence.params };
  for (const [name, key] of Object.entries(sentence.refs ?? {})) {
    params[name] = translate(lang, key);
  }
  return translate(lang, sentence.key, params);
}

/**
 * The participant facts that come from the capacity profile (matching's `capacityProfile`): FML VI.2 hours a
 * day (null without an assessment) and whether II.1 seeing shows a limitation.
 */
export function capacityFacts(
  profile: CapacityProfile,
): Pick<ParticipantFacts, 'hoursPerDayLevel' | 'visualImpairment'> {
  return {
    hoursPerDayLevel: profile.basis === 'none' ? null : (profile.answers.get('VI.2')?.[0] ?? 0),
    visualImpairment: (profile.answers.get('II.1')?.[0] ?? 0) > 0,
  };
}

/** Every reason key a rule can give, for the catalogue check in the tests. */
export const REASONS: Readonly<Record<InstrumentCode, readonly string[]>> = {
  loonkostensubsidie: [
    'not-paid-job',
    'wajong',
    'uwv-benefit',
    'earns-minimum-wage',
    'under-four-hours',
    'no-participatiewet-benefit',
    'loonwaarde-unknown',
    'participatiewet-below-minimum-wage',
  ],
  loondispensatie: [
    'not-wajong',
    'not-paid-job',
    'earns-minimum-wage',
    'loonwaarde-unknown',
    'wajong-below-minimum-wage',
  ],
  noRiskPolis: ['not-employed', 'doelgroepregister', 'disability-benefit', 'other-benefit', 'no-register-no-benefit'],
  jobcoach: ['not-employed', 'wajong', 'wia', 'doelgroepregister', 'participatiewet', 'no-grantor'],
  proefplaatsing: [
    'not-paid-job',
    'no-benefit',
    'worked-there-before',
    'contract-too-short',
    'participatiewet',
    'uwv-benefit',
  ],
  werkplekaanpassing: ['none-needed', 'uwv-client', 'visual-impairment', 'participatiewet', 'ask-gemeente'],
  banenafspraak: ['not-paid-job', 'registered', 'vso-pro-school-leaver', 'not-registered'],
  praktijkroute: [
    'already-registered',
    'uwv-assessment',
    'earns-minimum-wage',
    'loonwaarde-unknown',
    'below-minimum-wage',
  ],
  bbl: ['not-offered', 'not-recognised', 'offered'],
  praktijkverklaring: ['not-recognised', 'has-startkwalificatie', 'startkwalificatie-unknown', 'no-startkwalificatie'],
  werkervaringsplaats: ['not-work-experience', 'participatiewet', 'no-benefit', 'uwv-benefit'],
  participatieplaats: ['not-participation-place', 'not-participatiewet', 'two-years-used', 'participatiewet'],
  beschutWerk: ['not-beschut-werk', 'positive-advice', 'advice-requested', 'negative-advice', 'advice-needed'],
};

export { kebab as instrumentKeyPart };
