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
import type { Organisation } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useOrganisations } from './useReference';
import { EMPTY_ORGANISATION, OrganisationFields } from './OrganisationFields';

export function OrganisationsPage() {
  const { t } = useI18n();
  usePageTitle(t('org.listTitle'));
  const [organisations, reload] = useOrganisations();
  const [fields, setFields] = useState(EMPTY_ORGANISATION);
  const [added, setAdded] = useState(false);
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
                name: fields.name.trim(),
                type: fields.type || undefined,
                regionCode: fields.regionCode || undefined,
                municipalityCode: fields.municipalityCode || null,
              });
              // Keep kind and region: several organisations of one region are often added in a row.
              setFields({ ...fields, name: '', municipalityCode: '' });
              setAdded(true);
              reload();
            });
          }}
        >
          <OrganisationFields value={fields} onChange={setFields} error={form.error} choose />
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('org.add')}
          </Button>
        </form>
      </section>
    </>
  );
}
