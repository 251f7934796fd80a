/**
 * One event: when (Dutch clock), where, places left; register, cancel, and the place on the waiting list;
 * "Zet in agenda" (.ics); materials afterwards. Coordinators also see who registered, record attendance
 * once the event has started, publish a draft or cancel the event.
 */
import { useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
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
import { api, ApiProblem } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { MaterialsEditor } from './MaterialsEditor';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import type { LearningEvent, MyRegistration, Registration } from './types';
import { eventWhen } from './when';
import './learning-network.css';

function RegistrationPanel({ event, onChange }: { event: LearningEvent; onChange: () => Promise<void> }) {
  const { t } = useI18n();
  const { session } = useSession();
  const location = useLocation();
  const status = useStatusMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = event.myRegistration;
  const active = mine !== null && mine.status !== 'cancelled';
  const started = new Date(event.startsAt) <= new Date();

  async function act(method: 'PUT' | 'DELETE') {
    setBusy(true);
    setError(null);
    try {
      const r = await api<MyRegistration>(method, `/learning-events/${event.id}/registration`);
      await onChange();
      status.show(
        r.status === 'registered'
          ? t('learningNetwork.registered')
          : r.status === 'waitlisted'
            ? t('learningNetwork.waitlisted', { position: r.waitingListPosition ?? '' })
            : t('learningNetwork.cancelled'),
        { focus: true },
      );
    } catch (e) {
      setError(e instanceof ApiProblem ? e.detail || t('error.generic') : t('error.generic'));
    } finally {
      setBusy(false);
    }
  }

  if (event.status !== 'published' || started) {
    return null;
  }
  return (
    <section className="meedoen-card" aria-labelledby="registration-heading">
      <Heading level={2} id="registration-heading">
        {t('learningNetwork.registration')}
      </Heading>
      {status.region}
      {error ? <Notice type="error">{error}</Notice> : null}
      {!session || session.state !== 'active' ? (
        <Paragraph>
          <RouterLink to="/inloggen" state={{ from: location.pathname }}>
            {t('learningNetwork.loginToRegister')}
          </RouterLink>
        </Paragraph>
      ) : active ? (
        <>
          <Paragraph>
            {mine.status === 'registered'
              ? t('learningNetwork.youAreRegistered')
              : t('learningNetwork.youWait', { position: mine.waitingListPosition ?? '' })}
          </Paragraph>
          {mine.status === 'waitlisted' ? <Paragraph>{t('learningNetwork.waitExplained')}</Paragraph> : null}
          <ConfirmButton
            question={
              mine.status === 'registered'
                ? t('learningNetwork.cancelQuestion')
                : t('learningNetwork.leaveListQuestion')
            }
            confirmLabel={t('learningNetwork.cancelConfirm')}
            onConfirm={() => void act('DELETE')}
          >
            {mine.status === 'registered' ? t('learningNetwork.cancel') : t('learningNetwork.leaveList')}
          </ConfirmButton>
        </>
      ) : (
        <>
          <Paragraph>
            {event.placesLeft > 0
              ? t('learningNetwork.placesLeft', { count: event.placesLeft })
              : event.waitlistCount === 0
                ? t('learningNetwork.fullJoinEmptyList')
                : t('learningNetwork.fullJoinList', { count: event.waitlistCount })}
          </Paragraph>
          <Button appearance="primary-action-button" disabled={busy} onClick={() => void act('PUT')}>
            {event.placesLeft > 0 ? t('learningNetwork.register') : t('learningNetwork.joinList')}
          </Button>
        </>
      )}
    </section>
  );
}

function Registrations({ event }: { event: LearningEvent }) {
  const { t } = useI18n();
  const status = useStatusMessage();
  const { data, setData, error } = useApiData<{ items: Registration[] }>(`/learning-events/${event.id}/registrations`);
  const [attended, setAttended] = useState<Record<string, boolean>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const started = new Date(event.startsAt) <= new Date() && event.status === 'published';
  if (!data) {
    return error ? <Notice type="error">{error}</Notice> : null;
  }
  const placed = data.items.filter((r) => r.status === 'registered');
  const checked = (r: Registration) => attended[r.userId] ?? r.attended ?? false;
  async function save() {
    setSaveError(null);
    try {
      const result = await api<{ items: Registration[] }>('PUT', `/learning-events/${event.id}/attendance`, {
        entries: placed.map((r) => ({ userId: r.userId, attended: checked(r) })),
      });
      setData(result);
      setAttended({});
      status.show(t('learningNetwork.attendanceSaved'), { focus: true });
    } catch (e) {
      setSaveError(e instanceof ApiProblem ? e.detail : t('error.generic'));
    }
  }
  return (
    <section aria-labelledby="registrations-heading">
      <Heading level={2} id="registrations-heading">
        {t('learningNetwork.registrations')}
      </Heading>
      {status.region}
      {saveError ? <Notice type="error">{saveError}</Notice> : null}
      {data.items.length === 0 ? (
        <Paragraph>{t('learningNetwork.noRegistrations')}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('learningNetwork.col.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningNetwork.col.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learningNetwork.col.attended')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((r) => (
              <TableRow key={r.userId}>
                <TableCell>
                  {r.name}
                  <br />
                  <span className="meedoen-muted">{r.email}</span>
                </TableCell>
                <TableCell>
                  {r.status === 'waitlisted'
                    ? t('learningNetwork.regStatus.waitlistedAt', { position: r.waitingListPosition ?? '' })
                    : t(`learningNetwork.regStatus.${r.status}` as MessageKey)}
                </TableCell>
                <TableCell>
                  {r.status === 'registered' && started ? (
                    <label className="meedoen-inline-check">
                      <input
                        type="checkbox"
                        checked={checked(r)}
                        aria-label={t('learningNetwork.attendedLabel', { name: r.name })}
                        onChange={(e) => setAttended({ ...attended, [r.userId]: e.target.checked })}
                      />{' '}
                      {t('learningNetwork.attended')}
                    </label>
                  ) : r.attended === null ? (
                    '—'
                  ) : r.attended ? (
                    t('learningNetwork.yes')
                  ) : (
                    t('learningNetwork.no')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {started && placed.length > 0 ? (
        <Button appearance="primary-action-button" onClick={() => void save()}>
          {t('learningNetwork.saveAttendance')}
        </Button>
      ) : null}
    </section>
  );
}

function CoordinatorActions({ event, onChange }: { event: LearningEvent; onChange: () => Promise<void> }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  async function setStatus(status: 'published' | 'cancelled') {
    setError(null);
    try {
      await api('PATCH', `/learning-events/${event.id}`, { status });
      await onChange();
    } catch (e) {
      setError(e instanceof ApiProblem ? e.detail : t('error.generic'));
    }
  }
  if (event.status === 'cancelled') {
    return null;
  }
  return (
    <div className="meedoen-actions">
      {error ? <Notice type="error">{error}</Notice> : null}
      {event.status === 'draft' ? (
        <Button appearance="primary-action-button" onClick={() => void setStatus('published')}>
          {t('learningNetwork.publish')}
        </Button>
      ) : null}
      <ConfirmButton
        question={t('learningNetwork.cancelEventQuestion')}
        confirmLabel={t('learningNetwork.cancelEventConfirm')}
        onConfirm={() => void setStatus('cancelled')}
      >
        {t('learningNetwork.cancelEvent')}
      </ConfirmButton>
    </div>
  );
}

export function EventPage() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const { data: event, reload, error } = useApiData<LearningEvent>(id ? `/learning-events/${id}` : null);
  usePageTitle(event?.title ?? t('learningNetwork.title'));
  if (event === null) {
    return <NotFound />;
  }
  if (!event) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <div className="meedoen-learning-network">
      <Paragraph>
        <RouterLink to="/leernetwerk">{t('learningNetwork.back')}</RouterLink>
        {event.intervisionGroupId ? (
          <>
            {' · '}
            <RouterLink to={`/leernetwerk/netwerken/${event.networkId}/intervisie/${event.intervisionGroupId}`}>
              {t('learningNetwork.group.toGroup')}
            </RouterLink>
          </>
        ) : null}
      </Paragraph>
      <Heading level={1}>{event.title}</Heading>
      {event.status === 'cancelled' ? <Notice type="warning">{t('learningNetwork.isCancelled')}</Notice> : null}
      {event.status === 'draft' ? <Notice type="info">{t('learningNetwork.isDraft')}</Notice> : null}
      <dl className="meedoen-facts">
        <dt>{t('learningNetwork.what')}</dt>
        <dd>
          {t(`learningNetwork.type.${event.type}` as MessageKey)} · {event.networkName}
        </dd>
        <dt>{t('learningNetwork.when')}</dt>
        <dd>{eventWhen(event.startsAt, event.endsAt, lang)}</dd>
        <dt>{t('learningNetwork.where')}</dt>
        <dd>
          {event.location ?? t('learningNetwork.online')}
          {event.onlineUrl ? (
            <>
              <br />
              <a href={event.onlineUrl}>{t('learningNetwork.joinOnline')}</a>
            </>
          ) : event.online ? (
            <>
              <br />
              {t('learningNetwork.linkAfterRegistering')}
            </>
          ) : null}
        </dd>
        <dt>{t('learningNetwork.places')}</dt>
        <dd>
          {t('learningNetwork.placesOf', { taken: event.registeredCount, capacity: event.capacity })}
          {event.waitlistCount > 0 ? ` · ${t('learningNetwork.onList', { count: event.waitlistCount })}` : ''}
        </dd>
      </dl>
      {event.description ? <Paragraph className="meedoen-pre-line">{event.description}</Paragraph> : null}
      {event.status !== 'draft' ? (
        <Paragraph>
          <a href={`/api/v1/learning-events/${event.id}/calendar.ics`} download>
            {t('learningNetwork.addToCalendar')}
          </a>
        </Paragraph>
      ) : null}

      <RegistrationPanel event={event} onChange={reload} />

      {event.materials.length > 0 || event.permissions.manage ? (
        <section aria-labelledby="materials-heading">
          <Heading level={2} id="materials-heading">
            {t('learningNetwork.materials')}
          </Heading>
          <MaterialsEditor<LearningEvent>
            idPrefix="event"
            manage={event.permissions.manage}
            emptyText={t('learningNetwork.materialsEditor.eventNone')}
            path={`/learning-events/${event.id}/materials`}
            materials={event.materials}
            onSaved={() => void reload()}
          />
        </section>
      ) : null}

      {event.permissions.manage ? (
        <>
          <CoordinatorActions event={event} onChange={reload} />
          <Registrations event={event} />
        </>
      ) : null}
    </div>
  );
}
