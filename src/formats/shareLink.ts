/**
 * The share link of issue #4: a scorecard (tree + rules) and the weights in force, packed into the
 * URL hash as `#/share/<payload>`. The data is not in the link; it lives in each browser's
 * IndexedDB, so the recipient's board ranks their own data with the sender's rules.
 *
 * Payload = one marker character + base64url of the UTF-8 bytes of compact JSON
 * `{ "f": "leitai-arena-share", "v": 1, "s": <scorecard>, "w": { nodeId: weight } }`:
 * `z` when the bytes are deflated (`CompressionStream('deflate-raw')`, in every current browser
 * and in Node), `j` when they are not (an environment without compression streams).
 *
 * Decoding refuses anything it cannot fully account for — a cut-off or edited link, an unknown
 * format, a newer version, weights for nodes the scorecard does not have — and validates the
 * scorecard with the scorecard file parser, loaded on demand so zod stays out of the first load.
 */
import { type MessageKey, translate } from '../i18n/messages';
import type { GroupNode, LocalizedText, Scorecard } from '../scoring/model';
import { parseJsonText } from './jsonText';
import { SCORECARD_FILE_FORMAT, SCORECARD_FILE_VERSION } from './scorecardExport';
import type { ScorecardFileIssue } from './scorecardFile';

export const SHARE_LINK_FORMAT = 'leitai-arena-share';
export const SHARE_LINK_VERSION = 1;
/** Longest payload written or read: a whole link stays near 8 kB, which every browser and chat tool keeps. */
export const SHARE_PAYLOAD_MAX_CHARS = 8000;
/** Longest JSON a payload may inflate to: a deflate bomb is cut off here. */
const SHARE_JSON_MAX_BYTES = 512 * 1024;

const DEFLATED = 'z';
const PLAIN = 'j';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export interface SharedScorecard {
  scorecard: Scorecard;
  /** Weight overrides by node id (raw weights, as the weights panel holds them). */
  weights: Record<string, number>;
}

export interface ShareLinkProblem {
  code:
    | 'too-large'
    | 'empty'
    | 'not-base64'
    | 'corrupt'
    | 'wrong-format'
    | 'newer-version'
    | 'bad-weights'
    | 'invalid-scorecard';
  message: LocalizedText;
  /** The scorecard's own problems, each with its JSON path, when the scorecard is invalid. */
  issues?: ScorecardFileIssue[];
}

export type ShareLinkResult<T> = { ok: true; value: T } | { ok: false; problem: ShareLinkProblem };

/** Byte compression; injectable so tests can exercise the uncompressed form. */
export interface ShareCodec {
  deflate: ((bytes: Uint8Array) => Promise<Uint8Array>) | null;
  inflate: ((bytes: Uint8Array, maxBytes: number) => Promise<Uint8Array>) | null;
}

/** Compression streams when the environment has them; otherwise links are written uncompressed. */
export function defaultShareCodec(): ShareCodec {
  const hasStreams = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
  return hasStreams
    ? {
        deflate: (bytes) => pipeBytes(new CompressionStream('deflate-raw'), bytes, Number.POSITIVE_INFINITY),
        inflate: (bytes, maxBytes) => pipeBytes(new DecompressionStream('deflate-raw'), bytes, maxBytes),
      }
    : { deflate: null, inflate: null };
}

/**
 * The payload for a scorecard and its weights in force. Weights equal to the scorecard's own, or
 * for nodes it does not have, are left out: they change nothing and the reader would refuse them.
 */
export async function encodeShareLink(
  share: SharedScorecard,
  codec: ShareCodec = defaultShareCodec(),
): Promise<ShareLinkResult<string>> {
  const json = JSON.stringify({
    f: SHARE_LINK_FORMAT,
    v: SHARE_LINK_VERSION,
    s: share.scorecard,
    w: effectiveOverrides(share.scorecard, share.weights),
  });
  const bytes = new TextEncoder().encode(json);
  const payload = codec.deflate
    ? DEFLATED + toBase64Url(await codec.deflate(bytes))
    : PLAIN + toBase64Url(bytes);
  if (payload.length > SHARE_PAYLOAD_MAX_CHARS)
    return problem('too-large', 'shareLink.tooLarge', payload.length);
  return { ok: true, value: payload };
}

/** Reads a payload back; every way it can be wrong is a problem with a message, never a throw. */
export async function decodeShareLink(
  payload: string,
  codec: ShareCodec = defaultShareCodec(),
): Promise<ShareLinkResult<SharedScorecard>> {
  if (payload.length > SHARE_PAYLOAD_MAX_CHARS)
    return problem('too-large', 'shareLink.tooLarge', payload.length);
  if (payload.length <= 1) return problem('empty', 'shareLink.empty');
  const marker = payload[0];
  const body = payload.slice(1);
  if (!BASE64URL.test(body)) return problem('not-base64', 'shareLink.notBase64');
  const bytes = fromBase64Url(body);
  if (!bytes || (marker !== DEFLATED && marker !== PLAIN)) return problem('corrupt', 'shareLink.corrupt');
  const json = await inflateText(marker === DEFLATED ? codec.inflate : identity, bytes);
  if (json === null) return problem('corrupt', 'shareLink.corrupt');
  const parsed = parseJsonText(json);
  if (!parsed.ok || !isRecord(parsed.value)) return problem('corrupt', 'shareLink.corrupt');
  const { f: format, v: version, s: scorecard, w: weights } = parsed.value;
  if (format !== SHARE_LINK_FORMAT) return problem('wrong-format', 'shareLink.wrongFormat');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return problem('corrupt', 'shareLink.corrupt');
  if (version > SHARE_LINK_VERSION) return problem('newer-version', 'shareLink.newerVersion', version);
  return validateShare(scorecard, weights);
}

async function validateShare(
  rawScorecard: unknown,
  rawWeights: unknown,
): Promise<ShareLinkResult<SharedScorecard>> {
  // Loaded here, not at the top: the parser brings zod, which the leaderboard's first load does without.
  const { parseScorecardFile } = await import('./scorecardFile');
  const file = JSON.stringify({
    format: SCORECARD_FILE_FORMAT,
    version: SCORECARD_FILE_VERSION,
    scorecard: rawScorecard,
  });
  const scorecard = parseScorecardFile(file, 'share-link');
  if (!scorecard.ok) {
    return {
      ok: false,
      problem: {
        ...problemText('invalid-scorecard', 'shareLink.invalidScorecard'),
        issues: scorecard.issues,
      },
    };
  }
  const weights = readWeights(scorecard.value, rawWeights);
  if (!weights.ok) return weights;
  return { ok: true, value: { scorecard: scorecard.value, weights: weights.value } };
}

function readWeights(scorecard: Scorecard, raw: unknown): ShareLinkResult<Record<string, number>> {
  if (raw === undefined) return { ok: true, value: {} };
  if (!isRecord(raw)) return problem('bad-weights', 'shareLink.badWeights', '$.w');
  const nodeIds = new Set(nodeIdsOf(scorecard.root));
  const weights: Record<string, number> = {};
  for (const [id, weight] of Object.entries(raw)) {
    const isValid = nodeIds.has(id) && typeof weight === 'number' && Number.isFinite(weight) && weight >= 0;
    if (!isValid) return problem('bad-weights', 'shareLink.badWeights', id);
    weights[id] = weight;
  }
  return { ok: true, value: weights };
}

function effectiveOverrides(
  scorecard: Scorecard,
  weights: Readonly<Record<string, number>>,
): Record<string, number> {
  const overrides: Record<string, number> = {};
  const visit = (node: Scorecard['root'] | Scorecard['root']['children'][number]) => {
    const weight = weights[node.id];
    if (weight !== undefined && Number.isFinite(weight) && weight >= 0 && weight !== node.weight)
      overrides[node.id] = weight;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(scorecard.root);
  return overrides;
}

function nodeIdsOf(group: GroupNode): string[] {
  return [
    group.id,
    ...group.children.flatMap((child) => ('children' in child ? nodeIdsOf(child) : [child.id])),
  ];
}

/** Base64url without padding (RFC 4648 §5): safe in a URL hash as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or null when it is not base64url (a length no encoder writes). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function identity(bytes: Uint8Array): Promise<Uint8Array> {
  return bytes;
}

async function inflateText(inflate: ShareCodec['inflate'], bytes: Uint8Array): Promise<string | null> {
  if (!inflate) return null;
  try {
    const inflated = await inflate(bytes, SHARE_JSON_MAX_BYTES);
    if (inflated.length > SHARE_JSON_MAX_BYTES) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return null;
  }
}

/** Runs bytes through a (de)compression stream, giving up past `maxBytes` of output. */
async function pipeBytes(
  stream: CompressionStream | DecompressionStream,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises are only kept from going unhandled.
  writer.write(new Uint8Array(bytes)).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new Error('inflated payload too large');
    }
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

function problemText(code: ShareLinkProblem['code'], key: MessageKey, detail?: string | number) {
  const params = { detail: detail ?? '', limit: SHARE_PAYLOAD_MAX_CHARS, latest: SHARE_LINK_VERSION };
  return { code, message: { zh: translate('zh-CN', key, params), en: translate('en', key, params) } };
}

function problem<T>(
  code: ShareLinkProblem['code'],
  key: MessageKey,
  detail?: string | number,
): ShareLinkResult<T> {
  return { ok: false, problem: problemText(code, key, detail) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
