/**
 * The sentences about images brought in as visuals: what is refused (not an
 * image, an SVG with nothing safe left to draw), the size at 300 dpi and the
 * too-small warning in the form, and `bundel import` of an image. Kept apart
 * from the big catalogues, which spread them in.
 */
export const imageVisualsNl = {
  'error.imageUnrecognised':
    'Dit bestand is geen PNG-, JPEG- of SVG-afbeelding, of het is beschadigd. Bewaar het opnieuw als PNG, JPEG of SVG en probeer het nog eens. Er is niets geïmporteerd.',
  'error.imageNotSvg':
    'Dit bestand is geen SVG-tekening die Bundel kan lezen. Bewaar het in je tekenprogramma opnieuw als SVG (of als PNG) en probeer het nog eens. Er is niets geïmporteerd.',
  'error.imageSvgEmpty':
    'Van deze SVG-tekening blijft niets over om te tonen nadat scripts, koppelingen naar buiten en andere onveilige onderdelen eruit zijn gehaald. Bewaar de tekening als PNG en importeer die. Er is niets geïmporteerd.',

  'ui.visuals.refused': '{name}: {reason}',
  /** The image's size printed at 300 pixels per inch, e.g. "13,5 × 9,0 cm bij 300 dpi". */
  'ui.visuals.printSize': '{width} × {height} cm bij 300 dpi',
  'ui.visuals.vector': 'Vectortekening: scherp op elk formaat',
  'ui.visuals.tooSmall':
    'Te klein voor de tekstkolom van {template} ({column} cm breed): gedrukt op die breedte is het {dpi} dpi. Voor scherp drukwerk is {pixels} pixels breed nodig.',
  'ui.visuals.sharp': 'Scherp genoeg voor de tekstkolom van {template} ({column} cm breed).',

  'import.cli.visual': 'Visual „{title}” toegevoegd uit {file}: {type}, {width} × {height} {units}.',
  'import.cli.pixels': 'pixels',
  'import.cli.userUnits': 'eenheden',
  'import.cli.printSize': 'Bij 300 dpi: {width} × {height} cm.',
  'import.cli.sanitised': 'Onveilige onderdelen uit de SVG-tekening gehaald (scripts, koppelingen naar buiten en dergelijke): {count}.',
};

export const imageVisualsEn: Record<keyof typeof imageVisualsNl, string> = {
  'error.imageUnrecognised':
    'This file is not a PNG, JPEG or SVG image, or it is damaged. Save it again as PNG, JPEG or SVG and try once more. Nothing was imported.',
  'error.imageNotSvg':
    'This file is not an SVG drawing Bundel can read. Save it again as SVG (or PNG) in your drawing program and try once more. Nothing was imported.',
  'error.imageSvgEmpty':
    'Nothing is left to show of this SVG drawing once scripts, links to the outside and other unsafe parts are taken out. Save the drawing as PNG and import that. Nothing was imported.',

  'ui.visuals.refused': '{name}: {reason}',
  'ui.visuals.printSize': '{width} × {height} cm at 300 dpi',
  'ui.visuals.vector': 'Vector drawing: sharp at any size',
  'ui.visuals.tooSmall':
    'Too small for the text column of {template} ({column} cm wide): printed at that width it is {dpi} dpi. Sharp print needs {pixels} pixels across.',
  'ui.visuals.sharp': 'Sharp enough for the text column of {template} ({column} cm wide).',

  'import.cli.visual': 'Visual “{title}” added from {file}: {type}, {width} × {height} {units}.',
  'import.cli.pixels': 'pixels',
  'import.cli.userUnits': 'units',
  'import.cli.printSize': 'At 300 dpi: {width} × {height} cm.',
  'import.cli.sanitised': 'Unsafe parts taken out of the SVG drawing (scripts, links to the outside and the like): {count}.',
};
