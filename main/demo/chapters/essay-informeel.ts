import { chapter } from './make.js';

export const essayInformeel = chapter({
  id: 'ch-essay-informeel',
  kind: 'essay',
  title: 'Wie is hier eigenlijk informeel?',
  byline: 'Door Hanneke Mulder',
  status: 'revised',
  updated: '2026-03-03',
  body: `
    Op de eerste bijeenkomst van de werkplaats spanden we een touw door de zaal. Aan het ene eind hing een
    briefje met ‘betaald, met opdracht en protocol’, aan het andere ‘onbetaald, uit betrokkenheid’. We vroegen
    iedereen om te gaan staan waar hij of zij zichzelf zag. Ik had verwacht dat de zaal zich in tweeën zou
    splitsen. Dat gebeurde niet. Bijna iedereen stond ergens in het midden.

    [[figuur: vis-spectrum]]

    De wijkteammedewerker vertelde dat ze ’s avonds appjes beantwoordt van cliënten, omdat ze anders niet kan
    slapen. De vrijwilliger van de buurtbus rijdt drie dagen per week, heeft een rooster en krijgt een
    vergoeding. De ervaringsdeskundige is in dienst van een welzijnsorganisatie, juist omdat ze ooit aan de
    andere kant stond. De sociaal ondernemer draait een restaurant dat bestaat bij de gratie van vrijwilligers
    én inkoopcontracten. Wie is hier formeel, en wie informeel?

    # Een tweedeling die we zelf maken

    Het onderscheid tussen formeel en informeel is geen natuurverschijnsel. Het is een ordening die vooral
    de formele kant goed uitkomt. Zij bepaalt wat als zorg telt, wie daarvoor wordt betaald en wie
    verantwoording aflegt. Informeel is dan alles wat daarbuiten valt: de buurvrouw, de zoon, de man na het
    vrijdaggebed.

    Zolang dat onderscheid helpt om verantwoordelijkheden helder te houden, is daar weinig mis mee. Het wordt
    problematisch als het bepaalt wiens kennis telt. In de werkgroepen zagen we hoe snel een gesprek tussen
    ‘formeel en informeel’ ongemerkt een gesprek werd tussen mensen die weten en mensen die ervaren. Terwijl
    de mantelzorger die al vier jaar voor haar man zorgt, meer weet over dementie in het dagelijks leven dan
    de meeste professionals die haar bezoeken.

    # Het risico van inlijven

    Er is nog een tweede gevaar, en dat is subtieler. Hoe meer de formele kant de informele ontdekt, hoe
    groter de verleiding om haar in te lijven. Vrijwilligers krijgen een training, een protocol en een
    meldplicht. Bewonersinitiatieven krijgen subsidie, en daarmee doelstellingen. Mantelzorgers worden
    ‘ingezet’ in een zorgplan. Met de beste bedoelingen maken we van het informele een goedkope variant van
    het formele.^[In de literatuur wordt dit ook wel het ‘formaliseren van het informele’ genoemd. Het
    omgekeerde, professionals die informele werkwijzen overnemen, komt minder vaak voor, maar we zagen er in
    de werkplaats mooie voorbeelden van.]

    Wat daarbij verloren gaat, is precies wat het informele waardevol maakt: dat het niet hoeft. Dat de
    buurvrouw komt omdat ze dat wil, niet omdat het in een plan staat. Dat een bewoner zijn verhaal aan
    Hamid vertelt omdat Hamid níet van de gemeente is.

    # Omdraaien

    Een van de werkgroepen stelde voor het begrippenpaar om te draaien: niet ‘formeel–informeel’, maar
    ‘informeel–formeel’. Dat lijkt een woordspelletje, maar het verandert de vraag. Niet meer: hoe betrekken
    wij als professionals het informele netwerk bij onze zorg? Maar: hoe kan de formele zorg aansluiten bij
    wat mensen al voor elkaar doen, en zich daarna weer bescheiden terugtrekken?

    Dat vraagt iets van professionals dat in geen enkel functieprofiel staat. Het vraagt dat ze durven niet
    te weten, durven te wachten en durven te vragen: wat doet u al, en wat wilt u daarvan houden? En het
    vraagt van beleidsmakers dat ze financieren wat niet te tellen valt.

    Ik sluit af met het touw. Aan het eind van het jaar hebben we het nog een keer gespannen. Opnieuw stond
    bijna iedereen in het midden. Maar dit keer vond niemand dat vreemd. Misschien is dat de belangrijkste
    opbrengst van de werkplaats: dat we het midden niet meer zien als een plek waar je nog niet goed weet waar
    je hoort, maar als de plek waar het samenspel gebeurt.
  `,
});
