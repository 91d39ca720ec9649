import type { ConceptSpec } from './types';

/**
 * Step I, bought away: the customer left for a lower price. Who is cheaper is read from the clause:
 * "a rival 12% under us" points here, "our quote was lower" rules price out.
 */
export const PRICE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        'cheap*', 'cheep*', '@lower @money', '@lower _ @money', '@money ~ below', '@money ~ under', '@money ~ lower than',
        'below us', 'below ours', 'below our', 'below what', 'under us', 'under ours', 'under our', 'under what',
        'less than us', 'less than ours', 'less than our', 'less than we', 'lower than us', 'lower than ours',
        'lower than our', 'less per', 'less a', 'less each', 'less for', '@fraction less', '@fraction lower',
        '@fraction under', '@fraction below', '@fraction cheaper', '@fraction off', 'half the @money', 'half our @money',
        'half of our', 'half of what', 'half what', 'fraction of the', 'fraction of our', 'pct less', 'pct lower',
        'pct under', 'pct below', 'pct off', 'pct discount', 'pct saving*', 'undercut*', 'under cut', 'beat our @money',
        'beat our _ @money', 'beat us on', 'beat our contract', 'beat ours on @money', 'came in lower', 'came in under',
        'came in below', 'came in ~ under', 'came in ~ below', 'coming in ~ under', 'coming in ~ below', 'come in ~ under',
        'for less', 'for much less', 'for a lot less', 'for a fraction', 'less money', 'lower cost', 'low cost',
        'lowcost', 'budget tier', 'budget option', 'budget provider', 'budget vendor', 'budget brand', 'discount distributor',
        'discount supplier', 'discounter', 'discount*', 'private label', 'generic brand', 'shaving', 'shaved', 'shave',
        'well under', 'well below', 'far below', 'way below', 'way under', 'much lower', 'much less', 'far lower',
        'significantly lower', 'substantially lower', 'better price*', 'better rate*', 'better deal', 'better terms',
        'better pricing', 'low enough', 'rebate*', 'same _ less money',
        'identical _ for less', 'same _ for less', 'lower monthly', 'lower per',
      
        'cheaper alternative', 'cheaper option', 'cheaper supplier', 'cheaper vendor', 'cheaper provider', 'cheaper bid', 'lower bid', 'lower quote', 'lower offer', 'lower cost provider', 'lower cost supplier', 'lower cost option', 'cost less', 'costs less', 'cost them less', 'saved them', 'save them', 'saves them', 'saving them', 'saved _ pct', 'save _ pct', 'cut their bill', 'cut their costs', 'reduce their bill', 'less expensive', 'more affordable', 'affordable', 'budget friendly', 'at a discount', 'deep discount', 'steep discount', 'bigger discount', 'heavier discount', 'aggressive pricing', 'aggressive price*', 'priced us out', 'price matched', 'undercutting', 'knocked _ off', 'shaved _ off', 'dollars less', 'euros less', 'cents less', 'a ton under', 'a unit under', 'per hour less', 'an hour less', 'day rate', 'hourly rate', 'lower day rate', 'lower hourly', 'lower annual', 'cheaper per', 'less per hour', 'for free', 'free tier', 'freemium', 'open source', 'at cost', 'below cost', 'loss leader', 'price cut', 'cut their price*', 'dropped their price*', 'slashed', 'bargain', 'dumping', 'dumped prices', 'lowball*', 'low ball*', 'cut rate', 'cut price', 'cheap import*', 'import* cheaper', 'offshore', 'nearshore team', 'beat us on price', 'beat our number', 'beat our numbers', 'beat us by', 'came in cheaper', 'came in at', 'lower tco', 'lower total cost',
        'outbid', 'outbid us', 'out bid', 'underbid', 'under bid', 'their number was lower', 'their number came in lower', 'lower number', 'beat our rate', 'beat our rates', 'better rate card', 'rate card', 'per license', 'per user', 'per seat cheaper', 'cheaper per license', 'cheaper per user', 'at a lower rate', 'at lower rates', 'at a lower price', 'at lower prices', 'for cheaper', 'went cheaper', 'went with cheaper', 'cheaper elsewhere', 'less elsewhere', 'lower elsewhere', 'found cheaper', 'found it cheaper', 'found something cheaper', 'got it cheaper', 'got a better rate', 'got a better price', 'price beat', 'price undercut',
        '@money ~ lower', '@money ~ cheaper', '@money was less', '@money were less',],
      de: [
        'gunstig*', '*gunstiger', 'billig*', 'preiswert*', 'preisgunstig*', 'unter uns', 'unter unserem', 'unter unseren',
        'unter unserer', 'unter unserem angebot', 'weniger als wir', 'weniger als uns', 'deutlich weniger', 'viel weniger',
        'weniger pro', 'pro _ weniger', 'weniger angeboten', 'niedriger*', '@money ~ niedriger*', 'pct unter', 'pct gunstiger',
        'pct billiger', 'pct weniger', 'pct niedriger', 'rabatt*', 'nachlass', 'besserer preis', 'besseren preis',
        'bessere konditionen', 'besseren konditionen', 'gunstigeres angebot', 'unterboten', 'unterbiet*', 'halben preis', 'halfte',
      
        'preisvorteil', 'kostenvorteil', 'preiskampf', 'dumping*', 'kampfpreis*', 'zum halben preis', 'deutlich billiger', 'deutlich gunstiger', 'wesentlich gunstiger', 'niedrigere stundensatze', 'niedrigerer stundensatz', 'niedrigere tagessatze', 'niedrigeren satz', 'unter unserem preis', 'unter unseren preisen', 'gespart', 'einsparen', 'sparen _ pct', 'pct gespart', 'billigimport*', 'billiganbieter', 'gunstiger anbieter',
        'uberboten', 'gunstigerer anbieter', 'billigerer anbieter', 'gunstigere konditionen', 'besserer tarif', 'pro lizenz', 'pro nutzer',],
      fr: [
        'moins cher*', 'moins chere*', 'moins couteu*', 'inferieur* au notre', 'inferieur* aux notres', 'inferieur* a nos',
        '@money ~ inferieur*', 'en dessous de nos', 'en dessous du notre', 'en dessous de notre', 'en dessous', 'plus bas',
        'moins eleve*', 'a moindre cout', 'pour moins', 'pct moins', 'pct de moins', 'remise*', 'rabais', 'meilleur prix',
        'meilleurs prix', 'prix plus bas', 'tarif* plus bas', 'mieux placee', 'mieux place', 'moins que nous', 'casse* les prix',
        'moitie', 'la moitie',
      
        'prix casse*', 'offre plus economique', 'plus economique', 'economie de', 'economiser', 'economise*', 'guerre des prix', 'remise plus forte', 'remise plus importante', 'tarif horaire plus bas', 'cout horaire', 'a bas prix', 'bas cout', 'prix agressif*', 'tarif agressif', 'moins eleve', 'en dessous de notre prix', 'sous notre prix', 'rabais plus important',
        'surenchere', 'mieux disant prix', 'offre moins chere', 'par licence', 'par utilisateur',],
      es: [
        'mas barat*', 'barat*', 'mas economic*', 'economic*', 'menos por', 'cobra* menos', 'cobraba* menos', 'menor precio',
        'precio* mas baj*', '@money ~ mas baj*', 'por debajo', 'descuento*', 'rebaja*', 'mejor precio', 'mejores precios',
        'pct menos', 'bastante menos', 'mucho menos', 'menos que nosotros', 'mas bajo que', 'nos gano en precio', 'la mitad',
        'mitad de precio',
      
        'precio mas bajo', 'precios mas bajos', 'oferta mas economica', 'ahorro de', 'ahorrar', 'ahorrarse', 'nos ganaron en precio', 'guerra de precios', 'descuento mayor', 'mayor descuento', 'tarifa por hora', 'costo por unidad', 'precio agresivo', 'bajo costo', 'por debajo de nuestro', 'mas barata que', 'mas barato que', 'tirando precios',
        'mejor tarifa', 'por licencia', 'por usuario', 'oferta mas baja',],
      pt: [
        'mais barat*', 'barat*', 'abaixo do nosso', 'abaixo da nossa', 'bem abaixo', 'abaixo', 'menor preco', 'preco* menor*',
        'mais em conta', 'desconto*', 'mais economic*', 'por menos', 'cobra* menos', 'pct abaixo', 'preco* mais baix*',
        '@money ~ mais baix*', 'valor menor', 'melhor preco', 'melhores precos', 'menos que nos', 'a metade', 'metade do',
      
        'preco mais baixo', 'precos mais baixos', 'proposta mais barata', 'economia de', 'economizar', 'ganharam no preco', 'guerra de precos', 'desconto maior', 'maior desconto', 'valor por hora', 'custo por unidade', 'preco agressivo', 'baixo custo', 'abaixo do nosso preco', 'mais barata que', 'mais barato que', 'mais em conta que',
        'melhor tarifa', 'por licenca', 'oferta mais baixa',],
    },
  },
  {
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'more expensive', 'too expensive', 'expensive', 'pricier', 'pricey', 'dearer', 'overpriced', 'costs more',
        'cost more', 'costing more', 'charges more', 'charge more', 'charging more', 'higher @money', '@money ~ higher',
        'higher than ours', 'higher than us', 'the highest', 'highest', 'above the cheapest', 'pct above', 'pct over',
        'pct higher', 'pct more', 'priced out', 'missed by', 'out of budget', 'over budget', 'too high', 'too much',
      
        'we were too expensive', 'we were more expensive', 'we were higher', 'we were pricier', 'our price was too high', 'our prices were too high', 'our quote was too high', 'our quote was higher', 'our rates were higher', 'we came in higher', 'we were above', 'out of their budget', 'beyond their budget', 'too pricey', 'price was too high', 'prices were too high',
        'over their target', 'above their target', 'target price', 'above target', 'their price point', 'price point', 'numbers did not work', 'could not make the numbers work', 'the math did not work', 'too rich', 'sticker shock', 'pricing was an issue', 'pricing issue', 'price issue', 'price objection', 'cost objection', 'too costly', 'cost too much', 'costs too much',],
      de: [
        'teurer', 'zu teuer', 'teuer', 'hoher* @money', '@money ~ hoher', 'pct uber', 'pct uber dem gunstigst*',
        'uber dem gunstigst*', 'pct teurer', 'zu hoch', 'kosten mehr',
      
        'wir waren zu teuer', 'wir waren teurer', 'unser angebot war zu teuer', 'unser preis war zu hoch', 'preis zu hoch', 'preise zu hoch', 'zu hohe preise', 'uber budget', 'lagen uber', 'lagen _ uber',
        'zu hoher preis', 'preislich nicht', 'preislich zu hoch', 'nicht wettbewerbsfahig', 'uber dem zielpreis', 'zielpreis',],
      fr: ['plus cher*', 'trop cher*', 'cher', 'chere', 'plus eleve*', 'pct plus cher*', 'au dessus', 'prix eleve*', 'tarif* eleve*', 'trop haut', 'nous etions trop chers', 'nous etions plus chers', 'on etait trop cher*', 'notre prix etait trop eleve', 'prix trop eleve*', 'hors budget', 'au dessus du budget', 'au dessus de leur budget', 'prix cible', 'hors de prix', 'pas competitifs', 'pas competitif'],
      es: ['mas car*', 'demasiado car*', 'muy car*', 'caro', 'mas alto*', '@money ~ mas alt*', 'por encima', 'cuesta mas', 'eramos mas caros', 'eramos demasiado caros', 'nuestro precio era alto', 'precio demasiado alto', 'precios altos', 'fuera de presupuesto', 'por encima del presupuesto', 'precio objetivo', 'no fuimos competitivos', 'no somos competitivos', 'poco competitivos'],
      pt: ['mais car*', 'muito car*', 'caro', 'cara', 'mais alto*', '@money ~ mais alt*', 'acima', 'sai mais caro', 'custa mais', 'estavamos mais caros', 'estavamos caros', 'nosso preco estava alto', 'preco muito alto', 'precos altos', 'fora do orcamento', 'acima do orcamento', 'preco alvo', 'nao fomos competitivos', 'pouco competitivos'],
    },
  },
  {
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: [
        'pay more', 'paid more', 'paying more', 'pays more', 'pay a bit more', 'paying a bit more', 'pay a little more',
        'at the higher price', 'even at a higher price', 'despite the higher price', 'despite paying more',
        'even though it costs more', 'even though they pay more', 'happy to pay more',
      ],
      de: ['zahlen mehr', 'zahlt mehr', 'mehr bezahlen', 'mehr zahlen', 'trotz hoherem preis', 'trotz des hoheren preises'],
      fr: ['payer plus', 'payent plus', 'paie plus', 'malgre un prix plus eleve', 'meme plus cher'],
      es: ['pagan mas', 'pagar mas', 'paga mas', 'aunque pagan mas', 'aun siendo mas caro'],
      pt: ['pagam mais', 'pagar mais', 'paga mais', 'mesmo pagando mais', 'mesmo mais caro'],
    },
  },
  {
    concept: 'price_contest',
    weight: 2.3,
    forms: {
      en: [
        'lowest', 'lowest @money', 'cheapest', 'lowest bidder', 'lowest offer', 'reverse auction', 'online auction', 'auction',
        'e auction', 'rebid*', 're bid', 'three quotes', 'multiple quotes', 'three bids', 'compared ~ @money',
        'compared our', 'price comparison', 'on price', 'purely on price', 'decided on price', 'won on price',
        'lost on price', 'spreadsheet won', 'the number won', 'awarded ~ lowest', 'went to the lowest',
        'without selling at a loss', 'we could not get near', 'could not get close', 'could not get anywhere close',
        'asked us to match', 'could not match the @money', 'match their @money', 'match the @money', 'not enough to close the gap',
        'nowhere near enough', 'could not match', 'we could not match', 'would not match',
      
        'on cost', 'won on cost', 'lost on cost', 'purely on cost', 'purely a cost decision', 'cost decision', 'cost was the', 'price was the', 'price was decisive', 'price decided', 'price won', 'cost won', 'went with the low bidder', 'low bidder', 'lowest quote', 'lowest cost', 'lowest rate', 'lowest fee', 'cheapest option', 'cheapest bid', 'cheapest quote', 'cheapest supplier', 'cheapest provider', 'bake off on price', 'price based', 'price driven', 'price shopped', 'shopped around', 'shopping around', 'shopped us', 'benchmarked', 'benchmark*', 'bid it out', 'bidding war', 'put it out to bid', 'went out to bid', 'competitive bid', 'rfp on price', 'price only', 'only price', 'best price', 'best offer',
        'delta', 'price gap', 'price difference', 'cost difference', 'gap of', 'difference of', 'the difference was',
        'lost the bid', 'lost the tender', 'lost the rfp', 'lost on the numbers', 'on the numbers', 'scorecard weighted', 'weighted on cost', 'weighted on price', 'lowest total', 'lowest landed', 'price weighting', 'commercial score', 'commercials',],
      de: [
        'gunstigst*', 'billigst*', 'nach preis', 'rein nach preis', 'uber den preis', 'preisvergleich', 'auktion',
        'preis entschieden', 'den gunstigsten', 'nicht mithalten', 'konnten nicht mithalten', 'nicht mitgehen',
      
        'rein preislich', 'nur der preis', 'der preis hat entschieden', 'preis war entscheidend', 'preis gab den ausschlag', 'ausschlaggebend war der preis', 'gunstigste angebot', 'billigste angebot', 'bestbieter', 'billigstbieter',
        'preisdifferenz', 'preisunterschied', 'kostendifferenz',],
      fr: [
        'moins disant', 'le moins cher', 'la moins chere', 'les moins chers', 'sur le prix', 'au prix', 'encheres',
        'enchere inversee', 'comparatif de prix', 'le mieux place', 'pas pu suivre', 'pu s aligner', 'nous aligner',
      
        'le prix a fait la difference', 'le prix a tranche', 'le prix a decide', 'uniquement sur le prix', 'critere prix', 'au mieux disant', 'offre la moins chere', 'le plus bas',
        'ecart de prix', 'difference de prix',],
      es: [
        'el mas barat*', 'la mas barat*', 'los mas barat*', 'el mas economic*', 'al mas economic*', 'la mas economic*',
        'por precio', 'subasta*', 'comparo ~ @money', 'comparacion de precios', 'menor oferta', 'igualar* ~ @money', 'igualaramos',
        'no llegamos', 'no pudimos igualar', 'no pudimos bajar',
      
        'el precio fue decisivo', 'el precio decidio', 'solo por precio', 'unicamente por precio', 'criterio precio', 'la oferta mas barata', 'el mas bajo', 'la mas baja',
        'diferencia de precio',],
      pt: [
        'o mais barat*', 'a mais barat*', 'os mais barat*', 'pelo menor preco', 'pelo preco', 'por preco', 'leilao',
        'comparou ~ @money', 'o mais economic*', 'a mais economic*', 'igualar ~ @money', 'nao conseguimos igualar',
        'nao conseguimos baixar', 'nao chegamos',
      
        'o preco pesou', 'o preco decidiu', 'so pelo preco', 'somente pelo preco', 'criterio preco', 'a proposta mais barata', 'o mais baixo', 'a mais baixa',
        'diferenca de preco',],
    },
  },
  {
    concept: 'price_contest',
    weight: 0.9,
    forms: {
      en: ['tender', 'tendered', 'rfp', 'rfq', 'bid out', 'put ~ out to bid', 'out to tender', 'bidding', 'procurement ran'],
      de: ['ausschreibung'],
      fr: ['appel d offres', 'appel d offre', 'ao', 'consultation', 'consulte* trois'],
      es: ['licitacion', 'concurso'],
      pt: ['licitacao', 'cotacao', 'concorrencia'],
    },
  },
  {
    concept: 'price_named',
    weight: 1.4,
    forms: {
      en: [
        'price', 'prices', 'pricing', 'priced', 'per unit', 'per seat', 'per head', 'unit cost', 'unit price', 'the rate', 'rate',
        'rates', 'charge per', 'charges per', 'what you charge', 'what we charge', 'your price*', 'your rate*', 'the fee',
      ],
      de: ['preis', 'preise', 'preisthema', 'preisgrunde', 'preislich', 'kostengrunde*', 'konditionen', 'stundensatz'],
      fr: ['prix', 'tarif', 'tarifs', 'tarifaire'],
      es: ['precio', 'precios', 'tarifa', 'tarifas', 'cuota'],
      pt: ['preco', 'precos', 'valor', 'tarifa', 'tarifas'],
    },
  },
  {
    concept: 'price_named',
    weight: 0.6,
    forms: {
      en: ['cost', 'costs', 'fee', 'fees', 'quote', 'quoted', 'money', 'commercials', 'commercial terms', 'budget option'],
      de: ['kosten', 'honorar', 'gebuhr*', 'angebot'],
      fr: ['cout', 'couts', 'devis', 'argent'],
      es: ['coste', 'costes', 'costo', 'costos', 'dinero'],
      pt: ['custo', 'custos', 'frete', 'dinheiro'],
    },
  },
  {
    concept: 'cost_drive',
    weight: 1.3,
    forms: {
      en: [
        'cost reduction', 'cost cutting', 'cost saving*', 'cut costs', 'cutting costs', 'reduce cost*', 'reduce spend',
        'save money', 'saving money', 'savings', 'to save', 'squeez*', 'every overhead', 'trim costs',
      
        'budget pressure', 'cost pressure', 'cost pressures', 'tight budget', 'tighter budget', 'squeeze on', 'spend review', 'spend reduction', 'procurement savings', 'savings target', 'save on', 'cost conscious', 'belt tightening',],
      de: ['kosten senken', 'kostensenkung', 'einspar*', 'sparen', 'sparmassnahme*', 'sparkurs', 'kosten reduzieren', 'kostendruck', 'sparzwang', 'sparprogramm', 'budgetdruck', 'kosten sparen'],
      fr: ['reduire les couts', 'reduction des couts', 'economies', 'faire des economies', 'reduire les depenses', 'pression sur les couts', 'reduction budgetaire', 'plan d economies', 'economies budgetaires'],
      es: ['reducir costes', 'reducir costos', 'recorte de costes', 'recorte de costos', 'ahorro*', 'ahorrar', 'presion de costes', 'presion de costos', 'recorte de gastos', 'plan de ahorro', 'reducir gastos'],
      pt: ['reduzir custo*', 'reducao de custos', 'cortar custos', 'corte de custos', 'economia*', 'economizar', 'pressao de custos', 'corte de gastos', 'plano de economia', 'reduzir gastos', 'contencao de custos'],
    },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: {
      en: [
        'introductory', 'intro rate', 'intro price', 'intro offer', 'intro promo', 'promo*', 'promotion*', 'first year free',
        'first year rate', 'first year price', 'year 1 free', 'months free', 'free for', 'for free', 'waive*', 'one time lot',
        'one off lot', 'surplus', 'clearance', 'teaser rate', 'break into', 'buy the business',
      ],
      de: ['einfuhrungspreis*', 'einfuhrungsangebot', 'aktionspreis*', 'kostenlos', 'gratis', 'lockangebot', 'restposten'],
      fr: ['prix de lancement', 'offre de lancement', 'offre promotionnelle', 'gratuit*', 'offert*', 'premiere annee offerte'],
      es: ['precio de lanzamiento', 'oferta de lanzamiento', 'promocion*', 'gratis', 'gratuit*', 'primer ano gratis'],
      pt: ['preco promocional', 'promocao', 'promocional', 'gratuit*', 'de graca', 'primeiro ano gratis'],
    },
  },
  {
    concept: 'our_price_rise',
    weight: 2.4,
    forms: {
      en: [
        'our price increase', 'price increase', 'price hike', 'price rise', 'price uplift', 'renewal uplift', 'uplift',
        'we raised prices', 'we raised our prices', 'we raised the price', 'increased our prices', 'raised our rates',
        'new pricing', 'new price list', 'renewal increase', 'pct increase', 'new ~ pricing', 'doubled their bill',
        'doubled the price', 'doubled our price',
      ],
      de: ['preiserhohung*', 'preisanpassung*', 'preissteigerung*', 'erhohten preise'],
      fr: ['augmentation tarifaire', 'augmentation de prix', 'augmentation des prix', 'hausse des prix', 'hausse de prix', 'hausse tarifaire', 'hausse des tarifs', 'augmente nos tarifs'],
      es: ['aumento de precio*', 'subida de precio*', 'incremento de precio*', 'reajuste', 'subida de tarifa*', 'aumento de tarifa*', 'subimos'],
      pt: ['aumento de preco*', 'aumento do preco', 'aumento nos precos', 'reajuste', 'aumento de tarifa*', 'aumentamos'],
    },
  },
];
