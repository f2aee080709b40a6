/**
 * Frequent function words per language. A word shared by several languages
 * counts for each only in part, so what decides is the words a language does
 * not share (Danish "af"/"efter" against Norwegian "av"/"etter", and so on).
 */
const STOP_WORDS: Record<string, string> = {
  en: 'the and of to in is that was for it with as on at by said his her he she they from have has had were are be been this which will would not but an their who after its or about more than also there we our into up out over when can could',
  es: 'el la los las de del que y en un una por con para es se su sus al lo como más pero fue ha han este esta entre cuando también dijo según sobre tras desde hasta muy ya sin ser está son hay porque año años ante',
  fr: 'le la les de des du et en un une est que qui dans pour sur pas par au aux avec ce cette il elle ils sont été a ont mais plus ou son sa ses leur selon après lors aussi comme être fait entre nous vous déjà d l qu',
  de: 'der die das und den dem des ein eine einen einer ist nicht mit von zu auf für sich im auch es an als nach wie bei noch aus wurde werden sind hat haben war sagte sei dass oder aber um vor über zum zur seine ihre wird',
  it: 'il lo la gli le di del della dei delle che e è un una per con non sono nel nella alla al da dal si ha ma anche come più questo questa ai degli dalla sulla stato stata essere dopo tra fra i l dell all nell',
  pt: 'o os a as de do da dos das que e é um uma em no na nos nas para com não por pelo pela se ao aos mais mas foi são seu sua também já ele ela está disse segundo sobre após ainda muito quando isso até',
  nl: 'de het een en van in is dat op te voor met zijn niet aan er om ook als bij door maar uit naar werd wordt heeft hebben was worden nog dan over tot zich deze die dit wel geen zegt volgens',
  sv: 'och att det som en ett i på är för med av till den har inte om de var jag vi men sig från efter så också kan ska eller när hade blev vid mot under detta enligt sade säger än mellan hon han',
  da: 'og at det som en et i på er for med af til den har ikke om de var jeg vi men sig fra efter så også kan skal eller når havde blev ved mod under dette ifølge sagde siger end mellem hun han nu ud op meget hvad gennem',
  no: 'og at det som en et i på er for med av til den har ikke om de var jeg vi men seg fra etter så også kan skal eller når hadde ble ved mot under dette ifølge sa sier enn mellom hun han nå ut opp mye hva gjennom blir',
  fi: 'ja on ei se että oli ovat hän mutta myös kun tai jos vain niin kuin joka jotka sen sitä hänen olla ollut mukaan vuonna sekä siitä tämä tässä näin nyt jo vielä kanssa jälkeen noin eli koska kaikki',
};

const LANGUAGES = Object.keys(STOP_WORDS);

/** word → weight per language (indexed like LANGUAGES); a word in k lists weighs 1/k in each. */
const WEIGHTS = new Map<string, Float64Array>();
LANGUAGES.forEach((lang, i) => {
  for (const word of new Set((STOP_WORDS[lang] as string).split(' '))) {
    const weights = WEIGHTS.get(word) ?? new Float64Array(LANGUAGES.length);
    weights[i] = 1;
    WEIGHTS.set(word, weights);
  }
});
for (const weights of WEIGHTS.values()) {
  const shared = weights.reduce((n, w) => n + w, 0);
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / shared;
}

/** A few hundred words decide; reading a whole story only costs time. */
export const LANGUAGE_SAMPLE_CHARS = 1200;
const MIN_SCORE = 2;
/**
 * The winner must lead the runner-up by this much, or Copydesk says it does not
 * know. Shared words add the same to close languages, so the lead is absolute
 * as well as relative.
 */
const MIN_LEAD = 1.5;
const MIN_RATIO = 1.15;

/** The language of a text as a BCP 47 tag (en, es, fr, de, it, pt, nl, sv, da, no, fi), or undefined when unsure. */
export function detectLanguage(text: string): string | undefined {
  const scores = new Float64Array(LANGUAGES.length);
  // Every language here writes in Latin script, so a Latin letter range tokenises faster than \p{L}.
  for (const word of text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase().split(/[^a-zß-öø-ÿ\u0100-\u024f]+/)) {
    const weights = WEIGHTS.get(word);
    if (weights) for (let i = 0; i < weights.length; i++) scores[i] = (scores[i] as number) + (weights[i] as number);
  }
  const ranked = LANGUAGES.map((lang, i) => [lang, scores[i] as number] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return undefined;
  if (second && (best[1] - second[1] < MIN_LEAD || best[1] < second[1] * MIN_RATIO)) return undefined;
  return best[0];
}
