import { describe, expect, it } from 'vitest';
import { readableBlocks } from './ReadAloud';

describe('read aloud', () => {
  it('reads headings, paragraphs, list items and labels in order, and skips controls and hidden helpers', () => {
    const main = document.createElement('main');
    main.innerHTML = `
      <h1>Mijn plan</h1>
      <div data-read-aloud-skip><button>Lees voor</button></div>
      <p>In uw plan staat wat u wilt bereiken.</p>
      <ul><li><span>Ik maak mijn cv af</span> <span class="meedoen-visually-hidden">(gedaan)</span><button>Dit is klaar</button></li></ul>
      <div><span>Losse tekst</span></div>
      <label for="x">Wat voor werk wilt u doen?</label><textarea id="x">geheim</textarea>
      <p hidden>Niet te zien</p>`;
    expect(readableBlocks(main)).toEqual([
      'Mijn plan',
      'In uw plan staat wat u wilt bereiken.',
      'Ik maak mijn cv af',
      'Losse tekst',
      'Wat voor werk wilt u doen?',
    ]);
  });
});
