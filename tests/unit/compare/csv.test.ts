// CSV: RFC 4180 quoting that round-trips any text, formula injection neutralised, and the two tables' columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATRIX_CSV_HEADER, csvField, matrixToCsv, sideBySideToCsv, toCsv } from '../../../core/compare/csv';
import { buildMatrix } from '../../../core/compare/matrix';
import { sideBySide } from '../../../core/compare/side-by-side';

/** A strict RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (text[i] === '"' || text[i] === '\r' || text[i] === '\n')
      throw new Error(`bare ${JSON.stringify(text[i])}`);
    else field += text[i++];
  }
  if (field !== '' || record.length) throw new Error('last record not terminated by CRLF');
  return records;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "peace"')).toBe('"say ""peace"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('yes');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvField('+1 for peace')).toBe("'+1 for peace");
    expect(csvField('-2 divisions')).toBe("'-2 divisions");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('peace = stability')).toBe('peace = stability');
  });

  it('writes numbers as numbers, negative ones included (they are values, not formulas)', () => {
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(3)).toBe('3');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('round-trips any text through a strict RFC 4180 reader (formula-like text with its apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const read = parseCsv(toCsv(table[0]!, table.slice(1)));
          expect(read).toEqual(table.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('matrixToCsv and sideBySideToCsv', () => {
  const targets = [
    { id: 'afghanistan', label: 'Afghanistan', isDefault: true },
    { id: 'us', label: 'United States', isDefault: true },
  ];
  const matrix = buildMatrix(
    [
      {
        actor: 'russia',
        target: 'us',
        label: 'against',
        confirmed: true,
        count: 1,
        statementIds: [7],
        best: { statementId: 7, confidence: 1 },
      },
      {
        actor: 'russia',
        target: 'us',
        label: 'concern',
        confirmed: false,
        count: 1,
        statementIds: [3],
        best: { statementId: 3, confidence: 0.6 },
      },
      {
        actor: 'pakistan',
        target: 'afghanistan',
        label: 'favor',
        confirmed: false,
        count: 1,
        statementIds: [2],
        best: { statementId: 2, confidence: 0.6 },
      },
    ],
    { targets, withStatementIds: true, labelOf: (id) => ({ russia: 'Russia', pakistan: '=Pakistan' })[id] ?? id },
  );

  it('writes one record per cell with labels, counts, net, confirmed and the statement ids', () => {
    const rows = parseCsv(matrixToCsv(matrix));
    expect(rows[0]).toEqual([...MATRIX_CSV_HEADER]);
    expect(rows).toContainEqual([
      'russia',
      'Russia',
      'us',
      'United States',
      '0',
      '1',
      '1',
      '0',
      '2',
      '-0.5',
      '1',
      '3 7',
    ]);
    expect(rows).toContainEqual([
      'pakistan',
      "'=Pakistan",
      'afghanistan',
      'Afghanistan',
      '1',
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '2',
    ]);
  });

  it('writes one record per target, with each side under its actor id, and hostile quotes neutralised', () => {
    const sbs = sideBySide(matrix, 'pakistan', 'russia');
    const withText = {
      ...sbs,
      rows: sbs.rows.map((r) => ({
        ...r,
        b: r.b && {
          ...r.b,
          strongest: r.b.strongest && { ...r.b.strongest, text: '=cmd|"/c calc"!A1, he said', articleTitle: 'Talks' },
        },
      })),
    };
    const rows = parseCsv(sideBySideToCsv(withText));
    expect(rows[0]!.slice(0, 6)).toEqual([
      'target_id',
      'target',
      'relation',
      'gap',
      'pakistan_statements',
      'pakistan_net',
    ]);
    expect(rows[0]).toContain('russia_strongest_text');
    const us = rows.find((r) => r[0] === 'us')!;
    const col = (name: string) => us[rows[0]!.indexOf(name)];
    expect(col('relation')).toBe('one-sided');
    expect(col('pakistan_statements')).toBe('');
    expect(col('russia_net')).toBe('-0.5');
    expect(col('russia_strongest_id')).toBe('7');
    expect(col('russia_strongest_confirmed')).toBe('yes');
    expect(col('russia_strongest_text')).toBe(`'=cmd|"/c calc"!A1, he said`);
  });
});
