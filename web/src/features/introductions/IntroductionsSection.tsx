/**
 * Kennismakingen met werkgevers, on the participant page (job coach): the requests to meet this
 * participant; the coach records the participant's decision, saying so (ADR 0019). Left out for those
 * who may not see it.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { IntroductionItem } from './IntroductionItem';
import type { ParticipantIntroductions } from './types';

export function IntroductionsSection({ participantId, name }: { participantId: string; name: string }) {
  const { t } = useI18n();
  const { data, error, reload } = useApiData<ParticipantIntroductions>(`/participants/${participantId}/introductions`);
  if (data === null) {
    return null;
  }
  return (
    <section aria-labelledby="kennismakingen" className="meedoen-section">
      <Heading level={2} id="kennismakingen" tabIndex={-1}>
        {t('introductions.coach.title')}
      </Heading>
      <Paragraph>{t('introductions.coach.intro', { name })}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('introductions.coach.none')}</Paragraph> : null}
      {data?.items.map((i) => (
        <IntroductionItem
          key={i.id}
          participantId={participantId}
          introduction={i}
          onDecided={reload}
          coachFor={name}
          headingLevel={3}
        />
      ))}
    </section>
  );
}
