/**
 * Dense numbering of the FML items for the matching inner loop: item i of the catalogue (in FML order) is
 * slot i of a typed array, so a capacity profile is one Int8Array and one Int32Array of 64 slots.
 */
import { FML_SECTIONS, type FmlItem } from '../capacity/fml.js';

export const FML_ITEMS: readonly FmlItem[] = FML_SECTIONS.flatMap((section) => section.items);
export const SLOT_COUNT = FML_ITEMS.length;

const SLOT_BY_ID: ReadonlyMap<string, number> = new Map(FML_ITEMS.map((item, slot) => [item.id, slot]));

/** The slot of an item id, or -1. */
export function slotOf(itemId: string): number {
  return SLOT_BY_ID.get(itemId) ?? -1;
}

/** True where the item's scale is ordinal (compare levels); false where it is a code or a set of codes (intersect). */
export const IS_ORDINAL: Readonly<Uint8Array> = Uint8Array.from(FML_ITEMS, (item) =>
  item.scale === 'ordinal' ? 1 : 0,
);

function requireSlot(itemId: string): number {
  const slot = slotOf(itemId);
  if (slot < 0) {
    throw new Error(`FML item ${itemId} missing from the catalogue`);
  }
  return slot;
}

/** VI.1 Perioden van het etmaal: 1 = not every evening, 2 = not at night. */
export const SLOT_PERIODS = requireSlot('VI.1');
/** VI.2 Uren per dag. */
export const SLOT_HOURS_PER_DAY = requireSlot('VI.2');
/** VI.3 Uren per week. */
export const SLOT_HOURS_PER_WEEK = requireSlot('VI.3');
export const PERIOD_EVENING = 1;
export const PERIOD_NIGHT = 2;

/**
 * Items that describe the job as a whole, not one task: they are compared with the vacancy's hours, longest
 * day, evenings and nights, and may not appear as a task demand.
 */
export const JOB_LEVEL_ITEMS: ReadonlySet<string> = new Set(['VI.1', 'VI.2', 'VI.3']);

/**
 * Hours a week a person can work by level of VI.3 (0 ≥ 40 · 1 ~40 · 2 ~30 · 3 ~20 · 4 ~10): the "about"
 * figure is read as the maximum. Level 0 has no maximum.
 */
export const HOURS_PER_WEEK_BY_LEVEL: readonly number[] = [Infinity, 40, 30, 20, 10];
/** Hours a day by level of VI.2 (0 ≥ 8 · 1 ~8 · 2 ~6 · 3 ~4 · 4 ~2), read the same way. */
export const HOURS_PER_DAY_BY_LEVEL: readonly number[] = [Infinity, 8, 6, 4, 2];

/** The bit set of codes: bit c is set for code c (codes are below 31 on every item). */
export function maskOf(codes: readonly number[]): number {
  let mask = 0;
  for (const code of codes) {
    if (code > 0) {
      mask |= 1 << code;
    }
  }
  return mask;
}

/** The codes in a bit set, ascending. */
export function codesOf(mask: number): number[] {
  const codes: number[] = [];
  for (let code = 1; code < 31; code++) {
    if ((mask & (1 << code)) !== 0) {
      codes.push(code);
    }
  }
  return codes;
}
