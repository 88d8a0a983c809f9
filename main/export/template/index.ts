// House styles as data: the template format and where templates come from.
export { Template, TextStyle, BoxColors, FontName, type BoxKind } from './schema.js';
export { loadTemplate, parseTemplate, templateIds, defaultTemplateId } from './load.js';
export { familiesOf } from './families.js';
