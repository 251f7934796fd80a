/**
 * The four choices that describe a population of trajectories — programme, approach, labour-market region,
 * target group — as selects with "Alle" first. Used for a group of the effect evaluation and for the people
 * in a research file.
 */
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SelectField } from '../../components/Fields';
import { TARGET_GROUPS, type ApproachOption, type ProgrammeSummary, type Region } from './types';

export interface Population {
  programmeId: string;
  approachCode: string;
  regionCode: string;
  targetGroup: string;
}

export function PopulationFields({
  idPrefix,
  value,
  onChange,
  programmes,
  approaches,
  regions,
  error = () => undefined,
}: {
  /** Field ids are `${idPrefix}<field>`, so that the API's `/<field>` errors land at them. */
  idPrefix: string;
  value: Population;
  onChange: (v: Population) => void;
  programmes: ProgrammeSummary[];
  approaches: ApproachOption[];
  regions: Region[];
  error?: (field: keyof Population) => string | undefined;
}) {
  const { t } = useI18n();
  const field = (key: keyof Population, label: MessageKey, options: { value: string; label: string }[]) => (
    <SelectField
      id={`${idPrefix}${key}`}
      label={t(label)}
      value={value[key]}
      placeholder={t('monitoring.filter.all')}
      error={error(key)}
      onChange={(v) => onChange({ ...value, [key]: v })}
      options={options}
    />
  );
  return (
    <>
      {field(
        'programmeId',
        'monitoring.filter.programme',
        programmes.map((p) => ({ value: p.id, label: p.name })),
      )}
      {field(
        'approachCode',
        'monitoring.filter.approach',
        approaches.map((a) => ({ value: a.code, label: a.name })),
      )}
      {field(
        'regionCode',
        'monitoring.filter.region',
        regions.map((r) => ({ value: r.code, label: r.name })),
      )}
      {field(
        'targetGroup',
        'monitoring.filter.targetGroup',
        TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}` as MessageKey) })),
      )}
    </>
  );
}
