/**
 * Bestanden (PDF): the item's files with size, pages and a download link, an upload (the file itself
 * as the body, Content-Type application/pdf, the name in ?fileName=) and delete. A refused file (too
 * large, not a PDF, protected with a password) shows the server's message at the file field, and
 * focus goes there (WCAG 3.3.1). Adding and deleting follow the same rule as editing (`allowed.edit`).
 */
import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, problemText } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Notice';
import { FileField } from '../imports/FileField';
import { uploadFile } from '../imports/uploadFile';
import { formatBytes, type EditorialItem, type KnowledgeFile } from './knowledge';
import '../imports/imports.css';

const FILE_ID = 'knowledge-file';

export function FilesSection({
  item,
  onChanged,
}: {
  item: EditorialItem;
  onChanged: (files: KnowledgeFile[], message: string) => void;
}) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A new input after each upload, so the chosen file's name does not linger in the control.
  const [inputKey, setInputKey] = useState(0);
  const listRef = useRef<HTMLHeadingElement>(null);

  const focusField = () => window.setTimeout(() => document.getElementById(FILE_ID)?.focus(), 0);

  const upload = async () => {
    setListError(null);
    if (!file) {
      setFieldError(t('knowledge.files.choose'));
      focusField();
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      // Always as a PDF: the server reads the bytes and says so when they are not one.
      const pdf = new File([file], file.name, { type: 'application/pdf' });
      const added = await uploadFile<KnowledgeFile>(
        `/editorial/knowledge-items/${item.id}/files?fileName=${encodeURIComponent(file.name.slice(0, 200))}`,
        pdf,
        { csrfToken: session?.csrfToken ?? null, language: lang },
      );
      setFile(null);
      setInputKey((k) => k + 1);
      onChanged([...item.files, added], t('knowledge.files.uploaded', { fileName: added.fileName }));
    } catch (error) {
      setFieldError(problemText(error, t));
      focusField();
    } finally {
      setBusy(false);
    }
  };

  const remove = async (f: KnowledgeFile) => {
    setListError(null);
    try {
      await api('DELETE', `/editorial/knowledge-items/${item.id}/files/${f.id}`);
      onChanged(
        item.files.filter((x) => x.id !== f.id),
        t('knowledge.files.deleted', { fileName: f.fileName }),
      );
      listRef.current?.focus();
    } catch (error) {
      setListError(problemText(error, t));
    }
  };

  return (
    <section className="meedoen-section" aria-labelledby="knowledge-files">
      <Heading level={2} id="knowledge-files" ref={listRef} tabIndex={-1}>
        {t('knowledge.files.title')}
      </Heading>
      <Paragraph>{t('knowledge.files.intro')}</Paragraph>
      {listError ? <Notice type="error">{listError}</Notice> : null}
      {item.files.length === 0 ? (
        <Paragraph>{t('knowledge.files.none')}</Paragraph>
      ) : (
        <ul className="meedoen-knowledge-files" aria-label={t('knowledge.files.listLabel')}>
          {item.files.map((f) => (
            <li key={f.id}>
              <a className="utrecht-link" href={f.href} type="application/pdf">
                {f.fileName}
              </a>
              <span className="meedoen-cell-note">
                {t('knowledge.files.meta', {
                  size: formatBytes(f.sizeBytes, lang),
                  pages: f.pageCount,
                  when: formatDateTime(f.uploadedAt, lang),
                })}
              </span>
              {item.allowed.edit ? (
                <ConfirmButton
                  appearance="subtle-button"
                  ariaLabel={t('knowledge.files.deleteLabel', { fileName: f.fileName })}
                  question={t('knowledge.files.deleteQuestion', { fileName: f.fileName })}
                  confirmLabel={t('knowledge.files.deleteConfirm')}
                  onConfirm={() => void remove(f)}
                >
                  {t('knowledge.files.delete')}
                </ConfirmButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {item.allowed.edit ? (
        <div className="meedoen-form meedoen-knowledge-upload">
          <FileField
            key={inputKey}
            id={FILE_ID}
            label={t('knowledge.files.file')}
            description={t('knowledge.files.fileDescription')}
            error={fieldError}
            accept="application/pdf,.pdf"
            onChange={(f) => {
              setFile(f);
              setFieldError(undefined);
            }}
          />
          <div className="meedoen-actions">
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void upload()}>
              {t('knowledge.files.upload')}
            </Button>
            <span role="status">{busy ? t('knowledge.files.busy') : ''}</span>
          </div>
        </div>
      ) : null}
    </section>
  );
}
