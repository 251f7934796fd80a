import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Session } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';

export function SecondFactorPage() {
  const { t } = useI18n();
  usePageTitle(t('secondFactor.title'));
  const { setSession, logout } = useSession();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const form = useForm();

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    await form.submit(
      async () => {
        const session = await api<Session>('POST', '/sessions/current/second-factor', { code: code.trim() });
        setSession(session);
        void navigate('/');
      },
      code.trim() ? {} : { code: t('error.requiredCode') },
    );
  };

  return (
    <>
      <Heading level={1}>{t('secondFactor.title')}</Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <Paragraph>{t('secondFactor.intro')}</Paragraph>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="meedoen-form">
        <TextField
          id="code"
          label={t('secondFactor.code')}
          description={t('secondFactor.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={setCode}
          error={form.error('code')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy} disabled={form.busy}>
          {t('secondFactor.submit')}
        </Button>
      </form>
      <Paragraph>
        <Button appearance="subtle-button" onClick={() => void logout().then(() => void navigate('/inloggen'))}>
          {t('secondFactor.restart')}
        </Button>
      </Paragraph>
    </>
  );
}
