/**
 * One fidelity review (`/monitoring/modelgetrouwheid/:id`): total, band and change since the previous
 * review; the profile of the 25 items as a chart (in item order, scale 1–5) and as a table with notes;
 * the weakest items as starting points; the action points, which those who may can add and mark done.
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { ScrollRegion } from '../imports/ScrollRegion';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFound } from '../../components/NotFound';
import { Notice } from '../../components/Notice';
import { Expander } from '../../components/Expander';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useStatusMessage } from '../../components/useStatusMessage';
import { HorizontalBarChart } from './charts/HorizontalBarChart';
import { formatDay, MonitoringNav } from './common';
import { signed } from './FidelityReviewsPage';
import { usePointerForm } from './forms';
import { todayInNl } from './query';
import type { ActionPoint, FidelityReview } from './types';

const SECTIONS = ['staffing', 'organization', 'services'] as const;

export function FidelityReviewPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { data: review, setData, error } = useApiData<FidelityReview>(`/fidelity-reviews/${id}`);
  const status = useStatusMessage();
  const [markError, setMarkError] = useState<string | null>(null);
  const title = review
    ? t('monitoring.fidelity.reviewTitle', {
        team: review.teamName ?? review.organisationName,
        date: formatDay(review.reviewedOn, lang),
      })
    : t('monitoring.fidelity.title');
  usePageTitle(title);
  if (review === null) {
    return <NotFound />;
  }
  if (review === undefined) {
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const itemName = (key: string | null) => {
    const item = key ? review.profile.find((p) => p.key === key) : undefined;
    return item
      ? `${t(`monitoring.fidelity.section.${item.section}` as MessageKey)} ${item.number}. ${item.name}`
      : null;
  };
  const markDone = async (a: ActionPoint) => {
    setMarkError(null);
    try {
      setData(
        await api<FidelityReview>('PATCH', `/fidelity-action-points/${a.id}`, { status: 'done', doneOn: todayInNl() }),
      );
      status.show(t('monitoring.fidelity.pointDone', { description: a.description }), { focus: true });
    } catch {
      setMarkError(t('error.generic'));
    }
  };

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <MonitoringNav />
      {status.region}
      <div className="meedoen-monitoring-result">
        <Paragraph lead>
          {t('monitoring.fidelity.result', { total: review.total, max: review.max, band: review.bandName })}
        </Paragraph>
        {review.totalChange !== null && review.previousReviewId ? (
          <Paragraph>
            {t('monitoring.fidelity.changeSentence', { change: signed(review.totalChange) })}{' '}
            <RouterLink to={`/monitoring/modelgetrouwheid/${review.previousReviewId}`} className="utrecht-link">
              {t('monitoring.fidelity.previousLink')}
            </RouterLink>
          </Paragraph>
        ) : (
          <Paragraph>{t('monitoring.fidelity.firstReview')}</Paragraph>
        )}
      </div>
      <DataList className="meedoen-monitoring-facts">
        <DataListItem>
          <DataListKey>{t('monitoring.fidelity.organisation')}</DataListKey>
          <DataListValue>{review.organisationName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('monitoring.fidelity.reviewers')}</DataListKey>
          <DataListValue>{review.reviewers.join(', ')}</DataListValue>
        </DataListItem>
        {review.sections.map((s) => (
          <DataListItem key={s.section}>
            <DataListKey>{t(`monitoring.fidelity.section.${s.section}` as MessageKey)}</DataListKey>
            <DataListValue>{t('monitoring.fidelity.sectionTotal', { total: s.total, max: s.items * 5 })}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {review.summary ? <Paragraph>{review.summary}</Paragraph> : null}

      <section className="meedoen-section" aria-labelledby="fidelity-profile">
        <Heading level={2} id="fidelity-profile">
          {t('monitoring.fidelity.profile')}
        </Heading>
        <div className="meedoen-monitoring-stack">
          {SECTIONS.map((section) => (
            <HorizontalBarChart
              key={section}
              id={`fidelity-chart-${section}`}
              title={t('monitoring.fidelity.chartTitle', {
                section: t(`monitoring.fidelity.section.${section}` as MessageKey),
              })}
              sorted={false}
              max={5}
              hiddenWord={t('monitoring.chart.hidden')}
              orderText={t('monitoring.fidelity.chartOrder')}
              bars={review.profile
                .filter((p) => p.section === section)
                .map((p) => ({
                  key: p.key,
                  label: `${p.number}. ${p.name}`,
                  value: p.score,
                  display: String(p.score),
                  suppressed: false,
                }))}
            />
          ))}
          <p className="meedoen-monitoring-caption" aria-hidden="true">
            {t('monitoring.fidelity.tableCaption')}
          </p>
          <ScrollRegion labelledBy="fidelity-table-caption">
            <Table>
              <TableCaption className="meedoen-visually-hidden" id="fidelity-table-caption">
                {t('monitoring.fidelity.tableCaption')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('monitoring.fidelity.item')}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="meedoen-num">
                    {t('monitoring.fidelity.score')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="meedoen-num">
                    {t('monitoring.fidelity.change')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('monitoring.fidelity.note')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              {SECTIONS.map((section) => (
                <TableBody key={section}>
                  <TableRow>
                    <TableHeaderCell scope="colgroup" colSpan={4} className="meedoen-monitoring-table__group">
                      {t(`monitoring.fidelity.section.${section}` as MessageKey)}
                    </TableHeaderCell>
                  </TableRow>
                  {review.profile
                    .filter((p) => p.section === section)
                    .map((p) => (
                      <TableRow key={p.key}>
                        <TableHeaderCell scope="row">{`${p.number}. ${p.name}`}</TableHeaderCell>
                        <TableCell className="meedoen-num">{p.score}</TableCell>
                        <TableCell className="meedoen-num">{p.change === null ? '—' : signed(p.change)}</TableCell>
                        <TableCell>{p.note ?? ''}</TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              ))}
            </Table>
          </ScrollRegion>
        </div>
        {review.weakest.length > 0 ? (
          <>
            <Heading level={3}>{t('monitoring.fidelity.weakest')}</Heading>
            <ul>
              {review.weakest.map((k) => (
                <li key={k}>{itemName(k) ?? k}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="meedoen-section" aria-labelledby="fidelity-points">
        <Heading level={2} id="fidelity-points">
          {t('monitoring.fidelity.actionPoints')}
        </Heading>
        {markError ? <Notice type="error">{markError}</Notice> : null}
        {review.actionPoints.length === 0 ? <Paragraph>{t('monitoring.fidelity.noPoints')}</Paragraph> : null}
        <ul className="meedoen-plain-list">
          {review.actionPoints.map((a) => (
            <li key={a.id} className="meedoen-card">
              <Paragraph>
                <strong>{a.description}</strong>
                <span className="meedoen-tag">
                  {a.status === 'done'
                    ? t('monitoring.fidelity.pointStatusDone', { date: a.doneOn ? formatDay(a.doneOn, lang) : '' })
                    : t('monitoring.fidelity.pointStatusOpen')}
                </span>
              </Paragraph>
              <Paragraph small>
                {[
                  itemName(a.itemKey),
                  a.owner ? t('monitoring.fidelity.pointOwner', { owner: a.owner }) : null,
                  a.dueOn ? t('monitoring.fidelity.pointDue', { date: formatDay(a.dueOn, lang) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Paragraph>
              {review.permissions.manageActionPoints && a.status === 'open' ? (
                <Button
                  appearance="secondary-action-button"
                  aria-label={t('monitoring.fidelity.markDoneNamed', { description: a.description })}
                  onClick={() => void markDone(a)}
                >
                  {t('monitoring.fidelity.markDone')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        {review.permissions.manageActionPoints ? (
          <Expander id="action-point-new" label={t('monitoring.fidelity.addPoint')}>
            {(close) => (
              <ActionPointForm
                review={review}
                onCancel={close}
                onSaved={(r) => {
                  setData(r);
                  close();
                  status.show(t('monitoring.fidelity.pointAdded'), { focus: true });
                }}
              />
            )}
          </Expander>
        ) : null}
      </section>
    </>
  );
}

function ActionPointForm({
  review,
  onSaved,
  onCancel,
}: {
  review: FidelityReview;
  onSaved: (r: FidelityReview) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = usePointerForm('point-');
  const [itemKey, setItemKey] = useState(review.weakest[0] ?? '');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  return (
    <form
      className="meedoen-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(
          async () =>
            onSaved(
              await api<FidelityReview>('POST', `/fidelity-reviews/${review.id}/action-points`, {
                itemKey: itemKey || null,
                description: description.trim(),
                owner: owner.trim() || null,
                dueOn: dueOn || null,
              }),
            ),
          description.trim() ? {} : { description: t('monitoring.form.required') },
        );
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <SelectField
        id="point-itemKey"
        label={`${t('monitoring.fidelity.pointItem')} ${t('common.optional')}`}
        value={itemKey}
        placeholder={t('common.none')}
        onChange={setItemKey}
        options={review.profile.map((p) => ({
          value: p.key,
          label: `${t(`monitoring.fidelity.section.${p.section}` as MessageKey)} ${p.number}. ${p.name} (${p.score})`,
        }))}
        error={form.error('itemKey')}
      />
      <TextField
        id="point-description"
        label={t('monitoring.fidelity.pointDescription')}
        value={description}
        onChange={setDescription}
        error={form.error('description')}
        required
      />
      <TextField
        id="point-owner"
        label={`${t('monitoring.fidelity.pointOwnerLabel')} ${t('common.optional')}`}
        value={owner}
        onChange={setOwner}
        error={form.error('owner')}
      />
      <TextField
        id="point-dueOn"
        type="date"
        label={`${t('monitoring.fidelity.pointDueLabel')} ${t('common.optional')}`}
        value={dueOn}
        onChange={setDueOn}
        error={form.error('dueOn')}
      />
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('monitoring.fidelity.savePoint')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
