/**
 * Exports on the test bridge: there is no save dialog in a browser tab, so an
 * export goes into an `exports` folder beside the project file (the visuals
 * into `exports/visuals-<name>/`), and the job's status says where.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ExportJobs } from '../export/jobs/jobs.js';
import type { ExportServices } from '../ipc/export-handlers.js';

export function bridgeExports(projectPath: string): ExportServices {
  // The build puts the worker next to this script in dist/main.
  const jobs = new ExportJobs(path.join(path.dirname(process.argv[1] ?? '.'), 'export-worker.cjs'));
  return {
    jobs,
    chooseTarget: (format, suggestedName) => {
      const folder = path.join(path.dirname(projectPath), 'exports');
      mkdirSync(folder, { recursive: true });
      return Promise.resolve(path.join(folder, format === 'visuals' ? `visuals-${suggestedName}` : `${suggestedName}.${format}`));
    },
  };
}
