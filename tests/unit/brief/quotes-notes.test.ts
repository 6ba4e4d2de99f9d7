// Quotes in the brief: printed whole across sentences, never with a dangling mark, with the analyst's note beside them.
import { describe, expect, it } from 'vitest';
import { defaultBrief, toHtml, toMarkdown } from '../../../core/brief';
import { DEFAULTS, sampleData } from '../../support/brief-fixtures';

function withSplitQuote() {
  const data = sampleData();
  const base = { articleId: 1, kind: 'direct_quote' as const, speaker: 'Shah Mahmood Qureshi', actor: 'pakistan' };
  const more = [
    { ...base, id: 900, start: 300, text: '“We want peace with all our neighbours.' },
    { ...base, id: 901, start: 345, text: 'We will not let anyone use our soil against others,” Qureshi said.' },
  ];
  data.statements.push(
    ...more.map((s) => ({ ...s, starred: true, tagIds: [], note: null as string | null, stances: [] })),
  );
  return data;
}

describe('quotes in the brief', () => {
  it('prints a quotation that runs over several statements whole, from either of its statements', () => {
    const brief = defaultBrief(withSplitQuote(), DEFAULTS);
    const whole =
      '“We want peace with all our neighbours. We will not let anyone use our soil against others,” Qureshi said.';
    expect(brief.keyStatements.map((q) => q.text)).toEqual([whole, whole]);
    const md = toMarkdown(brief);
    expect(md).toContain(`> ${whole}`);
    expect(md).not.toMatch(/^> “We want peace with all our neighbours\.\\$/m);
  });

  it('drops a mark left without its partner rather than print a dangling quotation mark', () => {
    const data = sampleData();
    data.statements = [
      {
        ...data.statements[0]!,
        text: '“We want peace with all our neighbours.',
        starred: true,
      },
    ];
    const brief = defaultBrief(data, DEFAULTS);
    expect(brief.keyStatements[0]!.text).toBe('We want peace with all our neighbours.');
  });

  it('prints the analyst’s note beside the starred statement it belongs to, in Markdown and in the PDF page', () => {
    const data = sampleData();
    data.statements[1]!.starred = true; // “Qureshi raised concern …”, noted “Kashmir line is new this year.”
    const brief = defaultBrief(data, DEFAULTS);
    expect(brief.keyStatements).toHaveLength(1);
    expect(brief.keyStatements[0]!.note).toBe('Kashmir line is new this year.');
    expect(toMarkdown(brief)).toMatch(
      /> Qureshi raised concern over India’s actions in Kashmir\.\\\n> — .*\\\[2\\\]\\\n> \*Analyst note:\* Kashmir line is new this year\./,
    );
    expect(toHtml(brief)).toContain(
      '<div class="analyst-note"><span class="note-label">Analyst note:</span> Kashmir line is new this year.</div></blockquote>',
    );
    // A statement without a note gets no empty note line.
    data.statements[1]!.note = null;
    expect(toMarkdown(defaultBrief(data, DEFAULTS))).not.toContain('*Analyst note:*');
  });

  it('names a noted quotation in the notes with its own marks turned single, never a doubled mark', () => {
    const data = sampleData();
    data.statements[0] = { ...data.statements[0]!, text: '“We want peace,” Qureshi said.', note: 'New wording.' };
    const notes = defaultBrief(data, DEFAULTS).notes;
    expect(notes).toContain('On “‘We want peace,’ Qureshi said.”');
    expect(notes).not.toContain('““');
  });
});
