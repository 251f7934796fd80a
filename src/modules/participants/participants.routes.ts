/** Participants and the caseload (werkvoorraad). */
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './participants.service.js';
import * as expand from './participants.expand.service.js';
import {
  CaseloadPage,
  CaseloadSummary,
  CaseloadQuery,
  Participant,
  ParticipantCreateBody,
  ParticipantExpanded,
  ParticipantInvitationBody,
  ParticipantPatchBody,
  ParticipantQuery,
} from './participants.schemas.js';

const TAG = ['Deelnemers'];

export async function participantRoutes(app: App, deps: ModuleDeps): Promise<void> {
  app.get(
    '/participants',
    {
      config: { access: 'participant.list' },
      schema: {
        tags: TAG,
        summary: 'Werkvoorraad: de deelnemers die u begeleidt of die u toestemming gaven',
        operationId: 'listParticipants',
        querystring: CaseloadQuery,
        response: { 200: CaseloadPage },
      },
    },
    async (request) => service.listCaseload(request.ctx, request.query),
  );
  app.get(
    '/caseload-summary',
    {
      config: { access: 'participant.list' },
      schema: {
        tags: TAG,
        summary: 'Mijn werkvoorraad in cijfers, met signalen en de IPS-norm',
        operationId: 'getCaseloadSummary',
        response: { 200: CaseloadSummary },
      },
    },
    async (request) => service.getCaseloadSummary(request.ctx),
  );
  app.post(
    '/participants',
    {
      config: { access: 'participant.create' },
      schema: {
        tags: TAG,
        summary: 'Deelnemer inschrijven en een traject starten',
        operationId: 'createParticipant',
        body: ParticipantCreateBody,
        response: { 201: Participant },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createParticipant(request.ctx, deps.fieldCipher, request.body)),
  );
  app.get(
    '/me/participant',
    {
      config: { access: 'participant.read' },
      schema: {
        tags: TAG,
        summary: 'Mijn gegevens als deelnemer',
        operationId: 'getOwnParticipant',
        response: { 200: Participant },
      },
    },
    async (request) => service.getOwnParticipant(request.ctx, deps.fieldCipher),
  );
  app.get(
    '/participants/:id',
    {
      config: { access: 'participant.read' },
      schema: {
        tags: TAG,
        summary:
          'Eén deelnemer, desgewenst met trajecten, contacten, banen, toestemmingen, plan, wensen en mogelijkheden',
        description:
          'Met `expand` komen onderdelen van de deelnemer in hetzelfde antwoord mee, in `_embedded`: ' +
          '`trajectories`, `contacts`, `jobs`, `consents`, `plan`, `wishes` en `capacity`, elk precies zoals ' +
          'GET /participants/{id}/trajectories, /contacts, /jobs, /consents, /plan, /wishes en /capacity ze zonder ' +
          'filters geven, met dezelfde toegangsregels en dezelfde vastlegging ' +
          'in het logboek. Een onderdeel dat u niet mag zien, ontbreekt in `_embedded`: dat is geen fout, en het wordt ' +
          'niet opgevraagd (dus ook niet als geweigerd gelogd). Mag u de deelnemer zelf niet zien, dan is het antwoord ' +
          '404. Een onbekend onderdeel in `expand` geeft 400. Zonder `expand` is er geen `_embedded`.',
        operationId: 'getParticipant',
        params: IdParams,
        querystring: ParticipantQuery,
        response: { 200: ParticipantExpanded },
      },
    },
    async (request) =>
      expand.getParticipantExpanded(
        request.ctx,
        deps.fieldCipher,
        request.params.id,
        expand.expansionsOf(request.query.expand),
      ),
  );
  app.post(
    '/participants/:id/invitation',
    {
      config: { access: 'participant.invite' },
      schema: {
        tags: TAG,
        summary: 'Deelnemer uitnodigen voor een eigen account',
        operationId: 'inviteParticipant',
        params: IdParams,
        body: ParticipantInvitationBody,
        response: { 201: Participant },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.inviteParticipant(
            request.ctx,
            { cipher: deps.fieldCipher, publicUrl: deps.config.publicUrl, mailQueued: deps.mailQueued },
            request.params.id,
            request.body,
          ),
        ),
  );
  app.patch(
    '/participants/:id',
    {
      config: { access: 'participant.update' },
      schema: {
        tags: TAG,
        summary: 'Gegevens van een deelnemer wijzigen',
        operationId: 'updateParticipant',
        params: IdParams,
        body: ParticipantPatchBody,
        response: { 200: Participant },
      },
    },
    async (request) => service.updateParticipant(request.ctx, deps.fieldCipher, request.params.id, request.body),
  );
}
