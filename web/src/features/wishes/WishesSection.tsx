/**
 * Wensen on the participant page: what the participant wants (IPS: client preference first), who saved
 * this version and when, and the earlier versions. A professional who works with the participant can
 * fill it in with them; the participant does it themself in the portal ("Wat ik wil").
 */
import { useRef, useState } from 'react';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Wishes, WishesOverview, WishVersion } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { WishesForm } from './WishesForm';
import './wishes.css';

/** "Opgeslagen door Sanne de Vries (de deelnemer zelf) op 3 dec 2026 10:12". */
export function versionLine(
  v: WishVersion,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  lang: string,
  ownName?: string,
): string {
  const date = formatDateTime(v.recordedAt, lang);
  if (ownName !== undefined && v.byParticipant) {
    return t('wishes.savedByYou', { date });
  }
  if (!v.recordedByName) {
    return t('wishes.savedOn', { date });
  }
  return t(v.byParticipant ? 'wishes.savedByParticipant' : 'wishes.savedBy', { name: v.recordedByName, date });
}

/** The list of earlier versions (who and when; the server keeps their content but does not show it). */
export function WishVersions({ history, ownName }: { history: WishVersion[]; ownName?: string }) {
  const { t, lang } = useI18n();
  if (history.length === 0) {
    return null;
  }
  return (
    <div className="meedoen-subsection">
      <Heading level={3}>{t('wishes.earlier', { count: history.length })}</Heading>
      <ul className="meedoen-plain-list">
        {history.map((h) => (
          <li key={h.id}>{versionLine(h, t, lang, ownName)}</li>
        ))}
      </ul>
    </div>
  );
}

function list(values: string[], t: (key: MessageKey) => string, prefix: string): string {
  return values.map((v) => t(`${prefix}.${v}` as MessageKey)).join(', ');
}

/** The current answers, as a professional reads them. */
function WishesView({ w }: { w: Wishes }) {
  const { t } = useI18n();
  const none = t('common.notGiven');
  const hours =
    w.hoursMin !== null && w.hoursMax !== null
      ? t('wishes.hoursRange', { min: w.hoursMin, max: w.hoursMax })
      : w.hoursMin !== null
        ? t('wishes.hoursAtLeast', { min: w.hoursMin })
        : w.hoursMax !== null
          ? t('wishes.hoursAtMost', { max: w.hoursMax })
          : none;
  const rows: [MessageKey, string][] = [
    ['wishes.professional.kindsOfWork', w.kindsOfWork ?? none],
    ['wishes.professional.sectors', w.sectors.length > 0 ? w.sectors.join(', ') : none],
    ['wishes.hours', hours],
    ['wishes.professional.days', w.days.length > 0 ? list(w.days, t, 'day') : none],
    ['wishes.professional.dayParts', w.dayParts.length > 0 ? list(w.dayParts, t, 'dayPart') : none],
    [
      'wishes.travel',
      [
        w.maxTravelMinutes !== null ? t('wishes.travelMinutes', { minutes: w.maxTravelMinutes }) : '',
        w.transport.length > 0 ? list(w.transport, t, 'transport') : '',
      ]
        .filter(Boolean)
        .join('; ') || none,
    ],
    ['wishes.professional.strengths', w.strengths ?? none],
    ['wishes.professional.wantsToLearn', w.wantsToLearn ?? none],
    ['wishes.professional.certificates', w.certificates.length > 0 ? w.certificates.join(', ') : none],
    ['wishes.professional.drivingLicences', w.drivingLicences.length > 0 ? w.drivingLicences.join(', ') : none],
    [
      'wishes.professional.languageLevel',
      w.languageLevel !== null ? t(`wishes.languageLevel.${w.languageLevel}` as MessageKey) : none,
    ],
  ];
  return (
    <>
      <DataList className="meedoen-data-list meedoen-wishes-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{t(key)}</DataListKey>
            <DataListValue className="meedoen-multiline">{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Paragraph>
        <strong>{t('wishes.professional.disclosure')}</strong>{' '}
        {t(`wishes.professional.disclosure.${w.disclosure}` as MessageKey)}.{' '}
        {t(`wishes.professional.disclosure.${w.disclosure}.hint` as MessageKey)}
      </Paragraph>
    </>
  );
}

export function WishesSection({
  participantId,
  name,
  canUpdate,
  initial,
}: {
  participantId: string;
  name: string;
  canUpdate: boolean;
  /** The wishes as the participant page got them (`expand=wishes`; null: left out, not for this user); undefined: load them here. */
  initial?: WishesOverview | null;
}) {
  const { t, lang } = useI18n();
  const { data, setData, error } = useApiData<WishesOverview>(`/participants/${participantId}/wishes`, initial);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  if (data === null) {
    return <Paragraph>{t('wishes.hidden')}</Paragraph>;
  }
  const current = data.current;
  const back = () => window.setTimeout(() => editButton.current?.focus(), 0);
  return (
    <>
      <Paragraph>{t('wishes.intro', { name })}</Paragraph>
      {saved ? <Notice type="ok">{t('wishes.saved')}</Notice> : null}
      {editing ? (
        <WishesForm
          participantId={participantId}
          current={current}
          audience="professional"
          onSaved={(next) => {
            setData(next);
            setEditing(false);
            setSaved(true);
            back();
          }}
          onCancel={() => {
            setEditing(false);
            back();
          }}
        />
      ) : (
        <>
          {current ? (
            <>
              <Paragraph small>{versionLine(current, t, lang)}</Paragraph>
              <WishesView w={current} />
            </>
          ) : (
            <Paragraph>{t('wishes.none', { name })}</Paragraph>
          )}
          {canUpdate ? (
            <Button
              ref={editButton}
              appearance="secondary-action-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
                window.setTimeout(() => document.getElementById('wishes-kindsOfWork')?.focus(), 0);
              }}
            >
              {current ? t('wishes.edit') : t('wishes.fillIn')}
            </Button>
          ) : null}
          <WishVersions history={data.history} />
        </>
      )}
    </>
  );
}
