/** The .bundel files named on a command line: a double-click on Windows and Linux, or a second start of the app. */
import path from 'node:path';

export function bundelPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  // argv[0] is the executable; Chromium's own switches start with "-".
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.bundel'))
    .map((arg) => path.resolve(cwd, arg));
}

/** A name the user typed in a save dialog, with the .bundel extension it needs to be found again. */
export function withBundelExtension(file: string): string {
  return file.toLowerCase().endsWith('.bundel') ? file : `${file}.bundel`;
}
