/** Praktijkvoorbeelden: what someone in the region tried, how, what it yielded and what they learned. */
import type { MaterialItem } from '../../model/index.js';
import { practice } from './make.js';

export const practiceExamples: MaterialItem[] = [
  practice({
    id: 'mat-praktijk-netwerkkaart',
    title: 'De netwerkkaart op de keukentafel',
    workgroup: 'wijk',
    session: '01',
    by: ['marloes-bakker', 'ans-van-leeuwen'],
    themes: ['eigen regie', 'samenwerking', 'mantelzorg'],
    status: 'approved',
    created: '2025-03-24',
    updated: '2026-01-30',
    body: `
      Het wijkteam Heukelveen-Oost begint een eerste gesprek niet meer met een vragenlijst, maar met een groot
      vel papier en een pen. Samen met de bewoner tekent de medewerker wie er in zijn leven een rol speelt.
    `,
    context:
      'In Heukelveen-Oost merkten medewerkers van het wijkteam dat hun intakeformulier vooral vastlegde wat ' +
      'bewoners niet meer konden. Buren, familie en vrijwilligers die al hielpen, kwamen er nauwelijks in voor.',
    approach:
      'Bij een eerste gesprek ligt een A3-vel op tafel met de bewoner in het midden. Samen tekenen ze in drie ' +
      'ringen wie er dichtbij staat, wie af en toe helpt en wie er vroeger was. Pas daarna komt de vraag wat er ' +
      'nog nodig is. De bewoner houdt de kaart; het wijkteam maakt er een foto van.',
    outcome:
      'Gesprekken duren gemiddeld een kwartier langer, maar het aantal vervolgafspraken daalde. In ruim de helft ' +
      'van de gesprekken kwam iemand in beeld die al hielp en die het wijkteam niet kende. Bewoners noemen het ' +
      '‘een gesprek over mij, niet over mijn dossier’.',
    lessons:
      'Begin bij wat er is, niet bij wat er mist. Laat de kaart bij de bewoner. En neem de mensen op de kaart ' +
      'serieus als partner: bel ze, met toestemming, voordat je iets regelt.',
  }),
  practice({
    id: 'mat-praktijk-mantelzorgcafe',
    title: 'Het mantelzorgcafé op zaterdagochtend',
    workgroup: 'mantelzorg',
    session: '05',
    by: ['fatma-yilmaz', 'erik-van-houten'],
    themes: ['mantelzorg', 'samenwerking'],
    status: 'approved',
    created: '2025-09-18',
    updated: '2026-02-10',
    body: `
      Het Steunpunt Mantelzorg in Arkeldijk verplaatste zijn inloop van dinsdagmiddag naar zaterdagochtend.
      Dat bleek meer te veranderen dan alleen de bezoekers.
    `,
    context:
      'Het spreekuur voor mantelzorgers trok vooral gepensioneerden. Werkende mantelzorgers, volgens landelijke ' +
      'cijfers de grootste groep, kwamen bijna nooit.',
    approach:
      'Eens per maand is er op zaterdagochtend een mantelzorgcafé in de bibliotheek, met koffie, een korte ' +
      'inleiding over een praktisch onderwerp en tijd voor vragen. Een vrijwilliger van het maatjesproject ' +
      'is er ook, voor wie liever eerst met een ervaringsgenoot praat. Zorgvragers zijn welkom; er is een hoek ' +
      'met spelletjes en een puzzel.',
    outcome:
      'Het gemiddelde aantal bezoekers verdubbelde in een halfjaar, en de helft werkt. Uit het café ontstond een ' +
      'appgroep van werkende mantelzorgers die elkaar tips geven over verlof en roosters.',
    lessons:
      'Kijk naar wanneer je er bent, niet alleen naar wat je aanbiedt. Laat professionals en ervaringsgenoten ' +
      'naast elkaar staan. En maak het mogelijk dat de naaste meekomt; voor veel mantelzorgers is dat de ' +
      'voorwaarde om überhaupt te kunnen komen.',
  }),
  practice({
    id: 'mat-praktijk-logeren-op-de-boerderij',
    title: 'Logeren op de zorgboerderij',
    workgroup: 'mantelzorg',
    session: '05',
    by: ['judith-van-beek', 'ruben-hoekstra'],
    themes: ['mantelzorg', 'eigen regie', 'geld en regels'],
    status: 'edited',
    created: '2025-09-19',
    updated: '2026-02-16',
    body: `
      Zorgboerderij De Hooiberg in Rietdonk biedt naast dagbesteding ook logeerweekenden. Wie er overdag al
      komt, logeert op een vertrouwde plek.
    `,
    context:
      'Mantelzorgers vertelden dat hun naaste niet naar een logeerhuis wilde: onbekende mensen, een onbekend ' +
      'bed. Tegelijk kwamen veel van hen overdag al graag naar de zorgboerderij.',
    approach:
      'De zorgboerderij richtte twee logeerkamers in en biedt één weekend per maand logeren aan voor de eigen ' +
      'deelnemers aan de dagbesteding, begeleid door dezelfde begeleiders. De gemeente Arkeldijk maakte ' +
      'het mogelijk om dit uit het bestaande budget voor respijtzorg te betalen, met een eenvoudige aanvraag.',
    outcome:
      'In het eerste jaar logeerden veertien deelnemers, van wie negen niet eerder waren gaan logeren. ' +
      'Mantelzorgers zeggen vooral dat ze echt konden uitrusten, omdat ze wisten dat het goed ging.',
    lessons:
      'Respijt werkt als de zorgvrager het zelf prettig vindt. Bouw voort op plekken en mensen die al ' +
      'vertrouwd zijn. En houd de aanvraag klein: een formulier mag geen nieuwe drempel worden.',
  }),
  practice({
    id: 'mat-praktijk-vrijwilligerspunt',
    title: 'Het vrijwilligerspunt als tussenstation',
    workgroup: 'wijk',
    session: '06',
    by: ['lotte-jansen', 'marloes-bakker', 'wim-van-rijn'],
    themes: ['vrijwilligers', 'samenwerking', 'vertrouwen'],
    status: 'approved',
    created: '2025-10-09',
    updated: '2026-02-05',
    body: `
      In Heukelveen lopen vragen van het wijkteam aan vrijwilligers niet meer rechtstreeks, maar via het
      vrijwilligerspunt. Dat klinkt als een extra schakel, maar het werkt als een buffer.
    `,
    context:
      'Wijkteammedewerkers belden vrijwilligers rechtstreeks met steeds zwaardere vragen. Vrijwilligers durfden ' +
      'geen nee te zeggen, raakten overbelast of haakten stilletjes af.',
    approach:
      'Vragen van het wijkteam gaan naar de coördinator van het vrijwilligerspunt. Zij kijkt of de vraag past ' +
      'bij vrijwilligerswerk en bij wie. Bij elke nieuwe koppeling is er een kort grenzengesprek: wat doe je ' +
      'wel, wat niet, en wie bel je als je je zorgen maakt? Eens per kwartaal praten wijkteam en vrijwilligers ' +
      'samen na.',
    outcome:
      'Minder vrijwilligers stopten voortijdig en vragen kwamen beter terecht. Vrijwilligers zeggen dat ze zich ' +
      'gesteund voelen in plaats van ingezet. Het wijkteam moest wennen aan een extra dag wachttijd.',
    lessons:
      'Een vrijwilliger is geen goedkope professional. Bespreek grenzen vooraf, niet pas als het misgaat. Geef ' +
      'vrijwilligers een vast aanspreekpunt voor zorgen, zodat ze niet alleen hoeven te kiezen tussen melden ' +
      'en zwijgen.',
  }),
  practice({
    id: 'mat-praktijk-buurtbudget',
    title: 'Buurtbudget Oostwaarde: één A4 en een gesprek',
    workgroup: null,
    session: '08',
    by: ['samira-el-amrani', 'kees-de-groot'],
    themes: ['bewonersinitiatieven', 'geld en regels', 'vertrouwen'],
    status: 'approved',
    created: '2025-11-25',
    updated: '2026-02-18',
    body: `
      De gemeente Oostwaarde verving de subsidieregeling voor kleine bewonersinitiatieven door een buurtbudget.
      Aanvragen past op één A4; verantwoorden gebeurt in een gesprek.
    `,
    context:
      'Bewonersinitiatieven haakten af op de subsidieregeling. De aanvraag was even zwaar voor vijfhonderd ' +
      'euro als voor vijftigduizend, en de verantwoording kostte initiatiefnemers dagen.',
    approach:
      'Voor bedragen tot vijfduizend euro volstaat een aanvraag op één A4: wat willen jullie doen, met wie, en ' +
      'wat heb je nodig? Een buurtpanel van bewoners adviseert. Na een jaar komt een beleidsmedewerker langs ' +
      'voor een gesprek over wat er is gebeurd; foto’s en verhalen tellen als verantwoording.',
    outcome:
      'Het aantal aanvragen verdrievoudigde, ook uit buurten waar eerder niemand aanvroeg. De gesprekken ' +
      'leverden de gemeente meer inzicht op dan de oude formulieren, zegt de programmamanager.',
    lessons:
      'Laat de zwaarte van de regels meegroeien met het bedrag. Vertrouwen vooraf vraagt om gesprek achteraf. ' +
      'En betrek bewoners bij het beoordelen; dat vergroot het draagvlak in de buurt.',
  }),
  practice({
    id: 'mat-praktijk-gedeelde-tafel',
    title: 'Spreekuur aan de Gedeelde Tafel',
    workgroup: 'wijk',
    session: '08',
    by: ['mehmet-aydin', 'marloes-bakker'],
    themes: ['samenwerking', 'bewonersinitiatieven', 'vertrouwen'],
    status: 'edited',
    created: '2025-11-26',
    updated: '2026-02-12',
    body: `
      Buurtrestaurant De Gedeelde Tafel is een sociale onderneming met een betaalbaar dagmenu. Op donderdag
      schuift er een medewerker van het wijkteam aan.
    `,
    context:
      'Het buurtrestaurant trekt bewoners die nooit naar een loket zouden gaan. Aan tafel komen zorgen over geld, ' +
      'eenzaamheid en gezondheid vanzelf ter sprake, bij het personeel en bij elkaar.',
    approach:
      'Elke donderdag eet een vaste medewerker van het wijkteam mee aan de lange tafel. Er is geen bordje en geen ' +
      'spreekuurtijd; wie wil, kan een praatje maken. De eigenaar stelt mensen voor als ze daarom vragen. ' +
      'Wijkteam en restaurant hebben afgesproken dat er niets wordt genoteerd zonder dat de bewoner dat weet.',
    outcome:
      'In een jaar ontstonden zo’n veertig contacten, van wie de meesten nooit eerder bij het wijkteam ' +
      'kwamen. Het restaurant kreeg er gasten bij die via het wijkteam werden uitgenodigd.',
    lessons:
      'Ga zitten waar mensen al zijn. Laat de gastheer de gastheer: zijn vertrouwen is het kapitaal van de ' +
      'plek. En maak vooraf afspraken over wat er wel en niet wordt vastgelegd.',
  }),
  practice({
    id: 'mat-praktijk-eerst-vragen',
    title: 'Eerst vragen, dan delen',
    workgroup: 'wijk',
    session: '07',
    by: ['rob-van-der-meer', 'nadia-boukhari'],
    themes: ['privacy', 'vertrouwen', 'eigen regie'],
    status: 'approved',
    created: '2025-11-04',
    updated: '2026-02-09',
    body: `
      Het wijkteam Arkeldijk houdt geen netwerkoverleg over een bewoner meer zonder dat die bewoner het weet, en
      liefst aan tafel zit.
    `,
    context:
      'Netwerkoverleggen over gezinnen gebeurden vaak zonder het gezin. Bewoners hoorden achteraf, of via via, ' +
      'dat er over hen was gesproken, en trokken zich terug.',
    approach:
      'Voor elk overleg vraagt de casusregisseur de bewoner om toestemming: met wie mag worden gesproken, waarover, ' +
      'en wil je erbij zijn? Een ervaringsdeskundige van het team bereidt het gesprek desgewenst samen met de ' +
      'bewoner voor. Het verslag gaat eerst naar de bewoner.',
    outcome:
      'In twee derde van de overleggen zit de bewoner nu zelf aan tafel. Deelnemers vinden de gesprekken ' +
      'korter en concreter. Een paar keer weigerde een bewoner; dan is er gezocht naar een andere route.',
    lessons:
      'Toestemming vragen is geen formaliteit maar het begin van de hulp. Voorbereiden met een ervaringsdeskundige ' +
      'maakt de drempel lager. En als iemand nee zegt, is dat informatie, geen obstakel.',
  }),
  practice({
    id: 'mat-praktijk-leerkring',
    title: 'De leerkring Rietdonk',
    workgroup: 'wijk',
    session: '10',
    by: ['thomas-brouwer', 'esther-kok', 'gijs-hendriks'],
    themes: ['samen leren', 'samenwerking'],
    status: 'approved',
    created: '2026-01-27',
    updated: '2026-03-02',
    body: `
      In Rietdonk-Noord leren studenten, professionals en bewoners samen, in een leerkring die elke zes weken
      bijeenkomt in de buurtkamer.
    `,
    context:
      'Studenten deden onderzoek in de wijk, professionals werkten er, bewoners woonden er, maar ze spraken ' +
      'elkaar zelden als gelijken. Bewoners voelden zich onderzocht, professionals hadden geen tijd voor studenten.',
    approach:
      'Acht studenten, vier professionals en zes bewoners vormen een leerkring. Elke bijeenkomst brengt iemand ' +
      'een vraag uit de praktijk in; de groep onderzoekt die samen, ook in de wijk. Bewoners krijgen een ' +
      'vergoeding als co-onderzoeker en beoordelen de eindpresentaties van de studenten mee.',
    outcome:
      'Studenten noemen het de leerzaamste stage van hun opleiding. Twee bewoners volgen inmiddels een ' +
      'cursus ervaringsdeskundigheid. Professionals zeggen dat ze hun eigen werk met andere ogen zijn gaan zien.',
    lessons:
      'Gelijkwaardigheid ontstaat niet vanzelf; je moet haar organiseren, tot in de beoordeling toe. Houd de ' +
      'groep klein en vast. En geef de wijk iets terug wat ze zelf nodig heeft.',
  }),
  practice({
    id: 'mat-praktijk-buurtbus',
    title: 'De buurtbus als luisterend oor',
    workgroup: 'wijk',
    session: '06',
    by: ['joost-van-der-linden'],
    themes: ['vrijwilligers', 'samenwerking'],
    status: 'raw',
    created: '2025-10-08',
    updated: '2025-10-08',
    body: `
      De vrijwillige chauffeurs van de buurtbus in Lingehoek brengen ouderen naar de huisarts en de markt.
      Onderweg wordt er veel verteld.
    `,
    context:
      'Na het sluiten van de laatste buslijn bleven ouderen in de buitengebieden thuis. Vrijwilligers begonnen ' +
      'een buurtbus met twee busjes en veertig chauffeurs.',
    approach:
      'Chauffeurs krijgen een korte training in signalen herkennen en weten bij wie ze terechtkunnen met zorgen. ' +
      'De coördinator houdt contact met de praktijkondersteuner van de huisarts.',
    outcome:
      'De bus rijdt ruim tweehonderd ritten per maand. Chauffeurs brachten meerdere keren in overleg met de ' +
      'passagier iemand in contact met hulp.',
    lessons:
      'Vervoer is meer dan vervoer. Train vrijwilligers licht en geef ze een aanspreekpunt, zonder ze tot ' +
      'signaleerders te maken.',
  }),
];
