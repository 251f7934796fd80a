/**
 * Kennismakingen (employer portal, ADR 0019): the employer's requests with their answer; the name and
 * the agreed contact route appear only after the participant's yes. Employer advisers see the requests
 * of their region, never a name.
 */
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
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDayOf } from '../participants/dates';
import type { EmployerIntroduction } from './types';
import '../participants/participants.css';
import './employer-portal.css';

export function EmployerIntroductionsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('employerPortal.intros.title'));
  const { data, error } = useApiData<{ items: EmployerIntroduction[] }>('/introductions');
  return (
    <>
      <Heading level={1}>{t('employerPortal.intros.title')}</Heading>
      <Paragraph lead>{t('employerPortal.intros.intro')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && data.items.length === 0 ? <Paragraph>{t('employerPortal.intros.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <div className="meedoen-table-scroll">
          <Table>
            <TableCaption className="meedoen-table-caption">{t('employerPortal.intros.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('employerPortal.intros.profile')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employerPortal.intros.vacancy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employerPortal.intros.sent')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employerPortal.intros.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('employerPortal.intros.candidate')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((i) => (
                <TableRow key={i.id}>
                  <TableHeaderCell scope="row">
                    {i.profileId
                      ? t('employerPortal.profile.title', { id: i.profileId.slice(0, 6) })
                      : t('employerPortal.intros.byOrganisation', { organisation: i.employerOrganisationName })}
                  </TableHeaderCell>
                  <TableCell>{i.vacancyTitle ?? '–'}</TableCell>
                  <TableCell>{formatDayOf(i.requestedAt, lang)}</TableCell>
                  <TableCell>
                    <strong>{t(`employerPortal.status.${i.status}` as MessageKey)}</strong>
                  </TableCell>
                  <TableCell>
                    {i.candidate ? (
                      <>
                        <strong className="meedoen-candidate-name">{i.candidate.name}</strong>
                        <span className="meedoen-cell-note">
                          {t('employerPortal.intros.contact', { route: i.candidate.contactRoute })}
                        </span>
                      </>
                    ) : (
                      t('employerPortal.intros.hidden')
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
