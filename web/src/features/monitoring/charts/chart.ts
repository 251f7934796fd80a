/**
 * What the monitoring charts share: the bar data (a published count, possibly hidden), sorting, the text
 * alternative and label wrapping. No chart library: the charts are small inline SVGs (see HorizontalBarChart
 * and ColumnChart), so that they use the app's fonts and tokens and say exactly what the table says.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface Bar {
  key: string;
  label: string;
  /** The number to draw; null when the API hid it (then `display` is "< 10" or "x"). */
  value: number | null;
  /** What the table shows: the formatted number, "< 10" or "x". */
  display: string;
  suppressed: boolean;
}

/**
 * Largest first; a hidden value has no length, so those come last (by label), after every drawn bar.
 * Equal values keep the label order, so the chart does not jump between two reloads.
 */
export function sortBars(bars: readonly Bar[]): Bar[] {
  return [...bars].sort((a, b) => {
    const av = a.suppressed || a.value === null ? null : a.value;
    const bv = b.suppressed || b.value === null ? null : b.value;
    if (av === null && bv === null) {
      return a.label.localeCompare(b.label, 'nl');
    }
    if (av === null) {
      return 1;
    }
    if (bv === null) {
      return -1;
    }
    return bv - av || a.label.localeCompare(b.label, 'nl');
  });
}

/** Whether the bar has a length to draw (a shown number). */
export const isDrawn = (b: Bar): b is Bar & { value: number } => !b.suppressed && b.value !== null;

/**
 * The chart in words, for screen readers (WCAG 1.1.1): the title, then every bar with what the table
 * shows; a hidden value is named as hidden, not as a number.
 */
export function chartText(title: string, bars: readonly Bar[], hiddenWord: string, order?: string): string {
  const parts = bars.map((b) => (isDrawn(b) ? `${b.label}: ${b.display}` : `${b.label}: ${b.display} (${hiddenWord})`));
  return `${title}${order ? ` (${order})` : ''}. ${parts.join('; ')}.`;
}

/** Splits a label into lines of at most `max` characters at spaces (a word longer than that gets its own line). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) {
      line = word;
    } else if (line.length + 1 + word.length <= max) {
      line = `${line} ${word}`;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * The width of the element in CSS pixels, followed as the window changes: the chart is drawn at its real
 * size, so its text stays at the page's font size on a 360 px phone (no shrunken SVG text; WCAG 1.4.4).
 */
export function useWidth<T extends HTMLElement>(fallback = 600): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) {
      return;
    }
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) {
        setWidth(Math.floor(w));
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Colours with at least 4.5:1 against white (bars, the reference line) and 3:1 for the hatching. */
export const CHART_COLOURS = {
  bar: '#1d4f91',
  reference: '#8a2c0d',
  hatch: '#595959',
} as const;
