/**
 * The progress of a learning track's cohort, as the track page shows it: per gemeente how many
 * assignments are done, under way, not started, and how many are past their date without being done;
 * per module a grid of gemeente × assignment. Cells are matched by organisation id, not by position.
 */
import type { Municipality, ProgressCell, ProgressStatus, Track, TrackModule } from './types';

export interface GemeenteProgress {
  organisationId: string;
  name: string;
  mayReport: boolean;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Not done while the due date has passed. */
  late: number;
  total: number;
}

function cellOf(cells: ProgressCell[], organisationId: string): ProgressCell {
  return (
    cells.find((c) => c.organisationId === organisationId) ?? {
      organisationId,
      status: 'notStarted',
      note: '',
      updatedAt: null,
    }
  );
}

/** One row per gemeente of the track, in the track's order. `today` is a Dutch calendar date. */
export function progressByGemeente(track: Track, today: string): GemeenteProgress[] {
  const assignments = track.modules.flatMap((m) => m.assignments);
  return track.municipalities.map((m) => {
    const row: GemeenteProgress = {
      organisationId: m.organisationId,
      name: m.name,
      mayReport: m.mayReport,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      late: 0,
      total: assignments.length,
    };
    for (const a of assignments) {
      const status: ProgressStatus = cellOf(a.progress, m.organisationId).status;
      row[status === 'done' ? 'done' : status === 'inProgress' ? 'inProgress' : 'notStarted'] += 1;
      if (status !== 'done' && a.dueOn < today) {
        row.late += 1;
      }
    }
    return row;
  });
}

export interface ModuleGridRow {
  municipality: Municipality;
  cells: { assignmentId: string; title: string; dueOn: string; cell: ProgressCell }[];
}

/** Gemeente × assignment for one module. */
export function moduleGrid(module: TrackModule, municipalities: Municipality[]): ModuleGridRow[] {
  return municipalities.map((municipality) => ({
    municipality,
    cells: module.assignments.map((a) => ({
      assignmentId: a.id,
      title: a.title,
      dueOn: a.dueOn,
      cell: cellOf(a.progress, municipality.organisationId),
    })),
  }));
}

/** Whether a module (or any period) is over, running or still to come on `today`. */
export function periodState(startsOn: string, endsOn: string, today: string): 'past' | 'current' | 'coming' {
  return endsOn < today ? 'past' : startsOn > today ? 'coming' : 'current';
}
