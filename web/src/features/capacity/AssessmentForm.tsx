/**
 * A professional records an assessment of some FML items (not all 64: each section behind its own
 * button, every item starts at "not assessed"): the day, where it comes from (here, an FML report of
 * UWV, another report), who assessed, the chosen levels per item with "namelijk" where the list asks
 * for it, and notes, marked as health data. What the participant said themself is shown next to each
 * question. Checked before sending (at least one item, the required "namelijk"); the server's errors
 * land on the item they are about. Error summary with links (WCAG 3.3.1), labels on everything (3.3.2).
 */
import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { CAPACITY_SOURCES, type CapacityProfile, type CapacitySource, type FmlCatalogue } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import { todayInNl } from '../participants/dates';
import {
  answersOf,
  checkAnswers,
  chosenIn,
  fieldIdOf,
  itemIdOfField,
  latestAnswers,
  levelText,
  remapProblem,
  sectionsWithErrors,
  type AnswerValues,
  type LocalProblem,
} from './capacity';
import { assessedBy } from './CapacityOverview';
import { ItemField, type Audience } from './ItemField';
import { SectionDisclosure, useOpenSections } from './SectionDisclosure';

const PREFIX = 'cap-';

/**
 * The messages of the checks before sending, per field. A message repeats the field's label (which
 * names the item), so the error summary says which question it is about without adding the label twice.
 */
export function localMessages(
  problems: Record<string, LocalProblem>,
  catalogue: FmlCatalogue,
  audience: Audience,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): Record<string, string> {
  const items = catalogue.sections.flatMap((s) => s.items);
  return Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => {
      const item = items.find((i) => i.id === itemIdOfField(field));
      const name = item ? (audience === 'professional' ? `${item.id} ${item.name}` : item.name) : '';
      const message =
        problem === 'qualifierRequired'
          ? t(`capacity.${audience}.errorQualifier`, { item: name })
          : problem === 'noItems'
            ? t(`capacity.${audience}.errorNoItems`)
            : t('capacity.error.dateRequired');
      return [field, message];
    }),
  );
}

export function AssessmentForm({
  participantId,
  name,
  catalogue,
  profile,
  onSaved,
  onCancel,
}: {
  participantId: string;
  name: string;
  catalogue: FmlCatalogue;
  profile: CapacityProfile;
  onSaved: (profile: CapacityProfile) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const form = useForm(PREFIX);
  const [assessedOn, setAssessedOn] = useState(todayInNl());
  const [source, setSource] = useState<CapacitySource>('meedoen');
  const [assessor, setAssessor] = useState('');
  const [notes, setNotes] = useState('');
  const [values, setValues] = useState<AnswerValues>({});
  const withErrors = sectionsWithErrors(Object.keys(form.errors), catalogue);
  const sections = useOpenSections(withErrors, form.focusKey);
  const own = latestAnswers(profile.assessments, 'self');
  const chosen = answersOf(values, catalogue).length;
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form meedoen-cap-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const local = localMessages(
            { ...checkAnswers(values, catalogue), ...(assessedOn ? {} : { assessedOn: 'dateRequired' as const }) },
            catalogue,
            'professional',
            t,
          );
          const answers = answersOf(values, catalogue);
          void form.submit(async () => {
            try {
              onSaved(
                await api<CapacityProfile>('POST', `/participants/${participantId}/capacity/assessments`, {
                  assessedOn,
                  source,
                  assessor: assessor.trim() || null,
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
        <Fieldset className="meedoen-field-group">
          <FieldsetLegend>{t('capacity.form.aboutTitle')}</FieldsetLegend>
          <TextField
            id={`${PREFIX}assessedOn`}
            label={t('capacity.form.assessedOn')}
            type="date"
            value={assessedOn}
            onChange={setAssessedOn}
            error={form.error('assessedOn')}
          />
          <RadioGroupField
            id={`${PREFIX}source`}
            legend={t('capacity.form.source')}
            value={source}
            onChange={setSource}
            options={CAPACITY_SOURCES.map((s) => ({ value: s, label: t(`capacity.source.${s}`) }))}
            error={form.error('source')}
          />
          <TextField
            id={`${PREFIX}assessor`}
            label={`${t('capacity.form.assessor')} ${t('common.optional')}`}
            description={t('capacity.form.assessorHint')}
            value={assessor}
            onChange={setAssessor}
            error={form.error('assessor')}
          />
        </Fieldset>

        <Fieldset
          className="meedoen-field-group"
          invalid={Boolean(form.error('answers'))}
          aria-describedby={form.error('answers') ? `${PREFIX}answers-error` : `${PREFIX}answers-description`}
        >
          <FieldsetLegend>{t('capacity.form.itemsTitle', { count: chosen })}</FieldsetLegend>
          <p className="utrecht-form-field-description" id={`${PREFIX}answers-description`}>
            {t('capacity.form.itemsHint', { name })}
          </p>
          {form.error('answers') ? (
            <p className="utrecht-form-field-error-message" id={`${PREFIX}answers-error`}>
              {form.error('answers')}
            </p>
          ) : null}
          {catalogue.sections.map((section, index) => {
            const count = chosenIn(section, values);
            return (
              <SectionDisclosure
                key={section.id}
                // The first button carries the id of "choose at least one item", so the summary's link lands here.
                id={index === 0 ? `${PREFIX}answers` : `${PREFIX}section-${section.id}`}
                label={t('capacity.sectionTitle', { id: section.id, name: section.name })}
                count={t('capacity.form.sectionCount', { count, total: section.items.length })}
                open={sections.isOpen(section.id)}
                onToggle={() => sections.toggle(section.id)}
              >
                <Fieldset className="meedoen-cap-section-fields">
                  <FieldsetLegend className="meedoen-visually-hidden">
                    {t('capacity.sectionTitle', { id: section.id, name: section.name })}
                  </FieldsetLegend>
                  {section.items.map((item) => {
                    const mine = own.get(item.id);
                    const fid = fieldIdOf(item.id);
                    return (
                      <ItemField
                        key={item.id}
                        prefix={PREFIX}
                        item={item}
                        audience="professional"
                        value={values[item.id]}
                        onChange={(next) => setValues({ ...values, [item.id]: next })}
                        error={form.error(`item-${fid}`)}
                        qualifierError={form.error(`qualifier-${fid}`)}
                        context={
                          mine ? (
                            <>
                              <strong>{t('capacity.professional.selfColumn', { name })}:</strong>{' '}
                              {levelText(item, mine.answer.levels)}
                              {mine.answer.qualifier
                                ? ` — ${t('capacity.namely', { text: mine.answer.qualifier })}`
                                : ''}{' '}
                              <span className="meedoen-cap-context__meta">
                                ({assessedBy(mine.assessment, t, lang)})
                              </span>
                            </>
                          ) : null
                        }
                      />
                    );
                  })}
                </Fieldset>
              </SectionDisclosure>
            );
          })}
        </Fieldset>

        <TextareaField
          id={`${PREFIX}notes`}
          label={
            <>
              {t('capacity.form.notes')} {t('common.optional')}{' '}
              <span className="meedoen-tag">{t('capacity.healthData')}</span>
            </>
          }
          description={t('capacity.form.notesHint', { name })}
          rows={4}
          value={notes}
          onChange={setNotes}
          error={form.error('notes')}
        />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('capacity.form.save')}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
