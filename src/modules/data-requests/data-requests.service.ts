/**
 * Requests of participants to correct (AVG art. 16) or erase (art. 17) their data. The participant asks
 * in the portal; an administrator handles it and answers. Erasing itself follows the retention rules
 * (docs/operations/retention.md): the request records what was asked and what was done.
 */
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { findParticipantIdOfUser, getParticipant } from '../participants/participants.data.js';
import { participantResource } from '../participants/participants.service.js';
import * as data from './data-requests.data.js';
import type { DataRequest, DataRequestBody, DataRequestHandleBody } from './data-requests.schemas.js';

async function ownParticipantId(ctx: RequestContext): Promise<string> {
  const id = await ctx.data.read((scope) => findParticipantIdOfUser(scope.q, scope.userId));
  if (!id) {
    throw new AppError('not-found');
  }
  return id;
}

export async function listOwnRequests(ctx: RequestContext): Promise<DataRequest[]> {
  const participantId = await ownParticipantId(ctx);
  return ctx.data.read(async (scope) => {
    await scope.readOne('dataRequest.create', () => getParticipant(scope.q, participantId), participantResource);
    return data.findRequests(scope.q, { participantId });
  });
}

export async function createOwnRequest(ctx: RequestContext, body: DataRequestBody): Promise<DataRequest> {
  const participantId = await ownParticipantId(ctx);
  const id = await ctx.data.run(async (scope) => {
    await scope.readOne('dataRequest.create', () => getParticipant(scope.q, participantId), participantResource);
    const message = body.message.trim();
    if (!message) {
      throw invalidInput([{ in: 'body', pointer: '/message', code: 'required', detailKey: 'field.required' }]);
    }
    return data.insertRequest(scope.q, { participantId, requestedBy: scope.userId, kind: body.kind, message });
  });
  return (await listOwnRequests(ctx)).find((r) => r.id === id)!;
}

const requestResource = (r: DataRequest) => ({ type: 'dataRequest', id: r.id, participantId: r.participantId });

export async function listRequests(ctx: RequestContext, status: string | undefined): Promise<DataRequest[]> {
  return ctx.data.read((scope) =>
    scope.readMany('dataRequest.handle', () => data.findRequests(scope.q, { status }), requestResource),
  );
}

export async function handleRequest(
  ctx: RequestContext,
  id: string,
  body: DataRequestHandleBody,
): Promise<DataRequest> {
  await ctx.data.run(async (scope) => {
    const request = await scope.readOne('dataRequest.handle', () => data.getRequest(scope.q, id), requestResource);
    const response = body.response?.trim() || null;
    if (body.status === 'rejected' && !response) {
      throw invalidInput([
        { in: 'body', pointer: '/response', code: 'required', detailKey: 'field.data-request-reason' },
      ]);
    }
    if (!(await data.closeRequest(scope.q, request.id, { status: body.status, response, handledBy: scope.userId }))) {
      throw new AppError('conflict', { detailKey: 'problem.data-request-handled.detail' });
    }
  });
  return ctx.data.read(async (scope) => (await data.getRequest(scope.q, id))!);
}
