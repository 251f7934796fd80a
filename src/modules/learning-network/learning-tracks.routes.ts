/** Learning tracks (leergang), intervision groups and quality checks; registered by learningNetworkRoutes. */
import { Type } from 'typebox';
import type { App } from '../../app.js';
import { Uuid } from '../../shared/schemas.js';
import { NetworkParams } from './learning-network.schemas.js';
import * as service from './learning-tracks.service.js';
import {
  GroupCreateBody,
  IntervisionGroup,
  IntervisionGroupList,
  ModuleBody,
  ProgressBody,
  ProgressParams,
  QualityCheck,
  QualityCheckCreateBody,
  QualityCheckList,
  QualityCheckQuery,
  QualityCheckRecordBody,
  Track,
  TrackCreateBody,
  TrackList,
  TrackMaterialsBody,
  TrackParams,
} from './learning-tracks.schemas.js';

const TAG = ['Leernetwerk'];

export async function learningTrackRoutes(app: App): Promise<void> {
  app.get(
    '/learning-tracks',
    {
      config: { access: 'learningTrack.read' },
      schema: {
        tags: TAG,
        summary: 'Leergangen (eventueel van één netwerk)',
        operationId: 'listLearningTracks',
        querystring: Type.Object({ networkId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: TrackList },
      },
    },
    async (request) => service.listTracks(request.ctx, request.query.networkId ?? null),
  );
  app.post(
    '/learning-networks/:id/tracks',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Leergang starten voor een groep gemeenten (coördinatoren)',
        operationId: 'createLearningTrack',
        params: NetworkParams,
        body: TrackCreateBody,
        response: { 201: Track },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createTrack(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/learning-tracks/:id',
    {
      config: { access: 'learningTrack.read' },
      schema: {
        tags: TAG,
        summary: 'Een leergang: modules, opdrachten, voortgang per gemeente en materiaal',
        operationId: 'getLearningTrack',
        params: TrackParams,
        response: { 200: Track },
      },
    },
    async (request) => service.getTrack(request.ctx, request.params.id),
  );
  app.post(
    '/learning-tracks/:id/modules',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Module met opdrachten toevoegen (coördinatoren)',
        operationId: 'addLearningTrackModule',
        params: TrackParams,
        body: ModuleBody,
        response: { 201: Track },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addModule(request.ctx, request.params.id, request.body)),
  );
  app.put(
    '/learning-tracks/:id/assignments/:assignmentId/progress/:organisationId',
    {
      config: { access: 'learningTrack.reportProgress' },
      schema: {
        tags: TAG,
        summary: 'Voortgang van een gemeente bij een opdracht bijhouden',
        operationId: 'reportLearningTrackProgress',
        params: ProgressParams,
        body: ProgressBody,
        response: { 200: Track },
      },
    },
    async (request) =>
      service.reportProgress(
        request.ctx,
        request.params.id,
        request.params.assignmentId,
        request.params.organisationId,
        request.body,
      ),
  );
  app.put(
    '/learning-tracks/:id/materials',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Gedeeld materiaal van de leergang: kennisitems (coördinatoren)',
        operationId: 'setLearningTrackMaterials',
        params: TrackParams,
        body: TrackMaterialsBody,
        response: { 200: Track },
      },
    },
    async (request) => service.setTrackMaterials(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/learning-networks/:id/intervision-groups',
    {
      config: { access: 'learningIntervision.read' },
      schema: {
        tags: TAG,
        summary: 'Intervisiegroepen: uw eigen groepen (coördinatoren zien alle groepen)',
        operationId: 'listIntervisionGroups',
        params: NetworkParams,
        response: { 200: IntervisionGroupList },
      },
    },
    async (request) => service.listGroups(request.ctx, request.params.id),
  );
  app.post(
    '/learning-networks/:id/intervision-groups',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Intervisiegroep maken met leden van het netwerk (coördinatoren)',
        operationId: 'createIntervisionGroup',
        params: NetworkParams,
        body: GroupCreateBody,
        response: { 201: IntervisionGroup },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createGroup(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/quality-checks',
    {
      config: { access: 'qualityCheck.read' },
      schema: {
        tags: TAG,
        summary: 'Kwaliteitschecks van de teams van een organisatie (gepland en gedaan)',
        operationId: 'listQualityChecks',
        querystring: QualityCheckQuery,
        response: { 200: QualityCheckList },
      },
    },
    async (request) => service.listQualityChecks(request.ctx, request.query.organisationId),
  );
  app.post(
    '/quality-checks',
    {
      config: { access: 'qualityCheck.manage' },
      schema: {
        tags: TAG,
        summary: 'Kwaliteitscheck plannen voor een team',
        operationId: 'planQualityCheck',
        body: QualityCheckCreateBody,
        response: { 201: QualityCheck },
      },
    },
    async (request, reply) => reply.status(201).send(await service.planQualityCheck(request.ctx, request.body)),
  );
  app.put(
    '/quality-checks/:id/result',
    {
      config: { access: 'qualityCheck.manage' },
      schema: {
        tags: TAG,
        summary: 'Uitkomst van een kwaliteitscheck vastleggen',
        operationId: 'recordQualityCheck',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        body: QualityCheckRecordBody,
        response: { 200: QualityCheck },
      },
    },
    async (request) => service.recordQualityCheck(request.ctx, request.params.id, request.body),
  );
}
