import type { ConceptSpec } from './types';

/**
 * Terse CRM causes (gen9c), the rest of crm-terse.ts, in its order (the lexicon reads the two one after the other).
 */
export const CRM_TERSE_MORE_CONCEPTS: ConceptSpec[] = [
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
