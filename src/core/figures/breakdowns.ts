// The cues of a breakdown of one whole in a sentence: announced ("se répartit ainsi", "came 45%
// from…"), the answers of one poll question ("undecided" listed), and what keeps shares apart
// (a place or group of their own, a comparison with another time, a multiple-answer question).
import type { FigureFact } from '../types';

/** The answer that closes a poll question's list: with it, every answer is listed. */
export const EVERY_ANSWER =
  /(?<![\p{L}])(?:(?:did not|didn['’]t|do not|don['’]t) know|no opinion|undecided|unsure|not sure|had no view|sans opinion|ne (?:se prononcent|savent) pas|ne sait pas|indécis|NSP)(?![\p{L}])/iu;
/** After a share: a whole or a place of its own ("38 % des cadres", "71% in the suburbs"). */
export const OWN_WHOLE = /^[ \u00a0]*(?:of|des|du|de la|de l['’]|à|au|aux|en|dans|chez|parmi|in|at|among|across|within)(?![\p{L}])/iu;

/** Between two shares: a place or group of the next one ("…, in the south 65%"). */
export const PLACE_IN_GAP = /(?<![\p{L}])(?:in(?![ \u00a0]+(?:favou?r|support|total|all)(?![\p{L}]))|among|at|à|au|aux|dans|chez|parmi)[ \u00a0]+[^,]*$/iu;

/** A sentence announcing the breakdown of one whole. */
export const BREAKDOWN =
  /(?<![\p{L}])(?:se partag(?:ent|eaient|ent alors)|se répartit|se répartissent|se répartissait|se décompose|se ventile|répartis? (?:ainsi|comme suit)|(?:is|was|are|were) (?:split|divided|broken down)|breaks? down (?:as follows|into)|came[ \u00a0]+(?=\d[^.;!?]{0,12}%[ \u00a0]+from)|comes[ \u00a0]+(?=\d[^.;!?]{0,12}%[ \u00a0]+from)|the (?:breakdown|split) (?:is|was))(?![\p{L}])/iu;
/** Between two items of an announced breakdown: words, commas and "et/and", no figure or clause end. */
const ITEM_GAP = /^[^.;!?\d%]{0,60}$/u;

/** The shares listed one after the other from `from` on (at most one gap of words between each). */
export function listedShares(text: string, F: FigureFact[], pcts: number[], from: number, inPair: Set<number>): number[] {
  const out: number[] = [];
  for (const k of pcts) {
    if (F[k].start < from || inPair.has(k) || F[k].value > 100 || F[k].value < 0) continue;
    if (out.length && !ITEM_GAP.test(text.slice(F[out[out.length - 1]].end, F[k].start))) break;
    out.push(k);
  }
  return out;
}

/** A question allowing several answers: its answers are no breakdown of one whole. */
export const SEVERAL_ANSWERS =
  /(?<![\p{L}])(?:(?:could|can|were able to|might|allowed to) (?:name|choose|pick|select|give|cite) (?:several|more than one|multiple|up to)|several answers|multiple answers|more than one answer|plusieurs réponses|réponses multiples|plusieurs choix|(?:pouvaient|peuvent|pouvait|pouvant) (?:citer|choisir|donner|retenir) plusieurs|total (?:exceeds|dépasse) 100)(?![\p{L}])/iu;
/** Between two shares: the second is the first one compared with another time or group. */
export const COMPARED_GAP = /(?<![\p{L}])(?:contre|compared (?:with|to)|versus|vs\.?|against|up from|down from|par rapport à)[ \u00a0]*$/iu;

/** Right before a percentage: the aim, threshold or limit it states ("l'objectif de 75 %", "a target of 90%", "seuil de 10 %"). */
export const AIM_BEFORE =
  /(?<![\p{L}])(?:objectifs?|cibles?|seuils?|plafonds?|plancher|limites?|taux cible|targets?|goals?|thresholds?|ceiling|cap|limits?|aims?)(?:[ \u00a0]+(?:fixé|fixée|officiel|officielle|national|nationale|européen|européenne|set|official|national|legal|légal|légale))?[ \u00a0]+(?:de|d['’]|of|à|at|du|des)[ \u00a0]*(?:[\p{L}’'-]+[ \u00a0]+){0,1}$/iu;
