/**
 * Procesevaluatie (`/monitoring/initiatieven/:id/procesevaluatie`): an initiative's own questions and
 * checklist items, grouped by building block, each with its newest answer and the earlier ones; the rounds
 * in which they were discussed; a form to record a new round (programme managers of the programme's
 * organisation and evaluators) and to add, start or archive questions (the programme's managers).
 * Documentation of what was agreed, not a survey: a round is one record of one conversation.
 */
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { useApiData } from '../../lib/useApiData';
import { SelectField, TextField } from '../../components/Fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Expander } from '../../components/Expander';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { usePageTitle } from '../../components/usePageTitle';
import { useStatusMessage } from '../../components/useStatusMessage';
import { TextareaField } from '../participants/ParticipantFields';
import { formatDay, MonitoringNav } from './common';
import { usePointerForm } from './forms';
import { todayInNl } from './query';
import {
  ANSWER_STATUSES,
  BUILDING_BLOCKS,
  type AnswerStatus,
  type BuildingBlock,
  type Initiative,
  type ProcessEvaluation,
  type ProcessQuestion,
} from './types';

/** Each question's answers, newest round first (rounds arrive newest first). */
export function answersByQuestion(evaluation: ProcessEvaluation) {
  const out = new Map<
    string,
    { roundId: string; heldOn: string; title: string; status: AnswerStatus | null; note: string | null }[]
  >();
  for (const round of evaluation.rounds) {
    for (const a of round.answers) {
      out.set(a.questionId, [
        ...(out.get(a.questionId) ?? []),
        { roundId: round.id, heldOn: round.heldOn, title: round.title, status: a.status, note: a.note },
      ]);
    }
  }
  return out;
}

/** The questions grouped by building block in the seed's order; questions without a block come last. */
export function groupByBlock(questions: readonly ProcessQuestion[]): [BuildingBlock | null, ProcessQuestion[]][] {
  const groups: [BuildingBlock | null, ProcessQuestion[]][] = [];
  for (const block of [...BUILDING_BLOCKS, null]) {
    const qs = questions.filter((q) => q.buildingBlock === block);
    if (qs.length > 0) {
      groups.push([block, qs]);
    }
  }
  return groups;
}

interface Draft {
  status: string;
  note: string;
}

/**
 * The body of a new round: only the questions that were discussed (a status or a note), in list order,
 * and for each answer the question it belongs to (to put the API's `/answers/3/status` at its question).
 */
export function roundBody(
  questions: readonly ProcessQuestion[],
  drafts: Record<string, Draft>,
): { answers: { questionId: string; status?: AnswerStatus; note?: string }[]; order: string[] } {
  const answers: { questionId: string; status?: AnswerStatus; note?: string }[] = [];
  const order: string[] = [];
  for (const q of questions) {
    const d = drafts[q.id];
    if (!d || (!d.status && !d.note.trim())) {
      continue;
    }
    answers.push({
      questionId: q.id,
      ...(d.status ? { status: d.status as AnswerStatus } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    });
    order.push(q.id);
  }
  return { answers, order };
}

function RoundForm({
  initiativeId,
  questions,
  onSaved,
  onCancel,
}: {
  initiativeId: string;
  questions: ProcessQuestion[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = usePointerForm('round-');
  const [heldOn, setHeldOn] = useState(todayInNl());
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState('');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [order, setOrder] = useState<string[]>([]);
  const draft = (id: string): Draft => drafts[id] ?? { status: '', note: '' };
  const setDraft = (id: string, change: Partial<Draft>) => setDrafts({ ...drafts, [id]: { ...draft(id), ...change } });
  // The API's pointer `/answers/<n>/<field>` belongs to the n-th answer sent: its question.
  const answerError = (questionId: string, name: 'status' | 'note' | 'questionId') => {
    const n = order.indexOf(questionId);
    return n < 0 ? undefined : form.error(`answers-${n}-${name}`);
  };
  const save = async () => {
    const body = roundBody(questions, drafts);
    setOrder(body.order);
    const local: Record<string, string> = {};
    if (!title.trim()) {
      local.title = t('monitoring.form.required');
    }
    if (!heldOn) {
      local.heldOn = t('monitoring.form.required');
    }
    const ok = await form.submit(async () => {
      await api('POST', `/initiatives/${initiativeId}/process-rounds`, {
        heldOn,
        title: title.trim(),
        participants: participants.trim() || null,
        answers: body.answers,
      });
    }, local);
    if (ok) {
      onSaved();
    }
  };
  return (
    <form
      className="meedoen-form"
      aria-labelledby="round-title-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Heading level={3} id="round-title-heading">
        {t('monitoring.process.newRound')}
      </Heading>
      <Paragraph>{t('monitoring.process.newRoundHelp')}</Paragraph>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextField
        id="round-heldOn"
        type="date"
        label={t('monitoring.process.heldOn')}
        value={heldOn}
        error={form.error('heldOn')}
        onChange={setHeldOn}
      />
      <TextField
        id="round-title"
        label={t('monitoring.process.roundTitle')}
        description={t('monitoring.process.roundTitleHelp')}
        value={title}
        error={form.error('title')}
        onChange={setTitle}
      />
      <TextareaField
        id="round-participants"
        label={t('monitoring.process.participants')}
        description={t('monitoring.process.participantsHelp')}
        value={participants}
        error={form.error('participants')}
        onChange={setParticipants}
      />
      {form.error('answers') ? <Notice type="error">{form.error('answers')}</Notice> : null}
      {questions.map((q, i) => (
        <div key={q.id} role="group" className="meedoen-monitoring-item" aria-labelledby={`round-q-${q.id}`}>
          <p id={`round-q-${q.id}`} className="meedoen-monitoring-question">
            {i + 1}. {q.text}
          </p>
          {q.help ? <Paragraph small>{q.help}</Paragraph> : null}
          {answerError(q.id, 'questionId') ? <Notice type="error">{answerError(q.id, 'questionId')}</Notice> : null}
          {q.kind === 'checklist' ? (
            <SelectField
              id={`round-answers-${q.id}-status`}
              label={t('monitoring.process.statusFor', { number: i + 1 })}
              value={draft(q.id).status}
              placeholder={t('monitoring.process.notDiscussed')}
              error={answerError(q.id, 'status')}
              onChange={(v) => setDraft(q.id, { status: v })}
              options={ANSWER_STATUSES.map((s) => ({
                value: s,
                label: t(`monitoring.process.status.${s}` as MessageKey),
              }))}
            />
          ) : null}
          <TextareaField
            id={`round-answers-${q.id}-note`}
            label={t(q.kind === 'open' ? 'monitoring.process.answerFor' : 'monitoring.process.noteFor', {
              number: i + 1,
            })}
            value={draft(q.id).note}
            error={answerError(q.id, 'note') ?? (q.kind === 'open' ? answerError(q.id, 'status') : undefined)}
            onChange={(v) => setDraft(q.id, { note: v })}
          />
        </div>
      ))}
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('monitoring.process.saveRound')}
      </Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </form>
  );
}

function QuestionForm({
  initiativeId,
  onSaved,
  onCancel,
}: {
  initiativeId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = usePointerForm('question-');
  const [text, setText] = useState('');
  const [help, setHelp] = useState('');
  const [kind, setKind] = useState<'checklist' | 'open'>('checklist');
  const [block, setBlock] = useState('');
  return (
    <form
      className="meedoen-form"
      aria-label={t('monitoring.process.addQuestion')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const local: Record<string, string> = text.trim() ? {} : { text: t('monitoring.form.required') };
        void form
          .submit(async () => {
            await api('POST', `/initiatives/${initiativeId}/process-questions`, {
              text: text.trim(),
              help: help.trim() || null,
              kind,
              buildingBlock: block || null,
            });
          }, local)
          .then((ok) => ok && onSaved());
      }}
    >
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      <TextField
        id="question-text"
        label={t('monitoring.process.questionText')}
        value={text}
        error={form.error('text')}
        onChange={setText}
      />
      <TextareaField
        id="question-help"
        label={t('monitoring.process.questionHelp')}
        value={help}
        error={form.error('help')}
        onChange={setHelp}
      />
      <SelectField
        id="question-kind"
        label={t('monitoring.process.kind')}
        value={kind}
        error={form.error('kind')}
        onChange={(v) => setKind(v as 'checklist' | 'open')}
        options={[
          { value: 'checklist', label: t('monitoring.process.kind.checklist') },
          { value: 'open', label: t('monitoring.process.kind.open') },
        ]}
      />
      <SelectField
        id="question-buildingBlock"
        label={t('monitoring.process.block')}
        value={block}
        placeholder={t('monitoring.process.noBlock')}
        error={form.error('buildingBlock')}
        onChange={setBlock}
        options={BUILDING_BLOCKS.map((b) => ({ value: b, label: t(`monitoring.block.${b}` as MessageKey) }))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('monitoring.process.saveQuestion')}
      </Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </form>
  );
}

export function ProcessEvaluationPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { data, error, reload } = useApiData<ProcessEvaluation>(`/initiatives/${id}/process-evaluation`);
  const initiative = useApiData<Initiative>(`/initiatives/${id}`).data;
  const status = useStatusMessage();
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(
    data ? t('monitoring.process.titleNamed', { name: data.initiativeName }) : t('monitoring.process.title'),
  );
  if (data === null) {
    return <NotFound />;
  }
  if (!data) {
    return error ? <Notice type="warning">{error}</Notice> : <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const answers = answersByQuestion(data);
  const active = data.questions.filter((q) => !q.archived);
  const changed = async (message: string) => {
    await reload();
    status.show(message);
  };
  const archive = async (q: ProcessQuestion) => {
    setProblem(null);
    try {
      await api('PATCH', `/process-questions/${q.id}`, { archived: !q.archived });
      await changed(t(q.archived ? 'monitoring.process.restored' : 'monitoring.process.archived', { text: q.text }));
    } catch {
      setProblem(t('error.generic'));
    }
  };
  const startStandard = async () => {
    setProblem(null);
    try {
      await api('POST', `/initiatives/${id}/process-questions/standard`);
      await changed(t('monitoring.process.standardAdded'));
    } catch {
      setProblem(t('error.generic'));
    }
  };
  const p = data.progress;
  return (
    <>
      <Heading level={1}>{t('monitoring.process.titleNamed', { name: data.initiativeName })}</Heading>
      <MonitoringNav />
      {initiative ? (
        <Paragraph>
          <RouterLink className="utrecht-link" to={`/monitoring/programmas/${initiative.programmeId}`}>
            {t('monitoring.process.back')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('monitoring.process.intro')}</Paragraph>
      {status.region}
      {problem ? <Notice type="error">{problem}</Notice> : null}

      {data.questions.length === 0 ? (
        <>
          <Paragraph>{t('monitoring.process.noQuestions')}</Paragraph>
          {data.permissions.manageQuestions ? (
            <Button appearance="primary-action-button" onClick={() => void startStandard()}>
              {t('monitoring.process.startStandard')}
            </Button>
          ) : null}
        </>
      ) : (
        <Paragraph>
          {t('monitoring.process.progress', {
            items: p.checklistItems,
            yes: p.yes,
            partly: p.partly,
            no: p.no,
            open: p.notAnswered,
          })}
        </Paragraph>
      )}

      {groupByBlock(data.questions).map(([block, qs]) => (
        <section key={block ?? 'none'} className="meedoen-section" aria-labelledby={`block-${block ?? 'none'}`}>
          <Heading level={2} id={`block-${block ?? 'none'}`}>
            {block ? t(`monitoring.block.${block}` as MessageKey) : t('monitoring.process.noBlock')}
          </Heading>
          {qs.map((q) => {
            const history = answers.get(q.id) ?? [];
            const [latest, ...earlier] = history;
            return (
              <article key={q.id} className="meedoen-card" aria-labelledby={`question-${q.id}`}>
                <Heading level={3} id={`question-${q.id}`}>
                  {q.text}
                </Heading>
                <Paragraph small>
                  {t(`monitoring.process.kind.${q.kind}` as MessageKey)}
                  {q.archived ? ` · ${t('monitoring.process.isArchived')}` : ''}
                </Paragraph>
                {q.help ? <Paragraph>{q.help}</Paragraph> : null}
                {latest ? (
                  <Paragraph>
                    <strong>
                      {t('monitoring.process.latest', { title: latest.title, date: formatDay(latest.heldOn, lang) })}
                    </strong>{' '}
                    {latest.status ? `${t(`monitoring.process.status.${latest.status}` as MessageKey)}. ` : ''}
                    {latest.note ?? ''}
                  </Paragraph>
                ) : (
                  <Paragraph>{t('monitoring.process.neverDiscussed')}</Paragraph>
                )}
                {earlier.length > 0 ? (
                  <details className="meedoen-monitoring-definitions">
                    <summary>{t('monitoring.process.earlier', { count: earlier.length })}</summary>
                    <ul>
                      {earlier.map((a) => (
                        <li key={a.roundId}>
                          {t('monitoring.process.latest', { title: a.title, date: formatDay(a.heldOn, lang) })}{' '}
                          {a.status ? `${t(`monitoring.process.status.${a.status}` as MessageKey)}. ` : ''}
                          {a.note ?? ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {data.permissions.manageQuestions ? (
                  <Button
                    appearance="subtle-button"
                    aria-label={t(q.archived ? 'monitoring.process.restoreNamed' : 'monitoring.process.archiveNamed', {
                      text: q.text,
                    })}
                    onClick={() => void archive(q)}
                  >
                    {t(q.archived ? 'monitoring.process.restore' : 'monitoring.process.archive')}
                  </Button>
                ) : null}
              </article>
            );
          })}
        </section>
      ))}

      {data.permissions.manageQuestions && data.questions.length > 0 ? (
        <Expander id="question-new" label={t('monitoring.process.addQuestion')}>
          {(close) => (
            <QuestionForm
              initiativeId={id}
              onCancel={close}
              onSaved={() => {
                close();
                void changed(t('monitoring.process.questionAdded'));
              }}
            />
          )}
        </Expander>
      ) : null}

      <section className="meedoen-section" aria-labelledby="rounds-title">
        <Heading level={2} id="rounds-title">
          {t('monitoring.process.rounds')}
        </Heading>
        {data.rounds.length === 0 ? (
          <Paragraph>{t('monitoring.process.noRounds')}</Paragraph>
        ) : (
          <table className="utrecht-table meedoen-table">
            <caption className="utrecht-table__caption">{t('monitoring.process.roundsCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.process.heldOn')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.process.roundTitle')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.process.participants')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('monitoring.process.recordedBy')}
                </th>
                <th className="utrecht-table__header-cell meedoen-num" scope="col">
                  {t('monitoring.process.answers')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.rounds.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDay(r.heldOn, lang)}</td>
                  <th className="utrecht-table__header-cell" scope="row">
                    {r.title}
                  </th>
                  <td className="utrecht-table__cell">{r.participants ?? '—'}</td>
                  <td className="utrecht-table__cell">{r.recordedBy ?? '—'}</td>
                  <td className="utrecht-table__cell meedoen-num">{r.answers.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.permissions.recordRound && active.length > 0 ? (
          recording ? (
            <RoundForm
              initiativeId={id}
              questions={active}
              onCancel={() => setRecording(false)}
              onSaved={() => {
                setRecording(false);
                void changed(t('monitoring.process.roundSaved'));
              }}
            />
          ) : (
            <Button appearance="primary-action-button" onClick={() => setRecording(true)}>
              {t('monitoring.process.newRound')}
            </Button>
          )
        ) : null}
      </section>
    </>
  );
}
