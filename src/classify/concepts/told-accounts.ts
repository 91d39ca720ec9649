import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I in accounts that report what others said: the customer's claim going round ("va contando que nos
 * pusimos carísimos"), the rep's own wrong guess ("I assumed that was it"), several rumours none confirmed
 * ("mal heißt es ..., mal ..."), a question met with silence ("il a souri sans répondre"), and the acts such
 * accounts tell: our decision owned ("la decisión fue nuestra"), routes dropped, visits skipped, a fleet sold,
 * lines converted, an event not held this year.
 */
export const TOLD_ACCOUNT_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'exit_named',
    weight: 2.6,
    forms: {
      en: ['the decision was ours', 'decision was ours', 'from the route map', 'from our routes', 'off the route map', 'dropped their postcode', 'dropped their area'],
      de: ['die entscheidung lag bei uns', 'entscheidung war unsere', 'aus der tour genommen', 'aus unserer tour'],
      fr: ['la decision etait la notre', 'decision etait la notre', 'retire de nos tournees', 'sorti de nos tournees'],
      es: ['la decision fue nuestra', 'decision fue nuestra', 'decidio no ~ mas', 'decidimos no ~ mas', 'se lo comunicamos por carta', 'dejamos de atender ~ zona', 'dejamos de atender ~ region', 'dejamos de atender ~ provincia'],
      pt: ['a decisao foi nossa', 'decisao foi nossa', 'deixamos de atender o interior', 'deixamos de atender ~ regiao', 'deixamos de atender ~ zona', 'deixamos de atender ~ estado'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: ['in pilot', 'ours is in pilot', 'in a pilot', 'piloting it'],
      de: ['im pilot*', 'in der pilotphase'],
      fr: ['en pilote', 'en phase pilote'],
      es: ['en piloto', 'en fase piloto'],
      pt: ['em piloto', 'em fase piloto'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: ['took us ~ days', 'took us weeks', 'no showed'],
      de: ['teilweise gepruft', 'nicht vollstandig gepruft', 'nur oberflachlich'],
      fr: ['a saute', 'avons saute', 'ont saute'],
      es: ['nos saltamos', 'saltamos', 'se salto', 'se saltaron', 'no pasaron las revisiones', 'no hicieron las revisiones', 'no hicieron el mantenimiento'],
      pt: ['pulamos', 'pulou', 'pularam', 'tecnicos diferentes', 'sem historico', 'nao fizeram as revisoes', 'nao fizeram a manutencao'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: { en: ['half our', 'half of our', 'half what we', 'a fifth less', 'a quarter less', 'a third less'] },
  },
  {
    concept: 'need_gone',
    weight: 2.3,
    forms: {
      en: ['sold the fleet', 'sold their fleet', 'converted both lines', 'converted ~ lines', 'left to collect', 'nothing left to', 'not held this year', 'not running this year'],
      de: ['flotte verkauft', 'findet ~ nicht statt', 'auf dosen umgestellt', 'umgestellt auf'],
      fr: ['a vendu sa flotte', 'vendu la flotte', 'ne a pas lieu'],
      es: ['vendio la flota', 'vendieron la flota', 'no se celebra', 'no se hace este ano'],
      pt: ['vendeu a frota', 'venderam a frota', 'nao vai acontecer', 'nao acontece este ano'],
    },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: { en: ['he had used there', 'she had used there', 'used there for', 'brought in the ~ he', 'brought in the ~ she'] },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['nobody has told me which', 'neither of the two', 'none of those'],
      de: ['mal heisst es', 'keiner dieser punkte', 'bestatigt hat mir keiner', 'keines von beiden', 'niemand hat gesagt'],
      fr: ['personne ne a dit', 'aucune des deux', 'aucun de ces'],
      es: ['nadie dijo', 'ninguna de las dos', 'ninguno de los dos'],
      pt: ['ninguem disse', 'nenhuma das duas', 'nenhum dos dois'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: ['rather not get into', 'would rather not say', 'without answering', 'a different path'],
      de: ['weiss ~ keiner', 'weiss niemand', 'keiner so genau', 'ohne zu antworten'],
      fr: ['motif non communique', 'raison non communiquee', 'sans repondre', 'autres choix'],
      es: ['no confirmo', 'sin responder', 'otro camino'],
      pt: ['sem responder', 'nao confirmou', 'outro caminho'],
    },
  },
  {
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: { en: ['not so sure', 'am not sure'], de: ['bin mir nicht sicher'], fr: ['pas si sur'], es: ['no estoy seguro'], pt: ['nao tenho certeza'] },
  },
];

/** Whose words a clause gives: a claim going round, the rep's own guess, what it says on paper. */
export const TOLD_ACCOUNT_CLAIMS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'claim',
    weight: 1,
    forms: {
      en: ['i assumed', 'we assumed', 'took that to mean', 'on paper', 'i went in expecting'],
      de: ['erzahlt uberall', 'erzahlt herum', 'ich dachte', 'auf dem papier'],
      fr: ['raconte partout', 'je pensais', 'sur le papier'],
      es: ['va contando', 'anda diciendo', 'yo pensaba', 'sobre el papel'],
      pt: ['anda dizendo', 'anda falando', 'eu achava', 'no papel'],
    },
  },
];
