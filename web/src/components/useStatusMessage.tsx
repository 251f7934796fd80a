/**
 * The message that says what just happened ("Het contact is vastgelegd."), announced as a status
 * (WCAG 4.1.3). It belongs to the language of that moment, so a language switch clears it. When a change
 * removes the control that had focus (an ended job, a handled request), `show(text, { focus: true })`
 * moves focus to the message (WCAG 2.4.3). Render `region` where the message should appear.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Notice } from './Notice';

export function useStatusMessage(): { show: (text: string, options?: { focus?: boolean }) => void; region: ReactNode } {
  const { lang } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setMessage(null), [lang]);
  const [focusKey, setFocusKey] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) {
      ref.current?.focus();
    }
  }, [focusKey]);
  const show = useCallback((text: string, options: { focus?: boolean } = {}) => {
    setMessage(text);
    if (options.focus) {
      setFocusKey((k) => k + 1);
    }
  }, []);
  const region = (
    <div ref={ref} tabIndex={-1} className="meedoen-focus-target">
      {message ? <Notice type="ok">{message}</Notice> : null}
    </div>
  );
  return { show, region };
}
