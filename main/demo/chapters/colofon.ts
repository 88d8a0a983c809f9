import { chapter } from './make.js';

export const colofon = chapter({
  id: 'ch-colofon',
  kind: 'colophon',
  title: 'Colofon',
  status: 'approved',
  updated: '2026-03-20',
  body: `
    **Op weg naar samenspel.** Formeel en informeel in de wijken van de Lingedelta. Een uitgave van de
    Werkplaats Sociaal Domein Lingedelta, Heukelveen, 2026.

    # Over de werkplaats

    De Werkplaats Sociaal Domein Lingedelta verbindt onderwijs, onderzoek, beleid en praktijk in de regio.
    Hogeschool Lingedelta, vijf gemeenten en een twintigtal organisaties voor zorg, welzijn en
    vrijwilligerswerk werken er samen aan vragen uit de wijken, met bewoners als volwaardige deelnemers.

    # Redactie

    Eva Rademaker (eindredactie), Hanneke Mulder en Thomas Brouwer, Hogeschool Lingedelta.

    # Met bijdragen van

    De deelnemers aan de werkgroepen Wijk en netwerk en Mantelzorg en maatwerk, en aan de vier focusgroepen.
    Hun namen staan bij hun bijdragen, tenzij zij ervoor kozen anoniem te blijven of een andere naam te
    gebruiken. Essays van Hanneke Mulder, Thomas Brouwer en Nadia Boukhari, en Marianne Stolk.

    # Beeld

    Illustraties en infographics: Werkplaats Sociaal Domein Lingedelta. De kaart van de Lingedelta is
    gestileerd en niet op schaal. De grafiek met posities van bijdragers is gegenereerd uit de gegevens in
    deze bundel.

    # Namen en toestemming

    Alle verhalen en citaten zijn met toestemming van de vertellers opgenomen. Bij verhalen onder een
    andere naam is dat vermeld. Personen en plaatsen in de verhalen kunnen zijn veranderd om mensen
    onherkenbaar te maken. Wie meent dat een verhaal hem of haar ten onrechte herkenbaar in beeld brengt,
    kan contact opnemen met de redactie.

    # Licentie

    Deze uitgave valt onder een Creative Commons-licentie
    [Naamsvermelding-NietCommercieel 4.0 Internationaal](https://creativecommons.org/licenses/by-nc/4.0/deed.nl).
    U mag de tekst delen en bewerken voor niet-commerciële doeleinden, mits u de werkplaats als bron
    vermeldt.

    # Citeren

    Rademaker, E., Mulder, H. en Brouwer, T. (red.) (2026). *Op weg naar samenspel. Formeel en informeel in
    de wijken van de Lingedelta.* Heukelveen: Werkplaats Sociaal Domein Lingedelta.

    # Productie

    Samengesteld en opgemaakt met Bundel. Gezet uit de Source Serif 4 en de Source Sans 3. Deze bundel
    verschijnt als gedrukt boek en als pdf voor het scherm.

    # Verantwoording

    Deze bundel is tot stand gekomen met steun van de deelnemende gemeenten Heukelveen, Arkeldijk, Oostwaarde,
    Rietdonk en Lingehoek, en van Hogeschool Lingedelta. De inhoud is de verantwoordelijkheid van de redactie.

    ISBN 978-90-833421-0-8
  `,
});
