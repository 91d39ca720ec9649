/** Own examples (not from any evaluation set) for our deliberate decisions and for texts with no decisive cause. */
import type { Case } from './cases-bought-pulled';

export const INTENTIONALLY_PUSHED_AWAY: Case[] = [
  ['en', 'our_decision', 'We decided not to renew: the account never covered the cost of serving it.'],
  ['en', 'deliberate', 'We raised their rate on purpose, knowing they would walk.'],
  ['en', 'bad_payer', 'Chronic late payer, invoices 120 days overdue, so we stopped supplying them.'],
  ['en', 'our_decision', 'Scope creep every month and margins gone; let them go at renewal.'],
  ['de', 'bad_payer', 'Zahlte die Rechnungen immer zu spät, deshalb haben wir gekündigt.'],
  ['en', 'restriction', 'Finance put them on cash in advance after the second bounced payment.'],
  ['en', 'channel_move', 'Small accounts were handed to our distribution partner under the new coverage model.'],
  ['en', 'abusive', 'Their site manager threatened our technicians; management ended the contract.'],
  ['en', 'policy_breach', 'They kept asking us to falsify inspection records, so we withdrew.'],
  ['de', 'our_decision', 'Wir haben den Vertrag bewusst nicht verlängert, der Kunde war nicht rentabel.'],
  ['de', 'restriction', 'Wegen Zahlungsverzug auf Vorkasse umgestellt, danach kam nichts mehr.'],
  ['fr', 'our_decision', 'Nous avons décidé de ne pas renouveler, le client était déficitaire.'],
  ['fr', 'channel_move', 'Compte transféré à notre distributeur régional, décision de la direction.'],
  ['es', 'our_decision', 'Decidimos no renovar porque la cuenta no era rentable.'],
  ['es', 'bad_payer', 'Cliente moroso, cortamos el suministro.'],
  ['pt', 'our_decision', 'Optamos por não renovar, o contrato dava prejuízo.'],
  ['pt', 'bad_payer', 'Inadimplente há meses, bloqueamos novos pedidos.'],
];

export const UNDETERMINED: Case[] = [
  ['en', 'vague', 'Timing'],
  ['en', 'vague', 'They went quiet after the proposal and never came back to us.'],
  ['en', 'no_reason', 'They chose another vendor and declined to share any feedback.'],
  ['en', 'hedge', 'Might have been price, might have been the new director; nobody would confirm.'],
  ['en', 'competitor', 'Lost to competitor'],
  ['en', 'mixed', 'A mix of things, price and the delays were both mentioned, nobody said which mattered.'],
  ['de', 'vague', 'Keine Entscheidung, Projekt liegt auf Eis.'],
  ['de', 'no_reason', 'Kunde hat sich ohne Begründung für einen anderen Anbieter entschieden.'],
  ['fr', 'vague', 'Pas de décision, le client ne répond plus.'],
  ['fr', 'no_reason', 'Perdu sans explication, aucun retour malgré nos relances.'],
  ['es', 'vague', 'Sin decisión por ahora, volver a llamar en el próximo trimestre.'],
  ['es', 'no_reason', 'Cambiaron de proveedor sin dar explicaciones.'],
  ['pt', 'vague', 'Cliente sumiu depois da proposta.'],
  ['pt', 'no_reason', 'Não renovaram e não disseram o motivo.'],
  // A picklist-like phrase inside a longer note reads as its other concept; an expired contract says nothing.
  ['de', 'vague', 'Dreimal angerufen, immer die Mailbox. Keine Antwort bis heute, der Vertrag ist Ende März abgelaufen.'],
  ['en', 'neutral', 'Their contract simply expired at year end and they went quiet.'],
  ['de', 'no_reason', 'Seit dem Angebot keine Reaktion. Warum, wissen wir nicht.'],
];
