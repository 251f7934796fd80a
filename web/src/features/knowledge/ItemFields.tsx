/**
 * The content fields of a knowledge item, shared by "Nieuw item" and the item page. Ids are
 * `knowledge-<field>`, the first segment of the server's error pointer (`/authors/2` → authors), so
 * each field error from problem+json lands at its field and the error summary links to it. Three
 * groups under an h2 each: content, classification (the public facets), recognition and language.
 */
import { Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { SelectField, TextField } from '../../components/Fields';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { Approach } from '../../lib/types';
import { CheckboxGroupField, RadioGroupField, TextareaField } from '../participants/ParticipantFields';
import {
  EVIDENCE_LEVELS,
  KNOWLEDGE_DOMAINS,
  KNOWLEDGE_TARGET_GROUPS,
  KNOWLEDGE_THEMES,
  KNOWLEDGE_TYPES,
  LANGUAGE_LEVELS,
  type KnowledgeValues,
} from './knowledge';

export const FIELD_PREFIX = 'knowledge-';

export function ItemFields({
  values,
  onChange,
  error,
  approaches,
  isNew,
  disabled = false,
}: {
  values: KnowledgeValues;
  onChange: (next: KnowledgeValues) => void;
  error: (field: string) => string | undefined;
  approaches: Approach[];
  isNew: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const set =
    <K extends keyof KnowledgeValues>(key: K) =>
    (value: KnowledgeValues[K]) =>
      onChange({ ...values, [key]: value });
  const id = (field: keyof KnowledgeValues) => `${FIELD_PREFIX}${field}`;
  const optional = ` ${t('common.optional')}`;
  // Inactive approaches only when the item already has them (they stay visible and can be taken off).
  const approachOptions = approaches
    .filter((a) => a.active || values.approaches.includes(a.code))
    .map((a) => ({ value: a.code, label: a.name }));

  return (
    // Read-only (an archived item, or a published one for a contributor): the same fields, disabled.
    <fieldset className="meedoen-knowledge-fields" disabled={disabled}>
      <section className="meedoen-knowledge-group" aria-labelledby="knowledge-group-content">
        <Heading level={2} id="knowledge-group-content">
          {t('knowledge.form.sectionContent')}
        </Heading>
        <SelectField
          id={id('type')}
          label={t('knowledge.form.type')}
          value={values.type}
          error={error('type')}
          onChange={(v) => set('type')(v as KnowledgeValues['type'])}
          options={KNOWLEDGE_TYPES.map((k) => ({ value: k, label: t(`knowledge.type.${k}` as MessageKey) }))}
        />
        <TextField
          id={id('title')}
          label={t('knowledge.form.title')}
          value={values.title}
          error={error('title')}
          required
          onChange={set('title')}
        />
        <TextField
          id={id('slug')}
          label={`${t('knowledge.form.slug')}${isNew ? optional : ''}`}
          description={t(isNew ? 'knowledge.form.slugNewDescription' : 'knowledge.form.slugDescription')}
          value={values.slug}
          error={error('slug')}
          onChange={(v) => set('slug')(v.toLowerCase())}
        />
        <TextareaField
          id={id('summary')}
          label={t('knowledge.form.summary')}
          description={t('knowledge.form.summaryDescription')}
          value={values.summary}
          error={error('summary')}
          rows={3}
          onChange={set('summary')}
        />
        <TextareaField
          id={id('body')}
          label={t('knowledge.form.body')}
          description={t('knowledge.form.bodyDescription')}
          value={values.body}
          error={error('body')}
          rows={14}
          onChange={set('body')}
        />
        {values.type === 'video' ? (
          <TextField
            id={id('videoUrl')}
            label={t('knowledge.form.videoUrl')}
            description={t('knowledge.form.videoUrlDescription')}
            type="url"
            value={values.videoUrl}
            error={error('videoUrl')}
            onChange={set('videoUrl')}
          />
        ) : null}
        <div className="meedoen-knowledge-pair">
          <TextareaField
            id={id('authors')}
            label={`${t('knowledge.form.authors')}${optional}`}
            description={t('knowledge.form.authorsDescription')}
            value={values.authors}
            error={error('authors')}
            rows={3}
            onChange={set('authors')}
          />
          <TextareaField
            id={id('organisations')}
            label={`${t('knowledge.form.organisations')}${optional}`}
            description={t('knowledge.form.organisationsDescription')}
            value={values.organisations}
            error={error('organisations')}
            rows={3}
            onChange={set('organisations')}
          />
        </div>
        <TextField
          id={id('publishedOn')}
          label={`${t('knowledge.form.publishedOn')}${optional}`}
          description={t('knowledge.form.publishedOnDescription')}
          type="date"
          value={values.publishedOn}
          error={error('publishedOn')}
          onChange={set('publishedOn')}
        />
      </section>

      <section className="meedoen-knowledge-group" aria-labelledby="knowledge-group-facets">
        <Heading level={2} id="knowledge-group-facets">
          {t('knowledge.form.sectionFacets')}
        </Heading>
        <Paragraph>{t('knowledge.form.sectionFacetsIntro')}</Paragraph>
        <div className="meedoen-knowledge-checks meedoen-knowledge-checks--wide">
          <CheckboxGroupField
            id={id('themes')}
            legend={`${t('knowledge.form.themes')}${optional}`}
            value={values.themes}
            error={error('themes')}
            onChange={set('themes')}
            options={KNOWLEDGE_THEMES.map((k) => ({ value: k, label: t(`knowledge.theme.${k}` as MessageKey) }))}
          />
        </div>
        <div className="meedoen-knowledge-checks">
          <CheckboxGroupField
            id={id('domains')}
            legend={`${t('knowledge.form.domains')}${optional}`}
            value={values.domains}
            error={error('domains')}
            onChange={set('domains')}
            options={KNOWLEDGE_DOMAINS.map((k) => ({ value: k, label: t(`knowledge.domain.${k}` as MessageKey) }))}
          />
          <CheckboxGroupField
            id={id('targetGroups')}
            legend={`${t('knowledge.form.targetGroups')}${optional}`}
            value={values.targetGroups}
            error={error('targetGroups')}
            onChange={set('targetGroups')}
            options={KNOWLEDGE_TARGET_GROUPS.map((k) => ({
              value: k,
              label: t(`knowledge.targetGroup.${k}` as MessageKey),
            }))}
          />
          {approachOptions.length > 0 ? (
            <CheckboxGroupField
              id={id('approaches')}
              legend={`${t('knowledge.form.approaches')}${optional}`}
              description={t('knowledge.form.approachesDescription')}
              value={values.approaches}
              error={error('approaches')}
              onChange={set('approaches')}
              options={approachOptions}
            />
          ) : null}
        </div>
      </section>

      <section className="meedoen-knowledge-group" aria-labelledby="knowledge-group-evidence">
        <Heading level={2} id="knowledge-group-evidence">
          {t('knowledge.form.sectionEvidence')}
        </Heading>
        <SelectField
          id={id('evidenceLevel')}
          label={t('knowledge.form.evidenceLevel')}
          description={t('knowledge.form.evidenceLevelDescription')}
          value={values.evidenceLevel}
          error={error('evidenceLevel')}
          onChange={(v) => set('evidenceLevel')(v as KnowledgeValues['evidenceLevel'])}
          options={EVIDENCE_LEVELS.map((k) => ({ value: k, label: t(`knowledge.evidence.${k}` as MessageKey) }))}
        />
        {values.evidenceLevel !== 'notAssessed' ? (
          <Fieldset className="meedoen-knowledge-assessed">
            <FieldsetLegend className="meedoen-visually-hidden">{t('knowledge.form.evidenceLevel')}</FieldsetLegend>
            <TextField
              id={id('evidenceAssessedOn')}
              label={t('knowledge.form.evidenceAssessedOn')}
              type="date"
              value={values.evidenceAssessedOn}
              error={error('evidenceAssessedOn')}
              onChange={set('evidenceAssessedOn')}
            />
            <TextField
              id={id('evidenceAssessedBy')}
              label={t('knowledge.form.evidenceAssessedBy')}
              description={t('knowledge.form.evidenceAssessedByDescription')}
              value={values.evidenceAssessedBy}
              error={error('evidenceAssessedBy')}
              onChange={set('evidenceAssessedBy')}
            />
          </Fieldset>
        ) : null}
        <RadioGroupField
          id={id('languageLevel')}
          legend={t('knowledge.form.languageLevel')}
          description={t('knowledge.form.languageLevelDescription')}
          value={values.languageLevel || 'unknown'}
          error={error('languageLevel')}
          onChange={(v) => set('languageLevel')(v === 'unknown' ? '' : v)}
          options={[
            ...LANGUAGE_LEVELS.map((k) => ({ value: k, label: k })),
            { value: 'unknown' as const, label: t('knowledge.form.languageLevelUnknown') },
          ]}
        />
      </section>
    </fieldset>
  );
}
