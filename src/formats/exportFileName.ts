/**
 * Exported files are named `<scorecard-id>-<period>-<yyyymmdd-hhmm>.<ext>` (local time), so a
 * folder of exports sorts by scorecard, then period, then time. Characters that Windows, macOS or
 * Linux refuse in a file name (and whitespace) become `_`.
 */
export function exportFileName(scorecardId: string, periodId: string, date: Date, extension: string): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const stamp = `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
  return `${safePart(scorecardId)}-${safePart(periodId)}-${stamp}.${extension}`;
}

function safePart(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must go
  const safe = text.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').slice(0, 60);
  return safe === '' ? '_' : safe;
}
