/**
 * The room a figure gets in a template: the text area's width (both writers
 * set a figure across the whole measure; two columns are not set yet) and
 * the template's share of the text area's height.
 */
import type { PrintColumn } from '../model/index.js';
import type { Template } from '../export/template/index.js';

export function printColumn(template: Template): PrintColumn {
  const { page } = template;
  return {
    template: template.name,
    width: page.width - page.margins.inner - page.margins.outer,
    maxHeight: (page.height - page.margins.top - page.margins.bottom) * template.figure.maxHeight,
  };
}
