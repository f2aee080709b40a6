import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/wire/detect-language.ts';

// The same news lead in each language Copydesk tells apart.
const LEADS: Record<string, string> = {
  en: 'The government said on Wednesday that it would raise the minimum wage next year, after months of talks with unions and employers. It has not said by how much.',
  es: 'El Gobierno anunció este miércoles que subirá el salario mínimo el próximo año, tras meses de negociaciones con los sindicatos y la patronal. No ha dicho cuánto.',
  fr: "Le gouvernement a annoncé mercredi qu'il augmenterait le salaire minimum l'an prochain, après des mois de négociations avec les syndicats et le patronat.",
  de: 'Die Regierung hat am Mittwoch angekündigt, dass sie den Mindestlohn im nächsten Jahr erhöhen wird, nachdem sie monatelang mit den Gewerkschaften und den Arbeitgebern verhandelt hatte.',
  it: 'Il governo ha annunciato mercoledì che il salario minimo sarà aumentato il prossimo anno, dopo mesi di trattative con i sindacati e con le associazioni degli imprenditori.',
  pt: 'O governo anunciou na quarta-feira que vai aumentar o salário mínimo no próximo ano, após meses de negociações com os sindicatos e os empregadores.',
  nl: 'De regering heeft woensdag aangekondigd dat het minimumloon volgend jaar wordt verhoogd, na maanden van overleg met de vakbonden en de werkgevers.',
  sv: 'Regeringen meddelade på onsdagen att minimilönen ska höjas nästa år, efter flera månaders förhandlingar med fackförbunden och arbetsgivarna. Det är inte klart hur mycket den höjs.',
  da: 'Regeringen meddelte onsdag, at mindstelønnen skal hæves næste år, efter flere måneders forhandlinger med fagforeningerne og arbejdsgiverne. Det er endnu ikke klart, hvor meget den bliver hævet med, men det blev oplyst af ministeriet.',
  no: 'Regjeringen sa onsdag at minstelønnen skal økes neste år, etter flere måneders forhandlinger med fagforeningene og arbeidsgiverne. Det er ennå ikke klart hvor mye den blir økt, men det ble opplyst av departementet.',
  fi: 'Hallitus ilmoitti keskiviikkona, että vähimmäispalkkaa nostetaan ensi vuonna. Päätös syntyi kuukausia kestäneiden neuvottelujen jälkeen, ja se on myös ammattiliittojen mukaan hyvä uutinen.',
};

describe('language detection', () => {
  it.each(Object.entries(LEADS))('%s', (tag, text) => {
    expect(detectLanguage(text)).toBe(tag);
  });

  it.each([
    ['nothing', ''],
    ['names and numbers', 'Putin Rahmon Tokayev Mirziyoyev 2,000 CIS 2017'],
    ['a single word', 'the'],
  ])('says it does not know for %s', (_what, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});
