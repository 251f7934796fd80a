/**
 * One knowledge item in the editorial screens (`/redactie/:id`): its status with who and when, the
 * workflow buttons the server allows (`allowed`), the content form, a preview of the saved text, the
 * PDF files, the history of status changes and the saved versions.
 *
 * Saving sends the version that was read; when someone else saved in between the server answers 409
 * and the form keeps what this person typed (nothing is reset), with a way to load the newest version.
 * A status change needs a saved form first: it would otherwise leave the typed text behind unsaved.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NotFound } from '../../components/NotFound';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useApproaches } from '../participants/useReference';
import { FilesSection } from './FilesSection';
import { HistorySection } from './HistorySection';
import { FIELD_PREFIX, ItemFields } from './ItemFields';
import { VersionsSection } from './VersionsSection';
import { WorkflowSection } from './WorkflowSection';
import { contentBody, isDirty, publicHref, valuesOf, type EditorialItem, type KnowledgeValues } from './knowledge';

export function StatusTag({ status }: { status: EditorialItem['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`meedoen-tag meedoen-knowledge-status meedoen-knowledge-status--${status}`}>
      {t(`knowledge.status.${status}` as MessageKey)}
    </span>
  );
}

function Facts({ item }: { item: EditorialItem }) {
  const { t, lang } = useI18n();
  const lastStatus = item.events[0];
  return (
    <section className="meedoen-section" aria-labelledby="knowledge-facts">
      <Heading level={2} id="knowledge-facts" className="meedoen-visually-hidden">
        {t('knowledge.item.facts')}
      </Heading>
      <dl className="meedoen-knowledge-facts">
        <dt>{t('knowledge.item.status')}</dt>
        <dd>
          <StatusTag status={item.status} />{' '}
          {lastStatus?.byName
            ? t('knowledge.history.byWhen', {
                when: t('knowledge.item.statusSince', { when: formatDateTime(item.statusChangedAt, lang) }),
                name: lastStatus.byName,
              })
            : t('knowledge.item.statusSince', { when: formatDateTime(item.statusChangedAt, lang) })}
        </dd>
        <dt>{t('knowledge.item.version')}</dt>
        <dd>{item.version}</dd>
        {item.organisationName ? (
          <>
            <dt>{t('knowledge.item.organisation')}</dt>
            <dd>{item.organisationName}</dd>
          </>
        ) : null}
        <dt>{t('knowledge.item.lastChange')}</dt>
        <dd>
          {item.updatedByName
            ? t('knowledge.history.byWhen', { when: formatDateTime(item.updatedAt, lang), name: item.updatedByName })
            : formatDateTime(item.updatedAt, lang)}
        </dd>
      </dl>
      {item.status === 'published' ? (
        <p>
          {/* The public page is served by the server, not by this app: a full page load. */}
          <a className="utrecht-link" href={publicHref(item.slug)}>
            {t('knowledge.item.viewPublic')}
          </a>{' '}
          <span className="meedoen-cell-note meedoen-knowledge-inline-note">{t('knowledge.item.viewPublicNote')}</span>
        </p>
      ) : null}
    </section>
  );
}

function Preview({ item, stale }: { item: EditorialItem; stale: boolean }) {
  const { t } = useI18n();
  return (
    <section className="meedoen-section" aria-labelledby="knowledge-preview">
      <Heading level={2} id="knowledge-preview">
        {t('knowledge.preview.title')}
      </Heading>
      <Paragraph>{t('knowledge.preview.intro')}</Paragraph>
      {stale ? <Notice type="info">{t('knowledge.preview.stale')}</Notice> : null}
      {item.bodyHtml.trim() ? (
        <div
          className="meedoen-knowledge-preview"
          // Only the server's bodyHtml: rendered from Markdown and sanitised there (no script survives).
          dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
        />
      ) : (
        <Paragraph>{t('knowledge.preview.empty')}</Paragraph>
      )}
    </section>
  );
}

function readOnlyReason(item: EditorialItem): MessageKey {
  if (item.status === 'archived') {
    return 'knowledge.form.readOnlyArchived';
  }
  return item.status === 'published' ? 'knowledge.form.readOnlyPublished' : 'knowledge.form.readOnly';
}

export function ItemPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const approaches = useApproaches();
  const form = useForm(FIELD_PREFIX);
  const status = useStatusMessage();
  const [item, setItem] = useState<EditorialItem | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [values, setValues] = useState<KnowledgeValues | null>(null);
  const [conflict, setConflict] = useState(false);
  usePageTitle(item ? t('knowledge.item.pageTitle', { title: item.title }) : t('knowledge.list.title'));

  const load = useCallback(async () => {
    try {
      const fresh = await api<EditorialItem>('GET', `/editorial/knowledge-items/${id}`);
      setItem(fresh);
      setValues(valuesOf(fresh));
      setConflict(false);
      setLoadError(null);
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 404 || error.status === 403 || error.status === 400)) {
        setItem(null);
      } else {
        setLoadError(error instanceof ApiProblem && error.code === 'network' ? t('error.network') : t('error.generic'));
      }
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const { show } = status;
  const created = (location.state as { created?: boolean } | null)?.created === true;
  useEffect(() => {
    if (created && item) {
      show(t('knowledge.form.created'));
    }
    // Once, when the new item has loaded.
  }, [created, item?.id]);

  if (item === null) {
    return <NotFound />;
  }
  if (item === undefined || values === null) {
    return loadError ? <Notice type="error">{loadError}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }

  const dirty = isDirty(values, item);
  /** After a status change (only made with a saved form): the item and the form as the server has them. */
  const replace = (next: EditorialItem) => {
    setItem(next);
    setValues(valuesOf(next));
  };

  return (
    <>
      <p>
        <RouterLink to="/redactie" className="utrecht-link meedoen-back">
          {t('knowledge.form.backToList')}
        </RouterLink>
      </p>
      <Heading level={1}>{item.title}</Heading>
      {status.region}
      <Facts item={item} />
      <nav aria-label={t('knowledge.item.onThisPage')} className="meedoen-jump-nav">
        <ul>
          {(
            [
              ['knowledge-workflow', 'knowledge.workflow.title'],
              ['knowledge-group-content', 'knowledge.form.sectionContent'],
              ['knowledge-preview', 'knowledge.preview.title'],
              ['knowledge-files', 'knowledge.files.title'],
              ['knowledge-history', 'knowledge.history.title'],
              ['knowledge-versions', 'knowledge.versions.title'],
            ] as const
          ).map(([target, label]) => (
            <li key={target}>
              <a href={`#${target}`} className="utrecht-link">
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <WorkflowSection
        item={item}
        dirty={dirty}
        onChanged={(next, message) => {
          replace(next);
          show(message, { focus: true });
        }}
      />

      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      {conflict ? (
        <div className="meedoen-section">
          <Notice type="warning">{t('knowledge.form.conflictKeep')}</Notice>
          <Button appearance="secondary-action-button" onClick={() => void load()}>
            {t('knowledge.form.loadLatest')}
          </Button>
        </div>
      ) : null}
      {item.allowed.edit ? null : <Notice type="info">{t(readOnlyReason(item))}</Notice>}
      <form
        className="meedoen-form meedoen-knowledge-form"
        noValidate
        aria-label={t('knowledge.form.editTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!dirty) {
            show(t('knowledge.form.unchanged'));
            return;
          }
          void form.submit(async () => {
            try {
              const saved = await api<EditorialItem>('PUT', `/editorial/knowledge-items/${id}`, {
                ...contentBody(values),
                version: item.version,
              });
              setItem(saved);
              setValues(valuesOf(saved));
              setConflict(false);
              show(t('knowledge.form.saved', { version: saved.version }));
            } catch (error) {
              if (error instanceof ApiProblem && error.status === 409) {
                setConflict(true);
              }
              throw error;
            }
          });
        }}
      >
        <ItemFields
          values={values}
          onChange={setValues}
          error={form.error}
          approaches={approaches}
          isNew={false}
          disabled={!item.allowed.edit}
        />
        {item.allowed.edit ? (
          <div className="meedoen-actions">
            <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
              {t('knowledge.form.save')}
            </Button>
          </div>
        ) : null}
      </form>
      <Preview item={item} stale={values.body !== item.body} />
      <FilesSection
        item={item}
        onChanged={(files, message) => {
          // Files are not part of the content version: the form and its version stay as they are.
          setItem({ ...item, files });
          show(message);
        }}
      />
      <HistorySection events={item.events} />
      <VersionsSection itemId={item.id} currentVersion={item.version} />
    </>
  );
}
