// The app's icons, drawn once: each a view box and its strokes, rendered by AppIcon.vue in the current text colour.

export interface IconStroke {
  /** The path; a circle is written as `circle cx cy r`. */
  d: string;
  width?: number;
  /** Filled with the text colour instead of stroked. */
  filled?: boolean;
  opacity?: number;
  /** Rounded corners as well as round ends (the default is round ends only). */
  joins?: boolean;
  /** Square ends (the SVG default) instead of round ones. */
  butt?: boolean;
}

export interface IconDef {
  box: number;
  strokes: IconStroke[];
}

const x = (width: number): IconDef => ({ box: 14, strokes: [{ d: 'M3 3l8 8M11 3l-8 8', width }] });

const DEFS = {
  close: x(1.6),
  'close-bold': x(1.8),
  back: { box: 16, strokes: [{ d: 'M10 3 5 8l5 5', width: 1.6 }] },
  up: { box: 16, strokes: [{ d: 'M3 10l5-5 5 5', width: 1.6 }] },
  down: { box: 16, strokes: [{ d: 'M3 6l5 5 5-5', width: 1.6 }] },
  undo: {
    box: 16,
    strokes: [
      { d: 'M5.5 3.5 2.5 6.5l3 3', width: 1.5, joins: true },
      { d: 'M3 6.5h6.5a4 4 0 0 1 0 8H7', width: 1.5 },
    ],
  },
  redo: {
    box: 16,
    strokes: [
      { d: 'm10.5 3.5 3 3-3 3', width: 1.5, joins: true },
      { d: 'M13 6.5H6.5a4 4 0 0 0 0 8H9', width: 1.5 },
    ],
  },
  search: {
    box: 16,
    strokes: [
      { d: 'circle 7 7 4.5', width: 1.5 },
      { d: 'M10.5 10.5 14 14', width: 1.5 },
    ],
  },
  trash: {
    box: 16,
    strokes: [{ d: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4', width: 1.3, joins: true }],
  },
  paste: {
    box: 16,
    strokes: [
      {
        d: 'M5.5 2.5h5v2h-5zM4 3.5H3a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-9a1 1 0 0 0-1-1h-1M5 8h6M5 11h4',
        width: 1.3,
        joins: true,
        butt: true,
      },
    ],
  },
  upload: {
    box: 16,
    strokes: [{ d: 'M8 2v8.5M8 2 4.8 5.2M8 2l3.2 3.2M2.5 10.5V14h11v-3.5', width: 1.4, joins: true }],
  },
  folder: {
    box: 16,
    strokes: [
      {
        d: 'M2 4.5a1 1 0 0 1 1-1h3.2l1.5 1.6H13a1 1 0 0 1 1 1V12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1z',
        width: 1.3,
        joins: true,
        butt: true,
      },
    ],
  },
  drop: { box: 24, strokes: [{ d: 'M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v2.5h16V17', width: 1.8, joins: true }] },
  note: {
    box: 12,
    strokes: [
      { d: 'M2 1.5h6l2 2v7H2z', width: 1.2, butt: true },
      { d: 'M4 5h4M4 7.5h3', width: 1.1, butt: true },
    ],
  },
  logo: {
    box: 18,
    strokes: [
      { d: 'M2 3.5h9a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H7l-3 2.5v-2.5H2z', filled: true, opacity: 0.9 },
      { d: 'M14.5 6.5h.5a1.5 1.5 0 0 1 1.5 1.5v4.5a1.5 1.5 0 0 1-1.5 1.5H14v2l-2.5-2', width: 1.3, butt: true },
    ],
  },
} satisfies Record<string, IconDef>;

export type IconName = keyof typeof DEFS;
export const ICONS: Record<IconName, IconDef> = DEFS;

/** A circle stroke's centre and radius, or null for a path. */
export function circleOf(stroke: IconStroke): { cx: number; cy: number; r: number } | null {
  const m = /^circle ([\d.]+) ([\d.]+) ([\d.]+)$/.exec(stroke.d);
  return m ? { cx: Number(m[1]), cy: Number(m[2]), r: Number(m[3]) } : null;
}
