import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm();
  return (
    <>
      <Heading level={1}>{t('forgot.title')}</Heading>
      {done ? (
        <Notice type="ok">{t('forgot.done')}</Notice>
      ) : (
        <>
          <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <form
            className="meedoen-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void form.submit(
                async () => {
                  await api('POST', '/password-reset-requests', { email: email.trim() });
                  setDone(true);
                },
                email.trim() ? {} : { email: t('error.requiredEmail') },
              );
            }}
          >
            <TextField
              id="email"
              label={t('login.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={form.error('email')}
            />
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph>
        <RouterLink to="/inloggen" className="utrecht-link">
          {t('login.title')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
