import { useEffect, useState } from 'react';
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
import { ROLES, type Page, type User } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SelectField, TextField } from '../../components/Fields';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/usePageTitle';
import { useOrganisations } from './useReference';

export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('user.listTitle'));
  const [organisations] = useOrganisations();
  const [q, setQ] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [filter, setFilter] = useState({ q: '', organisationId: '', role: '' });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<User> | null>(null);

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), pageSize: '50' });
    if (filter.q) {
      params.set('q', filter.q);
    }
    if (filter.organisationId) {
      params.set('organisationId', filter.organisationId);
    }
    if (filter.role) {
      params.set('role', filter.role);
    }
    void api<Page<User>>('GET', `/users?${params.toString()}`).then(setData);
  }, [filter, page]);

  return (
    <>
      <Heading level={1}>{t('user.listTitle')}</Heading>
      <p>
        <RouterLink to="/beheer/gebruikers/uitnodigen" className="utrecht-link">
          {t('admin.invite')}
        </RouterLink>
      </p>
      <form
        role="search"
        className="meedoen-form meedoen-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setFilter({ q: q.trim(), organisationId, role });
        }}
      >
        <TextField id="filter-q" label={t('user.search')} type="search" value={q} onChange={setQ} />
        <SelectField
          id="filter-organisation"
          label={t('user.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t('user.all')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          id="filter-role"
          label={t('user.role')}
          value={role}
          onChange={setRole}
          placeholder={t('user.all')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
      </form>
      {data && data.items.length === 0 ? <p className="utrecht-paragraph">{t('user.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('invite.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('invite.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('user.roles')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('user.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('user.secondFactor')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((u) => (
                <TableRow key={u.id}>
                  <TableCell>
                    <RouterLink to={`/beheer/gebruikers/${u.id}`} className="utrecht-link">
                      {u.name}
                    </RouterLink>
                  </TableCell>
                  <TableCell>{u.email}</TableCell>
                  <TableCell>
                    {u.memberships
                      .map((m) => `${t(`role.${m.role}` as MessageKey)} (${m.organisationName})`)
                      .join('; ')}
                  </TableCell>
                  <TableCell>{t(`user.status.${u.status}` as MessageKey)}</TableCell>
                  <TableCell>{u.secondFactorEnabled ? t('common.yes') : t('common.no')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      ) : null}
    </>
  );
}
