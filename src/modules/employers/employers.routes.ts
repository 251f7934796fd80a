/** Employer services: employers, contact persons, the employer contacts log, vacancies and job carving. */
import { Type } from 'typebox';
import type { App, ModuleDeps } from '../../app.js';
import { IdParams } from '../../shared/schemas.js';
import * as employers from './employers.service.js';
import * as log from './employer-log.service.js';
import * as vacancies from './vacancies.service.js';
import {
  CarvedJob,
  CarvedJobBody,
  CarvedJobList,
  CarvedParams,
  CarvedToVacancyBody,
  Contact,
  ContactBody,
  ContactList,
  ContactParams,
  ContactPatchBody,
  Employer,
  EmployerCreateBody,
  EmployerHistory,
  EmployerJob,
  EmployerJobList,
  EmployerList,
  EmployerListQuery,
  EmployerPatchBody,
  JobBody,
  JobParams,
  LocationBody,
  LocationParams,
  LocationPatchBody,
  LogBody,
  LogEntry,
  LogList,
  LogParams,
  LogPatchBody,
  OwnWeek,
  StatusBody,
  TeamWeek,
  Vacancy,
  VacancyCreateBody,
  VacancyList,
  VacancyListQuery,
  VacancyParams,
  VacancyPatchBody,
  WeekQuery,
} from './employers.schemas.js';

const TAG = ['Werkgevers'];
const VACANCIES = ['Vacatures'];
const CARVING = ['Jobcarving'];
const VacancyItems = Type.Object({ items: Type.Array(Vacancy) }, { additionalProperties: false });

export async function employerRoutes(app: App, _deps: ModuleDeps): Promise<void> {
  // Employers -----------------------------------------------------------------------------------------
  app.get(
    '/employers',
    {
      config: { access: 'employer.read' },
      schema: {
        tags: TAG,
        summary: 'Werkgevers in de eigen regio (of de eigen werkgever)',
        operationId: 'listEmployers',
        querystring: EmployerListQuery,
        response: { 200: EmployerList },
      },
    },
    async (request) => employers.listEmployers(request.ctx, request.query),
  );
  app.post(
    '/employers',
    {
      config: { access: 'employer.create' },
      schema: {
        tags: TAG,
        summary: 'Werkgever vastleggen (de eigen organisatie wordt accounthouder)',
        operationId: 'createEmployer',
        body: EmployerCreateBody,
        response: { 201: Employer },
      },
    },
    async (request, reply) => reply.status(201).send(await employers.createEmployer(request.ctx, request.body)),
  );
  app.get(
    '/employers/:id',
    {
      config: { access: 'employer.read' },
      schema: {
        tags: TAG,
        summary: 'Werkgever met vestigingen, inclusieve feiten en accounthouder',
        operationId: 'getEmployer',
        params: IdParams,
        response: { 200: Employer },
      },
    },
    async (request) => employers.getEmployer(request.ctx, request.params.id),
  );
  app.patch(
    '/employers/:id',
    {
      config: { access: 'employer.manage' },
      schema: {
        tags: TAG,
        summary: 'Werkgever wijzigen (accounthouder en portaal: alleen de accounthouder)',
        operationId: 'updateEmployer',
        params: IdParams,
        body: EmployerPatchBody,
        response: { 200: Employer },
      },
    },
    async (request) => employers.updateEmployer(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/employers/:id/locations',
    {
      config: { access: 'employer.manage' },
      schema: {
        tags: TAG,
        summary: 'Vestiging toevoegen',
        operationId: 'addEmployerLocation',
        params: IdParams,
        body: LocationBody,
        response: { 201: Employer },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await employers.addLocation(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/employers/:id/locations/:locationId',
    {
      config: { access: 'employer.manage' },
      schema: {
        tags: TAG,
        summary: 'Vestiging wijzigen',
        operationId: 'updateEmployerLocation',
        params: LocationParams,
        body: LocationPatchBody,
        response: { 200: Employer },
      },
    },
    async (request) =>
      employers.updateLocation(request.ctx, request.params.id, request.params.locationId, request.body),
  );
  app.get(
    '/employers/:id/history',
    {
      config: { access: 'employer.read' },
      schema: {
        tags: TAG,
        summary: 'Wie deed wat bij deze werkgever',
        operationId: 'getEmployerHistory',
        params: IdParams,
        response: { 200: EmployerHistory },
      },
    },
    async (request) => employers.history(request.ctx, request.params.id),
  );

  // Contact persons -----------------------------------------------------------------------------------
  app.get(
    '/employers/:id/contacts',
    {
      config: { access: 'employerContact.read' },
      schema: {
        tags: TAG,
        summary: 'Contactpersonen van een werkgever',
        operationId: 'listEmployerContacts',
        params: IdParams,
        response: { 200: ContactList },
      },
    },
    async (request) => employers.listContacts(request.ctx, request.params.id),
  );
  app.post(
    '/employers/:id/contacts',
    {
      config: { access: 'employerContact.manage' },
      schema: {
        tags: TAG,
        summary: 'Contactpersoon toevoegen',
        operationId: 'addEmployerContact',
        params: IdParams,
        body: ContactBody,
        response: { 201: Contact },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await employers.addContact(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/employers/:id/contacts/:contactId',
    {
      config: { access: 'employerContact.manage' },
      schema: {
        tags: TAG,
        summary: 'Contactpersoon wijzigen',
        operationId: 'updateEmployerContact',
        params: ContactParams,
        body: ContactPatchBody,
        response: { 200: Contact },
      },
    },
    async (request) => employers.updateContact(request.ctx, request.params.id, request.params.contactId, request.body),
  );
  app.delete(
    '/employers/:id/contacts/:contactId',
    {
      config: { access: 'employerContact.manage' },
      schema: {
        tags: TAG,
        summary: 'Contactpersoon verwijderen (gegevens worden gewist)',
        operationId: 'removeEmployerContact',
        params: ContactParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await employers.removeContact(request.ctx, request.params.id, request.params.contactId);
      return reply.status(204).send(null);
    },
  );

  // Employer contacts log (IPS) -----------------------------------------------------------------------
  app.get(
    '/employers/:id/contact-log',
    {
      config: { access: 'employerLog.read' },
      schema: {
        tags: TAG,
        summary: 'Logboek van werkgeverscontacten',
        operationId: 'listEmployerContactLog',
        params: IdParams,
        response: { 200: LogList },
      },
    },
    async (request) => log.listLog(request.ctx, request.params.id),
  );
  app.post(
    '/employers/:id/contact-log',
    {
      config: { access: 'employerLog.create' },
      schema: {
        tags: TAG,
        summary: 'Eigen werkgeverscontact vastleggen',
        operationId: 'logEmployerContact',
        params: IdParams,
        body: LogBody,
        response: { 201: LogEntry },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await log.logContact(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/employers/:id/contact-log/:entryId',
    {
      config: { access: 'employerLog.update' },
      schema: {
        tags: TAG,
        summary: 'Eigen werkgeverscontact verbeteren',
        operationId: 'updateEmployerContactLog',
        params: LogParams,
        body: LogPatchBody,
        response: { 200: LogEntry },
      },
    },
    async (request) => log.updateLogEntry(request.ctx, request.params.id, request.params.entryId, request.body),
  );
  app.get(
    '/me/employer-contacts/week',
    {
      config: { access: 'employerLog.weekOwn' },
      schema: {
        tags: TAG,
        summary: 'Mijn werkgeverscontacten deze week, naast de IPS-norm van zes',
        operationId: 'getMyEmployerContactsWeek',
        querystring: WeekQuery,
        response: { 200: OwnWeek },
      },
    },
    async (request) => log.ownWeek(request.ctx, request.query.week),
  );
  app.get(
    '/organisations/:id/employer-contacts/week',
    {
      config: { access: 'employerLog.weekTeam' },
      schema: {
        tags: TAG,
        summary: 'Werkgeverscontacten van een week per collega, naast de IPS-norm',
        operationId: 'getTeamEmployerContactsWeek',
        params: IdParams,
        querystring: WeekQuery,
        response: { 200: TeamWeek },
      },
    },
    async (request) => log.teamWeek(request.ctx, request.params.id, request.query.week),
  );

  // Vacancies -----------------------------------------------------------------------------------------
  app.get(
    '/vacancies',
    {
      config: { access: 'vacancy.read' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacatures in de eigen regio (of van de eigen werkgever)',
        operationId: 'listVacancies',
        querystring: VacancyListQuery,
        response: { 200: VacancyList },
      },
    },
    async (request) => vacancies.listVacancies(request.ctx, request.query),
  );
  app.get(
    '/employers/:id/vacancies',
    {
      config: { access: 'vacancy.read' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacatures van een werkgever, met taken en eisen',
        operationId: 'listEmployerVacancies',
        params: IdParams,
        response: { 200: VacancyItems },
      },
    },
    async (request) => vacancies.listVacanciesOf(request.ctx, request.params.id),
  );
  app.post(
    '/employers/:id/vacancies',
    {
      config: { access: 'vacancy.manage' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacature plaatsen',
        operationId: 'createVacancy',
        params: IdParams,
        body: VacancyCreateBody,
        response: { 201: Vacancy },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await vacancies.createVacancy(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/employers/:id/vacancies/:vacancyId',
    {
      config: { access: 'vacancy.read' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacature',
        operationId: 'getVacancy',
        params: VacancyParams,
        response: { 200: Vacancy },
      },
    },
    async (request) => vacancies.getVacancy(request.ctx, request.params.id, request.params.vacancyId),
  );
  app.patch(
    '/employers/:id/vacancies/:vacancyId',
    {
      config: { access: 'vacancy.manage' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacature wijzigen (taken: de hele lijst)',
        operationId: 'updateVacancy',
        params: VacancyParams,
        body: VacancyPatchBody,
        response: { 200: Vacancy },
      },
    },
    async (request) => vacancies.updateVacancy(request.ctx, request.params.id, request.params.vacancyId, request.body),
  );
  app.post(
    '/employers/:id/vacancies/:vacancyId/status',
    {
      config: { access: 'vacancy.manage' },
      schema: {
        tags: VACANCIES,
        summary: 'Vacature vervullen, intrekken of weer openzetten',
        operationId: 'changeVacancyStatus',
        params: VacancyParams,
        body: StatusBody,
        response: { 200: Vacancy },
      },
    },
    async (request) =>
      vacancies.changeVacancyStatus(request.ctx, request.params.id, request.params.vacancyId, request.body),
  );

  // Job carving ---------------------------------------------------------------------------------------
  app.get(
    '/employers/:id/jobs',
    {
      config: { access: 'employerJob.read' },
      schema: {
        tags: CARVING,
        summary: 'Bestaande functies van een werkgever, verdeeld in taken',
        operationId: 'listEmployerJobs',
        params: IdParams,
        response: { 200: EmployerJobList },
      },
    },
    async (request) => vacancies.listJobs(request.ctx, request.params.id),
  );
  app.post(
    '/employers/:id/jobs',
    {
      config: { access: 'employerJob.manage' },
      schema: {
        tags: CARVING,
        summary: 'Bestaande functie in taken vastleggen',
        operationId: 'createEmployerJob',
        params: IdParams,
        body: JobBody,
        response: { 201: EmployerJob },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await vacancies.createJob(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/employers/:id/jobs/:jobId',
    {
      config: { access: 'employerJob.read' },
      schema: {
        tags: CARVING,
        summary: 'Functie met taken',
        operationId: 'getEmployerJob',
        params: JobParams,
        response: { 200: EmployerJob },
      },
    },
    async (request) => vacancies.getJob(request.ctx, request.params.id, request.params.jobId),
  );
  app.put(
    '/employers/:id/jobs/:jobId',
    {
      config: { access: 'employerJob.manage' },
      schema: {
        tags: CARVING,
        summary: 'Functie en taken vervangen (taken met id houden hun id); taken als afsplitsbaar markeren',
        operationId: 'replaceEmployerJob',
        params: JobParams,
        body: JobBody,
        response: { 200: EmployerJob },
      },
    },
    async (request) => vacancies.replaceJob(request.ctx, request.params.id, request.params.jobId, request.body),
  );
  app.get(
    '/employers/:id/carved-jobs',
    {
      config: { access: 'employerJob.read' },
      schema: {
        tags: CARVING,
        summary: 'Nieuwe functies samengesteld uit afgesplitste taken',
        operationId: 'listCarvedJobs',
        params: IdParams,
        response: { 200: CarvedJobList },
      },
    },
    async (request) => vacancies.listCarved(request.ctx, request.params.id),
  );
  app.post(
    '/employers/:id/carved-jobs',
    {
      config: { access: 'employerJob.manage' },
      schema: {
        tags: CARVING,
        summary: 'Nieuwe functie samenstellen uit afsplitsbare taken (uren tellen op, eisen combineren)',
        operationId: 'createCarvedJob',
        params: IdParams,
        body: CarvedJobBody,
        response: { 201: CarvedJob },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await vacancies.createCarved(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/employers/:id/carved-jobs/:carvedId',
    {
      config: { access: 'employerJob.read' },
      schema: {
        tags: CARVING,
        summary: 'Samengestelde functie',
        operationId: 'getCarvedJob',
        params: CarvedParams,
        response: { 200: CarvedJob },
      },
    },
    async (request) => vacancies.getCarved(request.ctx, request.params.id, request.params.carvedId),
  );
  app.post(
    '/employers/:id/carved-jobs/:carvedId/vacancy',
    {
      config: { access: 'employerJob.manage' },
      schema: {
        tags: CARVING,
        summary: 'Van de samengestelde functie een vacature maken',
        operationId: 'createVacancyFromCarvedJob',
        params: CarvedParams,
        body: CarvedToVacancyBody,
        response: { 201: Vacancy },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await vacancies.carvedToVacancy(request.ctx, request.params.id, request.params.carvedId, request.body)),
  );
}
