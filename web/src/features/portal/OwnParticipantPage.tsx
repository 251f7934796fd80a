/**
 * Mijn gegevens: the portal page where a participant sees their own details and their trajectory,
 * with the phase explained in plain words (B1), the steps of the way to work, the name of their coach
 * and their work ("Mijn werk"). Links lead to the other portal pages: the plan, the wishes, the
 * appointments, the download, correcting or erasing data, consents and "Wie keek in mijn gegevens".
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import {
  PHASES,
  type JobOverview,
  type ParticipantWithPermissions,
  type Phase,
  type Trajectory,
} from '../../lib/types';
import '../participants/participants.css';
import './portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatNumber } from '../participants/dates';
import { phaseSince } from '../participants/TrajectoriesSection';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';

/** The steps shown to a participant, in order; `closed` is not a step but the end. */
const STEPS: Phase[] = PHASES.filter((p) => p !== 'closed');

function PhaseSteps({ phase }: { phase: Phase }) {
  const { t } = useI18n();
  const at = STEPS.indexOf(phase);
  return (
    <ol className="meedoen-steps">
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={i === at ? 'meedoen-steps__step meedoen-steps__step--current' : 'meedoen-steps__step'}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="meedoen-steps__name">{t(`portal.phase.${step}` as MessageKey)}</span>
          {i === at ? <span className="meedoen-steps__here">{t('portal.youAreHere')}</span> : null}
          {i < at ? <span className="meedoen-visually-hidden">{t('portal.stepDone')}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** What the portal shows of one trajectory. */
interface TrajectoryView {
  id: string;
  organisationName: string;
  approachName: string;
  phase: Phase;
  since: string;
  /** The lead professional's name, when known. */
  coach: string | null;
}

function viewOf(tr: Trajectory): TrajectoryView {
  const lead = tr.assignments.find((a) => a.isLead) ?? tr.assignments[0];
  return {
    id: tr.id,
    organisationName: tr.organisationName,
    approachName: tr.approachName,
    phase: tr.phase,
    since: phaseSince(tr),
    coach: lead?.name ?? null,
  };
}

/** One trajectory as a card; with more than one running, the heading names the approach too. */
function OwnTrajectory({ trajectory, named }: { trajectory: TrajectoryView; named: boolean }) {
  const { t, lang } = useI18n();
  const closed = trajectory.phase === 'closed';
  const phase = t(`portal.phase.${trajectory.phase}` as MessageKey);
  const headingId = `own-trajectory-${trajectory.id}`;
  return (
    <div role="group" aria-labelledby={headingId} className="meedoen-card meedoen-portal-card">
      <Heading level={3} id={headingId}>
        {named
          ? t('portal.nowTitleWith', { phase, approach: trajectory.approachName })
          : t('portal.nowTitle', { phase })}
      </Heading>
      <Paragraph>
        {t('portal.trajectoryWith', { organisation: trajectory.organisationName, approach: trajectory.approachName })}
      </Paragraph>
      {trajectory.coach ? <Paragraph>{t('portal.yourCoach', { name: trajectory.coach })}</Paragraph> : null}
      <Paragraph>{t(`portal.phaseText.${trajectory.phase}` as MessageKey)}</Paragraph>
      <Paragraph small>{t('portal.phaseSince', { date: formatDate(trajectory.since, lang) })}</Paragraph>
      {!closed ? <PhaseSteps phase={trajectory.phase} /> : null}
    </div>
  );
}

/** Uw begeleiding: every running trajectory (a participant can follow IPS and a learning route at once). */
function OwnTrajectories({ trajectories }: { trajectories: TrajectoryView[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="own-trajectory" className="meedoen-section">
      <Heading level={2} id="own-trajectory">
        {t('portal.trajectoryTitle')}
      </Heading>
      {trajectories.map((tr) => (
        <OwnTrajectory key={tr.id} trajectory={tr} named={trajectories.length > 1} />
      ))}
    </section>
  );
}

/** Mijn werk: the participant's jobs in plain sentences, the current ones first. */
function OwnWork({ overview }: { overview: JobOverview }) {
  const { t, lang } = useI18n();
  const jobs = [...overview.items].sort(
    (a, b) => Number(a.endDate !== null) - Number(b.endDate !== null) || b.startDate.localeCompare(a.startDate),
  );
  return (
    <section aria-labelledby="own-work" className="meedoen-section meedoen-portal-card">
      <Heading level={2} id="own-work">
        {t('portal.work.title')}
      </Heading>
      {jobs.length === 0 ? <Paragraph>{t('portal.work.none')}</Paragraph> : null}
      <ul className="meedoen-plain-list" hidden={jobs.length === 0}>
        {jobs.map((j) => {
          const params = {
            title: j.jobTitle,
            employer: j.employerName,
            from: formatDate(j.startDate, lang),
            hours: formatNumber(j.hoursPerWeek, lang),
          };
          return (
            <li key={j.id}>
              {j.endDate
                ? t('portal.work.ended', { ...params, to: formatDate(j.endDate, lang) })
                : t('portal.work.now', params)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function OwnParticipantPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('portal.detailsTitle'));
  const [participant, setParticipant] = useState<ParticipantWithPermissions | null>(null);
  const [missing, setMissing] = useState(false);
  const [trajectories, setTrajectories] = useState<Trajectory[]>([]);
  const [jobs, setJobs] = useState<JobOverview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    setLoadError(null);
    api<ParticipantWithPermissions>('GET', '/me/participant')
      .then(async (p) => {
        setParticipant(p);
        const [own, work] = await Promise.all([
          p.permissions.readTrajectories
            ? api<{ items: Trajectory[] }>('GET', `/participants/${p.id}/trajectories`).then((r) => r.items)
            : Promise.resolve([]),
          p.permissions.readJobs
            ? api<JobOverview>('GET', `/participants/${p.id}/jobs`).catch(() => null)
            : Promise.resolve(null),
        ]);
        setTrajectories(own);
        setJobs(work);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) {
          setMissing(true);
        } else {
          setLoadError(t('portal.loadError'));
        }
      });
  }, [lang]);

  // The running trajectories; when none runs, the latest closed one, so the participant sees how it ended.
  const running = trajectories.filter((tr) => tr.phase !== 'closed');
  const current = running.length > 0 ? running : trajectories.slice(0, 1);
  const earlier = trajectories.filter((tr) => !current.includes(tr) && tr.phase === 'closed');
  const p = participant;
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('portal.detailsTitle')}</Heading>
      <ReadAloud />
      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!p && !missing && !loadError ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {p ? (
        <>
          <Paragraph lead>{t('portal.detailsIntro')}</Paragraph>
          {current.length > 0 ? (
            <OwnTrajectories trajectories={current.map(viewOf)} />
          ) : (
            <Paragraph>{t('portal.noTrajectory')}</Paragraph>
          )}
          {jobs ? <OwnWork overview={jobs} /> : null}
          <section aria-labelledby="own-details" className="meedoen-section">
            <Heading level={2} id="own-details">
              {t('portal.aboutYou')}
            </Heading>
            <DataList className="meedoen-data-list">
              <DataListItem>
                <DataListKey>{t('portal.name')}</DataListKey>
                <DataListValue>
                  {p.givenName} {p.familyName}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.dateOfBirth')}</DataListKey>
                <DataListValue>{formatDate(p.dateOfBirth, lang)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.email')}</DataListKey>
                <DataListValue>{p.email ?? t('portal.notKnown')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.phone')}</DataListKey>
                <DataListValue>{p.phone ?? t('portal.notKnown')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.municipality')}</DataListKey>
                <DataListValue>{p.municipalityName}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.bsn')}</DataListKey>
                <DataListValue>{p.bsn ?? (p.hasBsn ? t('portal.bsnOnFile') : t('portal.notKnown'))}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('portal.benefit')}</DataListKey>
                <DataListValue>{t(`benefit.${p.benefitSituation}` as MessageKey)}</DataListValue>
              </DataListItem>
            </DataList>
            <Paragraph>{t('portal.wrongDetails')}</Paragraph>
            <p>
              <RouterLink to="/mijn-gegevens/verbeteren" className="utrecht-link meedoen-inline-action">
                {t('portal.wrongDetailsLink')}
              </RouterLink>
            </p>
          </section>
          {earlier.length > 0 ? (
            <section aria-labelledby="own-earlier" className="meedoen-section">
              <Heading level={2} id="own-earlier">
                {t('portal.earlierTitle')}
              </Heading>
              <ul className="meedoen-plain-list">
                {earlier.map((tr) => (
                  <li key={tr.id}>
                    {t('portal.earlierItem', {
                      approach: tr.approachName,
                      organisation: tr.organisationName,
                      date: formatDate(tr.closedOn ?? phaseSince(tr), lang),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      <PortalLinks current="details" />
    </div>
  );
}
