import { describe, expect, it, vi } from 'vitest';
import { readJson } from './corpus';

const bytes = (...parts: (string | number[])[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  );

/** A file of `body`, its Content-Length saying it is big (read from its bytes) or small. */
const served = (body: Uint8Array<ArrayBuffer>, big: boolean) =>
  new Response(body, { headers: big ? { 'content-length': '5000000' } : {} });

/** What readJson gives and what response.json() gives, for the same bytes, big or small. */
async function both(body: Uint8Array<ArrayBuffer>, big = true) {
  const read = (how: (r: Response) => Promise<unknown>) =>
    how(served(body, big)).then(
      (value) => ({ value }),
      (error: unknown) => ({ error: (error as Error).name }),
    );
  return [await read(readJson), await read((r) => r.json())];
}

describe('readJson', () => {
  it('reads a big file from its bytes, a small one with json()', async () => {
    const fromBytes = vi.spyOn(Response.prototype, 'arrayBuffer');
    await readJson(served(bytes('[1]'), true));
    expect(fromBytes).toHaveBeenCalledTimes(1);
    await readJson(served(bytes('[1]'), false));
    expect(fromBytes).toHaveBeenCalledTimes(1);
    fromBytes.mockRestore();
  });

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
