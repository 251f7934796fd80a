/**
 * Leerroutes: the routes in the region with their form, level, sector and steps; a programme manager
 * creates a route of their own organisation here (steps in order, each with an expected duration, a
 * maximum for a work-experience place; the target groups it admits; its partners).
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading,
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
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { useForm } from '../../components/useForm';
import { FORMS, LEVELS, SECTORS, STEP_KINDS, TARGET_GROUPS, type LearningRoute } from './types';
import './learning-routes.css';

interface StepDraft {
  kind: string;
  name: string;
  expectedWeeks: string;
  maxWeeks: string;
}
interface PartnerDraft {
  kind: string;
  name: string;
}

const weeks = (v: string): number | undefined => (/^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : undefined);

function CreateRouteForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useForm('route-');
  const [v, setV] = useState({ name: '', description: '', sector: 'careWelfare', level: 'mbo2', form: 'bbl' });
  const [groups, setGroups] = useState<string[]>([]);
  const [steps, setSteps] = useState<StepDraft[]>([
    { kind: 'orientation', name: '', expectedWeeks: '4', maxWeeks: '' },
  ]);
  const [partners, setPartners] = useState<PartnerDraft[]>([]);
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setPartner = (i: number, patch: Partial<PartnerDraft>) =>
    setPartners(partners.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(
            async () => {
              const route = await api<LearningRoute>('POST', '/learning-routes', {
                name: v.name.trim(),
                description: v.description.trim() || null,
                sector: v.sector,
                level: v.level,
                form: v.form,
                targetGroups: groups,
                partners: partners.filter((p) => p.name.trim()).map((p) => ({ kind: p.kind, name: p.name.trim() })),
                steps: steps.map((s) => ({
                  kind: s.kind,
                  name: s.name.trim(),
                  expectedWeeks: weeks(s.expectedWeeks),
                  maxWeeks: s.maxWeeks.trim() ? weeks(s.maxWeeks) : null,
                })),
              });
              void navigate(`/leerroutes/${route.id}`);
            },
            groups.length === 0 ? { targetGroups: t('learningRoutes.targetGroupsRequired') } : {},
          );
        }}
      >
        <TextField
          id="route-name"
          label={t('learningRoutes.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={form.error('name')}
        />
        <TextField
          id="route-description"
          label={`${t('learningRoutes.description')} ${t('common.optional')}`}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={form.error('description')}
        />
        <SelectField
          id="route-sector"
          label={t('learningRoutes.sector')}
          value={v.sector}
          onChange={(sector) => setV({ ...v, sector })}
          options={SECTORS.map((s) => ({ value: s, label: t(`learningRoutes.sector.${s}` as MessageKey) }))}
          error={form.error('sector')}
        />
        <SelectField
          id="route-form"
          label={t('learningRoutes.form')}
          value={v.form}
          onChange={(f) => setV({ ...v, form: f })}
          options={FORMS.map((f) => ({ value: f, label: t(`learningRoutes.form.${f}` as MessageKey) }))}
          error={form.error('form')}
        />
        <SelectField
          id="route-level"
          label={t('learningRoutes.level')}
          value={v.level}
          onChange={(level) => setV({ ...v, level })}
          options={LEVELS.map((l) => ({ value: l, label: t(`learningRoutes.level.${l}` as MessageKey) }))}
          error={form.error('level')}
        />
        <Fieldset id="route-targetGroups" invalid={Boolean(form.error('targetGroups'))}>
          <FieldsetLegend>{t('learningRoutes.targetGroups')}</FieldsetLegend>
          {form.error('targetGroups') ? (
            <Paragraph className="meedoen-field-error">{form.error('targetGroups')}</Paragraph>
          ) : null}
          {TARGET_GROUPS.map((g) => (
            <CheckboxField
              key={g}
              id={`route-group-${g}`}
              label={t(`learningRoutes.group.${g}` as MessageKey)}
              checked={groups.includes(g)}
              onChange={(on) => setGroups(on ? [...groups, g] : groups.filter((x) => x !== g))}
            />
          ))}
        </Fieldset>
        <Fieldset id="route-steps" invalid={Boolean(form.error('steps'))}>
          <FieldsetLegend>{t('learningRoutes.steps')}</FieldsetLegend>
          <Paragraph small>{t('learningRoutes.stepsHint')}</Paragraph>
          {form.error('steps') ? <Paragraph className="meedoen-field-error">{form.error('steps')}</Paragraph> : null}
          {steps.map((s, i) => (
            <div key={i} className="meedoen-lr-step-row">
              <Heading level={3}>{t('learningRoutes.stepNumber', { n: i + 1 })}</Heading>
              <SelectField
                id={`route-step-${i}-kind`}
                label={t('learningRoutes.stepKind')}
                value={s.kind}
                onChange={(kind) => setStep(i, { kind })}
                options={STEP_KINDS.map((k) => ({ value: k, label: t(`learningRoutes.stepKind.${k}` as MessageKey) }))}
              />
              <TextField
                id={`route-step-${i}-name`}
                label={t('learningRoutes.stepName')}
                value={s.name}
                onChange={(name) => setStep(i, { name })}
              />
              <TextField
                id={`route-step-${i}-expectedWeeks`}
                label={t('learningRoutes.expectedWeeks')}
                inputMode="numeric"
                value={s.expectedWeeks}
                onChange={(expectedWeeks) => setStep(i, { expectedWeeks })}
              />
              {s.kind === 'workExperience' ? (
                <TextField
                  id={`route-step-${i}-maxWeeks`}
                  label={`${t('learningRoutes.maxWeeks')} ${t('common.optional')}`}
                  inputMode="numeric"
                  value={s.maxWeeks}
                  onChange={(maxWeeks) => setStep(i, { maxWeeks })}
                />
              ) : null}
              {steps.length > 1 ? (
                <Button appearance="subtle-button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                  {t('learningRoutes.removeStep', { n: i + 1 })}
                </Button>
              ) : null}
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            onClick={() => setSteps([...steps, { kind: 'other', name: '', expectedWeeks: '4', maxWeeks: '' }])}
          >
            {t('learningRoutes.addStep')}
          </Button>
        </Fieldset>
        <Fieldset id="route-partners" invalid={Boolean(form.error('partners'))}>
          <FieldsetLegend>{t('learningRoutes.partners')}</FieldsetLegend>
          {form.error('partners') ? (
            <Paragraph className="meedoen-field-error">{form.error('partners')}</Paragraph>
          ) : null}
          {partners.map((p, i) => (
            <div key={i} className="meedoen-lr-step-row">
              <SelectField
                id={`route-partner-${i}-kind`}
                label={t('learningRoutes.partnerKind')}
                value={p.kind}
                onChange={(kind) => setPartner(i, { kind })}
                options={['employer', 'school', 'gemeente', 'uwv', 'other'].map((k) => ({
                  value: k,
                  label: t(`learningRoutes.partner.${k}` as MessageKey),
                }))}
              />
              <TextField
                id={`route-partner-${i}-name`}
                label={t('learningRoutes.partnerName')}
                value={p.name}
                onChange={(name) => setPartner(i, { name })}
              />
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            onClick={() => setPartners([...partners, { kind: 'employer', name: '' }])}
          >
            {t('learningRoutes.addPartner')}
          </Button>
        </Fieldset>
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('learningRoutes.create')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function LearningRoutesPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  usePageTitle(t('learningRoutes.title'));
  const { data, error } = useApiData<{ items: LearningRoute[] }>('/learning-routes');
  return (
    <>
      <Heading level={1}>{t('learningRoutes.title')}</Heading>
      <Paragraph lead>{t('learningRoutes.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('learningRoutes.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learningRoutes.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.form')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.level')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.sector')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.steps')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.cohorts')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learningRoutes.coordinator')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <RouterLink to={`/leerroutes/${r.id}`}>{r.name}</RouterLink>
                    {r.active ? null : <span className="meedoen-cell-note">{t('learningRoutes.inactive')}</span>}
                  </TableCell>
                  <TableCell>{t(`learningRoutes.form.${r.form}` as MessageKey)}</TableCell>
                  <TableCell>{t(`learningRoutes.level.${r.level}` as MessageKey)}</TableCell>
                  <TableCell>{t(`learningRoutes.sector.${r.sector}` as MessageKey)}</TableCell>
                  <TableCell>{r.steps.map((s) => s.name).join(' → ')}</TableCell>
                  <TableCell>{r.cohorts.length}</TableCell>
                  <TableCell>{r.organisationName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {hasRole('programmeManager') ? (
        <section aria-labelledby="nieuwe-route" className="meedoen-section">
          <Heading level={2} id="nieuwe-route">
            {t('learningRoutes.newTitle')}
          </Heading>
          <Expander id="new-route" label={t('learningRoutes.new')}>
            {(close) => <CreateRouteForm onCancel={close} />}
          </Expander>
        </section>
      ) : null}
    </>
  );
}
