/**
 * The progress of the check or the save: a real <progress> element with a visible label (WCAG 1.3.1,
 * 4.1.2), and a status line that says in words what is happening (4.1.3). The status line changes only
 * when the work starts and ends, so a screen reader is not interrupted every half second; the number
 * of rows done is shown next to the bar.
 */
import { Paragraph } from '@utrecht/component-library-react';
import type { ImportView } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { formatNumber, plural } from './words';

export function ImportProgress({ view }: { view: ImportView }) {
  const { t, lang } = useI18n();
  const saving = view.status === 'committing';
  const id = `import-progress-${view.id.slice(0, 8)}`;
  return (
    <div className="meedoen-import-progress">
      <div role="status">
        <Paragraph>{saving ? t('import.progress.saving') : t('import.progress.checking')}</Paragraph>
      </div>
      <label htmlFor={id} className="meedoen-import-progress__label">
        {saving
          ? t('import.progress.savingLabel')
          : t('import.progress.checkingLabel', { percent: view.progress.percent })}
      </label>
      {/* While saving the server reports no steps: an indeterminate bar says "busy" without a false number. */}
      {saving ? (
        <progress id={id} className="meedoen-import-progress__bar" />
      ) : (
        <progress id={id} className="meedoen-import-progress__bar" max={100} value={view.progress.percent}>
          {view.progress.percent}%
        </progress>
      )}
      {!saving && view.progress.rowsProcessed > 0 ? (
        <Paragraph small>
          {plural(t, 'import.progress.rows', view.progress.rowsProcessed, {
            count: formatNumber(view.progress.rowsProcessed, lang),
          })}
        </Paragraph>
      ) : null}
      <Paragraph small>{t('import.progress.mayLeave')}</Paragraph>
    </div>
  );
}
