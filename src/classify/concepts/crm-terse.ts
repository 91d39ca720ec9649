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
  {
    // A faster rival, told with hours against our days: "livre en 24 heures, nous en trois jours".
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      en: ['delivers within', 'ships within', 'delivers in _ hours', 'ships in _ hours', 'ships same day'],
      de: ['liefert innerhalb', 'innerhalb von _ stunden', 'in _ stunden geliefert', 'liefert in _ stunden', 'liefert am selben tag'],
      fr: ['livre en _ heures', 'livre en _ h', 'livraison en _ heures', 'livraison en _ h', 'livre le jour meme'],
      es: ['entrega en _ horas', 'entregan en _ horas'],
      pt: ['entrega em _ horas', 'entregam em _ horas'],
    },
  },
  {
    // Our own postponement of their start: "Termin für die Inbetriebnahme zweimal verschoben", "aplazamos la puesta en marcha".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['we postponed ~ go live', 'we postponed ~ install*', 'we postponed ~ launch', 'we rescheduled ~ install*', 'we pushed back ~ go live', 'go live ~ slipped', 'launch ~ slipped'],
      de: ['termin* ~ verschoben', 'inbetriebnahme ~ verschoben', 'zweimal verschoben', 'mehrfach verschoben', 'start ~ verschoben'],
      fr: ['mise en service ~ reportee', 'demarrage ~ reporte', 'reporte deux fois', 'repousse deux fois'],
      es: ['aplazamos ~ puesta en marcha', 'aplazamos ~ instalacion', 'aplazamos ~ entrega', 'retrasamos ~ entrega', 'retrasamos ~ instalacion', 'postergamos ~ puesta en marcha', 'puesta en marcha ~ aplazada', 'arranque ~ retrasado'],
      pt: ['adiamos ~ entrada em operacao', 'adiamos ~ implantacao', 'adiamos ~ entrega', 'atrasamos ~ entrega', 'atrasamos ~ implantacao', 'entrada em operacao ~ adiada', 'implantacao ~ atrasada'],
    },
  },
  {
    // Done in their own house: "Sie lassen das jetzt im Haus machen".
    concept: 'insourced',
    weight: 2.4,
    forms: {
      de: ['im haus machen', 'machen ~ im haus', 'jetzt im haus', 'im hause', 'im eigenen haus', 'machen es intern', 'intern erledigt', 'selbst im haus'],
      fr: ['en interne maintenant', 'fait en interne'],
      es: ['en casa ahora', 'lo hacen en casa'],
      pt: ['em casa agora', 'fazem em casa'],
    },
  },
  {
    // Our own non-renewal in French, and too little margin.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      fr: ['nous ne avons pas renouvele', 'on ne a pas renouvele', 'nous ne avons pas reconduit', 'on ne a pas reconduit', 'pas reconduit par nous'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    forms: {
      fr: ['peu de marge', 'trop peu de marge', 'marge insuffisante', 'marge trop faible', 'pas assez de marge'],
      en: ['too little margin', 'not enough margin', 'margin too thin', 'thin margin*'],
    },
  },
  {
    // Our stops and hand-offs, terse: "Kunde gesperrt", "fired as a client", "transféré au distributeur".
    concept: 'restriction',
    weight: 2.6,
    forms: {
      de: ['kunde gesperrt', 'kunden gesperrt', 'kd gesperrt', 'offene posten', 'wegen op gesperrt'],
    },
  },
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['fired as a client', 'fired as client', 'fired them as', 'fired the account'],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      fr: ['transfere* ~ distributeur', 'passe* ~ distributeur', 'confie* ~ distributeur', 'bascule* ~ distributeur', 'transfere* ~ revendeur'],
      es: ['pasad* ~ distribuidor', 'transferid* ~ distribuidor', 'derivad* ~ distribuidor'],
      pt: ['passad* ~ distribuidor', 'transferid* ~ distribuidor', 'repassad* ~ distribuidor', 'passad* ~ revenda'],
    },
  },
  {
    // Bought by a fund, suppliers consolidated: "compra por fondo, consolidación de proveedores".
    concept: 'acquired',
    weight: 2.6,
    forms: {
      en: ['bought by a fund', 'bought by pe', 'pe buyout', 'vendor consolidation', 'supplier consolidation'],
      de: ['lieferanten konsolidiert', 'lieferantenkonsolidierung', 'von einem fonds gekauft'],
      fr: ['rachat par un fonds', 'consolidation ~ fournisseurs', 'rachete* par un fonds'],
      es: ['compra por ~ fondo', 'comprada por ~ fondo', 'comprados por ~ fondo', 'fondo de inversion', 'consolidacion de proveedores'],
      pt: ['compra por ~ fundo', 'comprada por ~ fundo', 'comprados por ~ fundo', 'fundo de investimento', 'consolidacao de fornecedores'],
    },
  },
  {
    // Stock bought off a liquidation: a one-off cheap lot, not their closure ("one-time deal from a liquidator").
    concept: 'promo',
    weight: 2.6,
    forms: {
      en: ['from ~ liquidator*', 'via ~ liquidator*', 'liquidator stock', 'liquidation stock'],
      de: ['vom insolvenzverwalter', 'aus ~ insolvenzmasse', 'restposten aus'],
      fr: ['aupres ~ liquidateur', 'stock de liquidation', 'chez ~ liquidateur'],
      es: ['de ~ liquidador', 'stock de liquidacion', 'a ~ liquidador'],
      pt: ['de ~ liquidante', 'estoque de liquidacao', 'do ~ liquidante'],
    },
  },
  {
    // Their start that never happened, and tickets left unresolved: "never went live", "tickets non résolus".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['never went live', 'never got live', 'never live', 'go live never happened', 'bad onboarding', 'poor onboarding', 'failed onboarding'],
      de: ['nie live gegangen', 'nie produktiv', 'nie in betrieb', 'schlechtes onboarding', 'onboarding schlecht', 'onboarding gescheitert'],
      fr: ['jamais en production', 'jamais passe* en production', 'jamais demarre*', 'onboarding rate', 'mauvais onboarding', 'onboarding mal fait'],
      es: ['nunca arrancaron', 'nunca entraron en produccion', 'nunca salio en vivo', 'onboarding malo', 'mal onboarding', 'onboarding deficiente'],
      pt: ['nunca entraram em producao', 'nunca entrou em producao', 'nunca rodou', 'onboarding ruim', 'onboarding mal feito', 'implantacao ruim', 'treinamento ruim'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.2,
    forms: {
      en: ['tickets ~ unresolved', 'never resolved', 'left unresolved'],
      de: ['tickets ~ offen', 'nie gelost', 'nicht gelost'],
      fr: ['non resolu*', 'pas resolu*', 'jamais resolu*', 'restes ouverts', 'tickets ~ ouverts'],
      es: ['sin resolver', 'nunca resuelto*', 'no resuelto*', 'tickets ~ abiertos'],
      pt: ['sem solucao', 'nunca resolvid*', 'nao resolvid*', 'chamados ~ abertos'],
    },
  },
  {
    // What they needed, in the verb reps use: "Kd. braucht Mehrmandanten", "necesitaba app móvil".
    concept: 'requirement',
    weight: 1.4,
    forms: {
      de: ['braucht', 'brauchte', 'brauchten', 'benotigt', 'benotigte', 'benotigten'],
      fr: ['avait besoin de', 'avaient besoin de', 'a besoin de', 'ont besoin de'],
      es: ['necesitaba', 'necesitaban', 'necesita', 'necesitan'],
      pt: ['precisava', 'precisavam', 'precisa de', 'necessitava', 'necessitavam'],
    },
  },
  {
    // A major incident named by its priority: "3 P1s in 6 wks", "Sev1 outage", "all ours".
    concept: 'our_failure',
    weight: 2.2,
    forms: {
      en: ['p1', 'p1s', 'sev1', 'sev1s', 'sev 1', 'severity 1', 'priority 1 incident*', 'major incident*', 'critical incident*', 'all ours', 'all on us'],
      de: ['schwerwiegende storung*', 'kritische storung*', 'prio 1'],
      fr: ['incident* critique*', 'incident* majeur*', 'priorite 1'],
      es: ['incidencia* critica*', 'incidente* critico*', 'prioridad 1'],
      pt: ['incidente* critico*', 'incidente* grave*', 'prioridade 1'],
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
  {
    // A seasonal business idle for now: "seasonal business, off until spring".
    concept: 'need_gone',
    weight: 2.2,
    forms: {
      en: ['seasonal business', 'off season', 'offseason', 'off until', 'closed for the season'],
      de: ['saisonbetrieb', 'saisonal geschlossen', 'ausserhalb der saison', 'nebensaison'],
      fr: ['hors saison', 'basse saison', 'activite saisonniere', 'ferme pour la saison'],
      es: ['fuera de temporada', 'temporada baja', 'negocio de temporada', 'cerrado por temporada'],
      pt: ['fora de temporada', 'baixa temporada', 'negocio sazonal', 'fechado na temporada'],
    },
  },
  {
    // They pay more by a figure: "paid 10% more for comp's same-day service", "zahlen jetzt 8 % mehr".
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['paid _ _ more', 'pay _ _ more', 'pays _ _ more', 'paying _ _ more', 'paid _ more', 'pay _ more', 'pays _ more', 'paying _ more'],
      de: ['zahlen _ _ mehr', 'zahlt _ _ mehr', 'zahlen jetzt _ _ mehr', 'zahlt jetzt _ _ mehr', 'zahlen _ mehr', 'zahlt _ mehr'],
      fr: ['paient _ _ plus', 'payent _ _ plus', 'paie _ _ plus', 'paient _ _ de plus', 'payent _ _ de plus'],
      es: ['pagan _ _ mas', 'paga _ _ mas', 'pagan un _ _ mas', 'pagaron _ _ mas'],
      pt: ['pagam _ _ mais', 'paga _ _ mais', 'pagaram _ _ mais', 'pagam _ _ a mais'],
    },
  },
  {
    // A rival "buying the business": winning below its own cost.
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      // (Not "at a loss" or "below cost" alone: we sell at a loss too, and let such accounts go.)
      en: ['buying the business', 'buying the deal', 'bought the deal', 'buy the deal', 'buying the account', 'loss leader*'],
      de: ['den auftrag gekauft', 'auftrag eingekauft'],
      fr: ['achete le marche', 'achete le contrat'],
      es: ['compraron el contrato', 'compraron la cuenta'],
      pt: ['compraram o contrato', 'compraram a conta'],
    },
  },
  {
    // Our stock ran out: "rotura de stock", "falta de estoque".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      de: ['lieferengpass*', 'nicht lieferbar', 'ausverkauft'],
      fr: ['rupture* de stock', 'en rupture', 'pas de stock'],
      es: ['rotura de stock', 'quiebre de stock', 'falta de stock', 'sin stock', 'falta de inventario'],
      pt: ['falta de estoque', 'ruptura de estoque', 'sem estoque', 'estoque zerado'],
    },
  },
  {
    // Our work done badly, in two words: "bad install", "botched rollout", "schlechte Montage", "mala instalación".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['bad @work', 'poor @work', 'failed @work', 'botched @work', 'sloppy @work', 'messed up @work', 'rough @work', 'broken @work', '@work went wrong'],
      de: ['schlecht* @work', 'fehlerhaft* @work', 'misslungen* @work', 'verpfuscht* @work', '@work misslungen', '@work schiefgelaufen', '@work gescheitert'],
      fr: ['mauvais* @work', '@work ratee*', '@work rate', '@work bacle*', '@work mal faite'],
      es: ['mala @work', 'mal @work', 'pesima @work', '@work fallida', '@work mal hecha', '@work defectuosa'],
      pt: ['ma @work', '@work ruim', '@work mal feita', '@work falhou', '@work com defeito', 'pessima @work'],
    },
  },
  {
    // Lost on the technical part of an evaluation: "lost on tech score", "technische Bewertung verloren".
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      // (Not "tech score" alone: "won on tech score, lost on price" is a price loss.)
      en: ['lost on tech*', 'lost on the technical', 'lower tech score', 'lower technical score', 'scored lower on', 'lost on functionality', 'lost on features'],
      de: ['technisch schlechter bewertet', 'an der technik gescheitert', 'technisch unterlegen'],
      fr: ['note technique inferieure', 'perdu sur la technique', 'perdu sur le technique'],
      es: ['nota tecnica inferior', 'perdimos en lo tecnico', 'perdido en lo tecnico'],
      pt: ['nota tecnica menor', 'perdemos na parte tecnica', 'perdido na parte tecnica'],
    },
  },
];
