/** Matching in the region: candidates for a vacancy, vacancies for a participant, carved-job fits, instruments. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as matches from './matches.service.js';
import {
  CandidateRanking,
  CandidatesParams,
  CarvedFits,
  FitsParams,
  InstrumentAdvice,
  LimitQuery,
  PairParams,
  VacancyRanking,
} from './matches.schemas.js';

const TAG = ['Matching'];

export async function matchRoutes(app: App, deps: ModuleDeps): Promise<void> {
  matches.setCacheSeconds(deps.config.matchingCacheSeconds);
  app.get(
    '/employers/:id/vacancies/:vacancyId/candidates',
    {
      config: { access: 'match.candidates' },
      schema: {
        tags: TAG,
        summary: 'Best passende kandidaten uit de regio voor een vacature, met score en uitleg',
        operationId: 'listVacancyCandidates',
        params: CandidatesParams,
        querystring: LimitQuery,
        response: { 200: CandidateRanking },
      },
    },
    async (request) =>
      matches.candidatesForVacancy(request.ctx, request.params.id, request.params.vacancyId, request.query.limit ?? 20),
  );
  app.get(
    '/participants/:id/vacancy-matches',
    {
      config: { access: 'match.readCandidate' },
      schema: {
        tags: TAG,
        summary: 'Best passende open vacatures in de regio voor een deelnemer, met score en uitleg',
        operationId: 'listParticipantVacancyMatches',
        params: IdParams,
        querystring: LimitQuery,
        response: { 200: VacancyRanking },
      },
    },
    async (request) => matches.vacanciesForParticipant(request.ctx, request.params.id, request.query.limit ?? 20),
  );
  app.get(
    '/employers/:id/carved-jobs/:carvedId/fits',
    {
      config: { access: 'match.candidates' },
      schema: {
        tags: TAG,
        summary: 'Wie uit de regio past in een gecarveerde baan, en welke taak wie tegenhoudt',
        operationId: 'listCarvedJobFits',
        params: FitsParams,
        querystring: LimitQuery,
        response: { 200: CarvedFits },
      },
    },
    async (request) =>
      matches.carvedJobFits(request.ctx, request.params.id, request.params.carvedId, request.query.limit ?? 20),
  );
  app.get(
    '/participants/:id/vacancies/:vacancyId/instruments',
    {
      config: { access: 'match.readCandidate' },
      schema: {
        tags: TAG,
        summary:
          'Welke instrumenten (subsidies, no-riskpolis, jobcoach …) gelden voor deze deelnemer in deze vacature, en waarom',
        operationId: 'listPairInstruments',
        params: PairParams,
        response: { 200: InstrumentAdvice },
      },
    },
    async (request) => matches.instrumentsForPair(request.ctx, request.params.id, request.params.vacancyId),
  );
}
