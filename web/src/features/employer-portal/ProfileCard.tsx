/**
 * One anonymised profile as an employer sees it (ADR 0019): no name, no exact age, the municipality only
 * when at least five people share it. Used in the candidate search and in the participant's preview.
 */
import type { ReactNode } from 'react';
import { Heading } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { CandidateProfile } from './types';

function List({ items, empty }: { items: string[]; empty: string }) {
  return items.length === 0 ? <>{empty}</> : <>{items.join(', ')}</>;
}

export function ProfileCard({
  profile,
  headingLevel = 2,
  title,
  children,
}: {
  profile: CandidateProfile;
  headingLevel?: 2 | 3;
  /** Instead of "Profiel <id>" (the participant's preview has an id no employer sees). */
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const titleId = `profiel-${profile.id}`;
  const unknown = t('employerPortal.profile.unknown');
  return (
    <article className="meedoen-card meedoen-profile-card" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {title ?? t('employerPortal.profile.title', { id: profile.id.slice(0, 6) })}
      </Heading>
      <dl className="meedoen-facts">
        <dt>{t('employerPortal.profile.place')}</dt>
        <dd>{profile.municipalityName ?? t('employerPortal.profile.regionOnly', { region: profile.regionName })}</dd>
        <dt>{t('employerPortal.profile.age')}</dt>
        <dd>{t(`employerPortal.age.${profile.ageBand}` as MessageKey)}</dd>
        <dt>{t('employerPortal.profile.hours')}</dt>
        <dd>
          {profile.hours
            ? t('employerPortal.profile.hoursValue', { min: profile.hours.min, max: profile.hours.max })
            : unknown}
        </dd>
        <dt>{t('employerPortal.profile.availability')}</dt>
        <dd>{t(`employerPortal.availability.${profile.availability}` as MessageKey)}</dd>
        <dt>{t('employerPortal.profile.kindsOfWork')}</dt>
        <dd>
          <List items={[...profile.kindsOfWork, ...profile.sectors]} empty={unknown} />
        </dd>
        <dt>{t('employerPortal.profile.skills')}</dt>
        <dd>
          <List items={profile.skills} empty={unknown} />
        </dd>
        <dt>{t('employerPortal.profile.certificates')}</dt>
        <dd>
          <List
            items={profile.certificates.map(
              (c) =>
                `${t(`learningRoutes.outcome.${c.kind}` as MessageKey)} (${t(`learningRoutes.sector.${c.sector}` as MessageKey)}, ${t(`learningRoutes.level.${c.level}` as MessageKey)})`,
            )}
            empty={unknown}
          />
        </dd>
        <dt>{t('employerPortal.profile.capacities')}</dt>
        <dd>
          {profile.capacities.attentionPoints.length === 0
            ? t('employerPortal.profile.noCapacities')
            : `${profile.capacities.attentionPoints.map((p) => p.label).join(', ')} (${t(`employerPortal.profile.basis.${profile.capacities.basis}` as MessageKey)})`}
        </dd>
      </dl>
      {children}
    </article>
  );
}
