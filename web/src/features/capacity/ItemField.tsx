/**
 * One FML item as a question: a group of radio buttons with the item's own levels (ordinal and single
 * scales, with "not assessed" / "skip" as the first choice, so nothing is forced), or checkboxes where
 * several limitations can hold at once ("multiple"; "no limitation" then stands alone). Under a
 * limitation, a field for "namelijk" (required where the list asks for it). Each item is a fieldset
 * with its name as the legend (WCAG 1.3.1 Info and Relationships, 3.3.2 Labels or Instructions).
 * `context` says under the question what the other side answered (the participant's own answer, or the
 * professional's): part of the group's description, so a screen reader reads it with the question
 * (aria-describedby), and on a narrow screen it stays right under the question. Phrasing content only.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { FmlItem } from '../../lib/types';
import { CheckboxGroupField, RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { fieldIdOf, isLimitation, type ItemValue } from './capacity';

export type Audience = 'professional' | 'participant';

const SKIP = 'skip';

/**
 * The next set of levels after a checkbox change: "no limitation" (0) and a limitation exclude each
 * other, as the list says; ticking one clears the other (the GOV.UK "none of these" pattern).
 */
export function exclusiveZero(before: readonly number[], after: readonly number[]): number[] {
  if (after.includes(0) && !before.includes(0)) {
    return [0];
  }
  if (after.includes(0) && after.length > 1) {
    return after.filter((l) => l !== 0);
  }
  return [...after];
}

export function ItemField({
  prefix,
  item,
  value,
  onChange,
  error,
  qualifierError,
  audience,
  context,
}: {
  prefix: string;
  item: FmlItem;
  value: ItemValue | undefined;
  onChange: (next: ItemValue) => void;
  error?: string;
  qualifierError?: string;
  audience: Audience;
  context?: ReactNode;
}) {
  const { t } = useI18n();
  const fid = fieldIdOf(item.id);
  const id = `${prefix}item-${fid}`;
  const levels = value?.levels ?? [];
  const qualifier = value?.qualifier ?? '';
  const legend = audience === 'professional' ? `${item.id} ${item.name}` : item.name;
  const options = item.levels.map((l) => ({ value: String(l.code), label: l.label }));
  const hint = item.scale === 'multiple' ? t(`capacity.${audience}.multipleHint`) : null;
  const description =
    hint || context ? (
      <>
        {hint}
        {context ? <span className="meedoen-cap-context">{context}</span> : null}
      </>
    ) : undefined;
  return (
    <div className="meedoen-cap-item">
      <div className="meedoen-cap-item__field">
        {item.scale === 'multiple' ? (
          <CheckboxGroupField
            id={id}
            legend={legend}
            description={description}
            value={levels.map(String)}
            onChange={(next) => onChange({ levels: exclusiveZero(levels, next.map(Number)), qualifier })}
            options={options}
            error={error}
          />
        ) : (
          <RadioGroupField
            id={id}
            legend={legend}
            description={description}
            value={levels.length > 0 ? String(levels[0]) : SKIP}
            onChange={(next) => onChange({ levels: next === SKIP ? [] : [Number(next)], qualifier })}
            options={[{ value: SKIP, label: t(`capacity.${audience}.skip`) }, ...options]}
            error={error}
          />
        )}
        {isLimitation(value) ? (
          <TextareaField
            id={`${prefix}qualifier-${fid}`}
            label={
              item.qualifier
                ? t(`capacity.${audience}.qualifierRequired`, { item: legend })
                : `${t(`capacity.${audience}.qualifierOptional`, { item: legend })} ${t('common.optional')}`
            }
            description={t(`capacity.${audience}.qualifierHint`)}
            rows={2}
            value={qualifier}
            onChange={(next) => onChange({ levels, qualifier: next })}
            error={qualifierError}
          />
        ) : null}
      </div>
    </div>
  );
}
