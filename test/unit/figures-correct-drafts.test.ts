// Figure-dense drafts that are correct (test/fixtures/figures/correct): every relation the
// figures rules know is written in them, right, so nothing may reach warning severity, and
// the relations must still be found (the hover shows them). The "-plain" drafts are figure-dense
// without relations: ranges, scores, dates, hours.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';

const dir = join(__dirname, '../fixtures/figures/correct');

describe('figures: correct figure-dense drafts', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const language = file.startsWith('fr') ? 'fr' : 'en';
    const text = readFileSync(join(dir, file), 'utf8');
    it(`${file}: no number finding above information`, () => {
      const serious = analyze(text, { language }).findings.filter((f) => f.rule.startsWith('number-') && f.severity !== 'information' && f.severity !== 'hint');
      assert.deepEqual(serious.map((f) => `${f.rule}: ${f.message}`), []);
    });
    // "-plain" drafts hold figures that are related by nothing the rules read (ranges, scores, dates)
    if (file.includes('-plain')) continue;
    it(`${file}: the relations it states are found`, () => {
      const related = analyze(text, { language }).facts.figures.filter((f) => f.derived && (f.derived.notes || f.derived.previousText || f.derived.growthText || f.derived.shareText));
      assert.ok(related.length >= 4, `${related.length} figures in a relation`);
    });
  }
});
