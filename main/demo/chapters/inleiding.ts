import { chapter } from './make.js';

export const inleiding = chapter({
  id: 'ch-inleiding',
  kind: 'introduction',
  title: 'Inleiding: een jaar aan tafel',
  byline: 'Door de redactie',
  status: 'revised',
  updated: '2026-03-19',
  body: `
    In maart 2025 kwamen in een lokaal van Hogeschool Lingedelta zestien mensen bij elkaar die elkaar voor het
    grootste deel niet kenden. Een beleidsadviseur, een wijkverpleegkundige, een opbouwwerker, twee
    docentonderzoekers, een vrijwilliger van de klussendienst, een bewoner die al jaren voor haar buurman
    zorgt. Ze kregen één vraag mee: wat noemen wij eigenlijk *informeel*? Een jaar later lag er genoeg
    materiaal voor dit boek.

    Deze inleiding vertelt hoe dat jaar verliep, wie eraan meededen en hoe u de bundel kunt lezen.

    # Twee werkgroepen

    De Werkplaats Sociaal Domein Lingedelta is een samenwerking van de hogeschool, vijf gemeenten en een
    twintigtal organisaties voor zorg, welzijn en vrijwilligerswerk.^[Een werkplaats is hier geen gebouw, maar
    een vaste manier van samenwerken tussen onderwijs, onderzoek, beleid en praktijk rond vragen uit de regio.]
    Voor het thema formeel en informeel vormde de werkplaats twee werkgroepen, elk met een eigen invalshoek.

    - De **werkgroep Wijk en netwerk** onderzocht hoe wijkteams, vrijwilligers, sleutelfiguren en
      bewonersinitiatieven elkaar vinden, en wat hen in de weg zit.
    - De **werkgroep Mantelzorg en maatwerk** zocht naar steun die past bij het leven van mantelzorgers,
      zonder dat de formele zorg het heft van hen overneemt.

    In beide werkgroepen zaten mensen uit beleid, praktijk, onderwijs en de wijk zelf. Dat was een bewuste
    keuze. Wie alleen professionals bij elkaar zet, praat al snel over bewoners in plaats van met hen. En wie
    alleen bewoners uitnodigt, mist de mensen die de regels maken en uitvoeren.

    # Twaalf bijeenkomsten

    Het traject bestond uit acht werkgroepbijeenkomsten en vier focusgroepen, verspreid over de regio. De
    werkgroepen kwamen samen in een bibliotheek, een gemeentehuis, een winkelcentrum, een school en op een
    zorgboerderij. De focusgroepen waren kleiner en gerichter: met mantelzorgers, met vrijwilligers, met
    initiatiefnemers van bewonersinitiatieven en met professionals.

    [[figuur: vis-traject]]

    {{thr-inleiding-aantallen: In totaal telden de presentielijsten 174 deelnames, van ruim zestig verschillende mensen.}}
    Sommigen waren er elke keer bij, anderen kwamen één keer om hun verhaal te doen. Beide vormen van meedoen
    waren nodig. De vaste kern zorgde voor continuïteit; de nieuwe gezichten voorkwamen dat de groep een
    besloten clubje werd.

    [[figuur: vis-kaart]]

    Elke bijeenkomst had een eigen vorm. We liepen door de wijk met een bewoner als gids, bespraken casussen
    met een jurist, voerden gesprekken aan de keukentafel en legden aan het eind van het jaar onze eerste
    conclusies voor aan twee wethouders. Na elke bijeenkomst maakten twee docentonderzoekers een verslag, dat
    we teruglegden bij de deelnemers. Wat zij wilden veranderen, veranderden we.

    # Wat u in deze bundel vindt

    De zes hoofdstukken volgen de thema’s die in het traject het vaakst terugkwamen: de keukentafel,
    mantelzorg, vrijwilligers, bewonersinitiatieven, het delen van informatie en het samen leren. Elk
    hoofdstuk wordt vergezeld door kaders met materiaal uit de bijeenkomsten:

    - **verhalen** van mensen die zorgen, helpen of hulp krijgen;
    - **dilemma’s**, situaties waarin twee verdedigbare keuzes tegenover elkaar staan;
    - **praktijkvoorbeelden** uit de regio, met wat ze opleverden en wat we ervan leerden;
    - **oplossingsrichtingen** die in de werkgroepen zijn ontwikkeld;
    - **citaten** die bleven hangen.

    Tussen de hoofdstukken staan drie essays. Ze zijn geschreven door deelnemers die de werkplaats van
    dichtbij meemaakten, en ze zijn bewust kritisch. De bundel sluit af met aanbevelingen, apart voor
    beleidsmakers, voor professionals en voor bewoners.

    ## Een woord over namen en toestemming

    Iedereen van wie een verhaal of citaat in deze bundel staat, is om toestemming gevraagd. Bij citaten
    noemen we de rol van de spreker, niet de naam. Sommige verhalen staan onder een andere naam, en soms
    hebben we details veranderd die iemand herkenbaar zouden maken. Dat staat dan bij het verhaal vermeld.
    Een enkel verhaal dat we graag hadden opgenomen, ontbreekt, omdat de verteller daar uiteindelijk niet
    voor koos. Ook dat hoort bij samenwerken op basis van vertrouwen.
  `,
});
