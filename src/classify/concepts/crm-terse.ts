import type { ConceptSpec } from './types';

/**
 * Terse CRM causes told without a full sentence (gen9c): a rival's longer warranty or SLA, what a rival's
 * price includes, a spin-off or divestment, our stopped account reviews, our "no" to a demand, a price rise
 * made to exit. Each in the five languages where reps write it.
 */
export const CRM_TERSE_CONCEPTS: ConceptSpec[] = [
  {
    // A stronger guarantee: "longer warranty at comp", "better SLAs", "garantie plus longue".
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      en: [
        'longer warranty', 'better warranty', 'extended warranty', 'longer guarantee', 'better guarantee', 'better sla*',
        'stronger sla*', 'tighter sla*', 'higher uptime', 'uptime guarantee', 'local techs', 'local service techs',
        'local service', 'local support', '@competitor supports', '@competitor can do', '@competitor handles',
        // Knowing their trade better: "comp knows their industry better".
        'knows their industry', 'know their industry', 'knows the industry', 'knew their industry', 'industry knowledge', 'knows ~ better',
        'understands their business', 'understood their business',
        // A rival nearer or bigger on the ground, or shinier: "comp has 40 locations", "agence locale".
        'more locations', 'more branches', 'more depots', 'more sites', 'wider network', 'bigger network', 'larger network',
        '@competitor has _ locations', '@competitor has _ branches', '@competitor has _ depots', 'shiny', 'shinier', 'flashier', 'slicker',
        // (the rival's verb of doing it: "le concurrent gère le multi-devises", "la competencia maneja")
      ],
      de: ['mehr standorte', 'mehr niederlassungen', 'grosseres netz', 'dichteres netz', '@competitor kann', '@competitor unterstutzt', 'kennt die branche', 'kennt ihre branche', 'kennt ~ besser', 'branchenkenntnis*', 'langer* garantie', 'besser* garantie', 'langer* gewahrleistung', 'besser* gewahrleistung', 'besser* sla*', 'hoher* verfugbarkeit'],
      fr: ['agence locale', 'agence sur place', 'implantation locale', 'plus d agences', 'reseau plus dense', '@competitor gere', '@competitor supporte', '@competitor prend en charge', 'connait mieux', 'connait le secteur', 'connaissance du secteur', 'garantie plus longue', 'meilleure garantie', 'extension de garantie', 'meilleur sla', 'meilleurs sla'],
      es: ['sucursal local', 'oficina local', 'mas sucursales', 'red mas amplia', '@competitor maneja', '@competitor soporta', '@competitor gestiona', 'conoce mejor', 'conoce el sector', 'conocimiento del sector', 'mayor garantia', 'mejor garantia', 'garantia mas larga', 'garantia extendida', 'mejor sla', 'mejores sla'],
      pt: ['filial local', 'filial na regiao', 'mais filiais', 'rede maior', '@competitor suporta', '@competitor gerencia', '@competitor faz', 'conhece melhor', 'conhece o setor', 'conhecimento do setor', 'garantia maior', 'melhor garantia', 'garantia mais longa', 'garantia estendida', 'melhor sla', 'melhores sla'],
    },
  },
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
      pt: ['inclui ~ @capability', 'incluido* ~ @capability', 'incluida* ~ @capability', 'incluso* ~ @capability'],
    },
  },
  {
    // Their ownership changed: a division sold off, spun off, carved out of a group.
    concept: 'acquired',
    weight: 2.6,
    forms: {
      en: ['divested', 'divestiture', 'divestment', 'spun off', 'spin off', 'spinoff', 'sold the division', 'sold the business', 'sold biz', 'sold the company'],
      de: ['abgespalten', 'ausgegliedert', 'ausgliederung', 'sparte verkauft', 'bereich verkauft', 'firma verkauft'],
      fr: ['cede la division', 'cession de la division', 'cession de l activite', 'scission', 'filialise*', 'activite cedee'],
      es: ['desinvirtieron', 'desinversion', 'escindida', 'escision', 'vendieron la division', 'vendieron el negocio'],
      pt: ['desinvestiu', 'desinvestimento', 'cisao', 'venderam a divisao', 'venderam o negocio', 'vendeu a empresa'],
    },
  },
  {
    // Fewer sites, and the one kept is not one we serve.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['consolidated to one site', 'consolidated into one site', 'consolidated sites', 'consolidated locations', 'consolidating sites'],
      de: ['standorte zusammengelegt', 'auf einen standort'],
      fr: ['regroupe* sur un site', 'regroupement des sites'],
      es: ['concentraron en una sede', 'unificaron sedes', 'consolidaron sedes'],
      pt: ['concentraram em uma unidade', 'unificaram unidades', 'consolidaram unidades'],
    },
  },
  {
    // Our account reviews stopped: "QBRs stopped", "no exec sponsor contact".
    concept: 'neglect',
    weight: 2.2,
    forms: {
      en: ['qbr* stopped', 'qbr* ~ stopped', 'stopped ~ qbr*', 'stopped doing qbr*', 'no exec sponsor', 'no executive sponsor', 'no exec contact', 'no executive contact', 'no contact from us'],
      de: ['keine jahresgesprache', 'keine quartalsgesprache', 'kein kontakt von uns', 'keine besuche mehr'],
      fr: ['plus de revues trimestrielles', 'plus de points trimestriels', 'aucun contact de notre part', 'plus de visites'],
      es: ['sin revisiones trimestrales', 'dejamos de hacer revisiones', 'sin contacto de nuestra parte', 'dejamos de visitar'],
      pt: ['sem revisoes trimestrais', 'paramos as revisoes', 'sem contato nosso', 'paramos de visitar'],
    },
  },
  {
    // Our "no" to what they demanded: "demanded 50% discount, we said no".
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['we said no', 'said no to', 'we turned it down', 'we turned down', 'we passed on', 'we passed', 'we did not want to continue', 'we no longer wanted'],
      de: ['wir haben nein gesagt', 'haben abgelehnt', 'wir sagten nein', 'wir wollten ~ nicht mehr', 'wollten wir nicht mehr'],
      fr: ['on a dit non', 'nous avons dit non', 'nous avons decline', 'on a decline', 'nous ne avons pas voulu', 'on ne a pas voulu', 'pas voulu continuer'],
      es: ['dijimos que no', 'les dijimos que no', 'lo rechazamos', 'no quisimos seguir', 'no quisimos continuar'],
      pt: ['dissemos nao', 'dissemos que nao', 'recusamos', 'nao quisemos continuar', 'nao quisemos seguir'],
    },
  },
  {
    // A price rise made to end it: "we raised prices 30% to exit", "Preis erhöht, um auszusteigen".
    concept: 'deliberate',
    weight: 3.0,
    negatable: false,
    forms: {
      en: ['we rais* ~ to exit', 'we hik* ~ to exit', 'we increas* ~ to exit', 'we pric* ~ to exit', 'rais* ~ to exit', 'hik* ~ to exit', 'increas* ~ to exit', 'pric* ~ to exit', 'uplift ~ to exit', '@money ~ to exit'],
      de: ['um auszusteigen', 'um uns zu trennen', 'um sie loszuwerden'],
      fr: ['pour sortir du compte', 'pour nous retirer', 'pour nous en separer'],
      es: ['para salir de la cuenta', 'para retirarnos', 'para deshacernos'],
      pt: ['para sair da conta', 'para nos retirarmos', 'para nos livrar'],
    },
  },
  {
    // A rival's price as a fraction of ours, verbless: "retainer half ours", "fee a third of ours".
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['@money @fraction ours', '@money @fraction of ours', '@money _ @fraction ours', '@money _ @fraction of ours', '@money @fraction what we charge'],
      de: ['@money halb so hoch', 'halb so teuer', 'zum halben preis'],
      fr: ['@money moitie du notre', 'moitie prix', 'a moitie prix'],
      es: ['@money la mitad del nuestro', 'mitad de precio', 'a mitad de precio'],
      pt: ['@money metade do nosso', 'metade do preco', 'pela metade do preco'],
    },
  },
  {
    // A gap we do not plan to close, said with the negation that belongs to it: "pas sur notre feuille de route".
    concept: 'our_gap',
    weight: 2.1,
    negatable: false,
    forms: {
      en: ['not on our roadmap', 'not on ~ roadmap', 'no roadmap for'],
      de: ['nicht auf ~ roadmap', 'nicht geplant bei uns', 'bei uns nicht geplant'],
      fr: ['pas sur ~ feuille de route', 'pas dans ~ feuille de route', 'pas sur ~ roadmap', 'pas dans ~ roadmap'],
      es: ['no esta en ~ hoja de ruta', 'no esta en ~ roadmap', 'fuera de ~ hoja de ruta'],
      pt: ['nao esta no ~ roadmap', 'nem temos ~ no roadmap', 'fora do ~ roadmap'],
    },
  },
  {
    // Our problems named by what failed: "pbs de livraison", "problemas de entrega", "delivery problems".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['delivery problem*', 'shipping problem*', 'billing problem*', 'invoicing problem*', 'install* problem*', 'service problem*'],
      de: ['probleme bei ~ lieferung*', 'probleme mit ~ lieferung*', 'probleme mit ~ abrechnung', 'probleme mit ~ montage'],
      fr: ['probleme* de livraison', 'probleme* de facturation', 'probleme* de service', 'probleme* d installation', 'souci* de livraison', 'souci* de facturation', 'probleme* techniques'],
      es: ['problemas de entrega', 'problemas con ~ entregas', 'problemas de facturacion', 'problemas con ~ facturas', 'problemas de instalacion', 'problemas tecnicos'],
      pt: ['problemas de entrega', 'problemas na entrega', 'problemas nas entregas', 'problemas de faturamento', 'problemas na fatura*', 'problemas de instalacao', 'problemas tecnicos'],
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
    // They saw it working: "a working demo of exactly what they needed", "uma demo funcionando do que precisavam".
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      en: ['working demo', 'live demo of', 'showed them ~ working'],
      de: ['funktionierende demo', 'live demo', 'genau was sie brauchten'],
      fr: ['demo fonctionnelle', 'ce dont ils avaient besoin', 'exactement ce qu'],
      es: ['demo funcionando', 'demo en vivo', 'exactamente lo que', 'justo lo que necesitaban', 'lo que necesitaban'],
      pt: ['demo funcionando', 'demonstracao funcionando', 'exatamente o que', 'o que eles precisavam', 'do que eles precisavam'],
    },
  },
  {
    // Nobody on our side answered, whatever stands between: "nobody on our side answered their emails".
    concept: 'neglect',
    weight: 2.2,
    forms: {
      // (Their emails, calls, tickets: "nobody else replied to our emails" is the customer's silence.)
      en: ['nobody ~ answered their', 'no one ~ answered their', 'nobody ~ replied to their', 'no one ~ replied to their', 'nobody ~ responded to their', 'no one ~ responded to their',
        'nobody in our ~ answered', 'nobody at our ~ answered', 'nobody from our ~ answered', 'no one in our ~ answered', 'nobody in our ~ replied to', 'nobody in our ~ responded to'],
      de: ['niemand bei uns hat ~ beantwortet', 'keiner bei uns hat ~ beantwortet', 'niemand bei uns hat ~ reagiert', 'niemand von uns hat ~ beantwortet'],
      fr: ['personne ~ repondu', 'personne ~ rappele', 'personne ne a repondu', 'personne ne a rappele'],
      es: ['nadie ~ contesto sus', 'nadie ~ respondio sus', 'nadie de nuestro ~ respondio', 'nadie de nuestro ~ contesto', 'nadie de nuestra ~ respondio'],
      pt: ['ninguem ~ respondeu', 'ninguem do nosso ~ respondeu', 'ninguem da nossa ~ respondeu', 'ninguem do nosso ~ retornou'],
    },
  },
  {
    // Their own people hired for it: "contrataron gente propia", "contrataram gente própria".
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['hired their own', 'their own people', 'own staff now'],
      de: ['eigene leute', 'eigenes personal', 'eigene mitarbeiter'],
      fr: ['propres equipes', 'propre equipe', 'propre personnel'],
      es: ['gente propia', 'personal propio', 'equipo propio', 'contrataron ~ propi*'],
      pt: ['gente propria', 'pessoal proprio', 'equipe propria', 'contrataram ~ propri*'],
    },
  },
  {
    // Our work that did not work, told terse: "couldnt fix it after 3 visits", "misdiagnosed", "arrived cold",
    // "temp excursion on the last loads".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'misdiagnos*', 'could not fix', 'can not fix', 'unable to fix', 'never fixed', 'not fixed', 'failed to fix', 'still broken',
        'arrived cold', 'arrived warm', 'arrived broken', 'arrived spoiled', 'temp excursion*', 'temperature excursion*',
        'cold chain break*', 'broke the cold chain', 'spoiled', 'spoilage', 'thawed',
      ],
      de: ['falsch diagnostiziert', 'nicht repariert', 'konnte ~ nicht reparieren', 'immer noch kaputt', 'kalt angekommen', 'kuhlkette unterbrochen', 'verdorben angekommen'],
      fr: ['mal diagnostique*', 'pas repare*', 'jamais repare*', 'pas pu reparer', 'arrive* froid*', 'rupture de la chaine du froid', 'chaine du froid rompue'],
      es: ['mal diagnostic*', 'no pudo reparar', 'no pudieron reparar', 'sin reparar', 'llego frio', 'llegaron frios', 'rotura de la cadena de frio'],
      pt: ['diagnostico errado', 'nao conseguiu consertar', 'nao conseguiram consertar', 'nao consertou', 'chegou frio', 'chegaram frios', 'quebra da cadeia de frio'],
    },
  },
  {
    // A higher tier elsewhere: "chose the premium option elsewhere".
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['premium option', 'premium tier', 'premium version', 'premium offering', 'high end option', 'top tier option'],
      de: ['premium variante', 'premium angebot', 'hoherwertig*'],
      fr: ['offre premium', 'gamme premium', 'haut de gamme'],
      es: ['opcion premium', 'gama alta', 'version premium'],
      pt: ['opcao premium', 'linha premium', 'versao premium'],
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
