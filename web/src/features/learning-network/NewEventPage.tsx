/**
 * A coordinator plans an event: kind, title, what it is about, start and end on the Dutch clock, a place
 * or a link to join online (or both), the number of places; saved as a draft or published at once.
 * With `?groep=<id>` it is a session of that intervision group: kind intervisie, only for its members.
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { TextareaField } from '../participants/ParticipantFields';
import { NotFound } from '../../components/NotFound';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { EVENT_TYPES, type IntervisionGroup, type LearningEvent, type LearningNetwork } from './types';
import './learning-network.css';

export function NewEventPage() {
  const { t } = useI18n();
  const { networkId } = useParams();
  const navigate = useNavigate();
  usePageTitle(t('learningNetwork.newEvent'));
  const network = useApiData<LearningNetwork>(networkId ? `/learning-networks/${networkId}` : null);
  const groupId = useSearchParams()[0].get('groep');
  const groups = useApiData<{ items: IntervisionGroup[] }>(
    networkId && groupId ? `/learning-networks/${networkId}/intervision-groups` : null,
  );
  const group = groupId ? groups.data?.items.find((g) => g.id === groupId) : undefined;
  const form = useForm('event-');
  const [v, setV] = useState({
    type: groupId ? 'intervisie' : 'kennisatelier',
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    location: '',
    onlineUrl: '',
    capacity: '25',
    publish: false,
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  // A session is for the group's members: as many places as members, unless the coordinator changes it.
  const members = group?.members.length;
  useEffect(() => {
    if (members !== undefined) {
      setV((current) => (current.capacity === '25' ? { ...current, capacity: String(Math.max(1, members)) } : current));
    }
  }, [members]);
  if (
    network.data === null ||
    (network.data && !network.data.membership?.coordinator) ||
    (groupId && (groups.data === null || (groups.data && !group)))
  ) {
    return <NotFound />;
  }
  return (
    <div className="meedoen-learning-network">
      <Paragraph>
        {group ? (
          <RouterLink to={`/leernetwerk/netwerken/${networkId}/intervisie/${group.id}`}>
            {t('learningNetwork.group.backTo', { name: group.name })}
          </RouterLink>
        ) : (
          <RouterLink to="/leernetwerk">{t('learningNetwork.back')}</RouterLink>
        )}
      </Paragraph>
      <Heading level={1}>{group ? t('learningNetwork.group.planSession') : t('learningNetwork.newEvent')}</Heading>
      {network.data ? <Paragraph lead>{group ? group.name : network.data.name}</Paragraph> : null}
      {group ? <Paragraph>{t('learningNetwork.group.sessionHint', { count: group.members.length })}</Paragraph> : null}
      <Paragraph>{t('learningNetwork.form.timeHint')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const capacity = /^\d{1,5}$/.test(v.capacity.trim()) ? Number(v.capacity.trim()) : Number.NaN;
          void form.submit(
            async () => {
              const created = await api<LearningEvent>('POST', `/learning-networks/${networkId}/events`, {
                type: v.type,
                title: v.title.trim(),
                description: v.description.trim(),
                startsAt: v.startsAt,
                endsAt: v.endsAt,
                location: v.location.trim() || null,
                onlineUrl: v.onlineUrl.trim() || null,
                capacity,
                status: v.publish ? 'published' : 'draft',
                ...(group ? { intervisionGroupId: group.id } : {}),
              });
              void navigate(`/leernetwerk/activiteiten/${created.id}`);
            },
            Number.isNaN(capacity) ? { capacity: t('learningNetwork.form.capacityNumber') } : {},
          );
        }}
      >
        {group ? null : (
          <SelectField
            id="event-type"
            label={t('learningNetwork.form.type')}
            value={v.type}
            onChange={(type) => set({ type })}
            error={form.error('type')}
            options={EVENT_TYPES.map((k) => ({ value: k, label: t(`learningNetwork.type.${k}` as MessageKey) }))}
          />
        )}
        <TextField
          id="event-title"
          label={t('learningNetwork.form.title')}
          value={v.title}
          onChange={(title) => set({ title })}
          error={form.error('title')}
          required
        />
        <TextareaField
          id="event-description"
          label={t('learningNetwork.form.description')}
          value={v.description}
          onChange={(description) => set({ description })}
          error={form.error('description')}
          rows={5}
        />
        <TextField
          id="event-startsAt"
          type="datetime-local"
          label={t('learningNetwork.form.startsAt')}
          value={v.startsAt}
          onChange={(startsAt) => set({ startsAt, endsAt: v.endsAt || startsAt })}
          error={form.error('startsAt')}
          required
        />
        <TextField
          id="event-endsAt"
          type="datetime-local"
          label={t('learningNetwork.form.endsAt')}
          value={v.endsAt}
          onChange={(endsAt) => set({ endsAt })}
          error={form.error('endsAt')}
          required
        />
        <TextField
          id="event-location"
          label={t('learningNetwork.form.location')}
          description={t('learningNetwork.form.locationHint')}
          value={v.location}
          onChange={(location) => set({ location })}
          error={form.error('location')}
        />
        <TextField
          id="event-onlineUrl"
          type="url"
          label={t('learningNetwork.form.onlineUrl')}
          value={v.onlineUrl}
          onChange={(onlineUrl) => set({ onlineUrl })}
          error={form.error('onlineUrl')}
        />
        <TextField
          id="event-capacity"
          inputMode="numeric"
          label={t('learningNetwork.form.capacity')}
          value={v.capacity}
          onChange={(capacity) => set({ capacity })}
          error={form.error('capacity')}
          required
        />
        <CheckboxField
          id="event-publish"
          label={t('learningNetwork.form.publish')}
          checked={v.publish}
          onChange={(publish) => set({ publish })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('learningNetwork.form.save')}
        </Button>
      </form>
    </div>
  );
}
