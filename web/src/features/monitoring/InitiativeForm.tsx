/**
 * Add or change an initiative of a programme: status, period, building blocks (seed 000), the parties with
 * the perspective each brings, the approaches it uses and whether it follows up an earlier initiative.
 * Parties are a list: add or remove a party; each party's errors land at its own fields.
 */
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend, Heading } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useApiData } from '../../lib/useApiData';
import { CheckboxGroupField, TextareaField } from '../participants/ParticipantFields';
import { usePointerForm } from './forms';
import {
  BUILDING_BLOCKS,
  PARTY_KINDS,
  PROGRAMME_STATUSES,
  type ApproachOption,
  type BuildingBlock,
  type Initiative,
  type PartyKind,
  type ProgrammeStatus,
} from './types';

interface PartyDraft {
  kind: PartyKind;
  organisationId: string;
  name: string;
  perspective: string;
}

export function InitiativeForm({
  programmeId,
  initiative,
  others,
  onSaved,
  onCancel,
}: {
  programmeId: string;
  initiative?: Initiative;
  /** The programme's other initiatives (for "follow-up of"). */
  others: Initiative[];
  onSaved: (i: Initiative) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = initiative ? `initiative-${initiative.id}-` : 'initiative-new-';
  const form = usePointerForm(prefix, ['buildingBlocks', 'approachCodes']);
  const organisations = useApiData<{ items: { id: string; name: string }[] }>('/organisations').data?.items ?? [];
  const approaches = useApiData<{ items: ApproachOption[] }>('/approaches').data?.items ?? [];
  const [name, setName] = useState(initiative?.name ?? '');
  const [description, setDescription] = useState(initiative?.description ?? '');
  const [status, setStatus] = useState<ProgrammeStatus>(initiative?.status ?? 'preparing');
  const [startsOn, setStartsOn] = useState(initiative?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initiative?.endsOn ?? '');
  const [blocks, setBlocks] = useState<BuildingBlock[]>(initiative?.buildingBlocks ?? []);
  const [approachCodes, setApproachCodes] = useState<string[]>(initiative?.approachCodes ?? []);
  const [followUpOf, setFollowUpOf] = useState(initiative?.followUpOf ?? '');
  const [parties, setParties] = useState<PartyDraft[]>(
    initiative?.parties.map((p) => ({
      kind: p.kind,
      organisationId: p.organisationId ?? '',
      name: p.organisationId ? '' : p.name,
      perspective: p.perspective,
    })) ?? [{ kind: 'organisation', organisationId: '', name: '', perspective: '' }],
  );
  const id = (f: string) => `${prefix}${f}`;
  // Each party's fields say which party they belong to (also in the error summary), WCAG 3.3.1 / 2.4.6.
  const ofParty = (label: string, i: number) => (
    <>
      {label}
      <span className="meedoen-visually-hidden"> – {t('monitoring.initiative.partyN', { n: i + 1 })}</span>
    </>
  );
  const setParty = (i: number, change: Partial<PartyDraft>) =>
    setParties(parties.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const save = async () => {
    const local: Record<string, string> = {};
    if (!name.trim()) {
      local.name = t('monitoring.form.required');
    }
    if (!startsOn) {
      local.startsOn = t('monitoring.form.required');
    }
    parties.forEach((p, i) => {
      if (!p.perspective.trim()) {
        local[`parties-${i}-perspective`] = t('monitoring.initiative.perspectiveRequired');
      }
    });
    const body = {
      name: name.trim(),
      description: description.trim() || null,
      status,
      startsOn,
      endsOn: endsOn || null,
      buildingBlocks: blocks,
      approachCodes,
      followUpOf: followUpOf || null,
      parties: parties.map((p) => ({
        kind: p.kind,
        organisationId: p.organisationId || null,
        ...(p.name.trim() ? { name: p.name.trim() } : {}),
        perspective: p.perspective.trim(),
      })),
    };
    await form.submit(async () => {
      onSaved(
        initiative
          ? await api<Initiative>('PATCH', `/initiatives/${initiative.id}`, body)
          : await api<Initiative>('POST', `/programmes/${programmeId}/initiatives`, body),
      );
    }, local);
  };

  return (
    <form
      className="meedoen-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextField
        id={id('name')}
        label={t('monitoring.initiative.name')}
        value={name}
        onChange={setName}
        error={form.error('name')}
        required
      />
      <TextareaField
        id={id('description')}
        label={`${t('monitoring.initiative.description')} ${t('common.optional')}`}
        value={description}
        onChange={setDescription}
        error={form.error('description')}
      />
      <SelectField
        id={id('status')}
        label={t('monitoring.initiative.status')}
        value={status}
        onChange={(v) => setStatus(v as ProgrammeStatus)}
        options={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}` as MessageKey) }))}
        error={form.error('status')}
      />
      <TextField
        id={id('startsOn')}
        type="date"
        label={t('monitoring.form.startsOn')}
        value={startsOn}
        onChange={setStartsOn}
        error={form.error('startsOn')}
        required
      />
      <TextField
        id={id('endsOn')}
        type="date"
        label={`${t('monitoring.form.endsOn')} ${t('common.optional')}`}
        value={endsOn}
        onChange={setEndsOn}
        error={form.error('endsOn')}
      />
      <CheckboxGroupField
        id={id('buildingBlocks')}
        legend={t('monitoring.initiative.buildingBlocks')}
        description={t('monitoring.initiative.buildingBlocksHelp')}
        options={BUILDING_BLOCKS.map((b) => ({ value: b, label: t(`monitoring.block.${b}` as MessageKey) }))}
        value={blocks}
        onChange={setBlocks}
        error={form.error('buildingBlocks')}
      />
      <Fieldset>
        <FieldsetLegend>{t('monitoring.initiative.parties')}</FieldsetLegend>
        {parties.map((p, i) => (
          <div key={i} className="meedoen-monitoring-party">
            <Heading level={4}>{t('monitoring.initiative.partyN', { n: i + 1 })}</Heading>
            <SelectField
              id={id(`parties-${i}-kind`)}
              label={ofParty(t('monitoring.initiative.partyKind'), i)}
              value={p.kind}
              onChange={(v) => setParty(i, { kind: v as PartyKind })}
              options={PARTY_KINDS.map((k) => ({ value: k, label: t(`monitoring.partyKind.${k}` as MessageKey) }))}
            />
            <SelectField
              id={id(`parties-${i}-organisationId`)}
              label={ofParty(
                p.kind === 'organisation'
                  ? t('monitoring.initiative.partyOrganisation')
                  : `${t('monitoring.initiative.partyOrganisation')} ${t('common.optional')}`,
                i,
              )}
              value={p.organisationId}
              placeholder={t('common.choose')}
              onChange={(v) => setParty(i, { organisationId: v })}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              error={form.error(`parties-${i}-organisationId`)}
            />
            {p.kind !== 'organisation' ? (
              <TextField
                id={id(`parties-${i}-name`)}
                label={ofParty(t('monitoring.initiative.partyName'), i)}
                description={t('monitoring.initiative.partyNameHelp')}
                value={p.name}
                onChange={(v) => setParty(i, { name: v })}
                error={form.error(`parties-${i}-name`)}
              />
            ) : null}
            <TextField
              id={id(`parties-${i}-perspective`)}
              label={ofParty(t('monitoring.initiative.perspective'), i)}
              description={t('monitoring.initiative.perspectiveHelp')}
              value={p.perspective}
              onChange={(v) => setParty(i, { perspective: v })}
              error={form.error(`parties-${i}-perspective`)}
            />
            {parties.length > 1 ? (
              <Button appearance="subtle-button" onClick={() => setParties(parties.filter((_, j) => j !== i))}>
                {t('monitoring.initiative.removeParty', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {form.error('parties') ? <p className="utrecht-form-field-error-message">{form.error('parties')}</p> : null}
        <Button
          id={id('parties')}
          appearance="secondary-action-button"
          onClick={() =>
            setParties([...parties, { kind: 'organisation', organisationId: '', name: '', perspective: '' }])
          }
        >
          {t('monitoring.initiative.addParty')}
        </Button>
      </Fieldset>
      <CheckboxGroupField
        id={id('approachCodes')}
        legend={`${t('monitoring.initiative.approaches')} ${t('common.optional')}`}
        options={approaches
          .filter((a) => a.active || approachCodes.includes(a.code))
          .map((a) => ({ value: a.code, label: a.name }))}
        value={approachCodes}
        onChange={setApproachCodes}
        error={form.error('approachCodes')}
      />
      {others.length > 0 ? (
        <SelectField
          id={id('followUpOf')}
          label={`${t('monitoring.initiative.followUpOf')} ${t('common.optional')}`}
          value={followUpOf}
          placeholder={t('common.none')}
          onChange={setFollowUpOf}
          options={others.map((o) => ({ value: o.id, label: o.name }))}
          error={form.error('followUpOf')}
        />
      ) : null}
      <div className="meedoen-actions">
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {initiative ? t('monitoring.initiative.saveChanges') : t('monitoring.initiative.create')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
