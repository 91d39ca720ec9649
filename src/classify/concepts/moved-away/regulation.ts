import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): a rule or regulation changed. */
export const REGULATION: ConceptSpec[] = [
  {
    concept: 'regulation',
    weight: 1.6,
    forms: {
      en: [
        'regulation*', 'regulator*', 'new rules', 'rules changed', 'law', 'laws', 'legislation', 'ban', 'banned',
        'code changed', 'fire code', 'reimbursement rules', 'state rules', 'national rules',
      ],
      de: ['gesetz', 'gesetze', 'gesetzes', 'gesetzlich*', 'gesetzgeb*', 'gesetzesanderung*', 'verordnung*', 'vorschrift*', 'verbot*', 'regulierung'],
      fr: ['reglement*', 'loi', 'interdi*', 'reglementation', 'norme*'],
      es: ['normativa', 'ley', 'regulacion', 'prohib*', 'reglamento'],
      pt: ['lei', 'legislacao', 'norma', 'proib*', 'regulamenta*'],
    },
  },
  {
    concept: 'regulation',
    weight: 2.4,
    forms: {
      de: ['durfen nicht mehr', 'darf nicht mehr', 'nicht mehr zugelassen', 'nicht mehr erlaubt', 'keine zulassung mehr'],
      en: ['no longer permitted', 'no longer allowed', 'not allowed anymore', 'no longer approved'],
      fr: ['ne sont plus autorise*', 'ne est plus autorise*', 'plus autorise*'],
      es: ['ya no se permite*', 'ya no esta permitid*', 'ya no estan permitid*'],
      pt: ['nao e mais permitid*', 'nao sao mais permitid*', 'deixou de ser permitid*'],
    },
  },
  { concept: 'regulation', weight: 1.6, forms: {
    de: ['neue verordnung', 'nicht mehr zulassig', 'regulatorisch*', 'behordliche auflage*'],
    fr: ['obligation legale', 'nouvelle loi', 'contrainte* reglementaire*'],
  } },
  {
    concept: 'regulation',
    weight: 1.6,
    forms: {
      es: ['dejo de estar permitid*', 'cambio normativo', 'por imperativo legal', 'exigencia legal', 'cambio la regla'],
      pt: ['mudou a regra', 'mudaram a regra', 'mudanca na regra', 'por forca de lei'],
    },
  },
  {
    // Their licence to operate taken away: "lost their operating license", "Lizenz entzogen", "alvará cassado".
    concept: 'regulation',
    weight: 2.6,
    forms: {
      en: ['lost their ~ license', 'lost their ~ licence', 'lost its ~ license', 'lost its ~ licence', 'license revoked', 'licence revoked', 'license suspended', 'licence suspended', 'lost ~ accreditation'],
      de: ['lizenz entzogen', 'zulassung entzogen', 'konzession entzogen', 'lizenz verloren', 'zulassung verloren'],
      fr: ['perdu leur agrement', 'perdu leur licence', 'agrement retire', 'licence retiree', 'licence suspendue'],
      es: ['perdieron la licencia', 'licencia revocada', 'licencia retirada', 'perdieron la habilitacion', 'licencia suspendida'],
      pt: ['perderam a licenca', 'licenca cassada', 'licenca revogada', 'perderam o alvara', 'alvara cassado'],
    },
  },
];
