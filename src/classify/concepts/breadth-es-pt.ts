import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (es-pt): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts.
 * Shorthand reaches the matcher as tokens: "p/" → p, "c/" → c, "s/" → s, "x" (por) stays x, "q" → que,
 * "pq" → porque, "tb" → tambien (also for Portuguese "também"), "cte"/"cli" → cliente.
 */
export const BREADTH_ES_PT_CONCEPTS: ConceptSpec[] = [
  {
    // Our price told as too high without "caro" ("salgada", "puxado", "un ojo de la cara"): price named, as "muy caro".
    concept: 'price_named',
    weight: 2.2,
    forms: {
      es: [
        'carisim*', 'precio desorbitado', 'precios desorbitados', 'un ojo de la cara', 'nos quedamos caros',
        'fuera de precio', 'nos salimos de precio', 'se les iba de precio', 'precio inasumible', 'precios inasumibles',
      ],
      pt: [
        'proposta salgada', 'preco salgado', 'valor salgado', 'ficou salgad*', 'salgada demais', 'salgado demais',
        'muito salgad*', 'ficou puxad*', 'muito puxad*', 'preco puxado', 'valor puxado', 'os olhos da cara',
        'ficamos caros', 'fora de preco', 'carissim*',
      ],
    },
  },
  {
    // A rival's lower price told as beating ours or as "more affordable".
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      es: [
        'mas asequible', 'mas asequibles', 'precio mas competitivo', 'precios mas competitivos', 'precio de derribo',
        'precio de risa', 'a precio de coste', 'a precio de costo', 'x menos', 'cobra menos x', 'mejoraron nuestro precio',
        'igualaron y bajaron', 'nos bajaron el precio', 'no pudimos competir en precio',
        'mas a cuenta', 'precio inferior', 'precios inferiores', 'economicamente mas ventajos*',
        'mejores condiciones', 'condiciones mejores', 'cotizo mas bajo', 'cotizaron mas bajo', 'cotizacion mas baja',
      ],
      pt: [
        'precinho', 'mais acessivel', 'mais acessiveis', 'preco mais competitivo', 'precos mais competitivos',
        'nao conseguia* bater', 'nao conseguimos bater', 'nao deu pra bater', 'nao deu para bater',
        'bateu nosso preco', 'bateram nosso preco', 'bateu a nossa proposta', 'bateram a nossa proposta',
        'cobriu nossa proposta', 'cobriram nossa proposta', 'cobriu a nossa proposta', 'cobriram a nossa proposta',
        'a preco de custo',
        'preco inferior', 'precos inferiores', 'valor inferior', 'financeiramente mais vantajos*', 'economicamente mais vantajos*',
        'melhores condicoes', 'condicoes melhores', 'cotou mais baixo', 'cotaram mais baixo', 'cotacao mais baixa',
        'cotacao menor',
      ],
    },
  },
  {
    // The rival's offer told as stronger, easier or closer to them.
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      es: [
        'mas intuitiv*', 'mas robust*', 'mas escalable', 'mas agil', 'mas sencill* de usar', 'mas facil de manejar',
        'supera a nuestr*', 'supera nuestr*', 'superaba nuestr*', 'superaba a nuestr*', 'mejor que el nuestro',
        'mejor que la nuestra', 'mejor que lo nuestro', 'les convencio mas', 'les gusto mas', 'almacen al lado',
        'almacen cerca', 'almacen en su zona', 'cobertura local', 'mas cerca de su', 'mas cerca de sus',
        'mas prestigio', 'mejor reputacion', 'marca mas conocida', 'mas madur*', 'mas prestaciones', 'mejores prestaciones',
        'se integra* mejor', 'integra mejor', 'mejores condiciones tecnicas',
      ],
      pt: [
        'mais robust*', 'mais intuitiv*', 'mais escalavel', 'mais facil de mexer', 'melhor que o nosso',
        'melhor que a nossa', 'supera o nosso', 'supera a nossa', 'superava o nosso', 'superava a nossa',
        'gostaram mais', 'curtiram mais', 'deposito perto', 'deposito ao lado', 'estoque local',
        'entrega no mesmo dia', 'mais perto deles',
        'mais madur*', 'mais renome', 'melhor reputacao', 'marca mais forte', 'marca mais conhecida', 'mais recursos',
        'integra melhor', 'se integrava melhor', 'melhores condicoes tecnicas',
      ],
    },
  },
  {
    // Our failures told as a mess, botched or not up to it; Brazilian IT slang for crashes and no-shows.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      es: [
        'nunca se present*', 'no aparecio', 'nunca aparecio', 'no aparecimos', 'fue un desastre', 'un desastre',
        'fue un caos', 'un caos', 'una chapuza', 'chapuz*', 'dejo mucho que desear', 'dejaba mucho que desear',
        'deja mucho que desear', 'dejaron mucho que desear', 'se nos paso', 'se nos pasaron', 'entregamos mal',
        'lo entregamos mal', 'mandamos mal',
        'llegaban rotos', 'llegaron rotos', 'llegaban rotas', 'llegaron rotas', 'se colgaba', 'se colgaban', 'una porqueria',
        'una basura', 'nos pasamos del plazo', 'con faltantes', 'venia* con faltantes', 'llego con faltantes',
      ],
      pt: [
        'avariad*', 'deixou a desejar', 'deixou muito a desejar', 'deixava a desejar', 'deixava muito a desejar',
        'deixa a desejar', 'deixaram a desejar', 'uma bagunca', 'foi uma bagunca', 'um caos', 'foi um caos',
        'um desastre', 'foi um desastre', 'vacilamos', 'furou a visita', 'furou a entrega', 'furamos', 'deu pau',
        'dava pau', 'bugou', 'bugado', 'bugada', 'gambiarra*', 'faltou a visita', 'faltou na visita',
        'entregamos errado', 'mandamos errado',
        'vivia caindo', 'caia toda hora', 'travava', 'travavam', 'estouramos o prazo', 'estourou o prazo', 'prazo estourado',
        'uma porcaria', 'uma droga', 'chegou faltando', 'chegavam faltando', 'veio faltando', 'vinha faltando',
      ],
    },
  },
  {
    // Fed up with us: Portuguese clitics after the verb ("fartou-se" reads as fartou se).
    concept: 'poor_service',
    weight: 2,
    forms: {
      es: ['se harto de', 'se cansaron de', 'se canso de nosotros', 'hasta las narices'],
      pt: ['fartou se', 'fartaram se', 'se fartou', 'se fartaram', 'de saco cheio', 'encheu o saco'],
    },
  },
  {
    // Our neglect: calls not returned, the customer ignored or left aside.
    concept: 'neglect',
    weight: 2.2,
    forms: {
      es: [
        'no le devolvi* ~ llamada*', 'no les devolvi* ~ llamada*', 'no devolvimos ~ llamada*', 'no le devolvimos',
        'no les devolvimos', 'nadie le devolvio', 'nadie les devolvio', 'no le hicimos caso', 'no les hicimos caso',
        'lo teniamos olvidado', 'los teniamos olvidados', 'lo tuvimos olvidado', 'lo dejamos tirado',
        'los dejamos tirados', 'cuenta huerfana', 'sin comercial asignado', 'sin ejecutivo asignado',
        'nadie le dio seguimiento', 'nadie les dio seguimiento', 'no le dimos seguimiento', 'no les dimos seguimiento',
        'no hicimos seguimiento', 'no dimos seguimiento', 'tard* ~ en contestar', 'dias en contestar',
      ],
      pt: [
        'nao demos bola', 'nao demos atencao', 'nao retornamos ~ ligac*', 'ninguem retornou ~ ligac*',
        'deixamos de lado', 'deixamos o cliente de lado', 'conta orfa', 'sem gerente de conta', 'largamos o cliente',
        'deixamos no vacuo', 'ficou no vacuo', 'ficaram no vacuo',
        'nao demos seguimento', 'ninguem deu seguimento', 'nao fizemos follow up', 'ninguem fez follow up',
      ],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      es: ['muy borde', 'fue borde', 'se puso borde', 'de malas maneras', 'con malos modos', 'malos modos', 'malas formas', 'muy arrogante', 'fue arrogante'],
      pt: ['foi estupido', 'foi estupida', 'foi rude', 'muito rude', 'foi mal educado', 'foi mal educada', 'muito arrogante', 'foi arrogante'],
    },
  },
  {
    // Sold more than we could deliver: "vender humo", "gato por liebre".
    concept: 'broken_promise',
    weight: 2.3,
    forms: {
      es: ['vendimos humo', 'le vendimos humo', 'les vendimos humo', 'prometimos de mas', 'no entregamos lo prometido', 'gato por liebre'],
      pt: ['prometemos demais', 'prometemos mais do que', 'nao entregamos o prometido', 'nao entregamos o que prometemos', 'gato por lebre'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      es: [
        'cobramos dos veces', 'facturamos dos veces', 'le cobramos dos veces', 'les cobramos dos veces', 'cobrado doble',
        'cobro doble', 'factura mal hecha', 'facturas mal hechas',
      ],
      pt: [
        'cobramos duas vezes', 'faturamos duas vezes', 'cobramos em dobro', 'cobranca dobrada', 'boleto duplicado',
        'boletos duplicados', 'nf errada', 'nfs erradas', 'nota fiscal errada',
      ],
    },
  },
];
