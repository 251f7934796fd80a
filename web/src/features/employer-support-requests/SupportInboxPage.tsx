/**
 * Hulpvragen van werkgevers (employer advisers): the requests addressed to the adviser's organisation,
 * filtered open / taken by me / closed / all. The filter is in the address (`?filter=mine`), so it can be
 * bookmarked and the browser's back button works; the current filter is marked with aria-current.
 */
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useApiData } from '../../lib/useApiData';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { SupportRequestTable } from './SupportRequestParts';
import { SUPPORT_FILTERS, type SupportFilter, type SupportRequestSummary } from './types';
import '../participants/participants.css';
import './employer-support-requests.css';

export function SupportInboxPage() {
  const { t } = useI18n();
  usePageTitle(t('supportRequests.inbox.title'));
  const [params] = useSearchParams();
  const asked = params.get('filter');
  const filter: SupportFilter = SUPPORT_FILTERS.includes(asked as SupportFilter) ? (asked as SupportFilter) : 'open';
  const { data, error } = useApiData<{ items: SupportRequestSummary[] }>(`/employer-support-requests?filter=${filter}`);
  const filterName = t(`supportRequests.filter.${filter}` as MessageKey);
  return (
    <>
      <Heading level={1}>{t('supportRequests.inbox.title')}</Heading>
      <Paragraph lead>{t('supportRequests.inbox.intro')}</Paragraph>
      <nav aria-label={t('supportRequests.inbox.filters')} className="meedoen-support-filters">
        <ul>
          {SUPPORT_FILTERS.map((f) => (
            <li key={f}>
              <RouterLink
                className="utrecht-link"
                to={`/hulpvragen-werkgevers?filter=${f}`}
                aria-current={f === filter ? 'page' : undefined}
              >
                {t(`supportRequests.filter.${f}` as MessageKey)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('supportRequests.inbox.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <SupportRequestTable
          items={data.items}
          caption={t('supportRequests.inbox.caption', { filter: filterName })}
          basePath="/hulpvragen-werkgevers"
          side="adviser"
        />
      ) : null}
    </>
  );
}
