/**
 * Kandidaten zoeken (employer portal, ADR 0019): anonymised profiles of the own region with filters for
 * kind of work, hours and availability; from a profile card the employer asks for an introduction, with
 * a message and optionally one of its open vacancies. Employer advisers search too, without asking.
 */
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { TextareaField } from '../participants/ParticipantFields';
import { ProfileCard } from './ProfileCard';
import type { CandidatePage, CandidateProfile } from './types';
import './employer-portal.css';

interface Filters {
  kindOfWork: string;
  hoursMin: string;
  hoursMax: string;
  availability: string;
}
const EMPTY: Filters = { kindOfWork: '', hoursMin: '', hoursMax: '', availability: '' };

export function searchPath(f: Filters): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(f) as [string, string][]) {
    if (value.trim() !== '') {
      q.set(key, value.trim());
    }
  }
  q.set('pageSize', '50');
  return `/candidate-profiles?${q.toString()}`;
}

function RequestForm({
  profile,
  onDone,
  onCancel,
}: {
  profile: CandidateProfile;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = `request-${profile.id}-`;
  const form = useForm(prefix);
  const [message, setMessage] = useState('');
  const [vacancyId, setVacancyId] = useState('');
  const { data: vacancies } = useApiData<{ items: { id: string; title: string }[] }>('/vacancies?status=open');
  return (
    <form
      className="meedoen-form meedoen-request-form"
      noValidate
      aria-labelledby={`${prefix}title`}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async () => {
          await api('POST', '/introductions', { profileId: profile.id, message, vacancyId: vacancyId || null });
          onDone();
        });
      }}
    >
      <Heading level={3} id={`${prefix}title`}>
        {t('employerPortal.request.title', { id: profile.id.slice(0, 6) })}
      </Heading>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextareaField
        id={`${prefix}message`}
        label={t('employerPortal.request.message')}
        description={t('employerPortal.request.messageHint')}
        value={message}
        onChange={setMessage}
        error={form.error('message')}
      />
      {vacancies && vacancies.items.length > 0 ? (
        <SelectField
          id={`${prefix}vacancyId`}
          label={t('employerPortal.request.vacancy')}
          value={vacancyId}
          onChange={setVacancyId}
          placeholder={t('employerPortal.request.noVacancy')}
          options={vacancies.items.map((v) => ({ value: v.id, label: v.title }))}
          error={form.error('vacancyId')}
        />
      ) : null}
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('employerPortal.request.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('employerPortal.request.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function CandidateSearchPage() {
  const { t } = useI18n();
  usePageTitle(t('employerPortal.search.title'));
  const { hasRole } = useSession();
  const mayRequest = hasRole('employer');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [path, setPath] = useState(searchPath(EMPTY));
  const { data, error } = useApiData<CandidatePage>(path);
  const [asking, setAsking] = useState<string | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <>
      <Heading level={1}>{t('employerPortal.search.title')}</Heading>
      <Paragraph lead>{t('employerPortal.search.intro')}</Paragraph>
      <Paragraph>{t('employerPortal.search.privacy')}</Paragraph>
      <form
        className="meedoen-form meedoen-filters"
        role="search"
        aria-label={t('employerPortal.search.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setPath(searchPath(draft));
        }}
      >
        <TextField
          id="search-kindOfWork"
          label={t('employerPortal.search.kindOfWork')}
          value={draft.kindOfWork}
          onChange={set('kindOfWork')}
          type="search"
        />
        <TextField
          id="search-hoursMin"
          label={t('employerPortal.search.hoursMin')}
          value={draft.hoursMin}
          onChange={set('hoursMin')}
          inputMode="numeric"
        />
        <TextField
          id="search-hoursMax"
          label={t('employerPortal.search.hoursMax')}
          value={draft.hoursMax}
          onChange={set('hoursMax')}
          inputMode="numeric"
        />
        <SelectField
          id="search-availability"
          label={t('employerPortal.search.availability')}
          value={draft.availability}
          onChange={set('availability')}
          options={[
            { value: '', label: t('employerPortal.search.availabilityAll') },
            { value: 'now', label: t('employerPortal.availability.now') },
            { value: 'soon', label: t('employerPortal.availability.soon') },
          ]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('employerPortal.search.submit')}
        </Button>
      </form>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data ? (
        <section aria-labelledby="results-title" className="meedoen-section">
          <Heading level={2} id="results-title" aria-live="polite">
            {data.total === 0
              ? t('employerPortal.search.none')
              : t('employerPortal.search.count', { count: data.total })}
          </Heading>
          <div className="meedoen-profile-grid">
            {data.items.map((p) => (
              <ProfileCard key={p.id} profile={p} headingLevel={3}>
                {sent.includes(p.id) ? (
                  <Notice type="ok">
                    {t('employerPortal.request.sent')}{' '}
                    <RouterLink to="/kennismakingen">{t('employerPortal.nav.intros')}</RouterLink>
                  </Notice>
                ) : mayRequest && asking === p.id ? (
                  <RequestForm
                    profile={p}
                    onCancel={() => setAsking(null)}
                    onDone={() => {
                      setAsking(null);
                      setSent((s) => [...s, p.id]);
                    }}
                  />
                ) : mayRequest ? (
                  <Button appearance="secondary-action-button" onClick={() => setAsking(p.id)}>
                    {t('employerPortal.request.open')}
                  </Button>
                ) : null}
              </ProfileCard>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
