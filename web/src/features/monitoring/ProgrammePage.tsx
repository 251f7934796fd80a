/**
 * One programme (`/monitoring/programmas/:id`): what it wants, its goals with their progress as plain
 * sentences (computed and suppressed by the API) and a bar each, and its initiatives with their parties,
 * status and building blocks, and for readers of figures each initiative's report for funders (a PDF from
 * the API). A programme manager of the owning organisation can change the programme and
 * add or change initiatives and goals; others only read (the API's `permissions` decide what is shown).
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFound } from '../../components/NotFound';
import { Notice } from '../../components/Notice';
import { Expander } from '../../components/Expander';
import { useStatusMessage } from '../../components/useStatusMessage';
import { DownloadLinks, formatDay, formatPeriod, MonitoringNav } from './common';
import { GoalForm } from './GoalForm';
import { GoalProgressBar } from './GoalProgressBar';
import { GoalRegionsView, perRegion } from './GoalRegionsView';
import { InitiativeForm } from './InitiativeForm';
import { InitiativeDocuments } from './InitiativeDocuments';
import { ProgrammeForm } from './ProgrammeForm';
import type { ApproachOption, Goal, GoalProgress, Initiative, Programme } from './types';

export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { data: programme, setData, error, reload } = useApiData<Programme>(`/programmes/${id}`);
  const canRead = programme?.permissions.readIndicators ?? false;
  const progress = useApiData<GoalProgress>(canRead ? `/programmes/${id}/goal-progress` : null);
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const status = useStatusMessage();
  const [editing, setEditing] = useState(0);
  usePageTitle(programme?.name ?? t('monitoring.programmes.title'));

  if (programme === null) {
    return <NotFound />;
  }
  if (programme === undefined) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const manage = programme.permissions.manage;
  const approachName = (code: string) => approaches.find((a) => a.code === code)?.name ?? code;
  const afterChange = async (message: string) => {
    status.show(message, { focus: true });
    await reload();
    await progress.reload();
    setEditing((n) => n + 1);
  };
  const progressOf = (g: Goal) => progress.data?.goals.find((p) => p.goal.id === g.id);

  return (
    <>
      <Heading level={1}>{programme.name}</Heading>
      <MonitoringNav />
      {status.region}
      <DataList className="meedoen-monitoring-facts">
        <DataListItem>
          <DataListKey>{t('monitoring.programme.organisation')}</DataListKey>
          <DataListValue>{programme.organisationName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('monitoring.programme.period')}</DataListKey>
          <DataListValue>{formatPeriod(programme.startsOn, programme.endsOn, lang, t)}</DataListValue>
        </DataListItem>
      </DataList>
      {programme.description ? <Paragraph>{programme.description}</Paragraph> : null}
      {programme.ambition ? (
        <Paragraph>
          <strong>{t('monitoring.programme.ambition')}: </strong>
          {programme.ambition}
        </Paragraph>
      ) : null}
      <div className="meedoen-actions">
        {canRead ? (
          <RouterLink to={`/monitoring/cijfers?programma=${programme.id}`} className="utrecht-link">
            {t('monitoring.programme.figuresLink')}
          </RouterLink>
        ) : null}
        {manage ? (
          <Expander key={`p-${editing}`} id="programme-edit" label={t('monitoring.programme.edit')}>
            {(close) => (
              <ProgrammeForm
                programme={programme}
                onCancel={close}
                onSaved={(p) => {
                  setData(p);
                  void afterChange(t('monitoring.programme.saved'));
                }}
              />
            )}
          </Expander>
        ) : null}
      </div>

      <section className="meedoen-section" aria-labelledby="programme-goals">
        <Heading level={2} id="programme-goals">
          {t('monitoring.goals.title')}
        </Heading>
        {canRead && progress.data ? (
          <Paragraph small>{t('monitoring.goals.asOf', { date: formatDay(progress.data.asOf, lang) })}</Paragraph>
        ) : null}
        {progress.error ? <Notice type="error">{progress.error}</Notice> : null}
        {canRead && progress.data && progress.data.goals.length > 0 ? (
          <DownloadLinks
            path={`/programmes/${id}/goal-progress/export`}
            what={t('monitoring.download.goals')}
            lead={t('monitoring.goals.download')}
          />
        ) : null}
        {programme.goals.length === 0 ? <Paragraph>{t('monitoring.goals.empty')}</Paragraph> : null}
        {programme.goals.map((g) => {
          const p = progressOf(g);
          return (
            <article key={g.id} className="meedoen-card meedoen-monitoring-goal" aria-labelledby={`goal-${g.id}`}>
              <Heading level={3} id={`goal-${g.id}`}>
                {g.description}
              </Heading>
              <Paragraph small>
                {t(`monitoring.metric.${g.metric}` as MessageKey)} · {formatPeriod(g.periodStart, g.periodEnd, lang, t)}
              </Paragraph>
              {p ? (
                <>
                  {p.rows.length === 0 ? <Paragraph>{t('monitoring.goals.noRows')}</Paragraph> : null}
                  {perRegion(g, p.rows) ? (
                    <GoalRegionsView goal={g} rows={p.rows} />
                  ) : (
                    p.rows.map((r) => (
                      <div key={r.key} className="meedoen-monitoring-goal__row">
                        <Paragraph>{r.sentence}</Paragraph>
                        <GoalProgressBar row={r} metric={g.metric} />
                      </div>
                    ))
                  )}
                  {p.note ? <Paragraph small>{p.note}</Paragraph> : null}
                  {p.rows.some((r) => r.projection?.early) ? (
                    <Paragraph small>{t('monitoring.goals.early')}</Paragraph>
                  ) : null}
                </>
              ) : canRead && progress.data === undefined ? (
                <Paragraph>{t('app.loading')}</Paragraph>
              ) : null}
              {manage ? (
                <Expander
                  key={`g-${g.id}-${editing}`}
                  id={`goal-edit-${g.id}`}
                  label={t('monitoring.goal.edit')}
                  ariaLabel={t('monitoring.goal.editNamed', { name: g.description })}
                >
                  {(close) => (
                    <GoalForm
                      programmeId={programme.id}
                      goal={g}
                      onCancel={close}
                      onSaved={() => void afterChange(t('monitoring.goal.saved'))}
                    />
                  )}
                </Expander>
              ) : null}
            </article>
          );
        })}
        {manage ? (
          <Expander key={`g-new-${editing}`} id="goal-new" label={t('monitoring.goal.add')}>
            {(close) => (
              <GoalForm
                programmeId={programme.id}
                onCancel={close}
                onSaved={() => void afterChange(t('monitoring.goal.added'))}
              />
            )}
          </Expander>
        ) : null}
        {canRead && progress.data && progress.data.routeTargets.length > 0 ? (
          <div className="meedoen-monitoring-route-targets">
            <Heading level={3} id="programme-route-targets">
              {t('monitoring.routeTargets.title')}
            </Heading>
            <Paragraph small>{t('monitoring.routeTargets.intro')}</Paragraph>
            {progress.data.routeTargets.map((r) => (
              <article
                key={r.target.id}
                className="meedoen-card meedoen-monitoring-goal"
                aria-labelledby={`route-target-${r.target.id}`}
              >
                <Heading level={4} id={`route-target-${r.target.id}`}>
                  {r.target.description}
                </Heading>
                <Paragraph small>
                  <span>
                    {formatPeriod(r.target.periodStart, r.target.periodEnd, lang, t)} ·{' '}
                    <RouterLink to={`/leerroutes/${r.target.routeId}`} className="utrecht-link">
                      {r.target.routeName}
                    </RouterLink>
                  </span>
                </Paragraph>
                <div className="meedoen-monitoring-goal__row">
                  <Paragraph>{r.sentence}</Paragraph>
                  <GoalProgressBar
                    row={{
                      key: r.target.id,
                      label: r.target.routeName,
                      count: r.achieved,
                      rate: null,
                      target: r.target.targetCount,
                      projection: null,
                      sentence: r.sentence,
                    }}
                    metric="reach"
                  />
                </div>
              </article>
            ))}
          </div>
        ) : null}
        {canRead &&
        progress.data &&
        (progress.data.goals.some((g) => g.rows.some((r) => r.count.suppressed)) ||
          progress.data.routeTargets.some((r) => r.achieved.suppressed)) ? (
          <Paragraph small>{t('monitoring.goals.hiddenNote', { threshold: progress.data.threshold })}</Paragraph>
        ) : null}
      </section>

      <section className="meedoen-section" aria-labelledby="programme-initiatives">
        <Heading level={2} id="programme-initiatives">
          {t('monitoring.initiatives.title')}
        </Heading>
        {programme.initiatives.length === 0 ? <Paragraph>{t('monitoring.initiatives.empty')}</Paragraph> : null}
        {programme.initiatives.map((i) => (
          <InitiativeCard
            key={i.id}
            initiative={i}
            all={programme.initiatives}
            approachName={approachName}
            manage={manage}
            canReport={canRead}
            editing={editing}
            onSaved={() => void afterChange(t('monitoring.initiative.saved'))}
            onDocumentsChanged={(message) => void afterChange(message)}
          />
        ))}
        {manage ? (
          <Expander key={`i-new-${editing}`} id="initiative-new" label={t('monitoring.initiative.add')}>
            {(close) => (
              <InitiativeForm
                programmeId={programme.id}
                others={programme.initiatives}
                onCancel={close}
                onSaved={() => void afterChange(t('monitoring.initiative.added'))}
              />
            )}
          </Expander>
        ) : null}
      </section>
    </>
  );
}

function InitiativeCard({
  initiative: i,
  all,
  approachName,
  manage,
  canReport,
  editing,
  onSaved,
  onDocumentsChanged,
}: {
  initiative: Initiative;
  all: Initiative[];
  approachName: (code: string) => string;
  manage: boolean;
  /** Whether the reader may read figures (`indicator.read`), which the funders' report needs. */
  canReport: boolean;
  editing: number;
  onSaved: () => void;
  onDocumentsChanged: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const previous = i.followUpOf ? all.find((x) => x.id === i.followUpOf) : undefined;
  return (
    <article className="meedoen-card" aria-labelledby={`initiative-${i.id}`}>
      <Heading level={3} id={`initiative-${i.id}`}>
        {i.name}
        <span className="meedoen-tag">{t(`monitoring.status.${i.status}` as MessageKey)}</span>
      </Heading>
      <Paragraph small>{formatPeriod(i.startsOn, i.endsOn, lang, t)}</Paragraph>
      {i.description ? <Paragraph>{i.description}</Paragraph> : null}
      {previous ? <Paragraph small>{t('monitoring.initiative.followsUp', { name: previous.name })}</Paragraph> : null}
      <Heading level={4}>{t('monitoring.initiative.parties')}</Heading>
      <UnorderedList>
        {i.parties.map((p, n) => (
          <UnorderedListItem key={n}>
            <strong>{p.name}</strong> ({t(`monitoring.partyKind.${p.kind}` as MessageKey)}): {p.perspective}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading level={4}>{t('monitoring.initiative.buildingBlocks')}</Heading>
      {i.buildingBlocks.length > 0 ? (
        <UnorderedList>
          {i.buildingBlocks.map((b) => (
            <UnorderedListItem key={b}>{t(`monitoring.block.${b}` as MessageKey)}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('common.none')}</Paragraph>
      )}
      {i.approachCodes.length > 0 ? (
        <Paragraph>
          <strong>{t('monitoring.initiative.approaches')}: </strong>
          {i.approachCodes.map(approachName).join(', ')}
        </Paragraph>
      ) : null}
      <InitiativeDocuments initiative={i} manage={manage} onChanged={onDocumentsChanged} />
      <Paragraph>
        <RouterLink
          className="utrecht-link"
          to={`/monitoring/initiatieven/${i.id}/procesevaluatie`}
          aria-label={t('monitoring.process.linkNamed', { name: i.name })}
        >
          {t('monitoring.process.link')}
        </RouterLink>
      </Paragraph>
      {canReport ? (
        <Paragraph>
          {/* A file download from the API (PDF), not a page of the app: a plain link. The accessible name
              starts with the visible text (WCAG 2.5.3 Label in Name). */}
          <a
            className="utrecht-link"
            href={`/api/v1/initiatives/${i.id}/report`}
            download
            aria-label={t('monitoring.report.linkNamed', { name: i.name })}
          >
            {t('monitoring.report.link')}
          </a>
        </Paragraph>
      ) : null}
      {manage ? (
        <Expander
          key={`i-${i.id}-${editing}`}
          id={`initiative-edit-${i.id}`}
          label={t('monitoring.initiative.edit')}
          ariaLabel={t('monitoring.initiative.editNamed', { name: i.name })}
        >
          {(close) => (
            <InitiativeForm
              programmeId={i.programmeId}
              initiative={i}
              others={all.filter((x) => x.id !== i.id)}
              onCancel={close}
              onSaved={onSaved}
            />
          )}
        </Expander>
      ) : null}
    </article>
  );
}
