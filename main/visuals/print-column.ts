/**
 * The room a figure gets in a template: the text area's width (both writers
 * set a figure across the whole measure; two columns are not set yet) and
 * the template's share of the text area's height.
 */
import { isUserError, type PrintColumn } from '../model/index.js';
import { defaultTemplateId, loadTemplate, type Template } from '../export/template/index.js';
import type { ProjectStore } from '../store/types.js';

export function printColumn(template: Template): PrintColumn {
  const { page } = template;
  return {
    template: template.name,
    width: page.width - page.margins.inner - page.margins.outer,
    maxHeight: (page.height - page.margins.top - page.margins.bottom) * template.figure.maxHeight,
  };
}

/** The column of the publication's template; of the default one when the file names a template this Bundel does not ship. */
export function publicationColumn(store: ProjectStore): PrintColumn {
  try {
    return printColumn(loadTemplate(store.publication.get().templateId));
  } catch (error) {
    if (!isUserError(error)) throw error;
    return printColumn(loadTemplate(defaultTemplateId));
  }
}
