/**
 * The closed vocabularies of the domain. Codes are English; the Dutch words the
 * UI shows live in the message catalogue (i18n/), keyed by these codes.
 */
import { z } from 'zod';

export const sessionKinds = [
  'workgroupMeeting',
  'focusGroup',
  'exchange',
  'kitchenTableTalk',
  'learningCircle',
  'interview',
] as const;
export const SessionKind = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof SessionKind>;

export const materialKinds = [
  'story',
  'dilemma',
  'practiceExample',
  'solutionDirection',
  'quote',
  'recommendation',
] as const;
export const MaterialKind = z.enum(materialKinds);
export type MaterialKind = z.infer<typeof MaterialKind>;

export const roles = [
  'policyMaker',
  'socialProfessional',
  'teacherResearcher',
  'resident',
  'volunteer',
  'informalCarer',
  'socialEntrepreneur',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Where someone stands between paid professional and unpaid civic work. */
export const positions = ['formal', 'hybrid', 'informal'] as const;
export const Position = z.enum(positions);
export type Position = z.infer<typeof Position>;

export const consentStates = ['unknown', 'requested', 'given', 'refused'] as const;
export const Consent = z.enum(consentStates);
export type Consent = z.infer<typeof Consent>;

export const editorialStatuses = ['raw', 'edited', 'approved'] as const;
export const EditorialStatus = z.enum(editorialStatuses);
export type EditorialStatus = z.infer<typeof EditorialStatus>;

/** A chapter's review status, in the order a chapter moves through them. */
export const reviewStatuses = ['draft', 'inReview', 'revised', 'approved'] as const;
export const ReviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const chapterKinds = [
  'preface',
  'introduction',
  'chapter',
  'essay',
  'recommendations',
  'colophon',
] as const;
export const ChapterKind = z.enum(chapterKinds);
export type ChapterKind = z.infer<typeof ChapterKind>;

/** Whom a recommendation addresses. */
export const audiences = ['policyMakers', 'professionals', 'residents'] as const;
export const Audience = z.enum(audiences);
export type Audience = z.infer<typeof Audience>;

/** How a story is told. */
export const narrations = ['firstPerson', 'retold'] as const;
export const Narration = z.enum(narrations);
export type Narration = z.infer<typeof Narration>;

/** Who is using the app: editors change everything, reviewers only comment. */
export const profileRoles = ['editor', 'reviewer'] as const;
export const ProfileRole = z.enum(profileRoles);
export type ProfileRole = z.infer<typeof ProfileRole>;
