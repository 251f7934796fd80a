/** Choose a password with a mailed link: password reset and invitation (the token is in the URL fragment, never sent in a URL). */
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';

export function TokenPasswordPage({ mode }: { mode: 'reset' | 'invite' }) {
  const { t } = useI18n();
  const title = mode === 'reset' ? t('reset.title') : t('invite.title');
  usePageTitle(title);
  // Read the token once, then take it out of the address bar so it does not stay in the history or
  // end up in a screenshot; the fragment is never sent to a server.
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '');
  useEffect(() => {
    if (token && window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, [token]);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm();

  if (!token) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Notice type="error">{t('reset.noToken')}</Notice>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {done ? (
        <>
          <Notice type="ok">{mode === 'reset' ? t('reset.done') : t('invite.done')}</Notice>
          <Paragraph>
            <RouterLink to="/inloggen" className="utrecht-link">
              {t('login.title')}
            </RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
          <Paragraph>{mode === 'reset' ? t('reset.intro') : t('invite.intro')}</Paragraph>
          {mode === 'invite' ? <Paragraph>{t('reset.intro')}</Paragraph> : null}
          <form
            className="meedoen-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const local: Record<string, string> = {};
              if (!password) {
                local.password = t('error.requiredNewPassword');
              } else if (password !== again) {
                local.passwordAgain = t('error.passwordsDiffer');
              }
              void form.submit(async () => {
                await api('POST', mode === 'reset' ? '/password-resets' : '/invitation-acceptances', {
                  token,
                  password,
                });
                setDone(true);
              }, local);
            }}
          >
            <TextField
              id="password"
              label={t('reset.password')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={form.error('password') ?? form.error('token')}
            />
            <TextField
              id="passwordAgain"
              label={t('reset.passwordAgain')}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={setAgain}
              error={form.error('passwordAgain')}
            />
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {mode === 'reset' ? t('reset.submit') : t('invite.submit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
