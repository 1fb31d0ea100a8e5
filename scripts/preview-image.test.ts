import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { IMAGE_HEIGHT, IMAGE_WIDTH, renderPreview, type PreviewCard } from './preview-image';

const card = (lang: 'ar' | 'en'): PreviewCard => ({
  lang,
  kind: 'attack',
  label: lang === 'ar' ? 'هجوم' : 'Attack',
  title: lang === 'ar' ? 'هجوم على أربيل' : 'Attack on Erbil',
  subtitle: lang === 'ar' ? '15 شباط 2021' : '15 February 2021',
  footer: 'خط · Khatt',
});

/** Dark (text) pixels in the left and right halves of the title band, away from the edge band. */
function inkByHalf(png: PNG): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (let y = 180; y < 300; y++) {
    for (let x = 40; x < IMAGE_WIDTH - 40; x++) {
      const i = (y * png.width + x) * 4;
      const dark = (png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 200;
      if (dark) {
        if (x < IMAGE_WIDTH / 2) left++;
        else right++;
      }
    }
  }
  return { left, right };
}

describe('renderPreview', () => {
  it('draws a 1200×630 PNG that is not blank', async () => {
    const png = PNG.sync.read(await renderPreview(card('ar')));
    expect([png.width, png.height]).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);
    const { left, right } = inkByHalf(png);
    expect(left + right).toBeGreaterThan(2000);
  });

  it('sets an Arabic title from the right edge and an English one from the left', async () => {
    const ar = inkByHalf(PNG.sync.read(await renderPreview(card('ar'))));
    const en = inkByHalf(PNG.sync.read(await renderPreview(card('en'))));
    // The short titles fill less than a line: their ink sits on the side they start from.
    expect(ar.right).toBeGreaterThan(ar.left * 1.5);
    expect(en.left).toBeGreaterThan(en.right * 1.5);
  });
});
