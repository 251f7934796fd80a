/**
 * Form fields in the Utrecht anatomy: label → description → error → control, joined by
 * aria-describedby, aria-invalid when in error (WCAG 1.3.1, 3.3.1, 3.3.2, 4.1.2).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';

interface Common {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Description and error message, with the ids that the control's aria-describedby points at. */
function FieldMessages({ id, description, error }: Omit<Common, 'label'>) {
  return (
    <>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
    </>
  );
}

/** Label → description → error → control, the Utrecht field anatomy shared by text and select fields. */
function LabelledField({ id, label, description, error, children }: Common & { children: ReactNode }) {
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'url' | 'search';
    autoComplete?: string;
    inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
    required?: boolean;
    onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  },
) {
  const { id, label, description, error } = props;
  return (
    <LabelledField id={id} label={label} description={description} error={error}>
      <Textbox
        id={id}
        name={id}
        type={props.type ?? 'text'}
        value={props.value}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, description, error)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        onKeyDown={props.onKeyDown}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </LabelledField>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
    placeholder?: string;
  },
) {
  const { id, label, description, error } = props;
  return (
    <LabelledField id={id} label={label} description={description} error={error}>
      <Select
        id={id}
        name={id}
        value={props.value}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, description, error)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined ? <SelectOption value="">{props.placeholder}</SelectOption> : null}
        {props.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </LabelledField>
  );
}

export function CheckboxField(props: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, description, error } = props;
  return (
    <FormField type="checkbox" invalid={Boolean(error)}>
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={id}
          checked={props.checked}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          onChange={(e) => props.onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </FormField>
  );
}
