/**
 * Nieuw kennisitem (`/redactie/nieuw`): the content form; "Item aanmaken" stores it as a draft and
 * goes to the item's own page, where files, the workflow and versions are. Someone with editing rights
 * at several organisations chooses which one the item belongs to (colleagues there may edit it too).
 */
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useApproaches } from '../participants/useReference';
import { FIELD_PREFIX, ItemFields } from './ItemFields';
import { contentBody, EDITORIAL_ROLES, EMPTY_VALUES, type EditorialItem, type KnowledgeValues } from './knowledge';

export function NewItemPage() {
  const { t } = useI18n();
  usePageTitle(t('knowledge.form.newTitle'));
  const { session } = useSession();
  const navigate = useNavigate();
  const approaches = useApproaches();
  const form = useForm(FIELD_PREFIX);
  const [values, setValues] = useState<KnowledgeValues>(EMPTY_VALUES);
  // A knowledge editor may write for any organisation; the item then belongs to their own.
  const organisations = [
    ...new Map(
      (session?.user.memberships ?? [])
        .filter((m) => (EDITORIAL_ROLES as readonly string[]).includes(m.role))
        .map((m) => [m.organisationId, m.organisationName]),
    ),
  ].map(([id, name]) => ({ value: id, label: name }));
  const [organisationId, setOrganisationId] = useState(organisations[0]?.value ?? '');

  return (
    <>
      <p>
        <RouterLink to="/redactie" className="utrecht-link meedoen-back">
          {t('knowledge.form.backToList')}
        </RouterLink>
      </p>
      <Heading level={1}>{t('knowledge.form.newTitle')}</Heading>
      <Paragraph>{t('knowledge.form.newIntro')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <form
        className="meedoen-form meedoen-knowledge-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async () => {
            const created = await api<EditorialItem>('POST', '/editorial/knowledge-items', {
              ...contentBody(values),
              ...(organisations.length > 1 && organisationId ? { organisationId } : {}),
            });
            void navigate(`/redactie/${created.id}`, { state: { created: true } });
          });
        }}
      >
        {organisations.length > 1 ? (
          <SelectField
            id={`${FIELD_PREFIX}organisationId`}
            label={t('knowledge.form.organisation')}
            description={t('knowledge.form.organisationDescription')}
            value={organisationId}
            error={form.error('organisationId')}
            onChange={setOrganisationId}
            options={organisations}
          />
        ) : null}
        <ItemFields values={values} onChange={setValues} error={form.error} approaches={approaches} isNew />
        <div className="meedoen-actions">
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('knowledge.form.create')}
          </Button>
          <RouterLink to="/redactie" className="utrecht-link">
            {t('common.cancel')}
          </RouterLink>
        </div>
      </form>
    </>
  );
}
