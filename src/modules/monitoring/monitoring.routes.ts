/** Monitoring: programmes, initiatives, goals and their progress, approaches, indicators, IPS fidelity reviews. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as programmes from './monitoring.programmes.service.js';
import * as indicators from './monitoring.indicators.service.js';
import * as fidelity from './monitoring.fidelity.service.js';
import * as effects from './monitoring.effects.service.js';
import * as durations from './monitoring.durations.service.js';
import * as teams from './monitoring.teams.service.js';
import * as research from './monitoring.research.service.js';
import * as exportsService from './monitoring.exports.service.js';
import type { ExportFormat } from './monitoring.exports.service.js';
import type { RequestContext } from '../../platform/http/context.js';
import * as processEvaluation from './process/process.service.js';
import * as report from './report/report.service.js';
import * as documents from './documents/documents.service.js';
import { MAX_DOCUMENT_BYTES } from './documents/documents.rules.js';
import { contentDisposition } from '../../platform/http/content-disposition.js';
import {
  ProcessEvaluation,
  ProcessQuestion,
  ProcessQuestionBody,
  ProcessQuestionPatchBody,
  ProcessRoundBody,
} from './process/process.schemas.js';
import { Type, type Static, type TSchema } from 'typebox';
import {
  ActionPointBody,
  ActionPointPatchBody,
  ApproachCodeParams,
  ApproachDetail,
  ApproachDetailList,
  ApproachPatchBody,
  ApproachPeriodQuery,
  DocumentParams,
  DocumentUploadQuery,
  DurationsExportQuery,
  InitiativeDocument,
  DurationsQuery,
  IpsRateExportQuery,
  SeriesExportQuery,
  TeamNormsExportQuery,
  IndicatorSeries,
  IndicatorSeriesQuery,
  DurationsTable,
  TeamNormsQuery,
  TeamNormsTable,
  EffectEvaluation,
  EffectQuery,
  ResearchExportBody,
  ResearchStudy,
  ResearchStudyBody,
  ResearchStudyList,
  FidelityCatalogue,
  FidelityReview,
  FidelityReviewBody,
  FidelityReviewList,
  FidelityReviewQuery,
  Goal,
  GoalCreateBody,
  GoalPatchBody,
  GoalProgress,
  GoalProgressQuery,
  GoalProgressExportQuery,
  IndicatorExportQuery,
  IndicatorQuery,
  IndicatorTable,
  Initiative,
  InitiativeCreateBody,
  InitiativePatchBody,
  IpsRateQuery,
  IpsRateTable,
  Programme,
  ProgrammeCreateBody,
  ProgrammeList,
  ProgrammePatchBody,
} from './monitoring.schemas.js';

const TAG = ['Monitoring'];
const FIDELITY_TAG = ['Modelgetrouwheid (IPS)'];
const RESEARCH_TAG = ['Onderzoek'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file as an attachment (csv, xlsx, pdf; the names are ASCII). */
function sendFile(
  reply: { type(t: string): { header(k: string, v: string): { send(b: Buffer): unknown } } },
  file: { fileName: string; contentType: string; bytes: Uint8Array },
) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(Buffer.from(file.bytes));
}

export async function monitoringRoutes(app: App, deps: ModuleDeps): Promise<void> {
  indicators.setSnapshotSeconds(deps.config.monitoringCacheSeconds);
  // ---- Registry
  app.get(
    '/programmes',
    {
      config: { access: 'programme.read' },
      schema: { tags: TAG, summary: 'Programma’s', operationId: 'listProgrammes', response: { 200: ProgrammeList } },
    },
    async (request) => programmes.listProgrammes(request.ctx),
  );
  app.post(
    '/programmes',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Programma vastleggen (van de eigen organisatie)',
        operationId: 'createProgramme',
        body: ProgrammeCreateBody,
        response: { 201: Programme },
      },
    },
    async (request, reply) => reply.status(201).send(await programmes.createProgramme(request.ctx, request.body)),
  );
  app.get(
    '/programmes/:id',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Programma met initiatieven en doelen',
        operationId: 'getProgramme',
        params: IdParams,
        response: { 200: Programme },
      },
    },
    async (request) => programmes.getProgramme(request.ctx, request.params.id),
  );
  app.patch(
    '/programmes/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Programma wijzigen',
        operationId: 'updateProgramme',
        params: IdParams,
        body: ProgrammePatchBody,
        response: { 200: Programme },
      },
    },
    async (request) => programmes.updateProgramme(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/programmes/:id/initiatives',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Initiatief toevoegen aan een programma',
        operationId: 'createInitiative',
        params: IdParams,
        body: InitiativeCreateBody,
        response: { 201: Initiative },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programmes.createInitiative(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/initiatives/:id',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Initiatief',
        operationId: 'getInitiative',
        params: IdParams,
        response: { 200: Initiative },
      },
    },
    async (request) => programmes.getInitiative(request.ctx, request.params.id),
  );
  app.patch(
    '/initiatives/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Initiatief wijzigen (status, partijen, bouwstenen …)',
        operationId: 'updateInitiative',
        params: IdParams,
        body: InitiativePatchBody,
        response: { 200: Initiative },
      },
    },
    async (request) => programmes.updateInitiative(request.ctx, request.params.id, request.body),
  );
  // Documents of an initiative: the file itself as the body (any content type; the server decides the type
  // from the bytes and the name), the name in ?fileName=.
  await app.register(async (instance) => {
    const upload = instance as unknown as App;
    upload.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    upload.post(
      '/initiatives/:id/documents',
      {
        config: { access: 'programme.manage' },
        schema: {
          tags: TAG,
          summary: 'Document toevoegen aan een initiatief (pdf, Word, Excel, PowerPoint, OpenDocument)',
          description: `Stuur het bestand zelf als body. Hoogstens ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB.`,
          operationId: 'addInitiativeDocument',
          params: IdParams,
          querystring: DocumentUploadQuery,
          response: { 201: InitiativeDocument },
        },
      },
      async (request, reply) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_DOCUMENT_BYTES) {
          throw documents.tooLarge();
        }
        const body = request.body as Partial<AsyncIterable<Uint8Array>> | null;
        const bytes =
          body && typeof body[Symbol.asyncIterator] === 'function'
            ? await documents.readDocumentUpload(body as AsyncIterable<Uint8Array>)
            : Buffer.alloc(0);
        const added = await documents.addDocument(request.ctx, request.params.id, request.query.fileName, bytes);
        return reply.status(201).send(added);
      },
    );
  });
  app.get(
    '/initiatives/:id/documents/:documentId',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Een document van een initiatief downloaden',
        operationId: 'getInitiativeDocument',
        params: DocumentParams,
      },
    },
    async (request, reply) => {
      const file = await documents.getDocument(request.ctx, request.params.id, request.params.documentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
  app.delete(
    '/initiatives/:id/documents/:documentId',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Een document van een initiatief verwijderen',
        operationId: 'deleteInitiativeDocument',
        params: DocumentParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await documents.removeDocument(request.ctx, request.params.id, request.params.documentId);
      return reply.status(204).send(null);
    },
  );
  // Process evaluation per initiative: its questions and the rounds in which they were answered.
  app.get(
    '/initiatives/:id/process-evaluation',
    {
      config: { access: 'programme.read' },
      schema: {
        tags: TAG,
        summary: 'Procesevaluatie van een initiatief: vragen, checklist en de rondes met antwoorden',
        operationId: 'getProcessEvaluation',
        params: IdParams,
        response: { 200: ProcessEvaluation },
      },
    },
    async (request) => processEvaluation.getProcessEvaluation(request.ctx, request.params.id),
  );
  app.post(
    '/initiatives/:id/process-questions',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Vraag of checklistpunt toevoegen aan de procesevaluatie',
        operationId: 'createProcessQuestion',
        params: IdParams,
        body: ProcessQuestionBody,
        response: { 201: ProcessQuestion },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await processEvaluation.addQuestion(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/initiatives/:id/process-questions/standard',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'De standaardvragen (twee per bouwsteen) toevoegen aan een lege procesevaluatie',
        description: 'In de taal van de aanvrager. 409 als het initiatief al vragen heeft.',
        operationId: 'createStandardProcessQuestions',
        params: IdParams,
        response: { 201: Type.Object({ items: Type.Array(ProcessQuestion) }, { additionalProperties: false }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ items: await processEvaluation.addStandardQuestions(request.ctx, request.params.id) }),
  );
  app.patch(
    '/process-questions/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Vraag van de procesevaluatie wijzigen of archiveren',
        operationId: 'updateProcessQuestion',
        params: IdParams,
        body: ProcessQuestionPatchBody,
        response: { 200: ProcessQuestion },
      },
    },
    async (request) => processEvaluation.updateQuestion(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/initiatives/:id/process-rounds',
    {
      config: { access: 'processEvaluation.record' },
      schema: {
        tags: TAG,
        summary: 'Ronde procesevaluatie vastleggen (datum, wie deden mee, antwoorden)',
        operationId: 'createProcessRound',
        params: IdParams,
        body: ProcessRoundBody,
        response: { 201: ProcessEvaluation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await processEvaluation.recordRound(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/programmes/:id/goals',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel vastleggen (de werkelijke waarde wordt berekend)',
        operationId: 'createGoal',
        params: IdParams,
        body: GoalCreateBody,
        response: { 201: Goal },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await programmes.createGoal(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/goals/:id',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags: TAG,
        summary: 'Doel wijzigen',
        operationId: 'updateGoal',
        params: IdParams,
        body: GoalPatchBody,
        response: { 200: Goal },
      },
    },
    async (request) => programmes.updateGoal(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/programmes/:id/goal-progress',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Voortgang van de doelen, met verwachting voor het eind van het jaar',
        operationId: 'getGoalProgress',
        params: IdParams,
        querystring: GoalProgressQuery,
        response: { 200: GoalProgress },
      },
    },
    async (request) => programmes.goalProgress(request.ctx, request.params.id, request.query.asOf),
  );
  app.get(
    '/programmes/:id/goal-progress/export',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Voortgang van de doelen als bestand (csv of xlsx)',
        description:
          'Per doel elke regel die het programma toont (het hele programma, een regio, een kwartaal): nu, het doel en de verwachting voor het eind van het jaar, met dezelfde afgeschermde aantallen als de API; daarna de doelen van leerroutes die meetellen.',
        operationId: 'exportGoalProgress',
        params: IdParams,
        querystring: GoalProgressExportQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportsService.exportGoalProgress(
          request.ctx,
          request.params.id,
          request.query.asOf,
          request.query.format,
        ),
      ),
  );
  // The funders' report of an initiative: what the initiative, goal-progress, indicator, fidelity and
  // process-evaluation routes show this reader, as one PDF (report/report.service.ts).
  app.get(
    '/initiatives/:id/report',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Rapport voor financiers van een initiatief (pdf)',
        description:
          'Het initiatief en zijn partijen, de doelen van het programma met hun voortgang, de cijfers van het initiatief (tabel en staafdiagram; kleine aantallen afgeschermd), de laatste IPS-meting per team en de procesevaluatie. In de taal van de aanvrager; een deel dat de aanvrager niet mag zien, staat er als zin in. Het antwoord is het bestand zelf (Content-Disposition attachment).',
        operationId: 'getInitiativeReport',
        params: IdParams,
        querystring: GoalProgressQuery,
      },
    },
    async (request, reply) => {
      const file = await report.initiativeReport(request.ctx, request.params.id, request.query.asOf);
      return sendFile(reply, { ...file, contentType: 'application/pdf' });
    },
  );

  // ---- Approaches
  app.get(
    '/monitoring/approaches',
    {
      config: { access: 'approach.read' },
      schema: {
        tags: TAG,
        summary: 'Aanpakken met beschrijving, regio’s en of ze regionaal of landelijk lopen',
        operationId: 'listApproachDetails',
        querystring: ApproachPeriodQuery,
        response: { 200: ApproachDetailList },
      },
    },
    async (request) => programmes.listApproaches(request.ctx, request.query),
  );
  app.patch(
    '/monitoring/approaches/:code',
    {
      config: { access: 'approach.manage' },
      schema: {
        tags: TAG,
        summary: 'Beschrijving van een aanpak wijzigen',
        operationId: 'updateApproach',
        params: ApproachCodeParams,
        body: ApproachPatchBody,
        response: { 200: ApproachDetail },
      },
    },
    async (request) => programmes.updateApproach(request.ctx, request.params.code, request.body),
  );

  // ---- Indicators
  app.get(
    '/monitoring/indicators',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Bereik, baanstarts en duurzame plaatsingen, uitgesplitst; kleine aantallen afgeschermd',
        operationId: 'getIndicators',
        querystring: IndicatorQuery,
        response: { 200: IndicatorTable },
      },
    },
    async (request) => indicators.indicatorTable(request.ctx, request.query),
  );
  /** A dashboard table as a file: the table's query plus `format`, answered with the file itself. */
  const fileRoute = <S extends TSchema>(
    url: string,
    summary: string,
    operationId: string,
    querystring: S,
    build: (
      ctx: RequestContext,
      query: Omit<Static<S>, 'format'>,
      format: ExportFormat,
    ) => Promise<{ fileName: string; contentType: string; bytes: Uint8Array }>,
  ) =>
    app.get(
      url,
      { config: { access: 'indicator.read' }, schema: { tags: TAG, summary, operationId, querystring } },
      async (request, reply) => {
        const { format, ...query } = request.query as { format: ExportFormat } & Omit<Static<S>, 'format'>;
        return sendFile(reply, await build(request.ctx, query as Omit<Static<S>, 'format'>, format));
      },
    );
  fileRoute(
    '/monitoring/indicators/export',
    'De cijfertabel als bestand (csv of xlsx), met dezelfde afgeschermde aantallen en de definities',
    'exportIndicators',
    IndicatorExportQuery,
    exportsService.exportIndicators,
  );
  fileRoute(
    '/monitoring/indicators/over-time/export',
    'De cijfers per maand of kwartaal als bestand (csv of xlsx)',
    'exportIndicatorSeries',
    SeriesExportQuery,
    exportsService.exportSeries,
  );
  fileRoute(
    '/monitoring/team-norms/export',
    'Caseload en werkgeverscontacten per team als bestand (csv of xlsx)',
    'exportTeamNorms',
    TeamNormsExportQuery,
    exportsService.exportTeamNorms,
  );
  fileRoute(
    '/monitoring/durations/export',
    'Duur per aanpak als bestand (csv of xlsx): per aanpak de mediaan, dan de curves per maand',
    'exportDurations',
    DurationsExportQuery,
    exportsService.exportDurations,
  );
  fileRoute(
    '/monitoring/ips-employment-rate/export',
    'IPS: aan het werk per kwartaal als bestand (csv of xlsx)',
    'exportIpsEmploymentRate',
    IpsRateExportQuery,
    exportsService.exportIpsRate,
  );
  app.get(
    '/monitoring/indicators/over-time',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary:
          'Cijfers per maand of per kwartaal van de periode: bereik, baanstarts, duurzaam geplaatst en gewerkte uren',
        description:
          'Elk punt is wat de tabel voor alleen die maand zou tonen; per cijfer afgeschermd als één lijst met de hele periode als totaal.',
        operationId: 'getIndicatorSeries',
        querystring: IndicatorSeriesQuery,
        response: { 200: IndicatorSeries },
      },
    },
    async (request) => indicators.indicatorSeries(request.ctx, request.query),
  );
  app.get(
    '/monitoring/ips-employment-rate',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'IPS: deel van de deelnemers dat per kwartaal in regulier werk werkte',
        operationId: 'getIpsEmploymentRate',
        querystring: IpsRateQuery,
        response: { 200: IpsRateTable },
      },
    },
    async (request) => indicators.ipsRateTable(request.ctx, request.query),
  );
  app.get(
    '/monitoring/effect-evaluation',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary:
          'Effectevaluatie: twee groepen vergeleken op werk binnen een termijn, tijd tot werk of duur van het werk',
        description:
          'Groep A en B zijn de trajecten die in hele maanden zijn aangemeld en bij de filters passen (…A, …B); iemand in beide groepen telt alleen in A. Kleine aantallen zijn afgeschermd; met een te kleine groep of cel worden geen uitkomsten berekend (withheld).',
        operationId: 'getEffectEvaluation',
        querystring: EffectQuery,
        response: { 200: EffectEvaluation },
      },
    },
    async (request) => effects.effectEvaluation(request.ctx, request.query as EffectQuery),
  );
  app.get(
    '/monitoring/durations',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Duur per aanpak: hoe lang het eerste werk duurt, en hoe lang het duurt tot werk of tot een werkgever',
        description:
          'Per aanpak een Kaplan-Meiercurve over de trajecten die in hele maanden zijn aangemeld en bij de filters passen. Een groep kleiner dan de drempel krijgt geen curve; een maand met minder gebeurtenissen dan de drempel blijft leeg.',
        operationId: 'getDurationsByApproach',
        querystring: DurationsQuery,
        response: { 200: DurationsTable },
      },
    },
    async (request) => durations.durationsByApproach(request.ctx, request.query),
  );
  app.get(
    '/monitoring/team-norms',
    {
      config: { access: 'indicator.read' },
      schema: {
        tags: TAG,
        summary: 'Caseload en werkgeverscontacten per team, naast de IPS-normen (20 deelnemers, 6 contacten per week)',
        description:
          'Per team (organisatie) met een traject in de keuze: de IPS-caseload op de einddatum en de werkgeverscontacten in de periode. Het aantal deelnemers is afgeschermd onder de drempel.',
        operationId: 'getTeamNorms',
        querystring: TeamNormsQuery,
        response: { 200: TeamNormsTable },
      },
    },
    async (request) => teams.teamNorms(request.ctx, request.query),
  );

  // ---- Research studies and pseudonymised exports
  app.get(
    '/research-studies',
    {
      config: { access: 'researchStudy.read' },
      schema: {
        tags: RESEARCH_TAG,
        summary: 'Onderzoeken van de eigen organisatie, met de bestanden die ervoor zijn gemaakt',
        operationId: 'listResearchStudies',
        response: { 200: ResearchStudyList },
      },
    },
    async (request) => research.listStudies(request.ctx),
  );
  app.post(
    '/research-studies',
    {
      config: { access: 'researchStudy.manage' },
      schema: {
        tags: RESEARCH_TAG,
        summary: 'Een onderzoek vastleggen: naam, doel, grondslag en looptijd',
        operationId: 'createResearchStudy',
        body: ResearchStudyBody,
        response: { 201: ResearchStudy },
      },
    },
    async (request, reply) => {
      const study = await research.createStudy(request.ctx, request.body);
      return reply.status(201).header('location', `/api/v1/research-studies/${study.id}`).send(study);
    },
  );
  app.get(
    '/research-studies/:id',
    {
      config: { access: 'researchStudy.read' },
      schema: {
        tags: RESEARCH_TAG,
        summary: 'Eén onderzoek met de bestanden die ervoor zijn gemaakt',
        operationId: 'getResearchStudy',
        params: IdParams,
        response: { 200: ResearchStudy },
      },
    },
    async (request) => research.getStudy(request.ctx, request.params.id),
  );
  app.post(
    '/research-studies/:id/exports',
    {
      config: { access: 'research.export' },
      schema: {
        tags: RESEARCH_TAG,
        summary: 'Een bestand zonder namen maken voor een lopend onderzoek (xlsx)',
        description:
          'Het antwoord is het bestand zelf (201, Content-Disposition attachment; Location: het onderzoek). Pseudoniemen per onderzoek, leeftijdsgroep, regio, maanden in plaats van data. Elke deelnemer in het bestand krijgt een regel in het inzagelogboek.',
        operationId: 'createResearchExport',
        params: IdParams,
        body: ResearchExportBody,
      },
    },
    async (request, reply) => {
      const file = await research.exportStudy(request.ctx, deps.fieldCipher, request.params.id, request.body);
      return reply
        .status(201)
        .type(XLSX_TYPE)
        .header('location', `/api/v1/research-studies/${request.params.id}`)
        .header('x-export-id', file.exportId)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.bytes));
    },
  );

  // ---- Fidelity
  app.get(
    '/fidelity-items',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'De 25 onderdelen van de IPS-modelgetrouwheidsschaal en de uitkomsten',
        operationId: 'getFidelityCatalogue',
        response: { 200: FidelityCatalogue },
      },
    },
    async (request) => fidelity.catalogue(request.ctx.lang),
  );
  app.get(
    '/fidelity-reviews',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Metingen per team, oudste eerst, met het verschil met de vorige',
        operationId: 'listFidelityReviews',
        querystring: FidelityReviewQuery,
        response: { 200: FidelityReviewList },
      },
    },
    async (request) => fidelity.listReviews(request.ctx, request.query.organisationId ?? null),
  );
  app.post(
    '/fidelity-reviews',
    {
      config: { access: 'fidelity.review' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Meting vastleggen: 25 scores van 1 tot en met 5, met toelichting',
        operationId: 'createFidelityReview',
        body: FidelityReviewBody,
        response: { 201: FidelityReview },
      },
    },
    async (request, reply) => reply.status(201).send(await fidelity.createReview(request.ctx, request.body)),
  );
  app.get(
    '/fidelity-reviews/:id',
    {
      config: { access: 'fidelity.read' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Meting met profiel per onderdeel, verschil met de vorige en actiepunten',
        operationId: 'getFidelityReview',
        params: IdParams,
        response: { 200: FidelityReview },
      },
    },
    async (request) => fidelity.getReview(request.ctx, request.params.id),
  );
  app.post(
    '/fidelity-reviews/:id/action-points',
    {
      config: { access: 'fidelity.manageActionPoints' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Actiepunt toevoegen',
        operationId: 'addFidelityActionPoint',
        params: IdParams,
        body: ActionPointBody,
        response: { 201: FidelityReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fidelity.addActionPoint(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/fidelity-action-points/:id',
    {
      config: { access: 'fidelity.manageActionPoints' },
      schema: {
        tags: FIDELITY_TAG,
        summary: 'Actiepunt wijzigen of afvinken',
        operationId: 'updateFidelityActionPoint',
        params: IdParams,
        body: ActionPointPatchBody,
        response: { 200: FidelityReview },
      },
    },
    async (request) => fidelity.updateActionPoint(request.ctx, request.params.id, request.body),
  );
}
