/**
 * One research study (`/monitoring/onderzoek/:id`): what it wants to know, its legal basis and period, the
 * files made for it (when, by whom, how many people, the file's SHA-256 to check later which file was
 * handed out) and — while the study runs — a form to make a new pseudonymised file (xlsx). The file has no
 * names, no dates of birth and no BSN: pseudonyms per study, age groups, regions, months instead of dates.
 */
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { apiFile, saveFile } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { formatPeriod, MonitoringNav } from './common';
import { PopulationFields, type Population } from './PopulationFields';
import { usePointerForm } from './forms';
import { type ApproachOption, type ProgrammeSummary, type Region, type ResearchStudy } from './types';

function formatMoment(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

function ExportForm({ study, onMade }: { study: ResearchStudy; onMade: (message: string) => void }) {
  const { t } = useI18n();
  const form = usePointerForm('export-');
  const programmes = useApiData<{ items: ProgrammeSummary[] }>('/programmes').data?.items ?? [];
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const regions = useApiData<{ items: Region[] }>('/regions').data?.items ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [population, setPopulation] = useState<Population>({
    programmeId: '',
    approachCode: '',
    regionCode: '',
    targetGroup: '',
  });
  const make = async () => {
    const local: Record<string, string> = {};
    if (!from) {
      local.from = t('monitoring.form.required');
    }
    if (!to) {
      local.to = t('monitoring.form.required');
    }
    const body: Record<string, string> = { from, to, format: 'xlsx' };
    for (const [key, value] of Object.entries(population) as [keyof Population, string][]) {
      if (value) {
        body[key] = value;
      }
    }
    await form.submit(async () => {
      const file = await apiFile('POST', `/research-studies/${study.id}/exports`, body);
      saveFile(file.blob, file.fileName ?? 'onderzoek.xlsx');
      onMade(t('monitoring.research.made', { file: file.fileName ?? '' }));
    }, local);
  };
  return (
    <form
      className="meedoen-form"
      aria-labelledby="export-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      <Heading level={2} id="export-title">
        {t('monitoring.research.makeTitle')}
      </Heading>
      <Paragraph>{t('monitoring.research.makeIntro')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextField
        id="export-from"
        type="date"
        label={t('monitoring.research.referredFrom')}
        value={from}
        error={form.error('from')}
        onChange={setFrom}
      />
      <TextField
        id="export-to"
        type="date"
        label={t('monitoring.research.referredTo')}
        value={to}
        error={form.error('to')}
        onChange={setTo}
      />
      <PopulationFields
        idPrefix="export-"
        value={population}
        onChange={setPopulation}
        programmes={programmes}
        approaches={approaches}
        regions={regions}
        error={form.error}
      />
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('monitoring.research.make')}
      </Button>
    </form>
  );
}

export function ResearchStudyPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { data: study, error, reload } = useApiData<ResearchStudy>(`/research-studies/${id}`);
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(study ? study.name : t('monitoring.research.title'));
  if (study === null) {
    return <NotFound />;
  }
  if (!study) {
    return error ? <Notice type="warning">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <>
      <Heading level={1}>{study.name}</Heading>
      <MonitoringNav />
      <dl className="meedoen-monitoring-facts">
        <div>
          <dt>{t('monitoring.research.organisation')}</dt>
          <dd>{study.organisationName}</dd>
        </div>
        <div>
          <dt>{t('monitoring.research.purposeShort')}</dt>
          <dd>{study.purpose}</dd>
        </div>
        <div>
          <dt>{t('monitoring.research.legalBasis')}</dt>
          <dd>{study.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('monitoring.research.period')}</dt>
          <dd>
            {formatPeriod(study.startsOn, study.endsOn, lang, t)} (
            {t(study.running ? 'monitoring.research.running' : 'monitoring.research.notRunning')})
          </dd>
        </div>
      </dl>
      {message ? <Notice type="ok">{message}</Notice> : null}
      <section className="meedoen-section" aria-labelledby="exports-title">
        <Heading level={2} id="exports-title">
          {t('monitoring.research.filesTitle')}
        </Heading>
        {study.exports.length === 0 ? (
          <Paragraph>{t('monitoring.research.noFiles')}</Paragraph>
        ) : (
          <table className="utrecht-table meedoen-table">
            <caption className="utrecht-table__caption">{t('monitoring.research.filesCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.research.when')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.research.by')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {t('monitoring.research.participants')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {t('monitoring.research.trajectories')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.research.checksum')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {study.exports.map((e) => (
                <tr key={e.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatMoment(e.requestedAt, lang)}</td>
                  <td className="utrecht-table__cell">{e.requestedBy ?? '—'}</td>
                  <td className="utrecht-table__cell meedoen-num">{e.participants}</td>
                  <td className="utrecht-table__cell meedoen-num">{e.trajectories}</td>
                  <td className="utrecht-table__cell">
                    <code className="meedoen-checksum" title={e.sha256}>
                      {e.sha256.slice(0, 16)}…
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {study.running ? (
        <ExportForm
          study={study}
          onMade={(m) => {
            setMessage(m);
            void reload();
          }}
        />
      ) : (
        <Paragraph>{t('monitoring.research.closed')}</Paragraph>
      )}
    </>
  );
}
