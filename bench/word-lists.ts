// The vocabulary of the synthetic articles the benchmarks generate: diplomatic words, then the reader's longer tail.

/** The words of a compare-bench statement. */
export const DIPLOMATIC_WORDS = [
  'talks',
  'peace',
  'trade',
  'security',
  'region',
  'dialogue',
  'cooperation',
  'pipeline',
  'border',
  'sanctions',
  'military',
  'economic',
  'relations',
  'agreement',
  'visit',
  'minister',
  'support',
  'concern',
] as const;

/** The reader bench's sentences draw on a wider list, so its bodies read less repetitively. */
export const READER_WORDS = [
  ...DIPLOMATIC_WORDS,
  'corridor',
  'energy',
  'stability',
  'investment',
  'neighbours',
  'process',
  'future',
  'partners',
  'commitment',
  'interest',
  'growth',
] as const;
