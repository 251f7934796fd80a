/**
 * One import (`/deelnemers/importeren/:id`): step 1 done (which file), step 2 (link the columns) and
 * step 3 (check, then save), with the progress while the server works in the background and
 * "Weggooien" while nothing is saved. Reached right after the upload and from the list of earlier imports.
 *
 * Focus (WCAG 2.4.3): after the upload it moves to step 2's heading; when a check or save starts, to
 * step 3's heading, where the progress is; when it ends, to the result, which says what happened.
 */
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import type { ImportView } from '../../lib/types';
import { formatDateTime } from '../../lib/format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { NotFound } from '../../components/NotFound';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { ImportProgress } from './ImportProgress';
import { Checked, Saved } from './ImportResult';
import { MappingStep } from './MappingStep';
import { canDiscard, canMap, stageOf } from './imports';
import { useImport } from './useImport';
import { KIND_SLUGS, formatNumber } from './words';
import './imports.css';

function StepHeading({
  id,
  done,
  children,
  headingRef,
}: {
  id: string;
  done: boolean;
  children: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  return (
    <Heading level={2} id={id} ref={headingRef} tabIndex={-1} className="meedoen-import-step-heading">
      {children}
      {done ? <span className="meedoen-tag meedoen-tag--done">{t('import.step.done')}</span> : null}
    </Heading>
  );
}

function fileSize(bytes: number, lang: string): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} kB`
    : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

export function ImportDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const { view, error, reload } = useImport(id);
  usePageTitle(view ? t('import.detail.pageTitle', { fileName: view.fileName }) : t('import.title'));
  // "Just uploaded" once: focus goes to step 2 (not again after a reload or on the way back).
  const [uploaded] = useState((location.state as { uploaded?: boolean } | null)?.uploaded === true);
  useEffect(() => {
    if (uploaded) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [uploaded]);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  // Bumped when the user starts a check or a save, so focus moves even when the stage looks the same
  // (a second check of a small file may be done before the page first asks for its progress).
  const [run, setRun] = useState(0);
  const step2 = useRef<HTMLHeadingElement>(null);
  const step3 = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const focused = useRef<string | null>(null);
  const stage = view ? stageOf(view) : null;

  useEffect(() => {
    if (!stage) {
      return;
    }
    const key = `${stage}:${run}`;
    const previous = focused.current;
    focused.current = key;
    if (previous === null) {
      if (uploaded) {
        step2.current?.focus();
      }
      return;
    }
    if (previous === key) {
      return;
    }
    if (stage === 'checking' || stage === 'saving') {
      step3.current?.focus();
    } else if (stage === 'mapping') {
      step2.current?.focus();
    } else {
      // The sentence that says what happened, or the whole result when there is no such sentence.
      (result.current?.querySelector<HTMLElement>('[data-result-focus]') ?? result.current)?.focus();
    }
  }, [stage, run]);

  const problemText = (e: unknown) =>
    e instanceof ApiProblem ? (e.code === 'network' ? t('error.network') : e.detail) : t('error.generic');

  const save = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setActionError(null);
    try {
      await api('POST', `/imports/${id}/commit`);
      setRun((r) => r + 1);
    } catch (e) {
      setActionError(problemText(e));
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const discard = async (fileName: string) => {
    setActionError(null);
    try {
      await api('DELETE', `/imports/${id}`);
      void navigate('/deelnemers/importeren', { state: { discarded: fileName } });
    } catch (e) {
      setActionError(problemText(e));
      await reload();
    }
  };

  if (view === null) {
    return <NotFound />;
  }

  const mappingOpen = view ? view.status === 'uploaded' || view.status === 'failed' || editing : false;

  return (
    <>
      <p className="meedoen-back">
        <RouterLink to="/deelnemers/importeren" className="utrecht-link">
          {t('import.detail.back')}
        </RouterLink>
      </p>
      <Heading level={1}>{t('import.title')}</Heading>
      {error ? <Notice type="error">{error}</Notice> : null}
      {view === undefined ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {view ? (
        <>
          <section className="meedoen-section" aria-labelledby="import-step-1">
            <StepHeading id="import-step-1" done>
              {t('import.step1.title')}
            </StepHeading>
            <Paragraph>
              {t('import.detail.file', {
                kind: t(`import.kind.${view.kind}` as MessageKey),
                fileName: view.fileName,
                size: fileSize(view.fileBytes, lang),
              })}
            </Paragraph>
            <Paragraph small>
              {t('import.detail.uploadedBy', {
                name: view.createdBy.name,
                date: formatDateTime(view.createdAt, lang),
              })}
            </Paragraph>
            {canDiscard(view.status) ? (
              <p>
                <RouterLink to={`/deelnemers/importeren?soort=${KIND_SLUGS[view.kind]}`} className="utrecht-link">
                  {t('import.detail.otherFile')}
                </RouterLink>
              </p>
            ) : null}
          </section>

          <section className="meedoen-section" aria-labelledby="import-step-2">
            <StepHeading id="import-step-2" done={!mappingOpen && view.status !== 'discarded'} headingRef={step2}>
              {t('import.step2.title')}
            </StepHeading>
            {mappingOpen && canMap(view.status) ? (
              <MappingStep
                key={`${view.id}:${view.validatedAt ?? ''}`}
                view={view}
                onCancel={editing ? () => setEditing(false) : undefined}
                onStarted={async () => {
                  setEditing(false);
                  setRun((r) => r + 1);
                  await reload();
                }}
              />
            ) : view.status === 'discarded' ? null : (
              <>
                <Paragraph>{t('import.step2.done', { count: Object.keys(mappedFields(view)).length })}</Paragraph>
                {view.status === 'validated' ? (
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      setEditing(true);
                      window.setTimeout(() => document.getElementById('map-' + (view.fields[0]?.key ?? ''))?.focus());
                    }}
                  >
                    {t('import.step2.change')}
                  </Button>
                ) : null}
              </>
            )}
          </section>

          <section className="meedoen-section" aria-labelledby="import-step-3">
            <StepHeading id="import-step-3" done={view.status === 'committed'} headingRef={step3}>
              {t('import.step3.title')}
            </StepHeading>
            {view.status === 'uploaded' ? <Paragraph>{t('import.step3.later')}</Paragraph> : null}
            {view.status === 'validating' || view.status === 'committing' ? <ImportProgress view={view} /> : null}
            <div ref={result} tabIndex={-1} className="meedoen-focus-target meedoen-import-result">
              {actionError ? <Notice type="error">{actionError}</Notice> : null}
              {view.status === 'validated' && !editing ? (
                <Checked view={view} saving={busy} onSave={() => void save()} />
              ) : null}
              {view.status === 'committed' ? <Saved view={view} /> : null}
              {view.status === 'failed' ? (
                <>
                  <div tabIndex={-1} data-result-focus className="meedoen-focus-target">
                    <Notice type="error">{view.failure?.message ?? t('error.generic')}</Notice>
                  </div>
                  <Paragraph>{t('import.failed.retry')}</Paragraph>
                </>
              ) : null}
              {view.status === 'discarded' ? <Notice type="info">{t('import.detail.discarded')}</Notice> : null}
            </div>
            {canDiscard(view.status) && !editing ? (
              <div className="meedoen-import-discard">
                <ConfirmButton
                  question={t('import.discard.question')}
                  confirmLabel={t('import.discard.confirm')}
                  onConfirm={() => void discard(view.fileName)}
                >
                  {t('import.discard.button')}
                </ConfirmButton>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}

/** The fields the import reads, with their column. */
function mappedFields(view: ImportView): Record<string, number> {
  return Object.fromEntries(view.fields.filter((f) => f.column !== null).map((f) => [f.key, f.column as number]));
}
