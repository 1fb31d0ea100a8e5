import { describe, expect, it } from 'vitest';
import { readJson } from './corpus';

const bytes = (...parts: (string | number[])[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  );

/** What readJson gives and what response.json() gives, for the same bytes. */
async function both(body: Uint8Array<ArrayBuffer>) {
  const read = (how: (r: Response) => Promise<unknown>) =>
    how(new Response(body)).then(
      (value) => ({ value }),
      (error: unknown) => ({ error: (error as Error).name }),
    );
  return [await read(readJson), await read((r) => r.json())];
}

describe('readJson', () => {
  it('reads a file as response.json() does', async () => {
    const [ours, theirs] = await both(bytes('{"title":{"ar":"هجوم صاروخي","en":"Rocket attack"}}'));
    expect(ours).toStrictEqual(theirs);
    expect(ours).toStrictEqual({ value: { title: { ar: 'هجوم صاروخي', en: 'Rocket attack' } } });
  });

  it('drops a leading byte order mark, and reads a broken byte as U+FFFD, as json() does', async () => {
    const [bom, bomTheirs] = await both(bytes([0xef, 0xbb, 0xbf], '[1]'));
    expect(bom).toStrictEqual({ value: [1] });
    expect(bom).toStrictEqual(bomTheirs);
    const [broken, brokenTheirs] = await both(bytes('["a', [0xd8], 'b"]'));
    expect(broken).toStrictEqual({ value: ['a\ufffdb'] });
    expect(broken).toStrictEqual(brokenTheirs);
  });

  it('throws a SyntaxError for a file that is not JSON, as json() does', async () => {
    for (const text of ['<!doctype html><title>404</title>', '{"events":[', '']) {
      const [ours, theirs] = await both(bytes(text));
      expect(ours).toStrictEqual({ error: 'SyntaxError' });
      expect(ours).toStrictEqual(theirs);
    }
  });
});
