// Compiles a Typst workspace to PDF in a Node process of its own, started by
// compile.ts, so the compiler starts cold as our export does in the bench: no
// fonts loaded, nothing memoised. Timed from NodeCompiler.create (which reads
// the fonts) to the PDF's bytes. Plain JavaScript, not bundled: the compiler is
// a native addon that esbuild cannot pack.
//
// Arguments: workspace, main file (relative), PDF to write, font files.
// Prints {"ms", "pages", "warnings"} as JSON; on a compile error prints the
// diagnostics to stderr and exits with status 2.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [workspace, mainFile, outFile, ...fontPaths] = process.argv.slice(2);
const { NodeCompiler } = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler');

const start = performance.now();
const compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontPaths }] });
const result = compiler.compile({ mainFilePath: path.join(workspace, mainFile) });
const describe = (error) =>
  (error === null ? [] : compiler.fetchDiagnostics(error)).map((d) => `${d.path}${d.range ? `:${d.range.start.line + 1}:${d.range.start.character + 1}` : ''}: ${d.message}`);
if (result.hasError()) {
  process.stderr.write(`Typst could not compile ${mainFile}:\n${describe(result.takeError()).join('\n')}\n`);
  process.exit(2);
}
const document = result.result;
// Untagged, as our PDF is: a tagged PDF is more work that ours does not do.
const pdf = compiler.pdf(document, { pdfTags: false });
const ms = performance.now() - start;

writeFileSync(outFile, pdf);
process.stdout.write(JSON.stringify({ ms, pages: document.numOfPages, warnings: describe(result.takeWarnings()) }));
