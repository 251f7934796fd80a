/**
 * A coordinator starts a learning track for the network: name, what it is about, the period, and the
 * gemeenten of the cohort. Modules and assignments are added on the track's page afterwards.
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import type { Organisation } from '../../lib/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/Fields';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { TextareaField } from '../participants/ParticipantFields';
import { usePointerForm } from './form';
import { LearningNetworkNav } from './LearningNetworkNav';
import type { LearningNetwork, Track } from './types';
import './learning-network.css';

export function NewTrackPage() {
  const { t } = useI18n();
  const { networkId } = useParams();
  const navigate = useNavigate();
  usePageTitle(t('learningNetwork.tracks.new'));
  const network = useApiData<LearningNetwork>(networkId ? `/learning-networks/${networkId}` : null);
  const gemeenten = useApiData<{ items: Organisation[] }>('/organisations?type=gemeente');
  /** In the order they were ticked: the API's errors name a position in this list. */
  const [selected, setSelected] = useState<string[]>([]);
  const form = usePointerForm('track-', (key) => {
    const at = /^organisationIds-(\d+)$/.exec(key);
    const orgId = at ? selected[Number(at[1])] : undefined;
    return orgId ? `track-gemeente-${orgId}` : null;
  });
  const [v, setV] = useState({ name: '', description: '', startsOn: '', endsOn: '' });
  if (network.data === null || (network.data && !network.data.membership?.coordinator)) {
    return <NotFound />;
  }
  const orgError = (orgId: string) => {
    const i = selected.indexOf(orgId);
    return i >= 0 ? form.error(`organisationIds-${i}`) : undefined;
  };
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Paragraph>
        <RouterLink to="/leernetwerk/leergangen">{t('learningNetwork.tracks.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('learningNetwork.tracks.new')}</Heading>
      {network.data ? <Paragraph lead>{network.data.name}</Paragraph> : null}
      <Paragraph>{t('learningNetwork.newTrack.hint')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () => {
              const created = await api<Track>('POST', `/learning-networks/${networkId}/tracks`, {
                name: v.name.trim(),
                description: v.description.trim(),
                startsOn: v.startsOn,
                endsOn: v.endsOn,
                organisationIds: selected,
              });
              void navigate(`/leernetwerk/leergangen/${created.id}`);
            },
            selected.length === 0 ? { organisationIds: t('learningNetwork.newTrack.chooseGemeente') } : {},
          );
        }}
      >
        <TextField
          id="track-name"
          label={t('learningNetwork.newTrack.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={form.error('name')}
          required
        />
        <TextareaField
          id="track-description"
          label={t('learningNetwork.newTrack.description')}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={form.error('description')}
          rows={4}
        />
        <TextField
          id="track-startsOn"
          type="date"
          label={t('learningNetwork.newTrack.startsOn')}
          value={v.startsOn}
          onChange={(startsOn) => setV({ ...v, startsOn })}
          error={form.error('startsOn')}
          required
        />
        <TextField
          id="track-endsOn"
          type="date"
          label={t('learningNetwork.newTrack.endsOn')}
          value={v.endsOn}
          onChange={(endsOn) => setV({ ...v, endsOn })}
          error={form.error('endsOn')}
          required
        />
        <Fieldset id="track-organisationIds" invalid={Boolean(form.error('organisationIds'))}>
          <FieldsetLegend>{t('learningNetwork.newTrack.gemeenten')}</FieldsetLegend>
          {form.error('organisationIds') ? (
            <Paragraph className="meedoen-field-error">{form.error('organisationIds')}</Paragraph>
          ) : null}
          {gemeenten.data === undefined ? <Paragraph>{t('app.loading')}</Paragraph> : null}
          {gemeenten.data?.items.map((o) => (
            <CheckboxField
              key={o.id}
              id={`track-gemeente-${o.id}`}
              label={o.name}
              checked={selected.includes(o.id)}
              error={orgError(o.id)}
              onChange={(on) => setSelected(on ? [...selected, o.id] : selected.filter((x) => x !== o.id))}
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('learningNetwork.newTrack.save')}
        </Button>
      </form>
    </div>
  );
}
