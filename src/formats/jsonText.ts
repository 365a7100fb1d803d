/**
 * Reading JSON text that comes from a user's file: prototype keys are dropped, and a syntax error
 * is located by line and column in every browser (engines word and position their own messages
 * differently, and some give no position at all).
 */

/** Keys that must never reach an object in the app, whatever the file says (DESIGN §8). */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonSyntaxError {
  /** 1-based, as an editor shows it. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count for the BMP). */
  column: number;
  /** The unexpected character, or null at the end of the text. */
  found: string | null;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses JSON, dropping `__proto__`, `constructor` and `prototype` keys at every depth (they are
 * removed, never assigned). A leading UTF-8 byte-order mark is ignored.
 */
export function parseJsonText(text: string): JsonTextResult {
  const source = stripByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(source, dropPrototypeKeys) };
  } catch {
    return { ok: false, error: locateJsonSyntaxError(source) };
  }
}

export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function dropPrototypeKeys(key: string, value: unknown): unknown {
  return PROTOTYPE_KEYS.has(key) ? undefined : value;
}

/**
 * Finds where JSON text stops being valid (RFC 8259). Only called after JSON.parse failed, so it
 * favours clarity over speed.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError {
  const offset = new JsonScanner(text).firstErrorOffset();
  return { ...lineAndColumn(text, offset), found: offset < text.length ? (text[offset] ?? null) : null };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

/** A recursive-descent JSON reader that only reports the offset of the first error. */
class JsonScanner {
  private position = 0;

  constructor(private readonly text: string) {}

  firstErrorOffset(): number {
    try {
      this.value();
      this.skipWhitespace();
      if (this.position < this.text.length) return this.position;
      // JSON.parse rejected text this scanner accepts (should not happen): point at the end.
      return this.text.length;
    } catch (error) {
      if (error instanceof SyntaxStop) return error.offset;
      throw error;
    }
  }

  private value(): void {
    this.skipWhitespace();
    const char = this.text[this.position];
    if (char === '{') this.object();
    else if (char === '[') this.array();
    else if (char === '"') this.string();
    else this.scalar();
  }

  /** A number or one of true, false, null. */
  private scalar(): void {
    NUMBER.lastIndex = this.position;
    if (NUMBER.test(this.text)) {
      this.position = NUMBER.lastIndex;
      return;
    }
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.position));
    if (literal === undefined) throw new SyntaxStop(this.position);
    this.position += literal.length;
  }

  private object(): void {
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') throw new SyntaxStop(this.position);
      this.string();
      this.expect(':');
      this.value();
      if (this.separatorOrEnd('}')) return;
    }
  }

  private array(): void {
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position++;
      return;
    }
    for (;;) {
      this.value();
      if (this.separatorOrEnd(']')) return;
    }
  }

  /** Consumes `,` (returns false: more follows) or the closing bracket (returns true). */
  private separatorOrEnd(close: string): boolean {
    this.skipWhitespace();
    const char = this.text[this.position];
    if (char === ',') {
      this.position++;
      return false;
    }
    if (char === close) {
      this.position++;
      return true;
    }
    throw new SyntaxStop(this.position);
  }

  private string(): void {
    this.position++;
    while (this.position < this.text.length) {
      const code = this.text.charCodeAt(this.position);
      if (code === 0x22) {
        this.position++;
        return;
      }
      if (code < 0x20) throw new SyntaxStop(this.position);
      if (code === 0x5c) this.escape();
      else this.position++;
    }
    throw new SyntaxStop(this.position);
  }

  private escape(): void {
    const next = this.text[this.position + 1];
    if (next !== undefined && '"\\/bfnrt'.includes(next)) {
      this.position += 2;
      return;
    }
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
      this.position += 6;
      return;
    }
    throw new SyntaxStop(this.position);
  }

  private expect(char: string): void {
    this.skipWhitespace();
    if (this.text[this.position] !== char) throw new SyntaxStop(this.position);
    this.position++;
  }

  private skipWhitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.position] ?? '')) this.position++;
  }
}
