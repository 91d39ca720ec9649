import type { LanguagePack } from './pack';

export const PT: LanguagePack = {
  picklist: {
    bought_away: ['Preço', 'Muito caro'],
    pulled_away: ['Funcionalidades', 'Produto do concorrente'],
    unintentionally_pushed_away: ['Problemas de serviço', 'Suporte'],
    moved_away: ['Aquisição', 'Fechamento', 'Internalizaram'],
    intentionally_pushed_away: ['Não rentável', 'Inadimplência'],
    undetermined: ['Outro', 'Sem decisão'],
  },
  short: {
    bought_away: ['foram pra {competitor}, {pct}% mais barato', 'preço, {competitor} cobriu nossa proposta', 'compras escolheu o menor preço', 'cortaram orçamento, pegaram opção mais barata'],
    pulled_away: ['{competitor} tem integração nativa com o ERP', 'queriam plataforma completa num só fornecedor', 'app mobile da {competitor} é melhor', 'faltou suporte a várias filiais'],
    unintentionally_pushed_away: ['muitas quedas, suporte não responde', 'erros de cobrança repetidos', 'migração de {month} deu errado', 'atraso na entrega dos leitores'],
    moved_away: ['comprados pela {acquirer}, grupo usa outra ferramenta', 'fecharam a fábrica de {city}', 'internalizaram o serviço', 'pediram recuperação judicial'],
    intentionally_pushed_away: ['não renovamos, inadimplente', 'cliente não rentável, custo alto de atendimento', 'diretoria decidiu encerrar'],
    undetermined: ['sumiram', 'outro', 'sem retorno após a proposta', 'perdido'],
  },
  long: {
    bought_away: ['Ligação com {contact}: vão migrar para a {competitor} no fim do contrato. O fator decisivo foi preço, cerca de {pct}% abaixo da nossa renovação. Estavam satisfeitos com o produto.'],
    pulled_away: ['{contact} explicou a decisão: a {competitor} cobre estoque e serviço de campo numa única plataforma. Preço parecido. Nosso {product} é bom mas visto como solução isolada.'],
    unintentionally_pushed_away: ['Sendo honesto: falhamos com eles. Depois da atualização de {month} a sincronização da unidade de {city} ficou fora quase três semanas. {contact} escalou duas vezes sem resposta. Vão para a {competitor}. Cabe uma ligação de desculpas.'],
    moved_away: ['{contact} avisou que foram adquiridos pela {acquirer} em {month}. O grupo impõe sua própria plataforma. Nada a ver conosco, estavam satisfeitos.'],
    intentionally_pushed_away: ['Decisão da diretoria de não renovar. A conta gerava mais horas de suporte que receita e contestava toda fatura. Oferecemos transição tranquila e indicamos a {competitor}.'],
    undetermined: ['Tentei falar com {contact} várias vezes sobre a renovação, sem retorno. Contrato venceu no fim de {month}.'],
  },
  failureTickets: ['Sincronização fora do ar em {city}', 'Fatura {invoice} cobrada em dobro', 'URGENTE: app travando', 'Dados sumiram após migração'],
  noiseTickets: ['Como exportar relatório?', 'Redefinir senha'],
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  renewalWord: 'Renovação',
  accountNotes: ['Reunião trimestral boa, {contact} satisfeito.', 'Conversamos sobre expansão em {city}.'],
};
