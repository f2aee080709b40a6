/**
 * A synthetic archive for the search benchmark: agency copy as it reaches a
 * desk, in five languages, from agencies with a skewed share of the feed,
 * arriving in order over about three years. Not lorem ipsum: each agency's
 * dateline convention, headlines, sluglines, bylines, quotes with names and
 * roles, figures, sign-offs and copyright lines.
 *
 * The words follow Zipf's law, so that the index has the shape of real copy:
 * per language a ranked vocabulary of 3,700–5,300 word types (real function
 * and news words first, then derived forms: "counterprotest", "antigobierno",
 * "Energiepreise") drawn with P(rank r) ∝ 1/r; two-word collocations
 * ("central bank") are vocabulary entries of their own, so they occur as
 * phrases. People's surnames are the rare tail: a few thousand
 * made-up surnames, ranked by a Zipf law of their own over the whole feed,
 * every one checked not to collide with any other word of the corpus. Which
 * words are rare, mid-frequency or common is therefore known by construction
 * (RARE_WORDS, MID_WORDS, COMMON_WORDS, PHRASES, PREFIXES).
 *
 * Deterministic for a seed: the same `random` (createRandom from
 * synthetic-wire.ts) yields the same stories in the same order. Bump
 * GENERATOR_VERSION whenever the output changes, so cached archives are rebuilt.
 */
import type { Dateline, PubStatus, RemovedPart, WireStory } from '../../../shared/model/story.ts';
import { createRandom } from './synthetic-wire.ts';

/** Changes whenever the stories generated for a seed change. */
export const GENERATOR_VERSION = 1;

export type CorpusLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt';
export const CORPUS_LANGUAGES: readonly CorpusLanguage[] = ['en', 'es', 'fr', 'de', 'pt'];

/** At most this many word types per language: function words, news words, collocations, then derived forms. */
export const VOCABULARY_TYPES = 6000;

/** The feed starts on a Monday in January 2023 and runs for three years. */
export const CORPUS_START_MS = Date.UTC(2023, 0, 2);
export const CORPUS_SPAN_MS = Math.round(3 * 365.25 * 24 * 3600 * 1000);

/** When the stories of a corpus arrive: `count` stories spread evenly over `spanMs` from `startMs`. */
export interface CorpusTimeline {
  startMs: number;
  spanMs: number;
  count: number;
}

export function corpusTimeline(count: number, startMs = CORPUS_START_MS, spanMs = CORPUS_SPAN_MS): CorpusTimeline {
  return { startMs, spanMs, count };
}

/** Milliseconds between two arrival slots (at least 1: times strictly increase). */
function slotMs(timeline: CorpusTimeline): number {
  return Math.max(1, Math.floor(timeline.spanMs / Math.max(1, timeline.count)));
}

/** The first moment story `index` can arrive at; it arrives within its slot, before the next story's. */
export function slotStartMs(timeline: CorpusTimeline, index: number): number {
  return timeline.startMs + index * slotMs(timeline);
}

export interface CorpusStory {
  story: WireStory;
  /** The story as the agency filed it in plain text: the original bytes the archive keeps. */
  text: string;
  /** ISO 8601 time it reached the archive; strictly increases with the index. */
  receivedAt: string;
  fileName: string;
}

// ---------------------------------------------------------------------------
// Small helpers

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function weighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let x = random() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function list(text: string): string[] {
  return text.trim().split(/\s+/u);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** As FTS5's unicode61 tokenizer with remove_diacritics 2 compares words: case and accents folded. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text as the full-text index sees them. */
export function corpusTokens(text: string): string[] {
  return foldWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** A deterministic shuffle (the vocabulary's derived forms, the surnames), independent of any story's seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A Zipf (s = 1) rank in [0, size): P(r) = ln((r + 2) / (r + 1)) / ln(size + 1), about 1 / (r · ln size). */
function zipfIndex(random: Random, size: number, logSize: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * logSize)) - 1);
}

// ---------------------------------------------------------------------------
// Languages

interface LanguagePack {
  /** Function words, most frequent first: the head of the Zipf curve. */
  functionWords: string;
  /** News words, roughly most frequent first. */
  content: string;
  /** Two-word collocations, ranked among the news words. */
  phrases: readonly string[];
  /** Derived forms: prefix + noun (`derivable`), or (German) first element + head. */
  derivedPrefixes: readonly string[];
  derivable?: string;
  compound?: { firsts: readonly string[]; heads: readonly string[] };
  months: readonly string[];
  monthsShort: readonly string[];
  weekdays: readonly string[];
  subjects: readonly string[];
  /** Verbs of saying, in the form the templates below need. */
  said: readonly string[];
  roles: readonly string[];
  headlineVerbs: readonly string[];
  /** Slugline topics. */
  topics: readonly string[];
  onDay(weekday: string): string;
  lead(subject: string, said: string, when: string, rest: string): string;
  quote(text: string, said: string, who: string): string;
  mention(who: string, said: string, rest: string): string;
  figure(before: string, amount: string, after: string): string;
  inPlace(place: string): string;
  /** Decimal separator. */
  decimal: string;
  byline(name: string): string;
  /** Language-specific touch-ups of generated text (French elision, Spanish contractions). */
  polish?(text: string): string;
}

const en: LanguagePack = {
  functionWords: `the of to and a in said on for that is was with by at as it from has have be he his an will are not which
    its after were had been but they who their would this more than year also or about she her over two new last up one we
    could there since against when into people out told if all first can three other no before our some while under between
    where week because during them years what so most may being only just still now then these those both many any through
    until such how very`,
  content: `government minister president police officials country state economy talks agreement security military forces
    troops war ceasefire budget inflation prices market shares bank rates growth companies company workers union strike
    protest protesters opposition party coalition vote voters campaign leader leaders spokesman spokeswoman statement report
    data figures analysts investors trade exports imports tariffs sanctions energy oil gas power electricity climate emissions
    drought floods storm wildfire earthquake hospital health vaccine patients doctors schools students teachers university
    research scientists study border migrants refugees asylum aid humanitarian food water farmers harvest wheat coffee cocoa
    prison judge trial prosecutors charges investigation corruption fraud arrest suspect victims attack killed injured dead
    rescue emergency fire city capital region province village town residents families children women men ministry agency
    authorities council committee commission senate congress lawmakers law bill reform pension pensions taxes tax debt bonds
    currency dollar euro deficit spending investment project plan plans proposal deal contract negotiations dialogue
    announced warned confirmed denied reported insisted argued estimated acknowledged added expected agreed rejected
    approved launched signed called urged accused rose fell increased cut raised held met visited arrived returned won lost
    remained continued began ended opened closed reached showed suggested according including following despite amid ahead
    further earlier later recent local national international foreign domestic public private federal central regional
    economic political financial social nuclear electoral judicial presidential parliamentary annual quarterly monthly daily
    major key senior former interim top largest biggest highest lowest second third fourth five six ten hundreds thousands
    dozens billion euros dollars tonnes kilometres Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April June July August September October November December month today yesterday morning evening night place part
    case time way sector group system service services network works trains housing rents tourism tourists football team
    match coach stadium championship festival museum exhibition writer film music television radio newspaper journalists
    media internet technology software data digital phone cyber satellite launch space airport airline flights railway port
    shipping fuel diesel petrol coal solar wind renewable battery cars factory factories industry output production jobs
    unemployment wages salaries contracts mortgage loans lending banks lenders regulator regulators rules standards safety
    risk crisis recovery recession slowdown demand supply shortage stocks reserves funds fund aid donors loan grant summit
    delegation embassy ambassador envoy diplomats diplomatic sovereignty territory independence referendum constitution
    constitutional decree mandate majority minority seats ballot turnout candidates candidate polls poll survey allies ally
    rivals rebels militants insurgents soldiers army navy officers commander weapons missiles drones strikes shelling front
    offensive hostages prisoners detainees exchange release deadline warning threat threats measures restrictions lockdown
    outbreak virus cases deaths toll mortality infections`,
  phrases: [
    'prime minister', 'central bank', 'interest rates', 'human rights', 'climate change', 'supreme court', 'foreign minister',
    'stock market', 'oil prices', 'trade deal', 'peace talks', 'finance ministry', 'national team', 'armed forces',
    'health ministry', 'general election', 'press conference', 'state media', 'public debt', 'power plant',
  ],
  derivedPrefixes: list('re pre post non anti counter over under inter co sub multi cross mid semi ultra mega micro macro neo pro trans super out'),
  derivable: `government minister president police officials country state economy talks agreement security military war ceasefire
    budget inflation market bank growth company workers union strike protest opposition party coalition vote campaign leader
    statement report data trade exports imports tariffs sanctions energy oil gas power electricity climate emissions drought
    storm hospital health vaccine schools students university research border migrants aid food water farmers harvest prison
    court trial investigation corruption fraud arrest attack rescue emergency fire city region province village ministry
    agency council committee commission senate congress law reform pension taxes debt bonds currency deficit spending
    investment project plan proposal deal contract dialogue team election parliament airport airline railway port fuel coal
    battery industry production jobs wages loans banks regulator rules safety crisis recovery recession demand supply
    shortage reserves funds summit delegation embassy territory referendum constitution mandate majority candidates polls
    rebels militants soldiers army navy weapons missiles drones offensive hostages prisoners virus outbreak media internet
    network satellite tourism housing rents stadium festival museum film music television radio`,
  months: list('January February March April May June July August September October November December'),
  monthsShort: list('Jan Feb March April May June July Aug Sept Oct Nov Dec'),
  weekdays: list('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'),
  subjects: [
    'The government', 'The minister', 'Officials', 'The central bank', 'Opposition leaders', 'The president', 'Police',
    'Health authorities', 'The company', 'Union representatives', 'Prosecutors', 'Analysts', 'The ministry', 'Rescue workers',
    'The army', 'Residents',
  ],
  said: list('said added warned noted insisted explained acknowledged argued'),
  roles: [
    'a spokesman for the ministry', 'a spokeswoman for the government', 'the chief economist at a local bank',
    'a senior official who asked not to be named', 'the head of the farmers union', 'a lawyer for the families',
    'the regional governor', 'an analyst at a consultancy', 'a member of parliament for the opposition', 'the mayor',
    'a researcher at the national university', 'the company chief executive', 'the police commissioner',
    'a spokesman for the rebels', 'the deputy finance minister',
  ],
  headlineVerbs: list('rises falls warns backs rejects seeks plans faces wins cuts raises vows urges eyes hits weighs delays approves'),
  topics: list('ECONOMY POLITICS ELECTION ENERGY CLIMATE HEALTH COURTS CRIME MARKETS TRADE CONFLICT MIGRATION SPORT CULTURE SCIENCE WEATHER TRANSPORT LABOUR'),
  onDay: (day) => `on ${day}`,
  lead: (subject, said, when, rest) => `${subject} ${said} ${when} that ${rest}.`,
  quote: (text, said, who) => `“${capitalise(text)},” ${said} ${who}.`,
  mention: (who, said, rest) => `${who} ${said} that ${rest}.`,
  figure: (before, amount, after) => `${capitalise(before)} ${amount} percent ${after}.`,
  inPlace: (place) => `in ${place}`,
  decimal: '.',
  byline: (name) => `By ${name}`,
};

const es: LanguagePack = {
  functionWords: `de la que el en y a los del se las por un para con una no su al es lo como más o pero sus le ha este esta
    entre cuando muy sin sobre también hasta hay donde han desde todo nos durante todos uno les ni contra otros ese eso ante
    ellos e esto antes algunos unos otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas
    algunas algo según tras dijo afirmó aseguró señaló explicó indicó años año millones ser fue son está era había`,
  content: `gobierno ministro ministra presidente elecciones parlamento congreso senado policía tribunal juez fiscalía economía
    inflación precios mercado bolsa banco tipos interés crecimiento empresas empresa trabajadores sindicato huelga protesta
    manifestantes oposición partido coalición votación campaña líder portavoz comunicado informe datos cifras analistas
    inversores comercio exportaciones importaciones aranceles sanciones energía petróleo gas electricidad clima emisiones
    sequía inundaciones tormenta incendio terremoto hospital salud vacuna pacientes médicos escuelas estudiantes profesores
    universidad investigación científicos estudio frontera migrantes refugiados asilo ayuda humanitaria alimentos agua
    agricultores cosecha trigo café cacao cárcel juicio fiscales cargos corrupción fraude detención sospechoso víctimas ataque
    muertos heridos rescate emergencia ciudad capital región provincia pueblo vecinos familias niños mujeres hombres
    ministerio agencia autoridades consejo comisión diputados ley proyecto reforma pensiones impuestos deuda bonos moneda
    dólar euro déficit gasto inversión plan propuesta acuerdo contrato negociaciones diálogo anunció advirtió confirmó negó
    informó insistió estimó reconoció añadió aprobó rechazó firmó pidió acusó subió bajó aumentó redujo celebró visitó llegó
    ganó perdió continúa comenzó abrió cerró alcanzó mostró nacional internacional extranjero público privado federal central
    regional económica política financiera social militar nuclear electoral judicial presidencial anual mensual mayor
    principal nuevo nueva nuevos último primera segundo tercer lunes martes miércoles jueves viernes sábado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre euros dólares toneladas kilómetros
    ciento semana mes día hoy ayer mañana lugar parte caso vez forma manera sector grupo sistema servicio servicios red obras
    trenes vivienda alquiler turismo turistas fútbol selección equipo entrenador estadio campeonato festival museo exposición
    escritor película música televisión radio periódico periodistas medios internet tecnología digital teléfono satélite
    aeropuerto aerolínea vuelos ferrocarril puerto combustible gasolina carbón solar eólica renovable batería coches fábrica
    industria producción empleo paro salarios hipotecas préstamos bancos regulador normas seguridad riesgo crisis recuperación
    recesión demanda oferta escasez reservas fondos donantes cumbre delegación embajada embajador diplomáticos soberanía
    territorio independencia referéndum constitución decreto mandato mayoría minoría escaños candidatos encuestas aliados
    rebeldes soldados ejército armada oficiales comandante armas misiles drones bombardeos ofensiva rehenes presos liberación
    plazo amenaza medidas restricciones brote virus casos contagios`,
  phrases: [
    'banco central', 'primer ministro', 'derechos humanos', 'cambio climático', 'tribunal supremo', 'acuerdo comercial',
    'fuerzas armadas', 'deuda pública', 'salud pública', 'comunidad internacional', 'sector privado', 'crecimiento económico',
    'unión europea', 'medios oficiales', 'central nuclear', 'alto representante',
  ],
  derivedPrefixes: list('re pre pos anti contra sobre sub inter co ex semi multi macro micro neo pro trans super ultra auto extra infra hiper mini'),
  derivable: `gobierno ministro presidente policía tribunal economía inflación precios mercado bolsa banco crecimiento empresas
    trabajadores sindicato huelga protesta oposición partido coalición votación campaña líder informe datos comercio
    exportaciones importaciones aranceles sanciones energía petróleo gas electricidad clima emisiones sequía hospital salud
    vacuna escuelas universidad investigación frontera migrantes ayuda alimentos agua agricultores cosecha cárcel juicio
    corrupción fraude detención ataque rescate emergencia ciudad región provincia ministerio agencia consejo comisión ley
    proyecto reforma pensiones impuestos deuda bonos moneda déficit gasto inversión plan propuesta acuerdo contrato diálogo
    elecciones parlamento congreso senado aeropuerto aerolínea ferrocarril puerto combustible carbón industria producción
    empleo salarios préstamos bancos regulador normas seguridad crisis recuperación recesión demanda oferta reservas fondos
    cumbre delegación embajada territorio referéndum constitución mandato candidatos encuestas rebeldes soldados ejército
    armas misiles drones ofensiva virus brote medios internet red satélite turismo vivienda estadio festival museo música
    televisión radio`,
  months: list('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  monthsShort: list('ene feb mar abr may jun jul ago sep oct nov dic'),
  weekdays: list('lunes martes miércoles jueves viernes sábado domingo'),
  subjects: [
    'El Gobierno', 'El ministro', 'La ministra', 'El banco central', 'La oposición', 'El presidente', 'La Policía',
    'La autoridad sanitaria', 'La empresa', 'El sindicato', 'La Fiscalía', 'Un analista', 'El ministerio',
    'El servicio de emergencias', 'El Ejército', 'La alcaldía',
  ],
  said: list('afirmó aseguró señaló explicó indicó declaró advirtió subrayó'),
  roles: [
    'portavoz del ministerio', 'portavoz del Gobierno', 'economista jefe de un banco local', 'un alto cargo que pidió el anonimato',
    'presidente de la asociación de agricultores', 'abogado de las familias', 'gobernador regional', 'analista de una consultora',
    'diputado de la oposición', 'alcalde de la ciudad', 'investigador de la universidad nacional', 'consejero delegado de la empresa',
    'jefe de la Policía', 'portavoz de los rebeldes', 'viceministro de Hacienda',
  ],
  headlineVerbs: list('sube cae advierte respalda rechaza busca planea afronta gana recorta eleva promete pide aprueba aplaza'),
  topics: list('ECONOMÍA POLÍTICA ELECCIONES ENERGÍA CLIMA SALUD TRIBUNALES SUCESOS MERCADOS COMERCIO CONFLICTO MIGRACIÓN DEPORTES CULTURA CIENCIA METEOROLOGÍA TRANSPORTE LABORAL'),
  onDay: (day) => `este ${day}`,
  lead: (subject, said, when, rest) => `${subject} ${said} ${when} que ${rest}.`,
  quote: (text, said, who) => `“${capitalise(text)}”, ${said} ${who}.`,
  mention: (who, said, rest) => `${who} ${said} que ${rest}.`,
  figure: (before, amount, after) => `${capitalise(before)} un ${amount} % ${after}.`,
  inPlace: (place) => `en ${place}`,
  decimal: ',',
  byline: (name) => `Por ${name}`,
  polish: (text) => text.replace(/\b(a|de) el\b/gu, (_m, w: string) => (w === 'a' ? 'al' : 'del')),
};

const fr: LanguagePack = {
  functionWords: `de la le et les des en du un une à a est pour que qui dans par au sur pas plus il ne ce se avec son sa ses
    aux ont été mais ou elle ils leur leurs cette comme selon après avant entre contre sans sous depuis lors dont où aussi très
    tout tous deux trois ans année millions déclaré indiqué estimé affirmé fait être avoir sont était sera peut doit encore
    déjà même autres notamment ainsi alors si y on nous lui cela ces mois jour`,
  content: `gouvernement ministre président élections parlement assemblée sénat police tribunal juge parquet économie inflation
    prix marché bourse banque taux croissance entreprises entreprise salariés syndicat grève manifestation manifestants
    opposition parti coalition vote campagne dirigeant communiqué rapport données chiffres analystes investisseurs commerce
    exportations importations douane sanctions énergie pétrole gaz électricité climat émissions sécheresse inondations tempête
    incendie séisme hôpital santé vaccin patients médecins écoles élèves enseignants université recherche chercheurs étude
    frontière migrants réfugiés asile aide humanitaire nourriture eau agriculteurs récolte blé café cacao prison procès
    procureurs accusations enquête corruption fraude arrestation suspect victimes attaque morts blessés secours urgence ville
    capitale région province village habitants familles enfants femmes hommes ministère agence autorités conseil commission
    députés loi projet réforme retraites impôts dette obligations monnaie dollar euro déficit dépenses investissement plan
    proposition accord contrat négociations dialogue annoncé averti confirmé démenti rapporté insisté reconnu ajouté approuvé
    rejeté signé appelé accusé augmenté baissé réduit tenu visité arrivé gagné perdu poursuivi commencé ouvert fermé atteint
    montré national international étranger public privé fédéral central régional économique politique financière sociale
    militaire nucléaire électorale judiciaire présidentielle annuel mensuel grand principal nouveau nouvelle dernier première
    deuxième lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
    octobre novembre décembre euros dollars tonnes kilomètres semaine hier demain lieu partie cas fois secteur groupe système
    service services réseau travaux trains logement loyers tourisme touristes football équipe match sélection championnat
    entraîneur stade festival musée exposition écrivain film musique télévision radio journal journalistes médias internet
    technologie numérique téléphone satellite aéroport compagnie vols ferroviaire port carburant essence charbon solaire
    éolien renouvelable batterie voitures usine industrie production emplois chômage salaires crédits prêts banques régulateur
    normes sécurité risque crise reprise récession demande offre pénurie réserves fonds donateurs sommet délégation ambassade
    ambassadeur diplomates souveraineté territoire indépendance référendum constitution décret mandat majorité minorité sièges
    candidats sondages alliés rebelles soldats armée marine officiers commandant armes missiles drones frappes offensive
    otages prisonniers libération délai menace mesures restrictions épidémie virus contaminations`,
  phrases: [
    'banque centrale', 'premier ministre', 'droits humains', 'changement climatique', 'cour suprême', 'accord commercial',
    'forces armées', 'dette publique', 'santé publique', 'communauté internationale', 'secteur privé', 'croissance économique',
    'union européenne', 'médias officiels', 'centrale nucléaire', 'haut représentant',
  ],
  derivedPrefixes: list('re pré post anti contre sur sous inter co ex semi multi macro micro néo pro trans super ultra auto extra infra hyper mini'),
  derivable: `gouvernement ministre président police tribunal économie inflation marché bourse banque croissance entreprises
    salariés syndicat grève manifestation opposition parti coalition vote campagne rapport données commerce exportations
    importations douane sanctions énergie pétrole gaz électricité climat émissions sécheresse hôpital santé vaccin écoles
    université recherche frontière migrants aide nourriture eau agriculteurs récolte prison procès enquête corruption fraude
    arrestation attaque secours urgence ville région province ministère agence conseil commission loi projet réforme
    retraites impôts dette obligations monnaie déficit dépenses investissement plan proposition accord contrat dialogue
    élections parlement assemblée sénat aéroport compagnie port carburant charbon industrie production emplois chômage
    salaires prêts banques régulateur normes sécurité crise reprise récession demande offre pénurie réserves fonds sommet
    délégation ambassade territoire référendum constitution mandat candidats sondages rebelles soldats armée armes missiles
    drones offensive virus épidémie médias internet réseau satellite tourisme logement stade festival musée musique
    télévision radio`,
  months: list('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  monthsShort: list('janv févr mars avr mai juin juil août sept oct nov déc'),
  weekdays: list('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  subjects: [
    'Le gouvernement', 'Le ministre', 'La ministre', 'La banque centrale', "L'opposition", 'Le président', 'La police',
    "L'agence sanitaire", "L'entreprise", 'Le syndicat', 'Le parquet', 'Un analyste', 'Le ministère', 'La protection civile',
    "L'armée", 'La mairie',
  ],
  said: list('annoncé indiqué déclaré affirmé estimé assuré souligné expliqué'),
  roles: [
    'porte-parole du ministère', 'porte-parole du gouvernement', "économiste en chef d'une banque locale",
    "un haut responsable ayant requis l'anonymat", 'président du syndicat agricole', 'avocat des familles', 'gouverneur régional',
    "analyste d'un cabinet de conseil", "député de l'opposition", 'maire de la ville', "chercheur à l'université nationale",
    "directeur général de l'entreprise", 'chef de la police', 'porte-parole des rebelles', 'ministre délégué aux Finances',
  ],
  headlineVerbs: list('progresse recule alerte soutient rejette cherche prévoit affronte remporte réduit relève promet appelle approuve reporte'),
  topics: list('économie politique élections énergie climat santé justice faits-divers marchés commerce conflit migrations sport culture sciences météo transports social'),
  onDay: (day) => day,
  lead: (subject, said, when, rest) => `${subject} a ${said} ${when} que ${rest}.`,
  quote: (text, said, who) => `« ${capitalise(text)} », a ${said} ${who}.`,
  mention: (who, said, rest) => `${who} a ${said} que ${rest}.`,
  figure: (before, amount, after) => `${capitalise(before)} de ${amount} % ${after}.`,
  inPlace: (place) => `à ${place}`,
  decimal: ',',
  byline: (name) => `Par ${name}`,
  polish: (text) =>
    text.replace(/(^|[\s«])(le|la|de|que|ne|se|je|me|te) (?=[aeiouyhàâäéèêëîïôöûüœAEIOUYHÀÂÉÈÊÎÔ])/gu, (_m, before: string, w: string) =>
      `${before}${w === 'le' || w === 'la' ? 'l' : w.slice(0, -1)}'`,
    ),
};

const de: LanguagePack = {
  functionWords: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er
    hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch
    man sei seit sagte soll sollen hatte wurde wurden kann könne gegen vom schon wenn habe seine ihre ihr sein dann unter wir
    diese dieser sowie zwei drei Jahr Jahren Prozent Millionen Milliarden etwa rund laut zufolge hieß weiter bereits jedoch
    allerdings damit dabei wieder neue neuen ersten beim ins`,
  content: `Regierung Minister Ministerin Bundeskanzler Präsident Wahl Wahlen Parlament Bundestag Polizei Gericht Richter
    Staatsanwaltschaft Wirtschaft Inflation Preise Markt Börse Bank Zinsen Wachstum Unternehmen Beschäftigte Gewerkschaft
    Streik Protest Demonstranten Opposition Partei Koalition Abstimmung Wahlkampf Chef Sprecher Sprecherin Mitteilung Bericht
    Daten Zahlen Analysten Anleger Handel Exporte Importe Zölle Sanktionen Energie Öl Gas Strom Klima Emissionen Dürre
    Hochwasser Sturm Brand Erdbeben Krankenhaus Gesundheit Impfstoff Patienten Ärzte Schulen Schüler Lehrer Universität
    Forschung Wissenschaftler Studie Grenze Migranten Flüchtlinge Asyl Hilfe Lebensmittel Wasser Landwirte Ernte Weizen Kaffee
    Gefängnis Prozess Ermittlungen Korruption Betrug Festnahme Verdächtige Opfer Angriff Tote Verletzte Rettung Notfall Stadt
    Hauptstadt Region Bundesland Dorf Bewohner Familien Kinder Frauen Männer Ministerium Behörde Behörden Rat Ausschuss
    Kommission Abgeordnete Gesetz Entwurf Reform Rente Renten Steuern Schulden Anleihen Währung Dollar Euro Defizit Ausgaben
    Investitionen Plan Vorschlag Abkommen Vertrag Verhandlungen Gespräche kündigte warnte bestätigte wies berichtete betonte
    schätzte räumte fügte billigte lehnte unterzeichnete forderte warf stieg sank erhöhte senkte traf besuchte gewann verlor
    blieb begann erreichte zeigte nationale internationale ausländische öffentliche private zentrale regionale
    wirtschaftliche politische soziale militärische jährliche großen wichtigsten letzten Montag Dienstag Mittwoch Donnerstag
    Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember Tonnen
    Kilometer Woche gestern morgen heute Ort Teil Fall Mal Branche Gruppe System Dienst Netz Bauarbeiten Züge Wohnungen Mieten
    Tourismus Fußball Mannschaft Spiel Trainer Stadion Festival Museum Ausstellung Schriftsteller Film Musik Fernsehen Zeitung
    Journalisten Medien Internet Technik Satellit Flughafen Fluggesellschaft Flüge Bahn Hafen Kraftstoff Benzin Kohle Solar
    Windkraft Batterie Autos Fabrik Industrie Produktion Arbeitsplätze Arbeitslosigkeit Löhne Kredite Banken Aufsicht Regeln
    Sicherheit Risiko Krise Erholung Rezession Nachfrage Angebot Mangel Reserven Fonds Gipfel Delegation Botschaft Botschafter
    Diplomaten Souveränität Gebiet Unabhängigkeit Referendum Verfassung Verordnung Mandat Mehrheit Minderheit Sitze Kandidaten
    Umfragen Verbündete Rebellen Soldaten Armee Marine Offiziere Kommandeur Waffen Raketen Drohnen Angriffe Offensive Geiseln
    Gefangene Freilassung Frist Drohung Maßnahmen Einschränkungen Ausbruch Virus Fälle Infektionen`,
  phrases: [
    'Europäische Zentralbank', 'Vereinten Nationen', 'Europäischen Union', 'künstliche Intelligenz', 'erneuerbare Energien',
    'öffentlichen Dienst', 'Deutsche Bahn', 'Bundesrat billigte', 'Internationale Währungsfonds', 'Grünen Partei',
    'Auswärtige Amt', 'Statistische Bundesamt', 'soziale Medien', 'Rotes Kreuz', 'Menschenrechte verletzt', 'Rettungskräfte berichteten',
  ],
  derivedPrefixes: [],
  compound: {
    firsts: list(`Bundes Landes Staats Wirtschafts Finanz Energie Gas Strom Klima Umwelt Gesundheits Verkehrs Bahn Flughafen Hafen
      Grenz Sicherheits Verteidigungs Außen Innen Justiz Bildungs Arbeits Sozial Renten Steuer Haushalts Schulden Zins Preis
      Markt Handels Export Industrie Auto Bau Wohnungs Miet Agrar Wasser Hochwasser Flüchtlings Migrations Polizei Gerichts
      Partei Wahl Koalitions Oppositions Regierungs Kommunal Stadt Kriegs Friedens Waffen Militär Digital Internet Daten
      Forschungs Hochschul Kultur Sport Fußball Medien Presse Kinder Familien Frauen Pflege Kranken Impf Corona Ernte Dürre
      Sturm Feuerwehr Notfall Rettungs Öl Kohle Wind Solar Atom`),
    heads: list(`minister ministerium politik gesetz reform krise plan programm bericht streit debatte verband behörde amt kommission
      konferenz gipfel abkommen vertrag paket fonds kosten preise markt lage experten daten zahlen ziele wachstum sektor netz
      system projekt konzern unternehmen chef sprecher vertreter gericht verfahren urteil skandal partner rat kontrolle
      sicherheit schutz hilfe mittel steuer ausgaben einnahmen haushalt defizit schulden versorgung branche`),
  },
  months: list('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  monthsShort: list('Jan. Feb. März April Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'),
  weekdays: list('Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'),
  subjects: [
    'Die Regierung', 'Der Minister', 'Die Ministerin', 'Die Zentralbank', 'Die Opposition', 'Der Präsident', 'Die Polizei',
    'Die Gesundheitsbehörde', 'Das Unternehmen', 'Die Gewerkschaft', 'Die Staatsanwaltschaft', 'Ein Analyst', 'Das Ministerium',
    'Die Feuerwehr', 'Die Armee', 'Die Stadtverwaltung',
  ],
  said: list('sagte erklärte betonte warnte teilte berichtete bestätigte räumte'),
  roles: [
    'Sprecher des Ministeriums', 'Sprecherin der Regierung', 'Chefvolkswirt einer örtlichen Bank', 'ein hoher Beamter, der anonym bleiben wollte',
    'Präsident des Bauernverbandes', 'Anwalt der Familien', 'Regionalgouverneur', 'Analyst einer Beratungsfirma', 'Abgeordneter der Opposition',
    'Bürgermeister der Stadt', 'Forscher an der Nationaluniversität', 'Vorstandschef des Unternehmens', 'Polizeipräsident',
    'Sprecher der Rebellen', 'Staatssekretär im Finanzministerium',
  ],
  headlineVerbs: list('steigt sinkt warnt unterstützt sucht plant gewinnt kürzt erhöht fordert billigt verschiebt droht'),
  topics: list('Wirtschaft Politik Wahlen Energie Klima Gesundheit Justiz Kriminalität Börse Handel Konflikte Migration Sport Kultur Wissenschaft Wetter Verkehr Arbeit'),
  onDay: (day) => `am ${day}`,
  lead: (subject, said, when, rest) => `${subject} ${said} ${when}, ${rest}.`,
  quote: (text, said, who) => `„${capitalise(text)}“, ${said} ${who}.`,
  mention: (who, said, rest) => `${who} ${said}, ${rest}.`,
  figure: (before, amount, after) => `${capitalise(before)} um ${amount} Prozent ${after}.`,
  inPlace: (place) => `in ${place}`,
  decimal: ',',
  byline: (name) => `Von ${name}`,
};

const pt: LanguagePack = {
  functionWords: `de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu
    sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas
    esse eles estão essa num nem suas segundo disse afirmou anos ano milhões contra sobre durante após ainda onde cerca desde
    este esta todos outros outras pelos pelas foram será pode deve são`,
  content: `governo ministro ministra presidente eleições parlamento congresso senado polícia tribunal juiz economia inflação
    preços mercado bolsa banco juros crescimento empresas empresa trabalhadores sindicato greve protesto manifestantes oposição
    partido coligação votação campanha líder comunicado relatório dados números analistas investidores comércio exportações
    importações tarifas sanções energia petróleo gás eletricidade clima emissões seca cheias tempestade incêndio sismo hospital
    saúde vacina pacientes médicos escolas estudantes professores universidade pesquisa cientistas estudo fronteira migrantes
    refugiados asilo ajuda humanitária alimentos água agricultores colheita trigo café cacau prisão julgamento procuradores
    acusações investigação corrupção fraude detenção suspeito vítimas ataque mortos feridos resgate emergência cidade capital
    região província aldeia moradores famílias crianças mulheres homens ministério agência autoridades conselho comissão
    deputados lei projeto reforma pensões impostos dívida títulos moeda dólar euro défice despesa investimento plano proposta
    acordo contrato negociações diálogo anunciou alertou confirmou negou informou insistiu estimou reconheceu acrescentou
    aprovou rejeitou assinou pediu acusou subiu desceu aumentou reduziu realizou visitou chegou venceu perdeu continua começou
    abriu fechou atingiu mostrou nacional internacional estrangeiro público privado federal central regional económica
    política financeira social militar nuclear eleitoral judicial presidencial anual mensal maior principal novo nova novos
    último primeira segunda sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
    dezembro euros dólares reais toneladas quilómetros semana mês dia hoje ontem amanhã lugar parte caso vez forma setor grupo
    sistema serviço serviços rede obras comboios habitação rendas turismo turistas futebol seleção equipa jogo treinador
    estádio festival museu exposição escritor filme música televisão rádio jornal jornalistas media internet tecnologia
    digital telefone satélite aeroporto companhia voos ferrovia porto combustível gasolina carvão solar eólica renovável
    bateria carros fábrica indústria produção empregos desemprego salários créditos empréstimos bancos regulador normas
    segurança risco crise recuperação recessão procura oferta escassez reservas fundos doadores cimeira delegação embaixada
    embaixador diplomatas soberania território independência referendo constituição decreto mandato maioria minoria lugares
    candidatos sondagens aliados rebeldes soldados exército marinha oficiais comandante armas mísseis drones bombardeamentos
    ofensiva reféns presos libertação prazo ameaça medidas restrições surto vírus casos infeções`,
  phrases: [
    'banco central', 'primeiro-ministro', 'direitos humanos', 'alterações climáticas', 'supremo tribunal', 'acordo comercial',
    'forças armadas', 'dívida pública', 'saúde pública', 'comunidade internacional', 'setor privado', 'crescimento económico',
    'união europeia', 'meios oficiais', 'central nuclear', 'alto representante',
  ],
  derivedPrefixes: list('re pré pós anti contra sobre sub inter co ex semi multi macro micro neo pró trans super ultra auto extra infra hiper mini'),
  derivable: `governo ministro presidente polícia tribunal economia inflação preços mercado bolsa banco crescimento empresas
    trabalhadores sindicato greve protesto oposição partido coligação votação campanha líder relatório dados comércio
    exportações importações tarifas sanções energia petróleo gás eletricidade clima emissões seca hospital saúde vacina
    escolas universidade investigação fronteira migrantes ajuda alimentos água agricultores colheita prisão julgamento
    corrupção fraude detenção ataque resgate emergência cidade região província ministério agência conselho comissão lei
    projeto reforma pensões impostos dívida títulos moeda défice despesa investimento plano proposta acordo contrato diálogo
    eleições parlamento congresso senado aeroporto companhia ferrovia porto combustível carvão indústria produção empregos
    desemprego salários empréstimos bancos regulador normas segurança crise recuperação recessão procura oferta reservas
    fundos cimeira delegação embaixada território referendo constituição mandato candidatos sondagens rebeldes soldados
    exército armas mísseis drones ofensiva vírus surto media internet rede satélite turismo habitação estádio festival museu
    música televisão rádio`,
  months: list('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  monthsShort: list('jan fev mar abr mai jun jul ago set out nov dez'),
  weekdays: list('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'),
  subjects: [
    'O governo', 'O ministro', 'A ministra', 'O banco central', 'A oposição', 'O presidente', 'A polícia',
    'A autoridade de saúde', 'A empresa', 'O sindicato', 'O Ministério Público', 'Um analista', 'O ministério',
    'A proteção civil', 'O exército', 'A câmara municipal',
  ],
  said: list('afirmou disse declarou explicou indicou alertou sublinhou garantiu'),
  roles: [
    'porta-voz do ministério', 'porta-voz do governo', 'economista-chefe de um banco local', 'um alto responsável que pediu anonimato',
    'presidente da associação de agricultores', 'advogado das famílias', 'governador regional', 'analista de uma consultora',
    'deputado da oposição', 'presidente da câmara', 'investigador da universidade nacional', 'presidente executivo da empresa',
    'comandante da polícia', 'porta-voz dos rebeldes', 'secretário de Estado das Finanças',
  ],
  headlineVerbs: list('sobe cai alerta apoia rejeita procura planeia enfrenta vence corta eleva promete pede aprova adia'),
  topics: list('economia política eleições energia clima saúde justiça crime mercados comércio conflito migrações desporto cultura ciência meteorologia transportes trabalho'),
  onDay: (day) => `${day.endsWith('feira') ? 'nesta' : 'neste'} ${day}`,
  lead: (subject, said, when, rest) => `${subject} ${said} ${when} que ${rest}.`,
  quote: (text, said, who) => `“${capitalise(text)}”, ${said} ${who}.`,
  mention: (who, said, rest) => `${who} ${said} que ${rest}.`,
  figure: (before, amount, after) => `${capitalise(before)} ${amount} % ${after}.`,
  inPlace: (place) => `em ${place}`,
  decimal: ',',
  byline: (name) => `Por ${name}`,
};

const packs: Record<CorpusLanguage, LanguagePack> = { en, es, fr, de, pt };

// ---------------------------------------------------------------------------
// Places

interface Country {
  code: string;
  names: Record<CorpusLanguage, string>;
  /** AP's region code in its sluglines. */
  region: string;
}

function country(code: string, region: string, names: string): Country {
  const [enName, esName, frName, deName, ptName] = names.split('|') as [string, string, string, string, string];
  return { code, region, names: { en: enName, es: esName, fr: frName, de: deName, pt: ptName } };
}

const countries = new Map(
  [
    country('ES', 'EU', 'Spain|España|Espagne|Spanien|Espanha'),
    country('FR', 'EU', 'France|Francia|France|Frankreich|França'),
    country('DE', 'EU', 'Germany|Alemania|Allemagne|Deutschland|Alemanha'),
    country('GB', 'EU', 'Britain|Reino Unido|Royaume-Uni|Großbritannien|Reino Unido'),
    country('US', 'US', 'United States|Estados Unidos|États-Unis|USA|Estados Unidos'),
    country('IT', 'EU', 'Italy|Italia|Italie|Italien|Itália'),
    country('PT', 'EU', 'Portugal|Portugal|Portugal|Portugal|Portugal'),
    country('BR', 'LT', 'Brazil|Brasil|Brésil|Brasilien|Brasil'),
    country('MX', 'LT', 'Mexico|México|Mexique|Mexiko|México'),
    country('AR', 'LT', 'Argentina|Argentina|Argentine|Argentinien|Argentina'),
    country('CO', 'LT', 'Colombia|Colombia|Colombie|Kolumbien|Colômbia'),
    country('PE', 'LT', 'Peru|Perú|Pérou|Peru|Peru'),
    country('CL', 'LT', 'Chile|Chile|Chili|Chile|Chile'),
    country('VE', 'LT', 'Venezuela|Venezuela|Venezuela|Venezuela|Venezuela'),
    country('CU', 'LT', 'Cuba|Cuba|Cuba|Kuba|Cuba'),
    country('RU', 'EU', 'Russia|Rusia|Russie|Russland|Rússia'),
    country('UA', 'EU', 'Ukraine|Ucrania|Ukraine|Ukraine|Ucrânia'),
    country('TR', 'ME', 'Turkey|Turquía|Turquie|Türkei|Turquia'),
    country('EG', 'ME', 'Egypt|Egipto|Égypte|Ägypten|Egito'),
    country('KE', 'AF', 'Kenya|Kenia|Kenya|Kenia|Quénia'),
    country('NG', 'AF', 'Nigeria|Nigeria|Nigeria|Nigeria|Nigéria'),
    country('ZA', 'AF', 'South Africa|Sudáfrica|Afrique du Sud|Südafrika|África do Sul'),
    country('CN', 'AS', 'China|China|Chine|China|China'),
    country('JP', 'AS', 'Japan|Japón|Japon|Japan|Japão'),
    country('IN', 'AS', 'India|India|Inde|Indien|Índia'),
    country('AU', 'AS', 'Australia|Australia|Australie|Australien|Austrália'),
    country('BE', 'EU', 'Belgium|Bélgica|Belgique|Belgien|Bélgica'),
    country('CH', 'EU', 'Switzerland|Suiza|Suisse|Schweiz|Suíça'),
    country('AT', 'EU', 'Austria|Austria|Autriche|Österreich|Áustria'),
    country('PL', 'EU', 'Poland|Polonia|Pologne|Polen|Polónia'),
    country('IL', 'ME', 'Israel|Israel|Israël|Israel|Israel'),
    country('AO', 'AF', 'Angola|Angola|Angola|Angola|Angola'),
    country('MZ', 'AF', 'Mozambique|Mozambique|Mozambique|Mosambik|Moçambique'),
    country('MA', 'AF', 'Morocco|Marruecos|Maroc|Marokko|Marrocos'),
    country('SN', 'AF', 'Senegal|Senegal|Sénégal|Senegal|Senegal'),
  ].map((c) => [c.code, c]),
);

interface City {
  country: string;
  names: Record<CorpusLanguage, string>;
}

/** "ES Madrid" or "DE Munich|Múnich|Munich|München|Munique" (en|es|fr|de|pt). */
function city(spec: string): City {
  const [code, ...rest] = spec.split(' ');
  const parts = rest.join(' ').split('|');
  const name = (i: number) => parts[i] ?? (parts[0] as string);
  return { country: code as string, names: { en: name(0), es: name(1), fr: name(2), de: name(3), pt: name(4) } };
}

const cities: readonly City[] = [
  'ES Madrid', 'ES Barcelona|Barcelona|Barcelone|Barcelona|Barcelona', 'ES Seville|Sevilla|Séville|Sevilla|Sevilha', 'ES Valencia', 'ES Bilbao',
  'FR Paris', 'FR Marseille', 'FR Lyon', 'DE Berlin', 'DE Munich|Múnich|Munich|München|Munique',
  'DE Hamburg|Hamburgo|Hambourg|Hamburg|Hamburgo', 'DE Frankfurt|Fráncfort|Francfort|Frankfurt|Frankfurt',
  'GB London|Londres|Londres|London|Londres', 'GB Manchester', 'GB Edinburgh|Edimburgo|Édimbourg|Edinburgh|Edimburgo',
  'US Washington', 'US New York|Nueva York|New York|New York|Nova Iorque', 'US Los Angeles', 'US Chicago', 'US Miami',
  'IT Rome|Roma|Rome|Rom|Roma', 'IT Milan|Milán|Milan|Mailand|Milão', 'PT Lisbon|Lisboa|Lisbonne|Lissabon|Lisboa',
  'PT Porto|Oporto|Porto|Porto|Porto', 'BR São Paulo', 'BR Rio de Janeiro', 'BR Brasilia|Brasilia|Brasilia|Brasília|Brasília',
  'MX Mexico City|Ciudad de México|Mexico|Mexiko-Stadt|Cidade do México', 'MX Guadalajara', 'AR Buenos Aires',
  'CO Bogota|Bogotá|Bogota|Bogotá|Bogotá', 'PE Lima', 'CL Santiago', 'VE Caracas', 'CU Havana|La Habana|La Havane|Havanna|Havana',
  'RU Moscow|Moscú|Moscou|Moskau|Moscou', 'UA Kyiv|Kiev|Kiev|Kiew|Kiev', 'TR Ankara', 'TR Istanbul|Estambul|Istanbul|Istanbul|Istambul',
  'EG Cairo|El Cairo|Le Caire|Kairo|Cairo', 'KE Nairobi', 'NG Lagos', 'ZA Johannesburg|Johannesburgo|Johannesburg|Johannesburg|Joanesburgo',
  'CN Beijing|Pekín|Pékin|Peking|Pequim', 'CN Shanghai|Shanghái|Shanghai|Shanghai|Xangai', 'JP Tokyo|Tokio|Tokyo|Tokio|Tóquio',
  'IN New Delhi|Nueva Delhi|New Delhi|Neu-Delhi|Nova Deli', 'AU Sydney|Sídney|Sydney|Sydney|Sydney', 'AU Canberra', 'AU Melbourne',
  'BE Brussels|Bruselas|Bruxelles|Brüssel|Bruxelas', 'CH Geneva|Ginebra|Genève|Genf|Genebra', 'AT Vienna|Viena|Vienne|Wien|Viena',
  'PL Warsaw|Varsovia|Varsovie|Warschau|Varsóvia', 'IL Jerusalem|Jerusalén|Jérusalem|Jerusalem|Jerusalém', 'AO Luanda',
  'MZ Maputo', 'MA Rabat', 'SN Dakar',
].map(city);

// ---------------------------------------------------------------------------
// People: given names per culture, made-up surnames (the rare tail)

type Culture = CorpusLanguage | 'slavic' | 'arabic' | 'japanese' | 'african';

const givenNames: Record<Culture, readonly string[]> = {
  en: list('James Sarah Michael Emma David Laura Robert Anna John Rachel Thomas Helen Daniel Kate Mark Jessica Paul Claire Peter Olivia'),
  es: list('María José Carmen Javier Lucía Antonio Ana Manuel Isabel Carlos Elena Miguel Pilar Jorge Marta Luis Sofía Andrés Rosa Diego'),
  fr: list('Marie Jean Sophie Pierre Claire Nicolas Camille Julien Isabelle François Élise Antoine Céline Mathieu Hélène Laurent Chloé Olivier Margaux Thierry'),
  de: list('Anna Thomas Julia Michael Katrin Stefan Sabine Andreas Petra Markus Claudia Jürgen Monika Frank Birgit Tobias Lena Matthias Ulrike Jan'),
  pt: list('João Maria Ana Pedro Rita Tiago Inês Rui Sofia Nuno Marta Paulo Beatriz Carlos Catarina Miguel Joana Luís Filipa Ricardo'),
  slavic: list('Olena Dmitri Ivan Natalia Oksana Sergei Irina Andriy Yulia Pavel Tatiana Mykola'),
  arabic: list('Ahmed Fatima Omar Leila Hassan Aisha Youssef Mariam Khaled Nour Samir Rania'),
  japanese: list('Yuki Kenji Haruto Aiko Takeshi Emi Hiroshi Naoko Daisuke Sakura Kaito Mei'),
  african: list('Amara Kwame Chidi Ngozi Kofi Abena Tunde Wanjiru Baraka Zawadi Femi Adaeze'),
};

const surnameParts: Record<Culture, readonly [readonly string[], readonly string[]]> = {
  en: [
    list('Ash Black Brad Bram Brook Carr Chat Cran Dal Dun Elm Fair Fern Gold Green Hart Hay Hol Kings Lang Lock Mar Mid Mor Nor Oak Pem Rad Red Ridge Rock Roth Rush Shel Stan Stock Thorn Wad Wake Wal Wel West Whit Wind Wood Yar Bar Cal Ell Har'),
    list('ford ley more ton wood field worth by well croft hurst ham stead wick bury combe dale land brook bridge cott den holm shaw thwaite low mere stone wright cliffe gate hill ridge win'),
  ],
  es: [
    list('Alcal Alv Barr Bel Cabr Carr Cerv Dor Escob Ferr Gal Garr Guerr Lar Lor Mald Mend Mir Mont Nav Ocamp Olm Pal Par Quir Rend Riv Sal Serr Sot Tej Tor Urr Val Vill Zam Zarr Arri Bust Cuen'),
    list('ero era ado ada edo ino ana ales illo uela anes iente ama osa uz aga eño ejo ona ón ante ares ueta illa'),
  ],
  fr: [
    list('Beau Bel Bon Char Chev Clé Dela Des Du Fon Gar Gir Lam Lar Mar Mon Per Ros Roch Vau Vil Bour Cour Fer Gau Lan Mal Pon Sau Ver'),
    list('court mont champ ville lier rand nier teau chard tier geon bert seau vert lac mard nard cel bois font'),
  ],
  de: [
    list('Acker Bau Berg Brand Eich Fisch Gold Grün Hart Hof Kessel Klein Lang Lind Mahl Neu Ober Roth Schwarz Stein Vogel Wald Weiß Winter Zimmer Baum Dorn Hahn Kirch Sommer'),
    list('mann berg bauer feld hofer meier stein hardt rich wald ner ecker ling hausen bach inger ert brück heimer reuther'),
  ],
  pt: [
    list('Alme Barr Bet Cabr Carv Cost Fag Ferr Gouv Lour Mach Mag Mour Neg Olive Pach Queir Rib Sampa Teix Vasc Vieir Azev Bragan Cam Fons Gued Louren'),
    list('eira inho ão ares ugo anha edo elo ota ada ado ães ilha oso ela ino ês uda'),
  ],
  slavic: [
    list('Bor Dob Kov Mil Nov Pet Rad Vol Zel Bel Hor Kras Lys Mak Ost Pol Sav Tkach Yer Zub Bog Dan Kul Shev'),
    list('enko ovic ski ov ova in uk chuk ovsky ich yak ets'),
  ],
  arabic: [
    list('Hadd Khal Mans Nas Qas Rah Sal Tah Yous Zah Bark Farh Ham Jab Kar Mas Sab Shar Har Az'),
    list('ani awi idi ouri ami ari ousi ayri imi aoui'),
  ],
  japanese: [
    list('Taka Naka Yama Kawa Mori Hashi Ishi Matsu Fuji Saka Koba Hira Oka Sugi Kita Mina Aki Shima Tsuru Hoshi'),
    list('mura moto hashi da ta kawa yama no zaki gawa shita oka saki uchi'),
  ],
  african: [
    list('Ade Olu Oko Mba Nko Kama Wanj Muth Otie Chuk'),
    list('yemi wale nkwo ye si iru ngi ku no ema'),
  ],
};

interface Person {
  given: string;
  surname: string;
}

// ---------------------------------------------------------------------------
// Agencies

type ProviderName = 'Reuters' | 'AP' | 'EFE' | 'AFP' | 'dpa' | 'PA' | 'AAP' | 'ANSA' | 'Lusa';

interface Provider {
  name: ProviderName;
  /** Share of the feed (relative). */
  weight: number;
  languages: ReadonlyArray<readonly [CorpusLanguage, number]>;
  /** Countries it files from most (half of its stories). */
  home: readonly string[];
  /** The culture of its staff's names. */
  staff: Culture;
  distributors?: ReadonlyArray<readonly [string, number]>;
  /** The dateline as it opens the lead; `date` says whether it carries a day. */
  dateline(place: string, when: Date, language: CorpusLanguage, random: Random): { text: string; dated: boolean };
  slug(c: Country, topic: string, word: string, language: CorpusLanguage): string;
  copyright(year: number): string;
  usageTerms?: string;
  signoff?(random: Random, staff: readonly Person[]): string | undefined;
}

const upper = (s: string) => s.toUpperCase();
const initials = (random: Random) => String.fromCharCode(...Array.from({ length: between(random, 2, 3) }, () => 97 + Math.floor(random() * 26)));

/** "12 mar", "March 12", "12 mars", "12. März", "12 Mar" as each agency prints a day in each language. */
function dayMonth(when: Date, language: CorpusLanguage, style: 'short' | 'long'): string {
  const pack = packs[language];
  const months = style === 'short' ? pack.monthsShort : pack.months;
  const month = months[when.getUTCMonth()] as string;
  const day = when.getUTCDate();
  switch (language) {
    case 'en':
      return `${month} ${day}`;
    case 'de':
      return `${day}. ${month}`;
    default:
      return `${day} ${month}`;
  }
}

const providers: readonly Provider[] = [
  {
    name: 'Reuters',
    weight: 24,
    languages: [['en', 80], ['es', 6], ['fr', 5], ['de', 5], ['pt', 4]],
    home: ['GB', 'US', 'FR', 'DE', 'BR'],
    staff: 'en',
    distributors: [['Factiva', 12]],
    dateline: (place, when, language) => ({ text: `${upper(place)}, ${dayMonth(when, language, language === 'en' ? 'short' : 'long')} (Reuters) -`, dated: true }),
    slug: (c, topic, word) => upper(`${c.names.en}-${topic}/${word}`),
    copyright: (y) => `Copyright ${y} Thomson Reuters.`,
    signoff: (random, staff) => (random() < 0.8 ? `(Reporting by ${fullName(pick(random, staff))}; Editing by ${fullName(pick(random, staff))})` : undefined),
  },
  {
    name: 'AP',
    weight: 18,
    languages: [['en', 92], ['es', 8]],
    home: ['US', 'US', 'MX'],
    staff: 'en',
    distributors: [['Factiva', 10]],
    dateline: (place) => ({ text: `${upper(place)} (AP) —`, dated: false }),
    slug: (c, topic, word) => `AP-${c.region}-${c.names.en.replaceAll(' ', '-')}-${capitalise(topic.toLowerCase())}-${capitalise(word)}`,
    copyright: (y) => `Copyright ${y} The Associated Press. All rights reserved.`,
    usageTerms: 'This material may not be published, broadcast, rewritten or redistributed.',
  },
  {
    name: 'EFE',
    weight: 16,
    languages: [['es', 80], ['en', 14], ['pt', 6]],
    home: ['ES', 'MX', 'AR', 'CO', 'PE', 'CL', 'VE', 'CU'],
    staff: 'es',
    distributors: [['NewsEdge', 45]],
    dateline: (place, when, language) => ({
      text: language === 'es' ? `${upper(place)}, ${dayMonth(when, 'es', 'short')} (EFE).-` : `${place}, ${dayMonth(when, language, 'short')} (EFE).-`,
      dated: true,
    }),
    slug: (c, topic, _word, language) => upper(`${c.names[language]} ${topic}`),
    copyright: (y) => `© EFE ${y}.`,
    usageTerms:
      'Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.',
    signoff: (random) => (random() < 0.6 ? `EFE ${initials(random)}/${initials(random)}` : 'EFE'),
  },
  {
    name: 'AFP',
    weight: 14,
    languages: [['fr', 55], ['en', 30], ['es', 8], ['pt', 4], ['de', 3]],
    home: ['FR', 'BE', 'CH', 'SN', 'MA'],
    staff: 'fr',
    distributors: [['NewsEdge', 15]],
    dateline: (place, when, language, random) =>
      random() < 0.7
        ? { text: `${upper(place)} (AFP) -`, dated: false }
        : { text: `${upper(place)}, ${dayMonth(when, language, 'long')} ${when.getUTCFullYear()} (AFP) -`, dated: true },
    slug: (c, topic, word, language) => `${c.names[language].replaceAll(' ', '-')}-${topic.toLowerCase()}-${word}`,
    copyright: (y) => `© ${y} AFP`,
    signoff: (random) => (random() < 0.7 ? `${initials(random)}/${initials(random)}` : undefined),
  },
  {
    name: 'dpa',
    weight: 9,
    languages: [['de', 80], ['en', 20]],
    home: ['DE', 'DE', 'AT', 'CH'],
    staff: 'de',
    dateline: (place, when, language, random) =>
      random() < 0.7 ? { text: `${upper(place)} (dpa) -`, dated: false } : { text: `${upper(place)}, ${dayMonth(when, language, 'long')} (dpa) -`, dated: true },
    slug: (c, topic, word, language) => `${c.names[language]}/${topic}/${capitalise(word)}`,
    copyright: (y) => `© ${y} dpa`,
    signoff: (random) => `dpa ${initials(random)} ${initials(random)}`,
  },
  {
    name: 'PA',
    weight: 6,
    languages: [['en', 100]],
    home: ['GB'],
    staff: 'en',
    dateline: (place) => ({ text: `${upper(place)} (PA) -`, dated: false }),
    slug: (_c, topic, word) => `${topic} ${capitalise(word)}`,
    copyright: (y) => `© ${y} PA Media`,
  },
  {
    name: 'AAP',
    weight: 4,
    languages: [['en', 100]],
    home: ['AU'],
    staff: 'en',
    dateline: (place) => ({ text: `${upper(place)} (AAP) -`, dated: false }),
    slug: (_c, topic) => `AAP-${topic}`,
    copyright: (y) => `© ${y} AAP`,
    signoff: (random) => (random() < 0.5 ? `AAP ${initials(random)}/${initials(random)}` : undefined),
  },
  {
    name: 'ANSA',
    weight: 4,
    languages: [['en', 100]],
    home: ['IT'],
    staff: 'en',
    distributors: [['NewsEdge', 30]],
    dateline: (place) => ({ text: `${upper(place)} (ANSA) -`, dated: false }),
    slug: (c, topic) => upper(`${c.names.en} ${topic}`),
    copyright: (y) => `© ${y} ANSA`,
  },
  {
    name: 'Lusa',
    weight: 3,
    languages: [['pt', 90], ['en', 10]],
    home: ['PT', 'BR', 'AO', 'MZ'],
    staff: 'pt',
    dateline: (place, when, language) => ({ text: `${place}, ${dayMonth(when, language, 'short')} (Lusa) -`, dated: true }),
    slug: (c, topic, _word, language) => `${c.names[language]}/${topic}`,
    copyright: (y) => `© ${y} Lusa`,
    signoff: (random) => `${initials(random)} // ${initials(random)}`,
  },
];

/** The agencies and their share of the feed, for benches and tests. */
export const PROVIDERS: ReadonlyArray<{ name: string; share: number; mainLanguage: CorpusLanguage }> = (() => {
  const total = providers.reduce((n, p) => n + p.weight, 0);
  return providers.map((p) => ({
    name: p.name,
    share: p.weight / total,
    mainLanguage: [...p.languages].sort((a, b) => b[1] - a[1])[0]![0],
  }));
})();

export const DISTRIBUTORS: readonly string[] = [...new Set(providers.flatMap((p) => (p.distributors ?? []).map(([d]) => d)))];

/** A distributor for some of an agency's stories (percentages), none for the rest. */
function pickDistributor(random: Random, provider: Provider): string | undefined {
  let roll = random() * 100;
  for (const [name, percent] of provider.distributors ?? []) {
    roll -= percent;
    if (roll < 0) return name;
  }
  return undefined;
}

function fullName(p: Person): string {
  return `${p.given} ${p.surname}`;
}

// ---------------------------------------------------------------------------
// The vocabulary, built once, deterministically

interface Vocabulary {
  /** Word types by rank (a collocation is one type of two words). */
  types: string[];
  logTypes: number;
  /** The first content (non-function) rank. */
  contentFrom: number;
  logContent: number;
}

/** Every word a template, a role, a place or a name part puts in the copy: rare surnames must be none of them. */
let fixedWordsCache: Set<string> | undefined;

function fixedWords(): Set<string> {
  if (fixedWordsCache) return new Set(fixedWordsCache);
  const words = new Set<string>();
  const add = (text: string) => {
    for (const t of corpusTokens(text)) words.add(t);
  };
  for (const pack of Object.values(packs)) {
    for (const text of [...pack.subjects, ...pack.roles, ...pack.said, ...pack.headlineVerbs, ...pack.topics, ...pack.months, ...pack.monthsShort, ...pack.weekdays])
      add(text);
    add(pack.lead('', '', '', '') + pack.quote('', '', '') + pack.mention('', '', '') + pack.figure('', '', '') + pack.inPlace('') + pack.byline(''));
  }
  for (const c of countries.values()) add(Object.values(c.names).join(' '));
  for (const c of cities) add(Object.values(c.names).join(' '));
  for (const names of Object.values(givenNames)) add(names.join(' '));
  for (const p of providers) add(`${p.name} ${p.copyright(2024)} ${p.usageTerms ?? ''} ${(p.distributors ?? []).map(([d]) => d).join(' ')}`);
  add('Reporting Editing Associated Press KILL WITHHOLD DO NOT USE EMBARGOED UNTIL CORRECTED CORRECTION');
  fixedWordsCache = words;
  return new Set(words);
}

function buildVocabulary(pack: LanguagePack, seed: number): Vocabulary {
  const types: string[] = [];
  const seen = new Set<string>();
  const add = (type: string) => {
    const key = foldWord(type);
    if (seen.has(key)) return;
    seen.add(key);
    types.push(type);
  };
  for (const w of list(pack.functionWords)) add(w);
  const contentFrom = types.length;
  const content = list(pack.content);
  // Collocations ranked among the news words, from the 30th on, one every 15.
  content.forEach((w, i) => {
    add(w);
    if (i >= 30 && (i - 30) % 15 === 0) {
      const phrase = pack.phrases[(i - 30) / 15];
      if (phrase !== undefined) add(phrase);
    }
  });
  for (const phrase of pack.phrases) add(phrase);
  const derived: string[] = [];
  if (pack.compound) {
    for (const first of pack.compound.firsts) for (const head of pack.compound.heads) derived.push(first + head);
  } else {
    const bases = list(pack.derivable ?? '');
    for (const prefix of pack.derivedPrefixes) for (const base of bases) derived.push(prefix + base);
  }
  for (const w of shuffled(derived, seed)) {
    if (types.length >= VOCABULARY_TYPES) break;
    add(w);
  }
  return {
    types,
    logTypes: Math.log(types.length + 1),
    contentFrom,
    logContent: Math.log(types.length - contentFrom + 1),
  };
}

function byLanguage<T>(make: (language: CorpusLanguage, i: number) => T): Record<CorpusLanguage, T> {
  const [a, b, c, d, e] = CORPUS_LANGUAGES.map(make) as [T, T, T, T, T];
  return { en: a, es: b, fr: c, de: d, pt: e };
}

const vocabularies = byLanguage((lang, i) => buildVocabulary(packs[lang], 7001 + i));

/** Word types per language, most frequent first: for tests and for picking query words. */
export const VOCABULARY: Readonly<Record<CorpusLanguage, readonly string[]>> = byLanguage((lang) => vocabularies[lang].types);

interface NamePools {
  /** Surnames mentioned in stories, by Zipf rank (rank 0 the most mentioned). */
  mentioned: Array<{ surname: string; culture: Culture }>;
  logMentioned: number;
  /** Each agency's reporters (bylines, sign-offs). */
  staff: Record<ProviderName, Person[]>;
}

function buildNames(): NamePools {
  const taken = fixedWords();
  for (const v of Object.values(vocabularies)) for (const type of v.types) for (const t of corpusTokens(type)) taken.add(t);
  const all: Array<{ surname: string; culture: Culture }> = [];
  for (const [culture, [firsts, seconds]] of Object.entries(surnameParts) as Array<[Culture, readonly [readonly string[], readonly string[]]]>) {
    for (const first of firsts) {
      for (const second of seconds) {
        const surname = first + second;
        const key = foldWord(surname);
        if (taken.has(key)) continue;
        taken.add(key);
        all.push({ surname, culture });
      }
    }
  }
  const pool = shuffled(all, 9103);
  const staff = {} as Record<ProviderName, Person[]>;
  const reserved = new Set<string>();
  for (const provider of providers) {
    const mine = pool.filter((n) => n.culture === provider.staff && !reserved.has(n.surname)).slice(0, 30);
    for (const n of mine) reserved.add(n.surname);
    const given = givenNames[provider.staff];
    staff[provider.name] = mine.map((n, i) => ({ given: given[(i * 7) % given.length] as string, surname: n.surname }));
  }
  const mentioned = pool.filter((n) => !reserved.has(n.surname));
  return { mentioned, logMentioned: Math.log(mentioned.length + 1), staff };
}

const names = buildNames();

/** How many surnames the stories mention (the rare tail), and how many a story names on average. */
export const SURNAME_TYPES = names.mentioned.length;
export const PEOPLE_PER_STORY = 2.5;

/** Expected stories naming the surname of Zipf rank `rank` (0-based) among `stories` stories. */
export function expectedStoriesForSurnameRank(rank: number, stories: number): number {
  const p = Math.log((rank + 2) / (rank + 1)) / names.logMentioned;
  return stories * PEOPLE_PER_STORY * p;
}

// ---------------------------------------------------------------------------
// Words of known frequency, for the benchmark's queries

/**
 * Surnames of Zipf rank 30%–100% of the pool: each in roughly 50–250 of a
 * million stories (expectedStoriesForSurnameRank; 50–230 measured over
 * 100,000), none to a handful of 20,000.
 */
export const RARE_WORDS: readonly string[] = Array.from({ length: 24 }, (_, i) => {
  const rank = Math.floor(SURNAME_TYPES * (0.3 + (0.7 * i) / 23)) - (i === 23 ? 1 : 0);
  return (names.mentioned[rank] as { surname: string }).surname;
});

/** English words in every English story (English is about 60% of the feed). */
export const COMMON_WORDS: readonly string[] = ['the', 'of', 'and', 'to', 'in', 'said'];

/** English words of rank 250–450 that no template repeats: each in about 5–10% of all stories (9–18% of English ones). */
export const MID_WORDS: readonly string[] = midWords('en');

/** Per language, words of rank 250–450: for a query matched to an agency's language. */
export const MID_WORDS_BY_LANGUAGE: Readonly<Record<CorpusLanguage, readonly string[]>> = byLanguage(midWords);

function midWords(language: CorpusLanguage): string[] {
  const fixed = fixedWords();
  const types = vocabularies[language].types;
  const out: string[] = [];
  for (let rank = 250; rank < 450 && rank < types.length; rank += 8) {
    const word = types[rank] as string;
    if (!word.includes(' ') && !word.includes('-') && !fixed.has(foldWord(word))) out.push(word);
  }
  return out;
}

/** English two-word collocations, ranked among the news words: each in about 5–18% of all stories. */
export const PHRASES: readonly string[] = en.phrases;

/**
 * Three-letter prefixes that start the most word types of the whole corpus
 * (every language, every surname; 600–900 each): the expensive kind of
 * prefix query, matching most stories.
 */
export const PREFIXES: readonly string[] = (() => {
  const types = new Set<string>();
  for (const v of Object.values(vocabularies)) for (const type of v.types) for (const t of corpusTokens(type)) types.add(t);
  for (const n of names.mentioned) types.add(foldWord(n.surname));
  const counts = new Map<string, number>();
  for (const t of types) {
    if (t.length < 4 || !/^\p{L}+$/u.test(t)) continue;
    const prefix = t.slice(0, 3);
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([p]) => p);
})();

/** Word types (of the vocabulary and the surnames) starting with `prefix`, as the index folds them. */
export function typesWithPrefix(prefix: string): number {
  const p = foldWord(prefix);
  const types = new Set<string>();
  for (const v of Object.values(vocabularies)) for (const type of v.types) for (const t of corpusTokens(type)) if (t.startsWith(p)) types.add(t);
  for (const n of names.mentioned) if (foldWord(n.surname).startsWith(p)) types.add(foldWord(n.surname));
  return types.size;
}

// ---------------------------------------------------------------------------
// Writing a story

class Writer {
  readonly pack: LanguagePack;
  private readonly vocabulary: Vocabulary;
  private readonly random: Random;

  constructor(random: Random, language: CorpusLanguage) {
    this.random = random;
    this.pack = packs[language];
    this.vocabulary = vocabularies[language];
  }

  /** Words written by run() so far (a collocation counts as one): what the body's length is measured in. */
  words = 0;

  /** `n` words of running copy, Zipf-distributed. */
  run(n: number): string {
    const { types, logTypes } = this.vocabulary;
    const size = types.length;
    const words = new Array<string>(n);
    for (let i = 0; i < n; i++) words[i] = types[zipfIndex(this.random, size, logTypes)] as string;
    this.words += n;
    return words.join(' ');
  }

  /** `n` news words (no function words), for headlines and sluglines. */
  contentRun(n: number): string {
    const { types, contentFrom, logContent } = this.vocabulary;
    const size = types.length - contentFrom;
    let text = types[contentFrom + zipfIndex(this.random, size, logContent)] as string;
    for (let i = 1; i < n; i++) text += ' ' + (types[contentFrom + zipfIndex(this.random, size, logContent)] as string);
    return text;
  }

  amount(): string {
    const value = (this.random() * 25).toFixed(1);
    return this.pack.decimal === '.' ? value : value.replace('.', this.pack.decimal);
  }

  polish(text: string): string {
    return this.pack.polish ? this.pack.polish(text) : text;
  }
}

function mentionedPerson(random: Random): Person {
  const { surname, culture } = names.mentioned[zipfIndex(random, names.mentioned.length, names.logMentioned)] as { surname: string; culture: Culture };
  return { given: pick(random, givenNames[culture]), surname };
}

interface BodyFacts {
  dateline: string;
  weekday: string;
  people: Array<Person & { role: string }>;
}

/** 4–12 paragraphs, about 300–500 words, the first opening with the dateline; every person named at least once. */
function writeBody(w: Writer, random: Random, facts: BodyFacts): string[] {
  const pack = w.pack;
  const target = between(random, 300, 500);
  const paragraphCount = between(random, 4, 12);
  const perParagraph = target / paragraphCount;
  const unnamed = [...facts.people];
  const named: Array<Person & { role: string }> = [];
  const said = () => pick(random, pack.said);
  // First mention: name and role (set off by commas before a verb); after that the surname alone.
  const who = (p: Person & { role: string }, first: boolean, beforeVerb = false) =>
    first ? `${fullName(p)}, ${p.role}${beforeVerb ? ',' : ''}` : p.surname;

  function sentence(budget: number): string {
    const n = Math.max(6, Math.min(budget, between(random, 8, 24)));
    if (unnamed.length > 0 && random() < 0.55) {
      const person = unnamed.shift() as Person & { role: string };
      named.push(person);
      return random() < 0.5 ? pack.quote(w.run(n), said(), who(person, true)) : pack.mention(who(person, true, true), said(), w.run(n));
    }
    const roll = random();
    if (named.length > 0 && roll < 0.2) {
      const person = pick(random, named);
      return random() < 0.5 ? pack.quote(w.run(n), said(), who(person, false)) : pack.mention(who(person, false), said(), w.run(n));
    }
    if (roll < 0.35) {
      const half = Math.max(3, Math.floor(n / 2));
      return pack.figure(w.run(half), w.amount(), w.run(n - half));
    }
    return `${capitalise(w.run(n))}.`;
  }

  const paragraphs: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    const sentences: string[] = [];
    // Running words only: the templates around them add a few per sentence (about 10% of the body).
    const start = w.words;
    const budget = perParagraph * (0.6 + random() * 0.5);
    if (p === 0) sentences.push(`${facts.dateline} ${pack.lead(pick(random, pack.subjects), said(), pack.onDay(facts.weekday), w.run(between(random, 14, 26)))}`);
    while (w.words - start < budget) sentences.push(sentence(Math.ceil(budget - (w.words - start))));
    paragraphs.push(w.polish(sentences.join(' ')));
  }
  for (const person of unnamed) {
    const last = paragraphs.length - 1;
    paragraphs[last] = `${paragraphs[last]} ${w.polish(pack.mention(who(person, true, true), said(), w.run(between(random, 8, 16))))}`;
  }
  return paragraphs;
}

function headline(w: Writer, random: Random, place: string, people: readonly Person[]): string {
  const pack = w.pack;
  const verb = pick(random, pack.headlineVerbs);
  const roll = random();
  let text: string;
  if (roll < 0.15 && people[0]) text = `${people[0].surname} ${verb} ${w.contentRun(between(random, 2, 4))}`;
  else if (roll < 0.45) text = `${capitalise(w.contentRun(between(random, 1, 3)))} ${verb} ${w.contentRun(between(random, 1, 3))} ${pack.inPlace(place)}`;
  else text = `${capitalise(w.contentRun(between(random, 2, 3)))} ${verb} ${w.contentRun(between(random, 2, 4))}`;
  return w.polish(text);
}

const providerWeights = providers.map((p) => [p, p.weight] as const);
const homeCitiesOf = new Map(providers.map((p) => [p.name, cities.filter((c) => p.home.includes(c.country))]));

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Story `index` of the corpus. Call it for 0, 1, 2… in order with one
 * `random` (createRandom(seed)): the stories of a seed are always the same.
 */
export function corpusStory(random: Random, index: number, timeline: CorpusTimeline): CorpusStory {
  const slot = slotMs(timeline);
  const receivedMs = slotStartMs(timeline, index) + Math.floor(random() * slot * 0.9);
  const provider = weighted(random, providerWeights);
  const language = weighted(random, provider.languages);
  const w = new Writer(random, language);
  const pack = w.pack;

  const homeCities = homeCitiesOf.get(provider.name) as readonly City[];
  const place = random() < 0.5 && homeCities.length > 0 ? pick(random, homeCities) : pick(random, cities);
  const placeName = place.names[language];
  const placeCountry = countries.get(place.country) as Country;

  const createdMs = receivedMs - between(random, 30, 1200) * 1000;
  const created = new Date(createdMs);
  const weekday = pack.weekdays[(created.getUTCDay() + 6) % 7] as string;
  const { text: datelineText, dated } = provider.dateline(placeName, created, language, random);

  const people = Array.from({ length: between(random, 1, 4) }, () => ({ ...mentionedPerson(random), role: pick(random, pack.roles) }));
  const body = writeBody(w, random, { dateline: datelineText, weekday, people });
  let head = headline(w, random, placeName, people);

  const staff = names.staff[provider.name];
  const reporters = random() < 0.35 ? [pick(random, staff), ...(random() < 0.2 ? [pick(random, staff)] : [])] : [];
  const byline =
    reporters.length === 0
      ? undefined
      : provider.name === 'AP'
        ? `${reporters.map((r) => upper(fullName(r))).join(' and ')}, Associated Press`
        : reporters.map(fullName).join(language === 'en' ? ' and ' : language === 'de' ? ' und ' : language === 'fr' ? ' et ' : ' e ');

  const slugline =
    random() < 0.85 ? provider.slug(placeCountry, pick(random, pack.topics), (w.contentRun(1).split(' ')[0] as string).toLocaleLowerCase(), language) : undefined;
  const signoff = provider.signoff?.(random, staff);
  const year = created.getUTCFullYear();
  const copyright = provider.copyright(year);

  const statusRoll = random();
  const pubStatus: PubStatus = statusRoll < 0.004 ? 'canceled' : statusRoll < 0.014 ? 'withheld' : 'usable';
  const corrected = pubStatus === 'usable' && random() < 0.005;
  if (corrected) head = provider.name === 'Reuters' ? `CORRECTED-${head}` : `CORRECTION: ${head}`;
  const signals = pubStatus === 'canceled' ? ['kill'] : corrected ? ['correction'] : undefined;
  const embargoedUntil = random() < 0.005 ? iso(receivedMs + between(random, 1, 12) * 3600 * 1000) : undefined;
  const urgency = provider.name !== 'PA' && random() < 0.7 ? weighted(random, [[2, 2], [3, 10], [4, 40], [5, 40], [6, 8], [1, 0.5]] as const) : undefined;
  const firstCreatedMs = random() < 0.1 ? createdMs - between(random, 10, 240) * 60 * 1000 : createdMs;
  const distributor = pickDistributor(random, provider);

  const dateline: Dateline = {
    text: datelineText,
    place: placeName,
    agency: provider.name,
    ...(dated ? { date: iso(createdMs).slice(0, 10) } : {}),
  };
  const removed: RemovedPart[] = signoff ? [{ kind: 'signoff', text: signoff }] : [];
  const story: WireStory = {
    format: 'text',
    headline: head,
    headlineDerived: false,
    ...(slugline !== undefined ? { slugline } : {}),
    ...(byline !== undefined ? { byline } : {}),
    dateline,
    body,
    language,
    provider: provider.name,
    ...(distributor !== undefined ? { distributor } : {}),
    copyright,
    ...(provider.usageTerms ? { usageTerms: provider.usageTerms } : {}),
    ...(signoff !== undefined ? { signoff } : {}),
    ...(urgency !== undefined ? { urgency } : {}),
    ...(embargoedUntil !== undefined ? { embargoedUntil } : {}),
    firstCreated: iso(firstCreatedMs),
    versionCreated: iso(createdMs),
    pubStatus,
    ...(signals ? { signals } : {}),
    removed,
    warnings: [],
  };

  const lines: string[] = [];
  if (slugline !== undefined) lines.push(slugline);
  if (pubStatus === 'canceled') lines.push('KILL - KILL - KILL');
  if (pubStatus === 'withheld') lines.push('WITHHOLD - DO NOT USE');
  if (embargoedUntil !== undefined) lines.push(`EMBARGOED UNTIL ${embargoedUntil}`);
  lines.push(head, '');
  if (reporters.length > 0) {
    if (provider.name === 'AP') lines.push(`By ${reporters.map((r) => upper(fullName(r))).join(' and ')}`, 'Associated Press', '');
    else lines.push(pack.byline(byline as string), '');
  }
  const paragraphs = [...body];
  if (signoff !== undefined && (provider.name === 'EFE' || provider.name === 'Lusa')) paragraphs[paragraphs.length - 1] += ` ${signoff}`;
  else if (signoff !== undefined) paragraphs.push(signoff);
  lines.push(paragraphs.join('\n\n'), '', copyright);
  if (provider.usageTerms) lines.push(provider.usageTerms);
  const text = `${lines.join('\n')}\n`;

  return {
    story,
    text,
    receivedAt: iso(receivedMs),
    fileName: `corpus-${String(index).padStart(7, '0')}-${provider.name.toLowerCase()}.txt`,
  };
}
