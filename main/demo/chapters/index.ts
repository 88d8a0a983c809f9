/** The demo's thirteen chapters in reading order: essays stand between the hoofdstukken they comment on. */
import type { Chapter } from '../../model/index.js';
import { aanbevelingen } from './aanbevelingen.js';
import { colofon } from './colofon.js';
import { essayEigenKracht } from './essay-eigen-kracht.js';
import { essayInformeel } from './essay-informeel.js';
import { essaySchakel } from './essay-schakel.js';
import { keukentafel } from './h1-keukentafel.js';
import { ontlasten } from './h2-ontlasten.js';
import { vrijwilligers } from './h3-vrijwilligers.js';
import { initiatieven } from './h4-initiatieven.js';
import { signalen } from './h5-signalen.js';
import { samenLeren } from './h6-samen-leren.js';
import { inleiding } from './inleiding.js';
import { voorwoord } from './voorwoord.js';

export function demoChapters(): Chapter[] {
  return [
    voorwoord,
    inleiding,
    keukentafel,
    ontlasten,
    essayInformeel,
    vrijwilligers,
    initiatieven,
    essayEigenKracht,
    signalen,
    samenLeren,
    essaySchakel,
    aanbevelingen,
    colofon,
  ];
}
