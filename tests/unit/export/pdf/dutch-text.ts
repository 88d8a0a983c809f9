// Dutch test text about the Werkplaats' theme (written for these tests), and a
// seeded generator of many paragraphs from its vocabulary.

export const SAMPLE_PARAGRAPHS = [
  'In de werkgroepbijeenkomsten spraken beleidsmakers, sociaal professionals, docentonderzoekers en bewoners over de samenwerking tussen formele en informele zorg. Een wijkverpleegkundige vertelde hoe zij na een ziekenhuisopname de mantelzorger van een oudere buurtbewoner ondersteunde, terwijl vrijwilligers van het buurthuis de boodschappen en de coördinatie van het vervoer op zich namen.',
  'De deelnemers waren geïnteresseerd in praktijkvoorbeelden waarin gemeenten, zorgorganisaties en bewonersinitiatieven elkaar werkelijk vonden. Vaak bleek dat de verantwoordelijkheidsverdeling onduidelijk was: wie neemt het initiatief wanneer een kwetsbare inwoner zich terugtrekt, en wie bewaakt de continuïteit wanneer de ondersteuning van de informele kant wegvalt?',
  'Tijdens de focusgroepen kwam het dilemma van de privacy telkens terug. Enerzijds willen professionals informatie delen om de hulpverlening af te stemmen; anderzijds vragen bewoners om zeggenschap over hun eigen verhaal. De oplossingsrichtingen die de werkgroep formuleerde, gaan over vertrouwen, over korte lijnen en over een gemeenschappelijke taal tussen beleid, praktijk en onderwijs.',
  'Een sociaal ondernemer uit de regio beschreef hoe een keukentafelgesprek het begin werd van een buurtnetwerk. Mantelzorgers, vrijwilligers en de wijkcoach maakten samen afspraken over bereikbaarheid en vervanging, zodat niemand er alleen voor stond. De gemeente financierde de eerste maanden; daarna droegen de deelnemers de kosten gezamenlijk.',
];

// Short function words make up about half of running Dutch text.
const FUNCTION_WORDS = [
  'de', 'het', 'een', 'en', 'van', 'in', 'op', 'met', 'voor', 'door', 'over', 'naar', 'bij', 'als', 'dat', 'die',
  'zij', 'wij', 'ook', 'niet', 'maar', 'zo', 'wel', 'nog', 'meer', 'om', 'te', 'is', 'zijn', 'was', 'werd',
];

const VOCABULARY = [
  'mantelzorger', 'mantelzorgers', 'vrijwilligers', 'wijkverpleegkundige', 'ziekenhuisopname', 'gemeente',
  'gemeenten', 'beleidsmakers', 'professionals', 'bewoners', 'docentonderzoekers', 'ondersteuning',
  'samenwerking', 'informele', 'formele', 'zorg', 'welzijn', 'werkgroep', 'bijeenkomst', 'focusgroep',
  'uitwisseling', 'praktijkvoorbeeld', 'oplossingsrichting', 'aanbeveling', 'verantwoordelijkheid',
  'coördinatie', 'geïnteresseerd', 'continuïteit', 'financiële', 'ideeën', 'knieën', 'zeeën', 'beïnvloeden',
  'buurthuis', 'buurtnetwerk', 'keukentafelgesprek', 'leerkring', 'wijkcoach', 'sociaal', 'domein',
  'rijksoverheid', 'zorgorganisaties', 'bewonersinitiatieven', 'kwetsbare', 'inwoners', 'hulpverlening',
  'afstemming', 'vertrouwen', 'zeggenschap', 'verhaal', 'verhalen', 'dilemma', 'dilemma’s', 'enerzijds',
  'anderzijds', 'gezamenlijk', 'regionale', 'werkplaats', 'onderwijs', 'praktijk', 'beleid', 'hogescholen',
  'onderzoek', 'ervaringsdeskundigheid', 'burgerinitiatief', 'participatiesamenleving', 'wijkteams',
  'toegankelijkheid', 'bereikbaarheid', 'eenzaamheid', 'ouderenzorg', 'jeugdhulp', 'schuldhulpverlening',
  'opbrengsten', 'lessen', 'context', 'aanpak', 'formeel–informeel', 'e-mailadres', 'Noord-Brabant',
  'vroegsignalering', 'informatie-uitwisseling', 'netwerkorganisatie', 'subsidieregeling', 'officieel',
  'afspraken', 'financierde', 'terugtrekt', 'initiatief', 'vervanging', 'bewaakt', 'onduidelijk',
];

/** A deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomParagraph(random: () => number, words: number): string {
  const out: string[] = [];
  let sentenceStart = true;
  for (let i = 0; i < words; i++) {
    const list = random() < 0.5 ? FUNCTION_WORDS : VOCABULARY;
    let word = list[Math.floor(random() * list.length)]!;
    if (sentenceStart) word = word.charAt(0).toUpperCase() + word.slice(1);
    sentenceStart = false;
    if (i === words - 1 || random() < 0.08) {
      word += '.';
      sentenceStart = true;
    } else if (random() < 0.06) {
      word += ',';
    }
    out.push(word);
  }
  return out.join(' ');
}
