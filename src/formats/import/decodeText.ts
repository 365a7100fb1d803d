/**
 * Bytes → text for CSV files as Excel and WPS write them (ecosystem notes §5.3): "CSV UTF-8" has a
 * BOM, "CSV (逗号分隔)" on Chinese Windows is GBK without one, "Unicode 文本" is UTF-16LE with a BOM.
 * Strict UTF-8 is tried before GB18030 because GB18030 accepts almost any byte soup.
 */

export type TextEncodingName = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  encoding: TextEncodingName;
  text: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // GB18030 is a superset of GBK and GB2312, so it reads all three.
    return { encoding: 'gb18030', text: new TextDecoder('gb18030').decode(bytes) };
  }
}
