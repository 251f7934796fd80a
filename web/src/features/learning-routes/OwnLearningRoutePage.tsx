/**
 * Mijn leerroute (B1): where I am in my learning route, what comes next, and my certificates and
 * diplomas. In plain words, with the dates in Dutch time.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../participants/dates';
import { useOwnParticipant } from '../portal/useOwnParticipant';
import { ReadAloud } from '../portal/ReadAloud';
import '../portal/portal.css';
import type { Enrolment } from './types';
import { StepPath } from './LearningRouteSection';
import './learning-routes.css';

function MyRoute({ enrolment }: { enrolment: Enrolment }) {
  const { t, lang } = useI18n();
  const e = enrolment;
  const current = e.route.steps.find((s) => s.id === e.currentStepId);
  const next = e.route.steps.find((s) => s.id === e.nextStepId);
  const certificates = e.outcomes.filter((o) => o.kind !== 'jobStart');
  const titleId = `my-route-${e.id.slice(0, 8)}`;
  return (
    <section aria-labelledby={titleId} className="meedoen-card meedoen-portal-card meedoen-section">
      <Heading level={2} id={titleId}>
        {e.route.name}
      </Heading>
      {e.status === 'active' && current ? (
        <Paragraph>
          <strong>{t('learningRoutes.portal.now', { step: current.name })}</strong>{' '}
          {t('learningRoutes.portal.since', { date: formatDate(e.currentStepSince!, lang) })}
        </Paragraph>
      ) : null}
      {e.status === 'completed' ? <Paragraph>{t('learningRoutes.portal.completed')}</Paragraph> : null}
      {e.status === 'stopped' ? <Paragraph>{t('learningRoutes.portal.stopped')}</Paragraph> : null}
      {e.status === 'active' && next ? (
        <Paragraph>
          {t('learningRoutes.portal.next', { step: next.name })}
          {e.expectedStepEnd
            ? ` ${t('learningRoutes.portal.around', { date: formatDate(e.expectedStepEnd, lang) })}`
            : ''}
        </Paragraph>
      ) : null}
      {e.status === 'active' && !next ? <Paragraph>{t('learningRoutes.portal.lastStep')}</Paragraph> : null}
      <Heading level={3}>{t('learningRoutes.portal.steps')}</Heading>
      <StepPath enrolment={e} />
      {e.employerName || e.schoolName ? (
        <ul className="meedoen-plain-list">
          {e.employerName ? <li>{t('learningRoutes.portal.workplace', { employer: e.employerName })}</li> : null}
          {e.schoolName ? <li>{t('learningRoutes.portal.school', { school: e.schoolName })}</li> : null}
        </ul>
      ) : null}
      <Heading level={3}>{t('learningRoutes.portal.certificates')}</Heading>
      {certificates.length === 0 ? (
        <Paragraph>{t('learningRoutes.portal.noCertificates')}</Paragraph>
      ) : (
        <ul className="meedoen-plain-list">
          {certificates.map((o) => (
            <li key={o.id}>
              <strong>{t(`learningRoutes.outcome.${o.kind}` as MessageKey)}</strong>{' '}
              {t('learningRoutes.portal.gotOn', { date: formatDate(o.achievedOn, lang) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OwnLearningRoutePage() {
  const { t } = useI18n();
  usePageTitle(t('learningRoutes.portal.title'));
  const { participant, missing, loadError } = useOwnParticipant();
  const { data, error } = useApiData<{ items: Enrolment[] }>(
    participant ? `/participants/${participant.id}/learning-enrolments` : null,
  );
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('learningRoutes.portal.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('learningRoutes.portal.intro')}</Paragraph>
      {loadError || error ? <Notice type="error">{loadError ?? error}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!missing && !loadError && !error && (data === undefined || !participant) ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : null}
      {data && data.items.length === 0 ? <Paragraph>{t('learningRoutes.portal.none')}</Paragraph> : null}
      {data?.items.map((e) => (
        <MyRoute key={e.id} enrolment={e} />
      ))}
    </div>
  );
}
