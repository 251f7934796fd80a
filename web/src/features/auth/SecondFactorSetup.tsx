/** Setting up TOTP: secret + QR code, confirm with a code, then show the recovery codes once. */
import { useState } from 'react';
import { Button, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';

interface Setup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

function toBase64(text: string): string {
  return window.btoa(unescape(encodeURIComponent(text)));
}

export function SecondFactorSetup({ onDone, headingLevel = 2 }: { onDone: () => void; headingLevel?: 1 | 2 }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useForm('setup-');
  const confirm = useForm('setup-');

  if (codes) {
    return (
      <section aria-labelledby="recovery-title">
        <Heading level={headingLevel} id="recovery-title">
          {t('setup.recoveryTitle')}
        </Heading>
        <Paragraph>{t('setup.recoveryIntro')}</Paragraph>
        <ul className="meedoen-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <Button appearance="primary-action-button" onClick={onDone}>
          {t('setup.continue')}
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby="setup-title">
      <Heading level={headingLevel} id="setup-title">
        {t('setup.title')}
      </Heading>
      <ErrorSummary errors={[...start.summary, ...confirm.summary]} focusKey={start.focusKey + confirm.focusKey} />
      <Paragraph>{t('setup.intro')}</Paragraph>
      {!setup ? (
        <Button
          appearance="primary-action-button"
          busy={start.busy}
          onClick={() => void start.submit(async () => setSetup(await api<Setup>('POST', '/me/second-factor')))}
        >
          {t('setup.start')}
        </Button>
      ) : (
        <OrderedList>
          <OrderedListItem>{t('setup.step1')}</OrderedListItem>
          <OrderedListItem>
            {t('setup.step2')} <code className="meedoen-secret">{setup.secret}</code>
            <img
              className="meedoen-qr"
              src={`data:image/svg+xml;base64,${toBase64(setup.qrSvg)}`}
              alt={t('setup.qrAlt')}
              width={200}
              height={200}
            />
          </OrderedListItem>
          <OrderedListItem>
            {t('setup.step3')}
            <form
              className="meedoen-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void confirm.submit(
                  async () => {
                    const result = await api<{ recoveryCodes: string[] }>('PUT', '/me/second-factor', {
                      code: code.trim(),
                    });
                    setCodes(result.recoveryCodes);
                  },
                  code.trim() ? {} : { code: t('error.requiredCode') },
                );
              }}
            >
              <TextField
                id="setup-code"
                label={t('secondFactor.code')}
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={setCode}
                error={confirm.error('code')}
              />
              <Button type="submit" appearance="primary-action-button" busy={confirm.busy}>
                {t('setup.submit')}
              </Button>
            </form>
          </OrderedListItem>
        </OrderedList>
      )}
    </section>
  );
}
