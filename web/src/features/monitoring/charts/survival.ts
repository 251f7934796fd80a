/**
 * The geometry of a Kaplan–Meier chart: a published curve (one point per month, null where fewer events than
 * the threshold happened since the last shown point) as step segments. A curve is a step function: it stays
 * level until the next month's value, then drops. Where a point is hidden, no line is drawn across the gap
 * (the drop happened somewhere in it; drawing a line would show a guessed step), and the curve stops at the
 * month from which too few people were still followed.
 */
export interface CurvePoint {
  month: number;
  survival: number | null;
  lower: number | null;
  upper: number | null;
  atRisk: number | null;
}

export interface Step {
  /** From month `from` to month `to` the curve is at `value` (a horizontal segment), with its 95 % limits. */
  from: number;
  to: number;
  value: number;
  lower: number | null;
  upper: number | null;
}

/**
 * Horizontal segments of the curve: each shown point holds its value until the next point's month. A
 * hidden next point ends the segment at its own month + 1 (the curve is known up to there), and no segment
 * starts at a hidden point. `until` is the last month on the axis (the curve is not drawn beyond its data).
 */
export function curveSteps(points: readonly CurvePoint[]): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.survival === null) {
      continue;
    }
    const next = points[i + 1];
    const to = next ? next.month : p.month;
    if (to > p.month || !next) {
      steps.push({ from: p.month, to: Math.max(to, p.month), value: p.survival, lower: p.lower, upper: p.upper });
    }
  }
  return steps;
}

/** The SVG path of the steps, with vertical drops between segments that touch (and a gap where they do not). */
export function stepPath(steps: readonly Step[], x: (month: number) => number, y: (value: number) => number): string {
  let d = '';
  let prev: Step | null = null;
  for (const s of steps) {
    if (prev && prev.to === s.from) {
      d += ` L${x(s.from).toFixed(1)},${y(s.value).toFixed(1)}`;
    } else {
      d += `${d ? ' ' : ''}M${x(s.from).toFixed(1)},${y(s.value).toFixed(1)}`;
    }
    d += ` L${x(s.to).toFixed(1)},${y(s.value).toFixed(1)}`;
    prev = s;
  }
  return d;
}

/** The last month any curve shows (the x-axis end), at least 1. */
export function lastMonth(curves: readonly (readonly CurvePoint[])[]): number {
  let m = 1;
  for (const points of curves) {
    for (const p of points) {
      if (p.survival !== null) {
        m = Math.max(m, p.month);
      }
    }
  }
  return m;
}
