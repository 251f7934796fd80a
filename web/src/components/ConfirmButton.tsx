/**
 * A button for an action that is hard to undo (block someone, revoke a key, log out everywhere): the
 * first press asks "Weet u het zeker?" in the page itself, with the consequence spelled out, and
 * focus moves to the confirming button (WCAG 3.3.4 Error Prevention, 2.4.3 Focus Order). No browser
 * dialog, so it works the same with a keyboard, a screen reader and in tests.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n';

export function ConfirmButton({
  children,
  confirmLabel,
  question,
  onConfirm,
  ariaLabel,
  appearance = 'secondary-action-button',
}: {
  children: ReactNode;
  confirmLabel: string;
  question: string;
  onConfirm: () => void;
  ariaLabel?: string;
  appearance?: 'secondary-action-button' | 'subtle-button';
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) {
      confirmRef.current?.focus();
    }
  }, [asking]);
  if (!asking) {
    return (
      <Button appearance={appearance} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <div className="meedoen-confirm" role="group" aria-label={question}>
      <Paragraph>{question}</Paragraph>
      <Button
        ref={confirmRef}
        appearance="primary-action-button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button appearance="subtle-button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
