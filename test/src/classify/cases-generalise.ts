/**
 * Own examples (not from any evaluation set) for surface forms added to generalise the concept
 * classes: local presence, one-off offers, a capability we had but never offered, purchase freezes,
 * neglect with a long gap before the verb, lost goods, corrupted data and a team of their own. Five languages each.
 */
import type { Case } from './cases-bought-pulled';

export const BOUGHT_AWAY_FORMS: Case[] = [
  ['en', 'promo', 'A rival made them a one-off offer for the first season.'],
  ['de', 'promo', 'Konkurrent lockte mit einem Sonderangebot für das erste Quartal.'],
  ['fr', 'promo', "Le concurrent a fait une offre spéciale pour l'ouverture du site."],
  ['es', 'promo', 'Aceptaron una oferta especial de la competencia para este trimestre.'],
  ['pt', 'promo', 'Fecharam com uma oferta pontual do concorrente.'],
];

export const PULLED_AWAY_FORMS: Case[] = [
  ['en', 'better_offer', 'The rival keeps technicians in the same city and can be there within the hour.'],
  ['de', 'better_offer', 'Der Mitbewerber hat Techniker in ihrer Stadt und kommt noch am selben Tag.'],
  ['fr', 'better_offer', 'Le concurrent a une équipe sur site dans leur zone industrielle.'],
  ['es', 'better_offer', 'La competencia tiene técnicos locales y atiende el mismo día.'],
  ['pt', 'better_offer', 'O concorrente tem técnicos locais e atende no mesmo dia.'],
  ['en', 'our_gap', 'They chose a tool with route planning; ours is in beta and was not offered to them.'],
  ['de', 'our_gap', 'Mitbewerber hat ein Kundenportal; unseres liegt in der Beta und wurde nie angeboten.'],
  ['fr', 'our_gap', 'Le concurrent propose la signature électronique ; la nôtre est en bêta, jamais proposée.'],
  ['es', 'our_gap', 'El rival incluye firma digital; la nuestra está en desarrollo y no se ofreció.'],
  ['pt', 'our_gap', 'O concorrente tem painel de relatórios; o nosso está em beta e nunca foi oferecido.'],
];

export const UNINTENTIONALLY_PUSHED_AWAY_FORMS: Case[] = [
  ['en', 'neglect', 'Our account rep stopped visiting after the spring.'],
  ['de', 'neglect', 'Unser Service hat monatelang nicht auf die Mails der Einkäuferin reagiert.'],
  ['fr', 'neglect', "Notre hotline n'a jamais répondu à leurs demandes de rappel."],
  ['es', 'neglect', 'Nuestro soporte nunca respondió a los avisos del cliente.'],
  ['pt', 'neglect', 'Os pedidos do cliente ficaram parados por meses no nosso suporte.'],
  ['en', 'our_failure', 'Our migration corrupted their customer records.'],
  ['de', 'our_failure', 'Unser Fahrer hat die Sendung des Kunden verloren.'],
  ['fr', 'our_failure', 'Intoxication de plusieurs convives après notre buffet.'],
  ['es', 'our_failure', 'Perdimos dos pedidos del cliente en nuestro almacén.'],
  ['pt', 'our_failure', 'Perdemos a encomenda do cliente no nosso armazém.'],
];

export const MOVED_AWAY_FORMS: Case[] = [
  ['en', 'budget_cut', 'The mill froze all purchasing after the flood.'],
  ['de', 'budget_cut', 'Der Betrieb hat die Investitionen nach der Dürre eingefroren.'],
  ['fr', 'budget_cut', "Gel des achats chez le client jusqu'à nouvel ordre."],
  ['es', 'budget_cut', 'La empresa congeló todas las compras hasta el próximo ejercicio.'],
  ['pt', 'budget_cut', 'A cooperativa congelou as compras depois da geada.'],
  ['en', 'insourced', 'The client set up their own dispatch team last quarter.'],
  ['de', 'insourced', 'Sie haben eine eigene kleine Abteilung aufgebaut.'],
  ['fr', 'insourced', 'Ils ont monté une équipe technique interne.'],
  ['es', 'insourced', 'Montaron un equipo técnico propio.'],
  ['pt', 'insourced', 'A cliente montou uma equipe jurídica própria.'],
];
