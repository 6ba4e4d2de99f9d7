// The rules the renderer shares with the backend have one source: an id typed in the UI is the id the backend makes.
import { describe, expect, it } from 'vitest';
import { actorSlug as backendActorSlug } from '../../../core/entities/resolve-actor';
import { briefFileName } from '../../../core/brief/text';
import { MAX_IMPORT_BYTES as contractMax } from '../../../core/contract';
import { MAX_IMPORT_BYTES, isArticleFileName } from '../../../core/shared/import-limits';
import { SLUG_MAX, slug } from '../../../core/shared/slug';
import { actorSlug as rendererActorSlug } from '../../../renderer/lib/actor-names';
import { isNonStatementLine } from '../../../core/extract/sentence-segmenter';
import { isNavigationLine } from '../../../core/import/navigation-lines';
import { isArticleFile } from '../../../renderer/lib/import-batch';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES as pickerMax } from '../../../renderer/lib/import-limits';
import { slugOf } from '../../../services/analyst-names';

const NAMES = [
  'Saudi Arabia',
  'U.S.',
  "Côte d'Ivoire",
  '  --Jammu & Kashmir--  ',
  'x'.repeat(30) + ' ' + 'y'.repeat(60),
];

describe('shared rules', () => {
  it('give one id for a name wherever it is made', () => {
    for (const name of NAMES) {
      const id = slug(name);
      expect(rendererActorSlug(name), name).toBe(id);
      expect(backendActorSlug(name), name).toBe(id);
      expect(slugOf(name), name).toBe(id);
      expect(id.length).toBeLessThanOrEqual(SLUG_MAX);
      expect(id).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
    }
    expect(slug('U.S.')).toBe('us');
    expect(slug("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(briefFileName("Côte d'Ivoire weekly", '2026-03-01', 'md')).toBe('2026-03-01-cote-d-ivoire-weekly.md');
  });

  it('keep one size limit and one list of article files', () => {
    expect(pickerMax).toBe(MAX_IMPORT_BYTES);
    expect(contractMax).toBe(MAX_IMPORT_BYTES);
    for (const name of ['a.txt', 'B.MD', 'c.markdown', 'd.html', 'e.HTM']) {
      expect(isArticleFileName(name), name).toBe(true);
      expect(isArticleFile(name), name).toBe(true);
      expect(IMPORT_ACCEPT.split(',')).toContain(name.slice(name.lastIndexOf('.')).toLowerCase());
    }
    for (const name of ['f.pdf', 'g.docx', 'txt']) expect(isArticleFileName(name), name).toBe(false);
  });

  it('keep one list of navigation lines: import drops them, segmentation makes no statement of them', () => {
    for (const line of [
      'Previous Post Next Post',
      'Share this story',
      'Read more »',
      'You may also like',
      'Sign up:',
    ]) {
      expect(isNavigationLine(line), line).toBe(true);
      const punctuated = `${line}.`;
      expect(isNonStatementLine(punctuated, 0, punctuated.length), line).toBe(true);
    }
    expect(isNavigationLine('Share prices rose.')).toBe(false);
    expect(isNonStatementLine('Share prices rose.', 0, 18)).toBe(false);
  });
});
