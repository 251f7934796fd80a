import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from './usePageTitle';

/** "Page not found": unknown paths, and records that do not exist or may not be seen (the API's 404). */
export function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('error.notFoundTitle'));
  return (
    <>
      <Heading level={1}>{t('error.notFoundTitle')}</Heading>
      <Paragraph>{t('error.notFoundText')}</Paragraph>
    </>
  );
}
