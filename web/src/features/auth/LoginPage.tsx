import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Session } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';

interface LoginOption {
  organisationSlug: string;
  organisationName: string;
  displayName: string;
  url: string;
}

export function nextPathFor(session: Session): string {
  if (session.state === 'secondFactor') {
    return '/inloggen/tweede-stap';
  }
  if (session.state === 'secondFactorSetup') {
    return '/tweede-stap-instellen';
  }
  return '/';
}

export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [options, setOptions] = useState<LoginOption[]>([]);
  const form = useForm();

  useEffect(() => {
    api<{ items: LoginOption[] }>('GET', '/login-options')
      .then((r) => setOptions(r.items))
      .catch(() => setOptions([]));
  }, []);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!email.trim()) {
      local.email = t('error.requiredEmail');
    }
    if (!password) {
      local.password = t('error.requiredPassword');
    }
    await form.submit(async () => {
      const session = await api<Session>('POST', '/sessions', { email: email.trim(), password });
      setSession(session);
      void navigate(nextPathFor(session));
    }, local);
  };

  return (
    <>
      <Heading level={1}>{t('login.title')}</Heading>
      {params.get('fout') === 'oidc' ? <Notice type="error">{t('login.oidcFailed')}</Notice> : null}
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <Paragraph>{t('login.intro')}</Paragraph>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="meedoen-form">
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={form.error('email')}
        />
        <TextField
          id="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.error('password')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy} disabled={form.busy}>
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten" className="utrecht-link">
          {t('login.forgot')}
        </RouterLink>
      </Paragraph>
      {options.length > 0 ? (
        <section aria-labelledby="oidc-title">
          <Heading level={2} id="oidc-title">
            {t('login.orOrganisation')}
          </Heading>
          <ul className="meedoen-plain-list">
            {options.map((o) => (
              <li key={o.organisationSlug}>
                <a className="utrecht-button-link utrecht-button-link--secondary-action" href={o.url}>
                  {o.displayName} ({o.organisationName})
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
