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
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { usePageTitle } from '../../components/usePageTitle';

export interface AccessAction {
  name: string;
  description: string;
  personalData: boolean;
  tokenAllowed: boolean;
  grants: { role: string; when: string }[];
}

export function AccessPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('access.title'));
  const [items, setItems] = useState<AccessAction[]>([]);
  useEffect(() => {
    void api<{ items: AccessAction[] }>('GET', '/access-actions').then((r) => setItems(r.items));
  }, [lang]);
  return (
    <>
      <Heading level={1}>{t('access.title')}</Heading>
      <Paragraph>{t('access.intro')}</Paragraph>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('access.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('access.personalData')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('access.who')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.name}>
              <TableCell>
                {a.description} <code>{a.name}</code>
              </TableCell>
              <TableCell>{a.personalData ? t('common.yes') : t('common.no')}</TableCell>
              <TableCell>
                {a.grants
                  .map(
                    (g) =>
                      `${g.role === '*' ? t('access.everyone') : t(`role.${g.role}` as MessageKey)} (${t(`access.when.${g.when}` as MessageKey)})`,
                  )
                  .join('; ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
