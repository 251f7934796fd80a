/**
 * Intervisie: the intervision groups of each network that the user may see — their own groups, or all
 * groups of a network they coordinate — with the next session. Coordinators make a new group from the
 * network's members.
 */
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { TextareaField } from '../participants/ParticipantFields';
import { usePointerForm } from './form';
import { LearningNetworkNav } from './LearningNetworkNav';
import type { IntervisionGroup, LearningNetwork, NetworkMember } from './types';
import { eventWhen } from './when';
import './learning-network.css';

function GroupForm({
  network,
  onSaved,
  onCancel,
}: {
  network: LearningNetwork;
  onSaved: (g: IntervisionGroup) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const members = useApiData<{ items: NetworkMember[] }>(`/learning-networks/${network.id}/members`);
  const [selected, setSelected] = useState<string[]>([]);
  const form = usePointerForm('group-', (key) => {
    const at = /^memberIds-(\d+)$/.exec(key);
    const userId = at ? selected[Number(at[1])] : undefined;
    return userId ? `group-member-${userId}` : null;
  });
  const [v, setV] = useState({ name: '', method: '', description: '' });
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            onSaved(
              await api<IntervisionGroup>('POST', `/learning-networks/${network.id}/intervision-groups`, {
                name: v.name.trim(),
                method: v.method.trim(),
                description: v.description.trim(),
                memberIds: selected,
              }),
            );
          });
        }}
      >
        <TextField
          id="group-name"
          label={t('learningNetwork.group.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={form.error('name')}
          required
        />
        <TextField
          id="group-method"
          label={t('learningNetwork.group.method')}
          description={t('learningNetwork.group.methodHint')}
          value={v.method}
          onChange={(method) => setV({ ...v, method })}
          error={form.error('method')}
        />
        <TextareaField
          id="group-description"
          label={t('learningNetwork.group.description')}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={form.error('description')}
        />
        <Fieldset id="group-memberIds" invalid={Boolean(form.error('memberIds'))}>
          <FieldsetLegend>{t('learningNetwork.group.members')}</FieldsetLegend>
          <Paragraph small>{t('learningNetwork.group.membersHint')}</Paragraph>
          {form.error('memberIds') ? (
            <Paragraph className="meedoen-field-error">{form.error('memberIds')}</Paragraph>
          ) : null}
          {members.data === undefined ? <Paragraph>{t('app.loading')}</Paragraph> : null}
          {members.data?.items.map((m) => {
            const i = selected.indexOf(m.userId);
            return (
              <CheckboxField
                key={m.userId}
                id={`group-member-${m.userId}`}
                label={m.name}
                checked={i >= 0}
                error={i >= 0 ? form.error(`memberIds-${i}`) : undefined}
                onChange={(on) => setSelected(on ? [...selected, m.userId] : selected.filter((x) => x !== m.userId))}
              />
            );
          })}
        </Fieldset>
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('learningNetwork.group.save')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('learningNetwork.formCancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function NetworkGroups({ network }: { network: LearningNetwork }) {
  const { t, lang } = useI18n();
  const status = useStatusMessage();
  const { data, reload, error } = useApiData<{ items: IntervisionGroup[] }>(
    `/learning-networks/${network.id}/intervision-groups`,
  );
  const coordinator = Boolean(network.membership?.coordinator);
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (!data || (data.items.length === 0 && !coordinator)) {
    return null;
  }
  const now = new Date();
  return (
    <section aria-labelledby={`groups-${network.id}`}>
      <Heading level={2} id={`groups-${network.id}`}>
        {network.name}
      </Heading>
      {status.region}
      {data.items.length === 0 ? <Paragraph>{t('learningNetwork.groups.noneYet')}</Paragraph> : null}
      <ul className="meedoen-events">
        {data.items.map((g) => {
          const next = g.sessions.find((s) => new Date(s.endsAt) > now && s.status !== 'cancelled');
          return (
            <li key={g.id} className="meedoen-card meedoen-event">
              <Heading level={3}>
                <RouterLink to={`/leernetwerk/netwerken/${network.id}/intervisie/${g.id}`}>{g.name}</RouterLink>
              </Heading>
              <ul className="meedoen-plain-list">
                {g.method ? <li>{t('learningNetwork.group.methodIs', { method: g.method })}</li> : null}
                <li>{t('learningNetwork.group.memberCount', { count: g.members.length })}</li>
                <li>
                  {next
                    ? t('learningNetwork.group.next', { when: eventWhen(next.startsAt, next.endsAt, lang) })
                    : t('learningNetwork.group.noNext')}
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
      {coordinator ? (
        <Expander id={`new-group-${network.id}`} label={t('learningNetwork.group.new')}>
          {(close) => (
            <GroupForm
              network={network}
              onCancel={close}
              onSaved={(g) => {
                close();
                void reload();
                status.show(t('learningNetwork.group.created', { name: g.name }), { focus: true });
              }}
            />
          )}
        </Expander>
      ) : null}
    </section>
  );
}

export function IntervisionPage() {
  const { t } = useI18n();
  usePageTitle(t('learningNetwork.groups.title'));
  const networks = useApiData<{ items: LearningNetwork[] }>('/learning-networks');
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Heading level={1}>{t('learningNetwork.groups.title')}</Heading>
      <Paragraph lead>{t('learningNetwork.groups.intro')}</Paragraph>
      {networks.error ? <Notice type="error">{networks.error}</Notice> : null}
      {networks.data === undefined && !networks.error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {networks.data?.items.map((n) => (
        <NetworkGroups key={n.id} network={n} />
      ))}
    </div>
  );
}
