import { chapter } from './make.js';

export const samenLeren = chapter({
  id: 'ch-samen-leren',
  kind: 'chapter',
  title: 'Samen leren in de wijk',
  status: 'draft',
  updated: '2026-03-15',
  body: `
    Een werkplaats is een plek om te leren. Dat klinkt vanzelfsprekend, maar wie leert er eigenlijk van wie?
    In de traditionele verhouding leren studenten van docenten, professionals van trainers en bewoners van
    voorlichters. In de werkplaats probeerden we die richting los te laten. Iedereen aan tafel bracht kennis
    mee: uit onderzoek, uit de praktijk, uit beleid of uit het eigen leven.

    Dit laatste hoofdstuk gaat over dat samen leren. Over wat het oplevert, wat het kost en wat er nodig is om
    het echt gelijkwaardig te laten zijn.

    # Wie zat er aan tafel?

    Het uitgangspunt van de werkplaats was dat beleid, praktijk, onderwijs en bewoners samen aan tafel zitten.
    Onderstaande grafiek laat zien hoe dat uitpakte voor de mensen van wie materiaal in deze bundel staat.

    [[figuur: vis-posities]]

    Het beeld bevestigt wat we bij de eerste bijeenkomst al zagen: tussen formeel en informeel ligt een breed
    hybride middengebied. Ervaringsdeskundigen, sociaal ondernemers, coördinerende vrijwilligers en een
    docent die in zijn eigen wijk actief is, passen niet in een van de twee hokjes. Juist zij bleken in de
    werkgroepen vaak de brug te slaan.

    # Studenten in de wijk

    Hogeschool Lingedelta stuurt elk jaar tientallen studenten de regio in. Ze lopen stage bij wijkteams, doen
    onderzoek voor gemeenten en helpen bij bewonersinitiatieven. Voor de opleiding is dat onmisbaar.

    [[kader: mat-citaat-geen-protocol]]

    Maar in de werkgroep werd duidelijk dat bewoners daar niet altijd blij mee zijn. Ze worden steeds opnieuw
    geïnterviewd, door steeds andere studenten, over steeds dezelfde onderwerpen. En ze horen zelden wat er
    met hun antwoorden is gebeurd.

    [[kader: mat-dilemma-studenten, mat-richting-leren-met | Dilemma en oplossingsrichting]]

    # Een leerkring

    In Rietdonk-Noord is geprobeerd die verhouding om te draaien. Studenten, professionals en bewoners vormen
    er samen een leerkring, waarin iedereen zowel leerling als leraar is.

    [[kader: mat-praktijk-leerkring | Praktijkvoorbeeld]]

    Wat dit voorbeeld bijzonder maakt, is dat de gelijkwaardigheid tot in de details is georganiseerd.
    Bewoners krijgen een vergoeding, net als de professionals die hun werktijd inbrengen. Ze beoordelen de
    eindpresentaties van de studenten mee. En de vragen die worden onderzocht, komen uit de wijk zelf, niet
    uit het curriculum.

    [[kader: mat-verhaal-student | Verhaal]]

    ## Niets doen als methode

    Het verhaal van de student die eerst niets deed, maakte in de werkgroep veel los. Professionals herkenden
    de neiging om direct aan de slag te gaan, een probleem op te lossen, een plan te maken. Bewoners
    herkenden het gevoel om onderzocht te worden door iemand die al weet wat hij wil horen.

    Wat de student deed, is in het sociaal werk bekend als *presentie*: er zijn, aandacht geven, wachten tot
    de ander zelf vertelt wat belangrijk is.^[Presentie als benadering in zorg en welzijn is in Nederland
    vooral uitgewerkt in de presentietheorie. Het kernidee is dat er-zijn zelf al betekenis heeft, los van
    wat je doet.] Dat lijkt op niets doen, maar het is een vak.

    # Loslaten leren

    Ook professionals moesten in de werkplaats iets leren, en dat was misschien wel het moeilijkste. In de
    focusgroep met professionals ging het gesprek al snel over loslaten: de controle uit handen geven, het
    initiatief bij de bewoner laten, accepteren dat het anders gaat dan je zelf zou doen.

    [[kader: mat-citaat-loslaten]]

    De professionals noemden verschillende redenen waarom dat zo lastig is. De verantwoordelijkheid die ze
    voelen, en die soms ook juridisch bij hen ligt. De werkdruk, die uitnodigt om snel zelf iets te regelen.
    De verwachtingen van leidinggevenden en financiers, die resultaten willen zien. En soms ook gewoon de
    gewoonte: ‘Ik ben opgeleid om te helpen. Niet om te wachten.’

    Daar ligt een opdracht voor het onderwijs. Als studenten leren dat goede hulp soms betekent dat je een
    stap terug doet, komen ze anders de praktijk in. De hogeschool heeft besloten presentie en samenwerken met
    informele netwerken een vaste plek te geven in de opleidingen, mede op basis van de ervaringen in de
    werkplaats.

    # Wat blijft

    Een werkplaats stopt niet als de bundel af is. De leerkring in Rietdonk gaat door, het mantelzorgcafé
    ook. Deelnemers houden contact, en sommige verbindingen die in dit jaar zijn ontstaan, zullen langer
    meegaan dan welke aanbeveling ook. Dat is misschien de belangrijkste les van samen leren: het gaat niet om
    wat er op papier komt, maar om wat er tussen mensen verandert.
  `,
});
