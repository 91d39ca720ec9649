/**
 * Word classes: single-word patterns (folded: lower case, no accents) that concept forms refer to as
 * `@name`, and that tell the clause reader who acted. English, German, French, Spanish, Portuguese.
 */
export const WORD_CLASSES: Record<string, readonly string[]> = {
  /** Who acted: us, the seller. */
  we: [
    'we', 'us', 'our', 'ours', 'ourselves', 'wir', 'uns', 'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres',
    'nous', 'notre', 'nos', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso', 'nossa',
    'nossos', 'nossas', 'somos', 'sommes', 'eramos', 'fomos', 'tenemos', 'temos', 'avons', 'i', 'me', 'my', 'ich',
    'mein',
    'meine', 'meinen', 'mir', 'mich', 'je', 'moi', 'mon', 'yo', 'mi', 'eu', 'meu', 'minha',
  ],
  /** "you" in a customer's quoted words: us. */
  you: [
    'you', 'your', 'yours', 'vous', 'votre', 'vos', 'usted', 'ustedes', 'voce', 'voces', 'vcs', 'euch', 'euer',
    'eure',
  ],
  /** Who acted: the customer (pronouns and the words reps use for them). */
  they: [
    'they', 'them', 'their', 'theirs', 'themselves', 'he', 'she', 'his', 'her', 'sie', 'ihr', 'ihre', 'ihren', 'ihrem',
    'ihrer', 'er', 'ils', 'elles', 'eux', 'leur', 'leurs', 'il', 'elle', 'ellos', 'ellas', 'su', 'sus', 'eles',
    'elas', 'deles', 'delas', 'dele', 'dela', 'ele', 'ela',
  ],
  customer: [
    'customer', 'customers', 'client', 'clients', 'buyer', 'buyers', 'contact', 'champion', 'sponsor',
    'ansprechpartner*',
    'kontakt', 'contato', 'contacto', 'interlocuteur', 'interlocutor', 'interlocutora', 'kunde', 'kunden', 'kundin',
    'auftraggeber',
    'cliente', 'clientes', 'comprador', 'compradora', 'compradores', 'acheteur', 'acheteuse', 'procurement',
    'purchasing',
    'einkauf', 'compras', 'achats',
  ],
  /** The customer pressed us: what makes a missing answer ours. */
  escalate: [
    'escalat*', 'complain*', 'chased', 'chasing', 'reclam*', 'quej*', 'beschwert*', 'eskalier*', 'escalou',
    'escalaram', 'escalo', 'escalaron', 'reclamou', 'reclamaram',
  ],
  /** Who acted: a rival. */
  competitor: [
    'competitor', 'competitors', 'competition', 'rival', 'rivals', 'incumbent', 'wettbewerber', 'wettbewerb',
    'mitbewerber', 'konkurrent', 'konkurrenten', 'konkurrenz', 'concurrent', 'concurrents', 'concurrence',
    'concurrente',
    'competidor', 'competidores', 'competencia', 'concorrente', 'concorrentes', 'concorrencia',
  ],
  /** Any supplier: "another vendor", "a regional courier", "un autre prestataire". */
  vendor: [
    'vendor*', 'supplier*', 'provider*', 'carrier*', 'agency', 'agencies', 'distributor*', 'dealer*', 'wholesaler*',
    'firm', 'firms', 'outfit', 'operator*', 'printer', 'printers', 'caterer*', 'broker*', 'importer*', 'trader*',
    'manufacturer*', 'maker', 'makers', 'msp', 'integrator*', 'contractor*', 'courier*', 'forwarder*', 'platform',
    'lieferant*', 'anbieter*', 'dienstleister*', 'handler', 'hersteller*', 'partner', 'fournisseur*', 'prestataire*',
    'distributeur*', 'operateur*', 'fabricant*', 'traiteur*', 'transporteur*', 'cabinet', 'proveedor*', 'distribuidor*',
    'operador*', 'fabricante*', 'agencia*', 'fornecedor*', 'distribuidora*', 'transportadora*', 'prestador*',
    'revenda*',
    'operadora*', 'tool', 'solution', 'shop', 'studio', 'lab', 'mill',
  ],
  /** Work we do for a customer, what a terse "bad install" or "botched rollout" says failed. */
  work: [
    'install', 'installs', 'installation', 'installations', 'rollout', 'rollouts', 'migration', 'migrations', 'repair', 'repairs',
    'onboarding', 'implementation', 'implementations', 'setup', 'cutover', 'golive', 'handover', 'commissioning', 'cleaning',
    'installation*', 'instalacion*', 'instalacao', 'instalacoes', 'implantacao', 'implementacion', 'migracion', 'migracao',
    'reparacion*', 'reparo', 'reparos', 'montage', 'einbau', 'inbetriebnahme', 'umstellung', 'reparatur*', 'mise', 'demarrage',
  ],
  /** Whoever sold the account: the word a note uses for the person who knew the deal. */
  rep: [
    'rep', 'reps', 'ae', 'am', 'kam', 'csm', 'salesperson', 'salesman', 'saleswoman', 'vertriebler', 'verkaufer',
    'vertriebsmitarbeiter', 'kundenbetreuer', 'commercial', 'commerciale', 'vendeur', 'vendeuse', 'comercial', 'vendedor',
    'vendedora', 'ejecutivo', 'executivo', 'consultor', 'consultora',
  ],
  /** A function on the seller's side when nobody says "their": "mgmt terminated", "per finance". */
  function: [
    'management', 'leadership', 'board', 'finance', 'compliance', 'legal', 'credit', 'accounting', 'accounts',
    'direction',
    'diretoria', 'direccion', 'gerencia', 'geschaftsfuhrung', 'geschaftsleitung', 'buchhaltung', 'comptabilite',
    'contabilidad', 'contabilidade', 'juridico', 'safety', 'finanzabteilung', 'finances', 'financeiro', 'finanzas',
    'support', 'soporte', 'suporte', 'helpdesk', 'sav', 'kundendienst', 'kundenservice', 'atendimento', 'hotline',
    // Our people in the field: "driver rude to reception", "técnico chegou tarde".
    'betreuer', 'betreuerin', 'kundenbetreuer', 'kundenbetreuerin', 'aussendienst',
    'driver', 'drivers', 'technician', 'technicians', 'techs', 'engineers', 'crews', 'installer', 'installers', 'fahrer', 'techniker', 'monteur', 'monteure',
    'chauffeur', 'chauffeurs', 'technicien', 'techniciens', 'livreur', 'livreurs', 'conductor', 'conductores', 'tecnico',
    'tecnicos', 'motorista', 'motoristas', 'entregador', 'entregadores', 'repartidor', 'repartidores',
  ],
  other: [
    'another', 'other', 'different', 'alternative', 'second', 'ander', 'andere', 'anderen', 'anderer', 'anderes',
    'autre', 'autres', 'otro', 'otra', 'otros', 'otras', 'outro', 'outra', 'outros', 'outras',
  ],
  new: [
    'new', 'newly', 'incoming', 'neue', 'neuer', 'neuen', 'neues', 'neuem', 'nouveau', 'nouvel', 'nouvelle', 'nuevo',
    'nueva', 'novo', 'nova', 'recently',
  ],
  /** A person who decides on the customer's side. */
  role: [
    'cfo', 'ceo', 'coo', 'cio', 'cto', 'cmo', 'cpo', 'cro', 'vp', 'svp', 'evp', 'director', 'directors', 'head',
    'manager',
    'chief', 'owner', 'owners', 'gm', 'lead', 'president', 'planner', 'coordinator', 'superintendent', 'boss', 'daf',
    'dg', 'pdg', 'drh', 'directeur', 'directrice', 'responsable', 'geschaftsfuhrer', 'geschaftsfuhrerin', 'leiter',
    'leiterin', '*leiter', '*leiterin', 'chef', 'chefin', 'inhaber', 'directora', 'gerente', 'jefe', 'jefa', 'diretor',
    'diretora', 'gestor', 'gestora', 'dono', 'dona', 'partner', 'buyer', 'acheteur', 'acheteuse', 'comprador',
    'compradora',
    'einkaufer', 'einkauferin', 'administrator', 'team',
    'socio', 'socia', 'associe', 'associee', 'gesellschafter', 'teilhaber',
  ],
  /** Comparatives of a price: "lower rate", "niedrigerer Preis", "tarif inférieur", "precio menor". */
  lower: [
    'lower', 'less', 'cheaper', 'smaller', 'reduced', 'under', 'below', 'niedriger*', 'weniger', 'gunstiger*',
    'billiger*',
    'inferieur*', 'moins', 'menor', 'menores', 'menos', 'inferior*', 'abaixo', 'bajo', 'baja', 'baixo', 'baixa',
    'reduzid*',
    'reducid*',
  ],
  fraction: ['half', 'third', 'thirds', 'quarter', 'fifth', 'tenth', 'fraction'],
  /** A count from two to twelve, in figures or words: "3 inspections", "zwölf Monate", "deux visites". */
  count: [
    '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
    'ten', 'eleven', 'twelve', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf', 'deux',
    'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete',
    'ocho', 'nueve', 'diez', 'doce', 'dois', 'duas', 'quatro', 'sete', 'oito', 'nove', 'dez', 'doze',
  ],
  /**
   * What a failure's count counts: times, visits, mornings, deliveries. Not a length of time ("down 2 days", "zehn
   * Tage später", "a six-month launch rate": one incident's or one offer's length).
   */
  occasion: [
    'times', 'visits', 'mornings', 'deliveries', 'inspections', 'shipments', 'orders', 'incidents',
    'runs', 'collections', 'errors', 'outages', 'invoices', 'besuche',
    'lieferungen', 'inspektionen', 'termine', 'rechnungen', 'einsatze', 'visites', 'livraisons', 'fois',
    'factures', 'tournees', 'passages', 'visitas', 'entregas', 'inspecciones', 'veces', 'facturas',
    'pedidos', 'inspecoes', 'vezes', 'faturas', 'occasions', 'reprises', 'ocasiones', 'ocasioes', 'gelegenheiten',
  ],
  /** What a price is called. */
  money: [
    'price', 'prices', 'pricing', 'rate', 'rates', 'fee', 'fees', 'cost', 'costs', 'quote', 'quotes', 'bid', 'bids',
    'figure', 'number', 'markup', 'commission', 'tariff', 'tariffs', 'charge', 'charges', 'retainer', 'proposal',
    'money',
    'tarif*', 'preis*', '*preis', '*preise', 'kosten', '*kosten', 'gebuhr*', 'honorar*', '*satz', 'konditionen',
    'angebot',
    'prix', 'cout', 'couts', 'devis', 'coefficient', 'offre', 'precio*', 'coste', 'costes', 'costo', 'costos', 'cuota*',
    'tarifa*', 'oferta', 'propuesta', 'cotizacion', 'preco', 'precos', 'custo', 'custos', 'frete', 'flete', 'fret',
    'valor', 'cotacao', 'mensalidade', 'proposta', 'dinero', 'dinheiro', 'argent', 'geld', 'cpm', 'cpms', 'cpc',
    // Currency codes reps type instead of a symbol: "MXN 30k menos", "USD 20k", "CHF 5000".
    'usd', 'eur', 'gbp', 'chf', 'mxn', 'brl', 'cad', 'aud', 'cop', 'clp', 'ars', 'pln', 'sek', 'nok', 'dkk',
  ],
  /** Where a customer operates: what closes, moves or burns down. */
  site: [
    'plant', 'plants', 'site', 'sites', 'factory', 'factories', 'store', 'stores', 'shop', 'shops', 'office', 'offices',
    'location', 'locations', 'branch', 'branches', 'ward', 'wing', 'unit', 'line', 'operation', 'operations',
    'business',
    'facility', 'facilities', 'warehouse', 'kitchen', 'clinic', 'restaurant', 'restaurants', 'hotel', 'hq',
    'headquarters', 'mill', 'lab', 'practice', 'studio', 'farm', 'company', 'doors', 'werk', 'werke', 'standort',
    'standorte', 'filiale', 'filialen', 'betrieb', 'fabrik', 'halle', 'lager', 'geschaft', 'firma', 'usine', 'usines',
    'magasin', 'magasins', 'boutique', 'boutiques', 'agence', 'agences', 'bureau', 'bureaux', 'etablissement',
    'entrepot',
    'entreprise', 'societe', 'planta', 'plantas', 'fabrica', 'tienda', 'tiendas', 'local', 'locales', 'sucursal',
    'sucursales', 'oficina', 'oficinas', 'negocio', 'almacen', 'puertas', 'loja', 'lojas', 'unidade', 'unidades',
    'escritorio', 'fazenda', 'deposito', 'armazem', 'empresa', 'portas', 'sede', '*betrieb', 'atividades',
    'actividad', 'dc',
    'distribution', 'division', 'department', 'subsidiary', 'abteilung', 'sparte', 'usina', 'filial', 'operacao',
    'operacoes',
    'operacion', 'operaciones',
  ],
  project: [
    'project', 'projects', 'expansion', 'program', 'programme', 'launch', 'event', 'events', 'conference', 'rollout',
    'initiative', 'build', 'wing', 'projekt', 'projet', 'proyecto', 'projeto',
  ],
  /** People a customer can hire to do the work itself. */
  staff: [
    'team', 'teams', 'staff', 'people', 'employees', 'engineers', 'technicians', 'techs', 'devs', 'developers',
    'nurses',
    'drivers', 'operators', 'specialists', 'crew', 'recruiters', 'analysts', 'personnel', 'cleaners', 'guards',
    'person',
    'persons', 'mitarbeiter', 'personal', 'fachkrafte', 'equipe', 'salaries', 'personnes', 'equipo', 'plantilla',
    'empleados', 'personas', 'funcionarios', 'pessoas', 'pessoal', 'time',
    // The professions a customer hires instead of a firm: "hired 2 lawyers", "eigene Juristen".
    'lawyers', 'lawyer', 'attorneys', 'counsel', 'accountants', 'accountant', 'bookkeeper', 'juristen', 'anwalte', 'buchhalter',
    'avocats', 'juristes', 'comptables', 'abogados', 'contables', 'advogados', 'contadores',
  ],
  /** What a rival can offer that we might not: features, integrations, certifications, service models. */
  capability: [
    'integration*', 'integrated', 'interface', 'connector', 'app', 'apps', 'portal*', 'tracking', 'dashboard*',
    'analytics', 'api', 'apis', 'webhooks', 'platform*', 'software', 'module*', 'feature*', 'functionality',
    'automation', 'automat*', 'sensor*', 'monitoring', 'certification*', 'certificate*', 'certified', 'iso', 'soc2',
    'soc', 'hipaa', 'gdp', 'technology', 'tech', 'cloud', 'mobile', 'workflow*', 'ocr', 'robot*', 'program',
    'programme', 'reporting', 'reports', 'visibility', 'edi', 'vmi', 'rfid', 'ai', 'ia', 'capabilit*', 'coverage', 'onsite',
    'service', 'services', 'system', 'systems', 'suite', 'package', 'capacity', 'range', 'expertise',
    // German compounds: "Kundenportal", "Cloudplattform", "ERP-Anbindung" read as one word.
    '*portal', '*plattform', '*schnittstelle', '*software', '*anbindung', '*zertifizierung',
    'anbindung', 'schnittstelle*', 'plattform*', 'sendungsverfolgung', 'automatisier*', 'zertifi*', 'funktion*',
    'losung', 'plateforme*', 'portail*', 'suivi', 'application*', 'appli', 'applis', 'certifi*', 'fonctionnalit*',
    'automatis*',
    'logiciel',
    // Where a rival reaches: "meilleure couverture nationale", "bessere Abdeckung", "mejor cobertura".
    'couverture', 'cobertura', 'abdeckung', 'footprint',
    'integracion', 'integraciones', 'plataforma*', 'seguimiento', 'rastreo', 'aplicacion', 'certifica*',
    'funcionalidad*',
    'automatiza*', 'reportes', 'informes', 'integracao', 'integracoes', 'rastreio', 'rastreamento', 'aplicativo',
    'funcionalidade*', 'relatorios', 'monitoramento', 'sistema', 'gestion', 'gestao', 'modul*', 'integre*', 'integra*',
    'tecnologia', 'technologie', 'formacion', 'formation', 'treinamento', 'schulung*', 'training', 'calibration',
    'kalibrierung', 'calibracao', 'calibracion', 'accompagnement',
    'asistencia', 'assistencia', 'multilingual', 'mehrsprachigkeit', 'tracabilite', 'trazabilidad', 'rastreabilidade',
    'warranty', 'consolidation', 'multitenant*', 'mehrmandant*', 'mandantenfahig*', 'multisociete', 'multiempresa',
    'roadmap', 'sso', 'saml', 'ldap', 'mfa', '2fa', 'oauth', 'plugin*', 'scim', 'bi', 'cpq', 'erp', 'crm', 'wms', 'tms'
  ],
};
