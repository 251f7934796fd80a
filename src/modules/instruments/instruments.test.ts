import { describe, expect, it } from 'vitest';
import en from '../../platform/i18n/en.json' with { type: 'json' };
import nl from '../../platform/i18n/nl.json' with { type: 'json' };
import { capacityProfile } from '../matching/capacity.js';
import {
  INSTRUMENTS,
  capacityFacts,
  factStatusName,
  INSTRUMENT_CODES,
  REASONS,
  instrumentKeyPart,
  instrumentsFor,
  renderSentence,
  type Applies,
  type Grantor,
  type InstrumentCode,
  type ParticipantFacts,
  type PlacementFacts,
} from './instruments.js';

const participant = (overrides: Partial<ParticipantFacts> = {}): ParticipantFacts => ({
  benefit: 'participatiewet',
  doelgroepregister: false,
  targetGroups: [],
  loonwaardePercent: 60,
  hoursPerDayLevel: null,
  visualImpairment: false,
  hasStartkwalificatie: null,
  beschutWerkAdvice: 'none',
  participatieplaatsMonths: 0,
  ...overrides,
});
const placement = (overrides: Partial<PlacementFacts> = {}): PlacementFacts => ({
  kind: 'paidJob',
  contractMonths: 12,
  previouslyEmployedHere: false,
  erkendLeerbedrijf: false,
  offersBbl: false,
  accommodationsNeeded: [],
  ...overrides,
});

type Case = [
  what: string,
  p: Partial<ParticipantFacts>,
  v: Partial<PlacementFacts>,
  applies: Applies,
  grantor: Grantor | null,
  reason: string,
];

const CASES: Record<InstrumentCode, Case[]> = {
  loonkostensubsidie: [
    ['bijstand, loonwaarde 60 %', {}, {}, 'yes', 'gemeente', 'participatiewet-below-minimum-wage'],
    ['bijstand, loonwaarde not measured', { loonwaardePercent: null }, {}, 'maybe', 'gemeente', 'loonwaarde-unknown'],
    ['loonwaarde 100 %', { loonwaardePercent: 100 }, {}, 'no', null, 'earns-minimum-wage'],
    ['Wajong', { benefit: 'wajong' }, {}, 'no', null, 'wajong'],
    ['WW (a UWV benefit)', { benefit: 'ww' }, {}, 'no', null, 'uwv-benefit'],
    ['no benefit (nugger)', { benefit: 'none' }, {}, 'maybe', 'gemeente', 'no-participatiewet-benefit'],
    ['belastbaar ~2 h a day (VI.2 level 4)', { hoursPerDayLevel: 4 }, {}, 'no', null, 'under-four-hours'],
    [
      'belastbaar ~4 h a day (VI.2 level 3)',
      { hoursPerDayLevel: 3 },
      {},
      'yes',
      'gemeente',
      'participatiewet-below-minimum-wage',
    ],
    ['work-experience place', {}, { kind: 'workExperience' }, 'no', null, 'not-paid-job'],
  ],
  loondispensatie: [
    ['Wajong, loonwaarde 60 %', { benefit: 'wajong' }, {}, 'yes', 'uwv', 'wajong-below-minimum-wage'],
    [
      'Wajong, loonwaarde not measured',
      { benefit: 'wajong', loonwaardePercent: null },
      {},
      'maybe',
      'uwv',
      'loonwaarde-unknown',
    ],
    ['Wajong, loonwaarde 100 %', { benefit: 'wajong', loonwaardePercent: 100 }, {}, 'no', null, 'earns-minimum-wage'],
    ['bijstand', {}, {}, 'no', null, 'not-wajong'],
    ['Wajong, unpaid place', { benefit: 'wajong' }, { kind: 'participationPlace' }, 'no', null, 'not-paid-job'],
  ],
  noRiskPolis: [
    ['in the doelgroepregister', { doelgroepregister: true }, {}, 'yes', 'uwv', 'doelgroepregister'],
    ['WIA-WGA', { benefit: 'wiaWga' }, {}, 'yes', 'uwv', 'disability-benefit'],
    ['Wajong', { benefit: 'wajong' }, {}, 'yes', 'uwv', 'disability-benefit'],
    ['other benefit', { benefit: 'other' }, {}, 'maybe', 'uwv', 'other-benefit'],
    ['bijstand, not registered', {}, {}, 'no', null, 'no-register-no-benefit'],
    [
      'beschut werk counts as employment',
      { doelgroepregister: true },
      { kind: 'beschutWerk' },
      'yes',
      'uwv',
      'doelgroepregister',
    ],
    ['work-experience place', { doelgroepregister: true }, { kind: 'workExperience' }, 'no', null, 'not-employed'],
  ],
  jobcoach: [
    ['Wajong → UWV', { benefit: 'wajong' }, {}, 'yes', 'uwv', 'wajong'],
    ['WIA → UWV decides', { benefit: 'wiaIva' }, {}, 'maybe', 'uwv', 'wia'],
    [
      'doelgroepregister → gemeente',
      { benefit: 'none', doelgroepregister: true },
      {},
      'yes',
      'gemeente',
      'doelgroepregister',
    ],
    ['bijstand → gemeente', {}, {}, 'yes', 'gemeente', 'participatiewet'],
    ['WW, not registered', { benefit: 'ww' }, {}, 'no', null, 'no-grantor'],
    ['not employed', {}, { kind: 'workExperience' }, 'no', null, 'not-employed'],
  ],
  proefplaatsing: [
    ['bijstand → gemeente', {}, {}, 'yes', 'gemeente', 'participatiewet'],
    ['WW → UWV', { benefit: 'ww' }, {}, 'yes', 'uwv', 'uwv-benefit'],
    ['permanent contract', { benefit: 'ziektewet' }, { contractMonths: null }, 'yes', 'uwv', 'uwv-benefit'],
    ['no benefit to keep', { benefit: 'none' }, {}, 'no', null, 'no-benefit'],
    ['worked there before', {}, { previouslyEmployedHere: true }, 'no', null, 'worked-there-before'],
    ['contract of 3 months', {}, { contractMonths: 3 }, 'no', null, 'contract-too-short'],
    ['contract of exactly 6 months', {}, { contractMonths: 6 }, 'yes', 'gemeente', 'participatiewet'],
    ['not a paid job', {}, { kind: 'workExperience' }, 'no', null, 'not-paid-job'],
  ],
  werkplekaanpassing: [
    ['no accommodation needed', {}, {}, 'no', null, 'none-needed'],
    ['UWV client', { benefit: 'wiaWga' }, { accommodationsNeeded: ['liftingAid'] }, 'yes', 'uwv', 'uwv-client'],
    [
      'Participatiewet, visual impairment → UWV since 2024',
      { visualImpairment: true },
      { accommodationsNeeded: ['visualAids'] },
      'yes',
      'uwv',
      'visual-impairment',
    ],
    [
      'Participatiewet → gemeente',
      {},
      { accommodationsNeeded: ['adjustedWorkstation'] },
      'yes',
      'gemeente',
      'participatiewet',
    ],
    [
      'no benefit → ask the gemeente',
      { benefit: 'none' },
      { accommodationsNeeded: ['quietWorkplace'] },
      'maybe',
      'gemeente',
      'ask-gemeente',
    ],
  ],
  banenafspraak: [
    ['registered', { doelgroepregister: true }, {}, 'yes', 'uwv', 'registered'],
    [
      'pro/vso school leaver, not yet registered',
      { targetGroups: ['praktijkVsoPupil'] },
      {},
      'maybe',
      'uwv',
      'vso-pro-school-leaver',
    ],
    ['not registered', {}, {}, 'no', null, 'not-registered'],
    ['not a paid job', { doelgroepregister: true }, { kind: 'workExperience' }, 'no', null, 'not-paid-job'],
  ],
  praktijkroute: [
    ['bijstand, loonwaarde 60 %', {}, {}, 'yes', 'gemeente', 'below-minimum-wage'],
    ['loonwaarde not measured', { loonwaardePercent: null }, {}, 'maybe', 'gemeente', 'loonwaarde-unknown'],
    ['loonwaarde 100 %', { loonwaardePercent: 100 }, {}, 'no', null, 'earns-minimum-wage'],
    ['already registered', { doelgroepregister: true }, {}, 'no', null, 'already-registered'],
    ['UWV benefit: UWV assessment instead', { benefit: 'wajong' }, {}, 'no', null, 'uwv-assessment'],
  ],
  bbl: [
    ['offered at an erkend leerbedrijf', {}, { offersBbl: true, erkendLeerbedrijf: true }, 'yes', 'mbo', 'offered'],
    ['offered, employer not recognised', {}, { offersBbl: true }, 'no', null, 'not-recognised'],
    ['not offered', {}, { erkendLeerbedrijf: true }, 'no', null, 'not-offered'],
  ],
  praktijkverklaring: [
    [
      'no startkwalificatie',
      { hasStartkwalificatie: false },
      { erkendLeerbedrijf: true },
      'yes',
      'mbo',
      'no-startkwalificatie',
    ],
    ['startkwalificatie not known', {}, { erkendLeerbedrijf: true }, 'maybe', 'mbo', 'startkwalificatie-unknown'],
    [
      'has a startkwalificatie',
      { hasStartkwalificatie: true },
      { erkendLeerbedrijf: true },
      'no',
      null,
      'has-startkwalificatie',
    ],
    ['employer not recognised', { hasStartkwalificatie: false }, {}, 'no', null, 'not-recognised'],
  ],
  werkervaringsplaats: [
    ['bijstand', {}, { kind: 'workExperience' }, 'yes', 'gemeente', 'participatiewet'],
    ['no benefit', { benefit: 'none' }, { kind: 'workExperience' }, 'maybe', 'gemeente', 'no-benefit'],
    ['UWV benefit', { benefit: 'ww' }, { kind: 'workExperience' }, 'no', null, 'uwv-benefit'],
    ['a paid job', {}, {}, 'no', null, 'not-work-experience'],
  ],
  participatieplaats: [
    [
      'bijstand, 6 months used',
      { participatieplaatsMonths: 6 },
      { kind: 'participationPlace' },
      'yes',
      'gemeente',
      'participatiewet',
    ],
    ['two years used', { participatieplaatsMonths: 24 }, { kind: 'participationPlace' }, 'no', null, 'two-years-used'],
    ['not bijstand', { benefit: 'wajong' }, { kind: 'participationPlace' }, 'no', null, 'not-participatiewet'],
    ['a paid job', {}, {}, 'no', null, 'not-participation-place'],
  ],
  beschutWerk: [
    [
      'positive UWV advice',
      { beschutWerkAdvice: 'positive' },
      { kind: 'beschutWerk' },
      'yes',
      'gemeente',
      'positive-advice',
    ],
    [
      'advice requested',
      { beschutWerkAdvice: 'requested' },
      { kind: 'beschutWerk' },
      'maybe',
      'gemeente',
      'advice-requested',
    ],
    ['negative advice', { beschutWerkAdvice: 'negative' }, { kind: 'beschutWerk' }, 'no', null, 'negative-advice'],
    ['no advice yet', {}, { kind: 'beschutWerk' }, 'no', null, 'advice-needed'],
    ['a regular job', { beschutWerkAdvice: 'positive' }, {}, 'no', null, 'not-beschut-werk'],
  ],
};

describe('instrument rules', () => {
  for (const code of INSTRUMENT_CODES) {
    describe(code, () => {
      for (const [what, p, v, applies, grantor, reason] of CASES[code]) {
        it(`${what}: ${applies}${grantor ? ` (${grantor})` : ''}`, () => {
          const outcome = instrumentsFor(participant(p), placement(v)).find((o) => o.code === code)!;
          expect(outcome.applies).toBe(applies);
          expect(outcome.grantor).toBe(grantor);
          expect(outcome.reason.key).toBe(`instruments.${instrumentKeyPart(code)}.reason.${reason}`);
          expect(outcome.employerMustDo === null).toBe(applies === 'no');
          expect(outcome.grantorName?.key ?? null).toBe(grantor ? `instruments.grantor.${grantor}` : null);
          if (grantor) {
            expect(INSTRUMENTS.find((r) => r.code === code)?.grantors).toContain(grantor);
          }
        });
      }
      it('every reason it can give has a test case', () => {
        expect(new Set(CASES[code].map((c) => c[5]))).toEqual(new Set(REASONS[code]));
      });
    });
  }
});

describe('instrument sentences', () => {
  it('has every name, reason and employer sentence in Dutch and English, as one sentence each', () => {
    const catalogues = { nl: nl as Record<string, string>, en: en as Record<string, string> };
    for (const code of INSTRUMENT_CODES) {
      const base = `instruments.${instrumentKeyPart(code)}`;
      for (const key of [`${base}.name`, `${base}.employer`, ...REASONS[code].map((r) => `${base}.reason.${r}`)]) {
        for (const [lang, catalogue] of Object.entries(catalogues)) {
          const text = catalogue[key];
          expect(text, `${lang} ${key}`).toBeTruthy();
          if (!key.endsWith('.name')) {
            // one sentence: ends with a full stop and has no other sentence end inside
            expect(text, `${lang} ${key}`).toMatch(/^[^.!?]*(\.\d[^.!?]*)*\.$/u);
          }
        }
      }
    }
  });

  it('renders a worked example: bijstand, loonwaarde 60 %, lifting aid needed', () => {
    const outcomes = instrumentsFor(participant(), placement({ accommodationsNeeded: ['liftingAid'] }));
    const applying = outcomes.filter((o) => o.applies !== 'no');
    expect(applying.map((o) => o.code)).toEqual([
      'loonkostensubsidie',
      'jobcoach',
      'proefplaatsing',
      'werkplekaanpassing',
      'praktijkroute',
    ]);
    expect(applying.map((o) => renderSentence('nl', o.reason))).toEqual([
      'De deelnemer heeft bijstand en een loonwaarde van 60%: de gemeente betaalt de werkgever het verschil met het minimumloon.',
      'De deelnemer valt onder de Participatiewet, dus de gemeente kan een jobcoach geven.',
      'De deelnemer heeft bijstand: via de gemeente kan die 2 maanden op proef werken en houdt de uitkering.',
      'De baan past met een aanpassing (tilhulp); de deelnemer valt onder de Participatiewet, dus vraag het aan bij de gemeente.',
      'Met een loonwaarde van 60% kan de gemeente de deelnemer via de praktijkroute in het doelgroepregister laten zetten.',
    ]);
    expect(renderSentence('en', applying[3]!.reason)).toBe(
      'The job fits with an adaptation (lifting aid); the participant falls under the Participation Act, so apply at the gemeente.',
    );
  });

  it('names grantors and fact statuses in words', () => {
    expect(renderSentence('nl', { key: 'instruments.grantor.uwv' })).toBe('UWV');
    expect(renderSentence('nl', factStatusName('U'))).toBe('niet gecontroleerd');
    expect(renderSentence('en', factStatusName('V'))).toBe('checked against the source');
  });

  it('marks the facts DOMAIN.md leaves unverified', () => {
    const status = (code: InstrumentCode) => INSTRUMENTS.find((r) => r.code === code)!.facts.map((f) => f.status);
    expect(status('loonkostensubsidie')).toContain('U'); // maximum 70 % WML
    expect(status('bbl')).toContain('U'); // work share ≥ 60 %
    expect(status('werkervaringsplaats')).toContain('U'); // duration per gemeente
    expect(status('banenafspraak')).toContain('U'); // target numbers
    expect(INSTRUMENTS.every((r) => r.facts.length > 0 && r.facts.every((f) => f.source.length > 0))).toBe(true);
  });
});

describe('facts from the capacity profile', () => {
  it('reads VI.2 and II.1 of the assessment that counts', () => {
    const assessed = capacityProfile([
      {
        kind: 'professional',
        assessedOn: '2026-05-01',
        answers: [
          { itemId: 'VI.2', levels: [4] },
          { itemId: 'II.1', levels: [1] },
        ],
      },
    ]);
    expect(capacityFacts(assessed)).toEqual({ hoursPerDayLevel: 4, visualImpairment: true });
    const norm = capacityProfile([
      { kind: 'self', assessedOn: '2026-05-01', answers: [{ itemId: 'IV.13', levels: [1] }] },
    ]);
    expect(capacityFacts(norm)).toEqual({ hoursPerDayLevel: 0, visualImpairment: false });
    expect(capacityFacts(capacityProfile([]))).toEqual({ hoursPerDayLevel: null, visualImpairment: false });
    // ~2 h a day excludes loonkostensubsidie
    const lks = instrumentsFor(participant(capacityFacts(assessed)), placement()).find(
      (o) => o.code === 'loonkostensubsidie',
    );
    expect(lks?.reason.key).toBe('instruments.loonkostensubsidie.reason.under-four-hours');
  });
});
