import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml is valid against the JSON schema that electron-builder itself ships. */
const require = createRequire(import.meta.url);
const schema: object = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config: Record<string, unknown> = parse(readFileSync('electron-builder.yml', 'utf8'));

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a misspelt key, so the check is real', () => {
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    expect(ajv.compile(schema)({ ...config, fileAsociations: [] })).toBe(false);
  });

  it('names the product, associates .bundel files and targets every platform', () => {
    expect(config.productName).toBe('Bundel');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'bundel' })]);
    const targets = (platform: string) => (config[platform] as { target: string[] }).target;
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets('win')).toContain('nsis');
    expect(targets('mac')).toContain('dmg');
  });
});
