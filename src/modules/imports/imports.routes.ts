/** Import from spreadsheets: upload, column mapping, dry run, commit, errors, templates. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { AppError } from '../../platform/errors/app-error.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './imports.service.js';
import {
  ImportCreateQuery,
  ImportErrorPage,
  ImportPage,
  ImportView,
  MappingBody,
  PageOnlyQuery,
  TemplateParams,
} from './imports.schemas.js';
import { templateFile, templateFileName } from './imports.templates.js';

const TAG = ['Import'];

/** Content types a browser or script may send a spreadsheet as (Windows labels .csv as ms-excel). */
const FILE_TYPES = [
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function importRoutes(app: App, deps: ModuleDeps): Promise<void> {
  service.registerImportJobs(deps);

  app.get(
    '/imports',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Imports van de eigen organisatie(s), nieuwste eerst',
        operationId: 'listImports',
        querystring: PageOnlyQuery,
        response: { 200: ImportPage },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1;
      const pageSize = request.query.pageSize ?? 20;
      const result = await service.listImports(request.ctx, { limit: pageSize, offset: (page - 1) * pageSize });
      return { ...result, page, pageSize };
    },
  );

  // The upload takes the file itself as the body (streamed into the database), so it has its own parser.
  await app.register(async (instance) => {
    const upload = instance as unknown as App;
    upload.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));
    upload.post(
      '/imports',
      {
        config: { access: 'import.manage' },
        schema: {
          tags: TAG,
          summary: 'Spreadsheet inlezen (CSV of XLSX): de eerste stap van een import',
          description:
            'Stuur het bestand zelf als body (Content-Type text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet of application/octet-stream). Het antwoord noemt de kolommen en stelt een koppeling voor.',
          operationId: 'createImport',
          querystring: ImportCreateQuery,
          response: { 201: ImportView },
        },
      },
      async (request, reply) => {
        const length = Number(request.headers['content-length'] ?? 0);
        if (length > deps.config.importMaxBytes) {
          throw new AppError('payload-too-large', { detailKey: 'import.failure.too-large' });
        }
        const body = request.body as Partial<AsyncIterable<Uint8Array>> | null;
        if (!body || typeof body[Symbol.asyncIterator] !== 'function') {
          // A JSON or form body: the file must be the body itself.
          throw new AppError('unsupported-media-type', { detailKey: 'import.failure.media-type' });
        }
        const created = await service.createImport(request.ctx, deps, request.query, body as AsyncIterable<Uint8Array>);
        return reply.status(201).send(created);
      },
    );
  });

  app.get(
    '/imports/:id',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Een import: stand, voortgang en tellingen',
        operationId: 'getImport',
        params: IdParams,
        response: { 200: ImportView },
      },
    },
    async (request) => service.getImport(request.ctx, request.params.id),
  );
  app.get(
    '/imports/:id/errors',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Wat er mis is, per rij en kolom',
        operationId: 'listImportErrors',
        params: IdParams,
        querystring: PageOnlyQuery,
        response: { 200: ImportErrorPage },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1;
      const pageSize = request.query.pageSize ?? 50;
      const result = await service.listErrors(request.ctx, request.params.id, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...result, page, pageSize };
    },
  );
  app.post(
    '/imports/:id/validation',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Koppeling bevestigen en het bestand controleren (proefimport, op de achtergrond)',
        operationId: 'validateImport',
        params: IdParams,
        body: MappingBody,
        response: { 202: ImportView },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await service.startValidation(request.ctx, deps, request.params.id, request.body.mapping)),
  );
  app.post(
    '/imports/:id/commit',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Alles opslaan of niets (op de achtergrond), na een controle zonder fouten',
        operationId: 'commitImport',
        params: IdParams,
        response: { 202: ImportView },
      },
    },
    async (request, reply) => reply.status(202).send(await service.startCommit(request.ctx, deps, request.params.id)),
  );
  app.delete(
    '/imports/:id',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Import weggooien (bestand en gecontroleerde rijen worden verwijderd)',
        operationId: 'discardImport',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.discardImport(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/import-templates/:kind/:format',
    {
      config: { access: 'import.manage' },
      schema: {
        tags: TAG,
        summary: 'Voorbeeldbestand met kolomnamen, voorbeeldrijen en uitleg',
        operationId: 'getImportTemplate',
        params: TemplateParams,
      },
    },
    async (request, reply) => {
      const { kind, format } = request.params;
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${templateFileName(kind, format, request.ctx.lang)}"`)
        .send(templateFile(kind, format, request.ctx.lang));
    },
  );
}
