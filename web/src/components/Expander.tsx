/**
 * A button that shows a form (or other content) below it, so that a long page with many records does
 * not show every form at once. The button says whether it is open (aria-expanded, WCAG 4.1.2). Opening
 * moves focus to the first field; closing (the form's cancel or save) moves it back to the button
 * (2.4.3 Focus Order).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@utrecht/component-library-react';

export function Expander({
  id,
  label,
  ariaLabel,
  children,
  appearance = 'secondary-action-button',
}: {
  id: string;
  label: string;
  ariaLabel?: string;
  children: (close: () => void) => ReactNode;
  appearance?: 'secondary-action-button' | 'subtle-button';
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (open) {
      opened.current = true;
      panel.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    } else if (opened.current) {
      button.current?.focus();
    }
  }, [open]);
  return (
    <div className="meedoen-expander">
      <Button
        ref={button}
        appearance={appearance}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={ariaLabel}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      <div id={`${id}-panel`} ref={panel} className="meedoen-expander__panel" hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}
