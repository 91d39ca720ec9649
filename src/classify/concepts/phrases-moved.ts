import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I, moved away: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const MOVED_PHRASES: ConceptSpec[] = [
  {
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: [
        'acquired', 'acquisition', 'got acquired', 'was bought', 'were bought', 'merged', 'merger', 'merging',
        'new ownership', 'global agreement', 'corporate mandate', 'mandated by hq', 'hq mandate*',
        'corporate standard', 'closing down', 'shutting down', 'site closed', 'plant closed', 'moved operations',
        'moved production', 'moved abroad', 'moved hq', 'moved headquarters', 'moved their hq', 'moved overseas',
        'build their own', 'building their own', 'own team', 'bring it internal*', 'bring _ internal*',
        'brought _ internal*', 'in house team', 'in house team', 'handle it internally', 'handled internally',
        'moved manufacturing', 'moved _ manufacturing', 'moved _ production', 'buy locally', 'filed ch',
        'filed chapter', 'regulation changed', 'regulations changed', 'no longer obliged', 'no longer required to',
        'wind down', 'winding up', 'shared service centre', 'shared service center', 'parent mandates', 'portco*',
        'pe backed', 'pe backed', 'budget _ frozen', 'budget _ _ frozen', 'budget _ cut', 'budget _ _ cut',
        'budget _ eliminated', 'no budget left', 'spending _ frozen', 'no longer use', 'no need for',
        'no need anymore', 'not need it', 'not need us', 'dont need', 'not needed anymore', 'exiting the market',
        'changed their business', 'changed business model', 'new business model', 'business model change',
        'downsiz*', 'budget cut*', 'budget eliminated', 'budget was cut', 'budget removed', 'budget frozen',
        'frozen budget', 'hiring freeze', 'project cancelled', 'project canceled', 'project on hold', 'put on hold',
        'sold their business', 'out of our territory', 'outside our territory', 'outside our service area',
        'out of our service area', 'outside our region', 'cannot serve', 'can not serve', 'could not serve',
        'no longer serve their', 'out of reach',
      ],
      de: [
        'ubernommen', 'konzernvorgabe', 'standort* geschlossen', 'werk geschlossen', 'werk in _ geschlossen',
        'werk _ geschlossen', 'betrieb geschlossen', 'betrieb eingestellt', 'schliessung*', '*schliessung',
        'stillgelegt',
        'selbst entwickelt', 'selbst gebaut', 'eigene losung', 'eigenentwicklung', 'eigenes team',
        'brauchen nicht mehr', 'braucht nicht mehr', 'benotigen nicht mehr', 'budget gestrichen', 'projekt gestoppt',
        'auf eis',
      ],
      fr: [
        'racheter', 'ferme _ site', 'ferme l usine', 'ferme _ usine', 'fermee', 'budget _ gele',
        'cessation d activite', 'solution maison', 'solution interne', 'plus de besoin', 'budget supprime',
        'gel des budgets', 'budget gele', 'projet abandonne', 'projet suspendu', 'projet annule', 'manque de budget',
        'pas de budget', 'projet reporte', 'falta de presupuesto', 'falta de orcamento',
      ],
      es: [
        'comprada por', 'comprado por', 'fusion', 'fusionaron', 'cerr* la planta', 'cerr* _ planta',
        'cerr* la fabrica', 'cerr* sus puertas', 'cerr* la oficina', 'cerr* la sede', 'cerr* la tienda',
        'cerr* el local', 'cerrar la planta', 'ya no estan obligados', 'dejan de contratar*',
        'presupuesto _ congelado', 'presupuesto _ _ congelado', 'se trasladaron', 'reubic*', 'desarrollo propio',
        'solucion propia', 'equipo propio', 'no lo necesitan', 'ya no lo requieren', 'recorte de presupuesto',
        'recorte presupuestario', 'presupuesto congelado', 'congelaron el presupuesto', 'proyecto cancelado',
        'proyecto suspendido', 'vendieron la empresa',
      ],
      pt: [
        'adquirida', 'comprada pela', 'comprada pelo', 'fechou a fabrica', 'fechou _ fabrica', 'fechou a unidade',
        'fechou as portas', 'fecharam as portas', 'fecharam a fabrica', 'fechou a empresa', 'fechou a loja',
        'se mudaram', 'se mudou', 'mudaram de cidade', 'mudaram a sede', 'mudou a sede', 'mudaram de pais',
        'internalizou', 'internalizaram', 'desenvolvimento proprio', 'solucao propria', 'equipe propria',
        'time proprio', 'nao tem mais necessidade', 'reestrutura*', 'corte de orcamento', 'corte no orcamento',
        'orcamento congelado', 'orcamento _ congelado', 'orcamento _ _ congelado', 'orcamento suspenso',
        'foi vendida', 'congelaram o orcamento', 'projeto cancelado', 'projeto suspenso', 'venderam a empresa',
      ],
    },
  },
];

/** Step II qualifiers named the same way. */
export const MOVED_QUALIFIERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: [
        'this quarter', 'at this time', 'no momento', 'next fiscal', 'proximo exercicio', 'until next', 'auf eis',
        'suspendu', 'congelad*', 'pausad*', 'pospuest*', 'adiad*', 'suspens*',
      ],
      fr: [
        'annee prochaine',
      ],
      es: [
        'por el momento',
      ],
      pt: [
        'esse ano', 'neste ano',
      ],
    },
  },
];
