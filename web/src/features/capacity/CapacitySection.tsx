/**
 * Mogelijkheden (FML) on the participant page, for professionals: what the participant said they can
 * and the latest professional assessment, item by item side by side per FML section, with the
 * differences said in words; a form to record a new assessment (only for those who may: `canAssess`
 * from the participant's permissions); every earlier assessment with its notes. It is health data
 * (category capacityHealth): the section says so, and says why another organisation's assessment or
 * its notes may not be shown (no consent).
 */
import { useState } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import type { CapacityProfile, FmlCatalogue } from '../../lib/types';
import { useI18n } from '../../i18n/i18n';
import { useApiData, useReferenceData } from '../../lib/useApiData';
import { CheckboxField } from '../../components/Fields';
import { Expander } from '../../components/Expander';
import { Notice } from '../../components/Notice';
import { useStatusMessage } from '../../components/useStatusMessage';
import { formatDate } from '../participants/dates';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory, AssessmentNotes, CapacityComparison, profileCounts, tCount } from './CapacityOverview';
import './capacity.css';

export function CapacitySection({
  participantId,
  name,
  canAssess,
  initial,
}: {
  participantId: string;
  /** The participant's given name. */
  name: string;
  canAssess: boolean;
  /** The profile as the participant page got it (`expand=capacity`; null: left out, not for this user); undefined: load it here. */
  initial?: CapacityProfile | null;
}) {
  const { t, lang } = useI18n();
  const catalogue = useReferenceData<FmlCatalogue>('/fml-sections');
  const profile = useApiData<CapacityProfile>(`/participants/${participantId}/capacity`, initial);
  const notice = useStatusMessage();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const error = catalogue.error ?? profile.error;
  if (error) {
    return <Notice type="error">{error}</Notice>;
  }
  if (profile.data === null || catalogue.data === null) {
    return <Paragraph>{t('capacity.professional.hidden', { name })}</Paragraph>;
  }
  if (profile.data === undefined || catalogue.data === undefined) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const cat = catalogue.data;
  const data = profile.data;
  const counts = profileCounts(data.assessments, cat);
  const { latestSelf, latestProfessional } = counts;
  return (
    <>
      <div className="meedoen-cap-intro">
        <Paragraph>{t('capacity.professional.intro', { name })}</Paragraph>
        <Paragraph small>
          <span className="meedoen-tag meedoen-cap-health-tag">{t('capacity.healthData')}</span>{' '}
          {t('capacity.professional.privacy', { name })}
        </Paragraph>
      </div>
      {notice.region}
      <DataList className="meedoen-data-list">
        <DataListItem>
          <DataListKey>{t('capacity.professional.summarySelf', { name })}</DataListKey>
          <DataListValue>
            {latestSelf
              ? tCount(t, 'capacity.professional.summaryCount', counts.self.size, {
                  date: formatDate(latestSelf.assessedOn, lang),
                })
              : t('capacity.professional.summarySelfNone', { name })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('capacity.professional.summaryProfessional')}</DataListKey>
          <DataListValue>
            {latestProfessional
              ? tCount(t, 'capacity.professional.summaryProfessionalCount', counts.professional.size, {
                  name: latestProfessional.recordedByName,
                  organisation: latestProfessional.organisationName ?? '',
                  date: formatDate(latestProfessional.assessedOn, lang),
                })
              : t('capacity.professional.summaryProfessionalNone')}
          </DataListValue>
        </DataListItem>
        {latestSelf && latestProfessional ? (
          <DataListItem>
            <DataListKey>{t('capacity.professional.summaryDifferences')}</DataListKey>
            <DataListValue>
              {counts.differences === 0
                ? t('capacity.professional.summaryNoDifferences')
                : tCount(t, 'capacity.professional.summaryDifferencesCount', counts.differences)}
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      <Paragraph small>{t('capacity.professional.consentRule', { name })}</Paragraph>

      {canAssess ? (
        <Expander id="cap-assess" label={t('capacity.professional.assess')}>
          {(close) => (
            <AssessmentForm
              participantId={participantId}
              name={name}
              catalogue={cat}
              profile={data}
              onSaved={(next) => {
                profile.setData(next);
                close();
                notice.show(t('capacity.professional.saved'));
              }}
              onCancel={close}
            />
          )}
        </Expander>
      ) : (
        <Paragraph>{t('capacity.professional.mayNotAssess', { name })}</Paragraph>
      )}

      {/* Without assessments the summary above already says that nothing is filled in. */}
      {data.assessments.length === 0 ? null : (
        <div className="meedoen-subsection">
          {counts.differences > 0 ? (
            <CheckboxField
              id="cap-only-differences"
              label={tCount(t, 'capacity.professional.onlyDifferences', counts.differences)}
              checked={onlyDifferences}
              onChange={setOnlyDifferences}
            />
          ) : null}
          <CapacityComparison
            catalogue={cat}
            assessments={data.assessments}
            audience="professional"
            name={name}
            onlyDifferences={onlyDifferences}
          />
          {latestProfessional ? (
            <div className="meedoen-subsection">
              <Paragraph>
                <strong>{t('capacity.professional.latestNotes')}</strong>
              </Paragraph>
              <AssessmentNotes assessment={latestProfessional} audience="professional" name={name} />
            </div>
          ) : null}
          <AssessmentHistory catalogue={cat} assessments={data.assessments} audience="professional" name={name} />
        </div>
      )}
    </>
  );
}
