/** Entry of the `bundel` command: Dutch by default, BUNDEL_LANG=en for English. */
import type { Locale } from '../model/index.js';
import { runCli } from './run.js';

const locale: Locale = process.env.BUNDEL_LANG === 'en' ? 'en' : 'nl';
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  locale,
}).then((code) => {
  process.exitCode = code;
});
