/**
 * Anonymised candidate search (ADR 0019). Employers and employer advisers search the profiles of the
 * participants of their own region who gave the `employerProfile` consent. A profile is built from an
 * allow-list of fields (candidate-search.schemas.ts) and generalised over the whole region so that no
 * shown place × age band holds fewer than K people. Its id is a pseudonym per searching organisation.
 */
import type { Scope } from '../../platform/access/enforce.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { FieldCipher } from '../../platform/crypto/field-encryption.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { RoleName } from '../../platform/access/types.js';
import { todayInNl } from '../../shared/dates.js';
import { fmlItem } from '../capacity/fml.js';
import { capacityProfile } from '../matching/index.js';
import type { AssessmentInput } from '../matching/types.js';
import * as data from './candidate-search.data.js';
import {
  ageOn,
  availability,
  generalise,
  hoursBand,
  hoursOverlap,
  matchesKindOfWork,
  phrases,
  type Generalised,
} from './candidate-search.rules.js';
import type { CandidateProfile, CandidateProfilePage, CandidateProfileQuery } from './candidate-search.schemas.js';

/** Roles that search, in the order their organisation is chosen as the searching one. */
const SEARCH_ROLES: readonly RoleName[] = ['employer', 'employerAdviser'];

export interface Searcher {
  organisationId: string;
  organisationName: string;
  role: RoleName;
  /** The regions the searcher may search: those of their organisations with a searching role. */
  regions: string[];
  defaultRegion: string;
}

/** The organisation the caller searches for, and the regions they may search. */
export async function searcherOf(scope: Scope, roles: readonly RoleName[] = SEARCH_ROLES): Promise<Searcher> {
  const actor = scope.actor;
  if (actor?.kind !== 'user') {
    throw new AppError('forbidden');
  }
  const memberships = roles.flatMap((role) => actor.memberships.filter((m) => m.role === role));
  const organisations = await data.regionsOfOrganisations(
    scope.q,
    memberships.map((m) => m.organisationId),
  );
  const first = memberships[0];
  const own = organisations.find((o) => o.id === first?.organisationId);
  if (!first || !own) {
    throw new AppError('forbidden');
  }
  return {
    organisationId: own.id,
    organisationName: own.name,
    role: first.role,
    regions: [...new Set(organisations.map((o) => o.regionCode))],
    defaultRegion: own.regionCode,
  };
}

/** The pseudonym of a participant for one searching organisation. */
export function profileIdFor(cipher: FieldCipher, organisationId: string): (participantId: string) => string {
  return cipher.pseudonymiser(`candidate-profile:${organisationId}`);
}

interface Built {
  participantId: string;
  profile: Omit<CandidateProfile, 'certificates' | 'capacities'>;
  words: string[];
}

/** The findable people of a region, generalised, as profiles without certificates and capacities. */
async function publishedProfiles(
  scope: Scope,
  regionCode: string,
  pseudonym: (id: string) => string,
): Promise<Built[]> {
  const rows = await data.findFindable(scope.q, regionCode);
  const today = todayInNl();
  const shown = generalise(
    rows.map((r) => ({
      key: r.participantId,
      municipalityCode: r.municipalityCode,
      regionCode: r.regionCode,
      age: ageOn(r.birthDate, today),
    })),
  );
  const built: Built[] = [];
  for (const r of rows) {
    const g: Generalised | undefined = shown.get(r.participantId);
    const available = availability(r.phases ?? []);
    if (!g || !available) {
      continue;
    }
    const kindsOfWork = phrases(r.kindsOfWork);
    const sectors = r.sectors.filter((s) => s.length <= 60 && !/@|https?:|www\./iu.test(s)).slice(0, 6);
    const skills = phrases(r.strengths);
    built.push({
      participantId: r.participantId,
      profile: {
        id: pseudonym(r.participantId),
        regionCode: r.regionCode,
        regionName: r.regionName,
        municipalityCode: g.municipalityCode,
        municipalityName: g.municipalityCode ? r.municipalityName : null,
        ageBand: g.ageBand,
        hours: hoursBand(r.hoursMin, r.hoursMax),
        availability: available,
        kindsOfWork,
        sectors,
        skills,
      },
      words: [...kindsOfWork, ...sectors, ...skills],
    });
  }
  // Order by availability, then by the pseudonym: an order that says nothing about the person.
  return built.sort(
    (a, b) =>
      Number(a.profile.availability !== 'now') - Number(b.profile.availability !== 'now') ||
      a.profile.id.localeCompare(b.profile.id),
  );
}

/** Certificates and capacity attention points of the profiles on one page. */
async function complete(scope: Scope, lang: Language, page: Built[]): Promise<CandidateProfile[]> {
  const ids = page.map((b) => b.participantId);
  const [answers, certificates] = await Promise.all([
    data.findAssessments(scope.q, ids),
    data.findCertificates(scope.q, ids),
  ]);
  type Assessment = AssessmentInput & { answers: { itemId: string; levels: number[] }[] };
  const assessments = new Map<string, Map<string, Assessment>>();
  for (const a of answers) {
    const ofPerson = assessments.get(a.participantId) ?? new Map<string, Assessment>();
    assessments.set(a.participantId, ofPerson);
    const assessment: Assessment = ofPerson.get(a.assessmentId) ?? {
      kind: a.kind,
      assessedOn: a.assessedOn,
      answers: [],
    };
    ofPerson.set(a.assessmentId, assessment);
    if (a.itemId !== null && a.levels !== null) {
      assessment.answers.push({ itemId: a.itemId, levels: a.levels });
    }
  }
  return page.map((b) => {
    const capacity = capacityProfile([...(assessments.get(b.participantId)?.values() ?? [])]);
    return {
      ...b.profile,
      certificates: certificates
        .filter((c) => c.participantId === b.participantId)
        .map((c) => ({
          kind: c.kind as CandidateProfile['certificates'][number]['kind'],
          sector: c.sector,
          level: c.level,
        })),
      capacities: {
        basis: capacity.basis,
        attentionPoints: [...capacity.answers.keys()]
          .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))
          .map((itemId) => ({ itemId, label: fmlItem(itemId)?.[lang] ?? itemId })),
      },
    };
  });
}

export async function searchProfiles(
  ctx: RequestContext,
  cipher: FieldCipher,
  query: CandidateProfileQuery,
): Promise<CandidateProfilePage> {
  return ctx.data.read(async (scope) => {
    scope.listScope('candidateProfile.search');
    const searcher = await searcherOf(scope);
    const regionCode = query.regionCode ?? searcher.defaultRegion;
    if (!searcher.regions.includes(regionCode)) {
      throw invalidInput([
        { in: 'query', pointer: '/regionCode', code: 'not-your-region', detailKey: 'field.candidate-region' },
      ]);
    }
    if (query.hoursMin !== undefined && query.hoursMax !== undefined && query.hoursMin > query.hoursMax) {
      throw invalidInput([
        { in: 'query', pointer: '/hoursMax', code: 'below-min', detailKey: 'field.hours-max-below-min' },
      ]);
    }
    const all = await publishedProfiles(scope, regionCode, profileIdFor(cipher, searcher.organisationId));
    const matching = all.filter(
      (b) =>
        matchesKindOfWork(b.words, query.kindOfWork) &&
        hoursOverlap(b.profile.hours, query.hoursMin, query.hoursMax) &&
        (query.availability === undefined || b.profile.availability === query.availability),
    );
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    // Every shown profile is a read of (pseudonymous) data about its person: recorded for them to see.
    const shown = await scope.readMany(
      'candidateProfile.search',
      () => complete(scope, ctx.lang, slice),
      (p) => ({
        type: 'candidateProfile',
        id: p.id,
        organisationId: searcher.organisationId,
        participantId: slice.find((b) => b.profile.id === p.id)!.participantId,
        purpose: 'matching',
      }),
    );
    return { items: shown, total: matching.length, page, pageSize };
  });
}

/**
 * The participant behind a profile id of `organisationId`, when that profile is findable in the region
 * today (consent active, looking for work, shown after generalisation); otherwise null.
 */
export async function participantOfProfile(
  scope: Scope,
  cipher: FieldCipher,
  organisationId: string,
  regionCodes: readonly string[],
  profileId: string,
): Promise<{
  participantId: string;
  regionCode: string;
  profile: Omit<CandidateProfile, 'certificates' | 'capacities'>;
} | null> {
  const pseudonym = profileIdFor(cipher, organisationId);
  for (const regionCode of regionCodes) {
    const found = (await publishedProfiles(scope, regionCode, pseudonym)).find((b) => b.profile.id === profileId);
    if (found) {
      return { participantId: found.participantId, regionCode, profile: found.profile };
    }
  }
  return null;
}

/**
 * The participant's own profile as employers see it (with a preview id), or null when it is not findable
 * today: no consent, not looking for work, or too few people like them in the region to show it safely.
 */
export async function previewProfile(
  scope: Scope,
  cipher: FieldCipher,
  lang: Language,
  participantId: string,
  regionCode: string,
): Promise<CandidateProfile | null> {
  const found = (await publishedProfiles(scope, regionCode, cipher.pseudonymiser('candidate-profile:preview'))).find(
    (b) => b.participantId === participantId,
  );
  return found ? ((await complete(scope, lang, [found]))[0] ?? null) : null;
}
