/**
 * The sideways-scrolling box around a wide table. When the table is wider than the screen, the box
 * becomes a named region that takes keyboard focus, so it can be scrolled with the arrow keys (WCAG
 * 2.1.1 Keyboard, axe "scrollable-region-focusable"); when it fits, it is a plain box and no extra tab
 * stop.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  // After every render (the table may just have got its rows) and whenever the box or table resizes.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) {
      return;
    }
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) {
      observer.observe(el.firstElementChild);
    }
    return () => observer.disconnect();
  });
  return (
    <div
      ref={ref}
      className="meedoen-table-scroll meedoen-scroll-region"
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
    >
      {children}
    </div>
  );
}
