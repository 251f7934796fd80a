import { describe, expect, it } from 'vitest';
import { answersByQuestion, groupByBlock, roundBody } from './ProcessEvaluationPage';
import type { ProcessEvaluation, ProcessQuestion } from './types';

const q = (
  id: string,
  kind: 'checklist' | 'open',
  buildingBlock: ProcessQuestion['buildingBlock'],
): ProcessQuestion => ({
  id,
  position: 0,
  text: id,
  help: null,
  kind,
  buildingBlock,
  archived: false,
});

describe('process evaluation page', () => {
  it('sends only the questions that were discussed, and knows which answer is which question', () => {
    const questions = [q('a', 'checklist', 'resilience'), q('b', 'open', 'resilience'), q('c', 'checklist', null)];
    const body = roundBody(questions, {
      a: { status: '', note: '   ' },
      b: { status: '', note: ' Meer werkgevers nodig. ' },
      c: { status: 'yes', note: '' },
    });
    expect(body.answers).toEqual([
      { questionId: 'b', note: 'Meer werkgevers nodig.' },
      { questionId: 'c', status: 'yes' },
    ]);
    // The API's /answers/1/status is question c, not the list's second question b.
    expect(body.order).toEqual(['b', 'c']);
  });

  it('groups questions in the order of the five building blocks, those without a block last', () => {
    const groups = groupByBlock([
      q('x', 'open', null),
      q('y', 'checklist', 'monitoringEvaluation'),
      q('z', 'open', 'resilience'),
    ]);
    expect(groups.map(([b, qs]) => [b, qs.map((x) => x.id)])).toEqual([
      ['resilience', ['z']],
      ['monitoringEvaluation', ['y']],
      [null, ['x']],
    ]);
  });

  it("lists each question's answers newest round first", () => {
    const evaluation = {
      rounds: [
        { id: 'r2', heldOn: '2026-09-01', title: 'Tussen', answers: [{ questionId: 'a', status: 'yes', note: null }] },
        {
          id: 'r1',
          heldOn: '2026-03-01',
          title: 'Start',
          answers: [{ questionId: 'a', status: 'no', note: 'Nog niet' }],
        },
      ],
    } as unknown as ProcessEvaluation;
    expect(
      answersByQuestion(evaluation)
        .get('a')!
        .map((x) => [x.title, x.status]),
    ).toEqual([
      ['Tussen', 'yes'],
      ['Start', 'no'],
    ]);
  });
});
