// Markdown export: the brief's structure in GFM, and hostile article and analyst text that stays text.
import { describe, expect, it } from 'vitest';
import { BriefModel, defaultBrief, toMarkdown } from '../../../core/brief';
import { draftBrief } from '../../../services/briefs';
import { importHostile } from '../../support/brief-db';
import { DEFAULTS, HOSTILE_ANALYST_TEXT, sampleData } from '../../support/brief-fixtures';
import { memoryDb } from '../../support/db';

/** Pipes GFM would split a table row on: those not escaped by an odd run of backslashes. */
function unescapedCount(line: string, char: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== char) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function hostileBrief(layout: 'matrix' | 'side-by-side' = 'matrix'): Promise<BriefModel> {
  const db = memoryDb();
  return importHostile(db).then((id) => {
    // Every statement starred, so every hostile sentence of the article is quoted.
    db.prepare('UPDATE statements SET starred = 1').run();
    const brief = draftBrief(db, [id], '2025-01-03');
    return BriefModel.parse({
      ...brief,
      title: HOSTILE_ANALYST_TEXT.title,
      handling: HOSTILE_ANALYST_TEXT.handling,
      author: HOSTILE_ANALYST_TEXT.author,
      bluf: HOSTILE_ANALYST_TEXT.bluf,
      notes: HOSTILE_ANALYST_TEXT.notes,
      keyJudgments: [{ text: HOSTILE_ANALYST_TEXT.judgment, likelihood: 'likely', confidence: 'low' }],
      stanceSummary: {
        ...brief.stanceSummary,
        layout,
        // A hostile actor so the table has a row, with a cell whose quote is full of pipes.
        actors: [{ id: 'x', label: 'Actor | <b>X</b>' }],
        cells: [
          {
            actor: 'x',
            target: 'india',
            counts: { favor: 1, against: 0, concern: 0, neutral: 0 },
            dominant: 'favor',
            net: 1,
            confirmed: 0,
            citations: [1],
            examples: [brief.keyStatements[0]!],
          },
        ],
      },
    });
  });
}

describe('toMarkdown', () => {
  it('lays the brief out as GFM: handling, headings, judgments, the stance table, block quotes and numbered sources', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    brief.keyJudgments = [
      { text: 'Moscow will keep both capitals close.', likelihood: 'very likely', confidence: 'moderate' },
    ];
    const md = toMarkdown(brief);
    const lines = md.split('\n');
    expect(lines[0]).toBe('**UNCLASSIFIED // FOR TRAINING**');
    expect(lines[2]).toBe('# Briefing note: Russia and Pakistan');
    expect(md).toContain('*J. Analyst · 9 April 2021*');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Bottom line up front',
      '## Key judgments',
      '## Stance summary',
      '## Key statements',
      '## Regional security',
      '## Analyst notes',
      '## Sources',
    ]);
    expect(md).toContain('1. Moscow will keep both capitals close. — *Very likely (80–95%); moderate confidence*');
    expect(md).toContain('| Actor | Afghanistan | United States | India |\n| --- | --- | --- | --- |');
    expect(md).toContain(
      '| **Russia** | — | **Against** 1 statement \\[2\\] *(suggested, not reviewed)* | **Mixed** favor 2 · against 2 \\[1\\] *(suggested, not reviewed)* |',
    );
    expect(md).toContain(
      '| **Pakistan** | **Favor** 1 statement \\[2\\] *(suggested, not reviewed)* | — | **Concern** 1 statement \\[2\\] *(suggested, not reviewed)* |',
    );
    expect(md).toContain(
      '> “The United States promotes divisive strategies,” Lavrov said.\\\n> — Sergey Lavrov (Russia), direct quote · Dawn, 8 April 2021 \\[2\\]',
    );
    expect(md).toContain(
      '1. **The Hindu**, “Lavrov in New Delhi”, 6 April 2021, <https://www.thehindu.com/news/2>, Admiralty grading: not graded.',
    );
    expect(md).toContain(
      '2. **Dawn**, “Lavrov in Islamabad”, 8 April 2021, <https://www.dawn.com/news/1>, Admiralty grading: B2 (Usually reliable; probably true).',
    );
    expect(md.trimEnd().split('\n').pop()).toBe('**UNCLASSIFIED // FOR TRAINING**');
  });

  it('turns the side-by-side layout into a table of targets by actors with a quote in each cell', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    brief.stanceSummary.layout = 'side-by-side';
    const md = toMarkdown(brief);
    expect(md).toContain('| Target | Russia | Pakistan |');
    expect(md).toMatch(
      /\| \*\*United States\*\* \| \*\*Against\*\*: “The United States promotes divisive strategies,” Lavrov said\. \\\[2\\\] \*\(suggested, not reviewed\)\* \| — \|/,
    );
  });

  it('marks engine-only cells as the matrix does and says what the table rests on', () => {
    const data = sampleData();
    // The analyst confirms Lavrov on the United States, and one of his two favourable lines on India.
    data.statements[2]!.stances[0]!.origin = 'analyst';
    data.statements[4]!.stances[0]!.origin = 'analyst';
    const all = toMarkdown(defaultBrief(data, DEFAULTS, { confirmedOnly: false }));
    expect(all).toContain(
      '2 confirmed and 5 statements with unreviewed engine suggestions; cells marked “suggested, not reviewed” rest on suggestions alone and are not findings.',
    );
    expect(all).toContain(
      '| **Russia** | — | **Against** 1 statement \\[2\\] | **Mixed** favor 2 · against 2 \\[1\\] *(1 of 4 confirmed)* |',
    );
    expect(all).toContain('| **Pakistan** | **Favor** 1 statement \\[2\\] *(suggested, not reviewed)* | — |');

    const confirmed = toMarkdown(defaultBrief(data, DEFAULTS));
    expect(confirmed).toContain(
      'Analyst-confirmed stances only, from 2 statements. 5 statements with unreviewed engine suggestions only are left out.',
    );
    expect(confirmed).toContain('| **Russia** | — | **Against** 1 statement \\[2\\] | **Favor** 1 statement \\[1\\] |');
    expect(confirmed).not.toContain('suggested, not reviewed)');
    expect(confirmed).not.toContain('**Pakistan**');
  });

  for (const layout of ['matrix', 'side-by-side'] as const) {
    it(`keeps hostile text as text (${layout}): no broken table, no link, no heading, no HTML, no code`, async () => {
      const brief = await hostileBrief(layout);
      const md = toMarkdown(brief);
      const lines = md.split('\n');
      // Table rows keep exactly their own cell separators.
      const table = lines.filter((l) => l.startsWith('| '));
      expect(table.length).toBeGreaterThanOrEqual(3);
      const columns = unescapedCount(table[0]!, '|');
      for (const row of table) expect(unescapedCount(row, '|'), row).toBe(columns);
      // No link or image syntax, no raw HTML, no code spans anywhere.
      expect(unescapedCount(md, '[')).toBe(0);
      expect(unescapedCount(md, '`')).toBe(0);
      expect(unescapedCount(md, '&')).toBe(0);
      const rawAngles = md.match(/(?<!\\)<[^>]*>/g) ?? [];
      expect(
        rawAngles.every((a) => /^<https?:\/\//.test(a)),
        rawAngles.join(' '),
      ).toBe(true);
      expect(md).not.toMatch(/(?<!\\)<javascript:/i);
      expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
      // Only the brief's own headings, quotes and list items start lines.
      for (const l of lines.filter((x) => /^#/.test(x))) expect(l).toMatch(/^#{1,2} /);
      expect(lines.find((l) => l.startsWith('# '))).toBe(
        '# \\# Brief \\| on \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))',
      );
      expect(lines.filter((l) => /^ {4}|^\t/.test(l))).toEqual([]);
      expect(lines.filter((l) => /^(=+|-+)\s*$/.test(l))).toEqual([]);
      expect(lines.filter((l) => /^\d+[.)]/.test(l) && !/^\d+\. /.test(l))).toEqual([]);
      // The words are all still there, verbatim once the escapes are read.
      const readBack = squash(unescape(md.replace(/\\\n/g, '\n').replace(/^> /gm, '')));
      for (const q of brief.keyStatements) expect(readBack).toContain(squash(q.text));
      expect(readBack).toContain('<script>alert(2)</script>');
      expect(readBack).toContain('{{ 7*7 }}');
      expect(md).toContain('\\# Heading?');
      expect(md).toContain('Not a heading\\\n\\=====\\\nnor this\\\n\\---\\\n\\*\\*\\*');
    });
  }

  it('prints an unsafe source URL as text, not as a link', async () => {
    const brief = await hostileBrief();
    expect(brief.sources[0]!.url).toBe('javascript:alert(document.cookie)');
    const md = toMarkdown(brief);
    const entry = md.split('\n').find((l) => l.startsWith('1. **'))!;
    expect(entry).toContain('javascript:alert(document.cookie)');
    expect(entry).not.toMatch(/(?<!\\)<javascript|(?<!\\)\]\(javascript/);
    expect(entry).toContain('**The \\<b\\>Hostile\\</b\\> \\& Co \\| Gazette**');
  });
});
