/**
 * The people whose material is in the demo bundel. All names and
 * organisations are invented; the towns of the Lingedelta are fictional.
 */
import type { Contributor, Position, Role } from '../model/index.js';

type Group = 'wijk' | 'mantelzorg';

function person(
  id: string,
  name: string,
  role: Role,
  position: Position,
  organisation: string,
  groups: Group[],
  pseudonym: string | null = null,
): Contributor {
  return { id: `con-${id}`, name, role, position, organisation, workgroupIds: groups.map((g) => `wg-${g}`), pseudonym };
}

export const contributors: Contributor[] = [
  // Beleid
  person('ingrid-vos', 'Ingrid Vos', 'policyMaker', 'formal', 'Gemeente Heukelveen, beleidsadviseur Wmo', ['wijk']),
  person('ruben-hoekstra', 'Ruben Hoekstra', 'policyMaker', 'formal', 'Gemeente Arkeldijk, beleidsmedewerker mantelzorg', ['mantelzorg']),
  person('samira-el-amrani', 'Samira El Amrani', 'policyMaker', 'formal', 'Gemeente Oostwaarde, programmamanager sociaal domein', ['wijk', 'mantelzorg']),
  person('geert-van-dalen', 'Geert van Dalen', 'policyMaker', 'formal', 'Gemeente Rietdonk, strategisch adviseur', ['wijk']),

  // Praktijk
  person('marloes-bakker', 'Marloes Bakker', 'socialProfessional', 'formal', 'Wijkteam Heukelveen-Oost', ['wijk']),
  person('rob-van-der-meer', 'Rob van der Meer', 'socialProfessional', 'formal', 'Wijkteam Arkeldijk, teamleider', ['wijk']),
  person('jeroen-smits', 'Jeroen Smits', 'socialProfessional', 'formal', 'Welzijn Lingedelta, opbouwwerker', ['wijk']),
  person('fatma-yilmaz', 'Fatma Yılmaz', 'socialProfessional', 'formal', 'Steunpunt Mantelzorg Lingedelta, mantelzorgconsulent', ['mantelzorg']),
  person('petra-de-wit', 'Petra de Wit', 'socialProfessional', 'formal', 'Thuiszorg Rivierenhof, wijkverpleegkundige', ['mantelzorg']),
  person('daan-verhoef', 'Daan Verhoef', 'socialProfessional', 'formal', 'Welzijn Lingedelta, jongerenwerker', ['mantelzorg']),
  person('anouk-timmer', 'Anouk Timmer', 'socialProfessional', 'formal', 'Huisartsenpraktijk Lingehoek, praktijkondersteuner', ['mantelzorg']),
  person('nadia-boukhari', 'Nadia Boukhari', 'socialProfessional', 'hybrid', 'Welzijn Lingedelta, ervaringsdeskundige', ['wijk']),
  person('lotte-jansen', 'Lotte Jansen', 'socialProfessional', 'hybrid', 'Vrijwilligerspunt Heukelveen, coördinator', ['wijk']),

  // Onderwijs en onderzoek
  person('hanneke-mulder', 'Hanneke Mulder', 'teacherResearcher', 'formal', 'Hogeschool Lingedelta, lector Informele Zorg', ['wijk', 'mantelzorg']),
  person('thomas-brouwer', 'Thomas Brouwer', 'teacherResearcher', 'formal', 'Hogeschool Lingedelta, docentonderzoeker Social Work', ['wijk']),
  person('esther-kok', 'Esther Kok', 'teacherResearcher', 'formal', 'Hogeschool Lingedelta, docentonderzoeker Verpleegkunde', ['mantelzorg']),
  person('bram-dekker', 'Bram Dekker', 'teacherResearcher', 'hybrid', 'Hogeschool Lingedelta en bewonersgroep Rietdonk-Noord', ['wijk']),

  // Bewoners
  person('ans-van-leeuwen', 'Ans van Leeuwen', 'resident', 'informal', 'Bewoner van Heukelveen-Oost', ['wijk']),
  person('kees-de-groot', 'Kees de Groot', 'resident', 'informal', 'Buurtkamer De Wilg, initiatiefnemer', ['wijk']),
  person('hamid-saidi', 'Hamid Saidi', 'resident', 'informal', 'Bewoner van Zandwerve', ['wijk']),
  person('mirjam-peters', 'Mirjam Peters', 'resident', 'informal', 'Bewoner van Arkeldijk', ['wijk'], 'Noor'),
  person('gijs-hendriks', 'Gijs Hendriks', 'resident', 'informal', 'Bewonersgroep Rietdonk-Noord', ['wijk']),

  // Vrijwilligers
  person('wim-van-rijn', 'Wim van Rijn', 'volunteer', 'informal', 'Klussendienst Zandwerve', ['wijk']),
  person('gerda-hofman', 'Gerda Hofman', 'volunteer', 'informal', 'Maatjesproject Arkeldijk', ['mantelzorg']),
  person('sanne-claassen', 'Sanne Claassen', 'volunteer', 'informal', 'Taalcafé Oostwaarde', ['wijk']),
  person('joost-van-der-linden', 'Joost van der Linden', 'volunteer', 'hybrid', 'Buurtbus Lingehoek, coördinerend vrijwilliger', ['wijk']),

  // Mantelzorgers
  person('marianne-stolk', 'Marianne Stolk', 'informalCarer', 'informal', 'Mantelzorger in Heukelveen', ['mantelzorg']),
  person('erik-van-houten', 'Erik van Houten', 'informalCarer', 'informal', 'Mantelzorger in Arkeldijk', ['mantelzorg']),
  person('dewi-santoso', 'Dewi Santoso', 'informalCarer', 'informal', 'Mantelzorger in Rietdonk', ['mantelzorg']),
  person('lisa-verbeek', 'Lisa Verbeek', 'informalCarer', 'informal', 'Jonge mantelzorger in Lingehoek', ['mantelzorg'], 'Iris'),
  person('henk-brands', 'Henk Brands', 'informalCarer', 'informal', 'Mantelzorger in Oostwaarde', ['mantelzorg'], 'meneer B.'),

  // Sociaal ondernemers
  person('judith-van-beek', 'Judith van Beek', 'socialEntrepreneur', 'hybrid', 'Zorgboerderij De Hooiberg', ['mantelzorg']),
  person('mehmet-aydin', 'Mehmet Aydın', 'socialEntrepreneur', 'hybrid', 'Buurtrestaurant De Gedeelde Tafel', ['wijk']),
  person('sophie-lambregts', 'Sophie Lambregts', 'socialEntrepreneur', 'hybrid', 'Zorgcoöperatie Zandwerve', ['wijk', 'mantelzorg']),
];
