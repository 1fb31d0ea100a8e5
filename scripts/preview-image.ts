import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { EventKind, Lang } from '../src/domain/types';

/**
 * Link-preview images (1200×630 PNG, the Open Graph size) drawn at build time with Skia
 * (@napi-rs/canvas: HarfBuzz shaping, ICU bidi) and the app's own bundled fonts, so Arabic is
 * joined and ordered right to left exactly as in the app. No browser is involved.
 */

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/** The light theme's tokens (src/app/app.css): paper, ink, muted text and the kind colours. */
const PAPER = '#fbfaf7';
const INK = '#1c1d1f';
const MUTED = '#55595f';
const RULE = '#c9c6bd';
export const KIND_COLOURS: Record<EventKind, string> = {
  withdrawal: '#0f766e',
  attack: '#b42318',
  diplomacy: '#4338ca',
};

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  resolve(dirname(require.resolve(`${pkg}/package.json`)), 'files', file);

/** The fontsource subsets, registered under family names used only here. */
const FONTS: [pkg: string, file: string, family: string][] = [
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff2', 'KhattNaskh'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-700-normal.woff2', 'KhattNaskh'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-latin-400-normal.woff2', 'KhattNaskhLatin'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-latin-700-normal.woff2', 'KhattNaskhLatin'],
  ['@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff2', 'KhattSans'],
  ['@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff2', 'KhattSans'],
  ['@fontsource/noto-sans', 'noto-sans-latin-ext-400-normal.woff2', 'KhattSansExt'],
  ['@fontsource/noto-sans', 'noto-sans-latin-ext-700-normal.woff2', 'KhattSansExt'],
];

let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const [pkg, file, family] of FONTS) {
    if (!GlobalFonts.registerFromPath(fontFile(pkg, file), family)) {
      throw new Error(`khatt-previews: cannot load the font ${pkg}/files/${file}`);
    }
  }
  registered = true;
}

/** Arabic text falls back to the Latin subset (digits, Latin names); English the other way. */
const FAMILY: Record<Lang, string> = {
  ar: 'KhattNaskh, KhattNaskhLatin, KhattSans',
  en: 'KhattSans, KhattSansExt, KhattNaskh',
};

/** What one preview shows: a heading line above, the title, a line below, and a footer. */
export interface PreviewCard {
  lang: Lang;
  /** The kind mark and colour, or null for the home card (all three kinds). */
  kind: EventKind | null;
  /** The line above the title: the kind (and status), or the site's name. */
  label: string;
  title: string;
  /** The line below the title: the date as the app writes it, or the span of the corpus. */
  subtitle: string;
  /** The corner text: the site's brand and host. */
  footer: string;
}

/** Words of `text` in lines no wider than `width`, at most `max` lines (the last one cut with …). */
function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last.includes(' ') && ctx.measureText(`${last} …`).width > width) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  kept[max - 1] = `${last} …`;
  return kept;
}

/** The timeline's mark for a kind: ■ withdrawal, ▲ attack, ● diplomacy. */
function drawMark(ctx: SKRSContext2D, kind: EventKind, x: number, y: number, size: number): void {
  ctx.fillStyle = KIND_COLOURS[kind];
  ctx.beginPath();
  if (kind === 'withdrawal') ctx.rect(x, y, size, size);
  else if (kind === 'attack') {
    ctx.moveTo(x + size / 2, y);
    ctx.lineTo(x + size, y + size);
    ctx.lineTo(x, y + size);
    ctx.closePath();
  } else ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
  ctx.fill();
}

const MARGIN = 80;

/** Draws a card and returns it as PNG bytes. */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  registerFonts();
  const canvas = createCanvas(IMAGE_WIDTH, IMAGE_HEIGHT);
  const ctx = canvas.getContext('2d');
  const rtl = card.lang === 'ar';
  const family = FAMILY[card.lang];
  // The inline start: the right edge in Arabic, the left in English.
  const start = rtl ? IMAGE_WIDTH - MARGIN : MARGIN;
  const toward = (x: number, by: number) => (rtl ? x - by : x + by);
  const textWidth = IMAGE_WIDTH - 2 * MARGIN;

  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
  // A band in the kind's colour along the inline-start edge (the three kinds for the home card).
  const kinds: EventKind[] = card.kind ? [card.kind] : ['withdrawal', 'attack', 'diplomacy'];
  const band = IMAGE_HEIGHT / kinds.length;
  kinds.forEach((kind, i) => {
    ctx.fillStyle = KIND_COLOURS[kind];
    ctx.fillRect(rtl ? IMAGE_WIDTH - 24 : 0, i * band, 24, band);
  });

  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';

  // The label, after the kind's mark.
  const labelSize = 40;
  let labelX = start;
  if (card.kind) {
    drawMark(ctx, card.kind, rtl ? start - labelSize * 0.8 : start, 100, labelSize * 0.8);
    labelX = toward(start, labelSize * 1.3);
  }
  ctx.font = `bold ${labelSize}px ${family}`;
  ctx.fillStyle = card.kind ? KIND_COLOURS[card.kind] : MUTED;
  ctx.fillText(card.label, labelX, 132);

  // The title, as large as three lines allow.
  const titleSize = card.kind ? 64 : 96;
  ctx.font = `bold ${titleSize}px ${family}`;
  ctx.fillStyle = INK;
  const lines = wrap(ctx, card.title, textWidth, card.kind ? 3 : 2);
  const lineHeight = titleSize * 1.45;
  let y = 160 + lineHeight;
  for (const line of lines) {
    ctx.fillText(line, start, y);
    y += lineHeight;
  }

  ctx.font = `${card.kind ? 44 : 40}px ${family}`;
  ctx.fillStyle = MUTED;
  for (const line of wrap(ctx, card.subtitle, textWidth, 2)) {
    ctx.fillText(line, start, y - lineHeight * 0.25 + 20);
    y += 60;
  }

  ctx.fillStyle = RULE;
  ctx.fillRect(MARGIN, IMAGE_HEIGHT - 110, textWidth, 2);
  ctx.font = `bold 32px ${family}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(card.footer, start, IMAGE_HEIGHT - 56);

  return canvas.encode('png');
}
