// Words that tell who is speaking: verbs of saying, titles, roles and pronouns, in French
// and English. Plain lists turned into regular-expression sources once, at load time.
// The verbs of saying are the lexicon of verbs.ts, inflected by inflect.ts, plus the
// forms listed here (past usage the generator does not give: « a parlé », "shot back").
import { sayingForms } from './inflect';

const FORMS = sayingForms();

const list = (words: string): string[] => words.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string): string =>
  list(words)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

interface TrieNode {
  end?: boolean;
  next: Map<string, TrieNode>;
}
/**
 * The words as a prefix tree in regular-expression form (déclar(?:é|e|ent)…): the engine
 * then tries one branch per letter instead of every word at every position.
 */
const trie = (words: string, more: readonly string[] = []): string => {
  const root: TrieNode = { next: new Map() };
  for (const w of [...list(words), ...more]) {
    let n = root;
    for (const c of w) {
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = { next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const parts = [...n.next].map(([c, child]) => escape(c) + emit(child));
    if (!parts.length) return '';
    const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
};

/** French past participles after a / ont / avait (« a déclaré », « a-t-il ajouté »). */
export const FR_PARTICIPLES = trie(`
  déclaré affirmé dit ajouté expliqué souligné indiqué précisé estimé assuré annoncé confié insisté
  lancé martelé rappelé reconnu admis poursuivi conclu répondu averti prévenu jugé noté observé
  commenté résumé répété raconté confirmé déploré regretté promis plaidé tranché glissé lâché ironisé
  écrit dénoncé témoigné renchéri soutenu avoué protesté objecté rétorqué répliqué clamé proclamé
  détaillé prédit demandé parlé assené asséné fait_valoir fait_savoir
  réagi nuancé tempéré relativisé concédé constaté relevé signalé souligné fustigé critiqué salué
  interpellé exhorté imploré supplié exigé réclamé suggéré avancé argumenté justifié expliqué
  révélé démenti nié contesté corrigé rectifié enchaîné embrayé résumé tonné grondé tempêté fulminé
  crié hurlé murmuré chuchoté soufflé balbutié bredouillé plaisanté blagué raillé ironisé taclé tancé
  recadré rassuré réitéré redit martelé relaté narré rapporté signifié prévenu menacé mis_en_garde
  fait_remarquer fait_observer fait_part tweeté twitté reconnu convenu admis confessé glissé lâché
  lancé tranché insisté conclu répondu rétorqué riposté objecté interrogé questionné
`, FORMS.frParticiples);

/**
 * French participles of reflexive verbs of saying, after s’est / se sont (« s’est réjoui »,
 * « se sont inquiétés »); agreement (-e, -s, -es) is matched by the trigger.
 */
export const FR_REFLEXIVE_PARTICIPLES = trie(`
  réjoui félicité inquiété dit exclamé écrié interrogé demandé étonné indigné emporté défendu justifié
  expliqué agacé alarmé insurgé offusqué moqué amusé plaint désolé ému exprimé prononcé montré voulu
  souvenu rappelé confié épanché vanté targué enorgueilli excusé récrié exaspéré alarmé réjouie
  félicitée inquiétée dite exclamée interrogée étonnée indignée emportée défendue
`, FORMS.frReflexiveParticiples);

/** Present tense of the same (« se réjouit X », « s’interroge-t-elle »), singular and plural. */
export const FR_REFLEXIVE_PRESENT = trie(`
  réjouit réjouissent félicite félicitent inquiète inquiètent dit disent exclame exclament écrie écrient
  interroge interrogent demande demandent étonne étonnent indigne indignent emporte emportent défend
  défendent justifie justifient agace agacent alarme alarment insurge insurgent offusque offusquent
  moque moquent amuse amusent plaint plaignent désole désolent émeut exprime expriment souvient
  souviennent confie confient vante vantent targue targuent excuse excusent récrie
`, FORMS.frReflexiveFinite);

/** French present tense, singular and plural (« déclare-t-il », « selon qui, explique X »). */
export const FR_PRESENT = trie(`
  déclare affirme dit ajoute explique souligne indique précise estime assure annonce confie insiste
  lance martèle rappelle reconnaît reconnait admet poursuit conclut répond avertit prévient juge note
  observe commente résume répète raconte confirme déplore regrette promet plaide tranche glisse lâche
  ironise écrit dénonce témoigne renchérit soutient avoue proteste rétorque réplique clame détaille
  demande réagit nuance tempère relativise concède constate relève signale fustige critique salue
  interpelle exhorte exige réclame suggère avance argumente justifie dément nie conteste corrige
  enchaîne embraye reprend continue tonne gronde fulmine murmure souffle plaisante raille recadre
  rassure réitère relate prévient menace riposte
  objecte interroge questionne tweete raconte admettent concluent réagissent soulignent confient déclarent affirment disent ajoutent expliquent soulignent indiquent précisent estiment
  assurent annoncent insistent rappellent reconnaissent préviennent jugent notent répondent
`, FORMS.frFinite);

/** English verbs of saying, past and present. */
export const EN_VERBS = trie(`
  said says told tells added adds explained explains stated declared noted
  insisted insists argued argues warned warns claimed asserted announced replied
  answered continued wrote writes spoke repeated recalled recalls acknowledged admitted conceded
  remarked observed promised vowed stressed stresses emphasised emphasized cautioned concluded
  confirmed confirms asked asks tweeted posted predicted complained boasted joked shouted whispered
  suggested maintained contended countered retorted agreed urged pledged recounted testified
  quipped wondered mused reflected responded reiterated lamented reasoned reckoned clarified
  elaborated conceded explained added insisted warned noted recalled argued replied stressed
  acknowledged remembered cautioned objected protested interjected snapped shot_back fired_back
  pointed_out went_on summed_up joked grumbled exclaimed murmured muttered cried yelled insists
  admits concedes warns recalls replies responds acknowledges explains adds observes reckons
  wonders
`, FORMS.en);

/** Introduces a source: « selon X », « d’après X », "according to X". */
export const ACCORDING = "[Ss]elon|[Dd][’']après|[Aa]ccording to";

/** Words between an auxiliary and its participle, or between a verb and its subject. */
export const ADVERBS = alt(`
  encore aussi également ensuite alors enfin notamment pourtant toutefois néanmoins même déjà bien
  simplement clairement fermement lundi mardi mercredi jeudi vendredi samedi dimanche hier
  aujourd’hui aujourd'hui matin soir soir-là ce_matin ce_soir dimanche_soir plus_tard
  also then later again yesterday today tonight recently previously on Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday last_week last_month this_week in_a_statement
  la_semaine_dernière le_mois_dernier l’an_dernier l'an_dernier l’année_dernière l'année_dernière
  la_veille le_lendemain lundi_matin mardi_matin mercredi_matin jeudi_matin vendredi_matin
  lundi_soir mardi_soir mercredi_soir jeudi_soir vendredi_soir samedi_soir ce_week-end
  récemment volontiers only just earlier only_last_week last_year last_night earlier_this_week
`);

const TITLE_LIST = `
  M. MM. Mme Mmes Mlle Me Dr Dr. Pr Pr. Mr Mr. Mrs Mrs. Ms Ms. Prof. Sir Dame Lord Lady Président
  Présidente President Général General Sénateur Sénatrice Senator Ministre Minister Juge Judge
  Maître Father Père Sister Sœur Rabbi Imam Cheikh Sheikh Mgr Monseigneur Colonel Captain Capitaine
`;
export const TITLES = alt(TITLE_LIST);
/** Titles written with a full stop, without it (Dr, Prof): the only full stops a name holds but initials'. */
export const DOTTED_TITLES = new Set(list(TITLE_LIST).filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)));

/** Titles that say whether the speaker is a man or a woman, for pronoun resolution. */
export const MALE_TITLES = new Set(['M.', 'MM.', 'Mr', 'Mr.', 'Sir', 'Lord', 'Father', 'Père']);
export const FEMALE_TITLES = new Set(['Mme', 'Mmes', 'Mlle', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dame', 'Lady', 'Sister', 'Sœur', 'Présidente', 'Sénatrice']);

/** Nouns that name a speaker by their role: « le ministre », "the spokeswoman". */
export const ROLES = alt(`
  ministre ambassadeur ambassadrice président présidente porte-parole diplomate maire député députée
  sénateur sénatrice directeur directrice patron patronne rapporteur rapporteure secrétaire chef
  juge procureur procureure avocat avocate responsable dirigeant dirigeante syndicaliste économiste
  analyste expert experte témoin conseiller conseillère commissaire gouverneur premier_ministre
  infirmier infirmière enseignant enseignante habitant habitante agriculteur ouvrier salarié salariée
  policier enquêteur chercheur chercheuse professeur professeure médecin élu élue officiel
  minister ambassador president spokesman spokeswoman spokesperson official mayor senator director
  chief executive chairman chairwoman chair diplomat prosecutor judge lawyer governor secretary
  manager analyst economist witness adviser advisor commissioner researcher professor doctor
  nurse teacher resident farmer worker union_leader
  negotiator lawmaker leader founder officer source sources officials
  coach captain striker goalkeeper player entraîneur entraîneuse capitaine joueur joueuse sélectionneur sélectionneuse
`);

export const DETERMINERS = "le|la|l[’']|les|un|une|son|sa|ses|leur|ce|cette|the|a|an|his|her|their|its|our|one|another";

export const THIRD_PRONOUNS = 'il|elle|ils|elles|he|she|they';
export const FIRST_PRONOUNS = 'je|nous|I|we';

const UP = '\\p{Lu}';
const WORD_TAIL = "[\\p{L}\\p{M}’'\\-]*";
const NAME_WORD = `(?:${UP}${WORD_TAIL}(?<![’'\\-])|${UP}\\.)`;
const PARTICLE = '(?:de|du|des|van|von|der|den|da|di|del|al|el|bin|ben|ibn|la|le)';
/** A person's name: optional title, capitalised words, particles, initials. */
export const NAME = `(?:(?:${TITLES})[ \\u00a0]+)?${NAME_WORD}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0])?${NAME_WORD})*`;

/** Capitalised words that start sentences or name days and months, never a speaker alone. */
export const NOT_NAMES = new Set(
  `Le La Les L Un Une Des Ce Cette Ces Il Elle Ils Elles Nous Vous Je On Mais Et Ou Donc Or Ni Car Selon
  Pour Dans Sur Avec Sans Après Avant Plus Moins Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
  The A An This That These Those He She They We You I It But And Or So For In On At With Without After
  Before According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
  April May June July August September October November December Janvier Février Mars Avril Mai Juin
  Juillet Août Septembre Octobre Novembre Décembre Later Plus_tard Yesterday Today Hier Ainsi Thus`.split(/\s+/),
);

/** First-person words: the mark of direct speech. */
export const FIRST_PERSON_FR = /(?<![\p{L}])(?:(?:je|nous|notre|nos|mon|ma|mes|moi|me)(?![\p{L}])|[jm][’'](?=\p{L}))/iu;
export const FIRST_PERSON_EN = /(?<![\p{L}’'])(?:I|I[’']m|I[’']ve|I[’']ll|I[’']d|[Ww]e|[Ww]e[’']re|[Ww]e[’']ve|[Ww]e[’']ll|[Oo]ur|[Oo]urs|[Uu]s|[Mm]y|[Mm]e|[Mm]ine|[Ll]et[’']s)(?![\p{L}’'])/u;
export const SECOND_PERSON = /(?<![\p{L}])(?:vous|votre|vos|you|your)(?![\p{L}])/iu;
/** Present or future tense of common verbs: speech in the speaker's own time. */
export const PRESENT_FR = /(?<![\p{L}])(?:est|sont|sera|seront|va|vont|peut|peuvent|doit|doivent|faut|allons|avons|sommes|devons|voulons|pouvons|serons|ferons)(?![\p{L}])/iu;
export const PRESENT_EN = /(?<![\p{L}’'])(?:is|are|will|won[’']t|can|cannot|can[’']t|must|shall|isn[’']t|aren[’']t|don[’']t|doesn[’']t)(?![\p{L}])/iu;

/**
 * Lower-case words that never belong to a role phrase (« la rectrice de l’académie », "the
 * owner of the bakery"): determiners, pronouns, prepositions, conjunctions, auxiliaries,
 * modals, negation and the commonest verbs of saying. They end a noun phrase.
 */
export const NOUN_STOPS = alt(`
  le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos
  qui que qu quoi dont où et ou ni mais car donc or puis si lorsque quand comme selon pour par sur sous
  dans avec sans entre vers chez contre depuis pendant avant après devant derrière lors dès hors malgré parmi durant via outre à en y ne pas plus
  jamais rien il elle ils elles on je tu nous vous se s lui leur eux
  est sont était étaient sera seront serait fut a ont avait avaient aura auront aurait va vont fait
  peut peuvent doit doivent veut veulent dit dire déclaré affirmé ajouté estimé indiqué
  the a an this that these those his her its their our my your of to for from at by on in into with
  without about over under after before during since and or nor but so yet then if when while because
  who whom whose which what where why how as than
  he she it they we you i me him them us
  is are was were be been being has have had do does did will would shall should can could may might must
  not no never said says told tells added stated
  lundi mardi mercredi jeudi vendredi samedi dimanche hier demain matin soir aujourd
  monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight
`);
