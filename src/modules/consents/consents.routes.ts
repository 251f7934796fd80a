/** Consent per receiving organisation × data category × purpose. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './consents.service.js';
import { Consent, ConsentCreateBody, ConsentList, ConsentParams } from './consents.schemas.js';

const TAG = ['Toestemmingen'];

export async function consentRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/consents',
    {
      config: { access: 'consent.read' },
      schema: {
        tags: TAG,
        summary: 'Toestemmingen van een deelnemer (ook ingetrokken)',
        operationId: 'listConsents',
        params: IdParams,
        response: { 200: ConsentList },
      },
    },
    async (request) => ({ items: await service.listConsents(request.ctx, request.params.id) }),
  );
  app.post(
    '/participants/:id/consents',
    {
      config: { access: 'consent.manage' },
      schema: {
        tags: TAG,
        summary: 'Toestemming geven of vastleggen (per soort gegevens)',
        operationId: 'giveConsent',
        params: IdParams,
        body: ConsentCreateBody,
        response: { 201: ConsentList },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ items: await service.giveConsent(request.ctx, request.params.id, request.body) }),
  );
  app.delete(
    '/participants/:id/consents/:consentId',
    {
      config: { access: 'consent.manage' },
      schema: {
        tags: TAG,
        summary: 'Toestemming intrekken (de geschiedenis blijft bewaard)',
        operationId: 'withdrawConsent',
        params: ConsentParams,
        response: { 200: Consent },
      },
    },
    async (request) => service.withdrawConsent(request.ctx, request.params.id, request.params.consentId),
  );
}
