/**
 * The words a misspelling is corrected towards ("outagse" → outages, "noboyd" → nobody, "prcie" →
 * price). Distinctive words of the concept classes only: a real word one slip away from one of these
 * is rare, so correcting towards them does not turn ordinary words into cues. `stem*` covers endings.
 */
export const TYPO_KEYWORDS: readonly string[] = [
  // English
  'price*', 'pricing', 'cheaper', 'cheapest', 'expensive', 'discount*', 'quote*', 'competitor*', 'competition', 'cheap',
  'service', 'services', 'support', 'delivery', 'deliveries', 'delivered', 'delay*', 'invoice*', 'billing', 'outage*',
  'downtime', 'quality', 'acquired', 'acquisition', 'bankrupt*', 'merger', 'merged', 'relocated', 'relocation',
  'feature*',
  'integration*', 'functionality', 'unprofitable', 'profitable', 'onboarding', 'implementation', 'requirement*',
  'platform',
  'complaint*', 'unresponsive', 'responded', 'responding', 'response', 'decision', 'nobody', 'never', 'botched',
  'migration',
  'shipment*', 'errors', 'mistake*', 'missed', 'trust', 'budget', 'frozen', 'closed', 'closure', 'insolvency',
  'insourced',
  'inhouse', 'internal', 'followed', 'assigned', 'account', 'manager', 'promised', 'recovered', 'escalat*', 'renewal',
  'renew', 'terminated', 'payment*', 'overdue', 'unpaid', 'margin', 'volume', 'product', 'roadmap', 'software',
  'package',
  'bundle*', 'offers', 'offered', 'champion', 'contact', 'replied', 'ghosted', 'silent', 'timing', 'tender', 'cheeper',
  'bankruptcy', 'house', 'cancelled', 'canceled', 'cancellation', 'contract', 'reliability', 'training', 'warranty',
  'insolvent', 'liquidation', 'shutdown', 'outsourced', 'undercut', 'undercutting', 'lowest', 'bidder',
  // German
  'preis*', 'gunstiger', 'billiger', 'teurer', 'lieferung*', 'lieferverzug', 'verzogerung*', 'insolvenz', 'ubernommen',
  'konkurrenz', 'wettbewerber', 'kummert', 'gekummert', 'ansprechpartner', 'rechnung*', 'fehler', 'ausfall', 'ausfalle',
  'gekundigt', 'verlangert', 'zahlungsverzug', 'geschlossen', 'verlagert', 'schnittstelle*', 'funktionen',
  // French
  'concurrent', 'concurrence', 'fonctionnalites', 'livraison*', 'faillite', 'retard*', 'facture*', 'facturation',
  'rachete',
  'internalise', 'resilie', 'reponse', 'rentable',
  // Spanish
  'competencia', 'proveedor', 'barato', 'precio*', 'funciones', 'retraso*', 'demasiadas', 'soporte', 'responde',
  'respuesta',
  'migracion', 'salio', 'factura*', 'adquirida', 'cerrado', 'quiebra', 'rentable', 'renovar', 'decidimos',
  // Portuguese
  'concorrente', 'fornecedor', 'atendimento', 'preco', 'suporte', 'atraso*', 'quedas', 'entrega*', 'faturamento',
  'falencia',
  'internalizaram', 'internalizou', 'fabrica', 'coutait', 'offer', 'internalized', 'renovamos', 'falhamos',
];
