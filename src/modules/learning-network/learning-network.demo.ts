/**
 * Demo data of the learning network in the demo region (Midden-Utrecht), after seed 004: the network
 * "Lokaal & integraal werken aan participatie" with a year of events (six months back with attendance and
 * materials, six months ahead open for registration, one of them full with a waiting list), an
 * intervision group with its sessions, a learning track for five gemeenten with progress, and quality
 * checks of two teams. Dates are relative to the day the demo is seeded, on the Dutch clock.
 */
import type { Queryable } from '../../platform/db/db.js';
import { todayInNl } from '../../shared/dates.js';
import * as data from './learning-network.data.js';
import * as tracks from './learning-tracks.data.js';
import type { EventType } from './learning-network.schemas.js';
import { addDays, fromLocal } from './time.js';

export interface DemoLearningNetworkInput {
  organisations: { knowledge: string; gemeente: string; ggz: string; sw: string };
  /** The knowledge editor: coordinator of the network. */
  coordinator: string;
  /** Professionals, policy makers and a resident who take part. */
  professionals: string[];
  policyMakers: string[];
  residents: string[];
  /** The IPS team's programme manager (or null): records the quality checks. */
  recordedBy: string;
  now?: Date;
}

const at = (local: string): Date => {
  const r = fromLocal(local);
  if (!r.ok) {
    throw new Error(`demo time ${local} does not exist`);
  }
  return r.instant;
};

/** The first `weekday` (0 = Sunday … 6) on or after `date`. */
function onOrAfter(date: string, weekday: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  return addDays(date, (weekday - d.getUTCDay() + 7) % 7);
}

interface Planned {
  type: EventType;
  title: string;
  description: string;
  weekday: number;
  start: string;
  end: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
}

const MONTHLY: Planned[] = [
  {
    type: 'webinar',
    title: 'Webinar: werken naar vermogen, wat werkt?',
    description:
      'In een uur hoort u wat onderzoek zegt over integraal werken aan participatie, en wat dat betekent voor uw werk. Met tijd voor vragen.',
    weekday: 2,
    start: '15:30',
    end: '16:30',
    location: null,
    onlineUrl: 'https://meet.example.nl/leernetwerk-webinar',
    capacity: 150,
  },
  {
    type: 'kennisatelier',
    title: 'Kennisatelier: Wmo, Jeugd en Werk & Inkomen aan één tafel',
    description:
      'Consulenten van Wmo, Jeugd en Werk & Inkomen werken samen aan een casus uit de praktijk. Wat heeft deze inwoner nodig, en wie doet wat?',
    weekday: 4,
    start: '13:30',
    end: '16:30',
    location: 'Stadskantoor Utrecht, Stadsplateau 1, Utrecht',
    onlineUrl: null,
    capacity: 25,
  },
];

const EXTRA: (Planned & { monthOffset: number })[] = [
  {
    monthOffset: -4,
    type: 'inspiratiebijeenkomst',
    title: 'Inspiratiebijeenkomst: werkgevers vertellen',
    description: 'Werkgevers uit de regio vertellen hoe zij mensen met een arbeidsbeperking een plek geven.',
    weekday: 3,
    start: '19:00',
    end: '21:00',
    location: 'Bakkerij De Korenschoof, Houten',
    onlineUrl: null,
    capacity: 40,
  },
  {
    monthOffset: -2,
    type: 'training',
    title: 'Training: motiverende gespreksvoering',
    description: 'Twee dagdelen oefenen met gesprekken over werk, met een trainer en een acteur.',
    weekday: 1,
    start: '09:00',
    end: '12:30',
    location: 'Kenniscentrum Werk en Inclusie, Utrecht',
    onlineUrl: null,
    capacity: 16,
  },
  {
    monthOffset: 1,
    type: 'inspiratiebijeenkomst',
    title: 'Inspiratiebijeenkomst: inwoners aan het woord',
    description: 'Inwoners vertellen wat hen hielp op weg naar werk, en wat niet. Voor professionals en beleidsmakers.',
    weekday: 3,
    start: '19:00',
    end: '21:00',
    location: 'Buurtcentrum De Leeuw, Zeist',
    onlineUrl: null,
    capacity: 3,
  },
  {
    monthOffset: 3,
    type: 'training',
    title: 'Training: de Functionele Mogelijkhedenlijst lezen',
    description: 'Wat staat er in een FML van UWV, en hoe gebruikt u die bij het zoeken naar passend werk?',
    weekday: 1,
    start: '09:30',
    end: '12:30',
    location: 'UWV Midden-Utrecht, Utrecht',
    onlineUrl: 'https://meet.example.nl/training-fml',
    capacity: 20,
  },
];

/**
 * Seeds the learning network. Links published knowledge items as materials when the portal has any.
 * @returns the network's id
 */
export async function seedDemoLearningNetwork(q: Queryable, input: DemoLearningNetworkInput): Promise<string> {
  const now = input.now ?? new Date();
  const today = todayInNl(now);
  const monthStart = (offset: number) => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1 + offset, 1)).toISOString().slice(0, 10);
  };

  const networkId = await data.insertNetwork(q, {
    organisationId: input.organisations.knowledge,
    name: 'Lokaal & integraal werken aan participatie',
    description:
      'Leernetwerk voor professionals, inwoners en beleidsmakers in Midden-Utrecht. We delen kennis over wat werkt op het snijvlak van zorg & welzijn en werk & inkomen, met webinars, kennisateliers en inspiratiebijeenkomsten.',
    createdBy: input.coordinator,
  });
  await data.upsertMember(q, { networkId, userId: input.coordinator, memberKind: 'professional', coordinator: true });
  for (const [ids, memberKind] of [
    [input.professionals, 'professional'],
    [input.policyMakers, 'policyMaker'],
    [input.residents, 'resident'],
  ] as const) {
    for (const userId of ids) {
      await data.upsertMember(q, { networkId, userId, memberKind, coordinator: false });
    }
  }
  const people = [...input.professionals, ...input.policyMakers, ...input.residents];
  const materials = await data.findPublishedKnowledgeItemIds(q, 12);

  // A year: two events a month from six months back to six months ahead, and some extra ones.
  const planned: { p: Planned; date: string }[] = [];
  for (let offset = -6; offset <= 5; offset++) {
    MONTHLY.forEach((p, i) => planned.push({ p, date: onOrAfter(addDays(monthStart(offset), 7 + i * 7), p.weekday) }));
  }
  for (const p of EXTRA) {
    planned.push({ p, date: onOrAfter(addDays(monthStart(p.monthOffset), 10), p.weekday) });
  }
  planned.sort((a, b) => a.date.localeCompare(b.date));

  let n = 0;
  for (const { p, date } of planned) {
    n++;
    const startsAt = at(`${date}T${p.start}`);
    const past = startsAt < now;
    const eventId = await data.insertEvent(q, {
      networkId,
      type: p.type,
      title: p.title,
      description: p.description,
      startsAt,
      endsAt: at(`${date}T${p.end}`),
      location: p.location,
      onlineUrl: p.onlineUrl,
      capacity: p.capacity,
      status: 'published',
      createdBy: input.coordinator,
      intervisionGroupId: null,
    });
    // Who comes: a rotating part of the members; the small evening meeting is full with a waiting list.
    const full = p.capacity <= people.length;
    const count = full ? Math.min(people.length, p.capacity + 2) : Math.min(people.length, 2 + (n % 4));
    const chosen = people.filter((_, i) => (i + n) % people.length < count).slice(0, count);
    for (const [i, userId] of chosen.entries()) {
      const status = i < p.capacity ? 'registered' : 'waitlisted';
      await data.insertDemoRegistration(q, {
        eventId,
        userId,
        status,
        requestedAt: new Date(startsAt.getTime() - (20 - i) * 24 * 3_600_000),
        attended: past && status === 'registered' ? (i + n) % 5 !== 0 : null,
        recordedBy: past && status === 'registered' ? input.coordinator : null,
      });
    }
    if (past && materials.length > 0) {
      await data.replaceMaterials(q, eventId, [materials[n % materials.length]!], input.coordinator);
    }
  }

  // An intervision group of consultants and coaches, meeting every six weeks.
  const groupMembers = input.professionals.slice(0, 6);
  const groupId = await tracks.insertGroup(q, {
    networkId,
    name: 'Intervisiegroep werk en zorg',
    method: 'Incidentmethode',
    description: 'Zes professionals uit Wmo, Jeugd en Werk & Inkomen bespreken een lastige situatie uit hun werk.',
    memberIds: groupMembers,
  });
  for (let i = -3; i <= 3; i++) {
    const date = onOrAfter(addDays(today, i * 42), 5);
    const startsAt = at(`${date}T13:00`);
    const eventId = await data.insertEvent(q, {
      networkId,
      type: 'intervisie',
      title: `Intervisie werk en zorg, bijeenkomst ${i + 4}`,
      description: 'Bijeenkomst van de intervisiegroep. Breng een situatie mee die u bezighoudt.',
      startsAt,
      endsAt: at(`${date}T15:30`),
      location: 'Kenniscentrum Werk en Inclusie, Utrecht',
      onlineUrl: null,
      capacity: 8,
      status: 'published',
      createdBy: input.coordinator,
      intervisionGroupId: groupId,
    });
    for (const [k, userId] of groupMembers.entries()) {
      await data.insertDemoRegistration(q, {
        eventId,
        userId,
        status: 'registered',
        requestedAt: new Date(startsAt.getTime() - 30 * 24 * 3_600_000),
        attended: startsAt < now ? (k + i) % 6 !== 0 : null,
        recordedBy: startsAt < now ? input.coordinator : null,
      });
    }
  }

  // The learning track for five gemeenten (seed 004), started four months ago.
  const gemeenten = [input.organisations.gemeente];
  for (const g of [
    { name: 'Gemeente Houten', code: 'GM0321', slug: 'gemeente-houten' },
    { name: 'Gemeente Zeist', code: 'GM0355', slug: 'gemeente-zeist' },
    { name: 'Gemeente Nieuwegein', code: 'GM0356', slug: 'gemeente-nieuwegein' },
    { name: 'Gemeente De Bilt', code: 'GM0310', slug: 'gemeente-de-bilt' },
  ]) {
    gemeenten.push(
      await data.insertDemoOrganisation(q, {
        name: g.name,
        regionCode: 'AM13',
        municipalityCode: g.code,
        slug: g.slug,
      }),
    );
  }
  const trackStart = monthStart(-4);
  const trackId = await tracks.insertTrack(q, {
    networkId,
    name: 'Leergang integraal werken aan participatie',
    description:
      'Een innovatietraject voor vijf gemeenten. Teams van Wmo, Jeugd en Werk & Inkomen leren samen werken vanuit de vraag van de inwoner, en delen wat zij leren in het leernetwerk.',
    startsOn: trackStart,
    endsOn: addDays(monthStart(8), -1),
    createdBy: input.coordinator,
  });
  await tracks.addParticipants(q, trackId, gemeenten);
  const modules = [
    {
      title: 'De vraag van de inwoner centraal',
      assignments: ['Breng de huidige samenwerking in beeld', 'Interview twee inwoners over hun weg naar werk'],
    },
    {
      title: 'Samen één plan',
      assignments: ['Bespreek een casus met drie domeinen', 'Maak afspraken over één contactpersoon'],
    },
    { title: 'Werkgevers erbij', assignments: ['Organiseer een ontmoeting met twee werkgevers'] },
    {
      title: 'Borgen en delen',
      assignments: ['Schrijf een praktijkvoorbeeld voor de kennisbank', 'Presenteer in het leernetwerk'],
    },
  ];
  for (const [i, m] of modules.entries()) {
    const startsOn = monthStart(-4 + i * 3);
    const endsOn = addDays(monthStart(-1 + i * 3), -1);
    const moduleId = await tracks.insertModule(q, {
      trackId,
      title: `Module ${i + 1}: ${m.title}`,
      description: '',
      startsOn,
      endsOn,
    });
    for (const [k, title] of m.assignments.entries()) {
      const dueOn = addDays(endsOn, -14 * (m.assignments.length - 1 - k));
      const assignmentId = await tracks.insertAssignment(q, { moduleId, title, description: '', dueOn });
      // Progress: past assignments mostly done, current ones under way.
      for (const [g, organisationId] of gemeenten.entries()) {
        const status =
          dueOn < today
            ? (g + k) % 4 === 3
              ? 'inProgress'
              : 'done'
            : startsOn <= today && g % 2 === 0
              ? 'inProgress'
              : null;
        if (status) {
          await tracks.upsertProgress(q, {
            assignmentId,
            organisationId,
            status,
            note: '',
            updatedBy: input.coordinator,
          });
        }
      }
    }
  }
  if (materials.length > 0) {
    await tracks.replaceTrackMaterials(q, trackId, materials.slice(0, 4), input.coordinator);
  }

  // Quality checks: the IPS team's fidelity reviews, each a recorded check linked to the review when the
  // monitoring demo has them (one done otherwise), the next one planned; and a practice check.
  const reviews = await tracks.demoFidelityReviews(q, input.organisations.ggz);
  const ipsTeam = reviews[0]?.teamName ?? 'IPS-team Utrecht-Oost';
  const ipsReviewer = 'Fidelity-reviewers IPS Nederland (demo)';
  const recorded =
    reviews.length > 0
      ? reviews.map((r) => ({
          reviewId: r.id,
          teamName: r.teamName ?? ipsTeam,
          on: r.reviewedOn,
          score: r.total,
          maxScore: r.max,
        }))
      : [{ reviewId: null, teamName: ipsTeam, on: addDays(today, -146), score: 98, maxScore: 125 }];
  for (const r of recorded) {
    const id = await tracks.insertQualityCheck(q, {
      organisationId: input.organisations.ggz,
      teamName: r.teamName,
      kind: 'fidelityReview',
      approachCode: 'ips',
      plannedOn: addDays(r.on, -4),
      reviewer: ipsReviewer,
      createdBy: input.recordedBy,
    });
    await tracks.recordQualityCheck(q, id, {
      performedOn: r.on,
      outcome: r.score >= 0.75 * r.maxScore ? 'sufficient' : 'partlySufficient',
      reviewer: ipsReviewer,
      score: r.score,
      maxScore: r.maxScore,
      findings: 'Goede samenwerking met de behandelaars. Nog weinig contacten met werkgevers per week.',
      followUp: 'Elke specialist zes werkgeverscontacten per week; volgende review over een half jaar.',
      fidelityReviewId: r.reviewId,
    });
  }
  await tracks.insertQualityCheck(q, {
    organisationId: input.organisations.ggz,
    teamName: ipsTeam,
    kind: 'fidelityReview',
    approachCode: 'ips',
    plannedOn: addDays(today, 35),
    reviewer: ipsReviewer,
    createdBy: input.recordedBy,
  });
  await tracks.insertQualityCheck(q, {
    organisationId: input.organisations.sw,
    teamName: 'Jobcoaches Lekstroom',
    kind: 'practiceCheck',
    approachCode: null,
    plannedOn: addDays(today, -10),
    reviewer: 'Teamleider en een collega van buiten het team',
    createdBy: input.recordedBy,
  });
  return networkId;
}
