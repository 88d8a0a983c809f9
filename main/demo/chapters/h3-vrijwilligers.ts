import { chapter } from './make.js';

export const vrijwilligers = chapter({
  id: 'ch-vrijwilligers',
  kind: 'chapter',
  title: 'Vrijwilligers: partner, geen pion',
  status: 'revised',
  updated: '2026-03-11',
  body: `
    Zonder vrijwilligers zou de zorg en ondersteuning in de Lingedelta stilvallen. Ze rijden de buurtbus,
    maken kranen, schenken koffie in de buurtkamer, leren nieuwkomers Nederlands en zitten wekelijks naast
    iemand die verder niemand meer ziet. In de focusgroep in Zandwerve zaten twaalf van hen, uit vier
    verschillende organisaties. Samen waren ze goed voor ruim honderd jaar vrijwilligerswerk.

    Wat ons trof, was hoe dubbel hun positie is. Ze worden geprezen als ‘het cement van de samenleving’ en
    tegelijk steeds vaker gevraagd voor taken die vroeger bij professionals lagen. Dit hoofdstuk gaat over die
    spanning, en over wat samenwerken tussen wijkteam en vrijwilligers dan vraagt.

    [[kader: mat-citaat-meubelstuk]]

    # Dichtbij, en daarom kwetsbaar

    Vrijwilligers komen waar professionals niet komen. Niet omdat ze beter zijn, maar omdat ze anders binnenkomen:
    voor een klus, een rit of een kop koffie, zonder dossier en zonder opdracht. Dat maakt hen waardevol.
    Ze zien dingen die anders niemand ziet.

    [[kader: mat-verhaal-lekkende-kraan | Verhaal]]

    Het verhaal van de klusjesman raakt aan de kern van het vrijwilligerswerk. Hij kwam binnen op vertrouwen,
    voor een lekkende kraan. Wat hij zag, ging veel verder. En hij stond er alleen voor: bellen voelde als
    verraad, niets doen als nalatigheid.

    # Melden of zwijgen

    Bijna alle vrijwilligers in de focusgroep herkenden dit. Sommigen hadden weleens iets gemeld en daar spijt
    van gekregen, omdat de deur daarna dichtging. Anderen hadden juist niets gezegd en lagen daar nog steeds
    wakker van.

    [[kader: mat-dilemma-melden, mat-richting-meldroute | Dilemma en oplossingsrichting]]

    {{thr-vrijwilligers-meldroute: De oplossingsrichting die de werkgroep ontwikkelde, is geen protocol maar
    een route.}} Een vrijwilliger hoeft niet zelf te beslissen of iets een melding waard is. Hij kan zijn zorg
    kwijt bij een vast aanspreekpunt, dat meedenkt over de volgende stap en over de vraag hoe de bewoner daar
    zelf bij betrokken kan worden. Alleen bij acuut gevaar gelden andere afspraken, en die kent de vrijwilliger
    van tevoren.

    # Een tussenstation

    In Heukelveen is die gedachte uitgewerkt in een werkwijze waarbij het vrijwilligerspunt tussen het
    wijkteam en de vrijwilligers in staat. Dat leek eerst een extra schakel, maar het bleek te werken als een
    buffer.

    [[kader: mat-praktijk-vrijwilligerspunt | Praktijkvoorbeeld]]

    Wat dit voorbeeld laat zien, is dat goede samenwerking met vrijwilligers niet vanzelf ontstaat. Ze vraagt
    om iemand die de grens bewaakt tussen wat een vrijwilliger kan en wil, en wat professionele hulp vraagt.
    Het wijkteam moest daarvoor iets inleveren: snelheid. Een medewerker zei eerlijk dat dat in het begin
    irritatie gaf. ‘Maar ik bel nu minder vaak een vrijwilliger die na twee weken afhaakt.’

    ## Wat vrijwilligers nodig hebben

    De vrijwilligers in de focusgroep waren het over een paar dingen opvallend eens:

    - een vast gezicht bij het wijkteam of de vrijwilligersorganisatie, dat ze kunnen bellen;
    - een gesprek vooraf over wat ze wel en niet doen, en de ruimte om nee te zeggen;
    - terugkoppeling: horen wat er met hun zorg is gebeurd, voor zover dat kan;
    - erkenning die niet alleen uit een bos bloemen op de vrijwilligersdag bestaat.

    # Vergoeden of vrijlaten

    Het felste gesprek van de middag ging over geld. De gemeente had budget beschikbaar gesteld voor
    vrijwilligersvergoedingen. Sommige vrijwilligers vonden dat terecht: ‘Ik rij drie dagen per week, dan mag
    er best iets tegenover staan.’ Anderen waren bang dat hun werk er iets door zou verliezen.

    [[kader: mat-dilemma-vergoeding]]

    De werkgroep kwam hier niet tot één antwoord, en dat is misschien ook niet nodig. Wel werd duidelijk dat
    een vergoeding nooit los kan staan van de vraag wat er in ruil voor verwacht wordt. Wie vrijwilligers
    betaalt alsof het personeel is, krijgt al snel een relatie die ook zo voelt, met roosters, afspraken en
    afrekenbaarheid. Daarmee verandert de vrijwilliger van partner in pion.

    # Tot slot

    Vrijwilligers zijn geen goedkope professionals en geen verlengstuk van het wijkteam. Ze zijn een eigen
    kracht in de wijk, met een eigen manier van binnenkomen en een eigen soort vertrouwen. Wie met hen wil
    samenwerken, moet die eigenheid beschermen: door grenzen samen te bespreken, door een plek te bieden voor
    zorgen, en door niet meer te vragen dan past bij wat vrijwillig is.
  `,
});
