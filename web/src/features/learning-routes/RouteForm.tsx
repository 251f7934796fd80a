/**
 * The form for a learning route, to create one or to change it: name, description, sector, form, level,
 * the target groups it admits, the steps in order (add, move up or down, remove; each with its expected
 * duration, a maximum for a work-experience place) and the partners.
 *
 * When changing a route, a step that participants are or were in stays: it cannot be removed and keeps
 * its kind (the form says why, next to the step), and the API refuses an order that puts it before an
 * earlier step in use. Every error from the API is shown at its own field, steps included (the pointer
 * `/steps/2/expectedWeeks` lands at step 3's duration), and listed in the error summary.
 */
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { FORMS, LEVELS, SECTORS, STEP_KINDS, TARGET_GROUPS, type LearningRoute } from './types';
import './learning-routes.css';

interface StepDraft {
  /** The existing step's id (it keeps its history); absent for a new step. */
  id?: string;
  /** A stable key for React while steps move. */
  key: string;
  kind: string;
  name: string;
  expectedWeeks: string;
  maxWeeks: string;
}
interface PartnerDraft {
  kind: string;
  name: string;
  organisationId: string | null;
}

const weeks = (v: string): number | undefined => (/^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : undefined);
let keys = 0;
const newKey = () => `new-${(keys += 1)}`;

/** The id of the form element for an API pointer: `/steps/2/name` → `route-steps-2-name`. */
export function fieldIdOf(pointer: string): string {
  const parts = pointer.replace(/^\//, '').split('/').filter(Boolean);
  return parts.length === 0 ? 'route-name' : `route-${parts.join('-')}`;
}

/** Moves item `from` one place up (−1) or down (+1). */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) {
    return [...list];
  }
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function RouteForm({
  route,
  onSaved,
  onCancel,
}: {
  /** The route to change; absent to create one. */
  route?: LearningRoute;
  onSaved: (route: LearningRoute) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const editing = route !== undefined;
  const inUse = new Set(route?.stepsInUse ?? []);
  const [v, setV] = useState({
    name: route?.name ?? '',
    description: route?.description ?? '',
    sector: route?.sector ?? 'careWelfare',
    level: route?.level ?? 'mbo2',
    form: route?.form ?? 'bbl',
  });
  const [groups, setGroups] = useState<string[]>(route?.targetGroups ?? []);
  const [steps, setSteps] = useState<StepDraft[]>(
    route
      ? route.steps.map((s) => ({
          id: s.id,
          key: s.id,
          kind: s.kind,
          name: s.name,
          expectedWeeks: String(s.expectedWeeks),
          maxWeeks: s.maxWeeks === null ? '' : String(s.maxWeeks),
        }))
      : [{ key: newKey(), kind: 'orientation', name: '', expectedWeeks: '4', maxWeeks: '' }],
  );
  const [partners, setPartners] = useState<PartnerDraft[]>(
    route?.partners.map((p) => ({ kind: p.kind, name: p.name, organisationId: p.organisationId })) ?? [],
  );
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setPartner = (i: number, patch: Partial<PartnerDraft>) =>
    setPartners(partners.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const localErrors = (): SummaryError[] => {
    const out: SummaryError[] = [];
    if (groups.length === 0) {
      out.push({ field: 'route-targetGroups', message: t('learningRoutes.targetGroupsRequired') });
    }
    steps.forEach((s, i) => {
      if (!s.name.trim()) {
        out.push({ field: `route-steps-${i}-name`, message: t('learningRoutes.stepNameRequired') });
      }
      if (weeks(s.expectedWeeks) === undefined) {
        out.push({ field: `route-steps-${i}-expectedWeeks`, message: t('learningRoutes.weeksInvalid') });
      }
      if (s.kind === 'workExperience' && s.maxWeeks.trim() && weeks(s.maxWeeks) === undefined) {
        out.push({ field: `route-steps-${i}-maxWeeks`, message: t('learningRoutes.weeksInvalid') });
      }
    });
    return out;
  };

  const submit = async () => {
    const local = localErrors();
    if (local.length > 0) {
      setErrors(local);
      setFocusKey((k) => k + 1);
      return;
    }
    setErrors([]);
    setBusy(true);
    const body = {
      name: v.name.trim(),
      description: v.description.trim() || null,
      sector: v.sector,
      level: v.level,
      form: v.form,
      targetGroups: groups,
      partners: partners
        .filter((p) => p.name.trim())
        .map((p) => ({ kind: p.kind, name: p.name.trim(), organisationId: p.organisationId })),
      steps: steps.map((s) => ({
        ...(s.id ? { id: s.id } : {}),
        kind: s.kind,
        name: s.name.trim(),
        expectedWeeks: weeks(s.expectedWeeks),
        maxWeeks: s.kind === 'workExperience' && s.maxWeeks.trim() ? weeks(s.maxWeeks) : null,
      })),
    };
    try {
      onSaved(
        route
          ? await api<LearningRoute>('PATCH', `/learning-routes/${route.id}`, body)
          : await api<LearningRoute>('POST', '/learning-routes', body),
      );
    } catch (e) {
      const fromApi =
        e instanceof ApiProblem && e.errors.length > 0
          ? e.errors.map((x) => ({ field: fieldIdOf(x.location.pointer), message: x.detail }))
          : [
              {
                field: '',
                message:
                  e instanceof ApiProblem ? (e.code === 'network' ? t('error.network') : e.detail) : t('error.generic'),
              },
            ];
      setErrors(fromApi);
      setFocusKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const stepsError = error('route-steps');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <form
        className="meedoen-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="route-name"
          label={t('learningRoutes.name')}
          value={v.name}
          onChange={(name) => setV({ ...v, name })}
          error={error('route-name')}
        />
        <TextField
          id="route-description"
          label={`${t('learningRoutes.description')} ${t('common.optional')}`}
          value={v.description}
          onChange={(description) => setV({ ...v, description })}
          error={error('route-description')}
        />
        <SelectField
          id="route-sector"
          label={t('learningRoutes.sector')}
          value={v.sector}
          onChange={(sector) => setV({ ...v, sector: sector as typeof v.sector })}
          options={SECTORS.map((s) => ({ value: s, label: t(`learningRoutes.sector.${s}` as MessageKey) }))}
          error={error('route-sector')}
        />
        <SelectField
          id="route-form"
          label={t('learningRoutes.form')}
          description={v.form === 'brugbaan' ? t('learningRoutes.brugbaanHint') : undefined}
          value={v.form}
          onChange={(f) => setV({ ...v, form: f as typeof v.form })}
          options={FORMS.map((f) => ({ value: f, label: t(`learningRoutes.form.${f}` as MessageKey) }))}
          error={error('route-form')}
        />
        <SelectField
          id="route-level"
          label={t('learningRoutes.level')}
          value={v.level}
          onChange={(level) => setV({ ...v, level: level as typeof v.level })}
          options={LEVELS.map((l) => ({ value: l, label: t(`learningRoutes.level.${l}` as MessageKey) }))}
          error={error('route-level')}
        />
        <Fieldset id="route-targetGroups" invalid={Boolean(error('route-targetGroups'))} tabIndex={-1}>
          <FieldsetLegend>{t('learningRoutes.targetGroups')}</FieldsetLegend>
          {error('route-targetGroups') ? (
            <Paragraph className="meedoen-field-error">{error('route-targetGroups')}</Paragraph>
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
        <Fieldset id="route-steps" invalid={Boolean(stepsError)} tabIndex={-1}>
          <FieldsetLegend>{t('learningRoutes.steps')}</FieldsetLegend>
          <Paragraph small>{t('learningRoutes.stepsHint')}</Paragraph>
          {editing && inUse.size > 0 ? <Paragraph small>{t('learningRoutes.stepsInUseHint')}</Paragraph> : null}
          {errors
            .filter((e) => e.field === 'route-steps')
            .map((e) => (
              <Paragraph key={e.message} className="meedoen-field-error">
                {e.message}
              </Paragraph>
            ))}
          {steps.map((s, i) => {
            const used = s.id !== undefined && inUse.has(s.id);
            const isUsed = (x: StepDraft | undefined) => x?.id !== undefined && inUse.has(x.id);
            // Two steps in use never swap places: their history says which came first.
            const canUp = i > 0 && !(used && isUsed(steps[i - 1]));
            const canDown = i < steps.length - 1 && !(used && isUsed(steps[i + 1]));
            const blockError = error(`route-steps-${i}-id`) ?? error(`route-steps-${i}`);
            return (
              <div
                key={s.key}
                id={`route-steps-${i}-id`}
                tabIndex={-1}
                className={`meedoen-lr-step-row${blockError ? ' meedoen-lr-step-row--invalid' : ''}`}
              >
                <Heading level={3}>{t('learningRoutes.stepNumber', { n: i + 1 })}</Heading>
                {blockError ? <Paragraph className="meedoen-field-error">{blockError}</Paragraph> : null}
                {used ? (
                  <>
                    <Paragraph>
                      {t('learningRoutes.stepKind')}: {t(`learningRoutes.stepKind.${s.kind}` as MessageKey)}
                    </Paragraph>
                    <Paragraph small id={`route-steps-${i}-kind`} tabIndex={-1}>
                      {t('learningRoutes.stepInUse')}
                    </Paragraph>
                    {error(`route-steps-${i}-kind`) ? (
                      <Paragraph className="meedoen-field-error">{error(`route-steps-${i}-kind`)}</Paragraph>
                    ) : null}
                  </>
                ) : (
                  <SelectField
                    id={`route-steps-${i}-kind`}
                    label={t('learningRoutes.stepKind')}
                    value={s.kind}
                    onChange={(kind) => setStep(i, { kind })}
                    options={STEP_KINDS.map((k) => ({
                      value: k,
                      label: t(`learningRoutes.stepKind.${k}` as MessageKey),
                    }))}
                    error={error(`route-steps-${i}-kind`)}
                  />
                )}
                <TextField
                  id={`route-steps-${i}-name`}
                  label={t('learningRoutes.stepName')}
                  value={s.name}
                  onChange={(name) => setStep(i, { name })}
                  error={error(`route-steps-${i}-name`)}
                />
                <TextField
                  id={`route-steps-${i}-expectedWeeks`}
                  label={t('learningRoutes.expectedWeeks')}
                  inputMode="numeric"
                  value={s.expectedWeeks}
                  onChange={(expectedWeeks) => setStep(i, { expectedWeeks })}
                  error={error(`route-steps-${i}-expectedWeeks`)}
                />
                {s.kind === 'workExperience' ? (
                  <TextField
                    id={`route-steps-${i}-maxWeeks`}
                    label={`${t('learningRoutes.maxWeeks')} ${t('common.optional')}`}
                    inputMode="numeric"
                    value={s.maxWeeks}
                    onChange={(maxWeeks) => setStep(i, { maxWeeks })}
                    error={error(`route-steps-${i}-maxWeeks`)}
                  />
                ) : null}
                <div className="meedoen-actions">
                  {canUp ? (
                    <Button appearance="subtle-button" onClick={() => setSteps(move(steps, i, -1))}>
                      {t('learningRoutes.moveStepUp', { n: i + 1 })}
                    </Button>
                  ) : null}
                  {canDown ? (
                    <Button appearance="subtle-button" onClick={() => setSteps(move(steps, i, 1))}>
                      {t('learningRoutes.moveStepDown', { n: i + 1 })}
                    </Button>
                  ) : null}
                  {steps.length > 1 && !used ? (
                    <Button appearance="subtle-button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                      {t('learningRoutes.removeStep', { n: i + 1 })}
                    </Button>
                  ) : null}
                </div>
              </div>
            );
          })}
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              setSteps([...steps, { key: newKey(), kind: 'other', name: '', expectedWeeks: '4', maxWeeks: '' }])
            }
          >
            {t('learningRoutes.addStep')}
          </Button>
        </Fieldset>
        <Fieldset id="route-partners" invalid={Boolean(error('route-partners'))} tabIndex={-1}>
          <FieldsetLegend>{t('learningRoutes.partners')}</FieldsetLegend>
          {error('route-partners') ? (
            <Paragraph className="meedoen-field-error">{error('route-partners')}</Paragraph>
          ) : null}
          {partners.map((p, i) => (
            <div key={i} className="meedoen-lr-step-row">
              <SelectField
                id={`route-partners-${i}-kind`}
                label={t('learningRoutes.partnerKind')}
                value={p.kind}
                onChange={(kind) => setPartner(i, { kind })}
                options={['employer', 'school', 'gemeente', 'uwv', 'other'].map((k) => ({
                  value: k,
                  label: t(`learningRoutes.partner.${k}` as MessageKey),
                }))}
              />
              <TextField
                id={`route-partners-${i}-name`}
                label={t('learningRoutes.partnerName')}
                value={p.name}
                onChange={(name) => setPartner(i, { name })}
                error={error(`route-partners-${i}-name`) ?? error(`route-partners-${i}-organisationId`)}
              />
              <Button appearance="subtle-button" onClick={() => setPartners(partners.filter((_, j) => j !== i))}>
                {t('learningRoutes.removePartner', { name: p.name || t('learningRoutes.partnerNumber', { n: i + 1 }) })}
              </Button>
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            onClick={() => setPartners([...partners, { kind: 'employer', name: '', organisationId: null }])}
          >
            {t('learningRoutes.addPartner')}
          </Button>
        </Fieldset>
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {editing ? t('learningRoutes.saveChanges') : t('learningRoutes.create')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
