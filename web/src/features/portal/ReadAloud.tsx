/**
 * "Lees voor": reads the page's main content aloud with the browser's own speech (speechSynthesis),
 * in Dutch (an nl-NL voice when the device has one) or English, following the UI language. One
 * utterance per block of text (heading, paragraph, list item, label), so the reading pauses where the
 * page does and long pages are not cut off. Controls and visually hidden helper texts are skipped;
 * so is anything marked `data-read-aloud-skip`. The button turns into "Stop met voorlezen" while
 * reading. Hidden when the browser cannot speak.
 */
import { useEffect, useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/i18n';

const SKIP =
  '[data-read-aloud-skip], [hidden], [aria-hidden="true"], script, style, noscript, button, input, select, textarea, .meedoen-visually-hidden';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, legend, label, caption, th, td, summary, blockquote';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of an element without the parts that are not read (controls, hidden helpers). */
function textOf(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(SKIP).forEach((n) => n.remove());
  return clean(copy.textContent ?? '');
}

/** The blocks of text in `root`, in reading order, as they are read aloud one by one. */
export function readableBlocks(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    if (el.matches(SKIP)) {
      return;
    }
    if (el.matches(BLOCKS) && !el.querySelector(BLOCKS)) {
      const text = textOf(el);
      if (text) {
        out.push(text);
      }
      return;
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = clean(node.textContent ?? '');
        if (text) {
          out.push(text);
        }
      } else if (node instanceof Element) {
        walk(node);
      }
    }
  };
  walk(root);
  return out;
}

function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

export function ReadAloud() {
  const { t, lang } = useI18n();
  const [speaking, setSpeaking] = useState(false);
  // Stop when leaving the page (or switching language): the next page starts in silence.
  useEffect(
    () => () => {
      if (canSpeak()) {
        window.speechSynthesis.cancel();
      }
    },
    [lang],
  );
  if (!canSpeak()) {
    return null;
  }
  const synth = window.speechSynthesis;
  const start = () => {
    const root = document.getElementById('main');
    if (!root) {
      return;
    }
    synth.cancel();
    const blocks = readableBlocks(root);
    const code = lang === 'nl' ? 'nl-NL' : 'en-GB';
    const voices = synth.getVoices();
    const voice =
      voices.find((v) => v.lang.replace('_', '-').toLowerCase() === code.toLowerCase()) ??
      voices.find((v) => v.lang.toLowerCase().startsWith(lang));
    blocks.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = code;
      u.rate = 0.9;
      if (voice) {
        u.voice = voice;
      }
      if (i === blocks.length - 1) {
        u.onend = () => setSpeaking(false);
      }
      u.onerror = () => setSpeaking(false);
      synth.speak(u);
    });
    setSpeaking(blocks.length > 0);
  };
  const stop = () => {
    synth.cancel();
    setSpeaking(false);
  };
  return (
    <div className="meedoen-read-aloud" data-read-aloud-skip="">
      <Button appearance="secondary-action-button" onClick={speaking ? stop : start}>
        <span aria-hidden="true">{speaking ? '■ ' : '▶ '}</span>
        {speaking ? t('portal.readAloudStop') : t('portal.readAloud')}
      </Button>
    </div>
  );
}
