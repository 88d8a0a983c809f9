import { chapter } from './make.js';

export const ontlasten = chapter({
  id: 'ch-ontlasten',
  kind: 'chapter',
  title: 'Ontlasten zonder over te nemen',
  status: 'inReview',
  updated: '2026-03-09',
  body: `
    In de focusgroep met mantelzorgers in Oostwaarde vroegen we aan het begin wat hen het meest zou ontlasten.
    We verwachtten antwoorden over huishoudelijke hulp, dagbesteding of een oppas. Die kwamen ook. Maar het
    vaakst genoemd werd iets anders: minder regelwerk. Minder formulieren, minder telefoontjes, minder
    verschillende gezichten die allemaal dezelfde vragen stellen.

    [[kader: mat-citaat-pauze]]

    Dit hoofdstuk gaat over de vraag hoe de formele kant mantelzorgers echt kan ontlasten, zonder hen te
    behandelen als een hulpbron die op peil moet blijven, en zonder het heft over te nemen.

    # De mantelzorger bestaat niet

    In beleidsstukken is ‘de mantelzorger’ vaak een oudere vrouw die voor haar partner zorgt. Die bestaat,
    en ze zat ook in onze werkgroep. Maar naast haar zaten een zoon met een fulltime baan, een moeder van een
    volwassen zoon met een verstandelijke beperking, en – via het verhaal van een jongerenwerker – een
    scholier van zeventien. Wat hen ontlast, verschilt sterk.

    [[kader: mat-verhaal-zoon-met-een-baan | Verhaal]]

    Het verhaal van deze zoon laat zien hoe vanzelfsprekend de formele zorg uitgaat van mantelzorgers die
    overdag beschikbaar zijn. Dat is voor een groot deel van hen niet zo: veel mantelzorgers combineren de
    zorg met betaald werk.^[Cijfers over mantelzorg en werk verschillen per bron en per definitie. Voor deze
    bundel is vooral van belang dat werkende mantelzorgers een grote groep zijn, die zelden aan tafel zit als
    het aanbod wordt ontworpen.] Een spreekuur op dinsdagmiddag is voor hen geen aanbod, maar een drempel.

    [[kader: mat-citaat-niet-de-baas]]

    # Wat ontlast echt?

    Uit de gesprekken kwamen drie soorten ontlasting naar voren, die in de praktijk vaak door elkaar lopen:

    - **Praktische ontlasting**: iemand neemt een taak over, zoals douchen, boodschappen of vervoer.
    - **Organisatorische ontlasting**: minder regelwerk, één aanspreekpunt, afspraken buiten werktijd.
    - **Emotionele ontlasting**: iemand die vraagt hoe het met jóu gaat, en ervaringsgenoten die het herkennen.

    Het aanbod in de regio richt zich vooral op de eerste soort. Mantelzorgers vroegen vaker om de tweede en
    de derde. Het Steunpunt Mantelzorg in Arkeldijk trok daaruit een eenvoudige conclusie, en de
    zorgboerderij in Rietdonk een andere.

    [[kader: mat-praktijk-mantelzorgcafe, mat-praktijk-logeren-op-de-boerderij | Praktijkvoorbeelden]]

    Beide voorbeelden hebben gemeen dat ze beginnen bij het leven van de mantelzorger en de zorgvrager samen,
    en niet bij het aanbod. Het mantelzorgcafé verhuisde naar een moment waarop werkende mantelzorgers kunnen.
    De zorgboerderij bood logeren aan op een plek die al vertrouwd was. Daarmee loste ze een probleem op dat
    in de werkgroep steeds terugkwam.

    ## Respijt dat niet wordt gebruikt

    In de regio bestaat veel respijtzorg: logeerhuizen, dagbesteding, vrijwillige oppas. Toch blijft een
    groot deel ervan onbenut. De werkgroep hoorde drie redenen: mantelzorgers voelen zich schuldig, het
    regelen kost meer energie dan het oplevert, en de naaste wil eenvoudigweg niet.

    [[kader: mat-dilemma-respijt]]

    Dit dilemma laat zich niet oplossen met een beter aanbod alleen. Het vraagt om een gesprek waarin de
    belangen van beiden op tafel komen, en om respijt dat de zorgvrager zelf ook prettig vindt. Een
    deelnemer zei het zo: ‘Een weekend rust is pas rust als ik niet de hele tijd aan hem denk.’

    # Zorgen op je zeventiende

    De stilste groep mantelzorgers zat niet aan tafel. Jonge mantelzorgers – kinderen en jongeren die thuis
    zorgen voor een ziek gezinslid – vallen zelden op, omdat ze niet opvallen wíllen. Voor hen is het gewoon
    thuis. {{thr-ontlasten-iris: Pas als het misgaat op school, wordt er soms doorgevraagd.}}

    [[kader: mat-verhaal-iris | Verhaal]]

    Het verhaal van Iris laat zien hoe belangrijk het is dat er iemand is die ze al kent en vertrouwt. Niet
    de afdelingsleider die haar op het strafwerk aanspreekt, maar de jongerenwerker van het voetbaltoernooi.
    Informele contacten blijken hier de toegang tot formele steun.

    Voor wie meer wil weten over steun voor mantelzorgers van alle leeftijden: de landelijke vereniging
    [MantelzorgNL](https://www.mantelzorg.nl) heeft informatie en een advieslijn. In de Lingedelta kunt u
    terecht bij het Steunpunt Mantelzorg.

    # Tot slot

    Ontlasten zonder over te nemen vraagt van professionals dat ze de mantelzorger zien als partner met een
    eigen leven, niet als verlengstuk van de zorg. Het vraagt van gemeenten dat ze hun aanbod afstemmen op
    wanneer en hoe mantelzorgers kunnen. En het vraagt van mantelzorgers zelf, zoals een van hen zei, ‘dat je
    hulp durft te vragen voordat je niet meer kunt’.
  `,
});
