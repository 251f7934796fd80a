/**
 * Documents of an initiative through the HTTP API: the owning programme manager adds a PDF and a Word file,
 * readers of the programme download them byte for byte, bad files are refused with a reason and store
 * nothing, and others may neither add nor remove.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../../test/factories.js';
import type { RoleName } from '../../../platform/config/config.js';
import type { InitiativeDocument, Programme } from '../monitoring.schemas.js';

let t: TestApp;
let manager: Client;
let otherManager: Client;
let evaluator: Client;
let programmeId: string;
let initiativeId: string;

async function as(org: { id: string }, role: RoleName) {
  const user = await makeUser(t.db, [{ organisationId: org.id, role }]);
  return login(t.app, user.email, PASSWORD);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const DOCX = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]);

const upload = (client: Client, fileName: string, bytes: Buffer, id = initiativeId) =>
  client.request('POST', `/api/v1/initiatives/${id}/documents?fileName=${encodeURIComponent(fileName)}`, bytes, {
    'content-type': 'application/octet-stream',
  });

async function documentCount(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM initiative_documents WHERE initiative_id = $1',
    [initiativeId],
  );
  return rows[0]!.n;
}

beforeAll(async () => {
  t = await buildTestApp();
  const gemeente = await makeOrg(t.db, { type: 'gemeente' });
  manager = await as(gemeente, 'programmeManager');
  otherManager = await as(await makeOrg(t.db, { type: 'gemeente' }), 'programmeManager');
  evaluator = await as(await makeOrg(t.db, { type: 'knowledgeInstitute' }), 'evaluator');
  const programme = await manager.request('POST', '/api/v1/programmes', {
    name: `Sterk door Werk ${uid()}`,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  expect(programme.statusCode, programme.body).toBe(201);
  programmeId = programme.json<{ id: string }>().id;
  const initiative = await manager.request('POST', `/api/v1/programmes/${programmeId}/initiatives`, {
    name: 'Werkgeversaanpak Utrechtse Heuvelrug',
    status: 'running',
    startsOn: '2026-01-01',
    buildingBlocks: ['workplaces'],
    parties: [{ kind: 'organisation', organisationId: gemeente.id, perspective: 'Regie en financiering' }],
    approachCodes: [],
  });
  expect(initiative.statusCode, initiative.body).toBe(201);
  initiativeId = initiative.json<{ id: string }>().id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('documents of an initiative', () => {
  it('the programme manager adds a PDF and a Word file; they are listed with the initiative and download byte for byte', async () => {
    const pdf = await upload(manager, 'Projectplan 2026 – versie 2.pdf', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    const added = pdf.json<InitiativeDocument>();
    expect(added).toMatchObject({
      fileName: 'Projectplan 2026 – versie 2.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const docx = await upload(manager, 'C:\\Users\\x\\Afspraken.docx', DOCX);
    expect(docx.statusCode, docx.body).toBe(201);
    expect(docx.json<InitiativeDocument>()).toMatchObject({
      fileName: 'Afspraken.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });

    const programme = (await evaluator.request('GET', `/api/v1/programmes/${programmeId}`)).json<Programme>();
    expect(programme.initiatives[0]!.documents.map((d) => d.fileName)).toEqual([
      'Projectplan 2026 – versie 2.pdf',
      'Afspraken.docx',
    ]);
    const download = await evaluator.request('GET', added.href);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Projectplan 2026 _ versie 2.pdf"; filename*=UTF-8''${encodeURIComponent('Projectplan 2026 – versie 2.pdf')}`,
    );
    expect(Buffer.compare(download.rawPayload, PDF)).toBe(0);
  });

  it('refuses an empty file, a program disguised as a PDF and a file over 20 MB, and stores nothing', async () => {
    const before = await documentCount();
    const empty = expectProblem(await upload(manager, 'leeg.pdf', Buffer.alloc(0)), 400);
    expect(empty.errors!.map((e) => e.code)).toEqual(['empty']);
    const exe = expectProblem(await upload(manager, 'plan.pdf', Buffer.from('MZ\x90\x00 not a pdf', 'latin1')), 400);
    expect(exe.errors![0]!.detail).toMatch(/^Dit soort bestand kunnen we niet bewaren/);
    // A ZIP with an extension we do not keep.
    expectProblem(await upload(manager, 'plan.zip', DOCX), 400);
    const big = expectProblem(
      await upload(manager, 'groot.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)])),
      413,
    );
    expect(big.detail).toBe('Het bestand is te groot. Het mag hoogstens 20 MB zijn.');
    expect(await documentCount()).toBe(before);
  });

  it('others may read but not add or remove; a removed document is gone', async () => {
    expectProblem(await upload(evaluator, 'x.pdf', PDF), 403);
    expectProblem(await upload(otherManager, 'x.pdf', PDF), 403);
    const programme = (await manager.request('GET', `/api/v1/programmes/${programmeId}`)).json<Programme>();
    const doc = programme.initiatives[0]!.documents[0]!;
    expectProblem(await otherManager.request('DELETE', doc.href), 403);
    const removed = await manager.request('DELETE', doc.href);
    expect(removed.statusCode, removed.body).toBe(204);
    expectProblem(await evaluator.request('GET', doc.href), 404);
    expectProblem(await manager.request('DELETE', doc.href), 404);
  });
});
