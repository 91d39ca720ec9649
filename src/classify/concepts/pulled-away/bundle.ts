import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a broader bundle. */
export const BUNDLE: ConceptSpec[] = [
  {
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: [
        'one contract', 'single contract', 'same contract', 'under one contract', 'one relationship', 'one system',
        'one platform', 'one app', 'one cloud', 'one provider', 'one vendor', 'one supplier', 'one agency',
        'single agency',
        'single vendor', 'single provider', 'single source', 'one source', 'one stop', 'all in one', 'in one app',
        'all included', 'under one roof', 'one sla', 'one coordinator', 'one account manager', 'one point of contact',
        'single point of contact', 'single managed service', 'bundle*', 'combined', 'one system story',
        'integrated tool', 'instead of three', 'instead of four', 'end to end', 'turnkey', 'broader',
        'one relationship now',
        'juggling', 'included in the', 'everything under', 'one place', 'in one place', 'full suite',
        'consolidat* onto', 'consolidat* on one', 'consolidat* into one', 'single platform',
        'could also', 'can also', 'also does', 'also do', 'also offers', 'also provides', 'also handles',
        'as well as the', 'on top of the',
        'complete platform', 'full platform',
      ],
      de: [
        'aus einer hand', 'alles aus einer hand', 'gesamtpaket', 'komplettpaket', 'paketangebot', 'paketpreis', 'im paket', 'einem vertrag',
        'ein vertrag',
        'ein ansprechpartner', 'einen ansprechpartner', 'einem ansprechpartner', 'bundel*', 'komplettlosung', 'rundum*',
        'alles zusammen',
        'inklusive', 'inkl', 'einschliesslich', 'bietet auch', 'macht auch',
        'komplette plattform', 'nur einem anbieter', 'nur ein anbieter', 'einem einzigen anbieter',
      ],
      fr: [
        'offre groupee', 'offre globale', 'interlocuteur unique', 'guichet unique', 'un seul interlocuteur',
        'un seul contrat',
        'tout en un', 'un seul prestataire', 'pack', 'package', 'regroupe*',
        'assure aussi', 'propose aussi', 'fait aussi', 'en plus de',
        'plateforme complete', 'un seul fournisseur', 'un seul editeur',
      ],
      es: [
        'bajo el mismo techo', 'todo en uno', 'un solo contrato', 'un solo proveedor', 'una sola agencia',
        'un unico proveedor',
        'paquete', 'paquete completo', 'servicio integral', 'solucion integral', 'todo eso', 'ademas hiciera',
        'tambien ofrece', 'tambien hace', 'ademas de',
        'plataforma completa', 'un solo lugar',
      ],
      pt: [
        'tudo em um', 'um so contrato', 'um unico contrato', 'um unico fornecedor', 'pacote', 'pacote completo',
        'solucao completa', 'solucao integrada', 'tudo junto',
        'tambem oferece', 'tambem faz', 'alem de',
        'um so fornecedor', 'num so fornecedor', 'num unico fornecedor', 'um so lugar', 'num so lugar',
      ],
    },
  },
  {
    // The rival does more around the product: "a supplier that also runs the deliveries".
    concept: 'bundle',
    weight: 2.0,
    forms: {
      en: [
        '@vendor that also', '@vendor which also', '@vendor who also', 'one that also', 'also runs', 'also plans',
        'also manages', 'also installs', 'also takes care', 'full service', 'as a service', 
      ],
      de: ['@vendor der auch', '@vendor die auch', 'dazu liefert', 'gleich mit dazu', 'gleich mitgeliefert', 'mit dazu', 'rundum service'],
      fr: ['qui fait aussi', 'qui assure aussi', 'qui gere aussi', 'qui propose aussi'],
      es: ['que ademas', 'que tambien', 'ademas hace', 'servicio completo'],
      pt: ['que tambem', 'que ainda faz', 'servico completo'],
    },
  },
  {
    // What the winner gives with it: "incl. in the price", "at no extra cost", a package.
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: ['incl in the price', 'included in the price', 'included in the fee', 'at no extra cost', 'at no extra charge', 'pkg', 'all in one price'],
      de: ['im preis inbegriffen', 'im preis enthalten', 'ohne aufpreis'],
      fr: ['inclus dans le prix', 'compris dans le prix', 'sans surcout', 'sans supplement'],
      es: ['incluido en el precio', 'incluidos en el precio', 'sin costo adicional', 'sin coste adicional'],
      pt: ['incluso no preco', 'incluido no preco', 'sem custo adicional', 'sem custo extra'],
    },
  },
  {
    concept: 'bundle',
    weight: 2.4,
    forms: {
      en: ['as a package', 'in one package'],
      de: ['als paket'],
      fr: ['en un seul contrat', 'en package'],
      es: ['como paquete', 'en un solo contrato'],
      pt: ['como pacote', 'num so contrato'],
    },
  },
  {
    concept: 'bundle',
    weight: 2.1,
    forms: {
      de: ['komplett ubernimmt', 'komplett ubernehmen', 'alles komplett', 'rundum sorglos*'],
      en: ['handles it all', 'does it all', 'takes care of everything'],
      fr: ['prend tout en charge', 'cle en main'],
      es: ['se encarga de todo', 'llave en mano'],
      pt: ['cuida de tudo', 'chave na mao'],
    },
  },
  { concept: 'bundle', weight: 2.0, forms: {
    de: ['alles bei einem', 'bundeln', 'gebundelt'],
    fr: ['tout regrouper'],
  } },
  {
    // What the rival's price includes: "comp includes free training & implementation", "incl. onboarding".
    concept: 'bundle',
    weight: 2.2,
    forms: {
      en: ['includes ~ @capability', 'included ~ @capability', 'including ~ @capability', 'incl ~ @capability', 'bundled ~ @capability', 'comes with ~ @capability',
        'includes ~ implementation', 'includes ~ onboarding', 'includes ~ installation', 'included ~ implementation', 'included ~ onboarding'],
      de: ['inklusive ~ @capability', 'inkl ~ @capability', 'mit enthalten', 'enthalt ~ @capability'],
      fr: ['inclut ~ @capability', 'inclus ~ @capability', 'compris ~ @capability', 'avec ~ @capability incluse*'],
      es: ['incluye ~ @capability', 'incluido* ~ @capability', 'incluida* ~ @capability'],
      pt: ['inclui ~ @capability', 'incluso* ~ @capability'],
    },
  },
  {
    // The rival could take on more than we quoted: "could also handle their European sites", "pouvait aussi gérer".
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: ['could also handle', 'could also cover', 'could also take on', 'can also handle', 'can also cover', 'also handles their', 'also covers their'],
      de: ['konnte auch ~ ubernehmen', 'kann auch ~ ubernehmen', 'konnte auch ~ betreuen', 'kann auch ~ betreuen'],
      fr: ['pouvait aussi', 'pouvait egalement', 'peut aussi gerer', 'peut aussi prendre en charge', 'gere aussi'],
      es: ['podia encargarse tambien', 'podia tambien', 'puede encargarse tambien', 'puede tambien', 'se encarga tambien'],
      pt: ['podia cuidar tambem', 'podia tambem', 'pode cuidar tambem', 'pode tambem', 'cuida tambem'],
    },
  },
  {
    // Maintenance, support or training in the rival's offer: "inclut la maintenance", "mantenimiento incluido",
    // "übernimmt auch die Wartung".
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: ['includes maintenance', 'maintenance included', 'includes servicing', 'servicing included', 'also does the maintenance', 'also maintains'],
      de: ['ubernimmt auch', 'ubernimmt ~ auch die', 'wartung inklusive', 'inklusive wartung', 'wartung inbegriffen', 'mit wartung', 'macht auch die wartung'],
      fr: ['inclut la maintenance', 'maintenance incluse', 'maintenance comprise', 'avec la maintenance', 'assure aussi la maintenance'],
      es: ['mantenimiento incluido', 'incluye ~ mantenimiento', 'con mantenimiento', 'se encarga del mantenimiento'],
      pt: ['manutencao incluida', 'inclui ~ manutencao', 'com manutencao', 'cuida da manutencao'],
    },
  },
];
