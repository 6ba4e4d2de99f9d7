// The default brief for the shared Pakistan–Russia article: stance columns, quotes by Qureshi and Lavrov, verbatim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../core/brief';
import { ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';
import { HAS_SHARED, NO_SHARED_REASON, SHARED_FIXTURE } from '../../support/shared';

describe.skipIf(!HAS_SHARED)(
  `Pakistan–Russia default brief (${HAS_SHARED ? 'shared fixture' : NO_SHARED_REASON})`,
  () => {
    it('has a stance table with Afghanistan, United States and India columns and quotes Qureshi and Lavrov verbatim', async () => {
      const db = memoryDb();
      const imported = await ok(db, 'articles.import', {
        fileName: 'pakistan-russia-talks.txt',
        dataBase64: readFileSync(SHARED_FIXTURE).toString('base64'),
      });
      const { article } = await readArticle(db, imported.article.id);
      const brief = await ok(db, 'briefs.default', {});
      expect(brief.title).toBe('Pakistan-Russia talks mark the beginning of ‘a new era’: Qureshi');
      expect(brief.stanceSummary.targets.slice(0, 3).map((t) => t.label)).toEqual([
        'Afghanistan',
        'United States',
        'India',
      ]);
      const speakers = brief.keyStatements.map((q) => q.speaker ?? '');
      expect(speakers.some((s) => /Qureshi/.test(s))).toBe(true);
      expect(speakers.some((s) => /Lavrov/.test(s))).toBe(true);
      for (const q of brief.keyStatements) expect(article.body).toContain(q.text);

      const md = toMarkdown(brief);
      expect(md).toMatch(/^\| Actor \| Afghanistan \| United States \| India \|/m);
      expect(md).toMatch(/^> — [^,\n]*Qureshi[^,\n]*, direct quote/m);
      expect(md).toMatch(/^> — [^,\n]*Lavrov[^,\n]*, direct quote/m);
    });
  },
);
