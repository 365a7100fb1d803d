/**
 * `npm run score -- <data> <scorecard.json> [--out ranking.csv] [--period <id>] [--as-of <date>]
 * [--weights dim=30,dim2=10] [--lang zh-CN|en]`. The logic lives in src/cli/scoreCommand.ts; this
 * file only connects it to the file system and the process. Messages follow $LANG unless --lang.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runScoreCommand } from '../src/cli/scoreCommand';

const { exitCode } = runScoreCommand(
  process.argv.slice(2),
  {
    readTextFile: (path) => readFileSync(path, 'utf8'),
    writeTextFile: (path, text) => writeFileSync(path, text, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  process.env.LANG?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
);
process.exitCode = exitCode;
