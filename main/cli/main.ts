/** Entry of the `bundel` command: Dutch by default, BUNDEL_LANG=en for English. */
import { localeFromEnvironment } from '../model/index.js';
import { runCli } from './run.js';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  locale: localeFromEnvironment(process.env) ?? 'nl',
}).then((code) => {
  process.exitCode = code;
});
