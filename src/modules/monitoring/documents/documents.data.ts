/** SQL of the initiatives' documents (migration 0027). */
import type { Queryable } from '../../../platform/db/db.js';

export interface DocumentMeta {
  id: string;
  initiativeId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

const META = `d.id, d.initiative_id AS "initiativeId", d.file_name AS "fileName", d.content_type AS "contentType",
  d.size_bytes AS "sizeBytes", to_char(d.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "uploadedAt"`;

/** The documents of these initiatives, oldest first. */
export async function findDocuments(q: Queryable, initiativeIds: readonly string[]): Promise<DocumentMeta[]> {
  if (initiativeIds.length === 0) {
    return [];
  }
  const { rows } = await q.query<DocumentMeta>(
    `SELECT ${META} FROM initiative_documents d WHERE d.initiative_id = ANY($1::uuid[]) ORDER BY d.uploaded_at, d.id`,
    [initiativeIds],
  );
  return rows;
}

export async function insertDocument(
  q: Queryable,
  d: {
    initiativeId: string;
    fileName: string;
    contentType: string;
    sha256: string;
    content: Buffer;
    userId: string | null;
  },
): Promise<DocumentMeta> {
  const { rows } = await q.query<DocumentMeta>(
    `INSERT INTO initiative_documents AS d (initiative_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${META}`,
    [d.initiativeId, d.fileName, d.contentType, d.content.length, d.sha256, d.content, d.userId],
  );
  return rows[0]!;
}

export async function getDocumentContent(
  q: Queryable,
  initiativeId: string,
  documentId: string,
): Promise<(DocumentMeta & { content: Buffer }) | null> {
  const { rows } = await q.query<DocumentMeta & { content: Buffer }>(
    `SELECT ${META}, d.content FROM initiative_documents d WHERE d.initiative_id = $1 AND d.id = $2`,
    [initiativeId, documentId],
  );
  return rows[0] ?? null;
}

export async function deleteDocument(q: Queryable, initiativeId: string, documentId: string): Promise<boolean> {
  const { rows } = await q.query('DELETE FROM initiative_documents WHERE initiative_id = $1 AND id = $2 RETURNING id', [
    initiativeId,
    documentId,
  ]);
  return rows.length > 0;
}
