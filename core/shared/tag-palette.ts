// The tag colours: ten that read on light and dark backgrounds; a new tag takes the next, the picker offers them all.
export const TAG_PALETTE = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#dc2626',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#9333ea',
  '#ea580c',
] as const;
