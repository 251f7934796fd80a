/**
 * Step 2: which column of the file holds which field. A table with per field its name, whether it is
 * required, what goes in it and a choice of the file's columns, preselected from the server's
 * suggestion (matched on the header names). "Controleren" starts the check.
 *
 * WCAG: each select has a real <label> (the field's name) and is described by "required" and the help
 * text (1.3.1, 3.3.2); a wrong choice is said at the field and in the error summary, which takes focus
 * (3.3.1); on narrow screens the rows become blocks, so nothing scrolls sideways (1.4.10).
 */
import { useState } from 'react';
import {
  Button,
  FormFieldErrorMessage,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import type { ImportView } from '../../lib/types';
import { ScrollRegion } from './ScrollRegion';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useForm } from '../../components/useForm';
import { columnLetter, initialMapping, mappingBody, mappingProblems, type MappingValues } from './imports';

const PREFIX = 'map-';

/** The server points at `/mapping/<field>`; the form's fields are named by the field alone. */
function atMappingFields(error: unknown): unknown {
  if (!(error instanceof ApiProblem)) {
    return error;
  }
  return new ApiProblem(
    error.status,
    error.code,
    error.title,
    error.detail,
    error.errors.map((e) => ({ ...e, location: { pointer: e.location.pointer.replace(/^\/mapping(?=\/)/, '') } })),
  );
}

export function MappingStep({
  view,
  onStarted,
  onCancel,
}: {
  view: ImportView;
  /** Called once the check has started (the server answered 202). */
  onStarted: () => Promise<void>;
  /** Shown as "Annuleren" when the mapping is opened again after a check. */
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<MappingValues>(() => initialMapping(view.fields));
  const form = useForm(PREFIX);
  const chosen = new Set(Object.values(values).filter((v) => v !== ''));
  const unused = view.columns.filter((c) => !chosen.has(String(c.index)));
  const columnName = (index: number, header: string) =>
    t('import.mapping.column', { header, letter: columnLetter(index) });

  const localErrors = (): Record<string, string> =>
    Object.fromEntries(
      Object.entries(mappingProblems(view.fields, values)).map(([key, p]) => [
        key,
        p.kind === 'required' ? t('import.mapping.required') : t('import.mapping.twice', { other: p.other }),
      ]),
    );

  return (
    <>
      <Paragraph>{t('import.mapping.intro')}</Paragraph>
      <Paragraph>{t('import.mapping.notRead')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        noValidate
        className="meedoen-import-mapping"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            try {
              await api('POST', `/imports/${view.id}/validation`, mappingBody(values));
            } catch (error) {
              throw atMappingFields(error);
            }
            await onStarted();
          }, localErrors());
        }}
      >
        <ScrollRegion labelledBy="import-mapping-caption">
          <Table className="meedoen-mapping-table">
            <TableCaption id="import-mapping-caption" className="meedoen-table-caption">
              {t('import.mapping.caption', { fileName: view.fileName })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('import.mapping.field')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.mapping.required.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.mapping.help')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.mapping.yourColumn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.fields.map((f) => {
                const id = `${PREFIX}${f.key}`;
                const error = form.error(f.key);
                return (
                  <TableRow key={f.key} className={error ? 'meedoen-mapping-table__row--invalid' : undefined}>
                    <TableHeaderCell scope="row">
                      <label htmlFor={id} className="utrecht-form-label">
                        {f.label}
                      </label>
                    </TableHeaderCell>
                    <TableCell id={`${id}-required`} className="meedoen-mapping-table__required">
                      {f.required ? t('import.mapping.isRequired') : t('import.mapping.isOptional')}
                    </TableCell>
                    <TableCell id={`${id}-description`} className="meedoen-mapping-table__help">
                      {f.help}
                    </TableCell>
                    <TableCell className="meedoen-mapping-table__choice">
                      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
                      <Select
                        id={id}
                        name={id}
                        value={values[f.key] ?? ''}
                        invalid={Boolean(error)}
                        aria-required={f.required || undefined}
                        aria-describedby={[`${id}-required`, `${id}-description`, error ? `${id}-error` : '']
                          .filter(Boolean)
                          .join(' ')}
                        onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
                      >
                        <SelectOption value="">
                          {f.required ? t('import.mapping.choose') : t('import.mapping.skip')}
                        </SelectOption>
                        {view.columns.map((c) => (
                          <SelectOption key={c.index} value={String(c.index)}>
                            {columnName(c.index, c.header)}
                          </SelectOption>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollRegion>
        {unused.length > 0 ? (
          <Paragraph>
            {t(unused.length === 1 ? 'import.mapping.unusedOne' : 'import.mapping.unused', {
              columns: unused.map((c) => columnName(c.index, c.header)).join(', '),
            })}
          </Paragraph>
        ) : null}
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('import.mapping.submit')}
          </Button>
          {onCancel ? (
            <Button appearance="subtle-button" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
        {/* The server may answer only when a small file is checked already: say that it is busy. */}
        <div role="status" className="meedoen-import-busy">
          {form.busy ? <Paragraph>{t('import.mapping.busy')}</Paragraph> : null}
        </div>
      </form>
    </>
  );
}
