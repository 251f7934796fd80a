/**
 * Coordinators choose the materials of an activity or a learning track: knowledge portal items, found with
 * the portal's own search (published items only) and added or removed one at a time. Each change saves the
 * whole list at once (PUT) and says what happened (WCAG 4.1.3). Unpublished items already linked stay
 * listed until they are removed.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { api, ApiProblem } from '../../lib/api';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';

export interface LinkedMaterial {
  knowledgeItemId: string;
  title: string;
  slug: string;
  published: boolean;
}

interface Hit {
  id: string;
  slug: string;
  title: string;
  type: string;
  publishedOn: string | null;
}

/** The list after adding `id` (at the end, once) or removing it. */
export function changedList(current: readonly string[], id: string, add: boolean): string[] {
  return add ? (current.includes(id) ? [...current] : [...current, id]) : current.filter((x) => x !== id);
}

export function MaterialsEditor<T>({
  idPrefix,
  path,
  materials,
  onSaved,
  manage,
  emptyText,
}: {
  idPrefix: string;
  /** Coordinators: remove buttons and the search to add items. Others see the list only. */
  manage: boolean;
  emptyText: string;
  /** The PUT endpoint, e.g. `/learning-tracks/{id}/materials`. */
  path: string;
  materials: readonly LinkedMaterial[];
  onSaved: (saved: T) => void;
}) {
  const { t } = useI18n();
  const status = useStatusMessage();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = materials.map((m) => m.knowledgeItemId);

  const find = async () => {
    setProblem(null);
    const text = q.trim();
    if (!text) {
      setHits(null);
      return;
    }
    try {
      const answer = await api<{ items: Hit[] }>(
        'GET',
        `/knowledge-items?${new URLSearchParams({ q: text, pageSize: '10' })}`,
      );
      setHits(answer.items);
    } catch {
      setProblem(t('error.generic'));
    }
  };
  const save = async (id: string, add: boolean, title: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api<T>('PUT', path, { knowledgeItemIds: changedList(ids, id, add) });
      onSaved(saved);
      status.show(
        t(add ? 'learningNetwork.materialsEditor.added' : 'learningNetwork.materialsEditor.removed', { title }),
      );
    } catch (e) {
      setProblem(e instanceof ApiProblem && e.detail ? e.detail : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="meedoen-materials-editor">
      {status.region}
      {problem ? <Notice type="error">{problem}</Notice> : null}
      {materials.length === 0 ? <Paragraph>{emptyText}</Paragraph> : null}
      {materials.length > 0 ? (
        <ul>
          {materials.map((m) => (
            <li key={m.knowledgeItemId}>
              {m.published ? (
                <a className="utrecht-link" href={`/kennisbank/${m.slug}`}>
                  {m.title}
                </a>
              ) : (
                <>
                  {m.title} <span className="meedoen-muted">({t('learningNetwork.track.unpublished')})</span>
                </>
              )}
              {manage ? (
                <>
                  {' '}
                  <Button
                    appearance="subtle-button"
                    disabled={busy}
                    aria-label={t('learningNetwork.materialsEditor.removeNamed', { title: m.title })}
                    onClick={() => void save(m.knowledgeItemId, false, m.title)}
                  >
                    {t('learningNetwork.materialsEditor.remove')}
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {manage ? <Heading level={3}>{t('learningNetwork.materialsEditor.title')}</Heading> : null}
      {manage ? (
        <>
          <form
            role="search"
            aria-label={t('learningNetwork.materialsEditor.search')}
            onSubmit={(e) => {
              e.preventDefault();
              void find();
            }}
          >
            <TextField
              id={`${idPrefix}-materials-q`}
              type="search"
              label={t('learningNetwork.materialsEditor.searchLabel')}
              description={t('learningNetwork.materialsEditor.searchHelp')}
              value={q}
              onChange={setQ}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t('learningNetwork.materialsEditor.find')}
            </Button>
          </form>
          {hits !== null ? (
            hits.length === 0 ? (
              <Paragraph>{t('learningNetwork.materialsEditor.none')}</Paragraph>
            ) : (
              <ul aria-label={t('learningNetwork.materialsEditor.results')}>
                {hits.map((h) => (
                  <li key={h.id}>
                    <a className="utrecht-link" href={`/kennisbank/${h.slug}`}>
                      {h.title}
                    </a>{' '}
                    {ids.includes(h.id) ? (
                      <span>({t('learningNetwork.materialsEditor.linked')})</span>
                    ) : (
                      <Button
                        appearance="subtle-button"
                        disabled={busy}
                        aria-label={t('learningNetwork.materialsEditor.addNamed', { title: h.title })}
                        onClick={() => void save(h.id, true, h.title)}
                      >
                        {t('learningNetwork.materialsEditor.add')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      ) : null}
    </div>
  );
}
