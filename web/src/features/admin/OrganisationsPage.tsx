import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Button,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { ORG_TYPES, type Organisation } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useMunicipalities, useOrganisations, useRegions } from './useReference';

export function OrganisationsPage() {
  const { t } = useI18n();
  usePageTitle(t('org.listTitle'));
  const [organisations, reload] = useOrganisations();
  const regions = useRegions();
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [added, setAdded] = useState(false);
  const municipalities = useMunicipalities(regionCode);
  const form = useForm('org-');

  return (
    <>
      <Heading level={1}>{t('org.listTitle')}</Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('org.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('org.type')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('org.region')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('org.municipality')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('org.oidc')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {organisations.map((o: Organisation) => (
            <TableRow key={o.id}>
              <TableCell>
                <RouterLink to={`/beheer/organisaties/${o.id}`} className="utrecht-link">
                  {o.name}
                </RouterLink>
              </TableCell>
              <TableCell>{t(`orgType.${o.type}` as MessageKey)}</TableCell>
              <TableCell>{o.regionName}</TableCell>
              <TableCell>{o.municipalityName ?? '—'}</TableCell>
              <TableCell>{o.hasOidcProvider ? t('common.yes') : t('common.no')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <section aria-labelledby="org-add" className="meedoen-section">
        <Heading level={2} id="org-add">
          {t('org.add')}
        </Heading>
        {added ? <Notice type="ok">{t('org.added')}</Notice> : null}
        <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setAdded(false);
            void form.submit(async () => {
              await api('POST', '/organisations', {
                name: name.trim(),
                type: type || undefined,
                regionCode: regionCode || undefined,
                municipalityCode: municipalityCode || null,
              });
              setName('');
              setMunicipalityCode('');
              setAdded(true);
              reload();
            });
          }}
        >
          <TextField id="org-name" label={t('org.name')} value={name} onChange={setName} error={form.error('name')} />
          <SelectField
            id="org-type"
            label={t('org.type')}
            value={type}
            onChange={setType}
            placeholder={t('common.choose')}
            options={ORG_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}` as MessageKey) }))}
            error={form.error('type')}
          />
          <SelectField
            id="org-regionCode"
            label={t('org.region')}
            value={regionCode}
            onChange={(v) => {
              setRegionCode(v);
              setMunicipalityCode('');
            }}
            placeholder={t('common.choose')}
            options={regions.map((r) => ({ value: r.code, label: r.name }))}
            error={form.error('regionCode')}
          />
          <SelectField
            id="org-municipalityCode"
            label={`${t('org.municipality')} ${t('common.optional')}`}
            value={municipalityCode}
            onChange={setMunicipalityCode}
            placeholder={t('common.none')}
            options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
            error={form.error('municipalityCode')}
          />
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('org.add')}
          </Button>
        </form>
      </section>
    </>
  );
}
