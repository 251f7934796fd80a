/**
 * Renders the explanation of a pair in Dutch or English from its message parts:
 * "past: wil in de zorg werken, 24 uur, 20 min reizen (fiets); let op: Tillen: licht beperkt: … — taak
 * 'bedden opmaken' eruit halen of tilhulp". Every word comes from the server catalogue
 * (src/platform/i18n, keys `matching.*`) or from the FML catalogue (item names and level texts).
 */
import { fmlItem } from '../capacity/fml.js';
import { translate, type Language } from '../../platform/i18n/i18n.js';
import type { MessagePart, PairResult } from './result.js';

function lowerFirst(text: string): string {
  return text.length > 0 ? text.charAt(0).toLocaleLowerCase('nl') + text.slice(1) : text;
}

/** One part in `lang`: the catalogue text with its params, FML texts and referenced keys filled in. */
export function renderPart(lang: Language, part: MessagePart): string {
  const params: Record<string, string | number> = { ...part.params };
  if (part.fml) {
    const item = fmlItem(part.fml.itemId);
    params.item = item ? item[lang] : part.fml.itemId;
    params.capacity = part.fml.levels
      .map((code) => {
        const level = item?.levels.find((l) => l.code === code);
        return level ? lowerFirst(level[lang]) : String(code);
      })
      .join(translate(lang, 'matching.explain.or'));
  }
  for (const [name, key] of Object.entries(part.refs ?? {})) {
    params[name] = translate(lang, key);
  }
  return translate(lang, part.key, params);
}

/** The whole explanation of a pair as one line. */
export function renderExplanation(lang: Language, result: Pick<PairResult, 'explanation'>): string {
  const { fits, cautions, excluded } = result.explanation;
  const list = (
    parts: readonly MessagePart[],
    separator: 'matching.explain.list-separator' | 'matching.explain.caution-separator',
  ) => parts.map((p) => renderPart(lang, p)).join(translate(lang, separator));
  const sections: string[] = [];
  if (excluded.length > 0) {
    sections.push(
      translate(lang, 'matching.explain.excluded', { list: list(excluded, 'matching.explain.caution-separator') }),
    );
  }
  if (fits.length > 0) {
    sections.push(translate(lang, 'matching.explain.fits', { list: list(fits, 'matching.explain.list-separator') }));
  }
  if (cautions.length > 0) {
    sections.push(
      translate(lang, 'matching.explain.cautions', { list: list(cautions, 'matching.explain.caution-separator') }),
    );
  }
  return sections.join(translate(lang, 'matching.explain.section-separator'));
}
