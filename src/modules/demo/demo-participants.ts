/**
 * Synthetic participants for the demo region: about 200 people with Dutch names, living in the real
 * gemeenten of Midden-Utrecht, with trajectories over the last three years at the demo GGZ (IPS), the
 * sheltered-work company (job coaching, work-experience places) and the gemeente (learning routes),
 * in every phase, with phase events, assigned professionals and some consents. Deterministic: the
 * same seed gives the same people, so screenshots and walkthroughs stay comparable.
 *
 * Everyone here is made up. The demo job coach has a caseload just above the IPS norm of 20 so the
 * caseload signal has something to show.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db/db.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import type { Phase, ClosedReason } from '../trajectories/trajectories.schemas.js';

const GIVEN_NAMES = [
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
  'Thijs',
  'Emma',
  'Jayden',
  'Ilse',
  'Bilal',
  'Mila',
  'Ruben',
  'Samira',
  'Tim',
  'Demi',
  'Hamza',
  'Fleur',
  'Niels',
  'Zeynep',
  'Joost',
  'Amira',
  'Bas',
  'Chantal',
  'Dewi',
  'Erik',
  'Gerda',
  'Hasan',
  'Iris',
  'Jeroen',
  'Kim',
  'Latifa',
  'Marco',
  'Nadia',
  'Omar',
  'Petra',
  'Rachid',
  'Sophie',
  'Tom',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
  'Arjen',
  'Büşra',
  'Cees',
  'Dina',
  'Esra',
  'Freek',
  'Gijs',
];
const FAMILY_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
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
  'Öztürk',
  'Bouzid',
  'Kaya',
  'Pinas',
  'Doorson',
  'Nguyen',
  'Kowalski',
  'Hoekstra',
  'Koster',
  'Verhoeven',
  'Prins',
  'Blom',
  'Huisman',
  'van Beek',
  'Kramer',
  'Willems',
  'Aydın',
  'Ramdin',
  'Postma',
  'Kuipers',
  'Veenstra',
  'van Wijk',
  'Haddou',
];

const EMPLOYERS: { name: string; titles: string[]; code: string }[] = [
  { name: 'Bakkerij De Korenschoof', titles: ['Medewerker bakkerij', 'Inpakker'], code: '7512' },
  { name: 'Zorggroep Het Anker', titles: ['Medewerker facilitaire dienst', 'Gastvrouw/gastheer'], code: '5152' },
  { name: 'Hoveniersbedrijf Groen', titles: ['Hovenier', 'Medewerker groenonderhoud'], code: '6113' },
  { name: 'Supermarkt Plus Houten', titles: ['Vakkenvuller', 'Medewerker kassa'], code: '5223' },
  { name: 'Distributiecentrum Nieuwegein', titles: ['Orderpicker', 'Medewerker logistiek'], code: '9334' },
  { name: 'Gemeente Utrecht (Stadsbeheer)', titles: ['Medewerker wijkonderhoud'], code: '9613' },
  { name: 'Fietsenmaker Van der Wiel', titles: ['Fietsenmaker in opleiding'], code: '7234' },
  { name: 'Koffiebar Het Wiel', titles: ['Barista', 'Medewerker bediening'], code: '5131' },
  { name: 'Kantoor Zeist Schoonmaak', titles: ['Schoonmaker'], code: '9112' },
];
const NOTES = [
  'Gesproken over werkwensen: liefst buiten werken, niet te vroeg beginnen.',
  'Cv samen bijgewerkt. Volgende keer oefenen we een sollicitatiegesprek.',
  'Gaat goed op het werk. Wil graag meer uren.',
  'Last van spanning deze week; afgesproken dat we contact houden met de behandelaar.',
  'Uitkeringsvraag besproken: wat gebeurt er met de uitkering bij meer uren?',
  'Werkgever tevreden. Afspraken over begeleiding op de werkvloer gemaakt.',
];

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A valid BSN from a random draw (elfproef solved for the last digit). */
function syntheticBsn(rand: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + Math.floor(rand() * 8) : Math.floor(rand() * 10),
    );
    const check = digits.reduce((s, d, i) => s + (9 - i) * d, 0) % 11;
    if (check < 10) {
      return [...digits, check].join('');
    }
  }
}

export interface DemoCast {
  organisations: { ggz: string; sw: string; gemeente: string };
  /** Professionals per organisation; the first of each is the demo login. */
  coaches: { ggz: string[]; sw: string[] };
  consultants: string[];
  /** The demo participant's user account (gets a participant record of their own). */
  participantUserId: string;
  /** The user every seeded record names as its author (the demo job coach). */
  recordedBy: string;
}

interface Step {
  phase: Phase;
  on: number;
}

/** A plausible path through the phases from a referral date until today. */
function lifeOf(
  rand: () => number,
  referral: number,
  today: number,
  approach: string,
): { steps: Step[]; closedReason: ClosedReason | null } {
  const steps: Step[] = [{ phase: 'referral', on: referral }];
  let t = referral;
  const next = (phase: Phase, minDays: number, maxDays: number): boolean => {
    t += (minDays + rand() * (maxDays - minDays)) * DAY;
    if (t > today) {
      return false;
    }
    steps.push({ phase, on: t });
    return true;
  };
  const close = (reason: ClosedReason, minDays: number, maxDays: number) =>
    next('closed', minDays, maxDays) ? { steps, closedReason: reason } : { steps, closedReason: null };

  if (!next('intake', 5, 21)) {
    return { steps, closedReason: null };
  }
  if (rand() < 0.08) {
    return close('noContact', 20, 60);
  }
  // IPS: rapid job search, no long preparation.
  if (!next('jobSearch', approach === 'ips' ? 3 : 14, approach === 'ips' ? 21 : 60)) {
    return { steps, closedReason: null };
  }
  const r = rand();
  if (r < 0.58) {
    if (!next('workingWithSupport', 30, 200)) {
      return { steps, closedReason: null };
    }
    if (rand() < 0.15) {
      // Lost the job, back to searching.
      if (!next('jobSearch', 40, 150)) {
        return { steps, closedReason: null };
      }
      if (!next('workingWithSupport', 30, 120)) {
        return { steps, closedReason: null };
      }
    }
    if (!next('followUp', 120, 360)) {
      return { steps, closedReason: null };
    }
    return close(rand() < 0.8 ? 'sustainableWork' : 'workWithoutSupport', 90, 300);
  }
  if (r < 0.72) {
    return close(rand() < 0.5 ? 'noLongerWantsSupport' : 'healthReasons', 40, 240);
  }
  if (r < 0.8) {
    return close(rand() < 0.5 ? 'education' : 'movedAway', 60, 300);
  }
  return { steps, closedReason: null };
}

/**
 * Inserts the synthetic participants. Runs inside the demo seed's transaction.
 * @returns the number of participants created
 */
export async function seedDemoParticipants(
  q: Queryable,
  cast: DemoCast,
  cipher: FieldCipher | null,
  count = 200,
): Promise<number> {
  const rand = prng(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const { rows: places } = await q.query<{ code: string }>(
    "SELECT code FROM municipalities WHERE region_code = 'AM13' ORDER BY code",
  );
  const municipalities = places.map((p) => p.code);
  const today = Date.now();
  const threeYears = 3 * 365 * DAY;
  let demoCoachActive = 0;

  for (let i = 0; i < count; i++) {
    const isSanne = i === 0;
    const id = randomUUID();
    const given = isSanne ? 'Sanne' : pick(GIVEN_NAMES);
    const family = isSanne ? 'de Vries' : pick(FAMILY_NAMES);
    const birth = today - (18 + rand() * 45) * 365.25 * DAY;
    const where = rand();
    const org = where < 0.6 ? 'ggz' : where < 0.85 ? 'sw' : 'gemeente';
    const approach =
      org === 'ggz'
        ? 'ips'
        : org === 'sw'
          ? rand() < 0.6
            ? 'jobCoaching'
            : 'workExperience'
          : pick(['learningRoute', 'other']);
    const targetGroups = [
      ...(org === 'ggz' ? ['psychologicalVulnerability'] : ['workDisability']),
      ...(rand() < 0.5 ? ['benefitRecipient'] : []),
      ...(rand() < 0.08 ? ['statusHolder'] : []),
    ];
    const benefit = targetGroups.includes('benefitRecipient')
      ? pick(['participatiewet', 'participatiewet', 'wajong', 'wiaWga', 'ww'] as const)
      : rand() < 0.3
        ? 'none'
        : pick(['ziektewet', 'other', 'none'] as const);
    const bsn = cipher && rand() < 0.7 ? syntheticBsn(rand) : null;
    const organisationId = cast.organisations[org];
    const slug = `${given}.${family}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    await q.query(
      `INSERT INTO participants (id, organisation_id, user_id, given_name, family_name, date_of_birth, email, phone,
         municipality_code, target_groups, benefit_situation, doelgroepregister, bsn_encrypted, bsn_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        isSanne ? cast.organisations.ggz : organisationId,
        isSanne ? cast.participantUserId : null,
        given,
        family,
        iso(birth),
        rand() < 0.8 ? `${slug}${i}@voorbeeld.nl` : null,
        rand() < 0.85 ? `06 ${String(10_000_000 + Math.floor(rand() * 89_999_999)).slice(0, 8)}` : null,
        isSanne || rand() < 0.35 ? 'GM0344' : pick(municipalities), // a third live in the city of Utrecht
        isSanne ? ['psychologicalVulnerability', 'benefitRecipient'] : targetGroups,
        isSanne ? 'participatiewet' : benefit,
        rand() < 0.35,
        bsn ? cipher!.encrypt(bsn) : null,
        bsn ? cipher!.hash(bsn) : null,
        cast.recordedBy,
      ],
    );

    // Sanne: an IPS trajectory in job search with the demo job coach, started two months ago.
    const referral = isSanne ? today - 62 * DAY : today - 7 * DAY - rand() * threeYears;
    const trajectoryOrg = isSanne ? 'ggz' : org;
    const life = isSanne
      ? {
          steps: [
            { phase: 'referral' as Phase, on: referral },
            { phase: 'intake' as Phase, on: referral + 9 * DAY },
            { phase: 'jobSearch' as Phase, on: referral + 16 * DAY },
          ],
          closedReason: null,
        }
      : lifeOf(rand, referral, today, approach);
    const last = life.steps[life.steps.length - 1]!;
    const trajectoryId = randomUUID();
    await q.query(
      `INSERT INTO trajectories (id, participant_id, organisation_id, approach_code, phase, referral_date, closed_on, closed_reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        trajectoryId,
        id,
        cast.organisations[trajectoryOrg],
        isSanne ? 'ips' : approach,
        last.phase,
        iso(referral),
        last.phase === 'closed' ? iso(last.on) : null,
        last.phase === 'closed' ? life.closedReason : null,
        cast.recordedBy,
      ],
    );
    let previous: Phase | null = null;
    for (const step of life.steps) {
      await q.query(
        `INSERT INTO trajectory_phase_events (trajectory_id, from_phase, to_phase, occurred_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [trajectoryId, previous, step.phase, iso(step.on), cast.recordedBy, new Date(step.on + 10 * 3_600_000)],
      );
      previous = step.phase;
    }

    // Assignment: the demo job coach carries a caseload just above the IPS norm of 20.
    let coach: string;
    if (trajectoryOrg === 'ggz') {
      const active = last.phase !== 'closed';
      const toDemo = isSanne || (active ? demoCoachActive < 22 : rand() < 0.4);
      coach = toDemo ? cast.coaches.ggz[0]! : pick(cast.coaches.ggz.slice(1));
      if (toDemo && active) {
        demoCoachActive += 1;
      }
    } else if (trajectoryOrg === 'sw') {
      coach = pick(cast.coaches.sw);
    } else {
      coach = pick(cast.consultants);
    }
    await q.query(
      'INSERT INTO trajectory_assignments (trajectory_id, user_id, is_lead, assigned_by, assigned_at) VALUES ($1, $2, true, $3, $4)',
      [trajectoryId, coach, cast.recordedBy, new Date(referral + 3_600_000)],
    );

    // Contacts: roughly every two to three weeks while the trajectory runs, with employer contacts during the
    // job search (IPS: systematic job development) — some of them lapse, so the caseload signals have something to show.
    const end = last.phase === 'closed' ? last.on : today;
    const lapses = rand() < 0.3;
    for (let at = referral + 2 * DAY; at < end; at += (10 + rand() * 14) * DAY) {
      if (lapses && at > today - 45 * DAY) {
        break;
      }
      const phaseThen = [...life.steps].reverse().find((st) => st.on <= at)?.phase ?? 'referral';
      const kind =
        phaseThen === 'jobSearch' && rand() < 0.5
          ? 'withEmployer'
          : pick(['faceToFace', 'faceToFace', 'phone', 'video', ...(org === 'ggz' ? ['withTreatmentTeam'] : [])]);
      await q.query(
        `INSERT INTO contacts (participant_id, trajectory_id, organisation_id, occurs_at, duration_minutes, kind, status, present, note, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $4)`,
        [
          id,
          trajectoryId,
          cast.organisations[trajectoryOrg],
          new Date(at + (9 + Math.floor(rand() * 7)) * 3_600_000),
          pick([30, 45, 60]),
          kind,
          rand() < 0.08 ? 'noShow' : 'held',
          kind === 'withEmployer' ? 'Jobcoach en werkgever' : `${given} en jobcoach`,
          kind !== 'withEmployer' && rand() < 0.6 ? pick(NOTES) : null,
          coach,
        ],
      );
    }
    if (last.phase !== 'closed' && !lapses) {
      await q.query(
        `INSERT INTO contacts (participant_id, trajectory_id, organisation_id, occurs_at, duration_minutes, kind, status, location, recorded_by)
         VALUES ($1, $2, $3, $4, 60, 'faceToFace', 'planned', $5, $6)`,
        [
          id,
          trajectoryId,
          cast.organisations[trajectoryOrg],
          new Date(today + (1 + Math.floor(rand() * 14)) * DAY + 10 * 3_600_000),
          org === 'ggz'
            ? 'GGZ De Linde, Zeist'
            : org === 'sw'
              ? 'Werkbedrijf Lekstroom, Nieuwegein'
              : 'Stadskantoor Utrecht',
          coach,
        ],
      );
    }

    // Jobs: each period of working with support starts a job; going back to job search ends it.
    let open: { id: string } | null = null;
    for (const step of life.steps) {
      if (step.phase === 'workingWithSupport') {
        const employer = pick(EMPLOYERS);
        const wageForm =
          org === 'sw' && rand() < 0.4 ? 'beschutWerk' : rand() < 0.35 ? 'loonkostensubsidie' : 'marketWage';
        const { rows: job } = await q.query<{ id: string }>(
          `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, occupation_code, start_date,
             hours_per_week, contract_type, wage_form, open_to_anyone, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [
            id,
            trajectoryId,
            employer.name,
            pick(employer.titles),
            employer.code,
            iso(step.on),
            pick([8, 12, 16, 20, 24, 28, 32]),
            rand() < 0.2 ? 'permanent' : 'temporary',
            wageForm,
            wageForm !== 'beschutWerk',
            coach,
            new Date(step.on + 12 * 3_600_000),
          ],
        );
        open = job[0]!;
      } else if (
        open &&
        (step.phase === 'jobSearch' ||
          (step.phase === 'closed' &&
            life.closedReason !== 'sustainableWork' &&
            life.closedReason !== 'workWithoutSupport'))
      ) {
        await q.query(`UPDATE job_episodes SET end_date = $2, end_reason = $3 WHERE id = $1`, [
          open.id,
          iso(step.on - DAY),
          step.phase === 'jobSearch' ? pick(['contractEnded', 'quit', 'dismissed']) : 'health',
        ]);
        open = null;
      }
    }

    // Sanne's support plan, written with her job coach in B1: a goal with her own, a shared and the coach's action.
    if (isSanne) {
      const { rows: goal } = await q.query<{ id: string }>(
        `INSERT INTO plan_goals (participant_id, organisation_id, domain, title, description, target_date, created_by, created_at)
         VALUES ($1, $2, 'work', 'Ik heb betaald werk in een bibliotheek of archief', 'Het liefst 16 tot 24 uur per week, niet te vroeg beginnen.', $3, $4, $5)
         RETURNING id`,
        [id, cast.organisations.ggz, iso(today + 120 * DAY), cast.recordedBy, new Date(referral + 16 * DAY)],
      );
      for (const [title, owner, due] of [
        ['Ik maak mijn cv af', 'participant', 7],
        ['Samen naar de open dag van de bibliotheek', 'together', 14],
        ['Jobcoach belt drie bibliotheken in de regio', 'professional', 10],
      ] as const) {
        await q.query(
          `INSERT INTO plan_actions (goal_id, title, owner, due_date, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [goal[0]!.id, title, owner, iso(today + due * DAY), cast.recordedBy, new Date(referral + 16 * DAY)],
        );
      }
      await q.query(
        `INSERT INTO plan_events (participant_id, goal_id, kind, detail, by_user, at) VALUES ($1, $2, 'goalAdded', $3, $4, $5)`,
        [
          id,
          goal[0]!.id,
          JSON.stringify({ title: 'Ik heb betaald werk in een bibliotheek of archief' }),
          cast.recordedBy,
          new Date(referral + 16 * DAY),
        ],
      );
    }

    // Matching (helper A, ADR 0018): every third job seeker lets the employer advisers of the sheltered-work
    // company see their wishes and capacity for matching (purpose 'matching'), so the adviser's candidate
    // lists are not empty; no identity consent, so they see no names. By index: the random sequence is unchanged.
    if (!isSanne && (last.phase === 'intake' || last.phase === 'jobSearch') && i % 3 === 0) {
      for (const category of ['wishes', 'capacityHealth']) {
        await q.query(
          `INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method, recorded_by, recorded_at)
           VALUES ($1, $2, $3, 'matching', $4, 'paper', $5, $6)`,
          [
            id,
            cast.organisations.sw,
            category,
            iso(Math.min(referral + 16 * DAY, today)),
            cast.recordedBy,
            new Date(Math.min(referral + 16 * DAY, today)),
          ],
        );
      }
    }

    // Consent for the gemeente's consultants to see identity and plan (integrated plan), for a third of the others.
    if (isSanne || (trajectoryOrg !== 'gemeente' && rand() < 0.33)) {
      for (const category of ['identity', 'plan']) {
        await q.query(
          `INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method, recorded_by, recorded_at)
           VALUES ($1, $2, $3, 'integratedPlan', $4, $5, $6, $7)`,
          [
            id,
            cast.organisations.gemeente,
            category,
            iso(referral + 9 * DAY),
            rand() < 0.7 ? 'paper' : 'verbal',
            cast.recordedBy,
            new Date(Math.min(referral + 9 * DAY, today)),
          ],
        );
      }
    }
  }
  return count;
}
