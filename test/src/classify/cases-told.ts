/**
 * Own examples (not from any evaluation set) for causes that are told rather than named: nobody writes
 * "price", "in-house" or "our decision", the story says it. Who acted and what happened decide. Five languages.
 */
import type { Case } from './cases-bought-pulled';

export const BOUGHT_AWAY_TOLD: Case[] = [
  ['en', 'price_lower', "The distributor's buying committee simply took the lowest tender for the next two years."],
  ['en', 'price_lower', 'We got outbid on the renewal by a local outfit.'],
  ['en', 'price_lower', 'A newcomer priced its crews well under our day rate and the site manager signed.'],
  ['pt', 'price_lower', 'O gerente me contou que acharam outra gráfica mais barata para os folhetos.'],
  ['es', 'price_lower', 'El jefe de compras me dijo que otra empresa les cobra bastante menos por envío.'],
  ['de', 'price_lower', 'Wir wurden vom Mitbewerber beim Stundensatz deutlich unterboten.'],
  ['fr', 'price_lower', "Le gérant m'a dit qu'un autre cabinet facture bien moins cher les mêmes audits."],
  // A one-off stock lot bought cheaply outweighs the insolvency or closure it came from.
  ['de', 'promo', 'Der Kunde hat Restposten aus einer Insolvenzmasse gekauft und bestellt nach Verbrauch wieder bei uns.'],
  ['es', 'promo', 'Compraron un lote de liquidación de una fábrica cerrada; vuelven cuando se acabe.'],
  ['en', 'price_lower', "office manager: why pay more for the same toner"],
  // The parent body decided; what it chose (the lowest bid) is the cause.
  ['fr', 'price_contest', "Très bonne relation, mais la centrale d'achat a retenu le moins-disant."],
  ['fr', 'price_lower', 'Le concurrent facture 38 € de l’heure contre 45 € chez nous.'],
  ['es', 'price_lower', 'El distribuidor nuevo les dio el pienso mucho más barato y no se lo pensaron dos veces.'],
  // Identical goods from a marketplace: the figure decided, though nobody wrote "price".
  ['en', 'price_lower', 'The buyer now orders the identical gloves from a marketplace seller.'],
  // The charging verb in any tense, an intensifier between it and "less".
  ['pt', 'price_lower', 'A transportadora nova cobrou muito menos pela rota de Campinas e a compradora assinou.'],
  ['es', 'price_lower', 'El otro taller les cobró bastante menos por la revisión anual y se quedaron con ellos.'],
  // "moins cher" after a gap form must not leave "cher" to be read as a dearer rival.
  ['fr', 'price_lower', 'Le laboratoire est parti pour un prestataire moins cher sur les analyses de routine.'],
  // "keep us" owns nothing: the owner after it is theirs, and the lowest bid is theirs to pick.
  ['en', 'price_contest', 'ops lead wanted to keep us, owner went with whoever bid lowest'],
  // A discount compound ("Neukundenrabatt") is read by its last part, not by a shorter prefix form.
  ['de', 'price_lower', 'Die Kanzlei bestellt den Toner jetzt beim Händler mit Treuerabatt.'],
  // A fraction of our figure, with a word between ("half the seat cost", "half our per-user fee").
  ['en', 'price_lower', 'Their finance lead found a ticketing tool that covers the basics at half the licence cost.'],
  // The closure is the seller's, whose stock they bought cheaply; not the customer's.
  ['en', 'promo', 'The owner took a whole lot of sacks from a mill that went into liquidation, at a fraction of our price.'],
  // Where the business went ("went to a reseller") is no channel move of ours; "below our list" is their price.
  ['en', 'price_lower', 'The print contract went to a dealer that quoted a fixed rate well below our list.'],
  // The official version first, the real one after "aber eigentlich"; a system the same as ours decides nothing.
  ['de', 'price_lower', "Offiziell heißt es, man wolle eine 'zukunftssichere Plattform'. Aber eigentlich ist die Software des Anbieters identisch mit unserer, nur die Monatsgebühr liegt ein Viertel niedriger."],
  // A builder's "promoción" is a housing development, not a promotion; the lower rate decides.
  ['es', 'price_lower', 'Para la nueva promoción de viviendas la constructora alquiló los andamios a otra empresa que cobra menos por semana.'],
  // A one-off promotion ("pontual") is no punctual service praised; "saves them" is what the cheaper offer does.
  ['pt', 'promo', 'Fecharam com a promoção pontual de um distribuidor e devem voltar a cotar no ano que vem.'],
  ['en', 'price_lower', 'moved to a generic brand, saves them ~8k a year, no complaints about our quality'],
  ['fr', 'price_lower', 'Le cabinet est passé chez un prestataire qui facture la fiche de paie deux fois moins.'],
  ['en', 'price_lower', 'Ops - not ops really, budget got cut and they went with the cheapest bid'],
];

export const PULLED_AWAY_TOLD: Case[] = [
  ['en', 'bundle', 'The bakery chain moved to a flour mill that also runs the deliveries and stock planning for them.'],
  ['en', 'our_gap', 'They chose a vendor that installs and maintains the chillers. We only sell the units.'],
  ['de', 'our_gap', 'Der Kunde nahm einen Anbieter, der Beratung und Wartung dazu liefert. Wir verkaufen nur die Geräte.'],
  ['fr', 'our_gap', "Le client a choisi un prestataire qui fait aussi la maintenance. Nous ne faisons que la vente."],
  ['es', 'our_gap', 'Eligieron un proveedor que además hace el mantenimiento. Nosotros solo vendemos los equipos.'],
  ['pt', 'our_gap', 'Escolheram um fornecedor que também faz a manutenção. O nosso só faz a venda.'],
  // They paid more to leave: price is ruled out by the rep's own comparison.
  ['de', 'price_accepted', 'Der Mitbewerber hat ein Kundenportal mit Live-Status. Preislich lagen wir sogar vorne, das war ihnen egal.'],
  ['en', 'better_offer', 'Lost to an events company with in-house lighting rigs and stage design; we only rent the rigs.'],
  // French and Spanish write AI as "IA".
  ['fr', 'capability', "Le concurrent propose la lecture automatique des factures par IA, nous ne l'avons pas."],
  // "nobody mentioned it" after our own roadmap item: we never pitched it, nothing is dismissed.
  ['en', 'our_gap', 'The clinic chose a scheduler with SMS reminders built in; ours has them in beta and nobody mentioned it.'],
  // A new partner of theirs already bought from the rival.
  ['es', 'own_vendor', 'el nuevo socio del despacho ya era cliente de otra gestoría y se llevó todo allí'],
];

export const UNINTENTIONALLY_PUSHED_AWAY_TOLD: Case[] = [
  ['en', 'our_failure', 'The rollout dragged on for eight months and was still not live when they cancelled.'],
  ['en', 'billing_error', 'Their office manager was invoiced twice for the same visit and waited weeks for the refund.'],
  ['es', 'our_failure', 'Tuvimos varias caídas de la red en su planta y tardamos días en repararlas.'],
  ['pt', 'our_failure', 'Tivemos três quedas do sistema no fechamento do mês e demoramos para resolver.'],
  ['de', 'our_failure', 'Drei Ausfälle in einem Quartal, und wir haben jedes Mal Tage für die Behebung gebraucht.'],
  ['fr', 'our_failure', "Trois pannes en deux mois, et à chaque fois nous avons mis plus d'une semaine à réparer."],
  ['pt', 'our_failure', 'Fizemos a mudança da clínica e a nossa equipe derrubou dois monitores na escada.'],
  ['en', 'our_failure', 'Our painters left a skylight open overnight and the storm ruined their carpet. We paid for the carpet.'],
  // Our people in the field act for us when nobody says whose they are.
  ['en', 'staff_conduct', 'installer rude to their site manager, complaint filed, contract ended'],
  // A denied non-reason says nothing; the clause after it decides.
  ['en', 'our_failure', 'Other - not other really, we fumbled the data migration twice'],
  // A missing detail does not undo the cause named before it.
  ['en', 'neglect', 'Buyer says our account manager stopped calling, no details on how long.'],
  ['es', 'our_failure', 'Se nos olvidó renovar su licencia a tiempo y se quedaron sin sistema dos días.'],
  ['fr', 'our_failure', 'Nous avons livré la mauvaise référence à deux reprises, le client a résilié.'],
  // "nicht | wegen des Preises": the negator ends the clause before the causal marker and still rules price out.
  ['de', 'neglect', 'Der Kunde ist nicht wegen des Preises gegangen, auch wenn es so im CRM steht. Unser Support hat wochenlang nicht auf Tickets reagiert.'],
  // A picklist value before a dash names no one who acted in the rep's words after it.
  ['fr', 'failure', 'Concurrent - non, 4 retards de livraison sur le dernier trimestre'],
  ['en', 'failure', 'Competitor - 3 missed installs in a row, crew never showed'],
  // A quoted picklist value the rep says they picked is a label; the failure told after it decides.
  ['en', 'failure', "Logged as 'price' because the field wanted something. Our crews left two sites unlocked overnight and the manager stopped trusting us."],
  // In German CRM shorthand "2 Wo." is two weeks (not "w/o"); a comma-separated fact has its own subject.
  ['de', 'failure', 'Wettbewerb - war nur Ausweichlösung, weil wir 3 Wo. nicht liefern konnten, Kd. blieb dann dort'],
  ['en', 'failure', 'Competitor - rival just picked up the slack, missed March + April service visits'],
  ['en', 'failure', 'real issue: our techs no-showed on three planned maintenance slots'],
  // A month-end close is no closure.
  ['es', 'failure', 'el portal se cayó dos veces durante el cierre de mes y rescindieron'],
  ['en', 'failure', 'Our quote was fine; the racking we installed was not up to code and their insurer flagged it.'],
  ['de', 'failure', 'Unsere Techniker haben die Sprinkleranlage zweimal nur teilweise gewartet, danach hat die Verwaltung gekündigt.'],
  // Everyday words: a rep who stopped calling, a failure told as its event, a double charge in any order.
  ['es', 'neglect', 'Nuestra comercial dejó de llamar durante meses y la clínica se cansó.'],
  ['de', 'neglect', 'Kundenbetreuer hat sich ein halbes Jahr nicht mehr gemeldet'],
  ['fr', 'neglect', "Notre technicien ne passait plus depuis l'été, le syndic a résilié."],
  ['pt', 'failure', 'As toalhas voltavam manchadas toda semana e o hotel trocou de lavanderia.'],
  ['fr', 'failure', 'Les catalogues du salon sont arrivés après la fin du salon, le client est parti.'],
  ['pt', 'billing_error', 'Cobramos a escola duas vezes pela mesma mensalidade e eles cancelaram.'],
];

export const MOVED_AWAY_TOLD: Case[] = [
  ['en', 'closed', 'After the flood the owners decided not to rebuild the packing shed.'],
  ['en', 'closed', 'founder retired, company sold to a family office'],
  ['en', 'need_gone', 'The grower gave up the orchard and switched to grazing. No further need for our sprays.'],
  ['en', 'budget_cut', 'Quarry idle over the winter; no hauling needed until the spring.'],
  ['de', 'budget_cut', 'Baustellen ruhen bis zum Frühjahr, vorerst keine Mietgeräte nötig.'],
  ['pt', 'budget_cut', 'Obras paralisadas até o próximo semestre; o cliente volta a chamar depois.'],
  ['es', 'budget_cut', 'Obras paradas hasta el año que viene; no necesitan alquiler por ahora.'],
  ['fr', 'closed', "Le client a cédé son entreprise et part à la retraite."],
  // A trailing "keine" after a comma does not deny the closure before it.
  ['de', 'closed', 'Der Chor hat sich im Sommer aufgelöst, keine Nachfolge in Sicht.'],
  ['en', 'relocated', 'The group moved all its assembly to its plant in Morocco, far outside what we serve.'],
  // Insourcing told as hiring a profession, or as "themselves now".
  ['en', 'insourced', 'Legal team hired an in-house counsel, no more outside retainer needed'],
  ['en', 'insourced', 'new bakery on site, they bake the rolls + buns themselves now'],
  // "evtl. wieder": a guess at a return, not a hedge on the cause; "wg." does not end the sentence.
  ['de', 'need_gone', 'Projekt ruht bis Herbst wg. fehlender Förderung, danach evtl. wieder'],
  // Weather did the damage, not we.
  ['en', 'budget_cut', 'The orchard froze all spending this season after hail wrecked half the crop.'],
  ['de', 'insourced', 'Die Gemeinde hat eine eigene Abteilung für die Grünpflege aufgebaut; bisher haben wir das für sie erledigt.'],
  ['pt', 'insourced', 'A construtora contratou quatro técnicos e passou a cuidar da própria manutenção.'],
  ['es', 'budget_cut', 'La feria se canceló este año por falta de patrocinio; volverán a llamarnos.'],
];

export const INTENTIONALLY_PUSHED_AWAY_TOLD: Case[] = [
  ['en', 'restriction', 'Falls below our new minimum order volume; attrition was expected.'],
  ['en', 'channel_move', 'Account handed over to our reseller with the territory change; they did not stay.'],
  ['de', 'restriction', 'Kunde wurde nach mehreren geplatzten Lastschriften auf Vorkasse umgestellt und bestellt jetzt woanders.'],
  ['fr', 'restriction', 'Encours bloqué par notre service crédit après deux impayés.'],
  ['es', 'restriction', 'Nuestras nuevas condiciones exigen un consumo mínimo y el cliente queda por debajo.'],
  ['pt', 'restriction', 'O cliente ficou abaixo do pedido mínimo das nossas novas condições.'],
  ['pt', 'restriction', 'Cadastro bloqueado pelo financeiro depois de quatro boletos vencidos.'],
  // "la règle" (a rule we kept) is not "réglé" (a problem settled).
  ['fr', 'deliberate', "Nous avons gardé la règle du minimum de commande, tant pis s'ils partaient."],
  // German word order: the customer abused our people, whose conduct it is not.
  ['de', 'abusive', 'Wir haben gekündigt, weil der Inhaber unsere Monteure wiederholt beleidigt hat.'],
  // What made us end it, told with no "we": the customer's doing, not our failure.
  ['en', 'policy_breach', 'Our HSE lead suspended the service after their site crew kept ignoring the permit-to-work rules.'],
  ['en', 'our_decision', 'Competitor - not really, our finance team ended it after repeated payment defaults and a breach of terms'],
  ['de', 'our_decision', 'Wir haben gekündigt, nachdem der Kunde wg. ständiger unbegründeter Reklamationen nicht mehr zu halten war.'],
];

/** No decisive cause, though a word in it looks like one. */
export const UNDETERMINED_TOLD: Case[] = [
  ['pt', 'vague', "Não renovou. Motivo no sistema: 'outros', sem observações."],
  ['es', 'vague', 'Dijo que lo iba a pensar y no volvió a llamar.'],
  // "our sponsor retired": a person of theirs left; nothing says why the renewal lapsed.
  ['en', 'vague', 'Our sponsor there retired in May and the renewal lapsed; nobody seems to know who decides now.'],
  // Two causes offered side by side, neither chosen.
  ['en', 'hedge', 'Either the new buyer wanted his own vendor or our invoice mix-up put them off; nobody will say.'],
  ['de', 'hedge', 'Entweder war der Preis zu hoch oder die Lieferzeiten, der Kunde äußert sich nicht.'],
  // A cause the rep asked about and was told no: ruled out, and nothing else given.
  ['en', 'vague', 'They gave notice by email. I asked whether it was the pricing and the buyer said no.'],
  ['es', 'vague', 'Cancelaron el contrato. Le pregunté si era por el precio y me dijo que no.'],
  ['fr', 'vague', "Ils ont résilié. Je lui ai demandé si c'était une question de tarif, il m'a dit que non."],
  ['pt', 'vague', 'Cancelaram o contrato. Perguntei se era o preço e ela disse que não.'],
  // Causes listed in a question that got no answer stay guesses.
  ['en', 'hedge', 'The buyer called to say they would not renew. I asked whether it was budget, a merger or a rival, and she would not say.'],
  // The deal stopped moving; nobody says why.
  ['en', 'vague', 'All we know is the deal stalled after the trial and nobody there answers any more.'],
  // Several causes of different kinds and "never said which mattered".
  ['en', 'mixed', 'Hard to say. Our invoices had errors, their CFO found a cheaper provider, and they opened a plant abroad; they never said which of these decided it.'],
  // "ohne jede Störung": without any fault; the answer asked for was none.
  ['de', 'vague', 'Kunde verlängert nicht. Auf Nachfrage nur: das hat sich intern so ergeben. Die Wartungen liefen ohne jede Störung.'],
  ['pt', 'vague', 'Perguntei se foi algum atraso nosso e ele falou que não. Não deu outro motivo.'],
  ['de', 'no_reason', 'Kunde geht, am Preis lag es nicht; mehr wollte die Einkäuferin sich nicht äußern.'],
];
