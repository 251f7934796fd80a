/**
 * GOV.UK-style error summary: after a failed submit it takes focus (WCAG 3.3.1 Error Identification,
 * 2.4.3 Focus Order) and links to each field in error (3.3.3 Error Suggestion via the field message).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n';

export interface SummaryError {
  /** id of the input the link moves focus to; empty for a form-level error */
  field: string;
  message: string;
}

/**
 * The field's label in front of the message, so that each line in the summary says which field it is
 * about, even when the server sends the same message for several fields (WCAG 3.3.1 Error
 * Identification). The label is read from the form on the page; nothing is added when the message
 * already names the field or when there is no label.
 */
function labelOf(id: string): string {
  const input = document.getElementById(id);
  // For a group of checkboxes or radio buttons the question is the fieldset's legend, not one option.
  if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) {
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    if (legend) {
      return legend;
    }
  }
  return document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.trim() ?? '';
}
function prefix(label: string | undefined, message: string): string {
  if (!label || message.toLowerCase().includes(label.toLowerCase())) {
    return '';
  }
  return `${label}: `;
}

export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Labels are read after render: the form's fields may be rendered after (below) the summary.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [order, setOrder] = useState<Record<string, number>>({});
  const fieldIds = errors.map((e) => e.field).join(' ');
  useLayoutEffect(() => {
    const next: Record<string, string> = {};
    for (const id of fieldIds.split(' ').filter(Boolean)) {
      next[id] = labelOf(id);
    }
    setLabels(next);
    // Same order as the fields in the form, whatever order the server listed them in.
    const all = Array.from(document.querySelectorAll('[id]'));
    setOrder(
      Object.fromEntries(
        fieldIds
          .split(' ')
          .filter(Boolean)
          .map((id) => [id, all.indexOf(document.getElementById(id) as Element)]),
      ),
    );
  }, [fieldIds, t]);
  const sorted = [...errors].sort((a, b) => (order[a.field] ?? -1) - (order[b.field] ?? -1));
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
        {sorted.map((e) => (
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
                {prefix(labels[e.field], e.message)}
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
