/**
 * Contact persons at the employer: name, role, phone, e-mail (personal data of the contact: the server
 * logs every read). Those who may manage them add, correct and remove them here.
 */
import { useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { useStatusMessage } from '../../components/useStatusMessage';
import type { Contact, Employer } from './types';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function ContactForm({
  employerId,
  contact,
  onSaved,
  onCancel,
}: {
  employerId: string;
  contact?: Contact;
  onSaved: (c: Contact) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = contact ? `contact-${contact.id}-` : 'contact-new-';
  const form = useForm(prefix);
  const [v, setV] = useState({
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    isPrimary: contact?.isPrimary ?? false,
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The server's pattern for phone numbers; its own message for a pattern is too general here.
          const phoneOk = v.phone.trim() === '' || /^\+?[0-9][0-9 ()-]{6,19}$/.test(v.phone.trim());
          void form.submit(
            async () => {
              const body = {
                name: v.name.trim(),
                role: orNull(v.role),
                phone: orNull(v.phone),
                email: orNull(v.email),
                isPrimary: v.isPrimary,
              };
              onSaved(
                contact
                  ? await api<Contact>('PATCH', `/employers/${employerId}/contacts/${contact.id}`, body)
                  : await api<Contact>('POST', `/employers/${employerId}/contacts`, body),
              );
            },
            phoneOk ? {} : { phone: t('employers.contact.phoneInvalid') },
          );
        }}
      >
        <TextField
          id={`${prefix}name`}
          label={t('employers.contact.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={form.error('name')}
        />
        <TextField
          id={`${prefix}role`}
          label={`${t('employers.contact.role')} ${t('common.optional')}`}
          value={v.role}
          onChange={(role) => setV({ ...v, role })}
          error={form.error('role')}
        />
        <TextField
          id={`${prefix}phone`}
          label={`${t('employers.contact.phone')} ${t('common.optional')}`}
          value={v.phone}
          onChange={(phone) => setV({ ...v, phone })}
          error={form.error('phone')}
        />
        <TextField
          id={`${prefix}email`}
          type="email"
          label={`${t('employers.contact.email')} ${t('common.optional')}`}
          value={v.email}
          onChange={(email) => setV({ ...v, email })}
          error={form.error('email')}
        />
        <CheckboxField
          id={`${prefix}isPrimary`}
          label={t('employers.contact.primary')}
          checked={v.isPrimary}
          onChange={(isPrimary) => setV({ ...v, isPrimary })}
          error={form.error('isPrimary')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('common.save')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The page loads the contact persons once (every read is logged) and passes them to this panel and the log. */
export function ContactsPanel({
  employer,
  data,
  error,
  reload,
  onChanged,
}: {
  employer: Employer;
  data: { items: Contact[] } | null | undefined;
  error: string | null;
  reload: () => Promise<void>;
  /** after a change, so that the page's history is read again */
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const status = useStatusMessage();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const canManage = employer.permissions.manageContacts;
  return (
    <section aria-labelledby="contactpersonen" className="meedoen-section">
      <Heading level={2} id="contactpersonen">
        {t('employers.contacts.title')}
      </Heading>
      <Paragraph small>{t('employers.contacts.privacy')}</Paragraph>
      {status.region}
      {error ? <Notice type="error">{error}</Notice> : null}
      {removeError ? <Notice type="error">{removeError}</Notice> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('employers.contacts.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employers.contact.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.contact.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.contact.phone')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employers.contact.email')}</TableHeaderCell>
                {canManage ? <TableHeaderCell scope="col">{t('employers.actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    {c.name}
                    {c.isPrimary ? (
                      <span className="meedoen-cell-note">{t('employers.contact.primaryShort')}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{c.role ?? '–'}</TableCell>
                  <TableCell>{c.phone ?? '–'}</TableCell>
                  <TableCell>{c.email ?? '–'}</TableCell>
                  {canManage ? (
                    <TableCell>
                      <Expander
                        id={`edit-contact-${c.id}`}
                        label={t('employers.edit')}
                        ariaLabel={t('employers.contact.editOf', { name: c.name })}
                        appearance="subtle-button"
                      >
                        {(close) => (
                          <ContactForm
                            employerId={employer.id}
                            contact={c}
                            onCancel={close}
                            onSaved={() => {
                              close();
                              status.show(t('employers.contact.saved'));
                              void reload();
                              onChanged();
                            }}
                          />
                        )}
                      </Expander>
                      <ConfirmButton
                        appearance="subtle-button"
                        ariaLabel={t('employers.contact.removeOf', { name: c.name })}
                        question={t('employers.contact.removeQuestion', { name: c.name })}
                        confirmLabel={t('employers.contact.removeConfirm')}
                        onConfirm={() => {
                          setRemoveError(null);
                          api('DELETE', `/employers/${employer.id}/contacts/${c.id}`)
                            .then(async () => {
                              status.show(t('employers.contact.removed'), { focus: true });
                              await reload();
                              onChanged();
                            })
                            .catch(() => setRemoveError(t('error.generic')));
                        }}
                      >
                        {t('employers.remove')}
                      </ConfirmButton>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {canManage ? (
        <Expander id="new-contact" label={t('employers.contact.add')}>
          {(close) => (
            <ContactForm
              employerId={employer.id}
              onCancel={close}
              onSaved={() => {
                close();
                status.show(t('employers.contact.saved'));
                void reload();
                onChanged();
              }}
            />
          )}
        </Expander>
      ) : null}
    </section>
  );
}
