import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api, ApiProblem, fieldErrors } from '../../lib/api';
import type { Page } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { TextField } from '../../components/Fields';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';

interface AuditEvent {
  chainId: number;
  seq: number;
  occurredAt: string;
  actorType: string;
  userName: string | null;
  role: string | null;
  organisationName: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: 'allowed' | 'denied';
  clientAddress: string | null;
}
interface Verification {
  ok: boolean;
  records: number;
  chains: number;
  broken?: { chainId: number; seq: number };
}

export function AuditLogPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('audit.title'));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [action, setAction] = useState('');
  // A user's detail page links here with ?userId=… to show what that person did.
  const [searchParams] = useSearchParams();
  const [userId, setUserId] = useState(searchParams.get('userId') ?? '');
  const [filter, setFilter] = useState({ from: '', to: '', action: '', userId: searchParams.get('userId') ?? '' });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<AuditEvent> | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams({ page: String(page), pageSize: '50' });
    if (filter.from) {
      params.set('from', new Date(`${filter.from}T00:00:00`).toISOString());
    }
    if (filter.to) {
      params.set('to', new Date(`${filter.to}T23:59:59`).toISOString());
    }
    if (filter.action) {
      params.set('action', filter.action);
    }
    if (filter.userId) {
      params.set('userId', filter.userId);
    }
    setLoadError(null);
    api<Page<AuditEvent>>('GET', `/audit-events?${params.toString()}`)
      .then(setData)
      .catch((error: unknown) => {
        // A filter the server does not accept (for example a malformed user id) is shown, not swallowed.
        setData(null);
        const fields = Object.values(fieldErrors(error));
        setLoadError(
          fields.length > 0
            ? fields.join(' ')
            : error instanceof ApiProblem && error.detail
              ? error.detail
              : t('error.generic'),
        );
      });
  }, [filter, page]);

  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={() => void api<Verification>('POST', '/audit-verifications').then(setVerification)}
      >
        {t('audit.verify')}
      </Button>
      {verification ? (
        verification.ok ? (
          <Notice type="ok">
            {t('audit.verifyOk', { records: verification.records, chains: verification.chains })}
          </Notice>
        ) : (
          <Notice type="error">
            {t('audit.verifyBroken', {
              chain: verification.broken?.chainId ?? '?',
              seq: verification.broken?.seq ?? '?',
            })}
          </Notice>
        )
      ) : null}
      <form
        role="search"
        className="meedoen-form meedoen-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setFilter({ from, to, action: action.trim(), userId: userId.trim() });
        }}
      >
        <TextField id="audit-from" label={t('audit.from')} type="date" value={from} onChange={setFrom} />
        <TextField id="audit-to" label={t('audit.to')} type="date" value={to} onChange={setTo} />
        <TextField id="audit-action" label={t('audit.action')} value={action} onChange={setAction} />
        <TextField id="audit-userId" label={t('audit.userId')} value={userId} onChange={setUserId} />
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
      </form>
      {loadError ? <Notice type="error">{loadError}</Notice> : null}
      {data ? (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.roleOrg')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.record')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('audit.outcome')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((e) => (
                <TableRow key={`${e.chainId}-${e.seq}`}>
                  <TableCell>{formatDateTime(e.occurredAt, lang)}</TableCell>
                  <TableCell>
                    {e.userName ?? e.actorType}
                    {e.clientAddress ? ` (${e.clientAddress})` : ''}
                  </TableCell>
                  <TableCell>
                    {[e.role ? t(`role.${e.role}` as MessageKey) : null, e.organisationName]
                      .filter(Boolean)
                      .join(', ') || '—'}
                  </TableCell>
                  <TableCell>
                    <code>{e.action}</code>
                  </TableCell>
                  <TableCell>
                    {e.resourceType}
                    {e.resourceId ? ` ${e.resourceId.slice(0, 8)}…` : ''}
                  </TableCell>
                  <TableCell>{t(`audit.outcome.${e.outcome}` as MessageKey)}</TableCell>
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
