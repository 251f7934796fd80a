/**
 * Gevonden worden door werkgevers: gives the employerProfile consent (ADR 0019), which names the
 * participant's own region instead of an organisation. Shown on the portal's consent page and in the
 * consent section of the participant page; stopping it is the consent list's own withdraw button.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { Consent, ConsentMethod, Participant } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { RadioGroupField } from '../participants/ParticipantFields';
import { consentState } from '../participants/ConsentsSection';

export function FindableConsent({
  participant,
  consents,
  onGiven,
  asProfessional = false,
}: {
  participant: Participant;
  consents: Consent[];
  onGiven: () => Promise<void> | void;
  /** A professional records consent given on paper or aloud, and says which. */
  asProfessional?: boolean;
}) {
  const { t } = useI18n();
  const form = useForm('findable-');
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [done, setDone] = useState(false);
  const active = consents.some(
    (c) => c.category === 'employerProfile' && ['active', 'upcoming'].includes(consentState(c)),
  );
  return (
    <section aria-labelledby="findable-title" className="meedoen-section meedoen-card meedoen-portal-card">
      <Heading level={asProfessional ? 3 : 2} id="findable-title">
        {t('introductions.findable.title')}
      </Heading>
      <Paragraph>{t('introductions.findable.intro')}</Paragraph>
      <Paragraph>{t('introductions.findable.what')}</Paragraph>
      <Paragraph>{t('introductions.findable.decide')}</Paragraph>
      {done ? <Notice type="ok">{t('introductions.findable.given')}</Notice> : null}
      {active ? (
        <Paragraph>
          <strong>{t('introductions.findable.active', { region: participant.regionName })}</strong>
        </Paragraph>
      ) : (
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setDone(false);
            void form.submit(async () => {
              await api('POST', `/participants/${participant.id}/consents`, {
                categories: ['employerProfile'],
                purpose: 'matching',
                ...(asProfessional ? { method: method || undefined } : {}),
              });
              setDone(true);
              await onGiven();
            });
          }}
        >
          <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
          {asProfessional ? (
            <RadioGroupField
              id="findable-method"
              legend={t('introductions.findable.method')}
              value={method}
              onChange={setMethod}
              options={(['paper', 'verbal'] as const).map((m) => ({ value: m, label: t(`method.${m}` as MessageKey) }))}
              error={form.error('method')}
            />
          ) : null}
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {asProfessional ? t('introductions.findable.record') : t('introductions.findable.give')}
          </Button>
        </form>
      )}
    </section>
  );
}
