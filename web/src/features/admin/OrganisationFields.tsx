/** The fields of an organisation (name, kind, arbeidsmarktregio, gemeente), shared by the add and edit forms. */
import { SelectField, TextField } from '../../components/Fields';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ORG_TYPES } from '../../lib/types';
import { useMunicipalities, useRegions } from './useReference';

export interface OrganisationFieldValues {
  name: string;
  type: string;
  regionCode: string;
  municipalityCode: string;
}

export const EMPTY_ORGANISATION: OrganisationFieldValues = { name: '', type: '', regionCode: '', municipalityCode: '' };

export function OrganisationFields({
  value,
  onChange,
  error,
  choose,
}: {
  value: OrganisationFieldValues;
  onChange: (next: OrganisationFieldValues) => void;
  error: (field: string) => string | undefined;
  /** Start the kind and region selects with "Kies…" (a new organisation has none yet). */
  choose: boolean;
}) {
  const { t } = useI18n();
  const regions = useRegions();
  const municipalities = useMunicipalities(value.regionCode);
  const placeholder = choose ? t('common.choose') : undefined;
  return (
    <>
      <TextField
        id="org-name"
        label={t('org.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        error={error('name')}
      />
      <SelectField
        id="org-type"
        label={t('org.type')}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        placeholder={placeholder}
        options={ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}` as MessageKey) }))}
        error={error('type')}
      />
      <SelectField
        id="org-regionCode"
        label={t('org.region')}
        value={value.regionCode}
        // Another region: the chosen gemeente no longer fits.
        onChange={(regionCode) => onChange({ ...value, regionCode, municipalityCode: '' })}
        placeholder={placeholder}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
        error={error('regionCode')}
      />
      <SelectField
        id="org-municipalityCode"
        label={`${t('org.municipality')} ${t('common.optional')}`}
        value={value.municipalityCode}
        onChange={(municipalityCode) => onChange({ ...value, municipalityCode })}
        placeholder={t('common.none')}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
        error={error('municipalityCode')}
      />
    </>
  );
}
