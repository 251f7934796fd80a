import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { ROLES, type User } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFound } from '../../components/NotFound';
import { useOrganisations } from './useReference';

export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [user, setUser] = useState<User | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [organisations] = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm('role-');
  const status = useForm('status-');
  usePageTitle(user ? t('user.detailTitle', { name: user.name }) : t('user.listTitle'));

  const load = useCallback(async () => {
    try {
      setUser(await api<User>('GET', `/users/${id}`));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) {
        setNotFound(true);
      }
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (notFound) {
    return <NotFound />;
  }
  if (!user) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <>
      <Heading level={1}>{t('user.detailTitle', { name: user.name })}</Heading>
      {message ? <Notice type="ok">{message}</Notice> : null}
      <Paragraph>
        {user.email} — {t(`user.status.${user.status}` as MessageKey)}
      </Paragraph>
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/beheer/logboek?userId=${encodeURIComponent(user.id)}`}>
          {t('user.auditLink')}
        </RouterLink>
      </Paragraph>
      <ErrorSummary errors={status.summary} focusKey={status.focusKey} />
      {user.status !== 'invited' ? (
        <ConfirmButton
          question={
            user.status === 'disabled'
              ? t('user.unblockQuestion', { name: user.name })
              : t('user.blockQuestion', { name: user.name })
          }
          confirmLabel={user.status === 'disabled' ? t('user.unblock') : t('user.blockConfirm')}
          onConfirm={() =>
            void status.submit(async () => {
              setUser(
                await api<User>('PATCH', `/users/${id}`, {
                  status: user.status === 'disabled' ? 'active' : 'disabled',
                }),
              );
              setMessage(t('common.saved'));
            })
          }
        >
          {user.status === 'disabled' ? t('user.unblock') : t('user.block')}
        </ConfirmButton>
      ) : null}
      <section aria-labelledby="roles-title" className="meedoen-section">
        <Heading level={2} id="roles-title">
          {t('user.roles')}
        </Heading>
        <ul className="meedoen-plain-list">
          {user.memberships.map((m) => (
            <li key={m.id} className="meedoen-row">
              <span>
                {t('home.roleAt', { role: t(`role.${m.role}` as MessageKey), organisation: m.organisationName })}
              </span>
              <Button
                appearance="subtle-button"
                aria-label={`${t('user.removeRole')}: ${t(`role.${m.role}` as MessageKey)} (${m.organisationName})`}
                onClick={() =>
                  void form.submit(async () => {
                    setUser(await api<User>('DELETE', `/users/${id}/memberships/${m.id}`));
                  })
                }
              >
                {t('user.removeRole')}
              </Button>
            </li>
          ))}
        </ul>
        <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(async () => {
              setUser(
                await api<User>('POST', `/users/${id}/memberships`, {
                  organisationId: organisationId || undefined,
                  role: role || undefined,
                }),
              );
              setMessage(t('common.saved'));
            });
          }}
        >
          <SelectField
            id="role-organisationId"
            label={t('user.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            placeholder={t('common.choose')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={form.error('organisationId')}
          />
          <SelectField
            id="role-role"
            label={t('user.role')}
            value={role}
            onChange={setRole}
            placeholder={t('common.choose')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
            error={form.error('role')}
          />
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('user.addRole')}
          </Button>
        </form>
      </section>
    </>
  );
}
