import type { DefectionSegment } from '../../../src/types';
import { classifyText as classify, expectDecidedByOwnWords } from './classify-text';

// Loss reasons in Spanish and Portuguese as reps write them (our own sentences, none from an evaluation set):
// the cause is told in words, idioms or CRM shorthand ("cte", "cli", "q", "x", "p/", "c/", "pq") that the
// lexicon read as nothing, or as a weaker red herring, before its es-pt breadth forms.
const CASES: ReadonlyArray<readonly [DefectionSegment, string]> = [
  ['bought_away', 'Cli achou nossa proposta salgada demais e fechou c/ outro.'],
  ['bought_away', 'Concorrente deu um precinho q a gente não conseguia bater.'],
  ['bought_away', 'A nossa proposta ficou muito puxada para eles.'],
  ['pulled_away', 'Les convenció más la herramienta de la competencia, mucho más intuitiva.'],
  ['pulled_away', 'Cli escolheu o concorrente pq a ferramenta deles é bem mais robusta.'],
  ['pulled_away', 'El rival supera nuestra herramienta en reporting y analítica.'],
  ['pulled_away', 'Se fueron con un proveedor que tiene almacén al lado de su planta.'],
  ['unintentionally_pushed_away', 'Le cobramos dos veces la misma factura y se enfadó.'],
  ['unintentionally_pushed_away', 'Nuestro comercial no le devolvió las llamadas en un mes.'],
  ['unintentionally_pushed_away', 'El técnico nunca se presentó a la instalación.'],
  ['unintentionally_pushed_away', 'Nuestro comercial fue muy borde con el cliente.'],
  ['unintentionally_pushed_away', 'Mandamos a mercadoria toda avariada.'],
  ['unintentionally_pushed_away', 'O nosso técnico faltou à visita e o cliente fartou-se.'],
  ['unintentionally_pushed_away', 'Se nos pasó renovar la licencia y perdieron el acceso.'],
  ['unintentionally_pushed_away', 'Nosso atendimento deixou muito a desejar.'],
  ['unintentionally_pushed_away', 'A implantação foi uma bagunça do começo ao fim.'],
  ['moved_away', 'Los compró una multinacional y ahora compran desde la central.'],
  ['moved_away', 'Cte se muda a Portugal el año q viene.'],
  ['moved_away', 'A empresa do cliente quebrou no ano passado.'],
  ['moved_away', 'O governo mudou a regra e o produto deixou de ser permitido.'],
  ['moved_away', 'A demanda deles despencou com a crise.'],
  ['moved_away', 'Han parado el proyecto por falta de fondos.'],
  ['intentionally_pushed_away', 'No nos interesaba seguir con ellos, margen nulo.'],
  ['intentionally_pushed_away', 'Não vale a pena p/ nós atender esse cli, ticket muito baixo.'],
  ['intentionally_pushed_away', 'Nós abrimos mão da conta.'],
  ['intentionally_pushed_away', 'Passamos o cliente p/ o distribuidor da região.'],
  ['intentionally_pushed_away', 'Lo pasamos a un partner pq no llegaba al volumen.'],
  ['intentionally_pushed_away', 'Declinamos participar en la licitación.'],
  ['undetermined', 'Supongo que fue por precio, pero el cte nunca lo confirmó.'],
  ['undetermined', 'O cliente se esfumou, suponho que pelo preço.'],
];

describe('es-pt breadth: causes told in other words', () => {
  it.each(CASES)('%s: %j', (expected, text) => {
    const result = classify(text);
    expect(result.segment).toBe(expected);
    expectDecidedByOwnWords(text, result);
  });
});
