/**
 * Documents of an initiative: who may read the programme may read them; who may manage the programme adds
 * and removes them. Programme documents, not case files: no NEN 7513 record (no personal data expected).
 * A refused file (empty, too large, not a PDF or office document) stores nothing and says why.
 */
import { createHash } from 'node:crypto';
import { AppError, invalidInput } from '../../../platform/errors/app-error.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { MessageKey } from '../../../platform/i18n/i18n.js';
import * as monitoring from '../monitoring.data.js';
import type { InitiativeDocument } from '../monitoring.schemas.js';
import * as data from './documents.data.js';
import { cleanDocumentName, documentType, MAX_DOCUMENT_BYTES } from './documents.rules.js';

const initiativeResource = (i: { id: string; organisationId: string }) => ({
  type: 'initiative' as const,
  id: i.id,
  organisationId: i.organisationId,
});

export const documentBody = (d: data.DocumentMeta): InitiativeDocument => ({
  id: d.id,
  fileName: d.fileName,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  uploadedAt: d.uploadedAt,
  href: `/api/v1/initiatives/${d.initiativeId}/documents/${d.id}`,
});

/** Reads an upload up to the limit; a larger body is refused before it is all read. */
export async function readDocumentUpload(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export const tooLarge = () =>
  new AppError('payload-too-large', {
    detailKey: 'monitoring.document.too-large',
    params: { max: MAX_DOCUMENT_BYTES / (1024 * 1024) },
  });

export async function addDocument(
  ctx: RequestContext,
  initiativeId: string,
  fileName: string,
  bytes: Buffer,
): Promise<InitiativeDocument> {
  const name = cleanDocumentName(fileName);
  const type = documentType(name, bytes);
  if (!type.ok) {
    if (type.problem === 'too-large') {
      throw tooLarge();
    }
    throw invalidInput([
      { in: 'body', pointer: '', code: type.problem, detailKey: `monitoring.document.${type.problem}` as MessageKey },
    ]);
  }
  return ctx.data.run(async (scope) => {
    const initiative = await scope.readOne(
      'programme.manage',
      () => monitoring.getInitiative(scope.q, initiativeId),
      initiativeResource,
    );
    const meta = await data.insertDocument(scope.q, {
      initiativeId: initiative.id,
      fileName: name,
      contentType: type.contentType,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
      userId: scope.userId,
    });
    return documentBody(meta);
  });
}

export async function getDocument(
  ctx: RequestContext,
  initiativeId: string,
  documentId: string,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  return ctx.data.read(async (scope) => {
    await scope.readOne('programme.read', () => monitoring.getInitiative(scope.q, initiativeId), initiativeResource);
    const file = await data.getDocumentContent(scope.q, initiativeId, documentId);
    if (!file) {
      throw new AppError('not-found');
    }
    return { fileName: file.fileName, contentType: file.contentType, bytes: Buffer.from(file.content) };
  });
}

export async function removeDocument(ctx: RequestContext, initiativeId: string, documentId: string): Promise<void> {
  await ctx.data.run(async (scope) => {
    await scope.readOne('programme.manage', () => monitoring.getInitiative(scope.q, initiativeId), initiativeResource);
    if (!(await data.deleteDocument(scope.q, initiativeId, documentId))) {
      throw new AppError('not-found');
    }
  });
}
