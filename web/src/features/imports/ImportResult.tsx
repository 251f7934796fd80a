/**
 * Step 3's outcome in plain words: what the check found (how many rows are new, changed, the same, or
 * wrong), and then either how to fix the file (nothing is saved until it has no errors: all or nothing)
 * or the "Opslaan" button; after saving, what was saved and where to go next.
 */
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { ImportCounts, ImportKind, ImportView } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { ImportErrors } from './ImportErrors';
import { nextKind, rowsWithErrors } from './imports';
import { KIND_SLUGS, countOf, formatNumber, plural } from './words';

/** The counts as short sentences; a count of zero is left out, except when the file has no rows at all. */
export function CountsList({ counts, kind, saved }: { counts: ImportCounts; kind: ImportKind; saved: boolean }) {
  const { t, lang } = useI18n();
  const items = (n: number) => countOf(t, lang, kind, n);
  const lines: string[] = [];
  const prefix = saved ? 'import.saved' : 'import.result';
  if (counts.new > 0) {
    lines.push(plural(t, `${prefix}.new`, counts.new, { items: items(counts.new) }));
  }
  if (counts.changed > 0) {
    lines.push(plural(t, `${prefix}.changed`, counts.changed, { items: items(counts.changed) }));
  }
  if (counts.unchanged > 0) {
    lines.push(plural(t, `${prefix}.unchanged`, counts.unchanged, { items: items(counts.unchanged) }));
  }
  const bad = rowsWithErrors(counts);
  if (!saved && bad > 0) {
    lines.push(plural(t, 'import.result.badRows', bad, { count: formatNumber(bad, lang) }));
  }
  return (
    <>
      <Paragraph>
        {counts.rows === 0
          ? t('import.result.noRows')
          : plural(t, 'import.result.rows', counts.rows, { count: formatNumber(counts.rows, lang) })}
      </Paragraph>
      {lines.length > 0 ? (
        <ul className="meedoen-import-counts">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

const uploadAgainPath = (kind: ImportKind) => `/deelnemers/importeren?soort=${KIND_SLUGS[kind]}`;

/** The result of a check with errors: what they are and how to fix them. */
function WithErrors({ view }: { view: ImportView }) {
  const { t } = useI18n();
  return (
    <>
      <Notice type="warning">{t('import.result.nothingSaved')}</Notice>
      <Heading level={3}>{t('import.result.howToFix')}</Heading>
      <OrderedList>
        <OrderedListItem>{t('import.result.fix1')}</OrderedListItem>
        <OrderedListItem>{t('import.result.fix2')}</OrderedListItem>
        <OrderedListItem>{t('import.result.fix3')}</OrderedListItem>
        <OrderedListItem>{t('import.result.fix4')}</OrderedListItem>
      </OrderedList>
      <Paragraph>{t('import.result.wrongColumn')}</Paragraph>
      <p>
        <RouterLink
          to={uploadAgainPath(view.kind)}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('import.result.uploadAgain')}
        </RouterLink>
      </p>
      <Heading level={3}>{t('import.errors.title')}</Heading>
      <ImportErrors key={view.validatedAt ?? ''} importId={view.id} />
    </>
  );
}

/** After saving: what was saved and what to do next (trajectories after participants, jobs after those). */
export function Saved({ view }: { view: ImportView }) {
  const { t } = useI18n();
  const next = nextKind(view.kind);
  return (
    <>
      <div tabIndex={-1} data-result-focus className="meedoen-focus-target">
        <Notice type="ok">{t('import.saved.title', { fileName: view.fileName })}</Notice>
      </div>
      <CountsList counts={view.counts} kind={view.kind} saved />
      <Paragraph>{t(`import.saved.next.${view.kind}` as MessageKey)}</Paragraph>
      <ul className="meedoen-link-list">
        {next ? (
          <li>
            <RouterLink to={uploadAgainPath(next)} className="utrecht-link">
              {t(`import.saved.importNext.${next}` as MessageKey)}
            </RouterLink>
          </li>
        ) : null}
        <li>
          <RouterLink to="/deelnemers" className="utrecht-link">
            {t('import.saved.toCaseload')}
          </RouterLink>
        </li>
        <li>
          <RouterLink to="/deelnemers/importeren" className="utrecht-link">
            {t('import.saved.another')}
          </RouterLink>
        </li>
      </ul>
    </>
  );
}

/** The outcome of a finished check: counts, then errors and how to fix them, or the way to save. */
export function Checked({ view, saving, onSave }: { view: ImportView; saving: boolean; onSave: () => void }) {
  const { t } = useI18n();
  const hasErrors = view.counts.errors > 0;
  return (
    <>
      {view.failure ? <Notice type="warning">{view.failure.message}</Notice> : null}
      <p className="utrecht-paragraph meedoen-import-result__lead" tabIndex={-1} data-result-focus>
        {hasErrors
          ? plural(t, 'import.result.doneErrors', view.counts.errors, { count: view.counts.errors })
          : t('import.result.doneOk')}
      </p>
      <CountsList counts={view.counts} kind={view.kind} saved={false} />
      {hasErrors ? (
        <WithErrors view={view} />
      ) : (
        <>
          <Paragraph>{t('import.result.saveHint')}</Paragraph>
          <Button appearance="primary-action-button" busy={saving} onClick={onSave}>
            {t('import.result.save')}
          </Button>
          <div role="status" className="meedoen-import-busy">
            {saving ? <Paragraph>{t('import.progress.saving')}</Paragraph> : null}
          </div>
        </>
      )}
    </>
  );
}
