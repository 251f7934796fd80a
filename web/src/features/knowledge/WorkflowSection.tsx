/**
 * Stand wijzigen: only the moves the server allows for this person and this item (`allowed`), each a
 * button in words ("Publiceren"), with an optional note that goes into the history (asked for when
 * sending back). Archiving takes an item off the public site, so it asks first (WCAG 3.3.4).
 */
import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, ApiProblem } from '../../lib/api';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Notice } from '../../components/Notice';
import { TextareaField } from '../participants/ParticipantFields';
import { allowedMoves, type EditorialItem, type Move } from './knowledge';

export function WorkflowSection({
  item,
  dirty,
  onChanged,
}: {
  item: EditorialItem;
  dirty: boolean;
  onChanged: (next: EditorialItem, message: string) => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const moves = allowedMoves(item.allowed);
  // A contributor (no right to publish) who takes back their own item from review: "Terugnemen".
  const contributorWithdraws = !item.allowed.publish && item.status === 'inReview';
  const wordFor = (move: Move) => (move === 'sendBack' && contributorWithdraws ? 'withdraw' : move);

  const go = async (move: Move, to: EditorialItem['status']) => {
    setError(null);
    if (dirty) {
      setError(t('knowledge.workflow.unsaved'));
      return;
    }
    setBusy(true);
    try {
      const next = await api<EditorialItem>('POST', `/editorial/knowledge-items/${item.id}/status`, {
        to,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setNote('');
      onChanged(next, t(`knowledge.done.${wordFor(move)}` as MessageKey));
    } catch (e) {
      setError(e instanceof ApiProblem ? (e.code === 'network' ? t('error.network') : e.detail) : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="meedoen-section meedoen-knowledge-workflow" aria-labelledby="knowledge-workflow">
      <Heading level={2} id="knowledge-workflow">
        {t('knowledge.workflow.title')}
      </Heading>
      {moves.length === 0 ? (
        <Paragraph>
          {item.status === 'inReview' ? t('knowledge.workflow.waiting') : t('knowledge.workflow.none')}
        </Paragraph>
      ) : (
        <>
          {contributorWithdraws ? <Paragraph>{t('knowledge.workflow.waiting')}</Paragraph> : null}
          {error ? <Notice type="error">{error}</Notice> : null}
          <div className="meedoen-knowledge-note">
            <TextareaField
              id="knowledge-status-note"
              label={`${t('knowledge.workflow.note')} ${t('common.optional')}`}
              description={t('knowledge.workflow.noteDescription')}
              value={note}
              rows={2}
              onChange={setNote}
            />
          </div>
          <div className="meedoen-actions">
            {moves.map(({ move, to }) =>
              move === 'archive' ? (
                <ConfirmButton
                  key={move}
                  question={t('knowledge.move.archiveQuestion')}
                  confirmLabel={t('knowledge.move.archiveConfirm')}
                  onConfirm={() => void go(move, to)}
                >
                  {t('knowledge.move.archive')}
                </ConfirmButton>
              ) : (
                <Button
                  key={move}
                  appearance={
                    move === 'publish' || move === 'submit' ? 'primary-action-button' : 'secondary-action-button'
                  }
                  disabled={busy}
                  onClick={() => void go(move, to)}
                >
                  {t(`knowledge.move.${wordFor(move)}` as MessageKey)}
                </Button>
              ),
            )}
          </div>
        </>
      )}
    </section>
  );
}
