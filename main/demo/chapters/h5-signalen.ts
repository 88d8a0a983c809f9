import { chapter } from './make.js';

export const signalen = chapter({
  id: 'ch-signalen',
  kind: 'chapter',
  title: 'Signalen delen, vertrouwen bewaren',
  status: 'revised',
  updated: '2026-03-10',
  body: `
    Wie samenwerkt, deelt informatie. Dat geldt voor een wijkteam en een huisarts, voor een school en een
    jongerenwerker, voor een vrijwilliger en het vrijwilligerspunt. Zonder informatie werkt iedereen langs
    elkaar heen, en moet een bewoner zijn verhaal telkens opnieuw doen. Tegelijk is informatie over een
    bewoner niet van het netwerk. Ze is van de bewoner.

    In de werkgroep Wijk en netwerk kwam dit spanningsveld steeds terug, vaak onverwacht. Een gesprek over
    samenwerking werd een gesprek over privacy; een gesprek over privacy werd een gesprek over vertrouwen.
    Dit hoofdstuk volgt die lijn.

    # Wie hoort wat?

    Informele sleutelfiguren horen veel. De kapper, de buurvrouw, de man die na het gebed nog even blijft
    hangen. Ze horen het eerder dan professionals, en vaak ook meer. Dat is geen toeval: mensen vertellen het
    aan wie ze vertrouwen, en dat vertrouwen hangt er juist van af dat het niet verder gaat.

    [[kader: mat-verhaal-vrijdaggebed, mat-citaat-niet-van-de-gemeente | Verhaal]]

    De afspraak die het wijkteam met Hamid maakte, is eenvoudig maar wezenlijk. Hij verwijst mensen door naar
    iemand die hij kent, maar hij geeft geen namen door. Het initiatief blijft bij de bewoner. Daarmee blijft
    ook Hamids positie intact: hij is geen verlengstuk van de gemeente, maar iemand uit de gemeenschap die de
    weg weet.

    # Over mij, zonder mij

    Aan de formele kant is het delen van informatie vaak in protocollen vastgelegd. Er zijn
    samenwerkingsafspraken, convenanten en overleggen waarin casussen worden besproken. Dat is met goede
    bedoelingen ingericht. Maar het verhaal van Noor laat zien hoe zo’n overleg kan uitpakken voor wie er niet
    bij was.

    [[kader: mat-verhaal-noor | Verhaal]]

    Wat Noor overkwam, is waarschijnlijk niet in strijd met de regels geweest. School, wijkteam en
    sportvereniging hadden elk een goede reden om zich zorgen te maken, en misschien zelfs een grondslag om
    informatie te delen.^[De Algemene verordening gegevensbescherming (AVG) stelt eisen aan het delen van
    persoonsgegevens, zeker als het gaat om gezondheid of financiële problemen. Uitleg staat op de website
    van de [Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl).] Maar wat juridisch mag,
    is nog niet verstandig. {{thr-signalen-avg: Het gevolg was dat Noor zich terugtrok, en dat de hulpverleners
    juist minder te weten kwamen.}}

    [[kader: mat-dilemma-signalen, mat-richting-niet-zonder-mij | Dilemma en oplossingsrichting]]

    # Eerst vragen, dan delen

    In Arkeldijk besloot het wijkteam de volgorde om te draaien. Er is geen netwerkoverleg meer zonder dat de
    bewoner het weet, en bij voorkeur zit hij of zij zelf aan tafel.

    [[kader: mat-praktijk-eerst-vragen | Praktijkvoorbeeld]]

    Het opvallende aan dit voorbeeld is dat het meer oplevert dan het kost. Het vragen om toestemming
    leek in het begin een extra stap. Maar juist in dat gesprek vooraf bleek vaak al veel duidelijk te worden:
    wat de bewoner zelf belangrijk vindt, wie hij vertrouwt en wie liever niet. De overleggen zelf werden
    korter, omdat de belangrijkste persoon erbij zat.

    ## De rol van de ervaringsdeskundige

    Een belangrijke rol in Arkeldijk speelt de ervaringsdeskundige in het team. Zij bereidt het gesprek voor
    met de bewoner, helpt vragen te formuleren en is erbij als de bewoner dat wil. Ze vertelde in de
    werkgroep: ‘Ik weet hoe het voelt om aan een tafel te zitten met vijf professionals die allemaal al meer
    over jou weten dan jij over hen. Dan is het fijn als er één bij zit die aan jouw kant staat.’

    # Drie vragen

    De werkgroep vatte haar bevindingen samen in drie vragen, die elke professional zich kan stellen voordat
    hij informatie deelt:

    1. Weet de bewoner dat ik dit wil delen, en met wie?
    2. Heb ik gevraagd of hij erbij wil zijn?
    3. Zou ik het goed vinden als dit over mij werd gedeeld, op deze manier?

    Dat laatste klinkt misschien naïef. Maar de bewoners in de werkgroep vonden het de belangrijkste van de
    drie. Zoals een van hen zei: ‘Privacy is geen regel. Het is een manier van met mensen omgaan.’

    > Vertrouwen bouw je in jaren op, en verlies je in één overleg.

    Zo vatte een opbouwwerker het aan het eind van de bijeenkomst samen. Wie signalen wil delen, moet daarom
    eerst het vertrouwen bewaren. Dan komen de signalen vanzelf.
  `,
});
