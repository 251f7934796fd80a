import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { ROLES } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useOrganisations } from './useReference';

export function InvitePage() {
  const { t } = useI18n();
  usePageTitle(t('invite.adminTitle'));
  const [organisations] = useOrganisations();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm('invite-');
  return (
    <>
      <Heading level={1}>{t('invite.adminTitle')}</Heading>
      {sent ? <Notice type="ok">{t('invite.sent', { email: sent })}</Notice> : null}
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <Paragraph>{t('invite.adminIntro')}</Paragraph>
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSent(null);
          void form.submit(async () => {
            await api('POST', '/invitations', {
              name: name.trim(),
              email: email.trim(),
              organisationId: organisationId || undefined,
              role: role || undefined,
            });
            setSent(email.trim());
            setName('');
            setEmail('');
          });
        }}
      >
        <TextField
          id="invite-name"
          label={t('invite.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.error('name')}
        />
        <TextField
          id="invite-email"
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.error('email')}
        />
        <SelectField
          id="invite-organisationId"
          label={t('user.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('common.choose')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={form.error('organisationId')}
        />
        <SelectField
          id="invite-role"
          label={t('user.role')}
          value={role}
          onChange={setRole}
          placeholder={t('common.choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
          error={form.error('role')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('invite.send')}
        </Button>
      </form>
    </>
  );
}
