import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../scoring/model';
import { buildGroup, buildLeaf, buildScorecard } from '../scoring/testFixtures';
import {
  decodeShareLink,
  encodeShareLink,
  fromBase64Url,
  SHARE_PAYLOAD_MAX_CHARS,
  type ShareCodec,
  type ShareLinkResult,
  toBase64Url,
} from './shareLink';

const UNCOMPRESSED: ShareCodec = { deflate: null, inflate: null };

function arenaScorecard(): Scorecard {
  return buildScorecard(
    [
      buildGroup(
        'dim-achievements',
        [buildLeaf('jury-achievements', { normalisation: { method: 'none' } })],
        {
          name: { zh: '展实绩', en: 'Achievements' },
          weight: 35,
        },
      ),
      buildGroup('dim-plans', [buildLeaf('jury-plans', { normalisation: { method: 'none' } })], {
        name: { zh: '谈打算', en: 'Plans' },
        weight: 65,
      }),
    ],
    { id: 'contest-2023', name: { zh: '功能区擂台赛（上合示范区版）', en: 'Arena' }, revision: 2 },
  );
}

function unwrap<T>(result: ShareLinkResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.problem.code}: ${result.problem.message.en}`);
  return result.value;
}

async function payloadOf(json: unknown, codec?: ShareCodec): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  if (codec === UNCOMPRESSED) return `j${toBase64Url(bytes)}`;
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(bytes);
  void writer.close();
  const reader = stream.readable.getReader();
  const chunks: number[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(...value);
  }
  return `z${toBase64Url(new Uint8Array(chunks))}`;
}

describe('encodeShareLink / decodeShareLink', () => {
  it('round-trips a scorecard with Chinese names and its weights in force', async () => {
    const share = { scorecard: arenaScorecard(), weights: { 'dim-achievements': 80, 'dim-plans': 20 } };
    const payload = unwrap(await encodeShareLink(share));
    expect(payload).toMatch(/^z[A-Za-z0-9_-]+$/);
    expect(unwrap(await decodeShareLink(payload))).toEqual(share);
  });

  it('leaves out weights equal to the scorecard’s own and weights for nodes it does not have', async () => {
    const share = {
      scorecard: arenaScorecard(),
      weights: { 'dim-achievements': 35, 'dim-plans': 10, 'no-such-node': 5 },
    };
    const decoded = unwrap(await decodeShareLink(unwrap(await encodeShareLink(share))));
    expect(decoded.weights).toEqual({ 'dim-plans': 10 });
  });

  it('writes and reads an uncompressed link where compression streams are missing', async () => {
    const share = { scorecard: arenaScorecard(), weights: { 'dim-plans': 0 } };
    const payload = unwrap(await encodeShareLink(share, UNCOMPRESSED));
    expect(payload.startsWith('j')).toBe(true);
    expect(unwrap(await decodeShareLink(payload, UNCOMPRESSED))).toEqual(share);
    expect(unwrap(await decodeShareLink(payload))).toEqual(share);
  });

  it('compresses: the bundled-size scorecard fits well within the limit', async () => {
    const payload = unwrap(await encodeShareLink({ scorecard: arenaScorecard(), weights: {} }));
    const plain = unwrap(await encodeShareLink({ scorecard: arenaScorecard(), weights: {} }, UNCOMPRESSED));
    expect(payload.length).toBeLessThan(plain.length);
    expect(payload.length).toBeLessThan(1000);
  });

  it('refuses to write a link over the limit, saying to send a file instead', async () => {
    // Pseudo-random Chinese names hardly compress: 400 leaves make a link far over 8,000 characters.
    let seed = 7;
    const noise = () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(0x4e00 + (seed % 20000));
    };
    const leaves = Array.from({ length: 400 }, (_, index) =>
      buildLeaf(`indicator-${index}`, { name: { zh: `${noise()}${noise()}${noise()}`, en: `${index}` } }),
    );
    const result = await encodeShareLink({ scorecard: buildScorecard(leaves), weights: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('too-large');
    expect(!result.ok && result.problem.message.zh).toContain('导出评分方案 (JSON)');
  });

  it('refuses to read a payload over the limit without unpacking it', async () => {
    const result = await decodeShareLink(`z${'A'.repeat(SHARE_PAYLOAD_MAX_CHARS)}`);
    expect(!result.ok && result.problem.code).toBe('too-large');
  });
});

describe('decodeShareLink refuses tampered links with a clear message', () => {
  it.each([
    ['an empty payload', '', 'empty'],
    ['characters outside base64url', 'zAB+CD/EF', 'not-base64'],
    ['an unknown marker', 'qAAAA', 'corrupt'],
    ['bytes that are not deflate data', 'z____', 'corrupt'],
  ])('%s', async (_label, payload, code) => {
    const result = await decodeShareLink(payload);
    expect(!result.ok && result.problem.code).toBe(code);
    expect(!result.ok && result.problem.message.zh.length).toBeGreaterThan(0);
    expect(!result.ok && result.problem.message.en.length).toBeGreaterThan(0);
  });

  it('refuses a link cut off in the middle', async () => {
    const payload = unwrap(await encodeShareLink({ scorecard: arenaScorecard(), weights: {} }));
    const result = await decodeShareLink(payload.slice(0, Math.floor(payload.length / 2)));
    expect(!result.ok && result.problem.code).toBe('corrupt');
    expect(!result.ok && result.problem.message.zh).toContain('链接已损坏');
  });

  it('refuses a link with one character changed', async () => {
    const payload = unwrap(await encodeShareLink({ scorecard: arenaScorecard(), weights: {} }));
    const middle = Math.floor(payload.length / 2);
    const changed = `${payload.slice(0, middle)}${payload[middle] === 'A' ? 'B' : 'A'}${payload.slice(middle + 1)}`;
    expect((await decodeShareLink(changed)).ok).toBe(false);
  });

  it('refuses JSON that is not a share link, and a newer version', async () => {
    const other = await decodeShareLink(await payloadOf({ format: 'leitai-arena-scorecard' }));
    expect(!other.ok && other.problem.code).toBe('wrong-format');
    const newer = await decodeShareLink(
      await payloadOf({ f: 'leitai-arena-share', v: 9, s: arenaScorecard(), w: {} }),
    );
    expect(!newer.ok && newer.problem.code).toBe('newer-version');
    expect(!newer.ok && newer.problem.message.en).toContain('version 9');
  });

  it('lists the problems of an invalid scorecard with their JSON paths', async () => {
    const scorecard = arenaScorecard();
    const broken = { ...scorecard, root: { ...scorecard.root, weight: -1 } };
    const result = await decodeShareLink(
      await payloadOf({ f: 'leitai-arena-share', v: 1, s: broken, w: {} }),
    );
    expect(!result.ok && result.problem.code).toBe('invalid-scorecard');
    expect(!result.ok && result.problem.issues?.map((issue) => issue.path)).toEqual([
      '$.scorecard.root.weight',
    ]);
  });

  it.each([
    ['a node the scorecard does not have', { 'dim-extra': 10 }],
    ['a negative weight', { 'dim-plans': -5 }],
    ['a weight that is not a number', { 'dim-plans': '50' }],
    ['a list instead of weights', [1, 2]],
  ])('refuses weights naming %s', async (_label, weights) => {
    const result = await decodeShareLink(
      await payloadOf({ f: 'leitai-arena-share', v: 1, s: arenaScorecard(), w: weights }, UNCOMPRESSED),
    );
    expect(!result.ok && result.problem.code).toBe('bad-weights');
  });

  it('drops prototype keys instead of assigning them', async () => {
    const json = `{"f":"leitai-arena-share","v":1,"s":${JSON.stringify(arenaScorecard())},"w":{"__proto__":{"polluted":1}}}`;
    const result = await decodeShareLink(`j${toBase64Url(new TextEncoder().encode(json))}`);
    expect(unwrap(result).weights).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops unpacking a deflate bomb', async () => {
    const payload = await payloadOf({ f: 'leitai-arena-share', v: 1, pad: ' '.repeat(2_000_000) });
    expect(payload.length).toBeLessThan(SHARE_PAYLOAD_MAX_CHARS);
    const result = await decodeShareLink(payload);
    expect(!result.ok && result.problem.code).toBe('corrupt');
  });
});

describe('base64url', () => {
  it('round-trips every byte value without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(fromBase64Url(text) ?? [])).toEqual(Array.from(bytes));
  });

  it('rejects a length no encoder writes', () => {
    expect(fromBase64Url('A')).toBeNull();
    expect(fromBase64Url('AB=')).toBeNull();
  });
});
