/**
 * Contacten on the participant page: upcoming appointments and past contacts (kind, status, who was
 * present, the note), a form to plan an appointment or record a contact that took place, and for a
 * planned one a form to mark it held, cancelled or no-show with a note. A contact belongs to the
 * organisation that recorded it; notes are the most sensitive data: a professional of another
 * organisation sees that there is a note only with consent for the appointments, and reads it only
 * with consent for contact notes. Times are typed and shown in the Netherlands' time zone.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { CONTACT_KINDS, type Contact, type ContactStatus } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { amsterdamIso, localInputOf } from '../participants/dates';
import { wholeNumber } from '../wishes/WishesForm';
import './contacts.css';

/** Upcoming appointments (planned, not yet begun; soonest first) and everything else (newest first). */
export function splitContacts(items: Contact[], now: number = Date.now()): { upcoming: Contact[]; past: Contact[] } {
  const isUpcoming = (c: Contact) => c.status === 'planned' && Date.parse(c.occursAt) >= now;
  return {
    upcoming: items.filter(isUpcoming).sort((a, b) => a.occursAt.localeCompare(b.occursAt)),
    past: items.filter((c) => !isUpcoming(c)).sort((a, b) => b.occursAt.localeCompare(a.occursAt)),
  };
}

/** The datetime-local value for now, in the Netherlands (the default for a contact that just took place). */
function nowLocal(): string {
  return localInputOf(new Date().toISOString());
}

function NewContactForm({
  participantId,
  onSaved,
  onCancel,
}: {
  participantId: string;
  onSaved: (c: Contact) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('contact-');
  const [status, setStatus] = useState<'planned' | 'held' | ''>('');
  const [occursAt, setOccursAt] = useState('');
  const [durationMinutes, setDurationMinutes] = useState('');
  const [kind, setKind] = useState('');
  const [location, setLocation] = useState('');
  const [present, setPresent] = useState('');
  const [note, setNote] = useState('');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const minutes = wholeNumber(durationMinutes);
          void form.submit(
            async () => {
              const created = await api<Contact>('POST', `/participants/${participantId}/contacts`, {
                status: status || undefined,
                occursAt: occursAt ? amsterdamIso(occursAt) : undefined,
                durationMinutes: minutes ?? undefined,
                kind: kind || undefined,
                location: location.trim() || undefined,
                present: present.trim() || undefined,
                note: note.trim() || undefined,
              });
              await onSaved(created);
            },
            Number.isNaN(minutes) ? { durationMinutes: t('wishes.wholeNumber') } : {},
          );
        }}
      >
        <RadioGroupField
          id="contact-status"
          legend={t('contact.what')}
          value={status}
          onChange={(next) => {
            setStatus(next);
            if (next === 'held' && !occursAt) {
              setOccursAt(nowLocal());
            }
          }}
          options={[
            { value: 'planned', label: t('contact.new.planned'), description: t('contact.new.plannedHint') },
            { value: 'held', label: t('contact.new.held'), description: t('contact.new.heldHint') },
          ]}
          error={form.error('status')}
        />
        <TextField
          id="contact-occursAt"
          label={t('contact.occursAt')}
          description={t('contact.occursAtHint')}
          type="datetime-local"
          value={occursAt}
          onChange={setOccursAt}
          error={form.error('occursAt')}
        />
        <TextField
          id="contact-durationMinutes"
          label={`${t('contact.duration')} ${t('common.optional')}`}
          description={t('contact.durationHint')}
          inputMode="numeric"
          value={durationMinutes}
          onChange={setDurationMinutes}
          error={form.error('durationMinutes')}
        />
        <SelectField
          id="contact-kind"
          label={t('contact.kind')}
          value={kind}
          onChange={setKind}
          placeholder={t('common.choose')}
          options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contact.kind.${k}` as MessageKey) }))}
          error={form.error('kind')}
        />
        <TextField
          id="contact-location"
          label={`${t('contact.location')} ${t('common.optional')}`}
          value={location}
          onChange={setLocation}
          error={form.error('location')}
        />
        <TextField
          id="contact-present"
          label={`${t('contact.present')} ${t('common.optional')}`}
          description={t('contact.presentHint')}
          value={present}
          onChange={setPresent}
          error={form.error('present')}
        />
        <TextareaField
          id="contact-note"
          label={`${t('contact.note')} ${t('common.optional')}`}
          description={t('contact.noteHint')}
          rows={5}
          value={note}
          onChange={setNote}
          error={form.error('note')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('contact.save')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** For a planned appointment: it took place (with a note), was cancelled, or the participant did not come. */
function OutcomeForm({
  participantId,
  contact,
  onSaved,
  onCancel,
}: {
  participantId: string;
  contact: Contact;
  onSaved: (c: Contact) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `outcome-${contact.id.slice(0, 8)}-`;
  const form = useForm(prefix);
  const [status, setStatus] = useState<Exclude<ContactStatus, 'planned'> | ''>('');
  const [present, setPresent] = useState(contact.present ?? '');
  const [note, setNote] = useState(contact.note ?? '');
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () => {
              await onSaved(
                await api<Contact>('PATCH', `/participants/${participantId}/contacts/${contact.id}`, {
                  status,
                  present: present.trim() || null,
                  note: note.trim() || null,
                }),
              );
            },
            status ? {} : { status: t('contact.outcomeRequired') },
          );
        }}
      >
        <RadioGroupField
          id={`${prefix}status`}
          legend={t('contact.outcome')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'held', label: t('contact.status.held') },
            { value: 'cancelled', label: t('contact.status.cancelled') },
            { value: 'noShow', label: t('contact.status.noShow') },
          ]}
          error={form.error('status')}
        />
        <TextField
          id={`${prefix}present`}
          label={`${t('contact.present')} ${t('common.optional')}`}
          value={present}
          onChange={setPresent}
          error={form.error('present')}
        />
        <TextareaField
          id={`${prefix}note`}
          label={`${t('contact.note')} ${t('common.optional')}`}
          description={t('contact.noteHint')}
          rows={5}
          value={note}
          onChange={setNote}
          error={form.error('note')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('contact.saveOutcome')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function ContactItem({
  participantId,
  contact,
  canManage,
  onChanged,
}: {
  participantId: string;
  contact: Contact;
  canManage: boolean;
  onChanged: (c: Contact) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const c = contact;
  const titleId = `contact-${c.id.slice(0, 8)}`;
  const kind = t(`contact.kind.${c.kind}` as MessageKey);
  return (
    <li className={`meedoen-contact meedoen-contact--${c.status}`}>
      <Heading level={4} id={titleId} className="meedoen-contact__title">
        {formatDateTime(c.occursAt, lang)}: {kind}
      </Heading>
      <div className="meedoen-contact__tags">
        <span className="meedoen-tag">{t(`contact.status.${c.status}` as MessageKey)}</span>
        {c.durationMinutes ? <span>{t('contact.minutes', { minutes: c.durationMinutes })}</span> : null}
      </div>
      <dl className="meedoen-contact__facts">
        {c.location ? (
          <>
            <dt>{t('contact.location')}</dt>
            <dd>{c.location}</dd>
          </>
        ) : null}
        {c.present ? (
          <>
            <dt>{t('contact.present')}</dt>
            <dd>{c.present}</dd>
          </>
        ) : null}
        <dt>{t('contact.organisation')}</dt>
        <dd>
          {c.organisationName}
          {c.recordedByName ? ` (${t('contact.recordedBy', { name: c.recordedByName })})` : ''}
        </dd>
      </dl>
      {typeof c.note === 'string' && c.note ? (
        <div className="meedoen-contact__note">
          <span className="meedoen-contact__note-label">{t('contact.note')}</span>
          <p>{c.note}</p>
        </div>
      ) : c.hasNote ? (
        <Paragraph className="meedoen-contact__note-hidden">{t('contact.noteHidden')}</Paragraph>
      ) : null}
      {canManage && c.status === 'planned' ? (
        <Expander
          id={`outcome-${c.id.slice(0, 8)}`}
          label={t('contact.recordOutcome')}
          ariaLabel={t('contact.recordOutcomeLabel', { when: formatDateTime(c.occursAt, lang), kind })}
        >
          {(close) => (
            <OutcomeForm
              participantId={participantId}
              contact={c}
              onSaved={async (next) => {
                close();
                await onChanged(next);
              }}
              onCancel={close}
            />
          )}
        </Expander>
      ) : null}
    </li>
  );
}

export function ContactsSection({
  participantId,
  name,
  canManage,
  isOwnOrganisation,
  initial,
}: {
  participantId: string;
  name: string;
  canManage: boolean;
  isOwnOrganisation: (organisationId: string) => boolean;
  /** The contacts as the participant page got them (`expand=contacts`; null: left out, not for this user); undefined: load them here. */
  initial?: { items: Contact[] } | null;
}) {
  const { t } = useI18n();
  const { data, reload, error } = useApiData<{ items: Contact[] }>(`/participants/${participantId}/contacts`, initial);
  const notice = useStatusMessage();
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('contact.hidden')}</Paragraph>;
  }
  const { upcoming, past } = splitContacts(data.items);
  const item = (c: Contact) => (
    <ContactItem
      key={c.id}
      participantId={participantId}
      contact={c}
      canManage={canManage && isOwnOrganisation(c.organisationId)}
      onChanged={async (next) => {
        await reload();
        notice.show(t(`contact.changed.${next.status}` as MessageKey), { focus: true });
      }}
    />
  );
  return (
    <>
      <Paragraph>{t('contact.intro', { name })}</Paragraph>
      {notice.region}
      {canManage ? (
        <Expander id="newcontact" label={t('contact.new')}>
          {(close) => (
            <NewContactForm
              participantId={participantId}
              onSaved={async (created) => {
                close();
                await reload();
                notice.show(t(created.status === 'planned' ? 'contact.planned' : 'contact.recorded'));
              }}
              onCancel={close}
            />
          )}
        </Expander>
      ) : null}
      <section aria-labelledby="contacts-upcoming" className="meedoen-subsection">
        <Heading level={3} id="contacts-upcoming">
          {t('contact.upcoming')}
        </Heading>
        {upcoming.length === 0 ? <Paragraph>{t('contact.noUpcoming')}</Paragraph> : null}
        <ul className="meedoen-contacts" hidden={upcoming.length === 0}>
          {upcoming.map(item)}
        </ul>
      </section>
      <section aria-labelledby="contacts-past" className="meedoen-subsection">
        <Heading level={3} id="contacts-past">
          {t('contact.past')}
        </Heading>
        {past.length === 0 ? <Paragraph>{t('contact.noPast')}</Paragraph> : null}
        <ul className="meedoen-contacts" hidden={past.length === 0}>
          {past.map(item)}
        </ul>
      </section>
    </>
  );
}
