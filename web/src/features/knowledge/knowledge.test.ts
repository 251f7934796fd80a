import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  apiListQuery,
  contentBody,
  EMPTY_VALUES,
  formatBytes,
  isDirty,
  linesOf,
  readListQuery,
  valuesOf,
  writeListQuery,
  type KnowledgeContent,
} from './knowledge';

const saved: KnowledgeContent = {
  slug: 'ips-in-de-wijk',
  type: 'guide',
  title: 'IPS in de wijk',
  summary: 'Zo werkt IPS samen met het wijkteam.',
  body: '## Start\n\nTekst.',
  authors: ['A. de Vries', 'B. Jansen'],
  organisations: ['Kenniscentrum'],
  publishedOn: '2026-03-01',
  themes: ['ips', 'mentalHealth'],
  domains: ['wmo'],
  targetGroups: ['psychologicalVulnerability'],
  evidenceLevel: 'notAssessed',
  evidenceAssessedOn: null,
  evidenceAssessedBy: null,
  languageLevel: 'B1',
  videoUrl: null,
  approaches: ['ips'],
};

describe('knowledge form rules', () => {
  it('reads one author per line, trimmed, without empty lines or repeats', () => {
    expect(linesOf(' A. de Vries \r\n\nB. Jansen\nA. de Vries\n  ')).toEqual(['A. de Vries', 'B. Jansen']);
  });

  it('sends what the form shows: empty dates as null, no slug when empty (the server makes one)', () => {
    const body = contentBody({ ...EMPTY_VALUES, title: '  Nieuw  ', summary: 'Kort.', languageLevel: '' });
    expect(body).not.toHaveProperty('slug');
    expect(body).toMatchObject({ title: 'Nieuw', publishedOn: null, languageLevel: null, videoUrl: null });
  });

  it('leaves the assessment out when not assessed and the video link out for other types', () => {
    const v = {
      ...valuesOf(saved),
      evidenceAssessedOn: '2025-01-01',
      evidenceAssessedBy: 'Movisie',
      videoUrl: 'https://example.org/v',
    };
    expect(contentBody(v)).toMatchObject({ evidenceAssessedOn: null, evidenceAssessedBy: null, videoUrl: null });
    const assessed = contentBody({ ...v, type: 'video', evidenceLevel: 'wellFounded' });
    expect(assessed).toMatchObject({
      evidenceAssessedOn: '2025-01-01',
      evidenceAssessedBy: 'Movisie',
      videoUrl: 'https://example.org/v',
    });
  });

  it('round-trips a saved item and notices a real change only', () => {
    const v = valuesOf(saved);
    expect(contentBody(v)).toEqual({ ...saved });
    expect(isDirty(v, saved)).toBe(false);
    // Order of checkboxes and blank lines at the end do not count as a change.
    expect(isDirty({ ...v, themes: ['mentalHealth', 'ips'], authors: `${v.authors}\n\n` }, saved)).toBe(false);
    expect(isDirty({ ...v, body: `${v.body} Meer.` }, saved)).toBe(true);
    expect(isDirty({ ...v, domains: [] }, saved)).toBe(true);
  });

  it('offers only the moves the server allows, in a fixed order', () => {
    const moves = allowedMoves({
      edit: true,
      submit: false,
      publish: true,
      sendBack: true,
      archive: false,
      restore: false,
    });
    expect(moves).toEqual([
      { move: 'publish', to: 'published' },
      { move: 'sendBack', to: 'draft' },
    ]);
  });

  it('keeps the list query in the URL and ignores unknown values', () => {
    expect(readListQuery(new URLSearchParams('stand=inReview&zoek=ips&pagina=2'))).toEqual({
      status: 'inReview',
      q: 'ips',
      page: 2,
    });
    expect(readListQuery(new URLSearchParams('stand=secret&pagina=-3'))).toEqual({ status: '', q: '', page: 1 });
    expect(writeListQuery({ status: 'draft', q: ' jobcoach ', page: 1 }).toString()).toBe('stand=draft&zoek=jobcoach');
    expect(apiListQuery({ status: '', q: 'werk', page: 3 }, 25)).toBe('page=3&pageSize=25&q=werk');
  });

  it('writes file sizes as people read them', () => {
    expect(formatBytes(500, 'nl')).toBe('1 kB');
    expect(formatBytes(1_468_006, 'nl')).toBe('1,4 MB');
    expect(formatBytes(1_468_006, 'en')).toBe('1.4 MB');
  });
});
