/**
 * A column chart as inline SVG for a figure over time — a percentage (the IPS employment rate per quarter,
 * scale up to 100 %) or a count (per month, scale to a round number above the largest) — with optional
 * reference lines (the IPS norm of 41 %). Values are written above the columns while there is room; the
 * table beside the chart always has them. Same rules as HorizontalBarChart: a hidden value gets no
 * column (a hatched box on the axis and its "x"/"< 10"), the svg's name lists every value (WCAG 1.1.1), the
 * chart is drawn at its real width (1.4.10), colours have at least 4.5:1 against white (1.4.11).
 */
import { chartText, CHART_COLOURS, isDrawn, useWidth, type Bar } from './chart';

const HEIGHT = 240;
const TOP = 12;
const BOTTOM = 44;
const LEFT = 44;
const FONT = 16;

/** The smallest of 1, 2, 5 × 10ⁿ (at least 10) that is not below `x`: a scale end people read easily. */
export function roundAbove(x: number): number {
  if (x <= 10) {
    return 10;
  }
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= x)!;
}

export function ColumnChart({
  id,
  title,
  bars,
  hiddenWord,
  references = [],
  unit = '',
  legend,
  percent = true,
}: {
  id: string;
  title: string;
  /** In time order; `label` is the short axis label, the text alternative uses it too. */
  bars: readonly Bar[];
  hiddenWord: string;
  /** Horizontal lines with a label, e.g. `{ value: 41, label: 'IPS-norm 41 %' }`. */
  references?: { value: number; label: string }[];
  unit?: string;
  legend?: string;
  /** A percentage (scale at most 100) or, when false, a count. */
  percent?: boolean;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const top = Math.max(...bars.filter(isDrawn).map((b) => b.value), ...references.map((r) => r.value), 10);
  const scaleMax = percent ? Math.min(100, Math.ceil((top * 1.15) / 10) * 10) || 10 : roundAbove(top * 1.1);
  const plotH = HEIGHT - TOP - BOTTOM;
  const plotW = Math.max(width - LEFT - 8, 60);
  const yOf = (v: number) => TOP + plotH - (v / scaleMax) * plotH;
  const slot = bars.length > 0 ? plotW / bars.length : plotW;
  const colW = Math.min(56, slot * 0.6);
  const roomForValues = slot >= 40;
  const ticks = [0, scaleMax / 2, scaleMax];
  const refText = references.map((r) => r.label).join('; ');
  const anyHidden = bars.some((b) => !isDrawn(b));
  return (
    <figure className="meedoen-chart" id={id}>
      <figcaption className="meedoen-chart__title">{title}</figcaption>
      <div ref={ref} className="meedoen-chart__canvas">
        <svg
          role="img"
          aria-label={`${chartText(title, bars, hiddenWord)}${refText ? ` ${refText}.` : ''}`}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          fontSize={FONT}
          fill="currentColor"
        >
          <defs>
            <pattern
              id={`${id}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLOURS.hatch} strokeWidth="3" />
            </pattern>
          </defs>
          {ticks.map((v) => (
            <g key={v}>
              <line
                x1={LEFT}
                x2={LEFT + plotW}
                y1={yOf(v)}
                y2={yOf(v)}
                stroke={CHART_COLOURS.hatch}
                strokeWidth={0.5}
              />
              <text x={LEFT - 6} y={yOf(v) + 5} textAnchor="end" fontSize={14}>
                {`${v}${unit}`}
              </text>
            </g>
          ))}
          {bars.map((b, i) => {
            const cx = LEFT + slot * i + slot / 2;
            return (
              <g key={b.key} data-bar={b.key}>
                {isDrawn(b) ? (
                  <>
                    <rect
                      data-value={b.value}
                      x={cx - colW / 2}
                      y={yOf(b.value)}
                      width={colW}
                      height={yOf(0) - yOf(b.value)}
                      fill={CHART_COLOURS.bar}
                    />
                    {roomForValues ? (
                      <text x={cx} y={yOf(b.value) - 4} textAnchor="middle" fontWeight={700} fontSize={14}>
                        {b.display}
                      </text>
                    ) : null}
                  </>
                ) : (
                  <>
                    <rect
                      data-hidden="true"
                      x={cx - 9}
                      y={yOf(0) - 18}
                      width={18}
                      height={18}
                      fill={`url(#${id}-hatch)`}
                      stroke={CHART_COLOURS.hatch}
                    />
                    {roomForValues ? (
                      <text x={cx} y={yOf(0) - 24} textAnchor="middle" fontStyle="italic" fontSize={14}>
                        {b.display}
                      </text>
                    ) : null}
                  </>
                )}
                <text x={cx} y={HEIGHT - BOTTOM + 22} textAnchor="middle">
                  {b.label}
                </text>
              </g>
            );
          })}
          {references.map((r) => (
            <g key={r.value} data-reference={r.value}>
              <line
                x1={LEFT}
                x2={LEFT + plotW}
                y1={yOf(r.value)}
                y2={yOf(r.value)}
                stroke={CHART_COLOURS.reference}
                strokeWidth={2}
                strokeDasharray="6 4"
              />
              <text x={LEFT + plotW} y={yOf(r.value) - 5} textAnchor="end" fill={CHART_COLOURS.reference} fontSize={14}>
                {r.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {anyHidden && legend ? (
        <p className="meedoen-chart__legend">
          <svg width={18} height={18} aria-hidden="true" focusable="false">
            <rect width={18} height={18} fill={`url(#${id}-hatch)`} stroke={CHART_COLOURS.hatch} />
          </svg>{' '}
          {legend}
        </p>
      ) : null}
    </figure>
  );
}
