// Stance comparison, pure: who stands where on which target, how two actors relate, how positions moved, as CSV.
//
// The API (used by services/compare.ts and by the briefing note):
//   buildMatrix(groups, { confirmedOnly, withStatementIds, targets, labelOf }) → Matrix
//       groups: StanceGroup[] — stances sharing actor, target, label and origin, with a count (1 for a single row),
//       optionally their statement ids and best (highest-confidence) statement. Cells: favor/against/concern/neutral
//       counts, n, net, confirmed (analyst-set among n), statements (ids), strongest.
//   netPosition(counts) → (favor − against) / n in [-1, 1];  leanOf(net) → positive | balanced | negative
//   concernShare(counts) → concern / n in [0, 1]: concern is its own dimension, shown beside the net
//   sideBySide(matrix, a, b, labelOf?) → rows per target: both positions, relation agree | diverge | one-sided, gap
//   classify(posA, posB) → the relation alone
//   buildTimeline(datedStances, actors, unit?) → buckets and one series of per-bucket counts and net per actor
//   matrixToCsv(matrix), sideBySideToCsv(sideBySide), toCsv(header, rows), csvField(value) → RFC 4180 text with
//       spreadsheet formula injection neutralised
// Schemas of the contract's shapes (CompareScope, Matrix, SideBySide, Timeline, EvidenceItem) are in ./schema.
export * from './schema';
export * from './matrix';
export * from './net';
export * from './side-by-side';
export * from './timeline';
export * from './csv';
