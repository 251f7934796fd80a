/**
 * A bar chart of inflow and retention, as an inline SVG made here (no chart library). For every row
 * (the route, a cohort or a target group): participants, a job in the sector, still in the sector after
 * 6 and after 12 months, each a horizontal bar with a short label before it and the number after it.
 *
 * Accessibility: the SVG is one image (`role="img"`) named by its <title> and described by its <desc>,
 * a text alternative with every number; the same numbers are in a real data table next to it (the page
 * renders it). Colours pass 3:1 against white (WCAG 1.4.11) and are never the only carrier: each measure
 * has its own pattern, a label on every bar and a legend. A hidden count (small-cell suppression) gets no
 * bar, a dashed outline and its sign ("< 10" or "x"). The SVG takes the width of its container and is
 * laid out for that width (ResizeObserver), so text keeps its size at 360 px and at 1280 px.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { Cell, FlowRow } from './types';

export const CHART_MEASURES = ['participants', 'inflow', 'retained6', 'retained12'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

/** Colour and pattern per measure; every colour has at least 5:1 contrast against white. */
const STYLE: Record<ChartMeasure, { colour: string; pattern: 'solid' | 'diagonal' | 'cross' | 'horizontal' }> = {
  participants: { colour: '#1d4f91', pattern: 'solid' },
  inflow: { colour: '#2b6a35', pattern: 'diagonal' },
  retained6: { colour: '#8a4b00', pattern: 'cross' },
  retained12: { colour: '#5b2c83', pattern: 'horizontal' },
};

const LABEL_WIDTH = 92;
const VALUE_WIDTH = 52;
const ROW_TITLE = 24;
const BAR = 18;
const BAR_GAP = 6;
const ROW_GAP = 18;

export interface ChartBar {
  measure: ChartMeasure;
  cell: Cell;
  x: number;
  y: number;
  /** 0 for a hidden count or a zero. */
  width: number;
}
export interface ChartRow {
  key: string;
  label: string;
  y: number;
  bars: ChartBar[];
}

/**
 * Where every bar goes: rows one under the other (title line, then one bar per measure), bar lengths
 * on one scale, the largest shown count filling the space between the labels and the numbers.
 */
export function chartLayout(rows: readonly FlowRow[], width: number): { rows: ChartRow[]; height: number } {
  const space = Math.max(40, width - LABEL_WIDTH - VALUE_WIDTH);
  const max = Math.max(1, ...rows.flatMap((r) => CHART_MEASURES.map((m) => r[m].value ?? 0)));
  let y = 0;
  const out = rows.map((r) => {
    const top = y;
    const bars = CHART_MEASURES.map((measure, i) => {
      const cell = r[measure];
      return {
        measure,
        cell,
        x: LABEL_WIDTH,
        y: top + ROW_TITLE + i * (BAR + BAR_GAP),
        width: cell.value ? Math.max(2, Math.round((cell.value / max) * space)) : 0,
      };
    });
    y = top + ROW_TITLE + CHART_MEASURES.length * (BAR + BAR_GAP) + ROW_GAP;
    return { key: r.key, label: r.label, y: top, bars };
  });
  return { rows: out, height: Math.max(y - ROW_GAP, 1) };
}

function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) {
        setWidth(w);
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {CHART_MEASURES.map((m) => {
        const { colour, pattern } = STYLE[m];
        if (pattern === 'solid') {
          return null;
        }
        return (
          <pattern key={m} id={`${prefix}-${m}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#ffffff" />
            {pattern === 'diagonal' ? (
              <path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" stroke={colour} strokeWidth="2" />
            ) : null}
            {pattern === 'cross' ? <path d="M0,0 L6,6 M6,0 L0,6" stroke={colour} strokeWidth="1.6" /> : null}
            {pattern === 'horizontal' ? <path d="M0,1.5 H6 M0,4.5 H6" stroke={colour} strokeWidth="1.6" /> : null}
          </pattern>
        );
      })}
    </defs>
  );
}

const fill = (prefix: string, m: ChartMeasure) =>
  STYLE[m].pattern === 'solid' ? STYLE[m].colour : `url(#${prefix}-${m})`;

/** The legend: a swatch with the pattern and the full name of each measure. */
export function FlowChartLegend({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  return (
    <ul className="meedoen-lr-legend">
      {CHART_MEASURES.map((m) => (
        <li key={m}>
          <svg width="28" height="16" aria-hidden="true" focusable="false">
            <Patterns prefix={`${prefix}-legend`} />
            <rect
              x="1"
              y="1"
              width="26"
              height="14"
              fill={fill(`${prefix}-legend`, m)}
              stroke={STYLE[m].colour}
              strokeWidth="2"
            />
          </svg>
          <span>{t(`learningRoutes.chart.legend.${m}` as MessageKey)}</span>
        </li>
      ))}
    </ul>
  );
}

export function FlowChart({ id, title, rows }: { id: string; title: string; rows: readonly FlowRow[] }) {
  const { t } = useI18n();
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const layout = chartLayout(rows, width);
  const short = (m: ChartMeasure) => t(`learningRoutes.chart.short.${m}` as MessageKey);
  const description = rows
    .map((r) =>
      t('learningRoutes.chart.rowText', {
        label: r.label,
        participants: r.participants.display,
        inflow: r.inflow.display,
        retained6: r.retained6.display,
        known6: r.known6.display,
        retained12: r.retained12.display,
        known12: r.known12.display,
      }),
    )
    .join(' ');
  return (
    <figure className="meedoen-lr-chart">
      <div ref={ref} className="meedoen-lr-chart__canvas">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width="100%"
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          preserveAspectRatio="xMinYMin meet"
          className="meedoen-lr-chart__svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <Patterns prefix={id} />
          {layout.rows.map((r) => (
            <g key={r.key}>
              <text x={0} y={r.y + 16} className="meedoen-lr-chart__row">
                {r.label}
              </text>
              {r.bars.map((b) => {
                const hidden = b.cell.value === null;
                return (
                  <g key={b.measure}>
                    <text x={0} y={b.y + BAR - 4} className="meedoen-lr-chart__label">
                      {short(b.measure)}
                    </text>
                    {b.width > 0 ? (
                      <rect
                        x={b.x}
                        y={b.y}
                        width={b.width}
                        height={BAR}
                        fill={fill(id, b.measure)}
                        stroke={STYLE[b.measure].colour}
                        strokeWidth="2"
                      />
                    ) : null}
                    {hidden ? (
                      <rect
                        x={b.x}
                        y={b.y + 1}
                        width={24}
                        height={BAR - 2}
                        fill="none"
                        stroke="#595959"
                        strokeWidth="1.5"
                        strokeDasharray="3 2"
                      />
                    ) : null}
                    <text x={b.x + (hidden ? 24 : b.width) + 6} y={b.y + BAR - 4} className="meedoen-lr-chart__value">
                      {b.cell.display}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        <FlowChartLegend prefix={id} />
      </figcaption>
    </figure>
  );
}
