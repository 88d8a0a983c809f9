import { chapter } from './make.js';

export const essayEigenKracht = chapter({
  id: 'ch-essay-eigen-kracht',
  kind: 'essay',
  title: 'Eigen kracht is geen bezuinigingspost',
  byline: 'Door Thomas Brouwer en Nadia Boukhari',
  status: 'draft',
  updated: '2026-03-14',
  body: `
    Wij zijn een docentonderzoeker en een ervaringsdeskundige. De een leidt studenten op voor het sociaal werk,
    de ander heeft jaren aan de andere kant van de tafel gezeten voordat ze er zelf ging werken. We schreven
    dit essay samen, omdat we in de werkplaats vanuit twee kanten hetzelfde zagen: een mooi ideaal dat
    ongemerkt van karakter verandert als het in een begroting terechtkomt.

    # Een mooi woord

    ‘Eigen kracht’ is een mooi woord. Het zegt dat mensen meer kunnen dan hun problemen doen vermoeden. Dat ze
    een netwerk hebben, of kunnen opbouwen. Dat hulp pas komt als het echt nodig is, en dan aansluit bij wat
    mensen zelf willen. Wie kan daartegen zijn?

    Niemand, en juist daarom is het woord zo bruikbaar. {{thr-essay-toon: In de afgelopen tien jaar is eigen
    kracht in veel beleidsstukken verschoven van een uitgangspunt naar een verwachting, en soms naar een
    bezuinigingsdoelstelling.}} Wie eerst zijn eigen netwerk moet aanspreken voordat hij hulp krijgt, merkt
    weinig van kracht. Hij merkt vooral een drempel.

    # Wie heeft er kracht over?

    In de focusgroepen zagen we steeds hetzelfde patroon. De mensen die het meest op hun eigen kracht worden
    aangesproken, hebben er vaak het minst van over. De mantelzorger die al jaren zorgt. De alleenstaande
    moeder met schulden. De oudere man wiens netwerk bestaat uit een klusjesman van de vrijwilligersdienst.
    Hun netwerk is niet onbenut; het is uitgeput.^[Een van ons kent dit uit eigen ervaring: na een paar jaar
    ‘eerst zelf proberen’ was er niemand meer om het aan te vragen.]

    Eigen kracht is ook niet gelijk verdeeld. Wie hoogopgeleid is, de weg kent en een familie om zich heen
    heeft, kan makkelijker een beroep doen op zijn netwerk. Beleid dat eigen kracht vooropzet zonder dat te
    erkennen, vergroot de verschillen die het zou moeten verkleinen.

    # Wat we wel bedoelen

    We willen het begrip niet afschaffen. In de werkplaats zagen we mooie voorbeelden van wat eigen kracht
    kan betekenen als het serieus wordt genomen. Het wijkteam dat begint met de netwerkkaart. Het overleg
    waarbij de bewoner zelf aan tafel zit. De leerkring waarin bewoners als co-onderzoekers worden betaald.

    Wat die voorbeelden gemeen hebben, is dat eigen kracht daar geen voorwaarde is voor hulp, maar een
    vertrekpunt voor het gesprek. De vraag is niet: wat kunt u zelf, zodat wij minder hoeven te doen? De vraag
    is: wat doet u al, wat wilt u houden, en wat heeft u daarvoor van ons nodig?

    # Wat het vraagt

    Dat vraagt van gemeenten dat ze eigen kracht niet inboeken als besparing. Wie investeert in het informele
    netwerk, in mantelzorgondersteuning, in vrijwilligerscoördinatie, in buurtkamers, bespaart misschien op
    termijn. Maar wie bespaart en dat eigen kracht noemt, maakt het woord kapot voor iedereen die er iets
    goeds mee bedoelt.

    En het vraagt van professionals, en van ons als opleiders, dat we eerlijk zijn over de grenzen. Soms is
    er geen netwerk. Soms is het netwerk zelf het probleem. Soms wil iemand gewoon hulp, zonder eerst te
    bewijzen dat hij het zelf niet kan. Ook dat is eigen regie.

    We eindigen met wat een bewoner in de focusgroep zei, toen we haar vroegen wat eigen kracht voor haar
    betekende: ‘Dat ik zelf mag kiezen wanneer ik hulp vraag. Niet dat ik moet laten zien dat ik het niet
    meer kan.’
  `,
});
