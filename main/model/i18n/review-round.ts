/**
 * The sentences of the review round in the app: making a reviewer copy and
 * importing what a reviewer sends back. Kept apart from the big catalogues,
 * which spread them in, so the round's words are found together.
 */
export const reviewRoundNl = {
  'error.reviewerNoCopies':
    'Als meelezer kun je geen meeleeskopieën maken en geen opmerkingen van meelezers in het project importeren: dat doet de redacteur in het eigen project. Stuur je kopie terug naar de redactie. Er is niets gewijzigd.',
  'error.docxNoComments':
    '{path} bevat geen opmerkingen. Kies het Word-bestand waarin de meelezer opmerkingen heeft gezet (in Word: Controleren > Nieuwe opmerking). Er is niets geïmporteerd.',

  'menu.file.reviewCopy': 'Meeleeskopie maken…',
  'menu.file.reviewImport': 'Opmerkingen van meelezer importeren…',
  'dialog.reviewCopy.title': 'Meeleeskopie bewaren',
  'dialog.filter.reviewCopy': 'Meeleeskopie (Bundel)',
  /** The suggested file name of a copy, without extension. */
  'reviewRound.copyFileName': '{project} - meeleeskopie {name}',

  'ui.reviewRound.copy.button': 'Meeleeskopie maken…',
  'ui.reviewRound.copy.title': 'Meeleeskopie maken',
  'ui.reviewRound.copy.intro':
    'Een kopie van dit project voor één meelezer. Die opent als meeleeskopie: opmerkingen maken, reageren, afhandelen en de reviewstatus zetten kan, de tekst wijzigen niet. Haal de opmerkingen daarna terug met „Opmerkingen importeren…”.',
  'ui.reviewRound.copy.name': 'Naam van de meelezer',
  'ui.reviewRound.copy.initials': 'Initialen',
  'ui.reviewRound.copy.initialsHint': 'Leeg laten om ze uit de naam te halen.',
  'ui.reviewRound.copy.start': 'Kopie maken',
  'ui.reviewRound.copy.making': 'De kopie wordt gemaakt…',
  'ui.reviewRound.copy.done': 'De meeleeskopie voor {name} is bewaard als:',
  'ui.reviewRound.copy.doneHint': 'Stuur dit bestand naar {name}. Het opent in Bundel als meeleeskopie.',

  'ui.reviewRound.import.button': 'Opmerkingen importeren…',
  'ui.reviewRound.import.title': 'Opmerkingen van een meelezer importeren',
  'ui.reviewRound.import.file': 'Bestand van de meelezer',
  'ui.reviewRound.import.fileHint':
    'Een meeleeskopie (.bundel) die terugkomt, of een Word-bestand (.docx) van de export waarin de meelezer opmerkingen heeft gezet.',
  'ui.reviewRound.import.reading': '{name} wordt ingelezen…',
  'ui.reviewRound.import.summary': 'Toegevoegd: {added} · al aanwezig: {matched} · niet teruggevonden: {unplaced}',
  'ui.reviewRound.import.nothingNew': 'Niets nieuws: alles uit {name} stond al in het project.',
  'ui.reviewRound.import.added': 'Toegevoegd',
  'ui.reviewRound.import.matched': 'Al aanwezig',
  'ui.reviewRound.import.unplaced': 'Niet teruggevonden',
  'ui.reviewRound.import.unplacedHint':
    'De tekst waar deze opmerkingen bij stonden is er niet meer. Ze zijn niet weggegooid: ze staan bij de dichtstbijzijnde tekst van het hoofdstuk en zeggen dat ze verplaatst zijn.',
  'ui.reviewRound.import.kept': 'bewaard in „{chapter}”',
  'ui.reviewRound.import.notPlaced': 'niet geplaatst: het hoofdstuk bestaat niet meer',
  'ui.reviewRound.import.open': 'Bekijken in „{chapter}”',
  'ui.reviewRound.what.thread': 'opmerking',
  'ui.reviewRound.what.reply': 'reactie',
  'ui.reviewRound.what.edit': 'bewerkte opmerking',
  'ui.reviewRound.what.resolved': 'afgehandeld',
  'ui.reviewRound.what.reopened': 'heropend',
  'ui.reviewRound.what.status': 'reviewstatus',
} as const;

export const reviewRoundEn: Record<keyof typeof reviewRoundNl, string> = {
  'error.reviewerNoCopies':
    "As a reviewer you cannot make reviewer copies or import reviewers' comments into the project: the editor does that in their own project. Send your copy back to the editors. Nothing was changed.",
  'error.docxNoComments':
    '{path} holds no comments. Choose the Word file in which the reviewer added comments (in Word: Review > New Comment). Nothing was imported.',

  'menu.file.reviewCopy': 'Make reviewer copy…',
  'menu.file.reviewImport': 'Import reviewer comments…',
  'dialog.reviewCopy.title': 'Save reviewer copy',
  'dialog.filter.reviewCopy': 'Reviewer copy (Bundel)',
  'reviewRound.copyFileName': '{project} - reviewer copy {name}',

  'ui.reviewRound.copy.button': 'Make reviewer copy…',
  'ui.reviewRound.copy.title': 'Make a reviewer copy',
  'ui.reviewRound.copy.intro':
    'A copy of this project for one reviewer. It opens as a reviewer copy: commenting, replying, resolving and setting the review status work, changing the text does not. Bring the comments back afterwards with "Import comments…".',
  'ui.reviewRound.copy.name': "Reviewer's name",
  'ui.reviewRound.copy.initials': 'Initials',
  'ui.reviewRound.copy.initialsHint': 'Leave empty to take them from the name.',
  'ui.reviewRound.copy.start': 'Make copy',
  'ui.reviewRound.copy.making': 'Making the copy…',
  'ui.reviewRound.copy.done': 'The reviewer copy for {name} was saved as:',
  'ui.reviewRound.copy.doneHint': 'Send this file to {name}. It opens in Bundel as a reviewer copy.',

  'ui.reviewRound.import.button': 'Import comments…',
  'ui.reviewRound.import.title': "Import a reviewer's comments",
  'ui.reviewRound.import.file': "The reviewer's file",
  'ui.reviewRound.import.fileHint':
    'A reviewer copy (.bundel) sent back, or a Word file (.docx) of the export in which the reviewer added comments.',
  'ui.reviewRound.import.reading': 'Reading {name}…',
  'ui.reviewRound.import.summary': 'Added: {added} · already there: {matched} · not found: {unplaced}',
  'ui.reviewRound.import.nothingNew': 'Nothing new: everything in {name} was in the project already.',
  'ui.reviewRound.import.added': 'Added',
  'ui.reviewRound.import.matched': 'Already there',
  'ui.reviewRound.import.unplaced': 'Not found',
  'ui.reviewRound.import.unplacedHint':
    'The text these comments were on is gone. They were not thrown away: they sit on the nearest text of their chapter and say that they moved.',
  'ui.reviewRound.import.kept': 'kept in "{chapter}"',
  'ui.reviewRound.import.notPlaced': 'not placed: the chapter no longer exists',
  'ui.reviewRound.import.open': 'Show in "{chapter}"',
  'ui.reviewRound.what.thread': 'comment',
  'ui.reviewRound.what.reply': 'reply',
  'ui.reviewRound.what.edit': 'edited comment',
  'ui.reviewRound.what.resolved': 'resolved',
  'ui.reviewRound.what.reopened': 'reopened',
  'ui.reviewRound.what.status': 'review status',
};
