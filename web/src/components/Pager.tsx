import { Button, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n';

export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) {
    return <Paragraph small>{total === 1 ? t('common.resultsOne') : t('common.results', { count: total })}</Paragraph>;
  }
  return (
    <nav aria-label={t('common.pageOf', { page, pages })} className="meedoen-pager">
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      <span>{t('common.pageOf', { page, pages })}</span>
      <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
