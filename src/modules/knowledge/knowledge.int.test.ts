/**
 * The knowledge portal through the HTTP API and the public pages: the editorial workflow and who may do
 * what, versions and conflicts, sanitised Markdown, PDF files (limits, bad files: nothing stored), and
 * what the public sees.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, login, type Client, type TestApp } from '../../../test/helpers.js';
import { makeOrg, makeUser, PASSWORD, uid } from '../../../test/factories.js';

let t: TestApp;
let editor: Client;
let contributor: Client;
let otherContributor: Client;
let coach: Client;

async function pdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of lines) {
    doc.addPage().drawText(line, { x: 50, y: 700, font, size: 12 });
  }
  return Buffer.from(await doc.save());
}

interface Item {
  id: string;
  slug: string;
  status: string;
  version: number;
  bodyHtml: string;
  files: { id: string; href: string; pageCount: number }[];
  events: { fromStatus: string | null; toStatus: string }[];
  allowed: Record<string, boolean>;
}

function draft(extra: Record<string, unknown> = {}) {
  return {
    type: 'guide',
    title: `Handreiking jobcoaching ${uid()}`,
    summary: 'Hoe een jobcoach werkzoekenden met een arbeidsbeperking begeleidt.',
    body: '## Aanpak\n\nDe jobcoach komt op de werkplek.',
    authors: ['J. de Vries'],
    organisations: ['Kenniswerkplaats Inclusief Werk'],
    publishedOn: null,
    themes: ['jobCoaching'],
    domains: ['workAndIncome'],
    targetGroups: ['workDisability'],
    evidenceLevel: 'notAssessed',
    evidenceAssessedOn: null,
    evidenceAssessedBy: null,
    languageLevel: 'B1',
    videoUrl: null,
    approaches: ['jobCoaching'],
    ...extra,
  };
}

const publicGet = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  t = await buildTestApp({ KNOWLEDGE_FILE_MAX_BYTES: String(64 * 1024) });
  const institute = await makeOrg(t.db, { type: 'knowledgeInstitute' });
  const gemeente = await makeOrg(t.db, { type: 'gemeente' });
  const other = await makeOrg(t.db, { type: 'gemeente' });
  const mk = async (org: { id: string }, role: 'knowledgeEditor' | 'programmeManager' | 'jobCoach') =>
    login(t.app, (await makeUser(t.db, [{ organisationId: org.id, role }])).email, PASSWORD);
  editor = await mk(institute, 'knowledgeEditor');
  contributor = await mk(gemeente, 'programmeManager');
  otherContributor = await mk(other, 'programmeManager');
  coach = await mk(gemeente, 'jobCoach');
});
afterAll(async () => {
  await t.close();
});

describe('knowledge portal: editorial workflow', () => {
  it('a contributor writes a draft and submits it; only an editor publishes; then the public sees it', async () => {
    const created = await contributor.request('POST', '/api/v1/editorial/knowledge-items', draft());
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json<Item>();
    expect(item.status).toBe('draft');
    expect(item.allowed).toMatchObject({ edit: true, submit: true, publish: false });

    // Drafts are invisible to the public, in the API and on the pages.
    expectProblem(await publicGet(`/api/v1/knowledge-items/${item.slug}`), 404, 'not-found');
    expect((await publicGet(`/kennisbank/${item.slug}`)).statusCode).toBe(404);

    const submitted = await contributor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, {
      to: 'inReview',
    });
    expect(submitted.json<Item>().status).toBe('inReview');
    // The contributor may not publish (403: they may see it, not do this).
    expectProblem(
      await contributor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, { to: 'published' }),
      403,
      'forbidden',
    );
    // Another organisation's contributor does not even see it; a job coach may not write knowledge at all.
    expectProblem(await otherContributor.request('GET', `/api/v1/editorial/knowledge-items/${item.id}`), 404);
    expectProblem(await coach.request('GET', '/api/v1/editorial/knowledge-items'), 403, 'forbidden');

    const published = await editor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, {
      to: 'published',
      note: 'Goedgekeurd',
    });
    expect(published.statusCode, published.body).toBe(200);
    const after = published.json<Item & { publishedOn: string }>();
    expect(after.status).toBe('published');
    expect(after.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.events.map((e) => e.toStatus)).toEqual(['published', 'inReview', 'draft']);

    const pub = await publicGet(`/api/v1/knowledge-items/${item.slug}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json<{ approaches: { code: string }[] }>().approaches.map((a) => a.code)).toEqual(['jobCoaching']);
    const page = await publicGet(`/kennisbank/${item.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<title>Handreiking jobcoaching');
    expect(page.body).toContain(`<link rel="canonical" href="http://localhost:3000/kennisbank/${item.slug}">`);
    expect(page.body).toContain('<meta name="description" content="Hoe een jobcoach werkzoekenden');

    // Found by the public search, with its words stemmed.
    const found = await publicGet(`/api/v1/knowledge-items?q=${encodeURIComponent(`werkzoekende ${item.slug}`)}`);
    expect(found.statusCode).toBe(200);
    const searchPage = await publicGet(`/kennisbank?q=jobcoach&type=guide`);
    expect(searchPage.statusCode).toBe(200);
    expect(searchPage.body).toContain(item.slug);

    // Archived: gone from the public again.
    await editor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, { to: 'archived' });
    expect((await publicGet(`/kennisbank/${item.slug}`)).statusCode).toBe(404);
  });

  it('refuses a status change that does not exist, with the field named', async () => {
    const item = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft())).json<Item>();
    const res = await editor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, { to: 'archived' });
    const problem = expectProblem(res, 400, 'invalid-input');
    expect(problem.errors?.[0]?.location.pointer).toBe('/to');
  });

  it('keeps every version and refuses a save based on an old version (409), losing nothing', async () => {
    const item = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft())).json<Item>();
    const first = await editor.request('PUT', `/api/v1/editorial/knowledge-items/${item.id}`, {
      ...draft({ title: 'Nieuwe titel' }),
      slug: item.slug,
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Item>().version).toBe(2);
    const stale = await contributor.request('PUT', `/api/v1/editorial/knowledge-items/${item.id}`, {
      ...draft({ title: 'Oude poging' }),
      slug: item.slug,
      version: 1,
    });
    // The contributor of another organisation than the editor's item: not found; the editor's own stale save: conflict.
    expect([404, 409]).toContain(stale.statusCode);
    const staleOwn = await editor.request('PUT', `/api/v1/editorial/knowledge-items/${item.id}`, {
      ...draft({ title: 'Oude poging' }),
      slug: item.slug,
      version: 1,
    });
    expectProblem(staleOwn, 409, 'conflict');
    const versions = await editor.request('GET', `/api/v1/editorial/knowledge-items/${item.id}/versions`);
    const list = versions.json<{ items: { version: number; content: { title: string } }[] }>().items;
    expect(list.map((v) => v.version)).toEqual([2, 1]);
    expect(list[0]!.content.title).toBe('Nieuwe titel');
  });

  it('checks content: a recognition level needs its date and assessor; a video needs an https link; a used slug is refused', async () => {
    const res = await editor.request(
      'POST',
      '/api/v1/editorial/knowledge-items',
      draft({ evidenceLevel: 'wellFounded', type: 'video', videoUrl: 'http://video.example.org/x' }),
    );
    const problem = expectProblem(res, 400, 'invalid-input');
    expect(problem.errors?.map((e) => e.location.pointer).sort()).toEqual([
      '/evidenceAssessedBy',
      '/evidenceAssessedOn',
      '/videoUrl',
    ]);
    const a = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft())).json<Item>();
    const dup = await editor.request('POST', '/api/v1/editorial/knowledge-items', draft({ slug: a.slug }));
    expect(expectProblem(dup, 400).errors?.[0]?.location.pointer).toBe('/slug');
    expect(dup.json<{ errors: { detail: string }[] }>().errors[0]!.detail).toMatch(/al in gebruik/);
  });

  it('renders Markdown safely: no script, no javascript: link survives', async () => {
    const body =
      '# Kop\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)> [goed](https://www.example.org)';
    const item = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft({ body }))).json<Item>();
    for (const html of [item.bodyHtml]) {
      expect(html).not.toMatch(/<script|<img|href="javascript:|<[a-z][^>]*\son\w+=/i);
      expect(html).toContain('<a href="https://www.example.org" rel="nofollow noopener noreferrer">goed</a>');
    }
    await editor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, { to: 'published' });
    const page = await publicGet(`/kennisbank/${item.slug}`);
    expect(page.body).not.toMatch(/<script|<img|href="javascript:|<[a-z][^>]*\son\w+=/i);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('knowledge portal: files', () => {
  it('adds a PDF whose text becomes searchable; the public downloads it once published', async () => {
    const item = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft())).json<Item>();
    const word = `schuldhulpverlening${uid().replace(/[0-9]/g, 'x')}`;
    const bytes = await pdf([`Dit rapport gaat over ${word} en werk.`, 'Tweede pagina.']);
    const up = await editor.request(
      'POST',
      `/api/v1/editorial/knowledge-items/${item.id}/files?fileName=rapport.pdf`,
      bytes,
      {
        'content-type': 'application/pdf',
      },
    );
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json<{ pageCount: number }>().pageCount).toBe(2);
    await editor.request('POST', `/api/v1/editorial/knowledge-items/${item.id}/status`, { to: 'published' });
    const found = await publicGet(`/api/v1/knowledge-items?q=${word}`);
    expect(found.json<{ items: { slug: string }[] }>().items.map((i) => i.slug)).toEqual([item.slug]);
    const pub = (await publicGet(`/api/v1/knowledge-items/${item.slug}`)).json<{ files: { href: string }[] }>();
    const file = await publicGet(pub.files[0]!.href);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses a file that is too large, not a PDF, damaged or of another type — and stores nothing', async () => {
    const item = (await editor.request('POST', '/api/v1/editorial/knowledge-items', draft())).json<Item>();
    const url = `/api/v1/editorial/knowledge-items/${item.id}/files?fileName=x.pdf`;
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(70 * 1024, 32)]);
    const tooLarge = await editor.request('POST', url, big, { 'content-type': 'application/pdf' });
    expect(expectProblem(tooLarge, 413).detail).toMatch(/hoogstens 0 MB|te groot/);
    const notPdf = await editor.request('POST', url, Buffer.from('hallo, dit is tekst'), {
      'content-type': 'application/pdf',
    });
    expect(expectProblem(notPdf, 400).errors?.[0]?.code).toBe('not-pdf');
    const damaged = await editor.request('POST', url, Buffer.from('%PDF-1.7\n1 0 obj garbage'), {
      'content-type': 'application/pdf',
    });
    expect(expectProblem(damaged, 400).errors?.[0]?.code).toBe('unreadable');
    const wrongType = await editor.request('POST', url, { a: 1 });
    expectProblem(wrongType, 415);
    const { rows } = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM knowledge_files WHERE item_id = $1',
      [item.id],
    );
    expect(rows[0]!.n).toBe(0);
  });
});
