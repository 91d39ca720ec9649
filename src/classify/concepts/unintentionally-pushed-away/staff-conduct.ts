import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): how our staff behaved. */
export const STAFF_CONDUCT: ConceptSpec[] = [
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: [
        'rude', 'swore', 'yelled', 'shouted', 'screamed', 'insult*', 'disrespectful', 'unprofessional', 'offensive',
        'humiliat*', 'harass*', 'abus*', 'shoved', 'threat*', 'bully*', 'aggressive',
      ],
      de: [
        'unfreundlich', 'beleidig*', 'angeschrien', 'angebrullt', 'beschimpf*', 'respektlos*', 'bedroh*', 'belastig*',
      ],
      fr: ['impoli*', 'grossier*', 'humili*', 'menace*', 'agress*', 'irrespectu*', 'hurle*', 'harcel*'],
      es: ['maleducad*', 'groser*', 'humill*', 'amenaz*', 'agresiv*', 'acos*', 'grit*', 'falta de respeto'],
      pt: ['grosseir*', 'mal educad*', 'humilh*', 'ameac*', 'agressiv*', 'assedi*', 'desrespeit*'],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: ['was rude', 'rude to', 'yelled at', 'shouted at', 'snapped at', 'talked down to', 'condescending', 'swore at'],
      de: ['unhoflich*', 'unfreundlich*', 'pampig', 'patzig', 'angeschnauzt', 'herablassend'],
      fr: ['irrespectueu*', 'a crie sur', 'mal parle', 'hautain', 'condescendant'],
      es: ['grosero', 'grosera', 'falto al respeto', 'le grito', 'prepotente', 'mal trato', 'trato grosero'],
      pt: ['destrat*', 'gritou com', 'foi grosso', 'foi grossa'],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: ['way our ~ spoke', 'way our ~ talked', 'way our ~ treated', 'how our ~ spoke to', 'how our ~ talked to'],
      de: ['wie unser ~ gesprochen', 'wie unser ~ umgegangen', 'wie unsere ~ umgegangen', 'ton unseres', 'ton unserer'],
      fr: ['facon dont notre ~ a parle', 'maniere dont notre ~ a parle', 'facon dont notre ~ a traite', 'ton de notre'],
      es: ['forma en que nuestro ~ hablo', 'manera en que nuestro ~ hablo', 'como nuestro ~ trato', 'modo en que nuestro ~ trato'],
      pt: ['jeito que nosso ~ falou', 'forma como nosso ~ falou', 'como nosso ~ tratou', 'jeito como nosso ~ tratou'],
    },
  },
  {
    // How our people behaved; who was rude is read from the clause (theirs to ours is abusive).
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: [
        'abusive to their', 'rude to their', 'rude with their', 'patronising', 'patronizing', 'dismissive of their',
        'snapped at their', 'yelled at their', 'shouted at their', 'swore at their',
        'argued with their', 'insulted their', 'offended their', 'hung up on', 'too aggressive with', 'badmouthed',
      ],
    },
  },
  { concept: 'staff_conduct', weight: 2.3, forms: {
    de: ['herablassend*', 'aussendienst* ~ arrogant'],
    fr: ['desagreable*', 'condescendant*'],
  } },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      es: ['muy borde', 'fue borde', 'se puso borde', 'de malas maneras', 'con malos modos', 'malos modos', 'malas formas', 'muy arrogante', 'fue arrogante'],
      pt: ['foi estupido', 'foi estupida', 'foi rude', 'muito rude', 'foi mal educado', 'foi mal educada', 'muito arrogante', 'foi arrogante'],
    },
  },
];
