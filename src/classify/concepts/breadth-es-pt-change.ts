import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (es-pt: their change, our decision, no decisive cause): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts.
 * Shorthand reaches the matcher as tokens: "p/" → p, "c/" → c, "s/" → s, "x" (por) stays x, "q" → que,
 * "pq" → porque, "tb" → tambien (also for Portuguese "também"), "cte"/"cli" → cliente.
 */
export const BREADTH_ES_PT_CHANGE_CONCEPTS: ConceptSpec[] = [
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
        'al parecer', 'probablemente', 'posiblemente', 'no confirmado',
        'se rumorea', 'rumor*', 'especul*',
      ],
      pt: [
        'suponho que', 'imagino que', 'deve ter sido', 'vai saber', 'sei la', 'sabe se la', 'uma suposicao',
        'pelo visto', 'provavelmente', 'possivelmente', 'nao confirmado',
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
