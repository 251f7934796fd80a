/** Versies: every saved version of the item (GET …/versions), newest first: number, title, who, when. */
import { useEffect, useRef } from 'react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { useI18n } from '../../i18n/i18n';
import { Notice } from '../../components/Notice';
import type { KnowledgeVersion } from './knowledge';

export function VersionsSection({ itemId, currentVersion }: { itemId: string; currentVersion: number }) {
  const { t, lang } = useI18n();
  const { data, error, reload } = useApiData<{ items: KnowledgeVersion[] }>(
    `/editorial/knowledge-items/${itemId}/versions`,
  );
  // A save (or publishing without a date) makes a new version: ask again, once per new version.
  const askedFor = useRef(currentVersion);
  useEffect(() => {
    if (askedFor.current !== currentVersion) {
      askedFor.current = currentVersion;
      void reload();
    }
  }, [currentVersion]);
  return (
    <section className="meedoen-section" aria-labelledby="knowledge-versions">
      <Heading level={2} id="knowledge-versions">
        {t('knowledge.versions.title')}
      </Heading>
      <Paragraph>{t('knowledge.versions.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table className="meedoen-knowledge-versions">
            <TableCaption className="meedoen-table-caption">{t('knowledge.versions.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.versions.version')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.versions.titleCol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.versions.by')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.versions.when')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((v) => (
                <TableRow key={v.version}>
                  <TableCell>
                    {v.version}
                    {v.version === currentVersion ? (
                      <span className="meedoen-tag">{t('knowledge.versions.current')}</span>
                    ) : null}
                  </TableCell>
                  <TableCell>{v.content.title}</TableCell>
                  <TableCell>{v.savedByName ?? t('knowledge.versions.system')}</TableCell>
                  <TableCell>{formatDateTime(v.savedAt, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
