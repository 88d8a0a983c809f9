/** All of the demo's material, kind by kind. */
import type { MaterialItem } from '../../model/index.js';
import { dilemmas } from './dilemmas.js';
import { directions } from './directions.js';
import { practiceExamples } from './practice.js';
import { quotes } from './quotes.js';
import { recommendations } from './recommendations.js';
import { stories } from './stories.js';

export function demoMaterial(): MaterialItem[] {
  return [...stories, ...dilemmas, ...practiceExamples, ...directions, ...quotes, ...recommendations];
}
