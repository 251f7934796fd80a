/**
 * One participant, for their job coach or consultant: personal details, trajectories and consents in
 * headed sections with a jump menu at the top. A section the user may not see (the API answers 403 or
 * 404, e.g. a consultant with consent for identity only gets no trajectories) is left out, not shown
 * as an error.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import type { Consent, Participant, Trajectory } from '../../lib/types';
import './participants.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { IdentityFields, identityBody, identityOf, type IdentityValues } from './ParticipantFields';
import { TrajectoriesSection, phaseSince } from './TrajectoriesSection';
import { ConsentsSection } from './ConsentsSection';
import { useMunicipalities } from '../admin/useReference';
import { ageOn, formatDate } from './dates';

/** A section's data, or null when this user may not see it (403/404): the section is then not shown. */
async function orHidden<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiProblem && (error.status === 403 || error.status === 404)) {
      return null;
    }
    throw error;
  }
}

/** The PATCH body: everything in the form, and the BSN only when it was really changed. */
function patchBody(p: Participant, v: IdentityValues): Record<string, unknown> {
  const body = identityBody(v);
  const bsn = v.bsn.trim();
  if (p.bsn !== undefined) {
    if (bsn !== p.bsn) {
      body.bsn = bsn || null;
    }
  } else if (bsn) {
    body.bsn = bsn;
  }
  return body;
}

function Details({ participant }: { participant: Participant }) {
  const { t, lang } = useI18n();
  const p = participant;
  return (
    <DataList className="meedoen-data-list">
      <DataListItem>
        <DataListKey>{t('participant.dateOfBirth')}</DataListKey>
        <DataListValue>
          {formatDate(p.dateOfBirth, lang)} ({t('caseload.years', { age: ageOn(p.dateOfBirth) })})
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.email')}</DataListKey>
        <DataListValue>{p.email ?? t('participant.notGiven')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.phone')}</DataListKey>
        <DataListValue>{p.phone ?? t('participant.notGiven')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.municipality')}</DataListKey>
        <DataListValue>
          {t('participant.inRegion', { municipality: p.municipalityName, region: p.regionName })}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.targetGroups')}</DataListKey>
        <DataListValue>
          {p.targetGroups.length > 0
            ? p.targetGroups.map((g) => t(`targetGroup.${g}` as MessageKey)).join(', ')
            : t('participant.notGiven')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.benefitSituation')}</DataListKey>
        <DataListValue>{t(`benefit.${p.benefitSituation}` as MessageKey)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.doelgroepregisterShort')}</DataListKey>
        <DataListValue>{p.doelgroepregister ? t('common.yes') : t('common.no')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.bsn')}</DataListKey>
        <DataListValue>
          {p.bsn !== undefined ? (
            <span className="meedoen-bsn">{p.bsn}</span>
          ) : p.hasBsn ? (
            <>
              {t('participant.bsnOnFile')}
              <span className="meedoen-cell-note">{t('participant.bsnHidden')}</span>
            </>
          ) : (
            t('participant.bsnNone')
          )}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.account')}</DataListKey>
        <DataListValue>{p.hasAccount ? t('participant.accountYes') : t('participant.accountNo')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('participant.registeredBy')}</DataListKey>
        <DataListValue>{p.organisationName}</DataListValue>
      </DataListItem>
    </DataList>
  );
}

function EditDetails({
  participant,
  onSaved,
  onCancel,
}: {
  participant: Participant;
  onSaved: (p: Participant) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState<IdentityValues>(identityOf(participant));
  const municipalities = useMunicipalities(participant.regionCode);
  const form = useForm('edit-');
  useEffect(() => {
    document.getElementById('edit-givenName')?.focus();
  }, []);
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        id="edit-form"
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(await api<Participant>('PATCH', `/participants/${participant.id}`, patchBody(participant, value)));
          });
        }}
      >
        <IdentityFields
          prefix="edit-"
          value={value}
          onChange={setValue}
          error={form.error}
          municipalities={municipalities}
          bsnDescription={
            participant.bsn !== undefined
              ? t('participant.bsnEditVisible')
              : participant.hasBsn
                ? t('participant.bsnEditHidden')
                : t('register.bsnHint')
          }
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('common.save')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function ParticipantPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // "Is ingeschreven" once, right after registering: not again after a reload or on the way back.
  const [registered] = useState((location.state as { registered?: boolean } | null)?.registered === true);
  useEffect(() => {
    if (registered) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [registered]);
  const { t, lang } = useI18n();
  const { session } = useSession();
  const userId = session?.user.id ?? '';
  const [participant, setParticipant] = useState<Participant | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // undefined: loading; null: not for this user (section hidden)
  const [trajectories, setTrajectories] = useState<Trajectory[] | null | undefined>(undefined);
  const [consents, setConsents] = useState<Consent[] | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  usePageTitle(participant ? `${participant.givenName} ${participant.familyName}` : t('participant.title'));

  const loadConsents = useCallback(async () => {
    setConsents((await orHidden(api<{ items: Consent[] }>('GET', `/participants/${id}/consents`)))?.items ?? null);
  }, [id]);

  useEffect(() => {
    setNotFound(false);
    setLoadError(null);
    api<Participant>('GET', `/participants/${id}`)
      .then(async (p) => {
        setParticipant(p);
        const trs = (await orHidden(api<{ items: Trajectory[] }>('GET', `/participants/${id}/trajectories`)))?.items;
        setTrajectories(trs ?? null);
        // Consents are for the professionals assigned to the participant (consent.read). Others are not
        // asked: every refused request is a line in the participant's own log ("Nee, geweigerd").
        if (trs?.some((tr) => tr.assignments.some((a) => a.userId === userId))) {
          await loadConsents();
        } else {
          setConsents(null);
        }
      })
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && (error.status === 404 || error.status === 403)) {
          setNotFound(true);
        } else {
          setLoadError(
            error instanceof ApiProblem && error.code === 'network' ? t('error.network') : t('error.generic'),
          );
        }
      });
  }, [id, lang, loadConsents, userId]);

  if (notFound) {
    return <NotFound />;
  }
  if (!participant) {
    return loadError ? (
      <>
        <Heading level={1}>{t('participant.title')}</Heading>
        <Notice type="error">{loadError}</Notice>
      </>
    ) : (
      <Paragraph>{t('app.loading')}</Paragraph>
    );
  }
  const p = participant;
  const name = `${p.givenName} ${p.familyName}`;
  const current = trajectories?.find((tr) => tr.phase !== 'closed') ?? trajectories?.[0];
  // The professional may change the details when assigned to this participant (participant.update).
  const canEdit = (trajectories ?? []).some((tr) => tr.assignments.some((a) => a.userId === userId));
  const sections = [
    { id: 'gegevens', label: t('participant.detailsTitle') },
    ...(trajectories ? [{ id: 'trajecten', label: t('trajectory.sectionTitle') }] : []),
    ...(consents ? [{ id: 'toestemmingen', label: t('consent.sectionTitle') }] : []),
  ];

  return (
    <>
      <p className="meedoen-back">
        <RouterLink to="/deelnemers" className="utrecht-link">
          {t('participant.backToCaseload')}
        </RouterLink>
      </p>
      <Heading level={1}>{name}</Heading>
      <Paragraph lead>
        {t('participant.summary', { age: ageOn(p.dateOfBirth), municipality: p.municipalityName })}
        {current
          ? ` ${t('participant.summaryTrajectory', {
              approach: current.approachName,
              organisation: current.organisationName,
              phase: t(`phase.${current.phase}` as MessageKey),
              date: formatDate(phaseSince(current), lang),
            })}`
          : ''}
      </Paragraph>
      {registered ? <Notice type="ok">{t('register.done', { name })}</Notice> : null}
      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {sections.length > 1 ? (
        <nav aria-label={t('participant.onThisPage')} className="meedoen-jump-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="utrecht-link">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="gegevens" className="meedoen-section">
        <Heading level={2} id="gegevens" tabIndex={-1}>
          {t('participant.detailsTitle')}
        </Heading>
        {saved ? <Notice type="ok">{t('participant.saved')}</Notice> : null}
        {editing ? (
          <EditDetails
            participant={p}
            onSaved={(next) => {
              setParticipant(next);
              setEditing(false);
              setSaved(true);
              window.setTimeout(() => editButton.current?.focus(), 0);
            }}
            onCancel={() => {
              setEditing(false);
              window.setTimeout(() => editButton.current?.focus(), 0);
            }}
          />
        ) : (
          <>
            <Details participant={p} />
            {trajectories !== undefined && !canEdit ? <Paragraph>{t('participant.readOnly')}</Paragraph> : null}
            {canEdit ? (
              <Button
                ref={editButton}
                appearance="secondary-action-button"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('participant.edit')}
              </Button>
            ) : null}
          </>
        )}
      </section>

      {trajectories ? (
        <section aria-labelledby="trajecten" className="meedoen-section">
          <Heading level={2} id="trajecten" tabIndex={-1}>
            {t('trajectory.sectionTitle')}
          </Heading>
          <TrajectoriesSection
            participantId={p.id}
            trajectories={trajectories}
            userId={userId}
            onChange={setTrajectories}
          />
        </section>
      ) : null}

      {consents ? (
        <section aria-labelledby="toestemmingen" className="meedoen-section">
          <Heading level={2} id="toestemmingen" tabIndex={-1}>
            {t('consent.sectionTitle')}
          </Heading>
          <ConsentsSection participant={p} consents={consents} reload={loadConsents} />
        </section>
      ) : null}
    </>
  );
}
