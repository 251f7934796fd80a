import { useEffect, useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { api } from '../../lib/api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';

interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

/** Renders mail text with its links clickable (no HTML from the mail is interpreted). */
function MailText({ text }: { text: string }) {
  // A link ends at white space; a full stop, comma or bracket right after it belongs to the sentence.
  const parts = text.split(/(https?:\/\/[^\s]*[^\s.,;:!?)\]>'"])/g);
  return (
    <pre className="meedoen-mail">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} className="utrecht-link" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export function DevMailPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('devMail.title'));
  const [data, setData] = useState<{ transport: 'file' | 'smtp'; items: DevMail[] } | null>(null);
  useEffect(() => {
    void api<{ transport: 'file' | 'smtp'; items: DevMail[] }>('GET', '/dev-mails').then(setData);
  }, []);
  return (
    <>
      <Heading level={1}>{t('devMail.title')}</Heading>
      {data?.transport === 'smtp' ? (
        <Paragraph>{t('devMail.smtp')}</Paragraph>
      ) : (
        <Paragraph>{t('devMail.intro')}</Paragraph>
      )}
      {data && data.transport === 'file' && data.items.length === 0 ? (
        <Paragraph>{t('devMail.empty')}</Paragraph>
      ) : null}
      {data?.items.map((m) => (
        <article key={m.id} className="meedoen-card" aria-labelledby={`mail-${m.id}`}>
          <Heading level={2} id={`mail-${m.id}`}>
            {m.subject}
          </Heading>
          <Paragraph small>
            {t('devMail.to')}: {m.to} — {formatDateTime(m.createdAt, lang)}
          </Paragraph>
          <MailText text={m.text} />
        </article>
      ))}
    </>
  );
}
