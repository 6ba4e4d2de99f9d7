// The reader's and library's pure logic: text blocks that keep the body exact, the tag tree, sorting and filters,
// word steps for boundaries, and actor names typed by the analyst.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Tag } from '../../../core/domain';
import { chunkSegments, segmentBody } from '../../../renderer/lib/body-segments';
import { actorIdFor, actorSlug } from '../../../renderer/lib/actor-names';
import { freeStretches, freeTextNear } from '../../../renderer/lib/free-text';
import { filterArticles, outletsOf, sortArticles } from '../../../renderer/lib/library-order';
import { joinList, splitList } from '../../../renderer/lib/list-text';
import { descendantIds, flattenTags, shortcutTags } from '../../../renderer/lib/tag-tree';
import {
  nextWordEnd,
  nextWordStart,
  previousWordEnd,
  previousWordStart,
  suggestedSplit,
} from '../../../renderer/lib/word-steps';

describe('text blocks of the reader', () => {
  const body = 'First para one. Two.\n\nSecond para here.\n\nThird para, longer than the rest of them.\n\nLast.';
  const ranges = [
    { id: 1, start: 0, end: 15 },
    { id: 2, start: 22, end: 39 },
    { id: 3, start: 41, end: 82 },
  ];

  it('keeps the text exactly, each highlight whole, and cuts only after blank lines between statements', () => {
    const chunks = chunkSegments(segmentBody(body, ranges), 10);
    expect(chunks.map((c) => c.segments.map((s) => s.text).join('')).join('')).toBe(body);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks.slice(0, -1)) expect(c.segments.at(-1)!.text).toMatch(/\n\s*$/);
    const highlights = chunks.flatMap((c) => c.segments).filter((s) => s.statementId !== null);
    expect(highlights.map((s) => s.statementId)).toEqual([1, 2, 3]);
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(body.length);
    expect(new Set(chunks.flatMap((c) => c.segments.map((s) => s.key))).size).toBe(
      chunks.flatMap((c) => c.segments).length,
    );
  });

  it('puts short articles in one block, and never splits a statement that spans a paragraph break', () => {
    expect(chunkSegments(segmentBody(body, ranges))).toHaveLength(1);
    const across = [{ id: 9, start: 16, end: 40 }];
    const chunks = chunkSegments(segmentBody(body, across), 5);
    const holding = chunks.filter((c) => c.segments.some((s) => s.statementId === 9));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.segments.find((s) => s.statementId === 9)!.text).toBe(body.slice(16, 40));
  });

  it('reproduces any body exactly, whatever the statements (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.', 'é'), maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(300), fc.nat(40)), { maxLength: 20 }),
        fc.integer({ min: 1, max: 50 }),
        (text, spans, min) => {
          const rs = spans.map(([start, len], i) => ({ id: i + 1, start, end: start + len + 1 }));
          const chunks = chunkSegments(segmentBody(text, rs), min);
          expect(chunks.map((c) => c.segments.map((s) => s.text).join('')).join('')).toBe(text);
        },
      ),
    );
  });
});

const tag = (id: number, name: string, parentId: number | null, count = 0, position = id): Tag => ({
  id,
  name,
  parentId,
  count,
  position,
  color: '#2563eb',
  description: '',
});

describe('the codebook tree', () => {
  const tags = [
    tag(1, 'Security', null, 1),
    tag(2, 'Economy', null, 2),
    tag(3, 'Terrorism', 1, 3),
    tag(4, 'Border', 1, 4),
    tag(5, 'Cross-border raids', 4, 5),
    tag(6, 'Orphan', 99, 1),
  ];

  it('lists parents before children with depth, path and totals', () => {
    const nodes = flattenTags(tags);
    expect(nodes.map((n) => [n.tag.name, n.depth])).toEqual([
      ['Security', 0],
      ['Terrorism', 1],
      ['Border', 1],
      ['Cross-border raids', 2],
      ['Economy', 0],
      ['Orphan', 0],
    ]);
    expect(nodes[3]!.path).toEqual(['Security', 'Border', 'Cross-border raids']);
    expect(nodes[0]!.total).toBe(1 + 3 + 4 + 5);
    expect(nodes[0]!.childCount).toBe(2);
  });

  it('finds a subtree and the nine shortcut tags in reading order', () => {
    expect([...descendantIds(tags, 1)].sort()).toEqual([1, 3, 4, 5]);
    expect([...descendantIds(tags, 2)]).toEqual([2]);
    const many = Array.from({ length: 12 }, (_, i) => tag(i + 1, `T${i + 1}`, null));
    expect(shortcutTags(flattenTags(many)).map((t) => t.name)).toEqual(many.slice(0, 9).map((t) => t.name));
  });
});

const article = (id: number, over: Partial<ArticleSummary>): ArticleSummary => ({
  id,
  title: `Article ${id}`,
  source: null,
  url: null,
  published: null,
  publishedRaw: null,
  titleMissing: false,
  importedAt: `2025-01-0${id}T10:00:00Z`,
  statements: 10,
  reviewed: 0,
  ...over,
});

describe('library order and filters', () => {
  const list = [
    article(1, { source: 'Dawn', published: '2025-03-01', reviewed: 10 }),
    article(2, { source: 'Reuters', published: '2024-12-30', reviewed: 4 }),
    article(3, { source: null, published: null, reviewed: 0 }),
    article(4, { source: 'dawn', published: '2025-05-05', reviewed: 0, statements: 0 }),
  ];

  it('sorts by date, outlet and progress, with missing values last either way', () => {
    expect(sortArticles(list, 'published', 'desc').map((a) => a.id)).toEqual([4, 1, 2, 3]);
    expect(sortArticles(list, 'published', 'asc').map((a) => a.id)).toEqual([2, 1, 4, 3]);
    expect(sortArticles(list, 'source', 'asc').map((a) => a.id)).toEqual([4, 1, 2, 3]);
    expect(sortArticles(list, 'progress', 'asc').map((a) => a.id)).toEqual([3, 2, 4, 1]);
    expect(sortArticles(list, 'importedAt', 'desc').map((a) => a.id)).toEqual([4, 3, 2, 1]);
  });

  it('filters by text, outlet and progress, and lists outlets with the unknown one last', () => {
    expect(filterArticles(list, { text: 'reut', outlet: null, progress: 'all' }).map((a) => a.id)).toEqual([2]);
    expect(filterArticles(list, { text: '', outlet: '', progress: 'all' }).map((a) => a.id)).toEqual([3]);
    expect(filterArticles(list, { text: '', outlet: null, progress: 'started' }).map((a) => a.id)).toEqual([2]);
    expect(filterArticles(list, { text: '', outlet: null, progress: 'done' }).map((a) => a.id)).toEqual([1, 4]);
    expect(filterArticles(list, { text: '', outlet: null, progress: 'unstarted' }).map((a) => a.id)).toEqual([3]);
    expect(outletsOf(list)).toEqual(['Dawn', 'dawn', 'Reuters', '']);
  });
});

describe('text in no statement', () => {
  const body = 'Intro here. First said. \n\n Middle bit. Second said. Tail.';
  const ordered = [
    { id: 1, start: 12, end: 23 },
    { id: 2, start: 39, end: 51 },
  ];

  it('lists the stretches between statements that hold text, skipping white space only', () => {
    expect(freeStretches(body, ordered).map((f) => body.slice(f.start, f.end).trim())).toEqual([
      'Intro here.',
      'Middle bit.',
      'Tail.',
    ]);
    expect(freeStretches('  ', [])).toEqual([]);
  });

  it('offers the free text after the selected statement, else before it, else the first', () => {
    const text = (f: { start: number; end: number } | null) => (f ? body.slice(f.start, f.end).trim() : null);
    expect(text(freeTextNear(body, ordered, 1))).toBe('Middle bit.');
    expect(text(freeTextNear(body, ordered, 2))).toBe('Tail.');
    expect(text(freeTextNear(body, ordered, null))).toBe('Intro here.');
    expect(freeTextNear('All one.', [{ id: 1, start: 0, end: 8 }], 1)).toBeNull();
  });
});

describe('boundaries, split points, actors and lists', () => {
  const text = 'The  minister said, “we agree.” Talks end.';

  it('steps a word at a time in either direction', () => {
    expect(previousWordStart(text, 5)).toBe(0);
    expect(previousWordStart(text, 14)).toBe(5);
    expect(nextWordStart(text, 0)).toBe(5);
    expect(nextWordEnd(text, 3)).toBe(13);
    expect(previousWordEnd(text, 13)).toBe(3);
    expect(nextWordStart(text, text.length)).toBe(text.length);
    expect(previousWordStart(text, 0)).toBe(0);
  });

  it('suggests a split at the clause or sentence boundary nearest the middle', () => {
    const at = suggestedSplit(text);
    expect(text.slice(at)).toBe('“we agree.” Talks end.');
    expect(suggestedSplit('no punctuation in this one at all')).toBeGreaterThan(0);
  });

  it('turns a typed actor into a known id, or a new one', () => {
    const known = [
      { id: 'us', label: 'United States', aliases: ['Washington'] },
      { id: 'pakistan', label: 'Pakistan' },
    ];
    expect(actorIdFor('united states', known)).toBe('us');
    expect(actorIdFor('Washington', known)).toBe('us');
    expect(actorIdFor('pakistan', known)).toBe('pakistan');
    expect(actorIdFor('Côte d’Ivoire', known)).toBe('cote-d-ivoire');
    expect(actorIdFor('   ', known)).toBeNull();
    expect(actorSlug('Saudi Arabia')).toBe('saudi-arabia');
  });

  it('splits comma-separated names and joins them back', () => {
    expect(splitList(' SCO, Shanghai Cooperation Organisation;SCO\n ')).toEqual([
      'SCO',
      'Shanghai Cooperation Organisation',
    ]);
    expect(joinList(['a', 'b'])).toBe('a, b');
  });
});
