import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundelPathsFromArgv, withBundelExtension } from '../../../main/electron/open-paths.js';

describe('bundelPathsFromArgv', () => {
  it('takes .bundel files, resolved against the working folder', () => {
    const argv = ['/opt/Bundel/bundel', '--no-sandbox', 'Jaarbundel.bundel', '/tmp/Ander.BUNDEL', 'notities.txt'];
    expect(bundelPathsFromArgv(argv, '/home/redactie')).toEqual([
      path.resolve('/home/redactie', 'Jaarbundel.bundel'),
      '/tmp/Ander.BUNDEL',
    ]);
  });

  it('ignores the executable and switches', () => {
    expect(bundelPathsFromArgv(['/x/y.bundel', '--inspect=x.bundel'], '/')).toEqual([]);
  });
});

describe('withBundelExtension', () => {
  it('adds the extension once', () => {
    expect(withBundelExtension('/d/Nieuwe bundel')).toBe('/d/Nieuwe bundel.bundel');
    expect(withBundelExtension('/d/x.Bundel')).toBe('/d/x.Bundel');
  });
});
