// Hand-built article data for brief tests: two outlets, two actors with stances, a tag, notes and a starred quote.
import { resolve } from 'node:path';
import type { BriefSourceData, BriefStatement } from '../../core/brief';
import type { StanceLabel } from '../../core/domain';

export const HOSTILE_ARTICLE = resolve(import.meta.dirname, '../fixtures/brief/hostile-article.txt');

let nextId = 100;
function statement(
  articleId: number,
  start: number,
  text: string,
  speaker: string | null,
  actor: string | null,
  stances: [string, StanceLabel][] = [],
  extra: Partial<BriefStatement> = {},
): BriefStatement {
  return {
    id: nextId++,
    articleId,
    start,
    text,
    kind: speaker ? (text.startsWith('“') ? 'direct_quote' : 'indirect') : 'narration',
    speaker,
    actor,
    starred: false,
    tagIds: [],
    note: null,
    stances: stances.map(([target, label]) => ({ target, label, confidence: 0.8, cues: [], origin: 'auto' as const })),
    ...extra,
  };
}

/** Article 2 is older than article 1, so it is cited as [1]. */
export function sampleData(): BriefSourceData {
  nextId = 100;
  return {
    articles: [
      {
        id: 1,
        title: 'Lavrov in Islamabad',
        source: 'Dawn',
        url: 'https://www.dawn.com/news/1',
        published: '2021-04-08',
        reliability: 'B',
        credibility: 2,
      },
      {
        id: 2,
        title: 'Lavrov in New Delhi',
        source: 'The Hindu',
        url: 'https://www.thehindu.com/news/2',
        published: '2021-04-06',
        reliability: null,
        credibility: null,
      },
    ],
    statements: [
      statement(
        1,
        0,
        '“We hope Russia will play a role for peace in Afghanistan,” Qureshi said.',
        'Shah Mahmood Qureshi',
        'pakistan',
        [['afghanistan', 'favor']],
      ),
      statement(
        1,
        80,
        'Qureshi raised concern over India’s actions in Kashmir.',
        'Shah Mahmood Qureshi',
        'pakistan',
        [['india', 'concern']],
        { tagIds: [7], note: 'Kashmir line is new this year.' },
      ),
      statement(1, 140, '“The United States promotes divisive strategies,” Lavrov said.', 'Sergey Lavrov', 'russia', [
        ['us', 'against'],
      ]),
      statement(1, 200, 'This is the first visit since 2012.', null, null),
      statement(2, 0, '“We welcome talks between Pakistan and India,” Lavrov said.', 'Sergey Lavrov', 'russia', [
        ['india', 'favor'],
      ]),
      statement(2, 60, '“Russia backs India’s bid,” Lavrov said.', 'Sergey Lavrov', 'russia', [['india', 'favor']], {
        tagIds: [7],
      }),
      statement(2, 120, '“India must be careful,” Lavrov added.', 'Sergey Lavrov', 'russia', [['india', 'against']]),
      statement(2, 160, '“India must be very careful,” Lavrov added.', 'Sergey Lavrov', 'russia', [
        ['india', 'against'],
      ]),
    ],
    targets: [
      { id: 'afghanistan', label: 'Afghanistan', isDefault: true },
      { id: 'us', label: 'United States', isDefault: true },
      { id: 'india', label: 'India', isDefault: true },
      { id: 'kashmir', label: 'Kashmir', isDefault: false },
    ],
    actorLabels: { pakistan: 'Pakistan', russia: 'Russia' },
    tags: [
      { id: 7, name: 'Regional security' },
      { id: 8, name: 'Unused tag' },
    ],
    articleNotes: [{ articleId: 2, body: 'Indian press frames the visit as reassurance.' }],
  };
}

export const DEFAULTS = {
  author: 'J. Analyst',
  handling: 'UNCLASSIFIED // FOR TRAINING',
  today: '2021-04-09',
  paper: 'A4' as const,
};

/** Analyst text as hostile as the article's, for the fields the analyst types. */
export const HOSTILE_ANALYST_TEXT = {
  title: '# Brief | on <script>alert(1)</script> [x](javascript:alert(1))',
  handling: 'SECRET <img src=x onerror=alert(1)> | // {{ 7*7 }}',
  author: '<b>Mallory</b> & co',
  bluf: '# Heading?\n> quote?\n1. list?\n    code?\n| a | b |\n[click](javascript:alert(1)) &amp; <script>alert(2)</script> ```js```',
  notes:
    '- a bullet with <img src=x onerror=alert(3)>\n- another ](javascript:alert(4))\n\nNot a heading\n=====\nnor this\n---\n***',
  judgment: 'Talks <i>resume</i> | soon [y](javascript:alert(5))',
};
