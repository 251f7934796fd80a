/**
 * Wie mag mijn gegevens zien: the participant's consents in plain words (B1), one sentence each
 * ("Gemeente Utrecht mag uw plan zien, voor een samenhangend plan. U gaf dit op papier op 3 november
 * 2026."), a form to give consent and a button to stop each one, which asks first. As participant
 * the server records the method `portal` itself, so the form sends none.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { DATA_CATEGORIES, PURPOSES, type Consent, type DataCategory, type Participant } from '../../lib/types';
import '../participants/participants.css';
import './portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { CheckboxGroupField, RadioGroupField } from '../participants/ParticipantFields';
import { consentState, sortConsents } from '../participants/ConsentsSection';
import { useRegionOrganisations } from '../participants/useReference';
import { formatDate, formatDayOf } from '../participants/dates';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';
import { FindableConsent } from '../introductions/FindableConsent';
import { receiverOf } from '../introductions/consent';

/** One consent as the participant reads it: what, for what, and how and when they gave it. */
export function consentSentences(
  c: Consent,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  lang: string,
  ownName: string,
): string[] {
  const state = consentState(c);
  const what = {
    organisation: receiverOf(c, t),
    category: t(`portal.category.${c.category}` as MessageKey),
    purpose: t(`portal.purpose.${c.purpose}` as MessageKey),
  };
  const out = [
    t(state === 'active' || state === 'upcoming' ? 'portal.consentMay' : 'portal.consentMayNot', what),
    t(`portal.given.${c.method}` as MessageKey, { date: formatDayOf(c.recordedAt, lang) }),
  ];
  if (state === 'upcoming') {
    out.push(t('portal.consentFrom', { date: formatDate(c.startsOn, lang) }));
  }
  if (c.endsOn && (state === 'active' || state === 'upcoming')) {
    out.push(t('portal.consentUntil', { date: formatDate(c.endsOn, lang) }));
  }
  if (state === 'ended' && c.endsOn) {
    out.push(t('portal.consentEnded', { date: formatDate(c.endsOn, lang) }));
  }
  if (state === 'withdrawn' && c.withdrawnAt) {
    const date = formatDayOf(c.withdrawnAt, lang);
    out.push(
      !c.withdrawnByName || c.withdrawnByName === ownName
        ? t('portal.consentStoppedByYou', { date })
        : t('portal.consentStoppedBy', { name: c.withdrawnByName, date }),
    );
  }
  return out;
}

function GiveConsentForm({ participant, onGiven }: { participant: Participant; onGiven: () => Promise<void> }) {
  const { t } = useI18n();
  const organisations = useRegionOrganisations(participant.regionCode);
  const [organisationId, setOrganisationId] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState<string>('');
  const [done, setDone] = useState(false);
  const form = useForm('give-');
  return (
    <section aria-labelledby="give-title" className="meedoen-section meedoen-card meedoen-portal-card">
      <Heading level={2} id="give-title">
        {t('portal.giveTitle')}
      </Heading>
      <Paragraph>{t('portal.giveIntro')}</Paragraph>
      {done ? <Notice type="ok">{t('portal.givenDone')}</Notice> : null}
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setDone(false);
          void form.submit(async () => {
            await api('POST', `/participants/${participant.id}/consents`, {
              organisationId: organisationId || undefined,
              categories,
              purpose: purpose || undefined,
            });
            setOrganisationId('');
            setCategories([]);
            setPurpose('');
            setDone(true);
            await onGiven();
          });
        }}
      >
        <SelectField
          id="give-organisationId"
          label={t('portal.giveOrganisation')}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('common.choose')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={form.error('organisationId')}
        />
        <CheckboxGroupField
          id="give-categories"
          legend={t('portal.giveCategories')}
          description={t('portal.giveCategoriesHint')}
          value={categories}
          onChange={setCategories}
          options={DATA_CATEGORIES.map((c) => ({
            value: c,
            label: t(`portal.categoryLabel.${c}` as MessageKey),
            description: t(`portal.categoryHint.${c}` as MessageKey),
          }))}
          error={form.error('categories')}
        />
        <RadioGroupField
          id="give-purpose"
          legend={t('portal.givePurpose')}
          value={purpose}
          onChange={setPurpose}
          options={PURPOSES.map((p) => ({ value: p, label: t(`portal.purposeLabel.${p}` as MessageKey) }))}
          error={form.error('purpose')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('portal.giveSubmit')}
        </Button>
      </form>
    </section>
  );
}

export function OwnConsentsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('portal.consentsTitle'));
  const { session } = useSession();
  const ownName = session?.user.name ?? '';
  const [participant, setParticipant] = useState<Participant | null>(null);
  const [missing, setMissing] = useState(false);
  const [consents, setConsents] = useState<Consent[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const stop = useForm('stop-');

  const loadConsents = async (id: string) => {
    setConsents((await api<{ items: Consent[] }>('GET', `/participants/${id}/consents`)).items);
  };

  useEffect(() => {
    setLoadError(null);
    api<Participant>('GET', '/me/participant')
      .then(async (p) => {
        setParticipant(p);
        await loadConsents(p.id);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) {
          setMissing(true);
        } else {
          setLoadError(t('portal.loadError'));
        }
      });
  }, [lang]);

  // After stopping a consent its button is gone: focus goes to the message that says it worked.
  useEffect(() => {
    if (message) {
      messageRef.current?.focus();
    }
  }, [message]);

  const sorted = sortConsents(consents ?? []);
  const now = sorted.filter((c) => ['active', 'upcoming'].includes(consentState(c)));
  const past = sorted.filter((c) => !['active', 'upcoming'].includes(consentState(c)));

  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('portal.consentsTitle')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('portal.consentsIntro')}</Paragraph>
      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {participant && consents ? (
        <>
          <div ref={messageRef} tabIndex={-1} className="meedoen-focus-target">
            {message ? <Notice type="ok">{message}</Notice> : null}
          </div>
          <ErrorSummary errors={stop.summary} focusKey={stop.focusKey} />
          <section aria-labelledby="now-title" className="meedoen-section">
            <Heading level={2} id="now-title">
              {t('portal.nowMayTitle')}
            </Heading>
            {now.length === 0 ? <Paragraph>{t('portal.nobody')}</Paragraph> : null}
            <ul className="meedoen-consent-list" hidden={now.length === 0}>
              {now.map((c) => {
                const category = t(`portal.category.${c.category}` as MessageKey);
                const organisation = receiverOf(c, t);
                return (
                  <li key={c.id} className="meedoen-consent">
                    {consentSentences(c, t, lang, ownName).map((s) => (
                      <Paragraph key={s}>{s}</Paragraph>
                    ))}
                    <ConfirmButton
                      ariaLabel={t('portal.stopLabel', { organisation, category })}
                      question={t('portal.stopQuestion', { organisation, category })}
                      confirmLabel={t('portal.stopConfirm')}
                      onConfirm={() =>
                        void stop.submit(async () => {
                          await api('DELETE', `/participants/${participant.id}/consents/${c.id}`);
                          await loadConsents(participant.id);
                          setMessage(t('portal.stopped', { organisation, category }));
                        })
                      }
                    >
                      {t('portal.stop')}
                    </ConfirmButton>
                  </li>
                );
              })}
            </ul>
          </section>
          <GiveConsentForm participant={participant} onGiven={() => loadConsents(participant.id)} />
          <FindableConsent participant={participant} consents={consents} onGiven={() => loadConsents(participant.id)} />
          {past.length > 0 ? (
            <section aria-labelledby="past-title" className="meedoen-section">
              <Heading level={2} id="past-title">
                {t('portal.pastTitle')}
              </Heading>
              <ul className="meedoen-consent-list">
                {past.map((c) => (
                  <li key={c.id} className="meedoen-consent meedoen-consent--past">
                    {consentSentences(c, t, lang, ownName).map((s) => (
                      <Paragraph key={s}>{s}</Paragraph>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {!participant && !missing && !loadError ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      <PortalLinks current="consents" />
    </div>
  );
}
