/**
 * Publicatie: the publication's details and its own word divisions, on one
 * page. The form starts from the publication as stored and keeps its own
 * edits until they are saved.
 */
import { useQuery } from '../app/data.js';
import { PublicationForm } from './PublicationForm.js';

export function PublicationView() {
  const publication = useQuery('publication.get', {});
  // The templates' names, as the export dialog offers them.
  const options = useQuery('export.options', {});
  if (!publication.data) return publication.error ? <p className="pane-note form-error">{publication.error}</p> : null;
  return (
    <div className="publication-page">
      <PublicationForm initial={publication.data} templates={options.data?.templates ?? null} />
    </div>
  );
}
