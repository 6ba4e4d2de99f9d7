// `extract --learn-from` and `export-labels`, in process (one spawn checks the flag is wired into the command).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../cli/extract-command';
import { runExportLabels } from '../../../cli/export-labels-command';
import { readGoldFile } from '../../../cli/learn-from';
import { openDatabase } from '../../../db/connection';
import { importText, ok } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { buildParley, spawnParley } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'parley-learn-'));
const LATER = join(dir, 'later.txt');
writeFileSync(LATER, 'Later moves\n\nTurkey described the farm policy of India as a masterstroke.\n');
const GOLD = join(dir, 'policies.gold.json');
writeFileSync(
  GOLD,
  JSON.stringify({
    actors: { india: { label: 'India', aliases: ['India'] } },
    targets: { india: ['India'] },
    statements: ['trade', 'energy', 'water', 'space'].map((p, i) => ({
      text: `${['Pakistan', 'Iran', 'China', 'Egypt'][i]} described the ${p} policy of India as a masterstroke.`,
      speaker: null,
      actor: ['pakistan', 'iran', 'china', 'egypt'][i],
      kind: 'narration',
      targets: { india: 'favor' },
    })),
  }),
);

type Out = { statements: { stances: Record<string, string>; learned?: Record<string, { from: number }> }[] };

describe('parley extract --learn-from', () => {
  it('trains on the labelled files before extracting, and says what it learned from', () => {
    const rules = runExtract(LATER, undefined) as Out;
    expect(rules.statements[0]!.stances.india).toBe('neutral');
    const learned = runExtract(LATER, undefined, [GOLD]) as Out;
    expect(learned.statements[0]!.stances.india).toBe('favor');
    expect(learned.statements[0]!.learned!.india!.from).toBeGreaterThanOrEqual(2);
  });

  it('refuses a file that is not in the gold format, naming the problem', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ statements: [{ text: 'x', targets: { india: 'love' } }] }));
    expect(() => runExtract(LATER, undefined, [bad])).toThrow(/labels "india" as "love"/);
    expect(() => readGoldFile(join(dir, 'missing.json'))).toThrow(/Cannot read labelled file/);
  });

  it('is wired into the command line', { timeout: 180_000 }, async () => {
    await buildParley();
    const r = spawnParley(['extract', LATER, '--format', 'json', '--learn-from', GOLD]);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Out).statements[0]!.stances.india).toBe('favor');
  });
});

describe('parley export-labels', () => {
  it('writes the confirmed statements in the gold format, which --learn-from reads back', async () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    const a = await importText(
      db,
      'Policies\n\nPakistan described the trade policy of India as a masterstroke. Iran described the energy policy of India as a masterstroke. China described the water policy of India as a masterstroke. Kenya said the United States should act.',
    );
    const unconfirmed = a.statements.find((s) => s.text.startsWith('Kenya'))!;
    for (const s of a.statements.filter((x) => x !== unconfirmed)) {
      await ok(db, 'stances.set', { statementId: s.id, target: 'india', label: 'favor' });
    }
    db.close();
    const out = join(dir, 'labels');
    const written = await runExportLabels({ db: path, out });
    expect(written).toHaveLength(1);
    const gold = JSON.parse(readFileSync(written[0]!.file, 'utf8'));
    expect(gold.statements).toHaveLength(3);
    expect(gold.statements[0]).toMatchObject({ actor: 'pakistan', kind: 'narration', targets: { india: 'favor' } });
    expect(gold.targets.india).toContain('India');
    expect(readFileSync(written[0]!.file.replace('.gold.json', '.txt'), 'utf8')).toContain('Kenya said');
    await expect(runExportLabels({ db: path, out })).rejects.toThrow(/--force/);
    await expect(runExportLabels({ db: path, out, article: ['99'] })).rejects.toThrow(/no article with id 99/);
    const learned = runExtract(LATER, undefined, [written[0]!.file]) as Out;
    expect(learned.statements[0]!.stances.india).toBe('favor');
  });
});
