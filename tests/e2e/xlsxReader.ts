import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of ZIP and SpreadsheetML to read back the workbook the app exports: entries from the
 * central directory (stored or deflated), then the first sheet's cells with shared strings resolved.
 * An independent reader, so the test does not trust the writer library to check itself.
 */
export function unzipEntries(zip: Buffer): Map<string, Buffer> {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a ZIP file: no end-of-central-directory record');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${index}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface SheetCellRead {
  ref: string;
  /** 'n' number, 's' shared string, 'inlineStr', 'str' formula string, 'b' boolean. */
  type: string;
  value: string;
  hasFormula: boolean;
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The cells of xl/worksheets/sheet1.xml, strings resolved. */
export function readFirstSheet(zip: Buffer): SheetCellRead[] {
  const entries = unzipEntries(zip);
  const sheet = entries.get('xl/worksheets/sheet1.xml')?.toString('utf8');
  if (!sheet) throw new Error(`no xl/worksheets/sheet1.xml in ${[...entries.keys()].join(', ')}`);
  const shared = [
    ...(entries.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((match) =>
    decodeXml([...(match[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((match) => {
    const attributes = match[2] ?? '';
    const body = match[3] ?? '';
    const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
    const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? '';
    const value = type === 's' ? (shared[Number(raw)] ?? '') : decodeXml(raw);
    return { ref: match[1] ?? '', type, value, hasFormula: /<f[\s>]/.test(body) };
  });
}
