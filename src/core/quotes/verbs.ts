// The lexicon of verbs of saying, French and English: infinitives and base forms only,
// written once; quotes/inflect.ts generates the forms an attribution uses (« a déclaré »,
// « déclare-t-il », « déclarait », "said", "says"). Sources: the verbs of saying
// (verba dicendi) of French and English news copy — declaratives, verbs of manner of
// speaking (grommeler, sigh), of evaluation (trancher, concede) and of communication
// (confier, tell) — as press style guides list them.

/**
 * French verbs of the first group (-er), conjugated regularly from their stem. Accent and
 * doubling changes (répéter → répète, lever → lève) are derived by the inflector;
 * `FR_IRREGULAR` holds the rest.
 */
export const FR_ER = `
 accuser acquiescer admonester affirmer ajouter alerter annoncer anticiper apostropher  approuver
 argumenter articuler assener asséner attester avancer aviser avouer bafouiller balancer balbutier baratiner
 bégayer blaguer blâmer bougonner bredouiller brocarder cafouiller certifier chantonner chicaner chuchoter
 clamer clarifier commenter communiquer compléter concéder confesser confier confirmer conseiller
 constater conter contester continuer corriger critiquer crier déclamer déclarer décréter dédramatiser
 déplorer dénoncer démontrer dénigrer détailler déclamer dicter digresser discourir disserter
 dramatiser éclairer éluder embrayer enchaîner énoncer énumérer épiloguer estimer euphémiser
 évoquer exagérer exhorter exiger expliciter expliquer exposer exprimer fanfaronner féliciter formuler
 fulminer fustiger glisser gloser gronder grogner grommeler haranguer hasarder hurler implorer
 indiquer informer insinuer insister interpeller interroger invoquer ironiser jubiler jurer justifier
 lâcher lancer larmoyer ânonner marmonner marmotter marteler maugréer menacer mentionner minimiser
 modérer moquer murmurer narrer noter notifier nuancer objecter observer opiner pavoiser
 pérorer persifler persister pester philosopher plaider plaisanter pleurnicher postuler préciser
 préconiser prédire prêcher préférer proclamer professer prôner pronostiquer proposer protester
 questionner rabâcher raconter radoter railler rappeler rapporter rassurer réaffirmer recadrer réclamer
 recommander reconnaître rectifier récapituler réciter réfuter regretter réitérer relater
 relativiser relever remarquer remercier rappeler renchérir rétorquer répéter répliquer reprocher résumer
 revendiquer révéler ricaner riposter ronchonner rouspéter rugir saluer sangloter scander signaler
 signifier sermonner siffler soliloquer souffler souligner soupirer spécifier spéculer suggérer
 supplier susurrer taquiner tacler tancer témoigner tempérer tempêter tonner tonitruer trancher
 titrer tweeter twitter vanter vitupérer vociférer zozoter déplorer grimacer acquiescer exulter 
 rétorquer assurer avertir rassurer démentir objecter conclure alarmer prévenir prophétiser
 désapprouver dénoncer souligner minauder glousser rigoler bêler brailler claironner
 ronronner rager ruminer indigner confier cingler conspuer étriller admettre 
 argumenter asséner fanfaronner fustiger`;

/**
 * French verbs conjugated irregularly (or of the second and third groups): infinitive →
 * past participle, present 3rd singular, present 3rd plural, imperfect stem.
 */
export const FR_IRREGULAR: Record<string, [participle: string, present: string, plural: string, imperfect: string]> = {
  dire: ['dit', 'dit', 'disent', 'dis'],
  redire: ['redit', 'redit', 'redisent', 'redis'],
  prédire: ['prédit', 'prédit', 'prédisent', 'prédis'],
  contredire: ['contredit', 'contredit', 'contredisent', 'contredis'],
  écrire: ['écrit', 'écrit', 'écrivent', 'écriv'],
  décrire: ['décrit', 'décrit', 'décrivent', 'décriv'],
  admettre: ['admis', 'admet', 'admettent', 'admett'],
  promettre: ['promis', 'promet', 'promettent', 'promett'],
  reconnaître: ['reconnu', 'reconnaît', 'reconnaissent', 'reconnaiss'],
  poursuivre: ['poursuivi', 'poursuit', 'poursuivent', 'poursuiv'],
  conclure: ['conclu', 'conclut', 'concluent', 'conclu'],
  répondre: ['répondu', 'répond', 'répondent', 'répond'],
  prévenir: ['prévenu', 'prévient', 'préviennent', 'préven'],
  soutenir: ['soutenu', 'soutient', 'soutiennent', 'souten'],
  maintenir: ['maintenu', 'maintient', 'maintiennent', 'mainten'],
  convenir: ['convenu', 'convient', 'conviennent', 'conven'],
  reprendre: ['repris', 'reprend', 'reprennent', 'repren'],
  interrompre: ['interrompu', 'interrompt', 'interrompent', 'interromp'],
  sourire: ['souri', 'sourit', 'sourient', 'souri'],
  rire: ['ri', 'rit', 'rient', 'ri'],
  démentir: ['démenti', 'dément', 'démentent', 'dément'],
  défendre: ['défendu', 'défend', 'défendent', 'défend'],
  rétorquer: ['rétorqué', 'rétorque', 'rétorquent', 'rétorqu'],
  avertir: ['averti', 'avertit', 'avertissent', 'avertiss'],
  réagir: ['réagi', 'réagit', 'réagissent', 'réagiss'],
  renchérir: ['renchéri', 'renchérit', 'renchérissent', 'renchériss'],
  rugir: ['rugi', 'rugit', 'rugissent', 'rugiss'],
  applaudir: ['applaudi', 'applaudit', 'applaudissent', 'applaudiss'],
  gémir: ['gémi', 'gémit', 'gémissent', 'gémiss'],
  vagir: ['vagi', 'vagit', 'vagissent', 'vagiss'],
  mugir: ['mugi', 'mugit', 'mugissent', 'mugiss'],
  établir: ['établi', 'établit', 'établissent', 'établiss'],
  résoudre: ['résolu', 'résout', 'résolvent', 'résolv'],
  assurer: ['assuré', 'assure', 'assurent', 'assur'],
  lire: ['lu', 'lit', 'lisent', 'lis'],
  émettre: ['émis', 'émet', 'émettent', 'émett'],
  soumettre: ['soumis', 'soumet', 'soumettent', 'soumett'],
  interjeter: ['interjeté', 'interjette', 'interjettent', 'interjet'],
  appeler: ['appelé', 'appelle', 'appellent', 'appel'],
  rappeler: ['rappelé', 'rappelle', 'rappellent', 'rappel'],
  interpeller: ['interpellé', 'interpelle', 'interpellent', 'interpell'],
  épeler: ['épelé', 'épelle', 'épellent', 'épel'],
  marteler: ['martelé', 'martèle', 'martèlent', 'martel'],
  grommeler: ['grommelé', 'grommelle', 'grommellent', 'grommel'],
  bégayer: ['bégayé', 'bégaie', 'bégaient', 'bégay'],
  revenir: ['revenu', 'revient', 'reviennent', 'reven'],
  plaindre: ['plaint', 'plaint', 'plaignent', 'plaign'],
  émouvoir: ['ému', 'émeut', 'émeuvent', 'émouv'],
  souvenir: ['souvenu', 'souvient', 'souviennent', 'souven'],
  enquérir: ['enquis', 'enquiert', 'enquièrent', 'enquér'],
  réjouir: ['réjoui', 'réjouit', 'réjouissent', 'réjouiss'],
  enorgueillir: ['enorgueilli', 'enorgueillit', 'enorgueillissent', 'enorgueilliss'],
  faire: ['fait', 'fait', 'font', 'fais'],
  mettre: ['mis', 'met', 'mettent', 'mett'],
  prendre: ['pris', 'prend', 'prennent', 'pren'],
  insurger: ['insurgé', 'insurge', 'insurgent', 'insurge'],
};

/** Other French verbs of saying (second and third groups), conjugated from FR_IRREGULAR. */
export const FR_OTHER = `
  dire redire prédire contredire écrire décrire admettre promettre reconnaître poursuivre conclure répondre
  prévenir soutenir maintenir convenir reprendre interrompre sourire rire démentir défendre avertir réagir
  renchérir rugir gémir`;

/** French locutions of saying: an irregular or -er head verb and its fixed complement. */
export const FR_LOCUTIONS = `
  faire_valoir faire_savoir faire_remarquer faire_observer faire_part faire_état faire_mine mettre_en_garde
  prendre_acte lancer_un_appel tirer_la_sonnette_d’alarme`;

/** French verbs of saying used with se (s’est exclamé, se réjouit, s’interroge-t-elle). */
export const FR_REFLEXIVE = `
  réjouir féliciter inquiéter dire exclamer écrier interroger demander étonner indigner emporter défendre
  justifier expliquer agacer alarmer insurger offusquer moquer amuser plaindre désoler émouvoir exprimer
  prononcer montrer vouloir souvenir rappeler confier épancher vanter targuer enorgueillir excuser récrier
  exaspérer lamenter alarmer étrangler esclaffer emballer énerver fâcher agacer exclamer écrier
  interroger enquérir défendre justifier féliciter réjouir épancher livrer confier récrier plaindre`;

/** English verbs of saying (base forms); inflect.ts gives -s, -ed and the irregular pasts. */
export const EN_BASE = `
 say tell quote add explain state declare note insist argue warn claim assert announce reply answer continue
 write speak repeat recall acknowledge admit concede remark observe promise vow stress emphasise emphasize
 caution conclude confirm ask tweet predict complain boast joke shout whisper suggest maintain contend
 counter retort agree urge pledge recount testify quip wonder muse reflect respond reiterate lament reason
 reckon clarify elaborate object protest interject snap grumble exclaim murmur mutter cry yell sigh gasp
 laugh chuckle giggle sob wail groan moan grunt growl hiss snarl sneer scoff snort smile 
 stammer stutter mumble drawl gush rave rant fume bark bellow roar thunder scream shriek squeal
 screech howl boom croak whine whimper plead beg implore demand insist affirm allege aver avow attest
 accuse complain 
 concur disagree dispute deny refute rebut contradict correct caution advise recommend propose explain
 summarise summarize conclude surmise speculate opine
 theorise theorize posit hypothesise hypothesize assure reassure confide divulge disclose reveal admit
 confess acknowledge concede interject interrupt 
 inquire enquire wonder counter retort rejoin riposte remind recall reminisce
 narrate recount report announce proclaim pronounce decree declare stipulate
 add continue conclude chime 
 repeat reiterate restate emphasise stress insist maintain
 contend argue reason suggest hint imply insinuate intimate venture predict 
 warn caution threaten promise pledge vow swear guarantee assure boast brag gloat crow marvel
 exult rejoice lament joke jest tease quip
 banter mock taunt jeer scoff chide scold berate rebuke reprimand admonish lecture preach sermonise
 moralise gripe grouse carp nag whinge bemoan bewail decry deplore denounce condemn castigate lambast
 excoriate deride ridicule shrug conclude`;

/** English pasts that are not base + -ed. */
export const EN_IRREGULAR: Record<string, string> = {
  say: 'said', tell: 'told', write: 'wrote', speak: 'spoke', swear: 'swore', begin: 'began', hold: 'held',
  shoot: 'shot', go: 'went', put: 'put', break: 'broke', cut: 'cut', hit: 'hit', grant: 'granted', tease: 'teased',
  sum: 'summed', chime: 'chimed', snap: 'snapped', quip: 'quipped', sob: 'sobbed', grin: 'grinned', beam: 'beamed',
  bark: 'barked', jab: 'jabbed', stop: 'stopped', gripe: 'griped', admit: 'admitted', refer: 'referred',
  rebut: 'rebutted', regret: 'regretted', submit: 'submitted', plan: 'planned', chat: 'chatted', prod: 'prodded',
  nag: 'nagged', brag: 'bragged', concur: 'concurred', prefer: 'preferred', compel: 'compelled', omit: 'omitted', plead: 'pleaded', read: 'read', think: 'thought', lead: 'led',
};

/** English locutions of saying (a verb and its particle or object). */
export const EN_LOCUTIONS = `
  point_out go_on sum_up shoot_back fire_back hit_back push_back put_it chime_in cut_in break_in weigh_in
  spell_out lash_out speak_out speak_up call_out cry_out burst_out blurt_out let_slip bite_back snap_back
  write_back answer_back hold_forth sound_off pipe_up butt_in reply_back`;

/**
 * English -s forms that are far more often nouns than verbs of saying in news copy ("the
 * notes", "claims", "a quip"): not used bare, where a speaker must stand next to them.
 */
export const EN_NOUN_LIKE = new Set(
  `notes claims answers replies remarks reports calls
  promises pledges questions protests boasts vows urges cautions counters tweets posts offers grants
  figures estimates guesses projects forecasts charges demands queries presses states objects records
  echoes parrots holds quotes cites points grunts growls hisses snarls sneers grins
  beams roars thunders screams howls booms croaks whines rants raves fumes barks bellows wails sobs
  gushes cheers mourns regrets jests teases banters mocks taunts jeers scolds
  lectures sermons gripes grouses nags bemoans ends starts begins closes finishes proceeds
  resumes allows prompts probes challenges reasons submits ventures hazards threatens
  guarantees marvels celebrates welcomes thanks blasts slams lashes praises hails`.split(/\s+/),
);
