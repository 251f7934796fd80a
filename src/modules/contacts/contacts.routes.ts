/** Appointments and contacts with a participant, and their notes. */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './contacts.service.js';
import {
  Contact,
  ContactCreateBody,
  ContactList,
  ContactListQuery,
  ContactParams,
  ContactPatchBody,
} from './contacts.schemas.js';

const TAG = ['Contacten'];

export async function contactRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants/:id/contacts',
    {
      config: { access: 'contact.read' },
      schema: {
        tags: TAG,
        summary: 'Afspraken en contacten van een deelnemer',
        operationId: 'listContacts',
        params: IdParams,
        querystring: ContactListQuery,
        response: { 200: ContactList },
      },
    },
    async (request) => ({ items: await service.listContacts(request.ctx, request.params.id, request.query) }),
  );
  app.post(
    '/participants/:id/contacts',
    {
      config: { access: 'contact.manage' },
      schema: {
        tags: TAG,
        summary: 'Afspraak of contact vastleggen',
        operationId: 'createContact',
        params: IdParams,
        body: ContactCreateBody,
        response: { 201: Contact },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createContact(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/participants/:id/contacts/:contactId',
    {
      config: { access: 'contact.manage' },
      schema: {
        tags: TAG,
        summary: 'Afspraak of contact wijzigen (bijvoorbeeld: gehouden, met verslag)',
        operationId: 'updateContact',
        params: ContactParams,
        body: ContactPatchBody,
        response: { 200: Contact },
      },
    },
    async (request) => service.updateContact(request.ctx, request.params.id, request.params.contactId, request.body),
  );
}
