import { chapter } from './make.js';

export const essaySchakel = chapter({
  id: 'ch-essay-schakel',
  kind: 'essay',
  title: 'Ik ben geen schakel',
  byline: 'Door Marianne Stolk',
  status: 'approved',
  updated: '2026-03-06',
  body: `
    Toen ik gevraagd werd om mee te doen aan de werkplaats, twijfelde ik. Niet omdat ik niets te zeggen had,
    maar omdat ik weinig tijd heb. Mijn man heeft alzheimer. Elke middag die ik ergens anders doorbreng, moet
    ik regelen. Ik heb het toch gedaan, en ik ben er blij om. Maar ik wil in dit stuk ook zeggen wat me
    stoorde.

    # De keten

    In het eerste halfjaar hoorde ik professionals en beleidsmakers vaak praten over ‘de keten’. De zorgketen,
    de keten van signalering tot ondersteuning, de keten waarin iedereen een schakel is. Ik begreep wat ze
    bedoelden. Het is een manier om te zeggen dat de ene hulpverlener op de andere moet aansluiten.

    Maar in die keten was ik ook een schakel. Ik was ‘de mantelzorger’, degene die signaleert, doorgeeft,
    uitvoert en bijhoudt. Ik werd meegenomen in overleggen over de zorg voor mijn man, en ik was dankbaar
    voor elke keer dat iemand naar mij luisterde. Maar ik merkte ook dat ik vooral werd gezien als onderdeel
    van een systeem dat iemand anders had bedacht.

    Ik ben geen schakel. Ik ben zijn vrouw.

    # Wat ik wel ben

    Ik ben iemand die veertig jaar getrouwd is met een man die steeds minder weet wie ik ben. Ik ben iemand
    die hem elke ochtend helpt met aankleden, niet omdat dat in een zorgplan staat, maar omdat ik dat altijd
    al deed als hij zijn das niet recht kreeg. Ik ben iemand die moe is. En ik ben iemand die dingen weet
    die in geen dossier staan: dat hij rustig wordt van Schubert, dat hij ’s middags beter eet dan ’s avonds,
    dat hij schrikt van mannen met een baard.

    Die kennis is waardevol. Maar ze past slecht in een keten, omdat een keten alleen doorgeeft. Ze past
    beter aan een tafel, waar mensen naar elkaar luisteren en samen iets beslissen.

    # Wat de werkplaats goed deed

    Ik wil eerlijk zijn: de werkplaats heeft me ook veel gegeven. Ik heb mensen ontmoet die hetzelfde
    meemaken. Ik heb een beleidsmedewerker zien schrikken toen ik vertelde hoeveel formulieren ik in een jaar
    invul, en ik heb gezien dat ze er daarna iets mee deed. Ik heb een wijkverpleegkundige horen zeggen dat
    ze voortaan anders begint aan een eerste gesprek.

    En ik heb gemerkt dat het mogelijk is om als mantelzorger niet alleen gehoord, maar ook gevraagd te
    worden. Om mee te denken over aanbevelingen, om mee te lezen met dit boek, om te zeggen wat niet klopt.
    Dat is iets anders dan een schakel zijn.

    # Wat ik vraag

    Mijn vraag aan iedereen die dit leest, is eenvoudig. Als u een mantelzorger tegenkomt, zie dan niet
    eerst de schakel. Zie de dochter, de echtgenoot, de buurvrouw, de zoon. Vraag wat die persoon wil blijven
    doen en wat te zwaar wordt. En als u een keten ontwerpt, vraag dan eerst aan de mensen die erin moeten
    passen of ze dat willen.

    Mijn man zingt op donderdag. Ik zit dan in de bibliotheek en lees een boek. Dat is het beste wat de
    formele zorg ons het afgelopen jaar heeft gegeven: een middag waarin we allebei iemand anders mogen zijn
    dan patiënt en mantelzorger.
  `,
});
