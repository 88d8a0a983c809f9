/** The Dutch catalogue: the source of every sentence Bundel shows. Other languages mirror its keys. */
export const nl = {
  'sessionKind.workgroupMeeting': 'werkgroepbijeenkomst',
  'sessionKind.focusGroup': 'focusgroep',
  'sessionKind.exchange': 'uitwisseling',
  'sessionKind.kitchenTableTalk': 'keukentafelgesprek',
  'sessionKind.learningCircle': 'leerkring',
  'sessionKind.interview': 'interview',

  'materialKind.story': 'verhaal',
  'materialKind.dilemma': 'dilemma',
  'materialKind.practiceExample': 'praktijkvoorbeeld',
  'materialKind.solutionDirection': 'oplossingsrichting',
  'materialKind.quote': 'citaat',
  'materialKind.recommendation': 'aanbeveling',

  'role.policyMaker': 'beleidsmaker',
  'role.socialProfessional': 'sociaal professional',
  'role.teacherResearcher': 'docentonderzoeker',
  'role.resident': 'bewoner',
  'role.volunteer': 'vrijwilliger',
  'role.informalCarer': 'mantelzorger',
  'role.socialEntrepreneur': 'sociaal ondernemer',

  'position.formal': 'formeel',
  'position.hybrid': 'hybride',
  'position.informal': 'informeel',

  'consent.unknown': 'onbekend',
  'consent.requested': 'gevraagd',
  'consent.given': 'gegeven',
  'consent.refused': 'geweigerd',

  'editorialStatus.raw': 'ruw',
  'editorialStatus.edited': 'bewerkt',
  'editorialStatus.approved': 'akkoord',

  'reviewStatus.draft': 'concept',
  'reviewStatus.inReview': 'ter review',
  'reviewStatus.revised': 'herzien',
  'reviewStatus.approved': 'akkoord',

  'chapterKind.preface': 'voorwoord',
  'chapterKind.introduction': 'inleiding',
  'chapterKind.chapter': 'hoofdstuk',
  'chapterKind.essay': 'essay',
  'chapterKind.recommendations': 'aanbevelingen',
  'chapterKind.colophon': 'colofon',

  'audience.policyMakers': 'beleidsmakers',
  'audience.professionals': 'professionals',
  'audience.residents': 'bewoners',

  'narration.firstPerson': 'in de ik-vorm',
  'narration.retold': 'naverteld',

  'profileRole.editor': 'redacteur',
  'profileRole.reviewer': 'meelezer',

  'error.fileNotFound': 'Het bestand {path} bestaat niet. Kies een ander bestand of controleer de naam.',
  'error.notABundel': '{path} is geen Bundel-project. Open een .bundel-bestand, of importeer dit bestand als materiaal.',
  'error.truncated':
    '{path} is onvolledig: het bestand is afgekapt, bijvoorbeeld door een onderbroken kopie. Gebruik een eerdere kopie; dit bestand is niet gewijzigd.',
  'error.corrupt':
    '{path} is beschadigd en kan niet veilig worden geopend. Gebruik een eerdere kopie; dit bestand is niet gewijzigd.',
  'error.newerVersion':
    '{path} is gemaakt met een nieuwere versie van Bundel (bestandsversie {found}, deze versie kent tot {supported}). Werk Bundel bij om het te openen; het bestand is niet gewijzigd.',
  'error.readOnly':
    '{path} is alleen-lezen: wijzigingen kunnen niet worden bewaard. Wat al was opgeslagen blijft bewaard. Sla een kopie op een andere plek op of pas de rechten aan.',
  'error.diskFull':
    'De schijf is vol: de laatste wijziging is niet opgeslagen. Wat eerder was opgeslagen blijft bewaard. Maak ruimte vrij en probeer het opnieuw.',
  'error.locked': '{path} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.',
  'error.fileExists': '{path} bestaat al. Kies een andere naam; het bestaande bestand is niet gewijzigd.',
  'error.invalidRecord': 'Ongeldige gegevens voor {what}: {problem}',
  'error.notFound': '{what} {id} bestaat niet (meer) in dit project.',
  'error.invalidArguments': '{problem}',
  'error.internal': 'Er ging iets mis in Bundel: {detail}. Er is niets verloren gegaan van wat al was opgeslagen.',
} as const;

export type MessageKey = keyof typeof nl;
export type Catalogue = Record<MessageKey, string>;
