// name-style: a name the house list knows, spelled consistently in the draft but not in the
// house's preferred form for the document's language (Nuryshev in a French draft whose desk
// prints Nourychev). Inconsistent spellings are name-variant's, so one mention gets one finding.
import { say, type Rule } from '../rule';
import { variantDrafts } from './name-variant';

export const nameStyle: Rule = {
  id: 'name-style',
  defaultSeverity: 'warning',
  description: {
    en: 'A spelling that differs from the house name list’s preferred form for the document’s language.',
    fr: 'Une graphie différente de celle que la liste maison préfère pour la langue du texte.',
  },
  check({ facts, language, text }) {
    return variantDrafts(facts.names, facts.entities, language, (e) => e.reason === 'house' && !e.conflict, text).map((d) => {
      const data = d.data as { variant: string; preferred: string };
      return {
        ...d,
        message: say(
          language,
          `The house name list spells ${data.variant} as ${data.preferred} in English.`,
          `La liste maison écrit ${data.variant} « ${data.preferred} » en français.`,
        ),
        related: undefined,
        fixes: d.fixes?.map((f, i) =>
          i === 0 ? f : { ...f, title: say(language, `Apply the house spelling everywhere in this document`, `Appliquer la graphie maison partout dans ce texte`) },
        ),
      };
    });
  },
};
