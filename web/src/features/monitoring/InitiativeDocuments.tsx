/**
 * The documents of an initiative (project plan, agreements, interim reports) on its card: a list of
 * downloads for every reader, and for the programme's managers a file field to add one and a button to
 * remove one. The server decides whether a file may be kept (PDF or an office document, at most 20 MB) and
 * says why not; the message appears at the field, and focus goes there.
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';
import { api, problemText } from '../../lib/api';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useSession } from '../../app/session';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Notice';
import { FileField } from '../imports/FileField';
import { uploadFile } from '../imports/uploadFile';
import type { Initiative, InitiativeDocument } from './types';
import '../imports/imports.css';

export const DOCUMENT_ACCEPT =
  '.pdf,.docx,.xlsx,.pptx,.odt,.ods,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.presentationml.presentation,application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet';

export function InitiativeDocuments({
  initiative: i,
  manage,
  onChanged,
}: {
  initiative: Initiative;
  manage: boolean;
  onChanged: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const fieldId = `initiative-document-${i.id}`;
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const focusField = () => window.setTimeout(() => document.getElementById(fieldId)?.focus(), 0);

  const add = async () => {
    setListError(null);
    if (!file) {
      setFieldError(t('monitoring.documents.choose'));
      focusField();
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const added = await uploadFile<InitiativeDocument>(
        `/initiatives/${i.id}/documents?fileName=${encodeURIComponent(file.name.slice(0, 200))}`,
        new File([file], file.name, { type: 'application/octet-stream' }),
        { csrfToken: session?.csrfToken ?? null, language: lang },
      );
      setFile(null);
      setInputKey((k) => k + 1);
      onChanged(t('monitoring.documents.added', { fileName: added.fileName }));
    } catch (error) {
      setFieldError(problemText(error, t));
      focusField();
    } finally {
      setBusy(false);
    }
  };

  const remove = async (d: InitiativeDocument) => {
    setListError(null);
    try {
      await api('DELETE', d.href.replace(/^\/api\/v1/, ''));
      onChanged(t('monitoring.documents.removed', { fileName: d.fileName }));
    } catch (error) {
      setListError(problemText(error, t));
    }
  };

  return (
    <>
      <Heading level={4}>{t('monitoring.documents.title')}</Heading>
      {listError ? <Notice type="error">{listError}</Notice> : null}
      {i.documents.length === 0 ? (
        <Paragraph>{t('monitoring.documents.none')}</Paragraph>
      ) : (
        <ul className="meedoen-knowledge-files" aria-label={t('monitoring.documents.listLabel', { name: i.name })}>
          {i.documents.map((d) => (
            <li key={d.id}>
              <a className="utrecht-link" href={d.href} download>
                {d.fileName}
              </a>
              <span className="meedoen-cell-note">
                {t('monitoring.documents.meta', {
                  size: formatBytes(d.sizeBytes, lang),
                  when: formatDateTime(d.uploadedAt, lang),
                })}
              </span>
              {manage ? (
                <ConfirmButton
                  appearance="subtle-button"
                  ariaLabel={t('monitoring.documents.removeLabel', { fileName: d.fileName })}
                  question={t('monitoring.documents.removeQuestion', { fileName: d.fileName })}
                  confirmLabel={t('monitoring.documents.removeConfirm')}
                  onConfirm={() => void remove(d)}
                >
                  {t('monitoring.documents.remove')}
                </ConfirmButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <div className="meedoen-form meedoen-knowledge-upload">
          <FileField
            key={inputKey}
            id={fieldId}
            label={t('monitoring.documents.file')}
            description={t('monitoring.documents.fileDescription')}
            error={fieldError}
            accept={DOCUMENT_ACCEPT}
            onChange={(f) => {
              setFile(f);
              setFieldError(undefined);
            }}
          />
          <div className="meedoen-actions">
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void add()}>
              {t('monitoring.documents.add')}
            </Button>
            <span role="status">{busy ? t('monitoring.documents.busy') : ''}</span>
          </div>
        </div>
      ) : null}
    </>
  );
}
