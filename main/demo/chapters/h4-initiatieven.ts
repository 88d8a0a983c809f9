import { chapter } from './make.js';

export const initiatieven = chapter({
  id: 'ch-initiatieven',
  kind: 'chapter',
  title: 'Bewonersinitiatieven en de gemeente',
  status: 'inReview',
  updated: '2026-03-12',
  body: `
    Een leegstaand winkelpand wordt een buurtkamer. Een braakliggend veldje wordt een moestuin. Een groep
    buren begint een eetgroep, een ander een klussendienst. Bewonersinitiatieven zijn er in de Lingedelta in
    alle soorten en maten. Ze ontstaan meestal zonder dat een professional er iets mee te maken heeft, en dat
    is precies hun kracht.

    De initiatieven die we in het traject tegenkwamen, waren heel divers. Een moestuin waar kinderen uit de
    buurt na school mogen oogsten. Een eetgroep die elke week voor dertig mensen kookt, en waar wie kan een
    paar euro betaalt. Een groep vaders die op zaterdag met jongens uit de wijk voetbalt. Wat ze delen, is
    dat ze begonnen met iemand die zei: dit kunnen we toch zelf?

    Maar vroeg of laat komen de meeste initiatieven de gemeente tegen. Ze hebben een ruimte nodig, een
    vergunning, een verzekering of geld. Op dat moment ontmoeten twee werelden elkaar die heel verschillend
    werken. Dit hoofdstuk gaat over die ontmoeting, en over wat er nodig is om haar goed te laten verlopen.

    # Van idee naar aanvraag

    In de focusgroep in buurtkamer De Wilg zaten initiatiefnemers en beleidsmedewerkers samen aan tafel. Het
    gesprek ging al snel over geld, en vooral over wat er met een initiatief gebeurt als er geld bij komt.

    [[kader: mat-verhaal-buurtkamer | Verhaal]]

    Het verhaal van de buurtkamer is geen uitzondering. Andere initiatiefnemers vertelden over aanvragen
    waarvoor ze een adviesbureau hadden moeten inhuren, en over verantwoordingen die meer tijd kostten dan het
    initiatief zelf. {{thr-initiatieven-toon: De gemeente vraagt om zekerheid, terwijl een initiatief juist
    leeft van wat niet vooraf vast te leggen is.}}

    [[kader: mat-citaat-accountant]]

    Het is belangrijk om te zien dat dit geen onwil is. De beleidsmedewerkers in de focusgroep wilden niets
    liever dan bewonersinitiatieven steunen. Maar zij moeten ook verantwoording afleggen, aan de raad, aan de
    accountant en aan andere initiatieven die geen geld kregen. Het dilemma ligt aan beide kanten van de tafel.

    [[kader: mat-dilemma-subsidie, mat-richting-vertrouwen-vooraf | Dilemma en oplossingsrichting]]

    # Regels die meegroeien

    De gemeente Oostwaarde heeft de afgelopen twee jaar een andere weg gekozen. Voor kleine bedragen maakte ze
    het aanvragen eenvoudig, en het verantwoorden een gesprek.

    [[kader: mat-praktijk-buurtbudget, mat-praktijk-gedeelde-tafel | Praktijkvoorbeelden]]

    Het buurtbudget en het spreekuur aan de Gedeelde Tafel zijn heel verschillende voorbeelden, maar ze delen
    een uitgangspunt: de formele kant past zich aan de informele aan, en niet andersom. In Oostwaarde paste de
    gemeente haar regels aan. In het buurtrestaurant schoof het wijkteam aan bij een tafel die er al stond.

    ## Wat het de gemeente oplevert

    Een veelgehoorde zorg is dat minder regels leiden tot minder zicht. De ervaring in Oostwaarde wijst de
    andere kant op. De gesprekken achteraf leverden de gemeente meer op dan de oude formulieren: verhalen over
    wat werkte en wat niet, over wie er wel en niet bereikt werd, en over wat het initiatief nodig had om
    door te gaan. Een beleidsmedewerker zei: ‘Ik weet nu meer van wat er in de buurten gebeurt dan toen ik
    alleen spreadsheets kreeg.’

    # Tussen twee stoelen

    Een bijzondere positie hebben sociaal ondernemers. Ze zijn geen vrijwilligersorganisatie, maar ook geen
    zorgaanbieder. Ze draaien op een mengeling van omzet, subsidie en vrijwillige inzet, en vallen daardoor
    vaak buiten de regelingen.

    [[kader: mat-citaat-ertussenin]]

    In de focusgroep werd duidelijk dat gemeenten nog zoeken naar een manier om met deze hybride organisaties
    om te gaan. Inkoopregels zijn gemaakt voor grote zorgaanbieders, subsidieregels voor verenigingen en
    stichtingen. Voor een buurtrestaurant dat ook een ontmoetingsplek en een leerwerkplek is, past geen van
    beide goed.

    # Eigenaarschap

    Een laatste thema dat steeds terugkwam, was eigenaarschap. Van wie is een initiatief als de gemeente het
    financiert, het welzijnswerk het begeleidt en de hogeschool er onderzoek naar doet? Initiatiefnemers waren
    daar duidelijk over:

    > Het idee is van de buurt. Als het van de gemeente wordt, gaan de mensen die het bedacht hebben naar huis.

    Wie bewonersinitiatieven wil steunen, doet er daarom goed aan om een stap terug te doen. Faciliteren
    zonder over te nemen, vertrouwen vooraf en een gesprek achteraf. En de bescheidenheid om te erkennen dat
    het beste wat een gemeente soms kan doen, is de sleutel geven en verder niet in de weg lopen.
  `,
});
