/**
 * Meting vastleggen (`/monitoring/modelgetrouwheid/nieuw`, evaluators): the team under review, the date and
 * the reviewers, then the 25 items of the IPS fidelity scale with their Dutch names from `/fidelity-items`,
 * each a score from 1 to 5 and an optional note. The API computes the total and the band; after saving the
 * review page shows them. A missing or wrong score is reported at its own item (pointer /scores/<item>).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { NotFound } from '../../components/NotFound';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { MonitoringNav, useMonitoringAccess } from './common';
import { usePointerForm } from './forms';
import { todayInNl } from './query';
import type { FidelityCatalogue, FidelityReview } from './types';

const SECTIONS = ['staffing', 'organization', 'services'] as const;

export function NewFidelityReviewPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const access = useMonitoringAccess();
  usePageTitle(t('monitoring.fidelity.new'));
  const catalogue = useApiData<FidelityCatalogue>(access.evaluator ? '/fidelity-items' : null).data;
  const organisations =
    useApiData<{ items: { id: string; name: string }[] }>(access.evaluator ? '/organisations' : null).data?.items ?? [];
  const form = usePointerForm('review-', ['reviewers']);
  const [organisationId, setOrganisationId] = useState('');
  const [teamName, setTeamName] = useState('');
  const [reviewedOn, setReviewedOn] = useState(todayInNl());
  const [reviewers, setReviewers] = useState('');
  const [summary, setSummary] = useState('');
  const [scores, setScores] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});

  if (!access.evaluator) {
    return <NotFound />;
  }
  const scale = catalogue
    ? Array.from({ length: catalogue.maxScore - catalogue.minScore + 1 }, (_, i) => String(catalogue.minScore + i))
    : [];

  const save = async () => {
    const local: Record<string, string> = {};
    if (!organisationId) {
      local.organisationId = t('monitoring.fidelity.organisationRequired');
    }
    const names = reviewers
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    if (names.length === 0) {
      local.reviewers = t('monitoring.fidelity.reviewersRequired');
    }
    for (const item of catalogue?.items ?? []) {
      if (!scores[item.key]) {
        local[`scores-${item.key}`] = t('monitoring.fidelity.scoreRequired');
      }
    }
    const noteEntries = Object.entries(notes).filter(([, v]) => v.trim());
    await form.submit(async () => {
      const created = await api<FidelityReview>('POST', '/fidelity-reviews', {
        organisationId,
        teamName: teamName.trim() || null,
        reviewedOn,
        reviewers: names,
        summary: summary.trim() || null,
        scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])),
        ...(noteEntries.length > 0 ? { notes: Object.fromEntries(noteEntries.map(([k, v]) => [k, v.trim()])) } : {}),
      });
      void navigate(`/monitoring/modelgetrouwheid/${created.id}`);
    }, local);
  };

  return (
    <>
      <Heading level={1}>{t('monitoring.fidelity.new')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.fidelity.newIntro')}</Paragraph>
      {!catalogue ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {catalogue ? (
        <form
          className="meedoen-form meedoen-monitoring-review-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
          <SelectField
            id="review-organisationId"
            label={t('monitoring.fidelity.organisation')}
            value={organisationId}
            placeholder={t('common.choose')}
            onChange={setOrganisationId}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={form.error('organisationId')}
          />
          <TextField
            id="review-teamName"
            label={`${t('monitoring.fidelity.teamName')} ${t('common.optional')}`}
            value={teamName}
            onChange={setTeamName}
            error={form.error('teamName')}
          />
          <TextField
            id="review-reviewedOn"
            type="date"
            label={t('monitoring.fidelity.date')}
            value={reviewedOn}
            onChange={setReviewedOn}
            error={form.error('reviewedOn')}
          />
          <TextareaField
            id="review-reviewers"
            label={t('monitoring.fidelity.reviewers')}
            description={t('monitoring.fidelity.reviewersHelp')}
            value={reviewers}
            onChange={setReviewers}
            error={form.error('reviewers')}
          />
          <TextareaField
            id="review-summary"
            label={`${t('monitoring.fidelity.summary')} ${t('common.optional')}`}
            value={summary}
            onChange={setSummary}
            error={form.error('summary')}
          />
          <Paragraph>{t('monitoring.fidelity.scaleHelp')}</Paragraph>
          {SECTIONS.map((section) => (
            <Fieldset key={section} className="meedoen-field-group">
              <FieldsetLegend>{t(`monitoring.fidelity.section.${section}` as MessageKey)}</FieldsetLegend>
              {catalogue.items
                .filter((i) => i.section === section)
                .map((item) => (
                  <div key={item.key} className="meedoen-monitoring-item">
                    <RadioGroupField
                      id={`review-scores-${item.key}`}
                      legend={`${item.number}. ${item.name}`}
                      options={scale.map((s) => ({ value: s, label: s }))}
                      value={scores[item.key] ?? ''}
                      onChange={(v) => setScores({ ...scores, [item.key]: v })}
                      error={form.error(`scores-${item.key}`)}
                    />
                    <TextareaField
                      id={`review-notes-${item.key}`}
                      label={t('monitoring.fidelity.noteFor', { name: item.name })}
                      rows={2}
                      value={notes[item.key] ?? ''}
                      onChange={(v) => setNotes({ ...notes, [item.key]: v })}
                      error={form.error(`notes-${item.key}`)}
                    />
                  </div>
                ))}
            </Fieldset>
          ))}
          <div className="meedoen-actions">
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('monitoring.fidelity.save')}
            </Button>
            <Button appearance="subtle-button" onClick={() => void navigate('/monitoring/modelgetrouwheid')}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
