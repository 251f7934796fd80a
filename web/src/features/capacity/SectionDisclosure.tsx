/**
 * One FML section in a form, behind a button that opens and closes it: the form does not show 64
 * questions at once. Unlike `components/Expander`, the form decides when it is open (a section with an
 * error opens, so that the error summary's link lands on the question) and opening leaves focus on the
 * button, as in the WAI-ARIA disclosure pattern: the next Tab goes into the section. The button says
 * whether it is open (aria-expanded, WCAG 4.1.2) and how many questions are filled in.
 */
import { useState, type ReactNode } from 'react';
import { Button } from '@utrecht/component-library-react';

export function SectionDisclosure({
  id,
  label,
  count,
  open,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  /** "2 van 9 ingevuld", on its own line under the label. */
  count: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <div className="meedoen-cap-disclosure">
      <Button
        id={id}
        appearance="secondary-action-button"
        className="meedoen-cap-disclosure__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={onToggle}
      >
        <span aria-hidden="true" className="meedoen-cap-disclosure__mark">
          {open ? '▾' : '▸'}
        </span>
        <span className="meedoen-cap-disclosure__label">
          <span>{label}</span> <span className="meedoen-cap-disclosure__count">{count}</span>
        </span>
      </Button>
      <div id={`${id}-panel`} className="meedoen-cap-disclosure__panel" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}

/**
 * Which sections are open: those the user opened, and after a failed submit those with an error, until
 * the user closes one again. `focusKey` is the form's: it changes on every failed submit, so a section
 * closed before that submit opens again when it still holds an error.
 */
export function useOpenSections(withErrors: ReadonlySet<string>, focusKey: number) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [closedAt, setClosedAt] = useState<ReadonlyMap<string, number>>(new Map());
  const isOpen = (id: string) => opened.has(id) || (withErrors.has(id) && closedAt.get(id) !== focusKey);
  const toggle = (id: string) => {
    if (isOpen(id)) {
      setOpened(new Set([...opened].filter((s) => s !== id)));
      setClosedAt(new Map([...closedAt, [id, focusKey]]));
    } else {
      setOpened(new Set([...opened, id]));
    }
  };
  return { isOpen, toggle };
}
