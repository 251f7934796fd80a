import { useEffect, useState } from 'react';
import {
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
import type { Page } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { Pager } from '../../components/Pager';

interface OwnEvent {
  occurredAt: string;
  action: string;
  actionDescription: string;
  actorType: string;
  actorName: string | null;
  byThemself: boolean;
  role: string | null;
  organisationName: string | null;
  outcome: string;
}

/** Who did it, in plain words: you, a named colleague with role and organisation, someone not logged in, … */
export function whoDidIt(
  e: Pick<OwnEvent, 'byThemself' | 'actorName' | 'role' | 'organisationName' | 'actorType'>,
  t: (key: MessageKey) => string,
): string {
  return e.byThemself
    ? t('ownLog.you')
    : e.actorName
      ? `${e.actorName}${e.role ? ` — ${t(`role.${e.role}` as MessageKey)}` : ''}${e.organisationName ? `, ${e.organisationName}` : ''}`
      : e.actorType === 'anonymous'
        ? t('ownLog.someone')
        : e.actorType === 'apiToken'
          ? t('ownLog.integration')
          : t('ownLog.system');
}

export function OwnAuditPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('ownLog.title'));
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<OwnEvent> | null>(null);
  useEffect(() => {
    void api<Page<OwnEvent>>('GET', `/me/audit-events?page=${page}&pageSize=50`).then(setData);
  }, [page, lang]);
  return (
    <>
      <Heading level={1}>{t('ownLog.title')}</Heading>
      <Paragraph>{t('ownLog.intro')}</Paragraph>
      {data && data.items.length === 0 ? <Paragraph>{t('ownLog.empty')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('ownLog.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ownLog.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ownLog.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ownLog.outcome')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((e, i) => (
                <TableRow key={`${e.occurredAt}-${i}`}>
                  <TableCell>{formatDateTime(e.occurredAt, lang)}</TableCell>
                  <TableCell>{whoDidIt(e, t)}</TableCell>
                  <TableCell>{e.actionDescription}</TableCell>
                  <TableCell>{e.outcome === 'allowed' ? t('ownLog.allowed') : t('ownLog.refused')}</TableCell>
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
