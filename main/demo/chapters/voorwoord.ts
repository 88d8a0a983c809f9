import { chapter } from './make.js';

export const voorwoord = chapter({
  id: 'ch-voorwoord',
  kind: 'preface',
  title: 'Voorwoord',
  byline: 'Door Samira El Amrani',
  status: 'approved',
  updated: '2026-03-20',
  body: `
    Wie in de Lingedelta hulp nodig heeft, krijgt zelden met één organisatie te maken. Er is een buurvrouw die
    boodschappen doet, een dochter die elke avond belt, een wijkteam dat iets regelt, een vrijwilliger die de
    tuin bijhoudt, een huisarts, een kerk of een moskee, een buurtkamer om de hoek. Samen vormen ze een web.
    Dat web houdt mensen overeind, zolang de draden elkaar kennen.

    Dat laatste is minder vanzelfsprekend dan het klinkt. Gemeenten, zorgaanbieders en welzijnswerk hebben de
    afgelopen jaren veel energie gestoken in wat in beleidsstukken ‘het versterken van de informele kracht’
    heet. Tegelijk hoorden we van mantelzorgers en vrijwilligers dat zij zich door de formele kant niet altijd
    gezien voelen. En professionals vertelden ons dat ze niet goed weten waar hun taak ophoudt en die van de
    buurt begint.

    Daarom besloot de Werkplaats Sociaal Domein Lingedelta het samenspel tussen formeel en informeel een jaar
    lang centraal te zetten. Niet met een onderzoek *over* mantelzorgers, vrijwilligers en bewoners, maar
    *met* hen: aan de keukentafel, in de wijk, op de zorgboerderij en in de buurtkamer. Beleidsmakers,
    sociaal professionals, docentonderzoekers en bewoners zochten samen uit wat er schuurt en wat er werkt.

    Deze bundel is de oogst van dat jaar. U vindt er verhalen van mensen die zorgen en helpen, dilemma’s
    waarop geen eenvoudig antwoord bestaat, praktijkvoorbeelden uit de regio en aanbevelingen voor wie
    beleid maakt, wie in de wijk werkt en wie er woont. Drie essays plaatsen kritische kanttekeningen, ook
    bij de werkplaats zelf. Dat hebben we bewust zo gelaten: een werkplaats die alleen haar successen
    opschrijft, leert weinig.

    We hebben geprobeerd de stemmen te laten klinken zoals ze klonken. Waar mensen dat wilden, staan hun
    namen erbij; waar dat verstandiger was, zijn namen en details veranderd. Niet alles wat we hoorden, staat
    in dit boek. Sommige verhalen waren te persoonlijk, of hoorden thuis in de beslotenheid van de groep.

    Een woord van dank past hier. Aan de ruim zestig mensen die een of meer bijeenkomsten bijwoonden. Aan de
    mantelzorgers die hun schaarse vrije tijd gaven. Aan de organisaties die hun medewerkers de ruimte gaven om
    mee te doen. En aan de bewoners die ons steeds weer wezen op wat wij, met onze functies en formulieren,
    over het hoofd zagen.

    Ik hoop dat u deze bundel niet alleen leest, maar ook gebruikt: in een teamoverleg, in een
    raadscommissie, in een les of aan uw eigen keukentafel.

    *Samira El Amrani, programmamanager sociaal domein van de gemeente Oostwaarde en voorzitter van de
    stuurgroep van de werkplaats*
  `,
});
