/**
 * Onderzoek (`/monitoring/onderzoek`, evaluators): the research studies of the evaluator's organisation —
 * purpose, legal basis and period — and a form to register a new one. Only for a registered, running study
 * can a pseudonymised file be made (ResearchStudyPage); every file and every participant in it is logged.
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { TextareaField } from '../participants/ParticipantFields';
import { formatPeriod, MonitoringNav } from './common';
import { usePointerForm } from './forms';
import type { ResearchStudy } from './types';

function NewStudyForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { session } = useSession();
  const organisations =
    session?.state === 'active' ? session.user.memberships.filter((m) => m.role === 'evaluator') : [];
  const form = usePointerForm('study-new-');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const id = (f: string) => `study-new-${f}`;
  const save = async () => {
    const local: Record<string, string> = {};
    for (const [key, value] of Object.entries({ name, purpose, legalBasis, startsOn, endsOn })) {
      if (!value.trim()) {
        local[key] = t('monitoring.form.required');
      }
    }
    await form.submit(async () => {
      const study = await api<ResearchStudy>('POST', '/research-studies', {
        organisationId,
        name: name.trim(),
        purpose: purpose.trim(),
        legalBasis: legalBasis.trim(),
        startsOn,
        endsOn,
      });
      void navigate(`/monitoring/onderzoek/${study.id}`);
    }, local);
  };
  return (
    <form
      className="meedoen-form"
      aria-labelledby="study-new-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Heading level={2} id="study-new-title">
        {t('monitoring.research.new')}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      {organisations.length > 1 ? (
        <SelectField
          id={id('organisationId')}
          label={t('monitoring.research.organisation')}
          value={organisationId}
          error={form.error('organisationId')}
          onChange={setOrganisationId}
          options={organisations.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
        />
      ) : null}
      <TextField
        id={id('name')}
        label={t('monitoring.research.name')}
        value={name}
        error={form.error('name')}
        onChange={setName}
      />
      <TextareaField
        id={id('purpose')}
        label={t('monitoring.research.purpose')}
        description={t('monitoring.research.purposeHelp')}
        value={purpose}
        error={form.error('purpose')}
        onChange={setPurpose}
      />
      <TextareaField
        id={id('legalBasis')}
        label={t('monitoring.research.legalBasis')}
        description={t('monitoring.research.legalBasisHelp')}
        value={legalBasis}
        error={form.error('legalBasis')}
        onChange={setLegalBasis}
      />
      <TextField
        id={id('startsOn')}
        type="date"
        label={t('monitoring.research.startsOn')}
        value={startsOn}
        error={form.error('startsOn')}
        onChange={setStartsOn}
      />
      <TextField
        id={id('endsOn')}
        type="date"
        label={t('monitoring.research.endsOn')}
        value={endsOn}
        error={form.error('endsOn')}
        onChange={setEndsOn}
      />
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('monitoring.research.save')}
      </Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </form>
  );
}

export function ResearchStudiesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('monitoring.research.title'));
  const { hasRole } = useSession();
  const { data, error } = useApiData<{ items: ResearchStudy[] }>('/research-studies');
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Heading level={1}>{t('monitoring.research.title')}</Heading>
      <MonitoringNav />
      <Paragraph>{t('monitoring.research.intro')}</Paragraph>
      {error ? <Notice type="warning">{error}</Notice> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('monitoring.research.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <table className="utrecht-table meedoen-table">
          <caption className="utrecht-table__caption">{t('monitoring.research.listCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('monitoring.research.name')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('monitoring.research.period')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('monitoring.research.status')}
              </th>
              <th className="utrecht-table__header-cell meedoen-num" scope="col">
                {t('monitoring.research.files')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.items.map((s) => (
              <tr key={s.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  <RouterLink className="utrecht-link" to={`/monitoring/onderzoek/${s.id}`}>
                    {s.name}
                  </RouterLink>
                </th>
                <td className="utrecht-table__cell">{formatPeriod(s.startsOn, s.endsOn, lang, t)}</td>
                <td className="utrecht-table__cell">
                  {t(s.running ? 'monitoring.research.running' : 'monitoring.research.notRunning')}
                </td>
                <td className="utrecht-table__cell meedoen-num">{s.exports.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {hasRole('evaluator') ? (
        adding ? (
          <NewStudyForm onCancel={() => setAdding(false)} />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setAdding(true)}>
            {t('monitoring.research.new')}
          </Button>
        )
      ) : null}
    </>
  );
}
