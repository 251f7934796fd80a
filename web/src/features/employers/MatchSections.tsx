/**
 * Matching results with their reasons (server: src/modules/matches): the best candidates for a vacancy,
 * the best vacancies for a participant, and who fits a carved job with the tasks that block the others.
 * Every result shows its score and the parts that make it up (a bar and a table that add up), the
 * explanation sentence, the accommodations and carved tasks it relies on, and how many people each hard
 * limit excluded. Hard limits are never crossed: someone who is excluded is not in the list.
 */
import { Link as RouterLink } from 'react-router-dom';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { useSession } from '../../app/session';
import { Expander } from '../../components/Expander';
import { Notice } from '../../components/Notice';
import { exclusionCounts, formatNumber, scoreParts, hoursText } from './employers';
import type {
  CandidateRanking,
  CandidateSummary,
  CarvedFits,
  ExclusionCode,
  InstrumentAdvice,
  PairFields,
  Vacancy,
  VacancyRanking,
} from './types';

/** Only these roles may ask for matches; for others nothing is asked (a refused request is logged). */
function useMayMatch(): boolean {
  const { hasRole } = useSession();
  return hasRole('employerAdviser') || hasRole('jobCoach');
}

function ExcludedCounts({ ranking }: { ranking: Pick<CandidateRanking, 'considered' | 'admitted' | 'excludedBy'> }) {
  const { t } = useI18n();
  const counts = exclusionCounts(ranking.excludedBy);
  return (
    <>
      <Paragraph>
        {t('employers.match.considered', { considered: ranking.considered, admitted: ranking.admitted })}
      </Paragraph>
      {counts.length > 0 ? (
        <>
          <Paragraph>{t('employers.match.excludedIntro')}</Paragraph>
          <UnorderedList>
            {counts.map((c) => (
              <UnorderedListItem key={c.code}>
                {t(`employers.match.excluded.${c.code}` as MessageKey)}: {c.count}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </>
  );
}

/** Score, its parts (bar + table), the sentence, and what the match relies on. */
export function PairDetails({ pair, id }: { pair: PairFields; id: string }) {
  const { t, lang } = useI18n();
  const { parts, sum } = scoreParts(pair.factors, pair.score);
  return (
    <>
      <Paragraph>
        <strong>{t('employers.match.score', { score: formatNumber(pair.score, lang) })}</strong>
      </Paragraph>
      <div className="meedoen-score-bar" aria-hidden="true">
        {parts
          .filter((p) => p.width > 0)
          .map((p) => (
            <span
              key={p.code}
              className={`meedoen-score-bar__part meedoen-score-bar__part--${p.code}`}
              style={{ width: `${p.width}%` }}
              title={t(`employers.factor.${p.code}` as MessageKey)}
            />
          ))}
      </div>
      <details className="meedoen-details">
        <summary>{t('employers.match.partsSummary')}</summary>
        <Table>
          <caption className="meedoen-table-caption">{t('employers.match.partsCaption')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('employers.match.factor')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('employers.match.points')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('employers.match.weight')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {parts.map((p) => (
              <TableRow key={p.code}>
                <TableCell>
                  <span className={`meedoen-score-key meedoen-score-bar__part--${p.code}`} aria-hidden="true" />{' '}
                  {t(`employers.factor.${p.code}` as MessageKey)}
                </TableCell>
                <TableCell>{formatNumber(p.points, lang)}</TableCell>
                <TableCell>{formatNumber(p.weight, lang)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('employers.match.total')}</TableHeaderCell>
              <TableCell>{formatNumber(sum, lang)}</TableCell>
              <TableCell>100</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </details>
      <Paragraph id={`${id}-explanation`}>{pair.explanation.text}</Paragraph>
      {pair.accommodations.length > 0 ? (
        <Paragraph>
          {t('employers.match.accommodations', { list: pair.accommodations.map((a) => a.name).join(', ') })}
        </Paragraph>
      ) : null}
      {pair.carvedTasks.length > 0 ? (
        <>
          <Paragraph>
            {t('employers.match.carvedIntro', { remaining: formatNumber(pair.remainingPercent, lang) })}
          </Paragraph>
          <UnorderedList>
            {pair.carvedTasks.map((c) => (
              <UnorderedListItem key={c.taskId}>
                {t(`employers.match.carved.${c.reason}` as MessageKey, {
                  task: c.taskName,
                  share: formatNumber(c.sharePercent, lang),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <Paragraph small>
        {t('employers.match.hours', {
          hours: hoursText(pair.hours.min, pair.hours.max, lang, t),
          offered: formatNumber(pair.hours.offered, lang),
        })}{' '}
        · {t(`employers.match.basis.${pair.capacityBasis}` as MessageKey)}
        {pair.travel.method === 'none' ? ` · ${t('employers.match.travelUnknown')}` : ''}
      </Paragraph>
    </>
  );
}

function CandidateName({ participant }: { participant: CandidateSummary }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const name = participant.name ?? t('employers.match.anonymous', { municipality: participant.municipalityName });
  // The participant page is for job coaches and consultants; advisers see the name only.
  return hasRole('jobCoach') || hasRole('consultant') ? (
    <RouterLink to={`/deelnemers/${participant.id}`}>{name}</RouterLink>
  ) : (
    <>{name}</>
  );
}

export function CandidatesSection({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useI18n();
  const may = useMayMatch();
  const { data, error } = useApiData<CandidateRanking>(
    may ? `/employers/${vacancy.employerId}/vacancies/${vacancy.id}/candidates?limit=20` : null,
  );
  if (!may || data === null) {
    return null;
  }
  return (
    <section aria-labelledby="kandidaten" className="meedoen-section">
      <Heading level={2} id="kandidaten">
        {t('employers.match.candidatesTitle')}
      </Heading>
      <Paragraph>{t('employers.match.candidatesIntro')}</Paragraph>
      <Paragraph small>{t('employers.match.whoVisible')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <>
          <ExcludedCounts ranking={data} />
          {data.items.length === 0 ? <Paragraph>{t('employers.match.noCandidates')}</Paragraph> : null}
          <ol className="meedoen-plain-list meedoen-matches">
            {data.items.map((m, i) => (
              <li key={m.participant.id} className="meedoen-card">
                <Heading level={3}>
                  {i + 1}. <CandidateName participant={m.participant} />
                </Heading>
                <Paragraph small>
                  {m.participant.municipalityName} ·{' '}
                  {t(`employers.match.phase.${m.participant.trajectoryPhase}` as MessageKey)}
                </Paragraph>
                <PairDetails pair={m} id={`candidate-${m.participant.id}`} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/**
 * The Dutch instruments (loonkostensubsidie, no-riskpolis, jobcoach, …) for this participant and this
 * vacancy: which apply and why, each in one sentence, who grants it and what the employer must do.
 * Loaded only when the coach opens it.
 */
function InstrumentsList({ participantId, vacancyId }: { participantId: string; vacancyId: string }) {
  const { t } = useI18n();
  const { data, error } = useApiData<InstrumentAdvice>(
    `/participants/${participantId}/vacancies/${vacancyId}/instruments`,
  );
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('employers.instruments.none')}</Paragraph>;
  }
  const relevant = data.items.filter((i) => i.applies !== 'no');
  const others = data.items.filter((i) => i.applies === 'no');
  const line = (i: InstrumentAdvice['items'][number]) => (
    <UnorderedListItem key={i.code}>
      <strong>
        {i.name}: {t(`employers.instruments.applies.${i.applies}` as MessageKey)}
      </strong>
      {i.grantorName ? ` (${t('employers.instruments.grantor', { name: i.grantorName })})` : ''}. {i.reason}
      {i.employerMustDo ? ` ${t('employers.instruments.employerMustDo', { text: i.employerMustDo })}` : ''}
      {i.unverifiedFacts > 0 ? ` ${t('employers.instruments.unverified')}` : ''}
    </UnorderedListItem>
  );
  return (
    <>
      {relevant.length === 0 ? <Paragraph>{t('employers.instruments.noneApply')}</Paragraph> : null}
      <UnorderedList>{relevant.map(line)}</UnorderedList>
      {others.length > 0 ? (
        <details className="meedoen-details">
          <summary>{t('employers.instruments.others', { count: others.length })}</summary>
          <UnorderedList>{others.map(line)}</UnorderedList>
        </details>
      ) : null}
    </>
  );
}

/** For the participant page: the vacancies in the region that fit this person best, with the reasons. */
export function VacancyMatchesSection({ participantId }: { participantId: string }) {
  const { t, lang } = useI18n();
  const may = useMayMatch();
  const { data, error } = useApiData<VacancyRanking>(
    may ? `/participants/${participantId}/vacancy-matches?limit=10` : null,
  );
  if (!may || data === null) {
    return null;
  }
  return (
    <section aria-labelledby="passende-vacatures" className="meedoen-section">
      <Heading level={2} id="passende-vacatures">
        {t('employers.match.vacanciesTitle')}
      </Heading>
      <Paragraph>{t('employers.match.vacanciesIntro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <>
          <ExcludedCounts ranking={data} />
          {data.items.length === 0 ? <Paragraph>{t('employers.match.noVacancies')}</Paragraph> : null}
          <ol className="meedoen-plain-list meedoen-matches">
            {data.items.map((m, i) => (
              <li key={m.vacancy.id} className="meedoen-card">
                <Heading level={3}>
                  {i + 1}.{' '}
                  <RouterLink to={`/werkgevers/${m.vacancy.employerId}/vacatures/${m.vacancy.id}`}>
                    {m.vacancy.title}
                  </RouterLink>
                </Heading>
                <Paragraph small>
                  {m.vacancy.employerName}
                  {m.vacancy.municipalityName ? ` · ${m.vacancy.municipalityName}` : ''} ·{' '}
                  {hoursText(m.vacancy.hoursMin, m.vacancy.hoursMax, lang, t)}
                </Paragraph>
                <PairDetails pair={m} id={`vacancy-${m.vacancy.id}`} />
                <Expander
                  id={`instruments-${m.vacancy.id}`}
                  label={t('employers.instruments.open')}
                  ariaLabel={t('employers.instruments.openFor', { title: m.vacancy.title })}
                  appearance="subtle-button"
                >
                  {() => <InstrumentsList participantId={participantId} vacancyId={m.vacancy.id} />}
                </Expander>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** For a carved job: who of the region fits, and for the others which task blocks them. */
export function FitsSection({ employerId, carvedId }: { employerId: string; carvedId: string }) {
  const { t } = useI18n();
  const may = useMayMatch();
  const { data, error } = useApiData<CarvedFits>(may ? `/employers/${employerId}/carved-jobs/${carvedId}/fits` : null);
  if (!may || data === null) {
    return null;
  }
  const reasons = (codes: readonly ExclusionCode[]) =>
    codes.map((c) => t(`employers.match.excluded.${c}` as MessageKey)).join(', ');
  const fitting = data?.candidates.filter((c) => c.fits) ?? [];
  const blocked = data?.candidates.filter((c) => !c.fits) ?? [];
  return (
    <section aria-labelledby="wie-past" className="meedoen-section">
      <Heading level={2} id="wie-past">
        {t('employers.fits.title')}
      </Heading>
      <Paragraph>{t('employers.fits.intro')}</Paragraph>
      <Paragraph small>{t('employers.match.whoVisible')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <>
          <Paragraph>{t('employers.fits.counts', { considered: data.considered, fitting: data.fitting })}</Paragraph>
          {data.blocksPerTask.some((b) => b.blocks > 0) ? (
            <div className="meedoen-table-scroll">
              <Table>
                <caption className="meedoen-table-caption">{t('employers.fits.perTaskCaption')}</caption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('employers.task.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('employers.fits.blocks')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.blocksPerTask.map((b) => (
                    <TableRow key={b.taskId}>
                      <TableCell>{b.taskName}</TableCell>
                      <TableCell>{b.blocks}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : null}
          <Heading level={3}>{t('employers.fits.fitting')}</Heading>
          {fitting.length === 0 ? <Paragraph>{t('employers.fits.nobody')}</Paragraph> : null}
          <UnorderedList>
            {fitting.map((c) => (
              <UnorderedListItem key={c.participant.id}>
                <CandidateName participant={c.participant} />: {c.explanation.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {blocked.length > 0 ? (
            <>
              <Heading level={3}>{t('employers.fits.notFitting')}</Heading>
              <UnorderedList>
                {blocked.map((c) => (
                  <UnorderedListItem key={c.participant.id}>
                    <CandidateName participant={c.participant} />:{' '}
                    {c.blocking.length > 0
                      ? c.blocking
                          .map((b) => t('employers.fits.blockedBy', { task: b.taskName, text: b.text }))
                          .join('; ')
                      : ''}
                    {c.blocking.length > 0 && c.otherReasons.length > 0 ? '; ' : ''}
                    {c.otherReasons.length > 0
                      ? t('employers.fits.otherReasons', { list: reasons(c.otherReasons) })
                      : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
