import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
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
import type { Membership } from '../../lib/types';
import { useI18n, type Language, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { SecondFactorSetup } from '../auth/SecondFactorSetup';
import { formatDateTime } from '../../lib/format';
import { describeDevice } from '../../lib/device';

interface Profile {
  id: string;
  name: string;
  email: string;
  language: Language;
  secondFactorEnabled: boolean;
  secondFactorRequired: boolean;
  recoveryCodesLeft: number;
  memberships: Membership[];
}
interface OwnSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  clientAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

export function ProfilePage() {
  const { t, lang, setLang } = useI18n();
  usePageTitle(t('profile.title'));
  const { refresh, setSession } = useSession();
  const navigate = useNavigate();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [sessions, setSessions] = useState<OwnSession[]>([]);
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>('nl');
  const [saved, setSaved] = useState<string | null>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [settingUp, setSettingUp] = useState(false);
  const [disableCode, setDisableCode] = useState('');
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const details = useForm('profile-');
  const password = useForm('pw-');
  const factor = useForm('mfa-');

  const load = useCallback(async () => {
    const p = await api<Profile>('GET', '/me');
    setProfile(p);
    setName(p.name);
    setLanguage(p.language);
    setSessions((await api<{ items: OwnSession[] }>('GET', '/me/sessions')).items);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  // The header's language switch also changes the account's language: keep the form in step.
  useEffect(() => {
    setLanguage(lang);
  }, [lang]);

  if (!profile) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }

  return (
    <>
      <Heading level={1}>{t('profile.title')}</Heading>
      {saved ? <Notice type="ok">{saved}</Notice> : null}

      <section aria-labelledby="details-title" className="meedoen-section">
        <Heading level={2} id="details-title">
          {t('profile.details')}
        </Heading>
        <ErrorSummary errors={details.summary} focusKey={details.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void details.submit(async () => {
              const p = await api<Profile>('PATCH', '/me', { name: name.trim(), language });
              setProfile(p);
              if (p.language !== lang) {
                setLang(p.language);
              }
              await refresh();
              setSaved(t('common.saved'));
            });
          }}
        >
          <TextField
            id="profile-name"
            label={t('profile.name')}
            autoComplete="name"
            value={name}
            onChange={setName}
            error={details.error('name')}
          />
          <Paragraph>
            {t('profile.email')}: <strong>{profile.email}</strong>
          </Paragraph>
          <SelectField
            id="profile-language"
            label={t('profile.language')}
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            options={[
              { value: 'nl', label: t('profile.language.nl') },
              { value: 'en', label: t('profile.language.en') },
            ]}
            error={details.error('language')}
          />
          <Button type="submit" appearance="primary-action-button" busy={details.busy}>
            {t('common.save')}
          </Button>
        </form>
        <Heading level={3}>{t('profile.roles')}</Heading>
        <ul>
          {profile.memberships.map((m) => (
            <li key={m.id}>
              {t('home.roleAt', { role: t(`role.${m.role}` as MessageKey), organisation: m.organisationName })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="password-title" className="meedoen-section">
        <Heading level={2} id="password-title">
          {t('profile.passwordTitle')}
        </Heading>
        <ErrorSummary errors={password.summary} focusKey={password.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void password
              .submit(async () => {
                await api('PUT', '/me/password', { currentPassword, newPassword });
                setCurrentPassword('');
                setNewPassword('');
                setSaved(t('profile.passwordChanged'));
              })
              .then(() => load());
          }}
        >
          <TextField
            id="pw-currentPassword"
            label={t('profile.currentPassword')}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={password.error('currentPassword')}
          />
          <TextField
            id="pw-newPassword"
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHint')}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={setNewPassword}
            error={password.error('newPassword')}
          />
          <Button type="submit" appearance="secondary-action-button" busy={password.busy}>
            {t('profile.passwordTitle')}
          </Button>
        </form>
      </section>

      <section aria-labelledby="mfa-title" className="meedoen-section">
        <Heading level={2} id="mfa-title">
          {t('profile.secondFactorTitle')}
        </Heading>
        <ErrorSummary errors={factor.summary} focusKey={factor.focusKey} />
        {profile.secondFactorEnabled ? (
          <>
            <Paragraph>{t('profile.secondFactorOn', { count: profile.recoveryCodesLeft })}</Paragraph>
            {newCodes ? (
              <ul className="meedoen-codes">
                {newCodes.map((c) => (
                  <li key={c}>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            ) : null}
            <Button
              appearance="secondary-action-button"
              onClick={() =>
                void factor
                  .submit(async () =>
                    setNewCodes((await api<{ recoveryCodes: string[] }>('POST', '/me/recovery-codes')).recoveryCodes),
                  )
                  .then(() => load())
              }
            >
              {t('profile.newRecoveryCodes')}
            </Button>
            {profile.secondFactorRequired ? (
              <Paragraph>{t('profile.secondFactorRequired')}</Paragraph>
            ) : (
              <form
                className="meedoen-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void factor
                    .submit(async () => {
                      await api('DELETE', '/me/second-factor', { code: disableCode.trim() });
                      setDisableCode('');
                      setSaved(t('profile.secondFactorDisabled'));
                    })
                    .then(() => load());
                }}
              >
                <TextField
                  id="mfa-code"
                  label={t('profile.secondFactorDisableCode')}
                  autoComplete="one-time-code"
                  value={disableCode}
                  onChange={setDisableCode}
                  error={factor.error('code')}
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t('profile.secondFactorDisable')}
                </Button>
              </form>
            )}
          </>
        ) : settingUp ? (
          <SecondFactorSetup
            onDone={() => {
              setSettingUp(false);
              void load();
            }}
          />
        ) : (
          <>
            <Paragraph>{t('profile.secondFactorOff')}</Paragraph>
            <Button appearance="primary-action-button" onClick={() => setSettingUp(true)}>
              {t('profile.secondFactorSetup')}
            </Button>
          </>
        )}
      </section>

      <section aria-labelledby="sessions-title" className="meedoen-section">
        <Heading level={2} id="sessions-title">
          {t('profile.sessionsTitle')}
        </Heading>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('profile.sessionStarted')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profile.sessionLastSeen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profile.sessionDevice')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profile.sessionAddress')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {formatDateTime(s.createdAt, lang)}{' '}
                  {s.current ? <strong>({t('profile.sessionCurrent')})</strong> : null}
                </TableCell>
                <TableCell>{formatDateTime(s.lastSeenAt, lang)}</TableCell>
                <TableCell>{describeDevice(s.userAgent, t('profile.deviceOn')) ?? '—'}</TableCell>
                <TableCell>{s.clientAddress ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <ConfirmButton
          question={t('profile.logoutEverywhereQuestion')}
          confirmLabel={t('profile.logoutEverywhere')}
          onConfirm={() =>
            void api('DELETE', '/me/sessions').finally(() => {
              setSession(null);
              void navigate('/inloggen');
            })
          }
        >
          {t('profile.logoutEverywhere')}
        </ConfirmButton>
      </section>
    </>
  );
}
