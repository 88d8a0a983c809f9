/**
 * An export set ahead: while the editor is still in the Export dialog, the
 * worker sets the export its settings describe, on the project as it is then.
 * When the editor exports with the same settings and the project has not
 * changed, that export is the result, finished or still under way; otherwise
 * it is dropped (it stops at its next chapter) and the export runs afresh.
 */
import { createHash } from 'node:crypto';
import type { ProjectData } from '../../model/index.js';
import type { ExportJobRequest } from './messages.js';

/**
 * What an export depends on, as a digest: the settings and the project's
 * records, images by their content hash (their bytes are what the hash names).
 * Tens of milliseconds on the large project, against seconds of setting it;
 * the project's part once per project a worker holds (jobs.ts).
 */
export function exportKey(data: ProjectData, job: ExportJobRequest): string {
  return createHash('sha256').update(JSON.stringify(job)).update(projectDigest(data)).digest('hex');
}

const digests = new WeakMap<ProjectData, string>();

function projectDigest(data: ProjectData): string {
  let digest = digests.get(data);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify({ ...data, images: data.images.map((image) => image.hash) }))
      .digest('hex');
    digests.set(data, digest);
  }
  return digest;
}
