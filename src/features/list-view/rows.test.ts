import { describe, expect, it } from 'vitest';
import type { KhattEvent, Precision } from '../../domain/types';
import { buildRows } from './rows';

const event = (id: string, start: string, end: string, precision: Precision): KhattEvent => ({
  id,
  kind: 'attack',
  status: 'occurred',
  title: { ar: id, en: id },
  summary: { ar: '', en: '' },
  date: { start, end, precision, basis: 'printed', note: { ar: '', en: '' }, edtf: start },
  actors: [],
  excerpts: [],
});

const shape = (rows: ReturnType<typeof buildRows>) =>
  rows.map((r) => (r.type === 'heading' ? `# ${r.id} (${r.count})` : `${r.position}. ${r.id}`));

describe('buildRows', () => {
  it('groups events under the month they start in, ranges included', () => {
    expect(
      shape(
        buildRows([
          event('a', '2021-02-03', '2021-02-03', 'day'),
          event('b', '2021-02-01', '2021-02-28', 'month'),
          event('c', '2021-02-20', '2021-04-10', 'range'),
          event('d', '2021-03-01', '2021-03-01', 'day'),
        ]),
      ),
    ).toEqual(['# group-2021-02 (3)', '1. a', '2. b', '3. c', '# group-2021-03 (1)', '4. d']);
  });

  it('gives year-precise events their own group before that year’s months', () => {
    expect(
      shape(
        buildRows([
          event('jan1', '2014-01-01', '2014-01-01', 'day'),
          event('y', '2014-01-01', '2014-12-31', 'year'),
          event('june', '2014-06-10', '2014-06-10', 'day'),
        ]),
      ),
    ).toEqual([
      '# group-2014 (1)',
      '1. y',
      '# group-2014-01 (1)',
      '2. jan1',
      '# group-2014-06 (1)',
      '3. june',
    ]);
  });

  it('gives no rows for no events', () => {
    expect(buildRows([])).toEqual([]);
  });
});
