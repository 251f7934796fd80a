/**
 * The consents of one participant as their professional sees them: which organisation may see which
 * kind of data for which purpose, how it was given and who recorded it, also when withdrawn (nothing
 * is deleted). A professional records consent given on paper or aloud; the participant gives it in
 * the portal. Withdrawing asks first: access stops at the next request.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { DATA_CATEGORIES, PURPOSES, type Consent, type DataCategory, type Participant } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { CheckboxGroupField, RadioGroupField, TextareaField } from './ParticipantFields';
import { useRegionOrganisations } from './useReference';
import { formatDate, formatDayOf, todayInNl } from './dates';
import { FindableConsent } from '../introductions/FindableConsent';
import { receiverOf } from '../introductions/consent';

export type ConsentState = 'active' | 'upcoming' | 'ended' | 'withdrawn';

/** Where a consent stands today: withdrawn, not started yet, ended, or in force. */
export function consentState(c: Consent, today: string = todayInNl()): ConsentState {
  if (c.withdrawnAt) {
    return 'withdrawn';
  }
  if (c.active) {
    return 'active';
  }
  return c.startsOn > today ? 'upcoming' : 'ended';
}

/** In force first, then not yet started, then the history; newest first within each. */
export function sortConsents(items: Consent[]): Consent[] {
  const rank: Record<ConsentState, number> = { active: 0, upcoming: 1, ended: 2, withdrawn: 3 };
  return [...items].sort(
    (a, b) => rank[consentState(a)] - rank[consentState(b)] || b.recordedAt.localeCompare(a.recordedAt),
  );
}

function RecordConsentForm({ participant, onRecorded }: { participant: Participant; onRecorded: () => void }) {
  const { t } = useI18n();
  const organisations = useRegionOrganisations(participant.regionCode);
  const [organisationId, setOrganisationId] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState('');
  const [method, setMethod] = useState<'paper' | 'verbal' | ''>('');
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm('consent-');
  return (
    <section aria-labelledby="consent-new" className="meedoen-subsection">
      <Heading level={3} id="consent-new">
        {t('consent.record')}
      </Heading>
      <Paragraph>{t('consent.recordIntro')}</Paragraph>
      {done ? <Notice type="ok">{t('consent.recorded')}</Notice> : null}
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
              method: method || undefined,
              endsOn: endsOn || undefined,
              note: note.trim() || undefined,
            });
            setCategories([]);
            setEndsOn('');
            setNote('');
            setDone(true);
            onRecorded();
          });
        }}
      >
        <SelectField
          id="consent-organisationId"
          label={t('consent.organisation')}
          description={t('consent.organisationHint')}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('common.choose')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={form.error('organisationId')}
        />
        <CheckboxGroupField
          id="consent-categories"
          legend={t('consent.categories')}
          value={categories}
          onChange={setCategories}
          options={DATA_CATEGORIES.map((c) => ({
            value: c,
            label: t(`category.${c}` as MessageKey),
            description: t(`category.${c}.hint` as MessageKey),
          }))}
          error={form.error('categories')}
        />
        <SelectField
          id="consent-purpose"
          label={t('consent.purpose')}
          value={purpose}
          onChange={setPurpose}
          placeholder={t('common.choose')}
          options={PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}` as MessageKey) }))}
          error={form.error('purpose')}
        />
        <RadioGroupField
          id="consent-method"
          legend={t('consent.method')}
          value={method}
          onChange={setMethod}
          options={[
            { value: 'paper', label: t('method.paper') },
            { value: 'verbal', label: t('method.verbal'), description: t('method.verbalHint') },
          ]}
          error={form.error('method')}
        />
        <TextField
          id="consent-endsOn"
          label={`${t('consent.endsOn')} ${t('common.optional')}`}
          description={t('consent.endsOnHint')}
          type="date"
          value={endsOn}
          onChange={setEndsOn}
          error={form.error('endsOn')}
        />
        <TextareaField
          id="consent-note"
          label={`${t('consent.note')} ${t('common.optional')}`}
          value={note}
          onChange={setNote}
          error={form.error('note')}
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('consent.recordSubmit')}
        </Button>
      </form>
    </section>
  );
}

export function ConsentsSection({
  participant,
  consents,
  reload,
  canManage = true,
}: {
  participant: Participant;
  consents: Consent[];
  reload: () => Promise<void>;
  /** The server's `permissions.manageConsents`: record and withdraw. */
  canManage?: boolean;
}) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const withdraw = useForm('withdraw-');
  // The withdraw button is gone once it did its work: focus goes to the message that says so.
  useEffect(() => {
    if (message) {
      messageRef.current?.focus();
    }
  }, [message]);
  const sorted = sortConsents(consents);
  const name = `${participant.givenName} ${participant.familyName}`;
  return (
    <>
      <Paragraph>{t('consent.intro', { name: participant.givenName })}</Paragraph>
      <div ref={messageRef} tabIndex={-1} className="meedoen-focus-target">
        {message ? <Notice type="ok">{message}</Notice> : null}
      </div>
      <ErrorSummary errors={withdraw.summary} focusKey={withdraw.focusKey} />
      {sorted.length === 0 ? <Paragraph>{t('consent.none')}</Paragraph> : null}
      {sorted.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableCaption className="meedoen-table-caption">{t('consent.caption', { name })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('consent.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('consent.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('consent.purpose')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('consent.valid')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('consent.given')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('consent.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="meedoen-visually-hidden">{t('consent.withdraw')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sorted.map((c) => {
                const state = consentState(c);
                const category = t(`category.${c.category}` as MessageKey);
                const organisation = receiverOf(c, t);
                return (
                  <TableRow
                    key={c.id}
                    className={state === 'withdrawn' || state === 'ended' ? 'meedoen-row--past' : ''}
                  >
                    <TableCell>{organisation}</TableCell>
                    <TableCell>{category}</TableCell>
                    <TableCell>{t(`purpose.${c.purpose}` as MessageKey)}</TableCell>
                    <TableCell>
                      {c.endsOn
                        ? t('consent.fromTo', {
                            from: formatDate(c.startsOn, lang, 'medium'),
                            to: formatDate(c.endsOn, lang, 'medium'),
                          })
                        : t('consent.fromOpen', { from: formatDate(c.startsOn, lang, 'medium') })}
                    </TableCell>
                    <TableCell>
                      {t(`method.${c.method}` as MessageKey)}
                      <span className="meedoen-cell-note">
                        {c.recordedByName
                          ? t('consent.recordedBy', { name: c.recordedByName, date: formatDayOf(c.recordedAt, lang) })
                          : t('consent.recordedOn', { date: formatDayOf(c.recordedAt, lang) })}
                      </span>
                      {c.note ? <span className="meedoen-cell-note">{c.note}</span> : null}
                    </TableCell>
                    <TableCell>
                      <strong>{t(`consent.state.${state}` as MessageKey)}</strong>
                      {c.withdrawnAt ? (
                        <span className="meedoen-cell-note">
                          {c.withdrawnByName
                            ? t('consent.withdrawnBy', {
                                name: c.withdrawnByName,
                                date: formatDayOf(c.withdrawnAt, lang),
                              })
                            : t('consent.withdrawnOn', { date: formatDayOf(c.withdrawnAt, lang) })}
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {canManage && (state === 'active' || state === 'upcoming') ? (
                        <ConfirmButton
                          appearance="subtle-button"
                          ariaLabel={t('consent.withdrawLabel', { organisation, category })}
                          question={t('consent.withdrawQuestion', { organisation, category })}
                          confirmLabel={t('consent.withdrawConfirm')}
                          onConfirm={() =>
                            void withdraw.submit(async () => {
                              await api('DELETE', `/participants/${participant.id}/consents/${c.id}`);
                              setMessage(t('consent.withdrawn', { organisation, category }));
                              await reload();
                            })
                          }
                        >
                          {t('consent.withdraw')}
                        </ConfirmButton>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {canManage ? <RecordConsentForm participant={participant} onRecorded={() => void reload()} /> : null}
      {canManage ? (
        <FindableConsent participant={participant} consents={consents} onGiven={reload} asProfessional />
      ) : null}
    </>
  );
}
