/** Knowledge portal API: public search and items; the editorial workflow for editors and contributors. */
import { contentDisposition } from '../../platform/http/content-disposition.js';
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { AppError } from '../../platform/errors/app-error.js';
import { IdParams } from '../../shared/schemas.js';
import { parseSearch } from './knowledge.query.js';
import {
  EditorialItem,
  EditorialPage,
  EditorialQuery,
  FileUploadQuery,
  IdFileParams,
  KnowledgeCreateBody,
  KnowledgeFile,
  KnowledgeUpdateBody,
  KnowledgeVersion,
  PublicItem,
  SearchQuery,
  SearchResult,
  SlugParams,
  StatusChangeBody,
} from './knowledge.schemas.js';
import * as service from './knowledge.service.js';

const TAG = ['Kennisbank'];
const PDF_TYPES = ['application/pdf', 'application/octet-stream'];

export async function knowledgeRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/knowledge-items',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Zoeken in de kennisbank (gepubliceerde items), met facetten',
        description:
          'Nederlandse zoekwoorden met stamvormen ("werkzoekenden" vindt "werkzoekende"); tussen aanhalingstekens een woordgroep, met een minteken uitsluiten. Facetten tellen per waarde hoeveel items er zijn met de andere filters. Zonder treffers bij een korte zoekvraag wordt een tikfout verbeterd (correctedText).',
        operationId: 'searchKnowledgeItems',
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (request) => {
      const search = parseSearch(request.query as Record<string, string | undefined>);
      return service.search(deps.db, search, request.query.pageSize ?? 20);
    },
  );

  app.get(
    '/knowledge-items/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Een gepubliceerd kennisitem',
        operationId: 'getKnowledgeItem',
        params: SlugParams,
        response: { 200: PublicItem },
      },
    },
    async (request) =>
      service.publicItemBody(await service.getPublished(deps.db, request.params.slug, request.ctx.lang)),
  );

  app.get(
    '/editorial/knowledge-items',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Redactie: kennisitems die ik mag bewerken, laatst gewijzigd eerst',
        operationId: 'listEditorialKnowledgeItems',
        querystring: EditorialQuery,
        response: { 200: EditorialPage },
      },
    },
    async (request) =>
      service.listEditorial(request.ctx, {
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.q ? { q: request.query.q } : {}),
        page: request.query.page ?? 1,
        pageSize: request.query.pageSize ?? 50,
      }),
  );

  app.post(
    '/editorial/knowledge-items',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Nieuw kennisitem (concept)',
        operationId: 'createKnowledgeItem',
        body: KnowledgeCreateBody,
        response: { 201: EditorialItem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(service.editorialBody(await service.createItem(request.ctx, request.body))),
  );

  app.get(
    '/editorial/knowledge-items/:id',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Redactie: een kennisitem met bestanden, geschiedenis en wat ik ermee mag',
        operationId: 'getEditorialKnowledgeItem',
        params: IdParams,
        response: { 200: EditorialItem },
      },
    },
    async (request) => service.editorialBody(await service.getEditorial(request.ctx, request.params.id)),
  );

  app.put(
    '/editorial/knowledge-items/:id',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Kennisitem wijzigen (nieuwe versie)',
        description:
          'Stuur de versie mee die u las. Heeft iemand anders het item intussen gewijzigd, dan volgt 409 en gaat er niets verloren.',
        operationId: 'updateKnowledgeItem',
        params: IdParams,
        body: KnowledgeUpdateBody,
        response: { 200: EditorialItem },
      },
    },
    async (request) => service.editorialBody(await service.updateItem(request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/editorial/knowledge-items/:id/status',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Stand wijzigen: ter beoordeling aanbieden, terugsturen, publiceren, archiveren',
        operationId: 'changeKnowledgeItemStatus',
        params: IdParams,
        body: StatusChangeBody,
        response: { 200: EditorialItem },
      },
    },
    async (request) => service.editorialBody(await service.changeStatus(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/editorial/knowledge-items/:id/versions',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Alle opgeslagen versies, nieuwste eerst',
        operationId: 'listKnowledgeItemVersions',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(KnowledgeVersion) }, { additionalProperties: false }) },
      },
    },
    async (request) => ({
      items: (await service.listVersions(request.ctx, request.params.id)).map(service.versionBody),
    }),
  );

  await app.register(async (instance) => {
    const upload = instance as unknown as App;
    upload.addContentTypeParser(PDF_TYPES, (_request, payload, done) => done(null, payload));
    upload.post(
      '/editorial/knowledge-items/:id/files',
      {
        config: { access: 'knowledge.edit' },
        schema: {
          tags: TAG,
          summary: 'PDF toevoegen (de tekst wordt doorzoekbaar)',
          description: `Stuur het bestand zelf als body (Content-Type application/pdf). Hoogstens ${Math.floor(deps.config.knowledgeFileMaxBytes / (1024 * 1024))} MB.`,
          operationId: 'uploadKnowledgeItemFile',
          params: IdParams,
          querystring: FileUploadQuery,
          response: { 201: KnowledgeFile },
        },
      },
      async (request, reply) => {
        const length = Number(request.headers['content-length'] ?? 0);
        const max = deps.config.knowledgeFileMaxBytes;
        if (length > max) {
          throw new AppError('payload-too-large', {
            detailKey: 'knowledge.file.too-large',
            params: { max: Math.floor(max / (1024 * 1024)) },
          });
        }
        const body = request.body as Partial<AsyncIterable<Uint8Array>> | null;
        if (!body || typeof body[Symbol.asyncIterator] !== 'function') {
          throw new AppError('unsupported-media-type', { detailKey: 'knowledge.file.media-type' });
        }
        const bytes = await service.readUpload(body as AsyncIterable<Uint8Array>, max);
        const file = await service.uploadFile(request.ctx, deps, request.params.id, request.query.fileName, bytes);
        return reply.status(201).send(service.fileBody(file));
      },
    );
  });

  app.get(
    '/editorial/knowledge-items/:id/files/:fileId',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Redactie: een bestand van een kennisitem downloaden',
        operationId: 'getEditorialKnowledgeItemFile',
        params: IdFileParams,
      },
    },
    async (request, reply) => {
      const file = await service.getEditorialFile(request.ctx, deps, request.params.id, request.params.fileId);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.bytes);
    },
  );

  app.delete(
    '/editorial/knowledge-items/:id/files/:fileId',
    {
      config: { access: 'knowledge.edit' },
      schema: {
        tags: TAG,
        summary: 'Bestand van een kennisitem verwijderen',
        operationId: 'deleteKnowledgeItemFile',
        params: IdFileParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.deleteFile(request.ctx, deps, request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );
}
