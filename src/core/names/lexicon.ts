// Words that look like names at the start of a sentence or before a name but are not names:
// titles, weekdays, months, sentence-initial function words (French and English).
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const TITLES = words(`
  m mm mme mmes mlle mlles me dr pr mr mrs ms miss prof sir dame lord lady st
  président présidente ambassadeur ambassadrice ministre premier première général générale colonel
  capitaine lieutenant sergent docteur maître monsieur madame mademoiselle sénateur sénatrice député députée
  maire roi reine prince princesse cheikh émir pape juge professeur professeure chancelier chancelière consul consule envoyé envoyée
  consul envoy
  secrétaire porte-parole vice-président vice-présidente patron patronne directeur directrice commissaire
  gouverneur amiral maréchal cardinal archevêque évêque imam rabbin abbé père sœur frère
  president ambassador minister prime general gen col colonel captain capt lt lieutenant sgt sergeant
  senator sen rep representative governor gov mayor king queen princess sheikh emir pope judge justice
  chancellor secretary chairman chairwoman chair chief deputy vice foreign defence defense interior
  spokesman spokeswoman spokesperson director commissioner admiral marshal cardinal archbishop bishop
  rabbi father sister brother saint sainte ceo
  ayatollah ayatolla grand-ayatollah hojatoleslam mollah mullah crown
`);

export const CALENDAR = words(`
  lundi mardi mercredi jeudi vendredi samedi dimanche
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);

/** Function words and frequent sentence openers that are capitalised only by position. */
export const COMMON = words(`
  le la les l un une des du de d et est sont dans pour pas que qui quoi sur au aux ce cet cette ces il elle ils elles
  on nous vous je tu avec par plus mais ou où son sa ses leur leurs selon entre après avant depuis pendant
  lors alors ainsi aussi puis enfin donc or ni car si quand comme tout tous toute toutes chaque plusieurs
  certains certaines aucun aucune cela ceci ça c qu s n j y en à a dès sans sous vers contre chez malgré
  parmi hier aujourd demain désormais encore déjà toujours jamais mieux moins très trop peu beaucoup
  pourtant cependant toutefois néanmoins ensuite d’abord premièrement photo source sources crédit légende lire voir
  mise jour note notes interview entretien plus tard tard là ici voici voilà oui non merci bonjour
  the a an of and is are was were in on for not that which who whom whose with by it its this these those
  he she they we you i from at has have had been but or his her their our my your said says to than after
  between before during while when where why how what there here then thus also however yet still so as
  if because since although though until unless once every each some many most much several all both
  no nor any other another such only just even later earlier today yesterday tomorrow meanwhile
  photo caption credit source sources update read see note notes interview according asked
  mr mrs ms dr
  personne rien chacun chacune nul nulle tel telle celui celle ceux celles quelqu lorsque puisque quant
  nobody everyone someone anyone nothing none whoever perhaps maybe
`);

/** Common nouns French and English capitalise by convention (l’État, l’Église): never a name alone. */
export const CAPITALISED_NOUNS = words(`état etat église eglise etats états`);

/** Credit and caption labels: "Photo : …", "Crédit : …". Never part of a name. */
export const LABELS = words(`photo photos crédit crédits credit credits source sources légende caption image images illustration vidéo video copyright`);

/** Abbreviated titles whose full stop ends no sentence (M. Nourychev, Dr. Smith, Gen. Milley). */
export const TITLE_ABBREVIATIONS = words(`m mm mme mmes mlle mlles me dr pr mr mrs ms prof st gen col capt lt sgt sen rep gov messrs jr sr mgr`);

/** Given-name position words that a following calendar word does not turn into a date. */
export const CONNECTORS = words(`et and & of for pour`);

/** Words that make a capitalised sequence an organisation. */
export const ORG_WORDS = words(`
  ministère ministry banque bank union parti party conseil council compagnie company société group groupe
  inc ltd corp corporation université university agence agency office organisation organization fonds fund
  commission comité committee assemblée assembly parlement parliament sénat senate cour court tribunal
  institut institute fondation foundation association federation fédération airlines railways
  département department gouvernement government army armée police service services
  ambassade embassy forum consulat consulate secrétariat secretariat alliance unit unité
  programme program école school hôpital hospital académie academy
`);

/** Adjectives that end a French organisation name after its capitalised word (Affaires étrangères). */
export const ORG_TAIL = words(`
  étrangères étranger extérieures extérieur intérieur intérieure publique publiques public publics sociales social
  nationale nationales national nationaux unies européenne européen internationale international internationaux
  mondiale mondial centrale central fédérale fédéral islamique populaire démocratique monétaire monétaires
  économique économiques militaire atomique olympique
`);

/** Prepositions after which a single capitalised word is most often a place. */
export const PLACE_PREPS = words(`à en au aux vers depuis in at from to near into across outside inside`);

/**
 * Frequent Arabic given names (and name parts). Their romanizations differ in the short vowels
 * (Mohammed / Muhammad, Hussein / Husayn, Mahmoud / Mahmud), so for these the comparison looks
 * at consonants only.
 */
export const ARABIC_NAMES = words(`
  muhammad ahmad mahmud hasan husayn ali umar uthman abdallah abdullah abdul abdelaziz abdulaziz khalid walid yusuf
  ibrahim ismail mustafa hamid hamad said saad salman sultan faisal nasser nasir nasrallah jamal karim rashid tariq
  ziad yasser anwar hosni bashar hafez muammar saddam abbas haniyeh qaboos tamim zayed khalifa mansour amin
  mohammed ahmed hassan hussein omar osama usama mahmoud youssef mostafa hamza fatima aisha khadija zaynab maryam
  abdelkader abdelaziz bouteflika moubarak mubarak nasrallah haftar sarraj dbeibah
  saleh salih javad mohammad mohamad hossein hosein reza ruhollah akbar ebrahim mojtaba qassem qasem ghassem
  morsi mursi zarif rouhani khamenei raisi sinwar nouri nuri maliki gaddafi kadhafi qaddafi kaddafi gadafi
`);

/** Lower-case heads of French and English organisation names (le ministère kazakh des Affaires étrangères). */
export const ORG_HEADS = words(`ministère ministry ambassade embassy consulat consulate`);

/**
 * One person's given name in its Ukrainian (or Belarusian, Uzbek) form and its Russian form:
 * the two romanizations are of two different Cyrillic spellings (Володимир / Владимир), so no
 * letter rule brings them together. Each side stands for its romanizations (Volodymyr,
 * Wolodymyr; Dmitri, Dmitry). Used only for the given name of a full name whose surname matches
 * (Volodymyr / Vladimir Zelensky), never for a given name alone. Sources: the Ukrainian National
 * transliteration table (2010) and BGN/PCGN Russian, for the usual pairs of the press.
 */
export const GIVEN_NAME_FORMS: readonly (readonly [string, string])[] = [
  ['Volodymyr', 'Vladimir'], ['Dmytro', 'Dmitri'], ['Petro', 'Pyotr'], ['Petro', 'Petr'], ['Kyrylo', 'Kirill'],
  ['Oleksandr', 'Aleksandr'], ['Oleksandr', 'Alexander'], ['Oleksandra', 'Aleksandra'], ['Oleksiy', 'Aleksei'], ['Oleksiy', 'Alexei'],
  ['Mykola', 'Nikolai'], ['Mykhailo', 'Mikhail'], ['Andriy', 'Andrei'], ['Serhiy', 'Sergei'], ['Hryhoriy', 'Grigori'],
  ['Ihor', 'Igor'], ['Oleh', 'Oleg'], ['Yevhen', 'Yevgeni'], ['Pavlo', 'Pavel'], ['Vasyl', 'Vasili'], ['Anatoliy', 'Anatoli'],
  ['Heorhiy', 'Georgi'], ['Olena', 'Yelena'], ['Tetiana', 'Tatiana'], ['Iryna', 'Irina'], ['Kateryna', 'Yekaterina'],
  ['Halyna', 'Galina'], ['Liudmyla', 'Lyudmila'], ['Mariia', 'Maria'], ['Yuliia', 'Yulia'], ['Ivan', 'Iwan'],
  ['Islom', 'Islam'], ['Shavkat', 'Shavkat'], ['Alyaksandr', 'Aleksandr'], ['Sviatlana', 'Svetlana'], ['Siarhei', 'Sergei'],
];

/**
 * Role and occupation nouns capitalised only because they open a sentence before a full name
 * ("Economist Sarah Kaufman said…", "Inspecteur Paul Morel a dit…"): not part of the mention.
 * Dropped before at least two capitalised words (no organisation word among them).
 */
export const ROLES = words(`
  economist analyst neighbour neighbor inspector supreme leader researcher historian lawyer attorney
  journalist reporter activist expert officer detective constable coach manager founder author writer
  artist scientist professor doctor nurse teacher economiste économiste analyste voisin voisine inspecteur inspectrice
  chercheur chercheuse historien historienne avocat avocate journaliste militant militante experte auteur
  autrice écrivain écrivaine fondateur fondatrice entraîneur entraîneuse sociologue politologue
`);
