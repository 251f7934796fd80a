/**
 * One intervision group: its way of working, members and sessions (coming and past). Coordinators plan
 * a session (an event of kind intervisie for the members only) and record afterwards who attended, on
 * the session's own page.
 */
import { Link as RouterLink, useParams } from 'react-router-dom';
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
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { ScrollRegion } from '../imports/ScrollRegion';
import { LearningNetworkNav } from './LearningNetworkNav';
import type { IntervisionGroup, LearningNetwork } from './types';
import { eventWhen } from './when';
import './learning-network.css';

type Session = IntervisionGroup['sessions'][number];

function SessionTable({
  id,
  caption,
  sessions,
  coordinator,
  past,
}: {
  id: string;
  caption: string;
  sessions: Session[];
  coordinator: boolean;
  past: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <ScrollRegion labelledBy={`${id}-caption`}>
      <Table>
        <TableCaption id={`${id}-caption`} className="meedoen-table-caption">
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learningNetwork.group.session')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learningNetwork.group.sessionStatus')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((s) => (
            <TableRow key={s.eventId}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/leernetwerk/activiteiten/${s.eventId}`}>{s.title}</RouterLink>
              </TableHeaderCell>
              <TableCell>{eventWhen(s.startsAt, s.endsAt, lang)}</TableCell>
              <TableCell>
                {t(`learningNetwork.sessionStatus.${s.status}` as MessageKey)}
                {past && coordinator && s.status === 'published' ? (
                  <>
                    <br />
                    <RouterLink
                      to={`/leernetwerk/activiteiten/${s.eventId}`}
                      aria-label={t('learningNetwork.group.recordLabel', { title: s.title })}
                    >
                      {t('learningNetwork.group.record')}
                    </RouterLink>
                  </>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

export function IntervisionGroupPage() {
  const { t } = useI18n();
  const { networkId, groupId } = useParams();
  const network = useApiData<LearningNetwork>(networkId ? `/learning-networks/${networkId}` : null);
  const groups = useApiData<{ items: IntervisionGroup[] }>(
    networkId ? `/learning-networks/${networkId}/intervision-groups` : null,
  );
  const group = groups.data?.items.find((g) => g.id === groupId);
  usePageTitle(group?.name ?? t('learningNetwork.groups.title'));
  if (network.data === null || groups.data === null || (groups.data && !group)) {
    return <NotFound />;
  }
  if (!group || !network.data) {
    const error = groups.error ?? network.error;
    return error ? <Notice type="error">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const coordinator = Boolean(network.data.membership?.coordinator);
  const now = new Date();
  const coming = group.sessions.filter((s) => new Date(s.endsAt) > now);
  const past = group.sessions.filter((s) => new Date(s.endsAt) <= now).reverse();
  return (
    <div className="meedoen-learning-network">
      <LearningNetworkNav />
      <Paragraph>
        <RouterLink to="/leernetwerk/intervisie">{t('learningNetwork.groups.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{group.name}</Heading>
      <dl className="meedoen-facts">
        <dt>{t('learningNetwork.track.network')}</dt>
        <dd>{network.data.name}</dd>
        {group.method ? (
          <>
            <dt>{t('learningNetwork.group.method')}</dt>
            <dd>{group.method}</dd>
          </>
        ) : null}
      </dl>
      {group.description ? <Paragraph className="meedoen-pre-line">{group.description}</Paragraph> : null}

      <section aria-labelledby="members-heading">
        <Heading level={2} id="members-heading">
          {t('learningNetwork.group.membersHeading', { count: group.members.length })}
        </Heading>
        <ul>
          {group.members.map((m) => (
            <li key={m.userId}>{m.name}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sessions-heading">
        <Heading level={2} id="sessions-heading">
          {t('learningNetwork.group.sessions')}
        </Heading>
        {coordinator ? (
          <Paragraph>
            <RouterLink to={`/leernetwerk/netwerken/${network.data.id}/nieuwe-activiteit?groep=${group.id}`}>
              {t('learningNetwork.group.planSession')}
            </RouterLink>
          </Paragraph>
        ) : null}
        {coordinator && past.length > 0 ? <Paragraph>{t('learningNetwork.group.recordHint')}</Paragraph> : null}
        {coming.length > 0 ? (
          <SessionTable
            id="coming-sessions"
            caption={t('learningNetwork.group.coming')}
            sessions={coming}
            coordinator={coordinator}
            past={false}
          />
        ) : (
          <Paragraph>{t('learningNetwork.group.noComing')}</Paragraph>
        )}
        {past.length > 0 ? (
          <SessionTable
            id="past-sessions"
            caption={t('learningNetwork.group.past')}
            sessions={past}
            coordinator={coordinator}
            past
          />
        ) : null}
      </section>
    </div>
  );
}
