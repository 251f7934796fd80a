/** The learning network: networks, events, registration with a waiting list, attendance, calendars. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as service from './learning-network.service.js';
import { learningTrackRoutes } from './learning-tracks.routes.js';
import {
  AttendanceBody,
  Event,
  EventCreateBody,
  EventPage,
  EventPatchBody,
  EventQuery,
  JoinBody,
  MaterialsBody,
  Member,
  MemberAddBody,
  MemberList,
  MemberParams,
  MemberPatchBody,
  MyEventList,
  MyRegistration,
  Network,
  NetworkCreateBody,
  NetworkList,
  NetworkParams,
  NetworkPatchBody,
  RegistrationList,
} from './learning-network.schemas.js';

const TAG = ['Leernetwerk'];
const CALENDAR = 'text/calendar; charset=utf-8';

export async function learningNetworkRoutes(app: App, deps: ModuleDeps): Promise<void> {
  // Reminders the day before: every ten minutes once the server runs (not in tests, which call the job).
  const reminders = service.scheduleReminders(deps, app.log);
  deps.jobs.onStart(reminders.start);
  app.addHook('onClose', reminders.stop);
  await learningTrackRoutes(app);

  app.get(
    '/learning-networks',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Leernetwerken',
        operationId: 'listLearningNetworks',
        response: { 200: NetworkList },
      },
    },
    async (request) => service.listNetworks(request.ctx),
  );
  app.post(
    '/learning-networks',
    {
      config: { access: 'learningNetwork.create' },
      schema: {
        tags: TAG,
        summary: 'Leernetwerk starten (u wordt coördinator)',
        operationId: 'createLearningNetwork',
        body: NetworkCreateBody,
        response: { 201: Network },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createNetwork(request.ctx, request.body)),
  );
  app.get(
    '/learning-networks/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Een leernetwerk',
        operationId: 'getLearningNetwork',
        params: NetworkParams,
        response: { 200: Network },
      },
    },
    async (request) => service.getNetwork(request.ctx, request.params.id),
  );
  app.patch(
    '/learning-networks/:id',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Leernetwerk wijzigen (coördinatoren)',
        operationId: 'updateLearningNetwork',
        params: NetworkParams,
        body: NetworkPatchBody,
        response: { 200: Network },
      },
    },
    async (request) => service.updateNetwork(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/learning-networks/:id/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Agenda van het netwerk (iCalendar) om op te abonneren',
        operationId: 'getLearningNetworkCalendar',
        params: NetworkParams,
      },
    },
    async (request, reply) =>
      reply
        .type(CALENDAR)
        .header('cache-control', 'public, max-age=300')
        .send(await service.networkCalendar(request.ctx, deps, request.params.id)),
  );
  app.put(
    '/learning-networks/:id/membership',
    {
      config: { access: 'learningNetwork.join' },
      schema: {
        tags: TAG,
        summary: 'Lid worden van het netwerk (of uw rol erin wijzigen)',
        operationId: 'joinLearningNetwork',
        params: NetworkParams,
        body: JoinBody,
        response: { 200: Network },
      },
    },
    async (request) => service.join(request.ctx, request.params.id, request.body.memberKind),
  );
  app.delete(
    '/learning-networks/:id/membership',
    {
      config: { access: 'learningNetwork.join' },
      schema: {
        tags: TAG,
        summary: 'Uit het netwerk gaan',
        operationId: 'leaveLearningNetwork',
        params: NetworkParams,
        response: { 200: Network },
      },
    },
    async (request) => service.leave(request.ctx, request.params.id),
  );
  app.get(
    '/learning-networks/:id/members',
    {
      config: { access: 'learningNetwork.readMembers' },
      schema: {
        tags: TAG,
        summary: 'Leden van het netwerk (coördinatoren)',
        operationId: 'listLearningNetworkMembers',
        params: NetworkParams,
        response: { 200: MemberList },
      },
    },
    async (request) => service.listMembers(request.ctx, request.params.id),
  );
  app.post(
    '/learning-networks/:id/members',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Lid of coördinator toevoegen (op e-mailadres van een bestaand account)',
        operationId: 'addLearningNetworkMember',
        params: NetworkParams,
        body: MemberAddBody,
        response: { 201: Member },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addMember(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/learning-networks/:id/members/:userId',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Rol van een lid wijzigen (coördinator of niet)',
        operationId: 'updateLearningNetworkMember',
        params: MemberParams,
        body: MemberPatchBody,
        response: { 200: Member },
      },
    },
    async (request) => service.updateMember(request.ctx, request.params.id, request.params.userId, request.body),
  );
  app.delete(
    '/learning-networks/:id/members/:userId',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Lid uit het netwerk halen',
        operationId: 'removeLearningNetworkMember',
        params: MemberParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await service.removeMember(request.ctx, request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/learning-networks/:id/events',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Activiteit plannen (coördinatoren)',
        operationId: 'createLearningEvent',
        params: NetworkParams,
        body: EventCreateBody,
        response: { 201: Event },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEvent(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/learning-events',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Activiteiten van de leernetwerken (gepubliceerd; coördinatoren zien ook concepten)',
        operationId: 'listLearningEvents',
        querystring: EventQuery,
        response: { 200: EventPage },
      },
    },
    async (request) => service.listEvents(request.ctx, request.query),
  );
  app.get(
    '/learning-events/mine',
    {
      config: { access: 'learningEvent.register' },
      schema: {
        tags: TAG,
        summary: 'Activiteiten waarvoor ik ben aangemeld of op de wachtlijst sta',
        operationId: 'listMyLearningEvents',
        response: { 200: MyEventList },
      },
    },
    async (request) => service.myEvents(request.ctx),
  );
  app.get(
    '/learning-events/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Een activiteit, met uw aanmelding als u bent ingelogd',
        operationId: 'getLearningEvent',
        params: IdParams,
        response: { 200: Event },
      },
    },
    async (request) => service.getEvent(request.ctx, request.params.id),
  );
  app.patch(
    '/learning-events/:id',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Activiteit wijzigen, publiceren of afgelasten (coördinatoren)',
        operationId: 'updateLearningEvent',
        params: IdParams,
        body: EventPatchBody,
        response: { 200: Event },
      },
    },
    async (request) => service.updateEvent(request.ctx, deps, request.params.id, request.body),
  );
  app.get(
    '/learning-events/:id/calendar.ics',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'Zet in agenda: de activiteit als iCalendar-bestand',
        operationId: 'getLearningEventCalendar',
        params: IdParams,
      },
    },
    async (request, reply) =>
      reply
        .type(CALENDAR)
        .header('content-disposition', `attachment; filename="activiteit-${request.params.id}.ics"`)
        .header('cache-control', 'private, no-cache')
        .send(await service.eventCalendar(request.ctx, deps, request.params.id)),
  );
  app.put(
    '/learning-events/:id/registration',
    {
      config: { access: 'learningEvent.register' },
      schema: {
        tags: TAG,
        summary: 'Aanmelden: een plaats als er nog plek is, anders de wachtlijst',
        operationId: 'registerForLearningEvent',
        params: IdParams,
        response: { 200: MyRegistration, 201: MyRegistration },
      },
    },
    async (request, reply) => {
      const { created, registration } = await service.register(request.ctx, deps, request.params.id);
      return reply.status(created ? 201 : 200).send(registration);
    },
  );
  app.delete(
    '/learning-events/:id/registration',
    {
      config: { access: 'learningEvent.register' },
      schema: {
        tags: TAG,
        summary: 'Afmelden (de eerste op de wachtlijst krijgt uw plaats)',
        operationId: 'cancelLearningEventRegistration',
        params: IdParams,
        response: { 200: MyRegistration },
      },
    },
    async (request) => service.cancel(request.ctx, deps, request.params.id),
  );
  app.get(
    '/learning-events/:id/registrations',
    {
      config: { access: 'learningEvent.readRegistrations' },
      schema: {
        tags: TAG,
        summary: 'Aanmeldingen, wachtlijst en aanwezigheid (coördinatoren)',
        operationId: 'listLearningEventRegistrations',
        params: IdParams,
        response: { 200: RegistrationList },
      },
    },
    async (request) => service.listRegistrations(request.ctx, request.params.id),
  );
  app.put(
    '/learning-events/:id/attendance',
    {
      config: { access: 'learningEvent.recordAttendance' },
      schema: {
        tags: TAG,
        summary: 'Aanwezigheid vastleggen (coördinatoren, vanaf het begin van de activiteit)',
        operationId: 'recordLearningEventAttendance',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: RegistrationList },
      },
    },
    async (request) => service.recordAttendance(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/learning-events/:id/materials',
    {
      config: { access: 'learningNetwork.manage' },
      schema: {
        tags: TAG,
        summary: 'Materiaal achteraf: kennisitems bij de activiteit (coördinatoren)',
        operationId: 'setLearningEventMaterials',
        params: IdParams,
        body: MaterialsBody,
        response: { 200: Event },
      },
    },
    async (request) => service.setMaterials(request.ctx, request.params.id, request.body),
  );
}
