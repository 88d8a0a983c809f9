/**
 * Reviewer copies on the test bridge: there is no save dialog in a browser
 * tab, so a copy goes into the `exports` folder beside the project file (as
 * exports do), under a name not taken yet, and the answer says where.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ReviewCopyServices } from '../ipc/review-handlers.js';

export function bridgeReviewCopies(projectPath: string): ReviewCopyServices {
  return {
    chooseCopyTarget: (suggestedName) => {
      const folder = path.join(path.dirname(projectPath), 'exports');
      mkdirSync(folder, { recursive: true });
      // A second copy for the same reviewer must not fail on the first one's name.
      let target = path.join(folder, `${suggestedName}.bundel`);
      for (let n = 2; existsSync(target); n++) target = path.join(folder, `${suggestedName} (${n}).bundel`);
      return Promise.resolve(target);
    },
  };
}
