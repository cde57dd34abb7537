// Name fixes never damage correct copy (issue 8): every offered edit lies inside a name mention
// the entity is sure of, the document fix changes only that entity's mentions, a fix rewrites a
// particle name from its first particle (never a hybrid), and applying fixes is idempotent.
// The property runs over a few hundred drafts generated from frames and name pairs written here.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './helpers';

type Lang = 'fr' | 'en';
const variants = (text: string, language: Lang): Finding[] => analyze(text, { language }).findings.filter((f) => f.rule === 'name-variant');

describe('name fixes: the issue’s examples', () => {
  it('von der Leyen / van der Leyen: the particle counts, the fix rewrites from the first particle', () => {
    const text = 'Ursula von der Leyen opened the summit. Later, Ursula van der Leyen gave the floor to Charles Michel.';
    const [f, ...rest] = variants(text, 'en');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(f.start, f.end), 'van der Leyen');
    assert.equal(applyEdits(text, f.fixes![0].edits), text.replace('van der Leyen', 'von der Leyen'));
  });

  it('ben Salmane / bin Salman: the fix gives the whole other form, never "bin Salmane"', () => {
    const text = 'Mohammed ben Salmane a reçu le ministre. Le prince Mohammed bin Salman a ensuite quitté Riyad.';
    const fs = variants(text, 'fr');
    assert.equal(fs.length, 1);
    const fixed = applyEdits(text, fs[0].fixes![0].edits);
    assert.ok(!/bin Salmane|ben Salman\b/.test(fixed), fixed);
    assert.equal(fixed.split('Mohammed ben Salmane').length - 1, 2);
  });

  it('the same in English, preferring the first full mention', () => {
    const text = 'Crown Prince Mohammed bin Salman met the envoy. On Monday, Mohammed ben Salmane flew home.';
    const [f] = variants(text, 'en');
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.equal(fixed, text.replace('ben Salmane', 'bin Salman'));
  });

  it('Morsi / Mursi', () => {
    const text = 'Mohammed Morsi was elected in 2012; Mohammed Mursi was ousted a year later.';
    const [f] = variants(text, 'en');
    assert.equal(text.slice(f.start, f.end), 'Mursi');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Arabic or Persian/);
  });

  it('Lee Jae-myung and "Le": no finding, no fix that writes "Lee ministre"', () => {
    const text = 'Lee Jae-myung a été élu en juin. Le président a reçu le ministre. Le ministre a parlé.';
    assert.deepEqual(variants(text, 'fr'), []);
  });

  it('the Smiths’ house: no finding and no fix', () => {
    assert.deepEqual(variants("The Smiths' house burned down on Friday. Tom Smith said the family was safe.", 'en'), []);
  });

  it('Alekseyev / Alekseev (BGN ye after a vowel)', () => {
    const text = 'On Friday, Alekseyev met reporters in Astana. According to a statement released on Saturday, Alekseev will travel to Beijing in May.';
    const fs = variants(text, 'en');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /BGN\/PCGN/);
  });

  it('Kaufman / Kaufmann, Andersen / Anderssen, Philips / Phillips: questions at information, no fix', () => {
    const text = 'Anna Kaufman met Kaufmann. Hans Andersen met Anderssen. Philips met Phillips.';
    const fs = variants(text, 'en');
    assert.equal(fs.length, 3);
    for (const f of fs) {
      assert.equal(f.severity, 'information');
      assert.match(f.message, /: same person\?$/);
      assert.deepEqual(f.fixes, []);
    }
    const fr = variants('Anna Kaufman a vu Kaufmann.', 'fr')[0];
    assert.equal(fr.message, 'Kaufmann / Kaufman\u00a0: même personne\u00a0?');
  });
});

describe('name fixes: messages and related locations', () => {
  it('names the kind of variant when it is known', () => {
    const cases: [string, Lang, RegExp][] = [
      ['Georgy Zhukov commanded. Joukov won.', 'en', /French transcription/],
      ['Boris Yeltsin spoke. Later Jelzin left.', 'en', /German transcription/],
      ['Mikhail Gorbachev spoke. Later Gorbaczow left.', 'en', /Polish or Czech/],
      ['Mao Zedong met Nixon. Later Mao Tse-tung wrote.', 'en', /Wade-Giles/],
      ['Recep Tayyip Erdoğan spoke. Erdogan left.', 'en', /diacritics/],
      ['Shakhrat Nuryshev est arrivé. Plus tard, Nourchev a parlé.', 'fr', /transcription française du même nom cyrillique/],
    ];
    for (const [text, lang, re] of cases) {
      const [f] = variants(text, lang);
      assert.ok(f, text);
      assert.match(f.message, re, text);
    }
  });

  it('related locations: one per other spelling, with a count, however many mentions', () => {
    const body = Array.from({ length: 25 }, () => 'Nuryshev a parlé.').join(' ');
    const text = `Shakhrat Nuryshev est arrivé. ${body} Puis Nourchev est parti.`;
    const [f] = variants(text, 'fr');
    assert.equal(f.related!.length, 2);
    assert.deepEqual(f.related!.map((r) => text.slice(r.start, r.end)), ['Shakhrat Nuryshev', 'Nuryshev']);
    assert.match(f.related![1].message, /25 fois/);
  });
});

// ---- the property: every offered fix stays inside the mentions of its entity ----

/** Deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE: [string, string][] = [
  ['Shakhrat Nuryshev', 'Nourchev'],
  ['Sergei Alekseyev', 'Alekseev'],
  ['Ursula von der Leyen', 'Ursula van der Leyen'],
  ['Mohammed bin Salman', 'Mohammed ben Salmane'],
  ['Mohammed Morsi', 'Mursi'],
  ['Kassym-Jomart Tokayev', 'Tokaïev'],
  ['Mao Zedong', 'Mao Tse-tung'],
  ['Khalifa Haftar', 'Hifter'],
  ['Anna Kaufman', 'Kaufmann'],
  ['Theresa May', 'Theresa Mai'],
  ['Viktor Orbán', 'Orban'],
  ['Boris Yeltsin', 'Jelzin'],
  ['Ilham Aliyev', 'Heydar Aliyev'],
  ['Ivan Petrov', 'Petrova'],
  ['Lee Jae-myung', 'Lee'],
  ['Tom Smith', "the Smiths'"],
];

const FRAMES: Record<Lang, string[]> = {
  fr: [
    '{A} a déclaré vendredi que rien n’avait changé.',
    'Selon {B}, la situation reste stable.',
    '« Nous coopérons étroitement », a déclaré {B}.',
    'Le ministre {A} est arrivé à Astana en mai.',
    'Ambassadeur du Kazakhstan en Chine {A} Photo : Ambassade du Kazakhstan en Chine',
    'Le Kazakhstan et la Chine coopèrent, a déclaré l’ambassadeur {A}.',
    'Jusqu’à l’arrivée de {B}, qu’on attendait, le ministère kazakh des Affaires étrangères s’est tu.',
    '| Pays | Dirigeant |\n|---|---|\n| Hongrie | {B} |',
    '- {A}\n- Chine\n- {B}',
    'Le président a reçu le ministre. Le ministre a parlé de {B}.',
    'En mai, {B} et le Forum de la Ceinture et de la Route.',
  ],
  en: [
    '{A} said on Friday that nothing had changed.',
    'According to {B}, the situation is stable.',
    '“We cooperate closely,” {B} said.',
    'Minister {A} arrived in Astana in May.',
    'Ambassador of Kazakhstan to China {A} Photo: Embassy of Kazakhstan in China',
    'Later, {B} met the Ministry of Foreign Affairs of Kazakhstan.',
    '| Country | Leader |\n| --- | --- |\n| Hungary | {B} |',
    '- {A}\n- China\n- {B}',
    'The minister spoke. The envoy, {B}, left on Monday.',
  ],
};

function draft(r: () => number, lang: Lang): string {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const paragraphs: string[] = [];
  const people = [pick(PEOPLE), pick(PEOPLE)];
  const n = 2 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const [a, b] = pick(people);
    paragraphs.push(pick(FRAMES[lang]).replace('{A}', a).replace('{B}', r() < 0.5 ? b : a));
  }
  return paragraphs.join('\n\n');
}

describe('name fixes: never outside a name mention (property over generated drafts)', () => {
  const r = rng(8);
  const drafts: [string, Lang][] = [];
  for (let i = 0; i < 240; i++) {
    const lang: Lang = i % 2 ? 'en' : 'fr';
    drafts.push([draft(r, lang), lang]);
  }
  const analyses = new Map<string, ReturnType<typeof analyze>>();
  const analysed = (text: string, language: Lang): ReturnType<typeof analyze> => {
    let a = analyses.get(text);
    if (!a) analyses.set(text, (a = analyze(text, { language })));
    return a;
  };

  it('every edit of every name fix lies inside a mention of the finding’s entity', () => {
    let fixes = 0;
    for (const [text, language] of drafts) {
      const a = analysed(text, language);
      for (const f of a.findings.filter((x) => x.rule === 'name-variant' || x.rule === 'name-style')) {
        const entity = (f.data as { entity: string }).entity;
        const spans = a.facts.names.filter((n) => n.entity === entity);
        for (const fix of f.fixes ?? []) {
          fixes++;
          for (const e of fix.edits) {
            assert.ok(
              spans.some((n) => n.start <= e.start && e.end <= n.end),
              `edit ${JSON.stringify(text.slice(e.start, e.end))} → ${e.newText} outside the entity's mentions in:\n${text}`,
            );
          }
        }
      }
    }
    assert.ok(fixes > 100, `only ${fixes} fixes exercised`);
  });

  it('applying every fix leaves every word outside the name mentions unchanged', () => {
    for (const [text, language] of drafts) {
      const a = analysed(text, language);
      const mentions = a.facts.names;
      const outside = (t: string, spans: { start: number; end: number }[]): string => {
        let out = '';
        let last = 0;
        for (const s of spans) {
          out += t.slice(last, s.start) + '\u0000';
          last = s.end;
        }
        return out + t.slice(last);
      };
      for (const f of a.findings.filter((x) => x.rule === 'name-variant')) {
        for (const fix of f.fixes ?? []) {
          const fixed = applyEdits(text, fix.edits);
          // shift the mention spans by the edits, then compare what lies outside them
          const shifted = mentions.map((m) => {
            let d0 = 0;
            let d1 = 0;
            for (const e of fix.edits) {
              const delta = e.newText.length - (e.end - e.start);
              if (e.end <= m.start) d0 += delta;
              if (e.end <= m.end) d1 += delta;
            }
            return { start: m.start + d0, end: m.end + d1 };
          });
          assert.equal(outside(fixed, shifted), outside(text, mentions), `fix ${fix.title} changed copy outside names in:\n${text}`);
        }
      }
    }
  });

  it('the document fix is idempotent and leaves no warning of that entity', () => {
    for (const [text, language] of drafts) {
      const fs = analysed(text, language).findings.filter((f) => f.rule === 'name-variant' && f.severity === 'warning');
      const all = fs.flatMap((f) => f.fixes ?? []).find((x) => x.fixAll);
      if (!all) continue;
      const once = applyEdits(text, all.edits);
      const again = variants(once, language).flatMap((f) => f.fixes ?? []).find((x) => x.fixAll && x.title === all.title);
      const twice = again ? applyEdits(once, again.edits) : once;
      assert.equal(twice, once, `not idempotent on:\n${text}`);
    }
  });

  it('a particle name is never fixed into a hybrid', () => {
    for (const [text, language] of drafts) {
      for (const f of analysed(text, language).findings.filter((x) => x.rule === 'name-variant')) {
        for (const fix of f.fixes ?? []) {
          const fixed = applyEdits(text, fix.edits);
          assert.ok(!/bin Salmane|ben Salman\b|von der Leyen der|van von/.test(fixed), fixed);
        }
      }
    }
  });
});

describe('name fixes: organisations', () => {
  it('never rewrites the lower-case words of an organisation’s name', () => {
    const text = 'Le ministère kazakh des Affaires étrangères a parlé. Le ministère kazakhe des Affaires étrangères aussi.';
    for (const f of variants(text, 'fr')) for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(/^\p{Lu}/u.test(e.newText), e.newText);
  });
});

describe('name fixes: particles with other word splits', () => {
  it('ben Hamad Al Thani / bin Hamad Al-Thani: one edit from the first particle', () => {
    const text = 'L’émir du Qatar, Tamim ben Hamad Al Thani, a reçu le ministre. L’émir Tamim bin Hamad Al-Thani a remercié la France.';
    const fs = variants(text, 'fr');
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), 'bin Hamad Al-Thani');
    assert.equal(applyEdits(text, fs[0].fixes![0].edits), text.replace('bin Hamad Al-Thani', 'ben Hamad Al Thani'));
  });
  it('the same particles with one surname spelled two ways: only the surname changes', () => {
    const text = 'Bashar al-Assad spoke. Later Bashar al-Asad left.';
    const [f] = variants(text, 'en');
    assert.equal(applyEdits(text, f.fixes![0].edits), 'Bashar al-Assad spoke. Later Bashar al-Assad left.');
  });
});
