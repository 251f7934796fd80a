/**
 * GOV.UK-style error summary: after a failed submit it takes focus (WCAG 3.3.1 Error Identification,
 * 2.4.3 Focus Order) and links to each field in error (3.3.3 Error Suggestion via the field message).
 */
import { useEffect, useRef } from 'react';
import { Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n';

export interface SummaryError {
  /** id of the input the link moves focus to; empty for a form-level error */
  field: string;
  message: string;
}

export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) {
      ref.current?.focus();
    }
  }, [errors.length, focusKey]);
  if (errors.length === 0) {
    return null;
  }
  return (
    <div ref={ref} className="meedoen-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <Heading level={2} id="error-summary-title">
        {t('error.summaryTitle')}
      </Heading>
      <UnorderedList>
        {errors.map((e) => (
          <UnorderedListItem key={`${e.field}-${e.message}`}>
            {e.field ? (
              <a
                className="utrecht-link"
                href={`#${e.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.field)?.focus();
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
