import type { ConceptSpec } from './types';

/**
 * Step I, acts told as what somebody did rather than named: our crew skipped the pump-outs, the readings
 * we sent were wrong, the stand was only ready on opening morning (our failure); we stopped servicing the
 * coast, handed the account to a dealer, kept the minimum order knowing they would leave (our decision);
 * the site is on hold until the budget passes (their change, for now); "a closed matter", "nobody explained
 * why" (no cause at all). Who acted is still read from the clause (read-actors.ts).
 */
export const TOLD_ACT_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: [
        'skipped', 'skipping', 'arrived short', 'came up short', 'came in short', 'delivered short', 'ran short',
        'were wrong', 'was wrong', 'came back late', 'came back wrong', 'ready late', 'finished late', 'not ready in time', 'not ready on time',
      ],
      de: [
        'erst ~ fertig', 'nicht rechtzeitig fertig', 'nicht fertig', 'zu spat fertig', 'waren falsch', 'war falsch', 'ausgelassen',
        'ubersprungen', 'nicht erschienen', 'nicht gekommen', 'kam nicht', 'kamen nicht', 'nicht geliefert', 'unvollstandig geliefert',
      ],
      fr: [
        'ont ete faux', 'ont ete fausses', 'etaient faux', 'etaient fausses', 'etait faux', 'etait fausse', 'vient de chez nous',
        'venait de chez nous', 'notre faute', 'de notre fait', 'pas venu', 'pas venus', 'jamais venu', 'saute* ~ passage*', 'oublie* ~ passage*',
      ],
      es: [
        'estaban mal', 'estuvieron mal', 'salieron mal', 'no vino', 'no vinieron', 'no se presento', 'no se presentaron', 'falto a',
        'faltaron a', 'nuestra culpa', 'fue culpa nuestra', 'llego incompleto', 'llegaron incompletos',
      ],
      pt: [
        'estavam errad*', 'vieram errad*', 'faltou ~ visita*', 'faltaram ~ visita*', 'faltou as', 'faltou aos', 'nao veio', 'nao vieram',
        'culpa nossa', 'nossa culpa', 'chegou incomplet*', 'chegaram incomplet*',
      ],
    },
  },
  {
    concept: 'exit_named',
    weight: 2.4,
    forms: {
      en: [
        'stopped servicing', 'stop servicing', 'no longer service', 'no longer servicing', 'stopped serving the ~ zone', 'stopped serving the ~ region',
        'stopped serving the ~ area', 'pulled out of the ~ region', 'pulled out of the ~ zone', 'exited the ~ region', 'withdrew from the ~ region',
        'held the line', 'stuck to our policy', 'stuck to the policy', 'kept the rule', 'kept our minimum', 'even if it meant losing',
        'knowing they would leave', 'knowing they would walk', 'knowing it would lose',
      ],
      de: [
        'an der regel festgehalten', 'an unserer regel festgehalten', 'daran festgehalten', 'trotzdem beibehalten', 'bewusst beibehalten',
        'auch wenn sie ~ gehen', 'in kauf genommen', 'beliefern ~ nicht mehr', 'gebiet aufgegeben', 'region aufgegeben',
      ],
      fr: [
        'maintenu la regle', 'maintenu notre', 'maintenu le minimum', 'meme s il devait partir', 'meme s ils devaient partir',
        'quitte a le perdre', 'quitte a les perdre', 'en sachant que', 'ne desservons plus', 'ne livrons plus', 'arrete de desservir',
      ],
      es: [
        'mantuvimos la regla', 'mantuvimos la politica', 'mantuvimos el minimo', 'aunque se fueran', 'aunque se fuera', 'a sabiendas',
        'sabiendo que se iria*', 'dejamos de atender la zona', 'dejamos de cubrir',
      ],
      pt: [
        'mantivemos a regra', 'mantivemos a politica', 'mantivemos o minimo', 'mesmo que saisse*', 'sabendo que sairia*', 'deixamos de atender a regiao',
        'deixamos de cobrir',
      ],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'reassigned to ~ dealer', 'reassigned to ~ partner', 'reassigned to ~ reseller', 'reassigned to ~ distributor', 'handed to ~ dealer',
        'handed to ~ partner', 'handed over to ~ partner', 'handed over to ~ dealer', 'moved to ~ dealer', 'carve out', 'coverage model',
      ],
      de: ['an ~ handler ubergeben', 'an ~ partner ubergeben', 'an ~ vertriebspartner abgegeben', 'an ~ partner abgegeben'],
      fr: ['transfere a ~ revendeur', 'transfere a ~ partenaire', 'confie a ~ partenaire', 'confie a ~ revendeur'],
      es: ['traspasado a ~ distribuidor', 'pasado a ~ distribuidor', 'asignado a ~ distribuidor', 'asignado a ~ socio'],
      pt: ['repassado a ~ revenda', 'repassado ao ~ distribuidor', 'passado para ~ revenda', 'passado para ~ parceiro'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      de: ['bleibt ~ zu', 'bleibt ~ geschlossen', 'vorubergehend geschlossen', 'ruht', 'ruhen', 'liegt auf eis', 'auf eis gelegt'],
      fr: ['chantier ~ arrete', 'chantier ~ suspendu', 'en suspens', 'ferme pour travaux', 'ferme pour la saison'],
      es: ['obra ~ parada', 'esta parada', 'queda suspendid*', 'quedo suspendid*', 'paralizad*', 'en pausa', 'cerrado por obras'],
      pt: ['obra ~ parada', 'esta parada', 'fica suspens*', 'ficou suspens*', 'paralisad*', 'em pausa', 'fechado para obras'],
      en: ['on hold until', 'paused until', 'closed for renovation', 'closed for the season', 'shut for the season'],
    },
  },
  {
    concept: 'regulation',
    weight: 2.4,
    forms: {
      de: ['durfen nicht mehr', 'darf nicht mehr', 'nicht mehr zugelassen', 'nicht mehr erlaubt', 'keine zulassung mehr'],
      en: ['no longer permitted', 'no longer allowed', 'not allowed anymore', 'no longer approved'],
      fr: ['ne sont plus autorise*', 'ne est plus autorise*', 'plus autorise*'],
      es: ['ya no se permite*', 'ya no esta permitid*', 'ya no estan permitid*'],
      pt: ['nao e mais permitid*', 'nao sao mais permitid*', 'deixou de ser permitid*'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'nobody explained', 'no one explained', 'never told us what', 'never told us why', 'without saying why', 'no other reason*',
        'never said what', 'would not say what', 'never explained',
      ],
      de: ['ohne begrundung', 'keine begrundung', 'niemand hat ~ erklart', 'ohne angabe von grunden', 'nicht begrundet', 'ohne grund'],
      fr: ['sans explication', 'sans donner de raison', 'personne ne a explique', 'sans raison', 'sans motif', 'sans justification'],
      es: ['sin explicacion', 'nadie explico', 'sin dar motivo*', 'sin dar razon*', 'sin explicar', 'no explico el motivo'],
      pt: ['ninguem explicou', 'sem explicacao', 'sem dar motivo*', 'sem explicar', 'nao explicou o motivo', 'nao disse o motivo'],
    },
  },
  {
    // Words that look like a cause and are not: "called it a closed matter", "ein abgeschlossenes Thema".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['closed matter', 'closed case', 'closed chapter', 'closed book', 'closed subject', 'closed topic'],
      de: ['abgeschlossenes thema', 'abgeschlossene sache', 'erledigte sache'],
      fr: ['affaire classee', 'dossier clos', 'sujet clos'],
      es: ['asunto cerrado', 'tema cerrado', 'caso cerrado'],
      pt: ['assunto encerrado', 'caso encerrado', 'assunto fechado'],
    },
  },
];
