/**
 * The preview of a chosen file under the dialog's options, read again when
 * they change (after a short pause, so typing a workgroup's name does not
 * send the file once per keystroke). A refused file leaves no preview and the
 * importers' sentence.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportFile, ImportOptions, ImportPreview } from '../../main/ipc/contract.js';
import { useData } from '../app/data.js';
import { errorText } from '../app/errors.js';
import { useI18n } from '../i18n/I18n.js';

const PAUSE_MS = 300;

export interface PreviewState {
  preview: ImportPreview | null;
  error: string | null;
  loading: boolean;
}

export function usePreview(file: ImportFile | null, options: ImportOptions): PreviewState {
  const { client } = useData();
  const { t } = useI18n();
  const [state, setState] = useState<PreviewState>({ preview: null, error: null, loading: false });
  const key = JSON.stringify(options);
  const shownFile = useRef<ImportFile | null>(null);

  useEffect(() => {
    if (file === null) {
      setState({ preview: null, error: null, loading: false });
      return;
    }
    let live = true;
    // The last preview stays on screen while the next is read; its error does not.
    setState((s) => ({ preview: s.preview, error: null, loading: true }));
    // A new file is read at once; changed options wait for a pause.
    const fresh = shownFile.current !== file;
    shownFile.current = file;
    const timer = window.setTimeout(
      () => {
        client.import
          .preview({ file, options: JSON.parse(key) as ImportOptions })
          .then((preview) => live && setState({ preview, error: null, loading: false }))
          .catch((error: unknown) => live && setState({ preview: null, error: errorText(error, t), loading: false }));
      },
      fresh ? 0 : PAUSE_MS,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, file, key, t]);

  return state;
}
