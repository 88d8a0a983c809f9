import type { Catalogue } from './nl.js';

export const en: Catalogue = {
  'sessionKind.workgroupMeeting': 'workgroup meeting',
  'sessionKind.focusGroup': 'focus group',
  'sessionKind.exchange': 'exchange',
  'sessionKind.kitchenTableTalk': 'kitchen-table talk',
  'sessionKind.learningCircle': 'learning circle',
  'sessionKind.interview': 'interview',

  'materialKind.story': 'story',
  'materialKind.dilemma': 'dilemma',
  'materialKind.practiceExample': 'practice example',
  'materialKind.solutionDirection': 'solution direction',
  'materialKind.quote': 'quote',
  'materialKind.recommendation': 'recommendation',

  'role.policyMaker': 'policy maker',
  'role.socialProfessional': 'social professional',
  'role.teacherResearcher': 'teacher-researcher',
  'role.resident': 'resident',
  'role.volunteer': 'volunteer',
  'role.informalCarer': 'informal carer',
  'role.socialEntrepreneur': 'social entrepreneur',

  'position.formal': 'formal',
  'position.hybrid': 'hybrid',
  'position.informal': 'informal',

  'consent.unknown': 'unknown',
  'consent.requested': 'requested',
  'consent.given': 'given',
  'consent.refused': 'refused',

  'editorialStatus.raw': 'raw',
  'editorialStatus.edited': 'edited',
  'editorialStatus.approved': 'approved',

  'reviewStatus.draft': 'draft',
  'reviewStatus.inReview': 'in review',
  'reviewStatus.revised': 'revised',
  'reviewStatus.approved': 'approved',

  'chapterKind.preface': 'preface',
  'chapterKind.introduction': 'introduction',
  'chapterKind.chapter': 'chapter',
  'chapterKind.essay': 'essay',
  'chapterKind.recommendations': 'recommendations',
  'chapterKind.colophon': 'colophon',

  'audience.policyMakers': 'policy makers',
  'audience.professionals': 'professionals',
  'audience.residents': 'residents',

  'narration.firstPerson': 'first person',
  'narration.retold': 'retold',

  'profileRole.editor': 'editor',
  'profileRole.reviewer': 'reviewer',

  'error.fileNotFound': 'The file {path} does not exist. Choose another file or check the name.',
  'error.notABundel': '{path} is not a Bundel project. Open a .bundel file, or import this file as material.',
  'error.truncated':
    '{path} is incomplete: the file was cut short, for example by an interrupted copy. Use an earlier copy; this file was not changed.',
  'error.corrupt': '{path} is damaged and cannot be opened safely. Use an earlier copy; this file was not changed.',
  'error.newerVersion':
    '{path} was made by a newer version of Bundel (file version {found}, this version knows up to {supported}). Update Bundel to open it; the file was not changed.',
  'error.readOnly':
    '{path} is read-only: changes cannot be saved. What was saved before is kept. Save a copy elsewhere or change the permissions.',
  'error.diskFull':
    'The disk is full: the last change was not saved. What was saved before is kept. Free some space and try again.',
  'error.locked': '{path} is in use by another program. Close it there and try again.',
  'error.fileExists': '{path} already exists. Choose another name; the existing file was not changed.',
  'error.invalidRecord': 'Invalid data for {what}: {problem}',
  'error.notFound': '{what} {id} does not exist (any more) in this project.',
  'error.invalidArguments': '{problem}',
  'error.internal': 'Something went wrong in Bundel: {detail}. Nothing that was already saved has been lost.',
};
