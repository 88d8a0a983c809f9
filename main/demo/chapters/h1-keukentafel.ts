import { chapter } from './make.js';

export const keukentafel = chapter({
  id: 'ch-keukentafel',
  kind: 'chapter',
  title: 'Aan de keukentafel',
  status: 'inReview',
  updated: '2026-03-05',
  body: `
    Bijna elk verhaal in dit boek komt ergens langs een keukentafel. Daar wordt de koffie gezet als de
    wijkverpleegkundige voor het eerst komt, daar ligt de stapel post die niemand meer opent, daar valt het
    besluit om wel of niet hulp te vragen. Sinds de decentralisaties is ‘het keukentafelgesprek’ ook een
    begrip in het beleid geworden: het gesprek waarin een gemeente met een inwoner bespreekt wat er nodig
    is.^[Met de decentralisaties van 2015 kregen gemeenten de verantwoordelijkheid voor een groot deel van de
    ondersteuning thuis. Het gesprek met de inwoner werd daarbij het vertrekpunt.]

    In de werkgroepen bleek die ene tafel twee heel verschillende plekken te kunnen zijn. Voor de
    professional is het een werkplek, met een gespreksleidraad en een verslag achteraf. Voor de bewoner en
    zijn naasten is het gewoon de tafel waaraan ze elke dag eten. Dit hoofdstuk gaat over wat er gebeurt als
    die twee werelden elkaar daar ontmoeten.

    # Wie zit er eigenlijk aan tafel?

    Een van de eerste oefeningen in de werkgroep was eenvoudig. We vroegen de deelnemers te tekenen wie er bij
    een gemiddeld eerste gesprek aan tafel zitten. De professionals tekenden zichzelf en de bewoner, soms een
    partner. De bewoners en mantelzorgers tekenden meer mensen: de buurvrouw die altijd even binnenloopt, de
    zoon die via de telefoon meeluistert, de hond.

    [[figuur: vis-keukentafel]]

    Dat verschil is veelzeggend. Wie alleen de bewoner ziet, ziet ook alleen wat die bewoner niet meer kan.
    Wie het hele gezelschap ziet, ziet ook wat er al gebeurt. {{thr-keukentafel-ontzorgen: De formele zorg
    wil ontzorgen, maar ontzorgen begint met weten wie er al zorgt.}}

    [[kader: mat-verhaal-buurvrouw | Verhaal]]

    Het verhaal van de buurvrouw maakte in de werkgroep veel los. Niemand had haar bewust buitengesloten. De
    thuiszorg deed wat de indicatie vroeg, de ergotherapeut keek naar de badkamer, het wijkteam naar de
    financiën. Ieder deed zijn werk goed. Maar omdat niemand naar het geheel keek, verdween de persoon die
    het langst en het trouwst had geholpen bijna uit beeld.

    # Van vragenlijst naar gesprek

    Veel gesprekken beginnen met een vragenlijst. Dat is begrijpelijk: een gemeente moet kunnen uitleggen
    waarom iemand wel of geen ondersteuning krijgt, en een vaste lijst helpt om niets te vergeten. Maar
    bewoners ervaren die lijst vaak als een examen dat ze moeten zakken om hulp te krijgen.

    [[kader: mat-citaat-formulier]]

    Het wijkteam in Heukelveen-Oost besloot het anders te doen. In plaats van de vragenlijst ligt er nu eerst
    een groot vel papier op tafel.

    [[kader: mat-praktijk-netwerkkaart | Praktijkvoorbeeld]]

    Wat opvalt aan dit voorbeeld, is niet de methode zelf. Netwerkkaarten bestaan al lang in het sociaal
    werk. Wat opvalt, is de volgorde. Door te beginnen bij wie er al is, verschuift de vraag van ‘wat
    ontbreekt er?’ naar ‘wat is er nodig om dit vol te houden?’. En de bewoner houdt de kaart; het is zijn
    verhaal, niet het dossier van het wijkteam.

    ## Wat professionals daarvoor nodig hebben

    De professionals in de werkgroep waren eerlijk over de drempels. Een gesprek zonder vaste lijst voelt
    onzeker. Het duurt langer, en het verslag moet achteraf toch in het systeem. Een wijkverpleegkundige zei
    het zo: ‘Ik weet hoe ik een indicatie stel. Ik weet minder goed hoe ik een buurvrouw serieus neem.’

    Drie dingen hielpen volgens de deelnemers:

    1. Ruimte in de planning voor een eerste gesprek dat langer mag duren dan een uur.
    2. Een verslag dat de bewoner eerst zelf leest, in gewone taal.
    3. Collega’s die het ook zo doen, zodat een andere aanpak geen eenzame keuze is.

    # Ondersteunen of overnemen

    Zodra duidelijk is wie er al zorgt, dient zich een nieuwe vraag aan: hoe help je zonder over te nemen?
    Professionele zorg is er vaak juist om mantelzorgers te ontlasten. Maar wat voor de een een last is,
    is voor de ander een manier om dichtbij te blijven.

    [[kader: mat-dilemma-overnemen, mat-richting-rollen | Dilemma en oplossingsrichting]]

    De werkgroep kwam uit bij een eenvoudige verschuiving: bespreek niet alleen taken, maar ook rollen. Een
    dochter die haar vader wil blijven wassen, wil misschien wel hulp bij de steunkousen. Een partner die niet
    meer kan tillen, wil nog steeds degene zijn die ’s avonds de thee zet. Wie dat onderscheid maakt, kan
    zware taken overnemen zonder de relatie uit te hollen.

    > Aan de keukentafel word je pas partner als iemand vraagt wat jij wilt blijven doen.

    Zo zei een mantelzorger het in de focusgroep. Het klinkt vanzelfsprekend. De verhalen in dit hoofdstuk
    laten zien dat het dat niet is, en dat een kleine verandering in de volgorde van een gesprek veel verschil
    kan maken, voor de bewoner en voor iedereen die om hem heen staat.
  `,
});
