/** Dilemma's: situations with two defensible ways to act and an open question. */
import type { MaterialItem } from '../../model/index.js';
import { dilemma } from './make.js';

export const dilemmas: MaterialItem[] = [
  dilemma({
    id: 'mat-dilemma-overnemen',
    title: 'Ondersteunen of overnemen?',
    workgroup: 'mantelzorg',
    session: '02',
    by: ['petra-de-wit', 'fatma-yilmaz'],
    themes: ['mantelzorg', 'eigen regie'],
    status: 'approved',
    created: '2025-04-14',
    updated: '2025-10-21',
    body: `
      Een wijkverpleegkundige ziet dat een dochter haar vader bijna dagelijks helpt met wassen en aankleden.
      Ze doet het met zichtbare liefde, maar ook met een rug die niet meer wil. Professionele hulp ligt voor
      de hand. Toch aarzelt de verpleegkundige.
    `,
    situation:
      'Een mantelzorger doet zorgtaken die zwaar voor haar zijn, maar die ze zelf heel belangrijk vindt. ' +
      'Professionele verzorging kan die taken van haar overnemen.',
    onOneHand:
      'Overnemen ontlast de mantelzorger lichamelijk en voorkomt dat zij uitvalt. Wachten tot het misgaat is ' +
      'geen goed plan.',
    onOtherHand:
      'Wie de zorg overneemt, neemt ook iets van de relatie af. Voor vader en dochter is het wassen een moment van ' +
      'nabijheid, geen taak op een lijst.',
    question: 'Hoe ontlast je een mantelzorger zonder haar de rol af te nemen die ze zelf wil houden?',
  }),
  dilemma({
    id: 'mat-dilemma-melden',
    title: 'Melden of zwijgen?',
    workgroup: 'wijk',
    session: '06',
    by: ['wim-van-rijn', 'lotte-jansen'],
    themes: ['vrijwilligers', 'privacy', 'vertrouwen'],
    status: 'approved',
    created: '2025-10-06',
    updated: '2025-12-09',
    body: `
      Vrijwilligers komen achter voordeuren waar professionals niet komen. Ze zien dingen die zorgen baren,
      maar ze zijn er gekomen op vertrouwen, en vaak voor iets heel anders.
    `,
    situation:
      'Een vrijwilliger van de klussendienst treft bij een bewoner een situatie aan die op verwaarlozing wijst. ' +
      'De bewoner heeft alleen om hulp bij een klus gevraagd.',
    onOneHand:
      'Wie iets ziet en niets doet, laat iemand mogelijk in de steek. Het wijkteam kan hulp bieden die een ' +
      'vrijwilliger niet kan geven.',
    onOtherHand:
      'Melden zonder het te vragen beschaamt het vertrouwen. De bewoner kan de deur voortaan dichthouden, ook ' +
      'voor de vrijwilliger.',
    question: 'Wanneer en hoe geeft een vrijwilliger een zorg door zonder het vertrouwen van de bewoner te verliezen?',
  }),
  dilemma({
    id: 'mat-dilemma-vergoeding',
    title: 'Vergoeden of vrijlaten?',
    workgroup: 'wijk',
    session: '06',
    by: ['joost-van-der-linden', 'lotte-jansen'],
    themes: ['vrijwilligers', 'geld en regels'],
    status: 'edited',
    created: '2025-10-07',
    updated: '2026-01-15',
    body: `
      De buurtbus rijdt op vrijwilligers. Sommigen rijden drie dagen per week. De vraag of zij een vergoeding
      moeten krijgen, leidde in de focusgroep tot het felste gesprek van de middag.
    `,
    situation:
      'Een vrijwilligersorganisatie overweegt haar vaste vrijwilligers een vrijwilligersvergoeding te geven, nu ' +
      'de gemeente daar budget voor beschikbaar stelt.',
    onOneHand:
      'Een vergoeding is een blijk van waardering en maakt vrijwilligerswerk bereikbaar voor mensen met weinig ' +
      'geld. Het maakt de inzet ook betrouwbaarder.',
    onOtherHand:
      'Met geld komen verwachtingen: roosters, verantwoording, aanspreekbaarheid. Wat vrijwillig begon, gaat ' +
      'op werk lijken, en wie geen vergoeding krijgt, voelt zich minder gewaardeerd.',
    question: 'Hoe waardeer je vrijwilligers zonder van hun inzet een baan te maken?',
  }),
  dilemma({
    id: 'mat-dilemma-subsidie',
    title: 'Verantwoorden of vertrouwen?',
    workgroup: null,
    session: '08',
    by: ['samira-el-amrani', 'kees-de-groot'],
    themes: ['geld en regels', 'bewonersinitiatieven', 'vertrouwen'],
    status: 'approved',
    created: '2025-11-24',
    updated: '2026-02-03',
    body: `
      Gemeenten willen bewonersinitiatieven steunen en moeten tegelijk kunnen uitleggen waar het geld van de
      gemeenschap naartoe gaat. Aan de tafel van de focusgroep zaten beide kanten.
    `,
    situation:
      'Een buurtkamer krijgt subsidie voor huur en inrichting. De gemeente vraagt aan het eind van het jaar om ' +
      'een verantwoording met bezoekersaantallen en behaalde doelen.',
    onOneHand:
      'Publiek geld vraagt om verantwoording. De gemeenteraad wil weten wat het oplevert, en andere initiatieven ' +
      'willen weten waarom deze wel geld kreeg.',
    onOtherHand:
      'Turflijsten en doelenformulieren kosten vrijwilligers tijd en plezier. Wat een buurtkamer oplevert, ' +
      'zit in ontmoetingen die zich niet laten tellen.',
    question: 'Welke verantwoording past bij een initiatief dat op vertrouwen en vrije tijd draait?',
  }),
  dilemma({
    id: 'mat-dilemma-signalen',
    title: 'Delen of beschermen?',
    workgroup: 'wijk',
    session: '07',
    by: ['rob-van-der-meer', 'mirjam-peters'],
    themes: ['privacy', 'samenwerking', 'vertrouwen'],
    status: 'approved',
    created: '2025-11-03',
    updated: '2026-01-27',
    body: `
      Samenwerking in de wijk draait op informatie. Maar informatie over een gezin is niet van het netwerk; ze is
      van het gezin. In de werkgroep botsten die twee waarheden meer dan eens.
    `,
    situation:
      'School, wijkteam en sportvereniging maken zich alle drie zorgen over hetzelfde gezin. Ieder weet een ' +
      'stukje; niemand kent het hele verhaal.',
    onOneHand:
      'Door kennis te bundelen kan hulp eerder en beter aansluiten. Zonder overleg werkt iedereen langs elkaar ' +
      'heen en moet het gezin zijn verhaal drie keer doen.',
    onOtherHand:
      'Overleg over een gezin zonder dat gezin ondermijnt het vertrouwen. Wie merkt dat er over hem gepraat ' +
      'wordt, vertelt voortaan minder.',
    question: 'Hoe werk je samen rond een gezin zonder over het hoofd van dat gezin heen te praten?',
  }),
  dilemma({
    id: 'mat-dilemma-respijt',
    title: 'Logeren of thuisblijven?',
    workgroup: 'mantelzorg',
    session: '05',
    by: ['fatma-yilmaz', 'marianne-stolk'],
    themes: ['mantelzorg', 'eigen regie'],
    status: 'edited',
    created: '2025-09-15',
    updated: '2026-01-06',
    body: `
      Respijtzorg bestaat in de regio in allerlei vormen. Toch blijft een groot deel van het aanbod onbenut. De
      werkgroep hoorde waarom, uit de mond van mantelzorgers zelf.
    `,
    situation:
      'Een mantelzorger is uitgeput en heeft dringend een weekend rust nodig. Er is een logeerplek beschikbaar, ' +
      'maar haar partner wil er niet heen.',
    onOneHand:
      'Zonder adempauze houdt de mantelzorger het niet vol, en dan is niemand geholpen. Soms moet de ' +
      'zorgvrager iets doen wat hij niet wil, voor het welzijn van hen samen.',
    onOtherHand:
      'De partner heeft het recht om thuis te blijven. Een logeerweekend tegen zijn zin kan onrust, verwarring ' +
      'en schuldgevoel opleveren, en daarmee juist meer zorg.',
    question: 'Wiens regie weegt zwaarder als rust voor de een ongemak betekent voor de ander?',
  }),
  dilemma({
    id: 'mat-dilemma-school',
    title: 'Benoemen of met rust laten?',
    workgroup: 'mantelzorg',
    session: '09',
    by: ['daan-verhoef'],
    themes: ['mantelzorg', 'privacy'],
    status: 'raw',
    created: '2025-12-15',
    updated: '2025-12-15',
    body: `
      Mentoren zien soms dat een leerling thuis veel zorg draagt. Ze twijfelen of ze dat moeten benoemen.
    `,
    situation:
      'Een mentor vermoedt dat een leerling thuis zorgt voor een ziek gezinslid. De leerling zegt er zelf niets over.',
    onOneHand:
      'Benoemen opent de weg naar steun en begrip, bijvoorbeeld uitstel van een toets of een plek om op adem te komen.',
    onOtherHand:
      'Jongeren willen vaak gewoon jong zijn op school. Een etiket als ‘jonge mantelzorger’ kan voelen als ' +
      'een stempel, en als verraad aan de ouders.',
    question: 'Hoe bied je een jonge mantelzorger steun zonder hem of haar een etiket op te plakken?',
  }),
  dilemma({
    id: 'mat-dilemma-studenten',
    title: 'Leren in de wijk of leren van de wijk?',
    workgroup: null,
    session: '10',
    by: ['thomas-brouwer', 'gijs-hendriks'],
    themes: ['samen leren', 'vertrouwen'],
    status: 'edited',
    created: '2026-01-26',
    updated: '2026-02-27',
    body: `
      Hogescholen sturen elk jaar tientallen studenten de wijk in. Bewoners zijn daar lang niet altijd blij mee.
    `,
    situation:
      'Een bewonersgroep krijgt ieder semester nieuwe studenten die onderzoek komen doen. Sommige bewoners ' +
      'hebben het gevoel dat ze vooral proefpersoon zijn.',
    onOneHand:
      'Studenten leren het vak het best in echte wijken, met echte bewoners. De wijk krijgt er frisse ogen en ' +
      'extra handen voor terug.',
    onOtherHand:
      'Elk halfjaar een nieuw gezicht, steeds dezelfde vragen en zelden iets terug: zo raakt een wijk ' +
      'onderzoeksmoe, en wordt het vertrouwen in de hogeschool kleiner.',
    question: 'Hoe wordt de wijk een leerplek waar bewoners evenveel van leren als studenten?',
  }),
];
