/**
 * Wat ik kan: the participant says in their own words what they can do and where work has to take
 * account of them (a self-assessment on the FML), in B1. One short explanation per part of the list,
 * each part behind a big button; per question the list's own answers, with "skip" first, so nothing
 * has to be filled in. The form starts from their own latest answers; next to each question, what
 * their professional filled in, when the server shows it. Saving makes a new version (nothing is
 * overwritten); the earlier versions are listed. Read-aloud as on the other portal pages.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import type { CapacityProfile, FmlCatalogue } from '../../lib/types';
import '../participants/participants.css';
import '../portal/portal.css';
import './capacity.css';
import { useI18n } from '../../i18n/i18n';
import { useApiData, useReferenceData } from '../../lib/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, todayInNl } from '../participants/dates';
import { PortalLinks } from '../portal/PortalLinks';
import { ReadAloud } from '../portal/ReadAloud';
import { useOwnParticipant } from '../portal/useOwnParticipant';
import { TextareaField } from '../participants/ParticipantFields';
import {
  answersOf,
  checkAnswers,
  chosenIn,
  differenceOf,
  fieldIdOf,
  latestAnswers,
  levelText,
  newestFirst,
  remapProblem,
  sectionsWithErrors,
  valuesFrom,
  type AnswerValues,
} from './capacity';
import { localMessages } from './AssessmentForm';
import { AssessmentHistory, CapacityComparison, assessedBy, tCount } from './CapacityOverview';
import { ItemField } from './ItemField';
import { SectionDisclosure, useOpenSections } from './SectionDisclosure';

const PREFIX = 'own-cap-';

function OwnCapacityForm({
  participantId,
  catalogue,
  profile,
  onSaved,
}: {
  participantId: string;
  catalogue: FmlCatalogue;
  profile: CapacityProfile;
  onSaved: (next: CapacityProfile) => void;
}) {
  const { t, lang } = useI18n();
  const form = useForm(PREFIX);
  const [values, setValues] = useState<AnswerValues>(() => valuesFrom(latestAnswers(profile.assessments, 'self')));
  const [notes, setNotes] = useState('');
  const professional = latestAnswers(profile.assessments, 'professional');
  const withErrors = sectionsWithErrors(Object.keys(form.errors), catalogue);
  const sections = useOpenSections(withErrors, form.focusKey);
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form meedoen-cap-form meedoen-cap-form--own"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const local = localMessages(checkAnswers(values, catalogue), catalogue, 'participant', t);
          const answers = answersOf(values, catalogue);
          void form.submit(async () => {
            try {
              onSaved(
                await api<CapacityProfile>('POST', `/participants/${participantId}/capacity/assessments`, {
                  assessedOn: todayInNl(),
                  notes: notes.trim() || null,
                  answers,
                }),
              );
            } catch (error) {
              throw remapProblem(error, answers);
            }
          }, local);
        }}
      >
        <Paragraph>{t('capacity.participant.howTo')}</Paragraph>
        {form.error('answers') ? (
          <p className="utrecht-form-field-error-message" id={`${PREFIX}answers-error`}>
            {form.error('answers')}
          </p>
        ) : null}
        {catalogue.sections.map((section, index) => (
          <SectionDisclosure
            key={section.id}
            id={index === 0 ? `${PREFIX}answers` : `${PREFIX}section-${section.id}`}
            label={t(`capacity.section.${section.id}.plain`)}
            count={t('capacity.participant.sectionCount', {
              count: chosenIn(section, values),
              total: section.items.length,
            })}
            open={sections.isOpen(section.id)}
            onToggle={() => sections.toggle(section.id)}
          >
            <Paragraph>{t(`capacity.section.${section.id}.explain`)}</Paragraph>
            <Paragraph small>{t('capacity.participant.fmlName', { name: section.name })}</Paragraph>
            <fieldset className="meedoen-cap-plain-fieldset">
              <legend className="meedoen-visually-hidden">{t(`capacity.section.${section.id}.plain`)}</legend>
              {section.items.map((item) => {
                const theirs = professional.get(item.id);
                const fid = fieldIdOf(item.id);
                const d = differenceOf(item, values[item.id]?.levels, theirs?.answer.levels);
                return (
                  <ItemField
                    key={item.id}
                    prefix={PREFIX}
                    item={item}
                    audience="participant"
                    value={values[item.id]}
                    onChange={(next) => setValues({ ...values, [item.id]: next })}
                    error={form.error(`item-${fid}`)}
                    qualifierError={form.error(`qualifier-${fid}`)}
                    context={
                      theirs ? (
                        <>
                          <strong>{t('capacity.participant.professionalColumn')}:</strong>{' '}
                          {levelText(item, theirs.answer.levels)}
                          {theirs.answer.qualifier
                            ? ` — ${t('capacity.namely', { text: theirs.answer.qualifier })}`
                            : ''}{' '}
                          <span className="meedoen-cap-context__meta">({assessedBy(theirs.assessment, t, lang)})</span>
                          {d !== 'none' && d !== 'same' ? (
                            <span className="meedoen-cap-context__differs">
                              <span aria-hidden="true">≠ </span>
                              {t('capacity.participant.differsFromYours')}
                            </span>
                          ) : null}
                        </>
                      ) : null
                    }
                  />
                );
              })}
            </fieldset>
          </SectionDisclosure>
        ))}
        <TextareaField
          id={`${PREFIX}notes`}
          label={`${t('capacity.participant.notes')} ${t('common.optional')}`}
          description={t('capacity.participant.notesHint')}
          rows={3}
          value={notes}
          onChange={setNotes}
          error={form.error('notes')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('capacity.participant.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

export function OwnCapacityPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('capacity.portal.title'));
  const { participant, missing, loadError } = useOwnParticipant();
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const profile = useApiData<CapacityProfile>(
    participant?.permissions.readCapacity ? `/participants/${participant.id}/capacity` : null,
  );
  const [saved, setSaved] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved > 0) {
      messageRef.current?.focus();
    }
  }, [saved]);
  useEffect(() => setSaved(0), [lang]);
  const error = loadError ?? catalogue.error ?? profile.error;
  const cat = catalogue.data;
  const data = profile.data;
  const mayRead = participant?.permissions.readCapacity ?? true;
  let content = null;
  if (participant && cat && data) {
    const own = latestAnswers(data.assessments, 'self');
    const lastOwn = newestFirst(data.assessments).find((a) => a.kind === 'self');
    const professionalCount = latestAnswers(data.assessments, 'professional').size;
    content = (
      <>
        <div ref={messageRef} tabIndex={-1} className="meedoen-focus-target meedoen-cap-saved">
          {saved > 0 ? <Notice type="ok">{t('capacity.portal.saved')}</Notice> : null}
        </div>
        <section aria-labelledby="own-cap-status" className="meedoen-section meedoen-portal-card">
          <Heading level={2} id="own-cap-status">
            {t('capacity.portal.statusTitle')}
          </Heading>
          <ul className="meedoen-plain-list">
            <li>
              {lastOwn
                ? tCount(t, 'capacity.portal.ownCount', own.size, { date: formatDate(lastOwn.assessedOn, lang) })
                : t('capacity.portal.ownNone')}
            </li>
            <li>
              {professionalCount > 0
                ? tCount(t, 'capacity.portal.professionalCount', professionalCount)
                : t('capacity.portal.professionalNone')}
            </li>
          </ul>
        </section>
        {participant.permissions.assessCapacity ? (
          <section aria-labelledby="own-cap-form" className="meedoen-section meedoen-cap-card">
            <Heading level={2} id="own-cap-form">
              {t('capacity.portal.formTitle')}
            </Heading>
            <OwnCapacityForm
              key={formKey}
              participantId={participant.id}
              catalogue={cat}
              profile={data}
              onSaved={(next) => {
                profile.setData(next);
                setFormKey((k) => k + 1);
                setSaved((k) => k + 1);
              }}
            />
          </section>
        ) : (
          <section aria-labelledby="own-cap-answers" className="meedoen-section">
            <Heading level={2} id="own-cap-answers">
              {t('capacity.portal.answersTitle')}
            </Heading>
            <CapacityComparison
              catalogue={cat}
              assessments={data.assessments}
              audience="participant"
              name={participant.givenName}
            />
          </section>
        )}
        <AssessmentHistory
          catalogue={cat}
          assessments={data.assessments}
          audience="participant"
          name={participant.givenName}
          headingLevel={2}
        />
      </>
    );
  }
  return (
    <div className="meedoen-portal">
      <Heading level={1}>{t('capacity.portal.title')}</Heading>
      <ReadAloud />
      <div className="meedoen-cap-intro">
        <Paragraph lead>{t('capacity.portal.intro')}</Paragraph>
        <Paragraph>{t('capacity.portal.fml')}</Paragraph>
        <Paragraph>{t('capacity.portal.privacy')}</Paragraph>
      </div>
      {error ? <Notice type="error">{error}</Notice> : null}
      {missing ? <Paragraph>{t('portal.noRecord')}</Paragraph> : null}
      {!mayRead ? <Paragraph>{t('capacity.portal.notAvailable')}</Paragraph> : null}
      {!missing && !error && !content && mayRead ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {content}
      <PortalLinks current="capacity" />
    </div>
  );
}
