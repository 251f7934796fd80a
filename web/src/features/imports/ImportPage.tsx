/**
 * Importeren uit een spreadsheet, step 1: what the file holds (participants, trajectories or jobs, in
 * that order), example files to start from, and the file itself. After the upload the import has its
 * own page (ImportDetailPage) for step 2 (columns) and step 3 (check and save). Below: the earlier
 * imports of the user's organisation(s), each linking to its result.
 *
 * WCAG: one h2 per step (1.3.1, 2.4.6); the error summary takes focus after a failed upload (3.3.1);
 * the template links say what they download (2.4.4).
 */
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem, type FieldProblem } from '../../lib/api';
import { IMPORT_KINDS, type ImportKind, type ImportView } from '../../lib/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/Fields';
import { useForm } from '../../components/useForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { RadioGroupField } from '../participants/ParticipantFields';
import { registeringOrganisations } from '../participants/RegisterParticipantPage';
import { FileField } from './FileField';
import { ImportList } from './ImportList';
import { isSpreadsheetName } from './imports';
import { uploadFile } from './uploadFile';
import { kindFromSlug } from './words';
import './imports.css';

/**
 * The upload's problems, at the field they are about: the file's own problems (unreadable, empty,
 * too large) have no pointer of their own, so they go to the file input.
 */
function atFields(error: unknown): unknown {
  if (!(error instanceof ApiProblem) || (error.status !== 400 && error.status !== 413)) {
    return error;
  }
  const own = (p: string) => p === '/kind' || p === '/organisationId';
  const errors: FieldProblem[] =
    error.errors.length > 0
      ? error.errors.map((e) => (own(e.location.pointer) ? e : { ...e, location: { pointer: '/file' } }))
      : [{ in: 'body', location: { pointer: '/file' }, code: error.code, detail: error.detail }];
  return new ApiProblem(error.status, error.code, error.title, error.detail, errors);
}

function Templates() {
  const { t } = useI18n();
  return (
    <div className="meedoen-import-templates-box">
      <Heading level={3}>{t('import.templates.title')}</Heading>
      <Paragraph>{t('import.templates.intro')}</Paragraph>
      <ul className="meedoen-import-templates">
        {IMPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span className="meedoen-import-templates__kind">{t(`import.kind.${kind}` as MessageKey)}</span>
            <a className="utrecht-link" href={`/api/v1/import-templates/${kind}/xlsx`} download>
              {t(`import.templates.xlsx.${kind}` as MessageKey)}
            </a>
            <a className="utrecht-link" href={`/api/v1/import-templates/${kind}/csv`} download>
              {t(`import.templates.csv.${kind}` as MessageKey)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ImportPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('import.title'));
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<ImportKind | ''>(kindFromSlug(params.get('soort')));
  const [file, setFile] = useState<File | null>(null);
  const organisations = registeringOrganisations(session?.user.memberships ?? []);
  const [organisationId, setOrganisationId] = useState(organisations.length === 1 ? organisations[0]!.id : '');
  const form = useForm('upload-');
  const notice = useStatusMessage();

  // "Weggegooid" once, right after throwing an import away (not again after a reload).
  const discarded = (location.state as { discarded?: string } | null)?.discarded;
  useEffect(() => {
    if (discarded) {
      notice.show(t('import.discarded', { fileName: discarded }), { focus: true });
      void navigate(location.pathname + location.search, { replace: true, state: null });
    }
  }, [discarded]);

  // A link such as "Trajecten importeren" after saving participants chooses the kind.
  useEffect(() => {
    const preset = kindFromSlug(params.get('soort'));
    if (preset) {
      setKind(preset);
    }
  }, [params]);

  const localErrors = (): Record<string, string> => ({
    ...(organisations.length > 1 && !organisationId ? { organisationId: t('import.upload.organisationRequired') } : {}),
    ...(kind ? {} : { kind: t('import.upload.kindRequired') }),
    ...(!file
      ? { file: t('import.upload.fileRequired') }
      : !isSpreadsheetName(file.name)
        ? { file: t('import.upload.fileType') }
        : file.size === 0
          ? { file: t('import.upload.fileEmpty') }
          : {}),
  });

  return (
    <>
      <Heading level={1}>{t('import.title')}</Heading>
      <Paragraph lead>{t('import.intro')}</Paragraph>
      <ol className="meedoen-import-steps" aria-label={t('import.steps.label')}>
        <li>{t('import.steps.one')}</li>
        <li>{t('import.steps.two')}</li>
        <li>{t('import.steps.three')}</li>
      </ol>
      {notice.region}

      <section className="meedoen-section" aria-labelledby="import-step-1">
        <Heading level={2} id="import-step-1">
          {t('import.step1.title')}
        </Heading>
        <Paragraph>{t('import.step1.order')}</Paragraph>
        <Paragraph>{t('import.step1.matching')}</Paragraph>
        <Templates />
        <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
        <form
          className="meedoen-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void form.submit(async () => {
              if (!file || !kind) {
                return;
              }
              const query = new URLSearchParams({ kind, fileName: file.name.slice(-255) });
              if (organisationId && organisations.length > 1) {
                query.set('organisationId', organisationId);
              }
              let created: ImportView;
              try {
                created = await uploadFile<ImportView>(`/imports?${query.toString()}`, file, {
                  csrfToken: session?.csrfToken ?? null,
                  language: lang,
                });
              } catch (error) {
                throw atFields(error);
              }
              void navigate(`/deelnemers/importeren/${created.id}`, { state: { uploaded: true } });
            }, localErrors());
          }}
        >
          {organisations.length > 1 ? (
            <SelectField
              id="upload-organisationId"
              label={t('import.upload.organisation')}
              value={organisationId}
              onChange={setOrganisationId}
              placeholder={t('common.choose')}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              error={form.error('organisationId')}
            />
          ) : null}
          <RadioGroupField
            id="upload-kind"
            legend={t('import.upload.kind')}
            value={kind}
            onChange={setKind}
            options={IMPORT_KINDS.map((k) => ({
              value: k,
              label: t(`import.kind.${k}` as MessageKey),
              description: t(`import.kind.${k}.explain` as MessageKey),
            }))}
            error={form.error('kind')}
          />
          <FileField
            id="upload-file"
            label={t('import.upload.file')}
            description={t('import.upload.fileHint')}
            accept=".csv,.xlsx"
            onChange={setFile}
            error={form.error('file')}
          />
          <div className="meedoen-actions">
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('import.upload.submit')}
            </Button>
            <RouterLink to="/deelnemers" className="utrecht-link">
              {t('import.backToCaseload')}
            </RouterLink>
          </div>
          <div role="status" className="meedoen-import-busy">
            {form.busy ? <Paragraph>{t('import.upload.busy')}</Paragraph> : null}
          </div>
        </form>
      </section>

      <ImportList />
    </>
  );
}
