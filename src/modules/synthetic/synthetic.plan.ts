/**
 * What the synthetic dataset consists of, decided in memory (pure: no I/O, no clock). `organisationSpecs`
 * lays out the organisations per arbeidsmarktregio; `planBatch` draws one batch of participants with their
 * trajectory, phase events, job coach, job episodes and the outline of their contacts (the contacts
 * themselves are expanded in SQL, see synthetic.data.ts). Everything comes from one seeded generator, so the
 * same seed and the same "today" give the same dataset (only the row ids are not drawn from the seed, so a
 * second run with the same seed adds a second copy instead of colliding).
 */
import { randomBytes } from 'node:crypto';
import type { Approach } from './synthetic.types.js';
import {
  chance,
  createRng,
  exponential,
  intBetween,
  normal,
  pick,
  sampleTenureDays,
  Weighted,
  type Rng,
} from './synthetic.random.js';

/** Every generated organisation's slug starts with this, and its name with {@link NAME_PREFIX}. */
export const SLUG_PREFIX = 'synthetisch-';
export const NAME_PREFIX = 'Synthetisch';
/** Appended to every generated participant's family name, so a screen never shows them as a real person. */
export const FAMILY_SUFFIX = ' (synthetisch)';
/** Job coaches get addresses in this (reserved, never deliverable) domain. */
export const EMAIL_DOMAIN = 'synthetisch.invalid';
/** Participants per job coach the generator staffs for (the IPS norm is at most 20 active ones). */
export const PARTICIPANTS_PER_COACH = 25;

export type ProviderType = 'gemeente' | 'uwv' | 'ggz' | 'shelteredWork' | 'school';
export type OrgType = ProviderType | 'employer';

export interface MunicipalityRef {
  code: string;
  name: string;
  regionCode: string;
}
export interface RegionRef {
  code: string;
  name: string;
}

export interface OrgSpec {
  slug: string;
  name: string;
  type: OrgType;
  regionCode: string;
  municipalityCode: string | null;
}

export interface Org extends OrgSpec {
  id: string;
}

/** Per region: one UWV office, GGZ institutions, sheltered-work companies, a school, employers. */
export const ORGS_PER_REGION: Record<Exclude<OrgType, 'gemeente'>, number> = {
  uwv: 1,
  ggz: 3,
  shelteredWork: 2,
  school: 1,
  employer: 5,
};

const TYPE_NAMES: Record<OrgType, string> = {
  gemeente: 'Gemeente',
  uwv: 'UWV',
  ggz: 'GGZ',
  shelteredWork: 'Werkbedrijf',
  school: 'Praktijkschool',
  employer: 'Werkgever',
};

/** Share of trajectories per kind of provider, and the approaches each offers. */
const PROVIDERS = new Weighted<ProviderType>([
  ['ggz', 30],
  ['gemeente', 30],
  ['shelteredWork', 20],
  ['uwv', 12],
  ['school', 8],
]);
const PROVIDER_SHARE: Record<ProviderType, number> = {
  ggz: 0.3,
  gemeente: 0.3,
  shelteredWork: 0.2,
  uwv: 0.12,
  school: 0.08,
};
const APPROACHES: Record<ProviderType, Weighted<Approach>> = {
  ggz: new Weighted<Approach>([
    ['ips', 80],
    ['jobCoaching', 20],
  ]),
  gemeente: new Weighted<Approach>([
    ['jobCoaching', 40],
    ['workExperience', 30],
    ['learningRoute', 15],
    ['ips', 5],
    ['other', 10],
  ]),
  shelteredWork: new Weighted<Approach>([
    ['jobCoaching', 50],
    ['workExperience', 40],
    ['other', 10],
  ]),
  uwv: new Weighted<Approach>([
    ['jobCoaching', 60],
    ['ips', 10],
    ['other', 30],
  ]),
  school: new Weighted<Approach>([
    ['learningRoute', 70],
    ['workExperience', 30],
  ]),
};

export function organisationSpecs(regions: RegionRef[], municipalities: MunicipalityRef[]): OrgSpec[] {
  const specs: OrgSpec[] = municipalities.map((m) => ({
    slug: `${SLUG_PREFIX}gemeente-${m.code.toLowerCase()}`,
    name: `${NAME_PREFIX} ${TYPE_NAMES.gemeente} ${m.name}`,
    type: 'gemeente',
    regionCode: m.regionCode,
    municipalityCode: m.code,
  }));
  for (const r of regions) {
    const seat = municipalities.find((m) => m.regionCode === r.code)?.code ?? null;
    for (const [type, count] of Object.entries(ORGS_PER_REGION) as [Exclude<OrgType, 'gemeente'>, number][]) {
      for (let i = 1; i <= count; i++) {
        specs.push({
          slug: `${SLUG_PREFIX}${type.toLowerCase()}-${r.code.toLowerCase()}-${i}`,
          name: `${NAME_PREFIX} ${TYPE_NAMES[type]} ${r.name}${count > 1 ? ` ${i}` : ''}`,
          type,
          regionCode: r.code,
          municipalityCode: seat,
        });
      }
    }
  }
  return specs;
}

/**
 * How many people live in each gemeente relative to the others: a log-normal spread (σ 0.9) drawn from the
 * seed, the four large cities eight times heavier. CBS population figures are not in the reference data.
 */
export function municipalityWeights(municipalities: MunicipalityRef[], seed: number): Map<string, number> {
  const rng = createRng(seed ^ 0x5eed);
  const big = new Set(['GM0363', 'GM0599', 'GM0518', 'GM0344']);
  return new Map(municipalities.map((m) => [m.code, Math.exp(0.9 * normal(rng)) * (big.has(m.code) ? 8 : 1)]));
}

/** Job coaches per provider organisation: its expected share of `participants`, one per {@link PARTICIPANTS_PER_COACH}. */
export function coachTargets(
  specs: OrgSpec[],
  weights: Map<string, number>,
  participants: number,
): Map<string, number> {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const regionWeight = new Map<string, number>();
  const municipalityRegion = new Map<string, string>();
  for (const s of specs) {
    if (s.type === 'gemeente' && s.municipalityCode) {
      municipalityRegion.set(s.municipalityCode, s.regionCode);
    }
  }
  for (const [code, w] of weights) {
    const r = municipalityRegion.get(code);
    if (r) {
      regionWeight.set(r, (regionWeight.get(r) ?? 0) + w);
    }
  }
  const out = new Map<string, number>();
  for (const s of specs) {
    if (s.type === 'employer') {
      continue;
    }
    const expected =
      s.type === 'gemeente'
        ? (participants * PROVIDER_SHARE.gemeente * (weights.get(s.municipalityCode!) ?? 0)) / total
        : (participants * PROVIDER_SHARE[s.type] * (regionWeight.get(s.regionCode) ?? 0)) /
          total /
          ORGS_PER_REGION[s.type];
    out.set(s.slug, Math.max(1, Math.ceil(expected / PARTICIPANTS_PER_COACH)));
  }
  return out;
}

/** The organisations and coaches a batch draws from (after they exist in the database). */
export interface World {
  municipalities: Weighted<MunicipalityRef>;
  gemeenteOf: Map<string, Org>;
  providers: Map<string, Record<Exclude<ProviderType, 'gemeente'>, Org[]>>;
  employers: Map<string, Org[]>;
  coaches: Map<string, string[]>;
  regionNames: Map<string, string>;
}

export function buildWorld(
  regions: RegionRef[],
  municipalities: MunicipalityRef[],
  orgs: Org[],
  coaches: Map<string, string[]>,
  seed: number,
): World {
  const weights = municipalityWeights(municipalities, seed);
  const world: World = {
    municipalities: new Weighted(municipalities.map((m) => [m, weights.get(m.code)!] as const)),
    gemeenteOf: new Map(),
    providers: new Map(),
    employers: new Map(),
    coaches,
    regionNames: new Map(regions.map((r) => [r.code, r.name])),
  };
  for (const r of regions) {
    world.providers.set(r.code, { uwv: [], ggz: [], shelteredWork: [], school: [] });
    world.employers.set(r.code, []);
  }
  for (const o of orgs) {
    if (o.type === 'gemeente') {
      world.gemeenteOf.set(o.municipalityCode!, o);
    } else if (o.type === 'employer') {
      world.employers.get(o.regionCode)!.push(o);
    } else {
      world.providers.get(o.regionCode)![o.type].push(o);
    }
  }
  return world;
}

// ---------------------------------------------------------------------------------------------------------
// One batch

/** A batch, column by column, as the SQL inserts take it (see synthetic.data.ts). */
export interface Batch {
  participants: {
    id: string[];
    organisationId: string[];
    givenName: string[];
    familyName: string[];
    dateOfBirth: string[];
    municipalityCode: string[];
    targetGroups: string[];
    benefitSituation: string[];
    doelgroepregister: boolean[];
    externalId: string[];
  };
  trajectories: {
    id: string[];
    participantId: string[];
    organisationId: string[];
    approachCode: string[];
    phase: string[];
    referralDate: string[];
    closedOn: (string | null)[];
    closedReason: (string | null)[];
    coachId: string[];
  };
  phaseEvents: {
    trajectoryId: string[];
    fromPhase: (string | null)[];
    toPhase: string[];
    occurredOn: string[];
    recordedBy: string[];
  };
  jobs: {
    participantId: string[];
    trajectoryId: (string | null)[];
    employerName: string[];
    employerOrganisationId: (string | null)[];
    jobTitle: string[];
    occupationCode: string[];
    startDate: string[];
    endDate: (string | null)[];
    endReason: (string | null)[];
    hoursPerWeek: number[];
    contractType: string[];
    wageForm: string[];
    openToAnyone: boolean[];
  };
  /** One row per trajectory: SQL expands `count` contacts evenly over [startDate, startDate + spanDays]. */
  contacts: {
    trajectoryId: string[];
    participantId: string[];
    organisationId: string[];
    coachId: string[];
    startDate: string[];
    spanDays: number[];
    count: number[];
    employerPercent: number[];
    salt: number[];
  };
  /** Rows per table in this batch (contacts: the sum of `count`). */
  counts: { participants: number; trajectories: number; phaseEvents: number; jobs: number; contacts: number };
}

const GIVEN = [
  'Sanne',
  'Daan',
  'Fatima',
  'Mohammed',
  'Eva',
  'Lucas',
  'Noor',
  'Sem',
  'Anouk',
  'Yusuf',
  'Priya',
  'Kevin',
  'Lisa',
  'Mark',
  'Ayoub',
  'Sara',
  'Jeroen',
  'Ilse',
  'Thijs',
  'Emma',
  'Milan',
  'Zeynep',
  'Bram',
  'Julia',
  'Rachid',
  'Femke',
  'Ricardo',
  'Naima',
  'Tim',
  'Lotte',
  'Dewi',
  'Hamza',
  'Iris',
  'Stefan',
  'Aylin',
  'Joost',
  'Merel',
  'Omar',
  'Roos',
  'Gerrit',
  'Wendy',
  'Samira',
  'Koen',
  'Esther',
  'Tarik',
  'Marloes',
  'Dennis',
  'Hatice',
  'Ruben',
  'Nadia',
] as const;
const FAMILY = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'El Amrani',
  'Yilmaz',
  'Kaya',
  'Pinas',
  'Nguyen',
  'Öztürk',
  'Boukhari',
  'Sardjoe',
  'Kramer',
  'Janssens',
  'Postma',
  'van Vliet',
  'Kuipers',
  'Hoekstra',
  'Verbeek',
  'Koster',
] as const;
const OCCUPATIONS: readonly (readonly [string, string])[] = [
  ['9112', 'Schoonmaakmedewerker'],
  ['5223', 'Verkoopmedewerker'],
  ['9321', 'Inpakker'],
  ['9333', 'Magazijnmedewerker'],
  ['9412', 'Keukenhulp'],
  ['5120', 'Kok'],
  ['5322', 'Medewerker thuiszorg'],
  ['4110', 'Administratief medewerker'],
  ['8322', 'Bezorger'],
  ['9214', 'Medewerker groenvoorziening'],
  ['7233', 'Monteur'],
  ['9334', 'Vakkenvuller'],
  ['5131', 'Bediening horeca'],
  ['4321', 'Medewerker logistiek'],
];
const HOURS = new Weighted<number>([
  [4, 3],
  [8, 7],
  [12, 10],
  [16, 15],
  [20, 18],
  [24, 14],
  [28, 8],
  [32, 12],
  [36, 9],
  [38, 4],
]);
const CONTRACTS = new Weighted<string>([
  ['temporary', 55],
  ['onCall', 20],
  ['permanent', 20],
  ['selfEmployed', 5],
]);
const WAGES: Record<Approach, Weighted<string>> = {
  ips: new Weighted([
    ['marketWage', 84],
    ['loonkostensubsidie', 12],
    ['loondispensatie', 2],
    ['other', 2],
  ]),
  jobCoaching: new Weighted([
    ['marketWage', 48],
    ['loonkostensubsidie', 30],
    ['loondispensatie', 14],
    ['beschutWerk', 6],
    ['other', 2],
  ]),
  workExperience: new Weighted([
    ['unpaidWorkExperience', 50],
    ['marketWage', 25],
    ['loonkostensubsidie', 20],
    ['beschutWerk', 5],
  ]),
  learningRoute: new Weighted([
    ['marketWage', 55],
    ['loonkostensubsidie', 30],
    ['unpaidWorkExperience', 15],
  ]),
  other: new Weighted([
    ['marketWage', 60],
    ['loonkostensubsidie', 25],
    ['loondispensatie', 10],
    ['other', 5],
  ]),
};
const END_REASONS = new Weighted<string>([
  ['contractEnded', 40],
  ['quit', 18],
  ['dismissed', 10],
  ['betterJob', 15],
  ['health', 12],
  ['other', 5],
]);
const DROP_OUT = new Weighted<string>([
  ['noLongerWantsSupport', 30],
  ['healthReasons', 20],
  ['referredElsewhere', 18],
  ['education', 10],
  ['movedAway', 10],
  ['noContact', 7],
  ['other', 5],
]);
/** Mean days from the start of job search to a job, and how long people keep looking (IPS finds jobs sooner). */
const SEARCH: Record<Approach, { toJob: number; patience: number; contactGap: number; employerPercent: number }> = {
  ips: { toJob: 140, patience: 480, contactGap: 18, employerPercent: 35 },
  jobCoaching: { toJob: 200, patience: 420, contactGap: 24, employerPercent: 20 },
  workExperience: { toJob: 170, patience: 380, contactGap: 28, employerPercent: 15 },
  learningRoute: { toJob: 220, patience: 420, contactGap: 28, employerPercent: 12 },
  other: { toJob: 260, patience: 360, contactGap: 32, employerPercent: 10 },
};
const BENEFITS: Record<ProviderType, Weighted<string>> = {
  gemeente: new Weighted([
    ['participatiewet', 75],
    ['none', 15],
    ['other', 10],
  ]),
  uwv: new Weighted([
    ['wiaWga', 35],
    ['ww', 25],
    ['wajong', 30],
    ['ziektewet', 10],
  ]),
  ggz: new Weighted([
    ['participatiewet', 40],
    ['wajong', 20],
    ['wiaWga', 15],
    ['none', 20],
    ['other', 5],
  ]),
  shelteredWork: new Weighted([
    ['participatiewet', 50],
    ['wajong', 40],
    ['none', 10],
  ]),
  school: new Weighted([
    ['none', 60],
    ['wajong', 30],
    ['participatiewet', 10],
  ]),
};
const TARGET_GROUPS: Record<ProviderType, readonly (readonly [string, number])[]> = {
  gemeente: [
    ['benefitRecipient', 0.7],
    ['statusHolder', 0.15],
    ['nugger', 0.1],
    ['workDisability', 0.2],
  ],
  uwv: [
    ['workDisability', 0.7],
    ['benefitRecipient', 0.5],
    ['careerSwitcher', 0.1],
  ],
  ggz: [
    ['psychologicalVulnerability', 1],
    ['benefitRecipient', 0.5],
  ],
  shelteredWork: [
    ['workDisability', 0.9],
    ['benefitRecipient', 0.4],
  ],
  school: [
    ['praktijkVsoPupil', 1],
    ['workDisability', 0.3],
  ],
};

const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

let pool = Buffer.alloc(0);
let poolAt = 0;
let lastMs = 0;
let sequence = 0;
/**
 * A UUID version 7 (RFC 9562: milliseconds since 1970, then random bits, with a counter within one
 * millisecond): ids made one after another sort together, so the primary-key and foreign-key indexes
 * grow at their right end instead of taking random pages — what keeps a load of millions of rows fast.
 */
export function timeOrderedUuid(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
  }
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(8192);
    poolAt = 0;
  }
  const r = pool.subarray(poolAt, (poolAt += 8));
  const ms = lastMs.toString(16).padStart(12, '0');
  const variant = ((r[0]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
  const tail = Buffer.from(r.subarray(1, 8)).toString('hex');
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${variant}${tail.slice(0, 2)}-${tail.slice(2, 14)}`;
}

interface Timeline {
  events: [string, number][];
  jobs: { start: number; end: number }[];
  closed: { day: number; reason: string } | null;
}

/** Referral → intake → job search → work with support → follow-up → closed, with drop-out along the way. */
export function drawTimeline(rng: Rng, approach: Approach, referral: number): Timeline {
  const t: Timeline = { events: [['referral', referral]], jobs: [], closed: null };
  const close = (day: number, reason: string) => {
    t.events.push(['closed', day]);
    t.closed = { day, reason };
  };
  let d = referral;
  if (chance(rng, 0.06)) {
    close(d + intBetween(rng, 20, 80), pick(rng, ['noContact', 'referredElsewhere', 'noLongerWantsSupport']));
    return t;
  }
  d += 5 + Math.round(exponential(rng, 14));
  t.events.push(['intake', d]);
  if (chance(rng, 0.07)) {
    close(d + intBetween(rng, 14, 60), pick(rng, ['noLongerWantsSupport', 'healthReasons', 'referredElsewhere']));
    return t;
  }
  d += 7 + Math.round(exponential(rng, 21));
  t.events.push(['jobSearch', d]);
  const s = SEARCH[approach];
  let patience = d + 30 + Math.round(exponential(rng, s.patience));
  for (;;) {
    const start = d + 7 + Math.round(exponential(rng, s.toJob));
    if (start > patience || t.jobs.length >= 3) {
      close(Math.max(patience, d + 1), DROP_OUT.draw(rng));
      return t;
    }
    const end = start + sampleTenureDays(rng);
    t.jobs.push({ start, end });
    t.events.push(['workingWithSupport', start]);
    const followUp = start + intBetween(rng, 120, 300);
    if (end > followUp) {
      t.events.push(['followUp', followUp]);
      close(followUp + intBetween(rng, 90, 365), chance(rng, 0.65) ? 'sustainableWork' : 'workWithoutSupport');
      return t;
    }
    d = end + 1;
    t.events.push(['jobSearch', d]);
    patience = Math.max(patience, d) + 90;
  }
}

export interface BatchContext {
  world: World;
  /** The run's tag in every external id (so a second run with the same seed does not collide). */
  runTag: string;
  today: string;
  /** Referrals fall in the `inflowDays` before today. */
  inflowDays: number;
}

/** Participants `first` … `first + size - 1` of the run (their draws come from `rng`, in order). */
export function planBatch(rng: Rng, ctx: BatchContext, first: number, size: number): Batch {
  const today = dayOf(ctx.today);
  const b: Batch = {
    participants: {
      id: [],
      organisationId: [],
      givenName: [],
      familyName: [],
      dateOfBirth: [],
      municipalityCode: [],
      targetGroups: [],
      benefitSituation: [],
      doelgroepregister: [],
      externalId: [],
    },
    trajectories: {
      id: [],
      participantId: [],
      organisationId: [],
      approachCode: [],
      phase: [],
      referralDate: [],
      closedOn: [],
      closedReason: [],
      coachId: [],
    },
    phaseEvents: { trajectoryId: [], fromPhase: [], toPhase: [], occurredOn: [], recordedBy: [] },
    jobs: {
      participantId: [],
      trajectoryId: [],
      employerName: [],
      employerOrganisationId: [],
      jobTitle: [],
      occupationCode: [],
      startDate: [],
      endDate: [],
      endReason: [],
      hoursPerWeek: [],
      contractType: [],
      wageForm: [],
      openToAnyone: [],
    },
    contacts: {
      trajectoryId: [],
      participantId: [],
      organisationId: [],
      coachId: [],
      startDate: [],
      spanDays: [],
      count: [],
      employerPercent: [],
      salt: [],
    },
    counts: { participants: 0, trajectories: 0, phaseEvents: 0, jobs: 0, contacts: 0 },
  };
  const w = ctx.world;
  for (let i = first; i < first + size; i++) {
    const municipality = w.municipalities.draw(rng);
    const providerType = PROVIDERS.draw(rng);
    const org =
      providerType === 'gemeente'
        ? w.gemeenteOf.get(municipality.code)!
        : pick(rng, w.providers.get(municipality.regionCode)![providerType]);
    const approach = APPROACHES[providerType].draw(rng);
    const coach = pick(rng, w.coaches.get(org.id)!);
    const referral = today - intBetween(rng, 1, ctx.inflowDays);
    const ageYears = providerType === 'school' ? intBetween(rng, 16, 20) : intBetween(rng, 18, 64);
    const participantId = timeOrderedUuid();
    const trajectoryId = timeOrderedUuid();
    const groups = TARGET_GROUPS[providerType].filter(([, p]) => chance(rng, p)).map(([g]) => g);

    const p = b.participants;
    p.id.push(participantId);
    p.organisationId.push(org.id);
    p.givenName.push(pick(rng, GIVEN));
    p.familyName.push(`${pick(rng, FAMILY)}${FAMILY_SUFFIX}`);
    p.dateOfBirth.push(isoOf(referral - ageYears * 365 - intBetween(rng, 0, 364)));
    p.municipalityCode.push(municipality.code);
    p.targetGroups.push(groups.join(','));
    p.benefitSituation.push(BENEFITS[providerType].draw(rng));
    p.doelgroepregister.push(groups.includes('workDisability') && chance(rng, 0.6));
    p.externalId.push(`${ctx.runTag}-${i + 1}`);

    // The timeline as it will have happened, cut at today: nothing recorded lies in the future.
    const line = drawTimeline(rng, approach, referral);
    const events = line.events.filter(([, day]) => day <= today);
    const closed = line.closed && line.closed.day <= today ? line.closed : null;
    const tr = b.trajectories;
    tr.id.push(trajectoryId);
    tr.participantId.push(participantId);
    tr.organisationId.push(org.id);
    tr.approachCode.push(approach);
    tr.phase.push(events[events.length - 1]![0]);
    tr.referralDate.push(isoOf(referral));
    tr.closedOn.push(closed ? isoOf(closed.day) : null);
    tr.closedReason.push(closed?.reason ?? null);
    tr.coachId.push(coach);
    let previous: string | null = null;
    for (const [phase, day] of events) {
      const e = b.phaseEvents;
      e.trajectoryId.push(trajectoryId);
      e.fromPhase.push(previous);
      e.toPhase.push(phase);
      e.occurredOn.push(isoOf(day));
      e.recordedBy.push(coach);
      previous = phase;
    }

    const employers = w.employers.get(municipality.regionCode)!;
    for (const [n, job] of line.jobs.entries()) {
      if (job.start > today) {
        break;
      }
      const wage = n === 0 ? WAGES[approach].draw(rng) : WAGES.other.draw(rng);
      const unpaid = wage === 'unpaidWorkExperience';
      const [code, title] = pick(rng, OCCUPATIONS);
      const atPlatformEmployer = chance(rng, 0.25);
      const employer = atPlatformEmployer ? pick(rng, employers) : null;
      const ended = job.end <= today;
      const j = b.jobs;
      j.participantId.push(participantId);
      j.trajectoryId.push(chance(rng, 0.85) ? trajectoryId : null);
      j.employerName.push(
        employer?.name ??
          `${NAME_PREFIX} bedrijf ${intBetween(rng, 1, 400)} ${w.regionNames.get(municipality.regionCode)}`,
      );
      j.employerOrganisationId.push(employer?.id ?? null);
      j.jobTitle.push(title);
      j.occupationCode.push(code);
      j.startDate.push(isoOf(job.start));
      j.endDate.push(ended ? isoOf(job.end) : null);
      j.endReason.push(ended ? END_REASONS.draw(rng) : null);
      j.hoursPerWeek.push(HOURS.draw(rng));
      j.contractType.push(unpaid ? 'none' : CONTRACTS.draw(rng));
      j.wageForm.push(wage);
      j.openToAnyone.push(wage === 'beschutWerk' ? false : unpaid ? chance(rng, 0.3) : chance(rng, 0.92));
    }

    // Contacts: from the intake (or referral) to the close, or three weeks ahead while the trajectory runs.
    const from = events.find(([phase]) => phase === 'intake')?.[1] ?? referral;
    const until = closed ? closed.day : today + 21;
    const span = Math.max(1, until - from);
    const s = SEARCH[approach];
    const count = Math.max(1, Math.min(90, Math.round((span / s.contactGap) * (0.6 + 0.8 * rng.next()))));
    const c = b.contacts;
    c.trajectoryId.push(trajectoryId);
    c.participantId.push(participantId);
    c.organisationId.push(org.id);
    c.coachId.push(coach);
    c.startDate.push(isoOf(from));
    c.spanDays.push(span);
    c.count.push(count);
    c.employerPercent.push(s.employerPercent);
    c.salt.push(intBetween(rng, 0, 9_999));
    b.counts.contacts += count;
  }
  b.counts.participants = b.participants.id.length;
  b.counts.trajectories = b.trajectories.id.length;
  b.counts.phaseEvents = b.phaseEvents.trajectoryId.length;
  b.counts.jobs = b.jobs.participantId.length;
  return b;
}
