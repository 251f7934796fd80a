/**
 * Mijn gegevens downloaden (AVG art. 15 right of access, art. 20 portability): a button that downloads
 * everything Meedoen keeps about the participant as one JSON file (GET /me/participant/export, sent by
 * the server as an attachment), and the same data on the page in headed sections, readable and
 * printable: the browser's "print" or "save as PDF" gives a clean paper version (print CSS in
 * portal.css hides the menu and buttons).
 */
import { historySentence } from '../plans/plan';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Contact, Job, OwnDataExport, Trajectory, Wishes } from '../../lib/types';
import '../participants/participants.css';
import './portal.css';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDayOf, formatNumber } from '../participants/dates';
import { phaseSince } from '../participants/TrajectoriesSection';
import { whoDidIt } from '../profile/OwnAuditPage';
import { consentSentences } from './OwnConsentsPage';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';

const EXPORT_PATH = '/me/participant/export';

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <DataList className="meedoen-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue className="meedoen-multiline">{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="meedoen-section meedoen-print-part">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function TrajectoryPart({ tr }: { tr: Trajectory }) {
  const { t, lang } = useI18n();
  return (
    <article className="meedoen-card meedoen-print-part" aria-labelledby={`export-tr-${tr.id.slice(0, 8)}`}>
      <Heading level={3} id={`export-tr-${tr.id.slice(0, 8)}`}>
        {t('portal.trajectoryWith', { organisation: tr.organisationName, approach: tr.approachName })}
      </Heading>
      <Facts
        rows={[
          [
            t('portal.export.phase'),
            `${t(`portal.phase.${tr.phase}` as MessageKey)} (${formatDate(phaseSince(tr), lang)})`,
          ],
          [t('portal.export.referral'), formatDate(tr.referralDate, lang)],
          [
            t('portal.export.coaches'),
            tr.assignments.length > 0 ? tr.assignments.map((a) => a.name).join(', ') : t('portal.notKnown'),
          ],
          ...(tr.closedOn
            ? ([
                [
                  t('portal.export.closed'),
                  `${formatDate(tr.closedOn, lang)}${tr.closedReason ? ` (${t(`closedReason.${tr.closedReason}` as MessageKey)})` : ''}`,
                ],
              ] as [string, ReactNode][])
            : []),
        ]}
      />
      <Heading level={4}>{t('portal.export.steps')}</Heading>
      <ul className="meedoen-plain-list">
        {tr.phaseEvents.map((e) => (
          <li key={e.id}>
            {formatDate(e.occurredOn, lang)}: {t(`portal.phase.${e.toPhase}` as MessageKey)}
            {e.reason ? ` — ${e.reason}` : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}

function WishesPart({ w, ownName }: { w: Wishes; ownName: string }) {
  const { t, lang } = useI18n();
  // The participant's own answers: an empty one was not filled in (not "we do not know").
  const none = t('common.notGiven');
  const join = (values: string[], prefix: string) =>
    values.length > 0 ? values.map((v) => t(`${prefix}.${v}` as MessageKey)).join(', ') : none;
  const l = (field: string) => t(`wishes.participant.${field}` as MessageKey);
  return (
    <article className="meedoen-card meedoen-print-part" aria-labelledby={`export-w-${w.id.slice(0, 8)}`}>
      <Heading level={3} id={`export-w-${w.id.slice(0, 8)}`}>
        {w.byParticipant || w.recordedByName === ownName
          ? t('portal.export.wishesByYou', { date: formatDateTime(w.recordedAt, lang) })
          : t('portal.export.wishesBy', { name: w.recordedByName ?? none, date: formatDateTime(w.recordedAt, lang) })}
      </Heading>
      <Facts
        rows={[
          [l('kindsOfWork'), w.kindsOfWork ?? none],
          [l('sectors'), w.sectors.length > 0 ? w.sectors.join(', ') : none],
          [l('hoursMin'), w.hoursMin ?? none],
          [l('hoursMax'), w.hoursMax ?? none],
          [l('days'), join(w.days, 'day')],
          [l('dayParts'), join(w.dayParts, 'dayPart')],
          [l('maxTravelMinutes'), w.maxTravelMinutes ?? none],
          [l('transport'), join(w.transport, 'transport')],
          [l('strengths'), w.strengths ?? none],
          [l('wantsToLearn'), w.wantsToLearn ?? none],
          [l('disclosure'), l(`disclosure.${w.disclosure}`)],
        ]}
      />
    </article>
  );
}

function JobLine({ job }: { job: Job }) {
  const { t, lang } = useI18n();
  const hours = formatNumber(job.hoursPerWeek, lang);
  return (
    <li>
      {job.endDate
        ? t('portal.work.ended', {
            title: job.jobTitle,
            employer: job.employerName,
            from: formatDate(job.startDate, lang),
            to: formatDate(job.endDate, lang),
            hours,
          })
        : t('portal.work.now', {
            title: job.jobTitle,
            employer: job.employerName,
            from: formatDate(job.startDate, lang),
            hours,
          })}
    </li>
  );
}

function ContactPart({ c }: { c: Contact }) {
  const { t, lang } = useI18n();
  return (
    <li className="meedoen-print-part">
      <strong>
        {formatDateTime(c.occursAt, lang)}: {t(`contact.kind.${c.kind}` as MessageKey)} (
        {t(`contact.status.${c.status}` as MessageKey).toLowerCase()})
      </strong>
      <span className="meedoen-cell-note">
        {[c.organisationName, c.location, c.present].filter(Boolean).join(' · ')}
      </span>
      {c.note ? <span className="meedoen-contact-note">{c.note}</span> : null}
    </li>
  );
}

export function DownloadPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('portal.export.title'));
  const { session } = useSession();
  const ownName = session?.user.name ?? '';
  const { data, error } = useApiData<OwnDataExport>(EXPORT_PATH);
  const p = data?.participant;
  return (
    <div className="meedoen-portal meedoen-export">
      <Heading level={1}>{t('portal.export.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('portal.export.intro')}</Paragraph>
      <div className="meedoen-export__tools meedoen-no-print" data-read-aloud-skip="">
        <a
          href={`/api/v1${EXPORT_PATH}`}
          download
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action meedoen-big-link"
        >
          {t('portal.export.download')}
        </a>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('portal.export.print')}
        </Button>
      </div>
      <Paragraph className="meedoen-no-print">{t('portal.export.fileHint')}</Paragraph>
      {error ? <Notice type="error">{error}</Notice> : null}
      {data === undefined && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data === null ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {data && p ? (
        <>
          <Paragraph small>{t('portal.export.madeOn', { date: formatDateTime(data.exportedAt, lang) })}</Paragraph>
          <Part id="export-about" title={t('portal.export.about')}>
            <Facts
              rows={[
                [t('portal.name'), `${p.givenName} ${p.familyName}`],
                [t('portal.dateOfBirth'), formatDate(p.dateOfBirth, lang)],
                [t('portal.email'), p.email ?? t('portal.notKnown')],
                [t('portal.phone'), p.phone ?? t('portal.notKnown')],
                [t('portal.municipality'), p.municipalityName],
                [t('portal.bsn'), p.bsn ?? (p.hasBsn ? t('portal.bsnOnFile') : t('portal.notKnown'))],
                [t('portal.benefit'), t(`benefit.${p.benefitSituation}` as MessageKey)],
                [
                  t('participant.targetGroups'),
                  p.targetGroups.length > 0
                    ? p.targetGroups.map((g) => t(`targetGroup.${g}` as MessageKey)).join(', ')
                    : t('portal.notKnown'),
                ],
                [t('participant.doelgroepregisterShort'), p.doelgroepregister ? t('common.yes') : t('common.no')],
                [t('portal.export.registeredBy'), `${p.organisationName}, ${formatDayOf(p.createdAt, lang)}`],
              ]}
            />
          </Part>
          <Part id="export-trajectories" title={t('portal.export.trajectories')}>
            {data.trajectories.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            {data.trajectories.map((tr) => (
              <TrajectoryPart key={tr.id} tr={tr} />
            ))}
          </Part>
          <Part id="export-wishes" title={t('portal.export.wishes')}>
            {data.wishes.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            {data.wishes.map((w) => (
              <WishesPart key={w.id} w={w} ownName={ownName} />
            ))}
          </Part>
          <Part id="export-work" title={t('portal.export.work')}>
            {data.jobs.items.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list">
              {data.jobs.items.map((j) => (
                <JobLine key={j.id} job={j} />
              ))}
            </ul>
          </Part>
          <Part id="export-plan" title={t('portal.export.plan')}>
            {data.plan.goals.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list">
              {data.plan.goals.map((g) => (
                <li key={g.id} className="meedoen-print-part">
                  <strong>
                    {t(`plan.domain.${g.domain}` as MessageKey)}: {g.title} (
                    {t(`plan.status.${g.status}` as MessageKey).toLowerCase()})
                  </strong>
                  <span className="meedoen-cell-note">{g.organisationName}</span>
                  <ul>
                    {g.actions.map((a) => (
                      <li key={a.id}>
                        {a.title} — {t(`plan.owner.${a.owner}` as MessageKey)}
                        {a.done ? ` — ${t('plan.done').toLowerCase()}` : ''}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            {data.planHistory.length > 0 ? (
              <>
                <Heading level={3}>{t('portal.export.planHistory')}</Heading>
                <ul className="meedoen-plain-list">
                  {data.planHistory.map((e) => (
                    <li key={e.id}>
                      {formatDateTime(e.at, lang)}: {historySentence(e, t, ownName)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Part>
          <Part id="export-contacts" title={t('portal.export.contacts')}>
            {data.contacts.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list meedoen-export-contacts">
              {[...data.contacts]
                .sort((a, b) => b.occursAt.localeCompare(a.occursAt))
                .map((c) => (
                  <ContactPart key={c.id} c={c} />
                ))}
            </ul>
          </Part>
          <Part id="export-consents" title={t('portal.export.consents')}>
            {data.consents.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list">
              {data.consents.map((c) => (
                <li key={c.id}>{consentSentences(c, t, lang, ownName).join(' ')}</li>
              ))}
            </ul>
          </Part>
          {/* Requests of employers to meet them (ADR 0019) */}
          <Part id="export-introductions" title={t('introductions.own.title')}>
            {data.introductions.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list">
              {data.introductions.map((i) => (
                <li key={i.id}>
                  <strong>
                    {formatDayOf(i.requestedAt, lang)}: {t('introductions.from', { employer: i.employerName })} (
                    {t(`introductions.status.${i.status}` as MessageKey).toLowerCase()})
                  </strong>
                  <span className="meedoen-cell-note meedoen-multiline">{i.message}</span>
                </li>
              ))}
            </ul>
          </Part>
          <Part id="export-requests" title={t('portal.export.requests')}>
            {data.dataRequests.length === 0 ? <Paragraph>{t('portal.export.nothing')}</Paragraph> : null}
            <ul className="meedoen-plain-list">
              {data.dataRequests.map((r) => (
                <li key={r.id}>
                  <strong>
                    {formatDayOf(r.createdAt, lang)}: {t(`dataRequest.kind.${r.kind}` as MessageKey)} (
                    {t(`dataRequest.status.${r.status}` as MessageKey).toLowerCase()})
                  </strong>
                  <span className="meedoen-cell-note meedoen-multiline">{r.message}</span>
                  {r.response ? (
                    <span className="meedoen-cell-note meedoen-multiline">
                      {t('dataRequest.answer')}: {r.response}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Part>
          <Part id="export-log" title={t('nav.ownLog')}>
            {data.accessLog.length === 0 ? <Paragraph>{t('ownLog.empty')}</Paragraph> : null}
            {data.accessLog.length > 0 ? (
              <div className="meedoen-table-scroll">
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
                    {data.accessLog.map((e, i) => (
                      <TableRow key={`${e.occurredAt}-${i}`}>
                        <TableCell>{formatDateTime(e.occurredAt, lang)}</TableCell>
                        <TableCell>{whoDidIt(e, t)}</TableCell>
                        <TableCell>{e.actionDescription}</TableCell>
                        <TableCell>{e.outcome === 'allowed' ? t('ownLog.allowed') : t('ownLog.refused')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            ) : null}
          </Part>
        </>
      ) : null}
      <div className="meedoen-no-print">
        <PortalLinks current="download" />
      </div>
    </div>
  );
}
