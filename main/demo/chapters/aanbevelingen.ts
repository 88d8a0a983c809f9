import { chapter } from './make.js';

export const aanbevelingen = chapter({
  id: 'ch-aanbevelingen',
  kind: 'recommendations',
  title: 'Aanbevelingen',
  status: 'inReview',
  updated: '2026-03-18',
  body: `
    De aanbevelingen in dit hoofdstuk zijn in twee rondes tot stand gekomen. Een eerste versie legden we in
    februari 2026 voor aan twee wethouders en vier beleidsadviseurs op het stadhuis van Heukelveen. In maart
    herschreven we ze samen met mantelzorgers, vrijwilligers en bewoners in de slotbijeenkomst op de
    zorgboerderij in Rietdonk. Waar nodig hebben we hun woorden overgenomen.

    We richten ons afzonderlijk tot drie groepen. Dat is niet omdat zij los van elkaar staan; het hele boek
    laat zien dat ze elkaar nodig hebben. Maar iedereen heeft een eigen speelruimte, en de aanbevelingen zijn
    bedoeld om die te benutten.

    Door alle aanbevelingen lopen drie rode draden:

    1. **Begin bij wat er al is.** Bij de mensen die al helpen, de plekken waar bewoners al komen, de kennis
       die er al is.
    2. **Organiseer gelijkwaardigheid.** Die ontstaat niet vanzelf, maar vraagt om keuzes: wie aan tafel zit,
       wie het verslag als eerste leest, wie meebeslist.
    3. **Laat de zwaarte van regels meegroeien met het risico.** Niet elke vraag vraagt om een protocol, niet
       elk initiatief om een uitgebreide verantwoording.

    # Voor beleidsmakers

    Gemeenten bepalen voor een groot deel de ruimte waarin formeel en informeel samenwerken: via
    subsidieregels, inkoopcontracten en de verwachtingen die ze uitspreken. De werkgroepen vragen hen om die
    ruimte bewust groter te maken.

    [[kader: mat-aanbeveling-beleid-vertrouwen, mat-aanbeveling-beleid-buiten-kantoortijd, mat-aanbeveling-beleid-tijd | Aanbevelingen voor beleidsmakers]]

    Op het stadhuis werd vooral de laatste aanbeveling besproken. Tijd om te verbinden laat zich slecht
    uitdrukken in prestatie-indicatoren. Een wethouder stelde voor om het eens om te draaien: vraag
    wijkteams en welzijnswerk niet hoeveel contacten ze hadden, maar welke verbinding er dit jaar bij is
    gekomen die er zonder hen niet was geweest.

    # Voor professionals

    Professionals in wijkteams, zorg en welzijn staan dagelijks op het snijvlak van formeel en informeel.
    Hun manier van werken bepaalt of bewoners, mantelzorgers en vrijwilligers zich partner voelen of pion.

    [[kader: mat-aanbeveling-prof-wie-is-er-al, mat-aanbeveling-prof-toestemming, mat-aanbeveling-prof-vrijwilligers | Aanbevelingen voor professionals]]

    Geen van deze aanbevelingen vraagt om een nieuwe methode. Ze vragen wel om tijd, om collega’s die
    meedoen en om leidinggevenden die het goedvinden dat een eerste gesprek langer duurt.

    # Voor bewoners

    Deze aanbevelingen zijn geschreven door bewoners, voor bewoners. Ze gaan over wat je zelf kunt doen, maar
    ook over wat je mag verwachten van anderen.

    [[kader: mat-aanbeveling-bewoners-op-tijd, mat-aanbeveling-bewoners-klein-beginnen, mat-aanbeveling-bewoners-stem | Aanbevelingen voor bewoners]]

    In de slotbijeenkomst zei een mantelzorger dat ze de eerste aanbeveling graag tien jaar eerder had
    gelezen. ‘Ik dacht dat hulp vragen betekende dat ik het niet goed deed. Nu weet ik dat het betekent dat
    ik het langer kan blijven doen.’

    # Tot slot

    Aanbevelingen zijn pas iets waard als er iets mee gebeurt. De werkplaats zal over een jaar terugkijken:
    welke aanbevelingen zijn opgepakt, door wie, en wat leverde dat op? We nodigen iedereen uit om daarbij
    te helpen. Laat ons weten wat u met deze bundel hebt gedaan, wat werkte en wat niet. Dan wordt het
    volgende boek weer een stap beter.
  `,
});
