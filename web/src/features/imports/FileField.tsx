/**
 * A file input in the Utrecht field anatomy (label → description → error → control, joined by
 * aria-describedby; WCAG 1.3.1, 3.3.1, 3.3.2). The NL Design System has no file input component yet,
 * so this is the browser's own control, styled in imports.css: it works with a keyboard and a screen
 * reader in every browser, which a custom drop zone would have to rebuild.
 */
import type { ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

export function FileField(props: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  const { id, label, description, error } = props;
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          type="file"
          className={`meedoen-file-input${error ? ' meedoen-file-input--invalid' : ''}`}
          accept={props.accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
        />
      </div>
    </FormField>
  );
}
