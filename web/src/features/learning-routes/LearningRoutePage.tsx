/**
 * One learning route for its coordinator: the steps in order with their durations, partners and target
 * groups; the cohorts (start, places, members, coaches, employers; a signal when a cohort is short of
 * people a month before it starts); the progress board by step per cohort (each with a CSV and Excel
 * download, small counts hidden); the targets with progress; links to the inflow and retention page and,
 * for the coordinator, to the edit page. All of it in numbers, without names.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { useForm } from '../../components/useForm';
import { formatDate, todayInNl } from '../participants/dates';
import { exportUrl, MEASURES, STEP_KINDS, type LearningRoute, type Progress } from './types';
import '../participants/participants.css';
import './learning-routes.css';

function CohortForm({
  route,
  onSaved,
  onCancel,
}: {
  route: LearningRoute;
  onSaved: (r: LearningRoute) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('cohort-');
  const [v, setV] = useState({ name: '', startDate: todayInNl(), places: '10', employer: '' });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const places = /^\d{1,3}$/.test(v.places.trim()) ? Number(v.places.trim()) : undefined;
          void form.submit(
            async () => {
              onSaved(
                await api<LearningRoute>('POST', `/learning-routes/${route.id}/cohorts`, {
                  name: v.name.trim(),
                  startDate: v.startDate || undefined,
                  places,
                  employers: v.employer.trim() ? [{ name: v.employer.trim() }] : [],
                }),
              );
            },
            places === undefined ? { places: t('learningRoutes.placesInvalid') } : {},
          );
        }}
      >
        <TextField
          id="cohort-name"
          label={t('learningRoutes.cohortName')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={form.error('name')}
        />
        <TextField
          id="cohort-startDate"
          type="date"
          label={t('learningRoutes.startDate')}
          value={v.startDate}
          onChange={(startDate) => setV({ ...v, startDate })}
          error={form.error('startDate')}
        />
        <TextField
          id="cohort-places"
          inputMode="numeric"
          label={t('learningRoutes.places')}
          value={v.places}
          onChange={(places) => setV({ ...v, places })}
          error={form.error('places')}
        />
        <TextField
          id="cohort-employer"
          label={`${t('learningRoutes.cohortEmployer')} ${t('common.optional')}`}
          value={v.employer}
          onChange={(employer) => setV({ ...v, employer })}
          error={form.error('employers')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.addCohort')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function TargetForm({
  route,
  onSaved,
  onCancel,
}: {
  route: LearningRoute;
  onSaved: (r: LearningRoute) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useForm('target-');
  const year = todayInNl().slice(0, 4);
  // The monitoring programmes a target may count towards; left out for someone who may not read them.
  const programmes = useApiData<{ items: { id: string; name: string }[] }>('/programmes');
  const [v, setV] = useState({
    description: '',
    measure: 'enrolled',
    stepKind: 'bblContract',
    targetCount: '',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    programmeId: '',
  });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const count = /^\d{1,6}$/.test(v.targetCount.trim()) ? Number(v.targetCount.trim()) : undefined;
          void form.submit(
            async () => {
              onSaved(
                await api<LearningRoute>('POST', `/learning-routes/${route.id}/targets`, {
                  description: v.description.trim(),
                  measure: v.measure,
                  stepKind: v.measure === 'stepReached' ? v.stepKind : null,
                  targetCount: count,
                  periodStart: v.periodStart || undefined,
                  periodEnd: v.periodEnd || undefined,
                  programmeId: v.programmeId || null,
                }),
              );
            },
            count === undefined ? { targetCount: t('learningRoutes.countInvalid') } : {},
          );
        }}
      >
        <TextField
          id="target-description"
          label={t('learningRoutes.targetDescription')}
          description={t('learningRoutes.targetDescriptionHint')}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={form.error('description')}
        />
        <SelectField
          id="target-measure"
          label={t('learningRoutes.measure')}
          value={v.measure}
          onChange={(measure) => setV({ ...v, measure })}
          options={MEASURES.map((m) => ({ value: m, label: t(`learningRoutes.measure.${m}` as MessageKey) }))}
          error={form.error('measure')}
        />
        {v.measure === 'stepReached' ? (
          <SelectField
            id="target-stepKind"
            label={t('learningRoutes.stepKind')}
            value={v.stepKind}
            onChange={(stepKind) => setV({ ...v, stepKind })}
            options={STEP_KINDS.map((k) => ({ value: k, label: t(`learningRoutes.stepKind.${k}` as MessageKey) }))}
            error={form.error('stepKind')}
          />
        ) : null}
        <TextField
          id="target-targetCount"
          inputMode="numeric"
          label={t('learningRoutes.targetCount')}
          value={v.targetCount}
          onChange={(targetCount) => setV({ ...v, targetCount })}
          error={form.error('targetCount')}
        />
        <TextField
          id="target-periodStart"
          type="date"
          label={t('learningRoutes.periodStart')}
          value={v.periodStart}
          onChange={(periodStart) => setV({ ...v, periodStart })}
          error={form.error('periodStart')}
        />
        <TextField
          id="target-periodEnd"
          type="date"
          label={t('learningRoutes.periodEnd')}
          value={v.periodEnd}
          onChange={(periodEnd) => setV({ ...v, periodEnd })}
          error={form.error('periodEnd')}
        />
        {programmes.data && programmes.data.items.length > 0 ? (
          <SelectField
            id="target-programmeId"
            label={`${t('learningRoutes.targetProgramme')} ${t('common.optional')}`}
            description={t('learningRoutes.targetProgrammeHint')}
            value={v.programmeId}
            onChange={(programmeId) => setV({ ...v, programmeId })}
            placeholder={t('learningRoutes.targetNoProgramme')}
            options={programmes.data.items.map((p) => ({ value: p.id, label: p.name }))}
            error={form.error('programmeId')}
          />
        ) : null}
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.addTarget')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function ProgressPart({ route }: { route: LearningRoute }) {
  const { t, lang } = useI18n();
  const { data, error } = useApiData<Progress>(`/learning-routes/${route.id}/progress`);
  const boardExport = (cohortId: string, format: 'csv' | 'xlsx') =>
    exportUrl(`/learning-routes/${route.id}/cohorts/${cohortId}/board/export`, { format });
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (!data) {
    return data === undefined ? <Paragraph>{t('app.loading')}</Paragraph> : null;
  }
  return (
    <>
      <section aria-labelledby="signalen" className="meedoen-section">
        <Heading level={2} id="signalen">
          {t('learningRoutes.signals')}
        </Heading>
        <ul className="meedoen-plain-list">
          <li>
            {data.signals.wepOverdue === 1
              ? t('learningRoutes.signalWep.one')
              : t('learningRoutes.signalWep', { count: data.signals.wepOverdue })}
          </li>
          <li>
            {data.signals.noRecentNote === 1
              ? t('learningRoutes.signalNotes.one')
              : t('learningRoutes.signalNotes', { count: data.signals.noRecentNote })}
          </li>
          {data.signals.cohortsBelowPlannedSize.map((c) => (
            <li key={c.cohortId}>
              <strong>
                {t('learningRoutes.signalCohort', {
                  name: c.name,
                  date: formatDate(c.startDate, lang),
                  open: c.openPlaces,
                })}
              </strong>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bord" className="meedoen-section">
        <Heading level={2} id="bord">
          {t('learningRoutes.board')}
        </Heading>
        <Paragraph>{t('learningRoutes.boardIntro')}</Paragraph>
        {data.board.length === 0 ? <Paragraph>{t('learningRoutes.noCohorts')}</Paragraph> : null}
        {data.board.map((row) => (
          <div
            key={row.cohortId ?? 'none'}
            className="meedoen-lr-board"
            role="group"
            aria-label={row.cohortName ?? t('learningRoutes.noCohort')}
          >
            <Heading level={3}>{row.cohortName ?? t('learningRoutes.noCohort')}</Heading>
            <ol className="meedoen-lr-board__columns">
              {row.columns.map((c) => (
                <li
                  key={`${c.kind}-${c.stepId ?? c.label}`}
                  className={`meedoen-lr-board__column meedoen-lr-board__column--${c.kind}`}
                >
                  <span className="meedoen-lr-board__label">{c.label}</span>
                  <span className="meedoen-lr-board__count">
                    {c.count === 1 ? t('learningRoutes.person') : t('learningRoutes.people', { count: c.count })}
                  </span>
                </li>
              ))}
            </ol>
            {row.cohortId ? (
              <Paragraph small>
                {t('learningRoutes.boardDownload', { name: row.cohortName ?? '' })}{' '}
                <a className="utrecht-link" href={boardExport(row.cohortId, 'csv')} download>
                  {t('learningRoutes.csv')}
                  <span className="meedoen-visually-hidden"> {row.cohortName}</span>
                </a>
                {' · '}
                <a className="utrecht-link" href={boardExport(row.cohortId, 'xlsx')} download>
                  {t('learningRoutes.xlsx')}
                  <span className="meedoen-visually-hidden"> {row.cohortName}</span>
                </a>
              </Paragraph>
            ) : null}
          </div>
        ))}
        <Paragraph small>{t('learningRoutes.boardDownloadHint')}</Paragraph>
      </section>
      <section aria-labelledby="doelen" className="meedoen-section">
        <Heading level={2} id="doelen">
          {t('learningRoutes.targets')}
        </Heading>
        {data.targets.length === 0 ? <Paragraph>{t('learningRoutes.noTargets')}</Paragraph> : null}
        <ul className="meedoen-plain-list">
          {data.targets.map((x) => (
            <li key={x.target.id} className="meedoen-lr-target">
              <Paragraph>
                <strong>{x.target.description}</strong>{' '}
                <span className="meedoen-cell-note">
                  {t('learningRoutes.period', {
                    from: formatDate(x.target.periodStart, lang),
                    to: formatDate(x.target.periodEnd, lang),
                  })}
                </span>
              </Paragraph>
              {x.target.programmeName ? (
                <Paragraph small>{t('learningRoutes.countsTowards', { programme: x.target.programmeName })}</Paragraph>
              ) : null}
              <label htmlFor={`target-progress-${x.target.id}`}>
                {t('learningRoutes.targetProgress', {
                  achieved: x.achieved,
                  target: x.target.targetCount,
                  percentage: x.percentage,
                })}
              </label>
              <progress
                id={`target-progress-${x.target.id}`}
                max={x.target.targetCount}
                value={Math.min(x.achieved, x.target.targetCount)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="instroom" className="meedoen-section">
        <Heading level={2} id="instroom">
          {t('learningRoutes.flow')}
        </Heading>
        <Paragraph>{t('learningRoutes.flowTeaser')}</Paragraph>
        <Paragraph>
          <RouterLink to={`/leerroutes/${route.id}/instroom-en-behoud`}>{t('learningRoutes.flowOpen')}</RouterLink>
        </Paragraph>
        <Paragraph>
          <a className="utrecht-link" href={exportUrl(`/learning-routes/${route.id}/progress-export`, {})} download>
            {t('learningRoutes.downloadXlsx')}
          </a>
        </Paragraph>
      </section>
    </>
  );
}

export function LearningRoutePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { data: route, setData, error } = useApiData<LearningRoute>(`/learning-routes/${id}`);
  const notice = useStatusMessage();
  const [version, setVersion] = useState(0);
  const location = useLocation();
  const navigate = useNavigate();
  const savedOnEdit = (location.state as { saved?: boolean } | null)?.saved === true;
  const { show } = notice;
  useEffect(() => {
    if (savedOnEdit && route) {
      show(t('learningRoutes.routeSaved'), { focus: true });
      // Once: a reload does not say it again.
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [savedOnEdit, route, show, t, navigate, location.pathname]);
  usePageTitle(route ? route.name : t('learningRoutes.title'));
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (route === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (route === null) {
    return <NotFound />;
  }
  const saved = (next: LearningRoute, message: string) => {
    setData(next);
    setVersion((v) => v + 1);
    notice.show(message, { focus: true });
  };
  return (
    <>
      <Paragraph>
        <RouterLink to="/leerroutes">{t('learningRoutes.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{route.name}</Heading>
      {route.description ? <Paragraph lead>{route.description}</Paragraph> : null}
      {notice.region}
      {route.permissions.manage || route.permissions.readProgress ? (
        <ul className="meedoen-plain-list meedoen-lr-links">
          {route.permissions.manage ? (
            <li>
              <RouterLink to={`/leerroutes/${route.id}/wijzigen`}>{t('learningRoutes.edit')}</RouterLink>
            </li>
          ) : null}
          {route.permissions.readProgress ? (
            <li>
              <RouterLink to={`/leerroutes/${route.id}/instroom-en-behoud`}>{t('learningRoutes.flowOpen')}</RouterLink>
            </li>
          ) : null}
        </ul>
      ) : null}
      <DataList className="meedoen-data-list">
        <DataListItem>
          <DataListKey>{t('learningRoutes.form')}</DataListKey>
          <DataListValue>{t(`learningRoutes.form.${route.form}` as MessageKey)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRoutes.level')}</DataListKey>
          <DataListValue>{t(`learningRoutes.level.${route.level}` as MessageKey)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRoutes.sector')}</DataListKey>
          <DataListValue>{t(`learningRoutes.sector.${route.sector}` as MessageKey)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRoutes.targetGroups')}</DataListKey>
          <DataListValue>
            {route.targetGroups.map((g) => t(`learningRoutes.group.${g}` as MessageKey)).join(', ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRoutes.partners')}</DataListKey>
          <DataListValue>
            {route.partners.length === 0
              ? '–'
              : route.partners
                  .map((p) => `${p.name} (${t(`learningRoutes.partner.${p.kind}` as MessageKey)})`)
                  .join(', ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('learningRoutes.coordinator')}</DataListKey>
          <DataListValue>{route.organisationName}</DataListValue>
        </DataListItem>
      </DataList>

      <section aria-labelledby="stappen" className="meedoen-section">
        <Heading level={2} id="stappen">
          {t('learningRoutes.steps')}
        </Heading>
        <OrderedList>
          {route.steps.map((s) => (
            <OrderedListItem key={s.id}>
              <strong>{s.name}</strong> ({t(`learningRoutes.stepKind.${s.kind}` as MessageKey)}) —{' '}
              {t('learningRoutes.weeks', { weeks: s.expectedWeeks })}
              {s.maxWeeks ? `, ${t('learningRoutes.maxWeeksValue', { weeks: s.maxWeeks })}` : ''}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>

      <section aria-labelledby="groepen" className="meedoen-section">
        <Heading level={2} id="groepen">
          {t('learningRoutes.cohorts')}
        </Heading>
        {route.cohorts.length === 0 ? <Paragraph>{t('learningRoutes.noCohorts')}</Paragraph> : null}
        {route.cohorts.length > 0 ? (
          <div className="meedoen-table-scroll">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('learningRoutes.cohortName')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('learningRoutes.startDate')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('learningRoutes.membersOfPlaces')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('learningRoutes.coaches')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('learningRoutes.employers')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {route.cohorts.map((c) => (
                  <TableRow key={c.id}>
                    <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
                    <TableCell>{formatDate(c.startDate, lang)}</TableCell>
                    <TableCell>
                      {t('learningRoutes.membersValue', { members: c.members, places: c.places })}
                      {c.belowPlannedSize ? (
                        <span className="meedoen-cell-note meedoen-lr-signal">
                          {t('learningRoutes.openPlaces', { open: c.belowPlannedSize.openPlaces })}
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell>{c.coaches.map((x) => x.name).join(', ') || '–'}</TableCell>
                    <TableCell>{c.employers.map((x) => x.name).join(', ') || '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
        {route.permissions.manage ? (
          <Expander id="new-cohort" label={t('learningRoutes.newCohort')}>
            {(close) => (
              <CohortForm
                route={route}
                onCancel={close}
                onSaved={(next) => {
                  close();
                  saved(next, t('learningRoutes.cohortAdded'));
                }}
              />
            )}
          </Expander>
        ) : null}
        {route.permissions.manage ? (
          <Expander id="new-target" label={t('learningRoutes.newTarget')}>
            {(close) => (
              <TargetForm
                route={route}
                onCancel={close}
                onSaved={(next) => {
                  close();
                  saved(next, t('learningRoutes.targetAdded'));
                }}
              />
            )}
          </Expander>
        ) : null}
      </section>
      {route.permissions.readProgress ? <ProgressPart key={version} route={route} /> : null}
    </>
  );
}
