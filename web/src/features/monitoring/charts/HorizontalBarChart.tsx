/**
 * A horizontal bar chart as inline SVG, beside a data table that holds the same numbers.
 * - Sorted largest first (unless the order means something, as the 25 fidelity items).
 * - A hidden (suppressed) count gets no bar: its row shows a hatched box and "< 10 – hidden", never a
 *   guessed length; the legend under the chart says what the box means.
 * - Text alternative: the svg is one image whose name lists every value as the table shows it (WCAG 1.1.1);
 *   the visible title is the figure's caption.
 * - Drawn at its real width (labels above the bars, wrapped), so it reads at 360 px without shrinking
 *   text (1.4.4, 1.4.10); bar and text colours have at least 4.5:1 against white (1.4.11).
 * - Optionally a reference (a goal's target) as a dashed vertical line with its label on top, and per bar a
 *   range (the expected year-end value, low–high) as a thin line with end ticks through the bar.
 */
import { chartText, CHART_COLOURS, isDrawn, sortBars, useWidth, wrapLabel, type Bar } from './chart';

const FONT = 16;
const LINE = 20;
const BAR = 18;
const GAP = 14;
const VALUE_SPACE = 64;

export function HorizontalBarChart({
  id,
  title,
  bars,
  sorted = true,
  max,
  hiddenWord,
  orderText,
  legend,
  formatValue = (b) => b.display,
  reference,
  ranges,
}: {
  id: string;
  title: string;
  bars: readonly Bar[];
  /** Largest first (default); false keeps the given order. */
  sorted?: boolean;
  /** Fixed end of the scale (e.g. 5 for a score); otherwise the largest value. */
  max?: number;
  /** The word for a hidden value ("verborgen"). */
  hiddenWord: string;
  /** How the bars are ordered, said in the text alternative ("van hoog naar laag"). */
  orderText?: string;
  /** What the hatched box means; shown under the chart when a value is hidden. */
  legend?: string;
  /** The value written at the end of a drawn bar. */
  formatValue?: (b: Bar) => string;
  /** A vertical reference line, e.g. the target of a goal. */
  reference?: { value: number; label: string };
  /** Per bar key a range drawn through the bar, e.g. the expected year-end value. */
  ranges?: Readonly<Record<string, { low: number; high: number }>>;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const ordered = sorted ? sortBars(bars) : [...bars];
  const scaleMax = Math.max(
    max ?? 0,
    ...ordered.filter(isDrawn).map((b) => b.value),
    reference?.value ?? 0,
    ...Object.values(ranges ?? {}).map((r) => r.high),
    1,
  );
  const trackWidth = Math.max(width - VALUE_SPACE, 40);
  const maxChars = Math.max(Math.floor(width / (FONT * 0.55)), 12);
  const top0 = reference ? LINE + 6 : 0;
  let y = top0;
  const rows = ordered.map((b) => {
    const lines = wrapLabel(b.label, maxChars);
    const top = y;
    y += lines.length * LINE + 4 + BAR + GAP;
    return { b, lines, top };
  });
  const height = Math.max(y, LINE);
  const anyHidden = ordered.some((b) => !isDrawn(b));
  return (
    <figure className="meedoen-chart" id={id}>
      <figcaption className="meedoen-chart__title">{title}</figcaption>
      <div ref={ref} className="meedoen-chart__canvas">
        <svg
          role="img"
          aria-label={chartText(title, ordered, hiddenWord, orderText)}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
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
          {reference ? (
            <g data-reference={reference.value}>
              <text
                x={Math.min((reference.value / scaleMax) * trackWidth, trackWidth)}
                y={LINE - 4}
                textAnchor={(reference.value / scaleMax) * trackWidth > width / 2 ? 'end' : 'start'}
              >
                {reference.label}
              </text>
              <line
                x1={(reference.value / scaleMax) * trackWidth}
                x2={(reference.value / scaleMax) * trackWidth}
                y1={LINE}
                y2={height}
                stroke={CHART_COLOURS.reference}
                strokeWidth={2}
                strokeDasharray="6 4"
              />
            </g>
          ) : null}
          {rows.map(({ b, lines, top }) => {
            const barTop = top + lines.length * LINE + 4;
            const range = ranges?.[b.key];
            const end = Math.max(isDrawn(b) ? b.value : 0, range?.high ?? 0);
            return (
              <g key={b.key} data-bar={b.key}>
                {lines.map((line, i) => (
                  <text key={i} x={0} y={top + (i + 1) * LINE - 5}>
                    {line}
                  </text>
                ))}
                {isDrawn(b) ? (
                  <>
                    <rect
                      data-value={b.value}
                      x={0}
                      y={barTop}
                      width={(b.value / scaleMax) * trackWidth}
                      height={BAR}
                      fill={CHART_COLOURS.bar}
                    />
                    {range ? (
                      <path
                        data-range={`${range.low}-${range.high}`}
                        d={`M${(range.low / scaleMax) * trackWidth},${barTop + 3} v${BAR - 6} m0,${-(BAR - 6) / 2} H${(range.high / scaleMax) * trackWidth} m0,${-(BAR - 6) / 2} v${BAR - 6}`}
                        fill="none"
                        stroke={CHART_COLOURS.hatch}
                        strokeWidth={2}
                      />
                    ) : null}
                    <text x={(end / scaleMax) * trackWidth + 6} y={barTop + BAR - 4} fontWeight={700}>
                      {formatValue(b)}
                    </text>
                  </>
                ) : (
                  <>
                    <rect
                      data-hidden="true"
                      x={0}
                      y={barTop}
                      width={BAR}
                      height={BAR}
                      fill={`url(#${id}-hatch)`}
                      stroke={CHART_COLOURS.hatch}
                    />
                    <text x={BAR + 8} y={barTop + BAR - 4} fontStyle="italic">
                      {`${b.display} – ${hiddenWord}`}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {anyHidden && legend ? (
        <p className="meedoen-chart__legend">
          <svg width={BAR} height={BAR} aria-hidden="true" focusable="false">
            <rect width={BAR} height={BAR} fill={`url(#${id}-hatch)`} stroke={CHART_COLOURS.hatch} />
          </svg>{' '}
          {legend}
        </p>
      ) : null}
    </figure>
  );
}
