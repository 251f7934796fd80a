/**
 * Demo data for learning routes: the routes of seed 003 (sector table Zorg & Welzijn, action line
 * "Iedereen doet mee") in the demo region, coordinated by the gemeente — Voortraject (to a BBL in care),
 * Taakbrigades (mbo 1/2, thuiszorg), the WEP-trein (work-experience places) and Brugbanen (paid jobs in
 * care for pupils of praktijkonderwijs and vso) — with the seed's targets (the Brugbanen count is ours),
 * cohorts over the last two years (and one about to start, still short of people), and synthetic
 * participants moving through the steps, with notes, certificates, jobs and a few stops. Deterministic:
 * the same people every time. Everyone here is made up.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db/db.js';
import { insertAssignment, insertTrajectory } from '../trajectories/trajectories.data.js';
import { addMonths } from '../jobs/jobs.indicators.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './learning-routes.data.js';
import { addDays } from './learning-routes.rules.js';
import type { StepKind, StopReason } from './learning-routes.rules.js';

export interface LearningRouteDemoCast {
  organisations: { gemeente: string; uwv: string; ggz: string; sw: string; care: string; bakery: string };
  /** The programme manager who coordinates the routes. */
  coordinator: string;
  /** Professionals per organisation who enrol and follow the participants. */
  professionals: { gemeente: string[]; ggz: string[]; sw: string[] };
  /** The demo participant with a portal account (gets an enrolment too). */
  participantUserId: string;
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const GIVEN = [
  'Amal',
  'Bram',
  'Chaima',
  'Dirk',
  'Elif',
  'Finn',
  'Giulia',
  'Hanna',
  'Idris',
  'Jasmijn',
  'Koen',
  'Lina',
  'Milan',
  'Naima',
  'Olga',
  'Pim',
  'Rania',
  'Stijn',
  'Tamara',
  'Umut',
  'Vince',
  'Wendy',
  'Yasmina',
  'Zakaria',
];
const FAMILY = [
  'Aksoy',
  'Boersma',
  'Claassen',
  'Dogan',
  'Evers',
  'Gerritsen',
  'Haddad',
  'IJzerman',
  'Jacobs',
  'Kok',
  'Lammers',
  'Maas',
  'Nijhof',
  'Osman',
  'Pauw',
  'Rutten',
  'Sahin',
  'Timmer',
  'Uysal',
  'de Wolf',
];
const MUNICIPALITIES = ['GM0344', 'GM0344', 'GM0355', 'GM0356', 'GM0321', 'GM0632'];

interface RouteSpec {
  name: string;
  description: string;
  form: 'bbl' | 'wep' | 'brugbaan' | 'voortraject';
  level: 'entree' | 'mbo1' | 'mbo2';
  targetGroups: string[];
  steps: { kind: StepKind; name: string; expectedWeeks: number; maxWeeks?: number }[];
  target: { description: string; measure: data.TargetRow['measure']; stepKind: StepKind | null; count: number };
  employers: ('care' | 'bakery')[];
  school: { name: string; programme: string; crebo: string | null } | null;
  /** The job a learner gets at the partner employer: title and ISCO-08 code. */
  job: { title: string; occupationCode: string };
  /** Chance per step of stopping (dropping out). */
  stopChance: number;
}

const ROUTES: RouteSpec[] = [
  {
    name: 'Voortraject Zorg',
    description:
      'Voorbereiding op een BBL-opleiding in de zorg, vooral voor huishoudelijke hulpen en helpenden/verzorgenden IG. Daarna leren en werken met een contract.',
    form: 'voortraject',
    level: 'mbo2',
    targetGroups: ['workDisability', 'statusHolder', 'benefitRecipient', 'nugger', 'careerSwitcher'],
    steps: [
      { kind: 'orientation', name: 'Kennismaken en oriënteren', expectedWeeks: 4 },
      { kind: 'preparation', name: 'Voorbereiding (taal, rekenen, werkhouding)', expectedWeeks: 12 },
      { kind: 'bblContract', name: 'BBL-contract Helpende Zorg en Welzijn', expectedWeeks: 52 },
      { kind: 'qualification', name: 'Diploma mbo 2', expectedWeeks: 4 },
      { kind: 'job', name: 'Baan in de zorg', expectedWeeks: 26 },
    ],
    target: {
      description: '30 personen volgen een BBL-traject binnen een zorggerelateerde opleiding',
      measure: 'stepReached',
      stepKind: 'bblContract',
      count: 30,
    },
    employers: ['care'],
    school: { name: 'ROC Midden Nederland', programme: 'Helpende Zorg en Welzijn', crebo: '25498' },
    job: { title: 'Helpende zorg', occupationCode: '5321' },
    stopChance: 0.1,
  },
  {
    name: 'Taakbrigades thuiszorg (mbo 1 en 2)',
    description:
      'Een versneld traject op mbo-niveau 1 en 2 voor functies in de thuiszorg, in een groep die samen leert en werkt.',
    form: 'bbl',
    level: 'mbo1',
    targetGroups: ['statusHolder', 'benefitRecipient', 'nugger', 'careerSwitcher'],
    steps: [
      { kind: 'orientation', name: 'Kennismaken', expectedWeeks: 2 },
      { kind: 'bblContract', name: 'Leren en werken in de taakbrigade', expectedWeeks: 26 },
      { kind: 'qualification', name: 'Mbo-certificaat', expectedWeeks: 2 },
      { kind: 'job', name: 'Baan in de thuiszorg', expectedWeeks: 26 },
    ],
    target: {
      description: 'Minimaal 10 personen krijgen een versneld traject op mbo-niveau 1 en 2',
      measure: 'enrolled',
      stepKind: null,
      count: 10,
    },
    employers: ['care'],
    school: { name: 'ROC Midden Nederland', programme: 'Medewerker thuiszorg', crebo: '25473' },
    job: { title: 'Medewerker thuiszorg', occupationCode: '5322' },
    stopChance: 0.08,
  },
  {
    name: 'WEP-trein',
    description:
      'Langdurig werklozen worden werkfit via een werkervaringsplaats (onbetaald, hoogstens een half jaar), met begeleiding in een groep.',
    form: 'wep',
    level: 'entree',
    targetGroups: ['workDisability', 'psychologicalVulnerability', 'benefitRecipient', 'nugger'],
    steps: [
      { kind: 'orientation', name: 'Instappen', expectedWeeks: 2 },
      { kind: 'workExperience', name: 'Werkervaringsplaats', expectedWeeks: 16, maxWeeks: 26 },
      { kind: 'qualification', name: 'Praktijkverklaring', expectedWeeks: 2 },
    ],
    target: {
      description: '20 langdurig werklozen via werkervaringsplekken werkfit gemaakt',
      measure: 'completed',
      stepKind: null,
      count: 20,
    },
    employers: ['care', 'bakery'],
    school: null,
    job: { title: 'Medewerker thuiszorg', occupationCode: '5322' },
    stopChance: 0.12,
  },
  {
    // Seed 003: "betaalde werkplekken realiseren voor jongeren in het praktijkonderwijs (pro) en voortgezet
    // speciaal onderwijs (vso) die graag aan de slag willen in de zorg". A brugbaan is a paid job from the
    // start, next to school; the seed names no number, so the target of 12 is an example [U].
    name: 'Brugbanen Zorg',
    description:
      'Een betaalde baan in de zorg voor jongeren uit het praktijkonderwijs (pro) en het voortgezet speciaal onderwijs (vso). Ze werken en leren op de werkvloer, met begeleiding van school en een jobcoach.',
    form: 'brugbaan',
    level: 'entree',
    targetGroups: ['praktijkVsoPupil'],
    steps: [
      { kind: 'orientation', name: 'Kennismaken en meelopen', expectedWeeks: 4 },
      { kind: 'job', name: 'Betaalde brugbaan in de zorg', expectedWeeks: 40 },
      { kind: 'qualification', name: 'Praktijkverklaring of entreediploma', expectedWeeks: 4 },
    ],
    target: {
      description: '12 jongeren uit pro en vso hebben een betaalde brugbaan in de zorg',
      measure: 'stepReached',
      stepKind: 'job',
      count: 12,
    },
    employers: ['care'],
    school: { name: 'Praktijkschool Utrecht', programme: 'Entree Assistent dienstverlening en zorg', crebo: null },
    job: { title: 'Assistent zorg (brugbaan)', occupationCode: '5329' },
    stopChance: 0.1,
  },
];

const STOP_REASONS: StopReason[] = ['health', 'personalCircumstances', 'motivation', 'notSuitable', 'otherWork'];
const NOTES = [
  'Goed gesprek gehad. Gaat met plezier naar het werk.',
  'Was op tijd en werkte zelfstandig. Oefent nog met de planning van de dag.',
  'Spannende week, maar heeft het volgehouden. Volgende keer oefenen met het overleg met collega’s.',
  'Lessen goed gevolgd. Taal gaat vooruit.',
  'Twee dagen ziek gemeld. Afgesproken om volgende week samen te kijken naar de uren.',
];

/**
 * Seeds the routes, cohorts, targets, participants, trajectories, enrolments, events, notes, outcomes,
 * jobs and consents (for the employers' view). Runs inside the demo seed's transaction.
 */
export async function seedDemoLearningRoutes(q: Queryable, cast: LearningRouteDemoCast): Promise<void> {
  const rand = prng(20_260_003);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const today = todayInNl();
  const periodStart = addMonths(today, -24);
  const employerOrg = { care: cast.organisations.care, bakery: cast.organisations.bakery };
  const employerName = { care: 'Zorggroep Het Anker', bakery: 'Bakkerij De Korenschoof' };
  let n = 0;

  for (const spec of ROUTES) {
    const routeId = await data.insertRoute(q, {
      organisationId: cast.organisations.gemeente,
      name: spec.name,
      description: spec.description,
      sector: 'careWelfare',
      level: spec.level,
      form: spec.form,
      targetGroups: spec.targetGroups,
      createdBy: cast.coordinator,
    });
    await data.replaceSteps(
      q,
      routeId,
      spec.steps.map((s) => ({ ...s, maxWeeks: s.maxWeeks ?? null })),
    );
    await data.replacePartners(q, routeId, [
      ...spec.employers.map((e) => ({ kind: 'employer', name: employerName[e], organisationId: employerOrg[e] })),
      ...(spec.school ? [{ kind: 'school', name: spec.school.name, organisationId: null }] : []),
      { kind: 'gemeente', name: 'Gemeente Utrecht', organisationId: cast.organisations.gemeente },
      { kind: 'uwv', name: 'UWV Midden-Utrecht', organisationId: cast.organisations.uwv },
    ]);
    await data.insertTarget(q, {
      routeId,
      description: spec.target.description,
      measure: spec.target.measure,
      stepKind: spec.target.stepKind,
      targetCount: spec.target.count,
      periodStart,
      periodEnd: addDays(addMonths(periodStart, 24), -1),
      // Linked to the region's monitoring programme when that is seeded (monitoring.demo.ts).
      programmeId: null,
      createdBy: cast.coordinator,
    });
    const route = (await data.getRoute(q, routeId))!;

    // Cohorts about every six months over two years, and one starting in three weeks, not yet full.
    const starts = [-22, -16, -10, -4].map((m) => addMonths(today, m));
    const cohorts: { start: string; places: number; members: number }[] = [
      ...starts.map((start) => ({ start, places: 10, members: 6 + Math.floor(rand() * 4) })),
      { start: addDays(today, 21), places: 12, members: 5 },
    ];
    for (const [index, c] of cohorts.entries()) {
      const employers = spec.employers.map((e) => ({ name: employerName[e], organisationId: employerOrg[e] }));
      const orgKey = pick(['gemeente', 'gemeente', 'sw', 'ggz'] as const);
      const coaches = cast.professionals[orgKey];
      const cohortId = await data.insertCohort(q, {
        routeId,
        name: `${spec.name} – groep ${index + 1}`,
        startDate: c.start,
        places: c.places,
        coachIds: coaches.length > 0 ? [coaches[index % coaches.length]!] : [],
        employers,
        createdBy: cast.coordinator,
      });
      for (let m = 0; m < c.members; m++) {
        n += 1;
        const employerKey = pick(spec.employers);
        await seedMember(q, {
          rand,
          pick,
          today,
          spec,
          route,
          cohortId,
          enrolledOn: c.start > today ? addDays(today, -Math.floor(rand() * 14)) : c.start,
          startsLater: c.start > today,
          organisationId: cast.organisations[orgKey],
          coach: coaches.length > 0 ? coaches[(m + index) % coaches.length]! : null,
          employer: { key: employerKey, name: employerName[employerKey], organisationId: employerOrg[employerKey] },
          name: { given: GIVEN[n % GIVEN.length]!, family: FAMILY[(n * 7) % FAMILY.length]! },
        });
      }
    }
  }

  // The demo participant (portal login) in the Voortraject, with her own job coach.
  const { rows } = await q.query<{ id: string }>('SELECT id FROM participants WHERE user_id = $1', [
    cast.participantUserId,
  ]);
  const sanne = rows[0]?.id;
  const voortraject = (await data.findRoutes(q, { active: true })).find((r) => r.name === 'Voortraject Zorg');
  const coach = cast.professionals.ggz[0];
  if (sanne && voortraject && coach) {
    const enrolledOn = addDays(today, -40);
    const trajectoryId = randomUUID();
    await insertTrajectory(q, {
      id: trajectoryId,
      participantId: sanne,
      organisationId: cast.organisations.ggz,
      approachCode: 'learningRoute',
      referralDate: enrolledOn,
      createdBy: coach,
    });
    await insertAssignment(q, { trajectoryId, userId: coach, isLead: true, assignedBy: coach });
    const enrolmentId = await data.insertEnrolment(q, {
      routeId: voortraject.id,
      cohortId:
        voortraject.cohorts.find((c) => c.startDate <= today && c.startDate >= addMonths(today, -5))?.id ?? null,
      trajectoryId,
      participantId: sanne,
      organisationId: cast.organisations.ggz,
      enrolledOn,
      targetGroups: ['psychologicalVulnerability', 'benefitRecipient'],
      employerOrganisationId: cast.organisations.care,
      employerName: 'Zorggroep Het Anker',
      workplace: 'Locatie De Linde, afdeling wonen',
      schoolName: 'ROC Midden Nederland',
      programmeName: 'Helpende Zorg en Welzijn',
      creboCode: '25498',
      createdBy: coach,
    });
    const [first, second] = voortraject.steps;
    for (const [step, on] of [
      [first!, enrolledOn],
      [second!, addDays(enrolledOn, 28)],
    ] as const) {
      await data.insertStepEvent(q, {
        enrolmentId,
        kind: 'step',
        stepId: step.id,
        occurredOn: on,
        stopReason: null,
        note: null,
        recordedBy: coach,
      });
    }
    await data.insertNote(q, {
      enrolmentId,
      notedOn: addDays(today, -6),
      attendance: 'present',
      text: 'Sanne heeft de eerste lessen gevolgd en twee dagen meegelopen op de afdeling. Ze vond het leuk.',
      recordedBy: coach,
    });
  }
}

async function seedMember(
  q: Queryable,
  m: {
    rand: () => number;
    pick: <T>(list: readonly T[]) => T;
    today: string;
    spec: RouteSpec;
    route: data.RouteRow;
    cohortId: string;
    enrolledOn: string;
    startsLater: boolean;
    organisationId: string;
    coach: string | null;
    employer: { key: 'care' | 'bakery'; name: string; organisationId: string };
    name: { given: string; family: string };
  },
): Promise<void> {
  const { rand, pick, today, spec, route } = m;
  const groups = [pick(spec.targetGroups), ...(rand() < 0.3 ? [pick(spec.targetGroups)] : [])];
  const targetGroups = [...new Set(groups)];
  const birthYear = spec.form === 'brugbaan' ? 2008 : 1965 + Math.floor(rand() * 40);
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO participants (organisation_id, given_name, family_name, date_of_birth, municipality_code, target_groups,
       benefit_situation, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      m.organisationId,
      m.name.given,
      m.name.family,
      `${birthYear}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      pick(MUNICIPALITIES),
      targetGroups,
      targetGroups.includes('benefitRecipient') ? 'participatiewet' : 'none',
      m.coach,
    ],
  );
  const participantId = rows[0]!.id;
  const trajectoryId = randomUUID();
  await insertTrajectory(q, {
    id: trajectoryId,
    participantId,
    organisationId: m.organisationId,
    approachCode: 'learningRoute',
    referralDate: m.enrolledOn,
    createdBy: m.coach,
  });
  if (m.coach) {
    await insertAssignment(q, { trajectoryId, userId: m.coach, isLead: true, assignedBy: m.coach });
  }
  // At a workplace: a work-experience place, a BBL contract or (a brugbaan) the paid job itself.
  const atWorkplace = spec.steps.some(
    (s) => s.kind === 'workExperience' || s.kind === 'bblContract' || s.kind === 'job',
  );
  const enrolmentId = await data.insertEnrolment(q, {
    routeId: route.id,
    cohortId: m.cohortId,
    trajectoryId,
    participantId,
    organisationId: m.organisationId,
    enrolledOn: m.enrolledOn,
    targetGroups,
    employerOrganisationId: atWorkplace ? m.employer.organisationId : null,
    employerName: atWorkplace ? m.employer.name : null,
    workplace: atWorkplace
      ? spec.form === 'brugbaan'
        ? 'Woonzorgcentrum De Linde, afdeling wonen'
        : m.employer.key === 'care'
          ? 'Thuiszorg wijkteam Oost'
          : 'Bakkerij, productie'
      : null,
    schoolName: spec.school?.name ?? null,
    programmeName: spec.school?.programme ?? null,
    creboCode: spec.school?.crebo ?? null,
    createdBy: m.coach,
  });
  const event = (
    kind: 'step' | 'stop' | 'complete',
    on: string,
    stepId: string | null,
    stopReason: StopReason | null,
  ) =>
    data.insertStepEvent(q, { enrolmentId, kind, stepId, occurredOn: on, stopReason, note: null, recordedBy: m.coach });

  // Walk through the steps until today: each step lasts about its expected weeks (a WEP sometimes longer).
  let on = m.enrolledOn;
  let jobFrom: string | null = null;
  for (const [i, step] of route.steps.entries()) {
    if (on > today) {
      break;
    }
    await event('step', on, step.id, null);
    const overrun = step.kind === 'workExperience' && rand() < 0.2 ? 1.8 : 0.8 + rand() * 0.5;
    const next = addDays(on, Math.round(step.expectedWeeks * 7 * overrun));
    // Some stop along the way (not once they have the job).
    const stopOn =
      step.kind !== 'job' && rand() < spec.stopChance ? addDays(on, Math.round(step.expectedWeeks * 3)) : null;
    const until = stopOn ?? next;
    // Notes every two to three weeks while in the step (some coaches lapse for the last weeks).
    const lapses = rand() < 0.15;
    for (
      let d = addDays(on, 10 + Math.floor(rand() * 8));
      d < until && d <= today;
      d = addDays(d, 14 + Math.floor(rand() * 8))
    ) {
      if (lapses && d > addDays(today, -45)) {
        break;
      }
      await data.insertNote(q, {
        enrolmentId,
        notedOn: d,
        attendance: rand() < 0.85 ? 'present' : 'absent',
        text: pick(NOTES),
        recordedBy: m.coach,
      });
    }
    if (stopOn !== null) {
      if (stopOn <= today) {
        await event('stop', stopOn, null, pick(STOP_REASONS));
      }
      break;
    }
    if (step.kind === 'job') {
      jobFrom = on;
    }
    if (step.kind === 'qualification' && next <= today) {
      await data.insertOutcome(q, {
        enrolmentId,
        kind:
          spec.form === 'wep' || spec.form === 'brugbaan'
            ? 'praktijkverklaring'
            : spec.level === 'mbo1'
              ? 'mboCertificate'
              : 'mbo2Diploma',
        achievedOn: addDays(on, 7),
        jobEpisodeId: null,
        note: null,
        recordedBy: m.coach,
      });
    }
    if (i === route.steps.length - 1 && next <= today) {
      await event('complete', next, null, null);
      // After the WEP-trein some find paid work in care; after the other routes the job step is the job.
      if (spec.form === 'wep' && rand() < 0.45) {
        jobFrom = addDays(next, 14 + Math.floor(rand() * 60));
      }
    }
    on = next;
  }

  if (jobFrom !== null && jobFrom <= today) {
    const endsEarly = rand() < 0.25;
    const end = endsEarly ? addDays(jobFrom, 90 + Math.floor(rand() * 60)) : null;
    const { rows: jobs } = await q.query<{ id: string }>(
      `INSERT INTO job_episodes (participant_id, trajectory_id, employer_name, job_title, occupation_code, start_date, end_date,
         end_reason, hours_per_week, contract_type, wage_form, open_to_anyone, recorded_by)
       VALUES ($1, $2, 'Zorggroep Het Anker', $3, $4, $5, $6, $7, $8, 'temporary', $9, true, $10) RETURNING id`,
      [
        participantId,
        trajectoryId,
        spec.job.title,
        spec.job.occupationCode,
        jobFrom,
        end !== null && end <= today ? end : null,
        end !== null && end <= today ? pick(['contractEnded', 'quit', 'health']) : null,
        16 + Math.floor(rand() * 4) * 4,
        rand() < 0.3 ? 'loonkostensubsidie' : 'marketWage',
        m.coach,
      ],
    );
    await data.insertOutcome(q, {
      enrolmentId,
      kind: 'jobStart',
      achievedOn: jobFrom,
      jobEpisodeId: jobs[0]!.id,
      note: null,
      recordedBy: m.coach,
    });
  }

  // Most learners at a workplace let the employer see their step; about half also their name.
  if (atWorkplace && !m.startsLater && rand() < 0.7) {
    const categories = rand() < 0.5 ? ['jobs', 'identity'] : ['jobs'];
    for (const category of categories) {
      await q.query(
        `INSERT INTO consents (participant_id, organisation_id, category, purpose, starts_on, method, recorded_by)
         VALUES ($1, $2, $3, 'workGuidance', $4, 'paper', $5)`,
        [participantId, m.employer.organisationId, category, m.enrolledOn, m.coach],
      );
    }
  }
}
