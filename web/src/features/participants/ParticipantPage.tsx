/**
 * One participant, for their job coach or consultant: personal details, trajectories, plan, wishes,
 * work, contacts and consents in headed sections with a jump menu at the top. Which sections, forms and
 * buttons show follows the `permissions` the server sends with the participant. The record comes in one
 * request together with the parts shown at once — trajectories, plan, wishes, capacity, jobs, contacts
 * and consents (`expand`, each part as its own endpoint gives it) — and the server leaves out a part this
 * user may not read, without a refused attempt in the participant's own log; e.g. a consultant with
 * consent for identity only gets no trajectories. The other sections (matches, learning route,
 * introductions) load themselves, and are not requested at all when the user may not read them (each
 * refused request would be a line in that log). After their own changes, sections reload their part on
 * its own. Records of another organisation (a trajectory, a goal, a contact) are only changed by that
 * organisation's people.
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
import {
  PARTICIPANT_EXPANSIONS,
  type Consent,
  type Participant,
  type ParticipantEmbedded,
  type ParticipantExpanded,
  type ParticipantWithPermissions,
  type Trajectory,
} from '../../lib/types';
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
import { InviteParticipant } from './InviteParticipant';
import { PlanSection } from '../plans/PlanSection';
import { WishesSection } from '../wishes/WishesSection';
import { CapacitySection } from '../capacity/CapacitySection';
import { JobsSection } from '../jobs/JobsSection';
import { LearningRouteSection } from '../learning-routes/LearningRouteSection';
import { ContactsSection } from '../contacts/ContactsSection';
import { VacancyMatchesSection } from '../employers/MatchSections';
import { IntroductionsSection } from '../introductions/IntroductionsSection';
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
  const { session, hasRole } = useSession();
  const [participant, setParticipant] = useState<ParticipantWithPermissions | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  // undefined: loading; null: not for this user (section hidden)
  const [trajectories, setTrajectories] = useState<Trajectory[] | null | undefined>(undefined);
  const [consents, setConsents] = useState<Consent[] | null | undefined>(undefined);
  // The parts that came with the record, for the sections that keep them themselves (plan, wishes, capacity, jobs,
  // contacts).
  const [embedded, setEmbedded] = useState<ParticipantEmbedded>({});
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [invitedTo, setInvitedTo] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  usePageTitle(participant ? `${participant.givenName} ${participant.familyName}` : t('participant.title'));

  const loadConsents = useCallback(async () => {
    setConsents((await orHidden(api<{ items: Consent[] }>('GET', `/participants/${id}/consents`)))?.items ?? null);
  }, [id]);

  useEffect(() => {
    setNotFound(false);
    setLoadError(null);
    // One request for the record and the parts shown at once. A part this user may not read is left out
    // by the server, which does not ask for it either: no refused attempt in the participant's own log
    // ("Nee, geweigerd").
    api<ParticipantExpanded>('GET', `/participants/${id}?expand=${PARTICIPANT_EXPANSIONS.join(',')}`)
      .then(({ _embedded: parts = {}, ...p }) => {
        setParticipant(p);
        setEmbedded(parts);
        setTrajectories(parts.trajectories?.items ?? null);
        setConsents(parts.consents?.items ?? null);
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
  }, [id, lang]);

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
  const may = p.permissions;
  const canEdit = may.update;
  // A record of an organisation (trajectory, goal, contact) is changed only by people of that
  // organisation: consent lets others read, never change (src/platform/access/grants.ts).
  const ownOrganisations = new Set((session?.user.memberships ?? []).map((m) => m.organisationId));
  const isOwnOrganisation = (organisationId: string) => ownOrganisations.has(organisationId);
  const sections = [
    { id: 'gegevens', label: t('participant.detailsTitle') },
    ...(trajectories ? [{ id: 'trajecten', label: t('trajectory.sectionTitle') }] : []),
    ...(may.readPlan ? [{ id: 'plan', label: t('plan.sectionTitle') }] : []),
    ...(may.readWishes ? [{ id: 'wensen', label: t('wishes.sectionTitle') }] : []),
    ...(may.readCapacity ? [{ id: 'mogelijkheden', label: t('capacity.professional.title') }] : []),
    ...(may.readJobs ? [{ id: 'werk', label: t('job.sectionTitle') }] : []),
    ...(may.readContacts ? [{ id: 'contacten', label: t('contact.sectionTitle') }] : []),
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
              setParticipant({ ...p, ...next });
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
            {!canEdit ? <Paragraph>{t('participant.readOnly')}</Paragraph> : null}
            {invitedTo !== null ? <Notice type="ok">{t('participantInvite.sent', { email: invitedTo })}</Notice> : null}
            <div className="meedoen-actions">
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
              {may.invite && !p.hasAccount ? (
                <InviteParticipant
                  participant={p}
                  onInvited={(next, email) => {
                    setParticipant(next);
                    setInvitedTo(email);
                  }}
                />
              ) : null}
            </div>
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
            canStart={may.createTrajectory}
            canWork={(tr) => may.createTrajectory && isOwnOrganisation(tr.organisationId)}
            onChange={setTrajectories}
          />
        </section>
      ) : null}

      {may.readPlan ? (
        <section aria-labelledby="plan" className="meedoen-section">
          <Heading level={2} id="plan" tabIndex={-1}>
            {t('plan.sectionTitle')}
          </Heading>
          <PlanSection
            participantId={p.id}
            name={p.givenName}
            managePlan={may.managePlan}
            participateInPlan={may.participateInPlan}
            isOwnOrganisation={isOwnOrganisation}
            initial={embedded.plan ?? null}
          />
        </section>
      ) : null}

      {may.readWishes ? (
        <section aria-labelledby="wensen" className="meedoen-section">
          <Heading level={2} id="wensen" tabIndex={-1}>
            {t('wishes.sectionTitle')}
          </Heading>
          <WishesSection
            participantId={p.id}
            name={p.givenName}
            canUpdate={may.updateWishes}
            initial={embedded.wishes ?? null}
          />
        </section>
      ) : null}

      {may.readCapacity ? (
        <section aria-labelledby="mogelijkheden" className="meedoen-section">
          <Heading level={2} id="mogelijkheden" tabIndex={-1}>
            {t('capacity.professional.title')}
          </Heading>
          <CapacitySection
            participantId={p.id}
            name={p.givenName}
            canAssess={may.assessCapacity}
            initial={embedded.capacity ?? null}
          />
        </section>
      ) : null}

      {may.readJobs ? (
        <section aria-labelledby="werk" className="meedoen-section">
          <Heading level={2} id="werk" tabIndex={-1}>
            {t('job.sectionTitle')}
          </Heading>
          <JobsSection
            participantId={p.id}
            name={p.givenName}
            canManage={may.manageJobs}
            initial={embedded.jobs ?? null}
          />
        </section>
      ) : null}
      {/* Employer services (issue 4): matching needs both the wishes and the capacity profile. */}
      {may.readWishes && may.readCapacity ? <VacancyMatchesSection participantId={p.id} /> : null}
      <LearningRouteSection participantId={p.id} name={p.givenName} canEnrol={may.update} />
      {/* Introductions with employers (ADR 0019): the assigned job coach */}
      {hasRole('jobCoach') ? <IntroductionsSection participantId={p.id} name={p.givenName} /> : null}

      {may.readContacts ? (
        <section aria-labelledby="contacten" className="meedoen-section">
          <Heading level={2} id="contacten" tabIndex={-1}>
            {t('contact.sectionTitle')}
          </Heading>
          <ContactsSection
            participantId={p.id}
            name={p.givenName}
            canManage={may.manageContacts}
            isOwnOrganisation={isOwnOrganisation}
            initial={embedded.contacts ?? null}
          />
        </section>
      ) : null}

      {consents ? (
        <section aria-labelledby="toestemmingen" className="meedoen-section">
          <Heading level={2} id="toestemmingen" tabIndex={-1}>
            {t('consent.sectionTitle')}
          </Heading>
          <ConsentsSection participant={p} consents={consents} reload={loadConsents} canManage={may.manageConsents} />
        </section>
      ) : null}
    </>
  );
}
