import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { KhattEvent } from '../src/domain/types';
import { expect, test } from './fixtures';
import { inTimeOrder } from './helpers';

interface PrintedPdf {
  /** The extracted text of each page. */
  pages: string[];
  /** The PDF's outline (bookmarks, made from the headings): title's letters → page index. */
  outline: Map<string, number>;
}

async function outlinePages(doc: PDFDocumentProxy): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const walk = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') out.set(letters(item.title), await doc.getPageIndex(ref));
      await walk(item.items);
    }
  };
  await walk(await doc.getOutline());
  return out;
}

/** Reads a PDF with pdf.js: page texts and the outline. */
async function readPdf(pdf: Buffer): Promise<PrintedPdf> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  const outline = await outlinePages(doc);
  await doc.destroy();
  return { pages, outline };
}

/** Text compared without spaces, which PDF text runs place anywhere. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s/g, '');

/**
 * A heading as its letters, sorted. Chromium builds outline titles from the laid-out lines:
 * a line break drops its space, and a mixed-direction title (Arabic with quotes) comes out in
 * visual order, so only the letters it holds can be compared.
 */
const letters = (text: string) => [...squash(text)].sort().join('');

test.describe('printing', () => {
  test('prints the filtered events as a paginated list with excerpts and sources', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open('kinds=attack');
    await khatt.page.emulateMedia({ media: 'print' });
    const attacks: KhattEvent[] = inTimeOrder(corpus.events.filter((e) => e.kind === 'attack'));
    const list = khatt.page.getByRole('region', { name: khatt.s('print:label') });
    await expect(list.getByRole('listitem')).toHaveCount(attacks.length);
    const pdf = await readPdf(await khatt.page.pdf({ format: 'A4', outline: true, tagged: true }));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(page.length).toBeGreaterThan(100);

    // The outline is built from the printed headings as Unicode text, so it names every event
    // in the page language, Arabic included (pdf.js cannot map Chromium's shaped Arabic glyphs
    // back to letters, so Arabic page text is not comparable).
    const titles = [...pdf.outline.keys()];
    for (const event of attacks) expect(titles).toContain(letters(khatt.title(event)));
    const other = corpus.events.find((e) => e.kind !== 'attack');
    if (other) expect(titles).not.toContain(letters(khatt.title(other)));
    expect(titles.length).toBe(attacks.length + 1);
    // Printed in time order: the outline pages never go backwards.
    const order = attacks.map((e) => pdf.outline.get(letters(khatt.title(e))) ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const all = pdf.pages.join('');
    // Dates print with Latin digits in both languages.
    for (const event of attacks) expect(all).toContain(event.date.start.slice(0, 4));
    if (khatt.lang === 'en') {
      // No controls print, and each event sits whole on one page: the source line of its last
      // excerpt is on the page its title starts.
      expect(all).not.toContain(squash(khatt.s('export:toggle')));
      expect(all).not.toContain(squash(khatt.s('filters:clearAll')));
      expect(all).toContain(squash(khatt.s('details:actors')));
      for (const event of attacks) {
        const source = corpus.sources.find((s) => s.id === event.excerpts.at(-1)?.source);
        const page = pdf.outline.get(letters(khatt.title(event))) ?? -1;
        expect(pdf.pages[page], `${event.id} whole on page ${page + 1}`).toContain(
          squash(source?.title.en ?? '?'),
        );
      }
    }
  });

  test('renders the print list when the browser announces printing, and not on screen', async ({
    khatt,
  }) => {
    test.slow(); // follows a PDF run; under load its axe pass has taken over 30 s
    await khatt.open('kinds=withdrawal');
    const list = khatt.page.getByRole('region', {
      name: khatt.s('print:label'),
      includeHidden: true,
    });
    await expect(list).toHaveCount(0);
    await khatt.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(list).toBeAttached();
    await expect(list).toBeHidden();
    await khatt.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(list).toHaveCount(0);
    await khatt.expectAccessible();
  });
});
