// The wording both renderers share: stance cells, attributions, file names, safe URLs and the analyst's text blocks.
import { describe, expect, it } from 'vitest';
import type { QuotedStatement, StanceCell } from '../../../core/brief';
import { briefFileName } from '../../../core/brief';
import { cellWords, speakerLine } from '../../../core/brief/render-parts';
import { formatDate, safeHttpUrl, textBlocks } from '../../../core/brief/text';

const cell = (counts: StanceCell['counts'], dominant: StanceCell['dominant']): StanceCell => ({
  actor: 'a',
  target: 't',
  counts,
  dominant,
  net: 0,
  confirmed: 0,
  citations: [1],
  examples: [],
});

describe('brief wording', () => {
  /** [counts favor/against/concern/neutral, dominant, label, counts in words] */
  const CELLS: [[number, number, number, number], StanceCell['dominant'], string, string][] = [
    [[1, 0, 0, 0], 'favor', 'Favor', '1 statement'],
    [[2, 0, 0, 1], 'favor', 'Favor', '2 of 3 statements'],
    [[2, 2, 1, 0], 'mixed', 'Mixed', 'favor 2 · against 2 · concern 1'],
    // concern beside a position, as its own dimension, never as part of it
    [[0, 2, 1, 0], 'against', 'Against', '2 of 3 statements · concern 1'],
    [[0, 0, 1, 0], 'concern', 'Concern', '1 statement'],
  ];

  it('words a stance cell by what it rests on, with concern beside a position, never as part of it', () => {
    expect(cellWords(null)).toEqual({ label: '—', counts: '' });
    for (const [[favor, against, concern, neutral], dominant, label, counts] of CELLS) {
      expect(cellWords(cell({ favor, against, concern, neutral }, dominant)), counts).toEqual({ label, counts });
    }
  });

  it('names who spoke, with the state they speak for when it differs from the name', () => {
    const q: QuotedStatement = {
      statementId: 1,
      articleId: 1,
      text: 'x',
      speaker: 'Sergey Lavrov',
      actor: 'russia',
      actorLabel: 'Russia',
      kind: 'direct_quote',
      citation: 1,
    };
    expect(speakerLine(q)).toBe('Sergey Lavrov (Russia)');
    expect(speakerLine({ ...q, speaker: 'Russia' })).toBe('Russia');
    expect(speakerLine({ ...q, speaker: null, kind: 'narration', actorLabel: null })).toBe('Reporter (narration)');
    expect(speakerLine({ ...q, speaker: null, kind: 'indirect', actorLabel: null })).toBe('Unattributed');
  });

  it('makes file names from title and date, never empty and ASCII only', () => {
    expect(briefFileName('Pakistan–Russia talks: ‘a new era’', '2021-04-07', 'pdf')).toBe(
      '2021-04-07-pakistan-russia-talks-a-new-era.pdf',
    );
    expect(briefFileName('<script>/../../etc', 'next week', 'md')).toBe('script-etc.md');
    expect(briefFileName('¿¡', '', 'md')).toBe('brief.md');
    expect(briefFileName('Café Zürich', '2021-04-07T10:00', 'md')).toBe('2021-04-07-cafe-zurich.md');
  });

  it('links only absolute http(s) URLs without credentials', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example',
      'https://user:pw@example.org/',
      'not a url',
    ]) {
      expect(safeHttpUrl(bad), bad).toBeNull();
    }
  });

  it('reads the analyst’s text as paragraphs and bullets only, and prints ISO dates in words', () => {
    expect(textBlocks('One\ntwo\n\n- a\n- b\n  continued\n\n# three')).toEqual([
      { kind: 'paragraph', lines: ['One', 'two'] },
      { kind: 'list', items: ['a', 'b continued'] },
      { kind: 'paragraph', lines: ['# three'] },
    ]);
    expect(formatDate('2021-04-07')).toBe('7 April 2021');
    expect(formatDate('Wednesday')).toBe('Wednesday');
    expect(formatDate('2021-13-07')).toBe('2021-13-07');
  });
});
