/** Verhalen: experiences told by the people themselves, or retold by someone close. */
import type { MaterialItem } from '../../model/index.js';
import { story } from './make.js';

export const stories: MaterialItem[] = [
  story({
    id: 'mat-verhaal-buurvrouw',
    title: 'De buurvrouw die bleef komen',
    narration: 'firstPerson',
    workgroup: 'wijk',
    session: '01',
    by: ['ans-van-leeuwen', 'marloes-bakker'],
    themes: ['samenwerking', 'vertrouwen', 'eigen regie'],
    status: 'approved',
    created: '2025-03-20',
    updated: '2025-11-04',
    body: `
      Ik woon al drieëntwintig jaar naast meneer Van Gent. Toen zijn vrouw overleed, ben ik ’s avonds even
      gaan aanlopen. Eerst met de krant, later met een pannetje soep. Zo ging dat jaren.

      Vorig voorjaar kreeg hij een lichte beroerte. Ineens stond er een rij mensen op de stoep: de thuiszorg,
      een ergotherapeut, iemand van het wijkteam. Allemaal vriendelijk, allemaal met een map. Op een middag zei
      de thuiszorg dat ik beter niet meer kon koken, ‘vanwege het dieet’. Ik voelde me overbodig en ben die
      week niet meer geweest.

      Het was Marloes van het wijkteam die bij mij aanbelde. Ze vroeg niet wat ik verkeerd deed, ze vroeg wat
      ik altijd deed. Toen ik het opsomde – de krant, de soep, de container op dinsdag, het praatje – zei ze:
      ‘Dat is meer dan wij met z’n allen doen.’ Met meneer Van Gent erbij hebben we afgesproken wie wat doet.
      Ik kook weer, met een lijstje van de diëtist op de koelkast.

      Wat ik ervan geleerd heb? Dat je als buurvrouw ook gewoon mag zeggen: ik hoor hier ook bij.
    `,
  }),
  story({
    id: 'mat-verhaal-drie-formulieren',
    title: 'Drie keer aan de keukentafel',
    narration: 'firstPerson',
    workgroup: 'mantelzorg',
    session: '03',
    by: ['marianne-stolk'],
    themes: ['mantelzorg', 'eigen regie'],
    status: 'edited',
    created: '2025-05-26',
    updated: '2025-10-14',
    body: `
      Mijn man heeft sinds vier jaar alzheimer. In die vier jaar heb ik aan onze keukentafel drie keer een
      gesprek gehad met iemand van de gemeente of de zorg. Drie keer ging er een laptop open, drie keer kwamen
      dezelfde vragen: kan hij zelf douchen, kan hij zelf eten, kan hij zelf de deur uit.

      Niemand vroeg wat *ik* nog kon, of wat ik wilde. Ik heb veertig jaar in de kinderopvang gewerkt, ik ben
      handig met mensen. Ik wilde geen hulp bij het douchen. Ik wilde één middag in de week waarop ik niet
      hoefde op te letten.

      De derde keer zat er een jonge consulent die halverwege haar laptop dichtklapte. ‘Het verslag maak ik
      straks wel,’ zei ze. ‘Vertelt u eens hoe een gewone dinsdag eruitziet.’ Dat gesprek duurde langer dan de
      andere twee bij elkaar. Het leverde een dagdeel dagbesteding op, op donderdag, bij mensen die van muziek
      houden. Mijn man zingt daar. Ik zit op donderdag in de bibliotheek.
    `,
  }),
  story({
    id: 'mat-verhaal-zoon-met-een-baan',
    title: 'Een zoon met een baan',
    narration: 'firstPerson',
    workgroup: 'mantelzorg',
    session: '05',
    by: ['erik-van-houten'],
    themes: ['mantelzorg', 'samenwerking'],
    status: 'edited',
    created: '2025-09-15',
    updated: '2026-01-08',
    body: `
      Ik werk vier dagen per week als planner bij een transportbedrijf. Mijn moeder woont twaalf kilometer
      verderop, alleen, met hartfalen en een geheugen dat steeds vaker hapert. Ik bel haar elke ochtend om
      half acht, ik ga er op woensdag en zaterdag heen, en ik ben degene die de apotheek belt als de
      medicijnen niet zijn geleverd.

      Het probleem is niet de zorg. Het probleem is dat alles onder werktijd gebeurt. De wijkverpleging wil
      overleggen om tien uur ’s ochtends. Het spreekuur voor mantelzorgers is op dinsdagmiddag. Het
      keukentafelgesprek werd ingepland zonder dat iemand vroeg of ik erbij kon zijn.

      Op mijn werk weten ze het inmiddels. Mijn leidinggevende zei: ‘Zet je zorgmomenten gewoon in je
      agenda, dan houden we er rekening mee.’ Die ene zin heeft meer geholpen dan alle folders bij elkaar.

      Wat ik de formele kant zou willen meegeven: ik ben geen vrijwilliger met tijd over. Ik ben een zoon met
      een baan.
    `,
  }),
  story({
    id: 'mat-verhaal-iris',
    title: 'Iris, zeventien',
    narration: 'retold',
    workgroup: 'mantelzorg',
    session: '09',
    by: ['lisa-verbeek', 'daan-verhoef'],
    themes: ['mantelzorg', 'vertrouwen'],
    status: 'raw',
    consent: 'requested',
    anonymised: 'Iris is een pseudoniem; school en woonplaats zijn weggelaten, de ziekte van haar moeder is niet genoemd.',
    created: '2025-12-15',
    updated: '2026-02-20',
    body: `
      Iris is zeventien en zit in de examenklas. Haar moeder is chronisch ziek; op slechte dagen komt ze haar
      bed niet uit. Haar vader werkt in ploegendienst. Iris kookt, haalt haar broertje op van voetbal en houdt
      bij welke medicijnen wanneer op moeten.

      Op school viel vooral op dat ze vaak te laat kwam en haar huiswerk niet af had. Ze kreeg strafwerk en een
      gesprek met de afdelingsleider. Niemand vroeg door, en Iris vertelde niets. ‘Thuis is thuis,’ zegt ze.
      ‘Dat gaat niemand wat aan.’

      De jongerenwerker kende haar van het voetbaltoernooi in de wijk. Hij zag dat zij altijd als eerste weg
      moest en vroeg op een avond terloops of ze thuis veel moest doen. Toen kwam het eruit. Het duurde daarna
      nog weken voordat ze goedvond dat hij met haar mentor sprak.

      Nu heeft ze een vaste afspraak met school: als het thuis zwaar is, stuurt ze haar mentor een berichtje en
      hoeft ze niets uit te leggen.
    `,
  }),
  story({
    id: 'mat-verhaal-lekkende-kraan',
    title: 'De lekkende kraan',
    narration: 'firstPerson',
    workgroup: 'wijk',
    session: '06',
    by: ['wim-van-rijn'],
    themes: ['vrijwilligers', 'vertrouwen', 'privacy'],
    status: 'approved',
    created: '2025-10-06',
    updated: '2025-12-02',
    body: `
      Ik doe al zes jaar klussen voor de klussendienst. Een kraan, een plint, een lamp. Je komt bij mensen
      binnen waar verder niemand meer binnenkomt, en dat besef je pas na een tijdje.

      Vorig jaar kwam ik bij een man voor een lekkende kraan. In de keuken stond de afwas van weken, op de mat
      lag ongeopende post en hij had het koud, want de verwarming stond uit. ‘Dat kost te veel,’ zei hij. Ik
      heb de kraan gemaakt en koffie met hem gedronken. Hij vertelde over zijn vrouw, die twee jaar eerder was
      overleden.

      Thuis lag ik er wakker van. Moest ik het wijkteam bellen? Hij had me niets gevraagd behalve die kraan.
      Als ik belde en de volgende dag stond er iemand op de stoep, wist hij precies van wie dat kwam. Dan kwam
      ik er nooit meer in.

      Ik ben teruggegaan met een smoesje over een nieuw leertje. De derde keer heb ik gevraagd of ik ‘iemand
      die hier verstand van heeft’ mocht meenemen. Dat vond hij goed, als ik er maar bij bleef. Zo is het
      gegaan.
    `,
  }),
  story({
    id: 'mat-verhaal-buurtkamer',
    title: 'Een sleutel van de buurtkamer',
    narration: 'firstPerson',
    workgroup: 'wijk',
    session: '08',
    by: ['kees-de-groot'],
    themes: ['bewonersinitiatieven', 'geld en regels', 'vertrouwen'],
    status: 'approved',
    created: '2025-11-24',
    updated: '2026-01-19',
    body: `
      Het begon met een leegstaand winkelpand op de hoek en een buurvrouw die zei: ‘Zonde. Hier zouden we
      koffie moeten kunnen drinken.’ Een halfjaar later hadden we een sleutel, drie tweedehands banken en een
      koffiezetapparaat van de kerk.

      De eerste maanden waren geweldig. Er kwamen mensen die we nooit eerder hadden gezien. Een man die de
      hele dag alleen thuis zat, kwam elke ochtend de krant lezen en gaf na een paar weken uit zichzelf de
      planten water.

      Toen vroegen we subsidie aan voor de huur. Dat werd een aanvraag van elf pagina’s, met doelstellingen,
      doelgroepen en een ‘beoogd maatschappelijk effect’. We kregen het geld, maar ook een verantwoording aan
      het eind van het jaar, met bezoekersaantallen per dagdeel. Ik heb een halfjaar lang turflijsten
      bijgehouden in plaats van koffie te schenken.

      Ik snap best dat de gemeente wil weten waar het geld blijft. Maar het eerlijkste antwoord op de vraag wat
      het oplevert, is: kom een keer koffiedrinken.
    `,
  }),
  story({
    id: 'mat-verhaal-vrijdaggebed',
    title: 'Koffie na het vrijdaggebed',
    narration: 'retold',
    workgroup: 'wijk',
    session: '04',
    by: ['hamid-saidi', 'jeroen-smits'],
    themes: ['vertrouwen', 'privacy', 'samenwerking'],
    status: 'edited',
    created: '2025-06-23',
    updated: '2025-11-27',
    body: `
      Na het vrijdaggebed blijft Hamid Saidi vaak nog even bij de koffie. Er komt dan altijd wel iemand naar
      hem toe met een envelop: een brief van de Belastingdienst, een aanmaning, een uitnodiging van het
      wijkteam die niet begrepen wordt. Hamid is geen hulpverlener; hij werkt in de bouw. Maar hij spreekt drie
      talen, kent de weg en stelt op een rustige manier vragen.

      Het wijkteam wist lang niet van zijn bestaan. Tijdens de wijkwandeling van de werkgroep liep een
      wijkteammedewerker met hem op. ‘Ik zie dezelfde mensen als jullie,’ zei Hamid, ‘alleen komen ze eerder
      bij mij.’

      Ze spraken af dat Hamid mensen kan doorverwijzen naar één vaste medewerker van het wijkteam, die hij
      kent en vertrouwt. Wat hij níet doet: namen doorgeven zonder dat iemand dat zelf wil. ‘Als ze denken dat
      ik een verlengstuk van de gemeente ben,’ zegt hij, ‘komen ze niet meer.’
    `,
  }),
  story({
    id: 'mat-verhaal-noor',
    title: 'Ik had het zelf willen vertellen',
    narration: 'firstPerson',
    workgroup: 'wijk',
    session: '07',
    by: ['mirjam-peters'],
    themes: ['privacy', 'vertrouwen', 'eigen regie'],
    status: 'approved',
    anonymised: 'Noor is een pseudoniem; het aantal kinderen en de aard van de schulden zijn veranderd.',
    created: '2025-11-03',
    updated: '2026-01-12',
    body: `
      Twee jaar geleden liep ik vast met schulden. Ik had een afspraak bij de schuldhulp en ik had het verteld
      aan de juf van mijn jongste, omdat hij niet mee kon op schoolreisje.

      Een paar weken later zei de buurtsportcoach tegen me: ‘Fijn dat het nu geregeld wordt met je
      geldzaken.’ Ik wist niet waar ze het over had. Later bleek dat er een overleg was geweest, met school,
      het wijkteam en de sportvereniging, ‘om het gezin te ondersteunen’. Over mij. Zonder mij.

      Ik weet dat ze het goed bedoelden. Maar ik voelde me bekeken. Ik schaamde me al, en nu wist de halve
      wijk het. Ik heb daarna lang niemand meer iets verteld, ook niet toen het met mijn oudste slecht ging.

      Wat ik had gewild? Dat iemand had gevraagd: mogen we dit met elkaar bespreken, en wil je erbij zijn? Dan
      had ik waarschijnlijk ja gezegd.
    `,
  }),
  story({
    id: 'mat-verhaal-student',
    title: 'Een student die eerst niets deed',
    narration: 'firstPerson',
    workgroup: 'wijk',
    session: null,
    by: ['bram-dekker'],
    themes: ['samen leren', 'bewonersinitiatieven'],
    status: 'edited',
    created: '2026-01-05',
    updated: '2026-02-24',
    body: `
      Ik ben docent op de hogeschool en woon zelf in Rietdonk-Noord. Toen onze bewonersgroep een student kreeg
      voor een onderzoeksstage, was mijn eerste gedachte: mooi, iemand die de enquête kan uitwerken.

      De student had andere plannen. De eerste drie weken deed ze niets wat op onderzoek leek. Ze zat in de
      buurtkamer, schonk koffie, speelde een potje sjoelen en luisterde. Toen ik vroeg wanneer ze ging
      beginnen, zei ze: ‘Ik ben al begonnen. Ik weet nu wie hier nooit komt.’

      Dat werd haar onderzoeksvraag. Ze sprak met twaalf bewoners die de buurtkamer links lieten liggen: een
      jonge vader die nachtdiensten draait, twee oudere dames die niet over de drempel konden met hun rollator,
      een gezin dat dacht dat je er alleen mocht komen als je iemand kende. Aan het eind van haar stage lag er
      geen rapport in een la, maar een houten oprijplaat en een uitnodiging in vier talen.

      Als docent heb ik ervan geleerd dat niets doen soms het meeste oplevert, als je het maar bewust doet.
    `,
  }),
  story({
    id: 'mat-verhaal-meneer-b',
    title: 'Wat er na mij komt',
    narration: 'firstPerson',
    workgroup: 'mantelzorg',
    session: '03',
    by: ['henk-brands'],
    themes: ['mantelzorg'],
    status: 'raw',
    consent: 'refused',
    anonymised: 'Verteld onder pseudoniem; meneer B. wil niet dat het verhaal wordt gepubliceerd, ook niet geanonimiseerd.',
    created: '2025-05-27',
    updated: '2025-06-30',
    body: `
      Mijn dochter is achtendertig en woont nog thuis. Ze heeft een verstandelijke beperking en epilepsie. Mijn
      vrouw en ik zorgen al haar hele leven voor haar, en sinds mijn vrouw ziek is, doe ik het grotendeels
      alleen.

      Wat me ’s nachts wakker houdt, is niet de zorg van vandaag. Het is de vraag wie het overneemt als ik het
      niet meer kan. Er is een wachtlijst voor een woonplek, en elke keer dat ik bel, staat ze ongeveer even
      ver. Ik ben eenenzeventig.

      Ik heb gevraagd of iemand met ons een plan wil maken. Niet voor volgende week, maar voor over vijf jaar.
      Dat bleek lastig: daar bestaat geen indicatie voor.
    `,
  }),
];
