import type { CueSpec } from './types';

/** Cues that say "lost to a competitor" without saying why (price or value). */
export const COMPETITOR_CUES: CueSpec[] = [
  {
    kind: 'competitor',
    weight: 1.0,
    phrases: [
      'competitor*', 'competition', 'competetor*', 'compeititor*', 'chose competitor', 'lost to', 'went with',
      'switched to', 'switching to', 'moved to a competitor', 'signed with', 'chose another', 'another vendor',
      'another supplier', 'another provider', 'other vendor', 'new vendor', 'new supplier', 'new provider', 'incumbent',
      'wettbewerb*', 'konkurren*', 'mitbewerber', 'anderen anbieter', 'anderer anbieter', 'concurren*', 'concorren*',
      'autre fournisseur', 'otro proveedor', 'outro fornecedor', 'proveedor', 'fornecedor', 'fournisseur',
    ],
  },
];

/** Phrases that look like cues but say nothing about the cause ("same service level"): they consume the words. */
export const NEUTRAL_CUES: CueSpec[] = [
  {
    kind: 'neutral',
    weight: 0,
    phrases: [
      'same service', 'same service level', 'same level of service', 'same quality', 'same product', 'same products',
      'similar service', 'mismo servicio', 'misma calidad', 'mismo producto', 'meme service', 'meme qualite',
      'meme produit', 'gleiche leistung', 'gleichen service', 'gleiche qualitat', 'mesmo servico', 'mesma qualidade',
      'mesmo produto', 'from our side', 'on our side', 'field service', 'servicio de campo', 'servico de campo',
      'service de terrain', 'service terrain', 'aussendienst', 'service app', 'customer service software',
    ],
  },
];

/** Reasons that say nothing: the rep must be asked (`undetermined`). */
export const VAGUE_CUES: CueSpec[] = [
  {
    kind: 'vague',
    weight: 2.5,
    phrases: [
      'no decision', 'went dark', 'gone dark', 'ghosted', 'unresponsive', 'stopped responding', 'stopped answering',
      'not responding', 'no reply', 'no answer', 'lost contact', 'see notes', 'see note', 'system cleanup',
      'bad timing', 'no reason', 'no reason given', 'not sure', 'dunno', 'no idea', 'could have been', 'might have been',
      'may have been', 'hard to say', 'nothing concrete', 'no clear reason', 'reason unclear', 'reason unknown',
      'not to move forward', 'not move forward', 'no response after', 'no answer after', 'decided not to proceed', 'not proceed', 'when the time is right',
      'keine entscheidung', 'keine ruckmeldung', 'funkstille', 'nicht erreichbar', 'grund unklar', 'grund unbekannt',
      'pas de decision', 'sans suite', 'donner suite', 'injoignable*', 'raison inconnue', 'sin decision',
      'sin respuesta del cliente', 'motivo desconocido', 'no sabemos', 'sem decisao', 'sem retorno', 'nao sabemos',
      'motivo desconhecido', 'nao deu retorno',
    ],
  },
  {
    kind: 'vague_short',
    weight: 2.5,
    phrases: [
      'other', 'others', 'n a', 'na', 'unknown', 'unclear', 'none', 'tbd', 'cleanup', 'clean up', 'duplicate', 'timing',
      'stalled', 'misc', 'ghost*', 'no response', 'sin respuesta', 'sem resposta', 'pas de reponse', 'sans reponse',
      'keine antwort', 'keine reaktion', 'no-decision', 'sonstig*', 'unbekannt', 'unklar', 'autre*', 'inconnu*', 'divers',
      'otro', 'otros', 'desconocid*', 'outro', 'outros', 'desconhecid*', 'not specified', 'unspecified', 'closed',
    ],
  },
];

/** Step II stability signals. */
export const STABILITY_CUES: CueSpec[] = [
  {
    kind: 'repeated',
    weight: 0,
    phrases: [
      'again', 'repeated*', 'recurring', 'recurrent', 'constant*', 'continuous*', 'ongoing', 'chronic*', 'systemic',
      'every time', 'every month', 'every quarter', 'every week', 'for months', 'for weeks', 'for a year',
      'multiple', 'several', 'many times', 'third time', 'second time', 'fourth time', 'over and over', 'kept',
      'keeps', 'always', 'all year', 'immer wieder', 'wiederholt*', 'standig*', 'dauernd', 'monatelang', 'mehrfach',
      'mehrere', 'zum dritten', 'encore', 'a nouveau', 'plusieurs', 'depuis des mois', 'constamment', 'recurrent*',
      'chaque mois', 'toujours', 'otra vez', 'de nuevo', 'repetid*', 'varias veces', 'durante meses', 'constantemente',
      'siempre', 'cada mes', 'de novo', 'novamente', 'varias vezes', 'ha meses', 'sempre', 'todo mes', 'recorrent*',
    ],
  },
  {
    kind: 'one_off',
    weight: 0,
    phrases: [
      'once', 'one-off', 'one off', 'one time', 'one-time', 'single', 'a single', 'isolated', 'one outage',
      'one incident', 'one bad', 'einmal*', 'einzig*', 'une fois', 'ponctuel*', 'unique', 'un seul', 'une seule',
      'una vez', 'puntual', 'un solo', 'una sola', 'uma vez', 'pontual', 'um unico', 'uma unica', 'isolad*',
    ],
  },
];
