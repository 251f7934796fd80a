/**
 * The capacity profile read side by side: per FML section, each item that someone filled in, with the
 * participant's own latest answer next to the latest professional answer, who gave it, of which
 * organisation and when. A difference is said in words and marked with a sign and a thick border, not
 * by colour alone (WCAG 1.4.1 Use of Color). Below: every assessment, each with its answers and notes
 * (health data) behind a button. Shared by the participant page and the portal page "Wat ik kan";
 * `audience` picks the words (B1 for the participant).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { CapacityAssessment, FmlCatalogue, FmlItem } from '../../lib/types';
import { Expander } from '../../components/Expander';
import { formatDateTime } from '../../lib/format';
import { formatDate } from '../participants/dates';
import { differenceOf, latestAnswers, levelText, newestFirst, type Difference, type LatestAnswer } from './capacity';
import type { Audience } from './ItemField';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A text with a number in it: the key's `…One` variant for 1 ("1 onderdeel"), else the key ("3 onderdelen"). */
export function tCount(t: T, key: MessageKey, count: number, params: Record<string, string | number> = {}): string {
  return t(count === 1 ? (`${key}One` as MessageKey) : key, { count, ...params });
}

/** "Kees Bakker (Gemeente Utrecht), 3 december 2026 · overgenomen uit een FML van UWV · beoordelaar: …". */
export function assessedBy(a: CapacityAssessment, t: T, lang: string): string {
  const date = formatDate(a.assessedOn, lang);
  if (a.kind === 'self') {
    return t('capacity.selfMeta', { date });
  }
  const parts = [
    a.organisationName
      ? t('capacity.professionalMeta', { name: a.recordedByName, organisation: a.organisationName, date })
      : t('capacity.professionalMetaNoOrg', { name: a.recordedByName, date }),
  ];
  if (a.source !== 'meedoen') {
    parts.push(t(`capacity.source.${a.source}.short`));
  }
  if (a.assessor) {
    parts.push(t('capacity.assessorIs', { assessor: a.assessor }));
  }
  return parts.join(' · ');
}

/** A difference in words: which way on an ordinal item, else that they differ. */
function differenceText(d: Difference, audience: Audience, name: string, t: T): string {
  if (audience === 'participant') {
    return t('capacity.participant.differs');
  }
  if (d === 'selfMore') {
    return t('capacity.professional.selfMore', { name });
  }
  if (d === 'selfLess') {
    return t('capacity.professional.selfLess', { name });
  }
  return t('capacity.professional.differs');
}

function AnswerCell({
  label,
  latest,
  item,
  empty,
}: {
  label: string;
  latest?: LatestAnswer;
  item: FmlItem;
  empty: string;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="meedoen-cap-compare__cell">
      <dt>{label}</dt>
      <dd>
        {latest ? (
          <>
            <span className="meedoen-cap-compare__answer">{levelText(item, latest.answer.levels)}</span>
            {latest.answer.qualifier ? (
              <span className="meedoen-cap-compare__qualifier">
                {t('capacity.namely', { text: latest.answer.qualifier })}
              </span>
            ) : null}
            <span className="meedoen-cell-note">{assessedBy(latest.assessment, t, lang)}</span>
          </>
        ) : (
          <span className="meedoen-cap-compare__empty">{empty}</span>
        )}
      </dd>
    </div>
  );
}

/** Counts for the summary above the list. */
export function profileCounts(assessments: readonly CapacityAssessment[], catalogue: FmlCatalogue) {
  const self = latestAnswers(assessments, 'self');
  const professional = latestAnswers(assessments, 'professional');
  const items = catalogue.sections.flatMap((s) => s.items);
  const differences = items.filter((i) => {
    const d = differenceOf(i, self.get(i.id)?.answer.levels, professional.get(i.id)?.answer.levels);
    return d !== 'none' && d !== 'same';
  }).length;
  const sorted = newestFirst(assessments);
  return {
    self,
    professional,
    differences,
    latestSelf: sorted.find((a) => a.kind === 'self'),
    latestProfessional: sorted.find((a) => a.kind === 'professional'),
  };
}

export function CapacityComparison({
  catalogue,
  assessments,
  audience,
  name,
  onlyDifferences = false,
  headingLevel = 3,
}: {
  catalogue: FmlCatalogue;
  assessments: readonly CapacityAssessment[];
  audience: Audience;
  /** The participant's given name (for the professional's words). */
  name: string;
  onlyDifferences?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const self = latestAnswers(assessments, 'self');
  const professional = latestAnswers(assessments, 'professional');
  const selfLabel =
    audience === 'professional'
      ? t('capacity.professional.selfColumn', { name })
      : t('capacity.participant.selfColumn');
  const professionalLabel = t(`capacity.${audience}.professionalColumn`);
  return (
    <div className="meedoen-cap-overview">
      {catalogue.sections.map((section) => {
        const rows = section.items
          .map((item) => {
            const mine = self.get(item.id);
            const theirs = professional.get(item.id);
            return { item, mine, theirs, d: differenceOf(item, mine?.answer.levels, theirs?.answer.levels) };
          })
          .filter((r) => r.mine || r.theirs)
          .filter((r) => !onlyDifferences || (r.d !== 'none' && r.d !== 'same'));
        if (onlyDifferences && rows.length === 0) {
          return null;
        }
        return (
          <div key={section.id} className="meedoen-cap-section">
            <Heading level={headingLevel}>
              {audience === 'participant'
                ? t(`capacity.section.${section.id}.plain`)
                : t('capacity.sectionTitle', { id: section.id, name: section.name })}
            </Heading>
            {rows.length === 0 ? (
              <Paragraph>{t(`capacity.${audience}.sectionEmpty`)}</Paragraph>
            ) : (
              <ul className="meedoen-cap-rows">
                {rows.map(({ item, mine, theirs, d }) => {
                  const differs = d !== 'none' && d !== 'same';
                  return (
                    <li
                      key={item.id}
                      className={differs ? 'meedoen-cap-row meedoen-cap-row--differs' : 'meedoen-cap-row'}
                    >
                      <div className="meedoen-cap-row__head">
                        <Heading level={headingLevel === 2 ? 3 : 4} className="meedoen-cap-row__title">
                          {audience === 'professional' ? `${item.id} ${item.name}` : item.name}
                        </Heading>
                        {differs ? (
                          <span className="meedoen-tag meedoen-cap-diff">
                            <span aria-hidden="true">≠ </span>
                            {differenceText(d, audience, name, t)}
                          </span>
                        ) : d === 'same' ? (
                          <span className="meedoen-tag">
                            <span aria-hidden="true">= </span>
                            {t(`capacity.${audience}.same`)}
                          </span>
                        ) : null}
                      </div>
                      <dl className="meedoen-cap-compare">
                        <AnswerCell
                          label={selfLabel}
                          latest={mine}
                          item={item}
                          empty={t(`capacity.${audience}.selfEmpty`)}
                        />
                        <AnswerCell
                          label={professionalLabel}
                          latest={theirs}
                          item={item}
                          empty={t(`capacity.${audience}.professionalEmpty`)}
                        />
                      </dl>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The notes of an assessment: health data, said so; or why they are not shown. */
export function AssessmentNotes({
  assessment,
  audience,
  name,
}: {
  assessment: CapacityAssessment;
  audience: Audience;
  name: string;
}) {
  const { t } = useI18n();
  if (!('notes' in assessment) || assessment.notes === undefined) {
    return <Paragraph>{t(`capacity.${audience}.notesHidden`, { name })}</Paragraph>;
  }
  if (!assessment.notes) {
    return <Paragraph>{t('capacity.notesNone')}</Paragraph>;
  }
  return (
    <div className="meedoen-cap-notes">
      <p className="meedoen-cap-notes__label">
        <strong>{t('capacity.notesTitle')}</strong> <span className="meedoen-tag">{t('capacity.healthData')}</span>
      </p>
      <p className="meedoen-multiline">{assessment.notes}</p>
    </div>
  );
}

/** Every assessment this user may see, newest first; the answers and notes of each behind a button. */
export function AssessmentHistory({
  catalogue,
  assessments,
  audience,
  name,
  headingLevel = 3,
}: {
  catalogue: FmlCatalogue;
  assessments: readonly CapacityAssessment[];
  audience: Audience;
  name: string;
  headingLevel?: 2 | 3;
}) {
  const { t, lang } = useI18n();
  if (assessments.length === 0) {
    return null;
  }
  const items = catalogue.sections.flatMap((s) => s.items);
  return (
    <div className="meedoen-subsection">
      <Heading level={headingLevel}>{t(`capacity.${audience}.historyTitle`, { count: assessments.length })}</Heading>
      <ul className="meedoen-plain-list meedoen-cap-history">
        {newestFirst(assessments).map((a) => {
          const title =
            a.kind === 'self'
              ? tCount(t, `capacity.${audience}.historySelf`, a.answers.length, { name })
              : tCount(t, `capacity.${audience}.historyProfessional`, a.answers.length);
          return (
            <li key={a.id}>
              <p className="meedoen-cap-history__title">
                <strong>{title}</strong>
                <span className="meedoen-cell-note">{assessedBy(a, t, lang)}</span>
              </p>
              <Expander
                id={`cap-history-${a.id.slice(0, 8)}`}
                label={t('capacity.historyShow')}
                ariaLabel={`${t('capacity.historyShow')}: ${title}, ${formatDate(a.assessedOn, lang)} (${formatDateTime(a.recordedAt, lang)})`}
                appearance="subtle-button"
              >
                {() => (
                  <>
                    <ul className="meedoen-cap-answers">
                      {items
                        .map((item) => ({ item, answer: a.answers.find((x) => x.itemId === item.id) }))
                        .filter((x) => x.answer)
                        .map(({ item, answer }) => (
                          <li key={item.id}>
                            <strong>{audience === 'professional' ? `${item.id} ${item.name}` : item.name}:</strong>{' '}
                            {levelText(item, answer!.levels)}
                            {answer!.qualifier ? ` — ${t('capacity.namely', { text: answer!.qualifier })}` : ''}
                          </li>
                        ))}
                    </ul>
                    <AssessmentNotes assessment={a} audience={audience} name={name} />
                  </>
                )}
              </Expander>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
