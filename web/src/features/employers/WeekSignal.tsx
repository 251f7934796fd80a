/**
 * "Werkgeverscontacten deze week" for job coaches and employer advisers (IPS systematic job
 * development): face-to-face contacts with employers this week against the IPS norm of six, what is
 * expected by today at an even pace, and the same for the team of each of the caller's organisations.
 */
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { formatDate } from '../participants/dates';
import { weekBar } from './employers';
import { useTeamOrganisations } from './useRegion';
import type { OwnWeek, TeamWeek } from './types';
import './employers.css';

function TeamTable({ organisation }: { organisation: { id: string; name: string } }) {
  const { t } = useI18n();
  const { data } = useApiData<TeamWeek>(`/organisations/${organisation.id}/employer-contacts/week`);
  if (!data || data.members.length === 0) {
    return null;
  }
  // A list rather than a table: the card is narrow on the home page.
  return (
    <>
      <Paragraph>
        <strong>{t('employers.week.teamCaption', { organisation: organisation.name })}</strong>
      </Paragraph>
      <UnorderedList>
        {data.members.map((m) => (
          <UnorderedListItem key={m.userId}>
            {t('employers.week.memberLine', { name: m.name, count: m.faceToFace, norm: data.norm, total: m.total })}{' '}
            {t(`employers.week.status.${m.status}` as MessageKey)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

export function WeekSignal() {
  const { t, lang } = useI18n();
  const { data } = useApiData<OwnWeek>('/me/employer-contacts/week');
  const teams = useTeamOrganisations();
  if (!data) {
    return null;
  }
  const bar = weekBar(data);
  return (
    <section className="meedoen-card" aria-labelledby="werkgeverscontacten">
      <Heading level={2} id="werkgeverscontacten">
        {t('employers.week.title')}
      </Heading>
      <Paragraph small>
        {t('employers.week.period', {
          from: formatDate(data.from, lang, 'medium'),
          to: formatDate(data.to, lang, 'medium'),
        })}
      </Paragraph>
      <Paragraph>
        <strong>{t('employers.week.ofNorm', { count: data.faceToFace, norm: data.norm })}</strong>{' '}
        {t(`employers.week.status.${data.status}` as MessageKey)}
      </Paragraph>
      <div className="meedoen-week-bar" aria-hidden="true">
        <span className="meedoen-week-bar__fill" style={{ width: `${bar.percent}%` }} />
        <span className="meedoen-week-bar__expected" style={{ insetInlineStart: `${bar.expectedPercent}%` }} />
      </div>
      <Paragraph small>{t('employers.week.explain', { expected: data.expectedSoFar, total: data.total })}</Paragraph>
      {teams.map((o) => (
        <TeamTable key={o.id} organisation={o} />
      ))}
    </section>
  );
}
