/** Geschiedenis: every status change of the item, newest first, with who, when and the note. */
import { Heading } from '@utrecht/component-library-react';
import { formatDateTime } from '../../lib/format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { KnowledgeEvent } from './knowledge';

export function HistorySection({ events }: { events: KnowledgeEvent[] }) {
  const { t, lang } = useI18n();
  const status = (s: KnowledgeEvent['toStatus']) => t(`knowledge.status.${s}` as MessageKey).toLowerCase();
  return (
    <section className="meedoen-section" aria-labelledby="knowledge-history">
      <Heading level={2} id="knowledge-history">
        {t('knowledge.history.title')}
      </Heading>
      <ol className="meedoen-history-list meedoen-knowledge-history">
        {events.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <strong>
              {e.fromStatus
                ? t('knowledge.history.changed', { from: status(e.fromStatus), to: status(e.toStatus) })
                : t('knowledge.history.created', { to: status(e.toStatus) })}
            </strong>
            <span className="meedoen-cell-note">
              {e.byName
                ? t('knowledge.history.byWhen', { when: formatDateTime(e.at, lang), name: e.byName })
                : t('knowledge.history.when', { when: formatDateTime(e.at, lang) })}
            </span>
            {e.note ? (
              <span className="meedoen-cell-note meedoen-multiline">
                {t('knowledge.history.note', { note: e.note })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
