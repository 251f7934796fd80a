/**
 * Demo data for monitoring: a regional Sterk door Werk programme in the demo region (DOMAIN §6, seed 002:
 * "at least 100 people with a psychological vulnerability per arbeidsmarktregio per year sustainably to
 * work") run by the gemeente, with two initiatives — IPS for the gemeente's target group (GGZ, gemeente,
 * UWV and an employers' network) and job coaching at the sheltered-work company with an employer — and
 * goals for this year; and two IPS fidelity reviews of the GGZ team a year apart (fair, then good), with
 * action points. The indicators come from the demo participants; nothing here is a typed result.
 */
import type { Queryable } from '../../platform/db/db.js';
import { todayInNl } from '../../shared/dates.js';
import { addMonths } from '../jobs/jobs.indicators.js';
import { FIDELITY_ITEMS } from './fidelity/fidelity-scale.js';
import * as data from './monitoring.data.js';

export interface MonitoringDemoCast {
  organisations: { gemeente: string; uwv: string; ggz: string; sw: string; bakery: string };
  regionCode: string;
  /** The programme manager of the gemeente. */
  manager: string;
  /** The evaluator who records the fidelity reviews. */
  evaluator: string;
}

function scoresWith(base: number, overrides: Record<string, number>): Record<string, number> {
  const unknown = Object.keys(overrides).filter((k) => !FIDELITY_ITEMS.some((i) => i.key === k));
  if (unknown.length > 0) {
    throw new Error(`unknown fidelity items in the demo: ${unknown.join(', ')}`);
  }
  return Object.fromEntries(FIDELITY_ITEMS.map((i) => [i.key, overrides[i.key] ?? base]));
}

export async function seedDemoMonitoring(q: Queryable, cast: MonitoringDemoCast): Promise<void> {
  const today = todayInNl();
  const year = Number(today.slice(0, 4));
  const o = cast.organisations;
  const programmeId = await data.insertProgramme(q, {
    organisationId: o.gemeente,
    name: 'Sterk door Werk Midden-Utrecht (demo)',
    description:
      'Regionale samenwerking van gemeente, UWV, ggz en werkgevers voor duurzaam werk voor mensen met een psychische kwetsbaarheid, in de lijn van het convenant Sterk door Werk en Hoofdzaak Werk.',
    ambition:
      'Elk jaar minstens 100 mensen met een psychische kwetsbaarheid in de regio duurzaam aan het werk, en een lerend proces dat blijft.',
    startsOn: `${year - 2}-01-01`,
    endsOn: `${year + 1}-12-31`,
    sustainableDefinition: { minHoursPerWeek: 12, maxGapDays: 31, competitiveOnly: false },
    suppression: { threshold: 10, showZeros: true },
    createdBy: cast.manager,
  });
  // The targets of the gemeente's learning routes (seeded before this) count towards the programme: its goal
  // progress lists them next to its own goals (issue 7).
  await q.query(
    `UPDATE learning_route_targets SET programme_id = $1
      WHERE programme_id IS NULL AND route_id IN (SELECT id FROM learning_routes WHERE organisation_id = $2)`,
    [programmeId, o.gemeente],
  );
  await data.insertInitiative(q, {
    programmeId,
    name: 'IPS voor de gemeentelijke doelgroep',
    description:
      'IPS-trajecten voor inwoners met een uitkering en een psychische kwetsbaarheid: de ggz begeleidt naar werk, de gemeente en UWV regelen uitkering en instrumenten.',
    status: 'running',
    startsOn: `${year - 2}-03-01`,
    endsOn: null,
    buildingBlocks: ['resilience', 'sustainableJobs', 'stakeholderCooperation', 'monitoringEvaluation'],
    followUpOf: null,
    parties: [
      {
        kind: 'organisation',
        organisationId: o.ggz,
        name: 'GGZ De Linde (demo)',
        perspective: 'Behandeling en IPS-begeleiding',
      },
      {
        kind: 'organisation',
        organisationId: o.gemeente,
        name: 'Gemeente Utrecht',
        perspective: 'Werk en inkomen: uitkering en re-integratie',
      },
      {
        kind: 'organisation',
        organisationId: o.uwv,
        name: 'UWV Midden-Utrecht',
        perspective: 'Uitkeringen en werkgeversdienstverlening',
      },
      {
        kind: 'network',
        organisationId: null,
        name: 'Werkgeversnetwerk Midden-Utrecht',
        perspective: 'Werkgevers die werkplekken bieden',
      },
    ],
    approachCodes: ['ips'],
    createdBy: cast.manager,
  });
  await data.insertInitiative(q, {
    programmeId,
    name: 'Werkfit met jobcoaching',
    description: 'Werkplekken en jobcoaching bij het werkbedrijf en bij werkgevers in de buurt; nu in een vervolgfase.',
    status: 'followUp',
    startsOn: `${year - 1}-01-01`,
    endsOn: `${year}-12-31`,
    buildingBlocks: ['workplaces', 'sustainableJobs'],
    followUpOf: null,
    parties: [
      {
        kind: 'organisation',
        organisationId: o.sw,
        name: 'Werkbedrijf Lekstroom (demo)',
        perspective: 'Werkplekken en jobcoaching',
      },
      {
        kind: 'company',
        organisationId: o.bakery,
        name: 'Bakkerij De Korenschoof (demo)',
        perspective: 'Werkgever: werk op maat en begeleiding op de werkvloer',
      },
    ],
    approachCodes: ['jobCoaching', 'workExperience'],
    createdBy: cast.manager,
  });
  const goal = (g: Partial<data.GoalWrite> & Pick<data.GoalWrite, 'description' | 'metric' | 'scope' | 'target'>) =>
    data.insertGoal(q, {
      regionCode: null,
      approachCode: null,
      targetGroup: null,
      population: 'programme',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      baseline: null,
      baselineNote: null,
      approachMinReach: null,
      ...g,
      programmeId,
      createdBy: cast.manager,
    });
  await goal({
    description: 'Minstens 100 mensen per jaar duurzaam aan het werk (6 maanden) in de regio',
    metric: 'sustainable6',
    scope: 'region',
    regionCode: cast.regionCode,
    target: 100,
  });
  await goal({
    description: 'IPS: minstens 41 % aan het werk per kwartaal',
    metric: 'ipsEmploymentRate',
    scope: 'programme',
    target: 41,
  });
  await goal({ description: 'Minstens 60 baanstarts per jaar', metric: 'jobStarts', scope: 'programme', target: 60 });
  await goal({
    description: 'Elke aanpak bereikt minstens 100 mensen per jaar',
    metric: 'reach',
    scope: 'approach',
    target: 100,
  });

  // Two fidelity reviews of the GGZ IPS team, a year apart.
  const reviewers = ['Beoordelaar Kenniscentrum (demo)', 'IPS-docent (demo)'];
  const firstId = await data.insertReview(q, {
    organisationId: o.ggz,
    teamName: 'IPS-team De Linde',
    reviewedOn: addMonths(today, -13),
    reviewers,
    summary:
      'Basismeting. Het team werkt goed samen met de behandelaars; de caseload is te groot en het zoeken naar werk start laat.',
    scores: scoresWith(4, {
      caseloadSize: 2,
      rapidJobSearch: 2,
      jobDevelopmentFrequency: 2,
      workIncentivesPlanning: 3,
      diversityOfEmployers: 3,
      timeUnlimitedFollowAlong: 3,
    }),
    notes: {
      caseloadSize: 'Gemiddeld 32 deelnemers per IPS-specialist.',
      rapidJobSearch: 'Eerste werkgeverscontact gemiddeld na 9 weken.',
    },
    recordedBy: cast.evaluator,
  });
  const point = async (
    reviewId: string,
    itemKey: string,
    description: string,
    dueOn: string,
    doneOn: string | null,
  ) => {
    const id = await data.insertActionPoint(q, {
      reviewId,
      itemKey,
      description,
      owner: 'Teamleider IPS',
      dueOn,
      createdBy: cast.evaluator,
    });
    if (doneOn) {
      await data.updateActionPoint(q, id, { description, owner: 'Teamleider IPS', dueOn, status: 'done', doneOn });
    }
  };
  await point(
    firstId,
    'caseloadSize',
    'Twee IPS-specialisten erbij, zodat elke specialist hooguit 20 deelnemers heeft.',
    addMonths(today, -7),
    addMonths(today, -8),
  );
  await point(
    firstId,
    'rapidJobSearch',
    'Binnen 30 dagen na aanmelding het eerste contact met een werkgever.',
    addMonths(today, -9),
    addMonths(today, -9),
  );
  const secondId = await data.insertReview(q, {
    organisationId: o.ggz,
    teamName: 'IPS-team De Linde',
    reviewedOn: addMonths(today, -1),
    reviewers,
    summary:
      'Vervolgmeting. Caseload en snel zoeken naar werk zijn sterk verbeterd; werkgeverscontacten kunnen nog vaker.',
    scores: scoresWith(4, {
      caseloadSize: 5,
      rapidJobSearch: 4,
      zeroExclusion: 5,
      jobDevelopmentFrequency: 3,
      competitiveJobs: 5,
    }),
    notes: { jobDevelopmentFrequency: 'Gemiddeld 4 werkgeverscontacten per specialist per week; de norm is 6.' },
    recordedBy: cast.evaluator,
  });
  await point(
    secondId,
    'jobDevelopmentFrequency',
    'Elke specialist plant 6 werkgeverscontacten per week.',
    addMonths(today, 3),
    null,
  );
}
