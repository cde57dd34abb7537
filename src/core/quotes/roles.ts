// Roles that name a person: « l’ambassadeur du Kazakhstan en Chine Shakhrat Nuryshev »,
// « le maire, Jean Dupont », "Helena Brask, the director". Once the draft has tied a role
// noun to a person this way, a quotation attributed to the role alone (« a déclaré
// l’ambassadeur ») is that person's: it takes the names entity of the person's mention.
import type { NameFact, Span } from '../types';
import { NOUN_STOPS, ROLES } from './lexicon';

const ROLE_WORD = new RegExp(`(?<![\\p{L}])(?:${ROLES})s?(?![\\p{L}])`, 'giu');
/** Words a role's complements may hold between the role noun and the name. */
const LINKING = /^(?:de|du|des|en|à|au|aux|of|for|at|the|la|le|les|in|to|d[’'].*|l[’'].*)$/iu;
const STOP = new RegExp(`^(?:${NOUN_STOPS})$`, 'iu');
/** The longest run of text between a role noun and the name it introduces. */
const REACH = 100;

interface Link {
  head: string;
  entity: string;
  at: number;
}

/** A role noun folded to its head form: lower case, no plural -s. */
function headOf(word: string): string {
  const w = word.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  return w.endsWith('s') && !w.endsWith('ss') && w.length > 4 ? w.slice(0, -1) : w;
}

/** The last role noun in `before` whose complements run up to its end, if any. */
function roleBefore(before: string): string | undefined {
  let last: RegExpExecArray | undefined;
  ROLE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_WORD.exec(before))) last = m;
  if (!last) return undefined;
  const between = before.slice(last.index + last[0].length).replace(/,[\s\u00a0]*$/, '');
  if (/[.;:!?«»“”"()\n]/.test(between)) return undefined;
  let lower = 0;
  for (const w of between.split(/[\s\u00a0]+/).filter(Boolean)) {
    if (LINKING.test(w) || /^\p{Lu}/u.test(w)) continue;
    if (STOP.test(w) || ++lower > 3) return undefined;
  }
  return headOf(last[0]);
}

/** A role in apposition after the name: « Jean Dupont, le maire de Nantes », "Brask, the director". */
const ROLE_AFTER = new RegExp(`^,[\\s\\u00a0]*(?:le|la|l[’']|the|notre|our)[\\s\\u00a0]*(?:\\p{Ll}+[\\s\\u00a0]+)?((?:${ROLES})s?)(?![\\p{L}])`, 'iu');

/** Role nouns tied to names entities in one draft, built on first use. */
export class RoleLinks {
  private links: Link[] | undefined;
  constructor(
    private readonly text: string,
    private readonly names: readonly NameFact[],
  ) {}

  private build(): Link[] {
    const out: Link[] = [];
    for (const n of this.names) {
      if (n.type && n.type !== 'person' && n.type !== 'unknown') continue;
      const head = roleBefore(this.text.slice(Math.max(0, n.start - REACH), n.start));
      if (head) out.push({ head, entity: n.entity, at: n.start });
      const after = ROLE_AFTER.exec(this.text.slice(n.end, n.end + 40));
      if (after) out.push({ head: headOf(after[1]), entity: n.entity, at: n.start });
    }
    return out;
  }

  /**
   * The names entity of the person a role speaker (« l’ambassadeur », "the director") stands
   * for: the nearest person the draft tied to the same role noun before it, else the first after.
   */
  entityFor(role: Span & { text: string }): string | undefined {
    ROLE_WORD.lastIndex = 0;
    const m = ROLE_WORD.exec(role.text);
    if (!m) return undefined;
    const head = headOf(m[0]);
    this.links ??= this.build();
    let before: Link | undefined;
    let after: Link | undefined;
    for (const l of this.links) {
      if (l.head !== head) continue;
      if (l.at < role.start) before = l;
      else if (!after) after = l;
    }
    return (before ?? after)?.entity;
  }
}
