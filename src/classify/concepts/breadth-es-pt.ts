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
  {
    // A new owner told as bought by, passed into the hands of, a fund.
    concept: 'acquired',
    weight: 2.5,
    forms: {
      es: [
        'compro una multinacional', 'los compro una', 'las compro una', 'la compro una', 'los compraron', 'las compraron',
        'paso a manos de', 'pasaron a manos de', 'cambio de manos', 'cambio de propiedad',
        'un fondo compro', 'un fondo de inversion', 'entro un fondo', 'los absorbio un', 'las absorbio un', 'la absorbio un',
      ],
      pt: [
        'passou para as maos de', 'passou as maos de', 'mudou de dono', 'mudou de maos', 'um fundo comprou',
        'fundo de investimento', 'nova controladora', 'compra centralizada', 'compras centralizadas', 'passou a ser centralizad*', 'foram comprados', 'foram comprad*', 'foi absorvid*',
      ],
    },
  },
  {
    // Closure: Spanish "quebró" and Brazilian "a empresa quebrou" (went bust, not "broke"), closed for good.
    concept: 'closed',
    weight: 2.6,
    forms: {
      es: [
        'la empresa quebro', 'el cliente quebro', 'quebro la empresa', 'cerro definitivamente', 'cerraron definitivamente', 'cerro para siempre',
        'dejo de operar', 'dejaron de operar', 'dejo de existir', 'dejaron de existir', 'se fue a pique', 'entro en concurso',
      ],
      pt: [
        'empresa quebrou', 'cliente quebrou', 'quebrou de vez', 'fechou de vez', 'fecharam de vez',
        'fechou definitivamente', 'fecharam definitivamente', 'baixou as portas', 'deixou de operar',
        'deixaram de operar',
        'baixou o cnpj', 'baixaram o cnpj', 'baixa do cnpj', 'cnpj baixado', 'cnpj inativo', 'cnpj inapto', 'fechou portas',
        'fecharam portas',
      ],
    },
  },
  {
    concept: 'relocated',
    weight: 2.5,
    forms: {
      es: ['se muda', 'se mudan', 'se van a mudar', 'se trasladan', 'se van del pais', 'se fue del pais', 'se fueron del pais', 'se fueron a otra ciudad', 'se mudaron a otra ciudad', 'se cambiaron de ciudad'],
      pt: [
        'vai se mudar', 'vao se mudar', 'se muda', 'mudou se', 'mudaram se', 'foram para outra cidade',
        'sairam do estado', 'saiu do estado', 'sairam do pais', 'saiu do pais',
      ],
    },
  },
  {
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      es: [
        'demanda ~ se desplomo', 'ventas ~ se desplomaron', 'cayo la demanda', 'caida de la demanda', 'caida de ventas', 'caida de las ventas',
        'bajaron las ventas', 'cambiaron de modelo', 'ya no lo usan', 'dejaron de vender', 'dejo de vender esa', 'dejaron de comercializar', 'sin demanda', 'no hay demanda',
      ],
      pt: [
        'demanda ~ despencou', 'demanda ~ caiu', 'vendas ~ despencaram', 'vendas ~ cairam', 'queda na demanda',
        'queda nas vendas', 'queda de demanda', 'mudaram de modelo', 'deixaram de vender', 'pararam de vender', 'pararam de fabricar', 'pararam de produzir', 'nao tem mais demanda', 'sem demanda', 'nao ha mais demanda',
      ],
    },
  },
  {
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      es: [
        'no hay presupuesto', 'no hay partida', 'sin partida', 'sin partida presupuestaria', 'se quedaron sin presupuesto',
        'budget congelado', 'budget recortado', 'sin budget',
      ],
      pt: [
        'nao tem verba', 'nao ha verba', 'nao tem orcamento', 'cortaram o orcamento', 'sem budget', 'budget cortado',
        'cortaram o budget', 'ficaram sem verba', 'sem grana',
      ],
    },
  },
  {
    concept: 'regulation',
    weight: 1.6,
    forms: {
      es: ['dejo de estar permitid*', 'cambio normativo', 'por imperativo legal', 'exigencia legal', 'cambio la regla'],
      pt: ['deixou de ser permitid*', 'mudou a regra', 'mudaram a regra', 'mudanca na regra', 'exigencia legal', 'por forca de lei'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      es: [
        'denegaron la subvencion', 'sin subvencion', 'falta de fondos', 'pararon todo',
        'el proyecto se cayo', 'se cayo el proyecto', 'se cancelo el proyecto', 'abortaron el proyecto',
        'proyecto abortado',
      ],
      pt: [
        'o projeto caiu', 'projeto morreu', 'projeto engavetado', 'engavetaram o projeto', 'engavetad*',
        'nao saiu do papel', 'financiamento negado', 'negaram o financiamento', 'perderam o financiamento',
        'pararam tudo',
      ],
    },
  },
  {
    // Not worth it for us: zero margin, a small ticket.
    concept: 'unprofitable',
    weight: 2.5,
    forms: {
      es: [
        'margen nulo', 'margen cero', 'margen ridiculo', 'no nos salia a cuenta', 'no nos sale a cuenta',
        'no nos interesaba', 'no nos merecia la pena', 'no nos merece la pena', 'mas trabajo que beneficio', 'daba mas trabajo que', 'ticket bajo', 'ticket muy bajo',
        'ticket medio bajo',
      ],
      pt: [
        'ticket muito baixo', 'ticket baixo', 'ticket medio baixo', 'nao vale a pena para nos', 'nao valia a pena para nos',
        'nao vale a pena p nos', 'nao compensava para nos', 'nao compensava p nos', 'margem zero', 'margem zerada',
        'nao dava margem', 'mais trabalho do que retorno', 'dava mais trabalho do que',
      ],
    },
  },
  {
    // Our deliberate decision told as declining, refusing, giving up the account, "firing" the customer.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      es: [
        'declinamos', 'nos negamos', 'renunciamos a', 'preferimos no', 'preferimos dejar', 'lo despedimos como cliente',
        'despedimos al cliente', 'prescindimos del cliente', 'no aceptamos', 'no quisimos aceptar', 'le dijimos que no',
        'les dijimos que no', 'soltamos la cuenta', 'soltamos al cliente', 'nos bajamos del', 'no cedimos', 'no accedimos',
      ],
      pt: [
        'declinamos', 'abrimos mao', 'nos recusamos', 'preferimos nao', 'preferimos encerrar', 'dispensamos o cliente',
        'demitimos o cliente', 'dissemos que nao', 'largamos mao', 'nao aceitamos', 'nao cedemos', 'nao topamos', 'nao liberamos mais',
      ],
    },
  },
  {
    // Handed by us to a partner or the channel.
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      es: [
        'lo pasamos a un', 'los pasamos a un', 'lo pasamos al', 'los pasamos al', 'pasamos al cliente a',
        'lo pasamos a nuestro', 'a nuestro partner', 'lo derivamos al distribuidor',
        'pasarlo al canal', 'no es nuestro perfil', 'fuera de perfil', 'fuera de nuestro perfil', 'fuera del icp',
      ],
      pt: [
        'passamos o cliente', 'passamos a conta', 'repassamos o cliente', 'repassamos a conta',
        'p o distribuidor', 'para o distribuidor da regiao', 'passamos para o canal', 'pro canal', 'nao e nosso perfil', 'fora do perfil', 'fora do nosso perfil', 'fora do icp',
      ],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      es: ['no llegaba al volumen', 'no llega al volumen', 'no llegaba al minimo', 'no llega al minimo'],
      pt: ['nao atingia o minimo', 'nao atinge o minimo', 'nao batia o volume', 'nao chegava no minimo', 'nao chegava ao minimo'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      es: ['mal pagador', 'malos pagadores', 'mala paga', 'en asnef', 'fichero de morosos'],
      pt: ['mau pagador', 'mal pagador', 'maus pagadores', 'caloteir*', 'negativad*', 'nome sujo', 'no serasa'],
    },
  },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      es: ['fuera de contrato', 'fuera del contrato', 'trabajos extra sin pagar', 'extras sin pagar'],
      pt: ['fora do contrato', 'servicos extras sem pagar', 'extras sem pagar', 'queria tudo de graca'],
    },
  },
  {
    // The customer mistreated our people.
    concept: 'abusive',
    weight: 2.3,
    forms: {
      es: [
        'trataba fatal', 'trataban fatal', 'maltrataba', 'maltrataban', 'trataba muy mal', 'trataba mal a nuestr*',
        'cliente abusivo', 'cliente abusiva', 'faltaba al respeto a nuestr*', 'insultaba a nuestr*', 'cliente conflictivo', 'muy conflictivo',
      ],
      pt: ['maltratava', 'maltratavam', 'tratava mal a nossa', 'tratava mal nossa', 'tratava mal nossos', 'cliente abusivo', 'cliente encrenqueiro', 'cliente barraqueiro'],
    },
  },
  {
    // A guess, not a cause: "supongo que", "deve ter sido", "vai saber".
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: {
      es: [
        'supongo que', 'imagino que', 'sospecho que', 'debio ser', 'debe de haber sido', 'debe haber sido',
        'vaya usted a saber', 'ni idea', 'una suposicion',
        'parece que', 'al parecer', 'aparentemente', 'creo que', 'probablemente', 'posiblemente', 'no confirmado',
        'se rumorea', 'rumor*', 'especul*',
      ],
      pt: [
        'suponho que', 'imagino que', 'deve ter sido', 'vai saber', 'sei la', 'sabe se la', 'uma suposicao',
        'acho que', 'parece que', 'aparentemente', 'pelo visto', 'provavelmente', 'possivelmente', 'nao confirmado',
        'nao tenho certeza', 'boato*', 'especul*',
      ],
    },
  },
  {
    // Several causes, none decisive.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      es: ['un poco de todo', 'de todo un poco', 'un conjunto de cosas'],
      pt: ['um pouco de tudo', 'de tudo um pouco', 'um conjunto de coisas'],
    },
  },
  {
    // Nothing told: the customer vanished or put us off.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      es: ['nos dio largas', 'nos daba largas', 'dio largas', 'nos dejo en visto', 'se esfumo', 'no solto prenda', 'sin mas info'],
      pt: ['se esfumou', 'deu ghost', 'ghostou', 'enrolou', 'nos enrolou', 'sem mais info', 's info', 'sem info'],
    },
  },
];
