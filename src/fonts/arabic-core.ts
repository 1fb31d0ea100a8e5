/**
 * The bundled Arabic faces (Noto Naskh Arabic for reading, Noto Sans Arabic for the interface)
 * are each split in two @font-face rules of one family (src/fonts/fonts.css): a core that holds
 * the Arabic block and the spaces and joiners written with it, cut at build time
 * (scripts/fonts.ts), and @fontsource's whole file for the rest of what the face covers (Arabic
 * Supplement and Extended, presentation forms). A browser downloads a rule's file only for text
 * in its range, so Arabic news text costs the core alone: about half the bytes on the first view.
 */

/** Inclusive code point ranges. */
type Ranges = readonly (readonly [number, number])[];

/** What the core holds: the space, no-break space, the Arabic block, joiners and marks, hyphens. */
export const CORE_RANGES: Ranges = [
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x600, 0x6ff],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
];

/** The rest of @fontsource's Arabic files, served from the whole face when a text needs it. */
export const REST_RANGES: Ranges = [
  [0x750, 0x77f],
  [0x870, 0x8ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0x10efd, 0x10eff],
];

export const ARABIC_FACES = [
  { family: 'noto-naskh-arabic', weight: 400 },
  { family: 'noto-naskh-arabic', weight: 700 },
  { family: 'noto-sans-arabic', weight: 400 },
  { family: 'noto-sans-arabic', weight: 700 },
] as const;

export const coreFileName = (face: (typeof ARABIC_FACES)[number]) =>
  `${face.family}-${face.weight}-core.woff2`;

export const CORE_CODE_POINTS: readonly number[] = CORE_RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i),
);

/** Whether a code point is in the ranges. */
export const inRanges = (ranges: Ranges, cp: number) =>
  ranges.some(([from, to]) => cp >= from && cp <= to);

/** The ranges as a CSS `unicode-range` value. */
export function unicodeRange(ranges: Ranges): string {
  const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
  return ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(', ');
}
