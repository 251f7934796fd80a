/**
 * Kaplan–Meier curves (group A and group B, or one per approach) as inline SVG: the share still without a
 * first job (or employer contact), or still in the first job, per month since referral or job start, with
 * the 95 % band as a light area. Each curve has its own line pattern as well as its own colour, so they are
 * told apart without colour (WCAG 1.4.1). Hidden months leave a gap (see survival.ts). The table beside the
 * chart on the page gives every number (the text alternative).
 */
import { CHART_COLOURS, useWidth } from './chart';
import { curveSteps, lastMonth, stepPath, type CurvePoint } from './survival';

const HEIGHT = 260;
const TOP = 12;
const BOTTOM = 44;
const LEFT = 52;
const FONT = 14;
/** Line styles in the order of the curves: colour and dash pattern differ both (contrast ≥ 3:1 on white). */
const STYLES: readonly { colour: string; dash: string | undefined }[] = [
  { colour: CHART_COLOURS.bar, dash: undefined },
  { colour: CHART_COLOURS.reference, dash: '7 4' },
  { colour: '#2e6b30', dash: '2 3' },
  { colour: '#5b2a86', dash: '10 3 2 3' },
  { colour: CHART_COLOURS.hatch, dash: '4 2' },
];
export const curveStyle = (index: number) => STYLES[index % STYLES.length]!;

export function SurvivalChart({
  id,
  title,
  description,
  curves,
  monthWord,
}: {
  id: string;
  title: string;
  /** What the chart shows in one sentence, for screen readers (the numbers are in the table). */
  description: string;
  curves: { key: string; label: string; points: readonly CurvePoint[] }[];
  monthWord: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotW = Math.max(width - LEFT - 12, 80);
  const plotH = HEIGHT - TOP - BOTTOM;
  const end = lastMonth(curves.map((c) => c.points));
  const x = (m: number) => LEFT + (m / end) * plotW;
  const y = (v: number) => TOP + (1 - v) * plotH;
  const step = end <= 12 ? 1 : end <= 24 ? 3 : 6;
  const monthTicks = Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => i * step);
  return (
    <figure className="meedoen-chart" id={id}>
      <figcaption className="meedoen-chart__title">{title}</figcaption>
      <div ref={ref} className="meedoen-chart__canvas">
        <svg
          role="img"
          aria-label={description}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          fontSize={FONT}
          fill="currentColor"
        >
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={LEFT + plotW} y1={y(v)} y2={y(v)} stroke={CHART_COLOURS.hatch} strokeWidth={0.5} />
              <text x={LEFT - 6} y={y(v) + 5} textAnchor="end">{`${v * 100} %`}</text>
            </g>
          ))}
          {monthTicks.map((m) => (
            <text key={m} x={x(m)} y={HEIGHT - BOTTOM + 20} textAnchor="middle">
              {m}
            </text>
          ))}
          <text x={LEFT + plotW / 2} y={HEIGHT - 6} textAnchor="middle">
            {monthWord}
          </text>
          {curves.map((c, i) => {
            const steps = curveSteps(c.points);
            const style = curveStyle(i);
            return (
              <g key={c.key} data-curve={c.key}>
                {steps.map((s) =>
                  s.lower !== null && s.upper !== null && s.to > s.from ? (
                    <rect
                      key={`band-${s.from}`}
                      x={x(s.from)}
                      y={y(s.upper)}
                      width={x(s.to) - x(s.from)}
                      height={Math.max(0, y(s.lower) - y(s.upper))}
                      fill={style.colour}
                      opacity={curves.length > 2 ? 0.07 : 0.12}
                    />
                  ) : null,
                )}
                <path
                  d={stepPath(steps, x, y)}
                  fill="none"
                  stroke={style.colour}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="meedoen-chart__legend meedoen-chart__legend--lines">
        {curves.map((c, i) => (
          <li key={c.key}>
            <svg width={32} height={12} aria-hidden="true" focusable="false">
              <line
                x1={0}
                x2={32}
                y1={6}
                y2={6}
                stroke={curveStyle(i).colour}
                strokeWidth={2.5}
                strokeDasharray={curveStyle(i).dash}
              />
            </svg>{' '}
            {c.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
