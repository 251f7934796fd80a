/**
 * The demo region: arbeidsmarktregio Midden-Utrecht (AM13, 14 real gemeenten, CBS 2026) with demo
 * organisations and one demo user per role. Seeded only on an empty database in demo mode; the demo
 * users' second-factor requirement is off unless DEMO_MFA=1.
 */
import { seedDemoKnowledge } from '../knowledge/knowledge.demo.js';
import type { Db } from '../../platform/db/db.js';
import { systemData } from '../../platform/access/system.js';
import { hashPassword } from '../auth/passwords.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { seedDemoParticipants } from './demo-participants.js';
import { seedDemoLearningNetwork } from '../learning-network/learning-network.demo.js';
import { seedDemoLearningRoutes } from '../learning-routes/learning-routes.demo.js';
import { seedDemoEmployers } from '../employers/employers.demo.js';
import { seedDemoCandidateSearch } from '../candidate-search/candidate-search.demo.js';
import { seedDemoMonitoring } from '../monitoring/monitoring.demo.js';
import { seedDemoSupportRequests } from '../employer-support-requests/employer-support-requests.demo.js';

export const DEMO_PASSWORD = 'Meedoen-demo-2026';
export const DEMO_REGION = { code: 'AM13', name: 'Midden-Utrecht' };

export const DEMO_ORGANISATIONS = [
  { key: 'gemeente', name: 'Gemeente Utrecht', type: 'gemeente', municipalityCode: 'GM0344', slug: 'gemeente-utrecht' },
  { key: 'uwv', name: 'UWV Midden-Utrecht', type: 'uwv', municipalityCode: 'GM0344', slug: 'uwv-midden-utrecht' },
  { key: 'ggz', name: 'GGZ De Linde (demo)', type: 'ggz', municipalityCode: 'GM0355', slug: 'ggz-de-linde' },
  {
    key: 'sw',
    name: 'Werkbedrijf Lekstroom (demo)',
    type: 'shelteredWork',
    municipalityCode: 'GM0356',
    slug: 'werkbedrijf-lekstroom',
  },
  {
    key: 'bakery',
    name: 'Bakkerij De Korenschoof (demo)',
    type: 'employer',
    municipalityCode: 'GM0321',
    slug: 'bakkerij-de-korenschoof',
  },
  {
    key: 'care',
    name: 'Zorggroep Het Anker (demo)',
    type: 'employer',
    municipalityCode: 'GM0632',
    slug: 'zorggroep-het-anker',
  },
  {
    key: 'knowledge',
    name: 'Kenniscentrum Werk en Inclusie (demo)',
    type: 'knowledgeInstitute',
    municipalityCode: 'GM0344',
    slug: 'kenniscentrum-werk-en-inclusie',
  },
] as const;

type OrgKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export const DEMO_USERS: { email: string; name: string; role: string; org: OrgKey; label: string }[] = [
  { email: 'deelnemer@meedoen.demo', name: 'Sanne de Vries', role: 'participant', org: 'gemeente', label: 'Deelnemer' },
  {
    email: 'jobcoach@meedoen.demo',
    name: 'Mohamed El Amrani',
    role: 'jobCoach',
    org: 'ggz',
    label: 'Trajectbegeleider / IPS-jobcoach',
  },
  {
    email: 'werkgeversadviseur@meedoen.demo',
    name: 'Petra Jansen',
    role: 'employerAdviser',
    org: 'sw',
    label: 'Werkgeversadviseur',
  },
  {
    email: 'consulent@meedoen.demo',
    name: 'Kees Bakker',
    role: 'consultant',
    org: 'gemeente',
    label: 'Consulent gemeente',
  },
  { email: 'werkgever@meedoen.demo', name: 'Anouk Visser', role: 'employer', org: 'bakery', label: 'Werkgever' },
  {
    email: 'programmamanager@meedoen.demo',
    name: 'Ruud Smit',
    role: 'programmeManager',
    org: 'gemeente',
    label: 'Programmamanager',
  },
  {
    email: 'onderzoeker@meedoen.demo',
    name: 'Dr. Lotte Mulder',
    role: 'evaluator',
    org: 'knowledge',
    label: 'Onderzoeker / evaluator',
  },
  {
    email: 'kennisredacteur@meedoen.demo',
    name: 'Fatima Yilmaz',
    role: 'knowledgeEditor',
    org: 'knowledge',
    label: 'Kennisredacteur',
  },
  {
    email: 'beheerder@meedoen.demo',
    name: 'Jeroen de Boer',
    role: 'administrator',
    org: 'gemeente',
    label: 'Beheerder',
  },
];

/** Whether the database has no organisations yet. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM organisations');
  return (rows[0]?.n ?? 0) === 0;
}

/** Colleagues of the demo users who carry caseloads too (no login: they have no password). */
const DEMO_COLLEAGUES: { email: string; name: string; role: string; org: OrgKey }[] = [
  { email: 'pieter.bakker@ggz-de-linde.demo', name: 'Pieter Bakker', role: 'jobCoach', org: 'ggz' },
  { email: 'esra.kaya@ggz-de-linde.demo', name: 'Esra Kaya', role: 'jobCoach', org: 'ggz' },
  { email: 'ilse.hoekstra@lekstroom.demo', name: 'Ilse Hoekstra', role: 'jobCoach', org: 'sw' },
  { email: 'yusuf.demir@lekstroom.demo', name: 'Yusuf Demir', role: 'jobCoach', org: 'sw' },
  { email: 'marieke.smit@utrecht.demo', name: 'Marieke Smit', role: 'consultant', org: 'gemeente' },
];

/**
 * Seeds the demo region in one transaction: organisations, one login per role, their colleagues and
 * about 200 synthetic participants with trajectories (demo-participants.ts).
 * @param cipher - encrypts the synthetic BSNs; without it the participants get none
 * @returns false when the database already had organisations (nothing changed)
 */
export async function seedDemo(db: Db, cipher: FieldCipher | null = null): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return systemData(db, 'seed demo region').run(async (scope) => {
    const { rows } = await scope.q.query<{ n: number }>('SELECT count(*) AS n FROM organisations');
    if ((rows[0]?.n ?? 0) > 0) {
      return false;
    }
    const ids = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const { rows: inserted } = await scope.q.query<{ id: string }>(
        'INSERT INTO organisations (name, type, region_code, municipality_code, slug) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [o.name, o.type, DEMO_REGION.code, o.municipalityCode, o.slug],
      );
      ids.set(o.key, inserted[0]!.id);
    }
    for (const u of DEMO_USERS) {
      const { rows: inserted } = await scope.q.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, status, is_demo) VALUES ($1, $2, $3, 'active', true) RETURNING id`,
        [u.email, u.name, passwordHash],
      );
      await scope.q.query('INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
        inserted[0]!.id,
        ids.get(u.org),
        u.role,
      ]);
      scope.auditEvent('demo.seedUser', { type: 'user', id: inserted[0]!.id, userId: inserted[0]!.id }, 'allowed');
      userIds.set(u.email, inserted[0]!.id);
    }
    for (const c of DEMO_COLLEAGUES) {
      const { rows: inserted } = await scope.q.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, status, is_demo) VALUES ($1, $2, NULL, 'active', true) RETURNING id`,
        [c.email, c.name],
      );
      await scope.q.query('INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)', [
        inserted[0]!.id,
        ids.get(c.org),
        c.role,
      ]);
      userIds.set(c.email, inserted[0]!.id);
    }
    const user = (email: string) => userIds.get(email)!;
    const colleagues = (org: OrgKey, role: string) =>
      DEMO_COLLEAGUES.filter((c) => c.org === org && c.role === role).map((c) => user(c.email));
    await seedDemoParticipants(
      scope.q,
      {
        organisations: { ggz: ids.get('ggz')!, sw: ids.get('sw')!, gemeente: ids.get('gemeente')! },
        coaches: {
          ggz: [user('jobcoach@meedoen.demo'), ...colleagues('ggz', 'jobCoach')],
          sw: colleagues('sw', 'jobCoach'),
        },
        consultants: [user('consulent@meedoen.demo'), ...colleagues('gemeente', 'consultant')],
        participantUserId: user('deelnemer@meedoen.demo'),
        recordedBy: user('jobcoach@meedoen.demo'),
      },
      cipher,
    );
    scope.auditEvent('demo.seedParticipants', { type: 'participant' }, 'allowed');
    // Anonymised candidate search (ADR 0019): some participants in job search are findable by employers.
    await seedDemoCandidateSearch(scope.q, { recordedBy: user('jobcoach@meedoen.demo') });
    await seedDemoLearningRoutes(scope.q, {
      organisations: {
        gemeente: ids.get('gemeente')!,
        uwv: ids.get('uwv')!,
        ggz: ids.get('ggz')!,
        sw: ids.get('sw')!,
        care: ids.get('care')!,
        bakery: ids.get('bakery')!,
      },
      coordinator: user('programmamanager@meedoen.demo'),
      professionals: {
        gemeente: [user('consulent@meedoen.demo'), ...colleagues('gemeente', 'consultant')],
        ggz: [user('jobcoach@meedoen.demo')],
        sw: colleagues('sw', 'jobCoach'),
      },
      participantUserId: user('deelnemer@meedoen.demo'),
    });
    await seedDemoMonitoring(scope.q, {
      organisations: {
        gemeente: ids.get('gemeente')!,
        uwv: ids.get('uwv')!,
        ggz: ids.get('ggz')!,
        sw: ids.get('sw')!,
        bakery: ids.get('bakery')!,
      },
      regionCode: DEMO_REGION.code,
      manager: user('programmamanager@meedoen.demo'),
      evaluator: user('onderzoeker@meedoen.demo'),
    });
    await seedDemoEmployers(scope.q, {
      organisations: {
        gemeente: ids.get('gemeente')!,
        uwv: ids.get('uwv')!,
        ggz: ids.get('ggz')!,
        sw: ids.get('sw')!,
        bakery: ids.get('bakery')!,
        care: ids.get('care')!,
      },
      adviser: user('werkgeversadviseur@meedoen.demo'),
      coaches: {
        ggz: [user('jobcoach@meedoen.demo'), ...colleagues('ggz', 'jobCoach')],
        sw: colleagues('sw', 'jobCoach'),
      },
    });
    // Employer support requests: the bakery asked its account holder for help (one open, one answered).
    await seedDemoSupportRequests(scope.q, {
      employerOrganisationId: ids.get('bakery')!,
      employerUser: user('werkgever@meedoen.demo'),
      adviser: user('werkgeversadviseur@meedoen.demo'),
    });
    await seedDemoKnowledge(scope.q, {
      knowledgeOrganisationId: ids.get('knowledge')!,
      editorUserId: user('kennisredacteur@meedoen.demo'),
      contributorOrganisationId: ids.get(DEMO_USERS.find((u) => u.role === 'programmeManager')!.org)!,
      contributorUserId: user('programmamanager@meedoen.demo'),
    });
    await seedDemoLearningNetwork(scope.q, {
      organisations: {
        knowledge: ids.get('knowledge')!,
        gemeente: ids.get('gemeente')!,
        ggz: ids.get('ggz')!,
        sw: ids.get('sw')!,
      },
      coordinator: user('kennisredacteur@meedoen.demo'),
      professionals: [
        user('consulent@meedoen.demo'),
        user('jobcoach@meedoen.demo'),
        user('werkgeversadviseur@meedoen.demo'),
        ...DEMO_COLLEAGUES.map((c) => user(c.email)),
      ],
      policyMakers: [user('programmamanager@meedoen.demo')],
      residents: [user('deelnemer@meedoen.demo')],
      recordedBy: user('programmamanager@meedoen.demo'),
    });
    return true;
  });
}

/** The lines printed on start in demo mode. */
export function demoLoginLines(): string[] {
  const width = Math.max(...DEMO_USERS.map((u) => u.label.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD})`,
    ...DEMO_USERS.map((u) => `  ${u.label.padEnd(width)}  ${u.email}`),
  ];
}
