import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../i18n/i18n';
import type { PlanEvent, PlanGoal } from '../../lib/types';
import { goalsByDomain, historySentence } from './plan';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('nl', key, params);
const event = (over: Partial<PlanEvent>): PlanEvent => ({
  id: 'e1',
  kind: 'goalAdded',
  goalTitle: 'Ik vind een baan in de zorg',
  actionTitle: null,
  detail: {},
  byName: 'Kees Bakker',
  at: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('support plan', () => {
  it('groups goals by domain in a fixed order, werk first', () => {
    const goal = (id: string, domain: PlanGoal['domain']) => ({ id, domain }) as PlanGoal;
    const grouped = goalsByDomain([goal('a', 'housing'), goal('b', 'work'), goal('c', 'housing')]);
    expect(grouped.map(([d, gs]) => [d, gs.map((g) => g.id)])).toEqual([
      ['work', ['b']],
      ['housing', ['a', 'c']],
    ]);
  });

  it('tells each change in one plain sentence, with "U" for the reader’s own changes', () => {
    expect(historySentence(event({}), t)).toBe('Kees Bakker zette het doel ‘Ik vind een baan in de zorg’ in het plan.');
    expect(
      historySentence(event({ kind: 'goalChanged', detail: { status: { from: 'open', to: 'achieved' } } }), t),
    ).toBe('Kees Bakker zette de stand van het doel ‘Ik vind een baan in de zorg’ op ‘Gehaald’.');
    expect(
      historySentence(event({ kind: 'goalChanged', detail: { title: { from: 'x', to: 'y' }, targetDate: {} } }), t),
    ).toBe('Kees Bakker veranderde bij het doel ‘Ik vind een baan in de zorg’: naam, streefdatum.');
    const done = event({ kind: 'actionDone', actionTitle: 'Ik maak mijn cv af', byName: 'Sanne de Vries' });
    expect(historySentence(done, t, 'Sanne de Vries')).toBe('U vinkte de actie ‘Ik maak mijn cv af’ af.');
    expect(historySentence(done, t)).toBe('Sanne de Vries vinkte de actie ‘Ik maak mijn cv af’ af.');
    const paper = event({ kind: 'agreed', detail: { method: 'paper' } });
    expect(historySentence(paper, t)).toBe(
      'Kees Bakker legde vast dat de deelnemer op papier akkoord ging met het plan.',
    );
    expect(historySentence(paper, t, 'Sanne de Vries')).toBe(
      'Kees Bakker legde vast dat u op papier akkoord ging met het plan.',
    );
    expect(historySentence(event({ kind: 'agreed', detail: { method: 'portal' }, byName: null }), t)).toBe(
      'Iemand ging in Meedoen akkoord met het plan.',
    );
  });
});
