/**
 * The tasks of a vacancy or an existing job: each with its name, its share of the time, whether it may be
 * carved out, and its demands on the FML items (the same list as the capacity screens). The running
 * total of the shares is shown (it must come to 100 %); the server's errors appear at the task's own
 * field (`/tasks/2/sharePercent` → that task's share).
 */
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import type { FmlCatalogue, FmlItem } from '../../lib/types';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { formatNumber, parseDecimal, shareTotal, taskDemandItems } from './employers';
import type { Task, TaskBody } from './types';

export interface TaskDraft {
  id?: string;
  name: string;
  share: string;
  carvable: boolean;
  demands: { itemId: string; levels: number[] }[];
}

export function draftOf(task: Task, lang: string): TaskDraft {
  return {
    id: task.id,
    name: task.name,
    share: formatNumber(task.sharePercent, lang),
    carvable: task.carvable,
    demands: task.demands.map((d) => ({ itemId: d.itemId, levels: [...d.levels] })),
  };
}

export const emptyTask = (): TaskDraft => ({ name: '', share: '', carvable: false, demands: [] });

/** The request body's tasks; a share that is not a number is sent as 0 so that the server names it. */
export function taskBodies(drafts: readonly TaskDraft[]): TaskBody[] {
  return drafts.map((d) => ({
    ...(d.id ? { id: d.id } : {}),
    name: d.name.trim(),
    sharePercent: parseDecimal(d.share) ?? 0,
    carvable: d.carvable,
    demands: d.demands.filter((x) => x.itemId !== ''),
  }));
}

/** Checks done before sending: a share that is not a number (the server checks the rest). */
export function localTaskErrors(drafts: readonly TaskDraft[], message: string): Record<string, string> {
  const out: Record<string, string> = {};
  drafts.forEach((d, i) => {
    if (parseDecimal(d.share) === undefined) {
      out[`task-${i}-share`] = message;
    }
  });
  return out;
}

function DemandRow({
  id,
  demand,
  items,
  error,
  onChange,
  onRemove,
}: {
  id: string;
  demand: { itemId: string; levels: number[] };
  items: FmlItem[];
  error?: string;
  onChange: (d: { itemId: string; levels: number[] }) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const item = items.find((i) => i.id === demand.itemId);
  return (
    <div className="meedoen-demand">
      <SelectField
        id={id}
        label={t('employers.task.demandItem')}
        value={demand.itemId}
        placeholder={t('common.choose')}
        options={items.map((i) => ({ value: i.id, label: `${i.id} ${i.name}` }))}
        onChange={(itemId) => {
          const next = items.find((i) => i.id === itemId);
          onChange({ itemId, levels: next?.scale === 'ordinal' ? [0] : [] });
        }}
        error={error}
      />
      {item && item.scale === 'ordinal' ? (
        <SelectField
          id={`${id}-level`}
          label={t('employers.task.demandLevel')}
          description={t('employers.task.demandLevelHelp')}
          value={String(demand.levels[0] ?? 0)}
          options={item.levels.map((l) => ({ value: String(l.code), label: l.label }))}
          onChange={(level) => onChange({ itemId: demand.itemId, levels: [Number(level)] })}
        />
      ) : null}
      {item && item.scale !== 'ordinal' ? (
        <Fieldset>
          <FieldsetLegend>{t('employers.task.demandCodes')}</FieldsetLegend>
          {item.levels
            .filter((l) => l.code !== 0)
            .map((l) => (
              <CheckboxField
                key={l.code}
                id={`${id}-code-${l.code}`}
                label={l.label}
                checked={demand.levels.includes(l.code)}
                onChange={(on) =>
                  onChange({
                    itemId: demand.itemId,
                    levels: on
                      ? [...demand.levels, l.code].sort((a, b) => a - b)
                      : demand.levels.filter((c) => c !== l.code),
                  })
                }
              />
            ))}
        </Fieldset>
      ) : null}
      <Button appearance="subtle-button" onClick={onRemove}>
        {t('employers.task.removeDemand')}
      </Button>
    </div>
  );
}

export function TasksEditor({
  prefix,
  tasks,
  onChange,
  catalogue,
  errors,
  hoursPerWeek,
}: {
  /** the form's id prefix, e.g. "vacancy-" */
  prefix: string;
  tasks: TaskDraft[];
  onChange: (tasks: TaskDraft[]) => void;
  catalogue: FmlCatalogue | null | undefined;
  errors: (field: string) => string | undefined;
  /** the job's hours, to show each task's hours */
  hoursPerWeek?: number;
}) {
  const { t, lang } = useI18n();
  const items = taskDemandItems(catalogue);
  const total = shareTotal(tasks.map((task) => task.share));
  const update = (i: number, patch: Partial<TaskDraft>) =>
    onChange(tasks.map((task, n) => (n === i ? { ...task, ...patch } : task)));
  const tasksError = errors('tasks');
  return (
    <Fieldset invalid={Boolean(tasksError)} aria-describedby={`${prefix}tasks-total`}>
      <FieldsetLegend>{t('employers.task.legend')}</FieldsetLegend>
      <FormFieldDescription>{t('employers.task.help')}</FormFieldDescription>
      {/* The id the error summary links to for an error about all tasks together. */}
      <div id={`${prefix}tasks`} tabIndex={-1}>
        {tasksError ? <FormFieldErrorMessage>{tasksError}</FormFieldErrorMessage> : null}
      </div>
      {tasks.map((task, i) => {
        const share = parseDecimal(task.share);
        return (
          <div key={task.id ?? `new-${i}`} className="meedoen-task">
            <Heading level={3}>{t('employers.task.number', { n: i + 1 })}</Heading>
            <TextField
              id={`${prefix}task-${i}-name`}
              label={t('employers.task.name')}
              value={task.name}
              onChange={(name) => update(i, { name })}
              error={errors(`task-${i}-name`)}
            />
            <TextField
              id={`${prefix}task-${i}-share`}
              inputMode="decimal"
              label={t('employers.task.share')}
              description={
                hoursPerWeek !== undefined && share !== undefined
                  ? t('employers.task.shareHours', { hours: formatNumber((hoursPerWeek * share) / 100, lang) })
                  : t('employers.task.shareHelp')
              }
              value={task.share}
              onChange={(value) => update(i, { share: value })}
              error={errors(`task-${i}-share`)}
            />
            <CheckboxField
              id={`${prefix}task-${i}-carvable`}
              label={t('employers.task.carvable')}
              description={t('employers.task.carvableHelp')}
              checked={task.carvable}
              onChange={(carvable) => update(i, { carvable })}
            />
            <Fieldset>
              <FieldsetLegend>{t('employers.task.demands')}</FieldsetLegend>
              <FormFieldDescription>{t('employers.task.demandsHelp')}</FormFieldDescription>
              {task.demands.map((d, j) => (
                <DemandRow
                  key={j}
                  id={`${prefix}task-${i}-demand-${j}`}
                  demand={d}
                  items={items}
                  error={errors(`task-${i}-demand-${j}`)}
                  onChange={(next) => update(i, { demands: task.demands.map((x, n) => (n === j ? next : x)) })}
                  onRemove={() => update(i, { demands: task.demands.filter((_, n) => n !== j) })}
                />
              ))}
              <Button
                appearance="secondary-action-button"
                onClick={() => update(i, { demands: [...task.demands, { itemId: '', levels: [] }] })}
              >
                {t('employers.task.addDemand')}
              </Button>
            </Fieldset>
            {tasks.length > 1 ? (
              <Button
                appearance="subtle-button"
                aria-label={t('employers.task.removeOf', { n: i + 1 })}
                onClick={() => onChange(tasks.filter((_, n) => n !== i))}
              >
                {t('employers.task.remove')}
              </Button>
            ) : null}
          </div>
        );
      })}
      <Paragraph id={`${prefix}tasks-total`} aria-live="polite">
        {total.ok
          ? t('employers.task.totalOk', { total: formatNumber(total.total, lang) })
          : t('employers.task.totalOff', { total: formatNumber(total.total, lang) })}
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={() => onChange([...tasks, emptyTask()])}>
        {t('employers.task.add')}
      </Button>
    </Fieldset>
  );
}
