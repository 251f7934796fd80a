/**
 * Parts shared by the employer's "Hulp vragen" page, the advisers' inbox and the request page: the table
 * of requests (a caption, row headers that link to the request; WCAG 1.3.1) and the history.
 */
import { Link as RouterLink } from 'react-router-dom';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDayOf } from '../participants/dates';
import type { SupportRequestEvent, SupportRequestSummary } from './types';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "Vraag over een regeling: No-riskpolis", "Jobcoach". */
export function kindLabel(t: T, r: Pick<SupportRequestSummary, 'kind' | 'instrumentName'>): string {
  const kind = t(`supportRequests.kindShort.${r.kind}` as MessageKey);
  return r.instrumentName ? `${kind}: ${r.instrumentName}` : kind;
}

export function statusLabel(t: T, r: Pick<SupportRequestSummary, 'status'>): string {
  return t(`supportRequests.status.${r.status}` as MessageKey);
}

export function SupportRequestTable({
  items,
  caption,
  basePath,
  side,
}: {
  items: SupportRequestSummary[];
  caption: string;
  /** where a request's page is: `${basePath}/${id}` */
  basePath: string;
  /** the employer sees who handles it and the answer; the adviser sees which employer asked */
  side: 'employer' | 'adviser';
}) {
  const { t, lang } = useI18n();
  return (
    <div className="meedoen-table-scroll">
      <Table>
        <TableCaption className="meedoen-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('supportRequests.col.question')}</TableHeaderCell>
            {side === 'adviser' ? (
              <TableHeaderCell scope="col">{t('supportRequests.col.employer')}</TableHeaderCell>
            ) : null}
            <TableHeaderCell scope="col">{t('supportRequests.col.sent')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('supportRequests.col.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('supportRequests.col.handledBy')}</TableHeaderCell>
            {side === 'employer' ? (
              <TableHeaderCell scope="col">{t('supportRequests.col.answer')}</TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">
                <RouterLink className="utrecht-link" to={`${basePath}/${r.id}`}>
                  {kindLabel(t, r)}
                </RouterLink>
                {r.question ? <span className="meedoen-cell-note">{r.question}</span> : null}
              </TableHeaderCell>
              {side === 'adviser' ? <TableCell>{r.employerName}</TableCell> : null}
              <TableCell>{formatDayOf(r.createdAt, lang)}</TableCell>
              <TableCell>
                <strong>{statusLabel(t, r)}</strong>
              </TableCell>
              <TableCell>{r.assignedToName ?? t('supportRequests.nobody')}</TableCell>
              {side === 'employer' ? <TableCell>{r.answer ?? t('supportRequests.noAnswer')}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function SupportHistory({ events }: { events: SupportRequestEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="meedoen-plain-list meedoen-support-history">
      {events.map((e, i) => (
        <li key={`${e.kind}-${e.recordedAt}-${i}`}>
          <strong>{t(`supportRequests.event.${e.kind}` as MessageKey, { name: e.recordedByName })}</strong>
          <span className="meedoen-cell-note">
            {t('supportRequests.event.meta', {
              organisation: e.organisationName,
              date: formatDayOf(e.recordedAt, lang),
            })}
          </span>
          {e.message ? <p className="meedoen-support-message">{e.message}</p> : null}
        </li>
      ))}
    </ol>
  );
}
