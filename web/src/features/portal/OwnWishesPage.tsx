/**
 * Wat ik wil: the participant writes down their own wishes for work (B1): what kind of work, in which
 * kinds of business, how many hours and when, how far they want to travel and how, what they are good
 * at, what they want to learn, and whether an employer may know about their disability — the three
 * choices explained in plain words. Who saved the current version and when, and the earlier versions.
 */
import { useEffect, useRef, useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { WishesOverview } from '../../lib/types';
import '../participants/participants.css';
import './portal.css';
import { useI18n } from '../../i18n/i18n';
import { useApiData } from '../../lib/useApiData';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../components/usePageTitle';
import { WishesForm } from '../wishes/WishesForm';
import { versionLine, WishVersions } from '../wishes/WishesSection';
import { PortalLinks } from './PortalLinks';
import { ReadAloud } from './ReadAloud';
import { useOwnParticipant } from './useOwnParticipant';

export function OwnWishesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('portal.wishes.title'));
  const { participant, missing, loadError } = useOwnParticipant();
  const { data, setData, error } = useApiData<WishesOverview>(
    participant?.permissions.readWishes ? `/participants/${participant.id}/wishes` : null,
  );
  const [saved, setSaved] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved > 0) {
      messageRef.current?.focus();
    }
  }, [saved]);
  const ownName = participant ? `${participant.givenName} ${participant.familyName}` : '';
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('portal.wishes.title')}</Heading>
      <ReadAloud />
      <Paragraph lead>{t('portal.wishes.intro')}</Paragraph>
      {loadError || error ? <Notice type="error">{loadError ?? error}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!missing && !loadError && !error && (data === undefined || !participant) ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : null}
      {participant && data ? (
        <>
          <div ref={messageRef} tabIndex={-1} className="meedoen-focus-target">
            {saved > 0 ? <Notice type="ok">{t('portal.wishes.saved')}</Notice> : null}
          </div>
          <Paragraph>
            {data.current ? versionLine(data.current, t, lang, ownName) : t('portal.wishes.notYet')}
          </Paragraph>
          <Paragraph>{t('portal.wishes.notAll')}</Paragraph>
          {participant.permissions.updateWishes ? (
            <section aria-labelledby="own-wishes-form" className="meedoen-section meedoen-portal-card">
              <Heading level={2} id="own-wishes-form" className="meedoen-visually-hidden">
                {t('portal.wishes.formTitle')}
              </Heading>
              <WishesForm
                key={formKey}
                participantId={participant.id}
                current={data.current}
                audience="participant"
                prefix="own-wishes-"
                onSaved={(next) => {
                  setData(next);
                  setFormKey((k) => k + 1);
                  setSaved((k) => k + 1);
                }}
              />
            </section>
          ) : null}
          <WishVersions history={data.history} ownName={ownName} />
        </>
      ) : null}
      <PortalLinks current="wishes" />
    </div>
  );
}
