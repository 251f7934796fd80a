import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { PairDetails } from './MatchSections';
import { TasksEditor, type TaskDraft } from './TasksEditor';
import type { PairFields } from './types';

afterEach(cleanup);

const PAIR: PairFields = {
  score: 71.5,
  factors: [
    { code: 'kindOfWork', weight: 30, points: 30 },
    { code: 'hours', weight: 20, points: 20 },
    { code: 'travel', weight: 20, points: 0 },
    { code: 'sector', weight: 10, points: 10 },
    { code: 'days', weight: 5, points: 5 },
    { code: 'skills', weight: 5, points: 2.5 },
    { code: 'availability', weight: 5, points: 4 },
    { code: 'noChanges', weight: 5, points: 0 },
  ],
  explanation: {
    text: "past: wil in zorg werken, 24 uur; let op: Tillen — taak 'bedden opmaken' eruit halen of tilhulp",
    fits: [],
    cautions: [],
    excluded: [],
  },
  accommodations: [{ code: 'liftingAid', name: 'tilhulp' }],
  carvedTasks: [{ taskId: 't', taskName: 'Bedden opmaken', sharePercent: 15, reason: 'demand' }],
  remainingPercent: 85,
  hours: { min: 24, max: 24, offered: 24 },
  travel: { minutes: null, mode: null, method: 'none' },
  capacityBasis: 'professional',
};

describe('a match result', () => {
  it('shows the score, parts that add up to it, the sentence and what it relies on', () => {
    render(
      <I18nProvider>
        <PairDetails pair={PAIR} id="p" />
      </I18nProvider>,
    );
    expect(screen.getByText('Score 71,5 van 100')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Punten per onderdeel; samen is dat de score' });
    const rows = within(table).getAllByRole('row');
    // header, eight factors, total
    expect(rows).toHaveLength(10);
    expect(within(rows[9]!).getAllByRole('cell')[0]!.textContent).toBe('71,5');
    expect(within(rows[1]!).getByText('Soort werk dat de persoon wil')).toBeTruthy();
    expect(screen.getByText(PAIR.explanation.text)).toBeTruthy();
    expect(screen.getByText('Past met deze aanpassing: tilhulp.')).toBeTruthy();
    expect(screen.getByText('Bedden opmaken (15 %): vraagt meer dan deze persoon kan')).toBeTruthy();
    expect(screen.getByText(/Werk: 24 uur per week; deze persoon kan 24 uur per week/)).toBeTruthy();
  });
});

describe('the tasks of a vacancy', () => {
  const tasks: TaskDraft[] = [
    { name: 'Orders verzamelen', share: '60', carvable: false, demands: [] },
    { name: 'Retouren', share: '30', carvable: true, demands: [] },
  ];
  it('shows the running total and the server error at the task it is about', () => {
    const errors: Record<string, string> = { 'task-1-share': 'Het deel van de tijd is meer dan 0 en hoogstens 100.' };
    render(
      <I18nProvider>
        <TasksEditor
          prefix="vacancy-"
          tasks={tasks}
          onChange={() => undefined}
          catalogue={null}
          errors={(f) => errors[f]}
          hoursPerWeek={20}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Samen 90 % van de tijd. Dat moet 100 % zijn.')).toBeTruthy();
    const share = screen.getAllByLabelText('Deel van de tijd (%)')[1]!;
    expect(share.id).toBe('vacancy-task-1-share');
    expect(share.getAttribute('aria-invalid')).toBe('true');
    const described = (share.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(errors['task-1-share']);
    // The first task's hours: 60 % of 20 hours.
    expect(screen.getByText('Dat is ongeveer 12 uur per week.')).toBeTruthy();
  });
});
