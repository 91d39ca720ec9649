import type { LanguagePack } from './pack';

export const FR: LanguagePack = {
  picklist: {
    bought_away: ['Prix', 'Trop cher'],
    pulled_away: ['Fonctionnalités', 'Produit concurrent'],
    unintentionally_pushed_away: ['Problèmes de service', 'Qualité'],
    moved_away: ['Rachat', 'Fermeture', 'Internalisation'],
    intentionally_pushed_away: ['Non rentable', 'Impayés'],
    undetermined: ['Autre', 'Pas de décision'],
  },
  short: {
    bought_away: ['prix trop élevé, parti chez {competitor}', '{competitor} moins cher de {pct}%', "budget réduit, ils ont pris l'offre la moins chère", 'le client voulait -{pct}%, pas possible'],
    pulled_away: ['{competitor} propose une plateforme tout-en-un', "manque d'intégration ERP, choix de {competitor}", 'meilleure appli mobile chez {competitor}', 'fonctionnalités multi-sites manquantes'],
    unintentionally_pushed_away: ['trop de pannes, support injoignable', 'erreurs de facturation répétées', 'migration ratée en {month}', 'retards de livraison, deux fois'],
    moved_away: ['racheté par {acquirer}, outil imposé par le groupe', 'fermeture du site de {city}', 'ils ont internalisé', 'liquidation judiciaire'],
    intentionally_pushed_away: ['non renouvelé par nous, retards de paiement', 'client non rentable, coût de service trop élevé', 'décision direction : on arrête'],
    undetermined: ['plus de nouvelles', 'autre', 'pas de réponse après le devis', 'NC'],
  },
  long: {
    bought_away: ["Échange avec {contact} : ils passent chez {competitor} à la fin du contrat. Le prix a été décisif, environ {pct}% de moins que notre offre de renouvellement. Satisfaits du produit, mais les achats devaient réduire les coûts."],
    pulled_away: ["{contact} m'a expliqué leur choix : {competitor} couvre stock et interventions dans une seule plateforme. Le prix était comparable. Notre {product} est jugé solide mais trop limité."],
    unintentionally_pushed_away: ["Soyons honnêtes : nous les avons déçus. Après la mise à jour de {month}, la synchronisation du site de {city} a été en panne presque trois semaines. {contact} a relancé deux fois sans réponse. Ils partent chez {competitor}. Un appel d'excuses de la direction serait bienvenu."],
    moved_away: ['{contact} nous a prévenus du rachat par {acquirer} en {month}. Le groupe impose sa propre plateforme. Rien à voir avec nous, ils étaient satisfaits et proposent de servir de référence.'],
    intentionally_pushed_away: ["Décision de la direction de ne pas renouveler. Le compte coûtait plus en support qu'il ne rapportait et contestait chaque facture. Transition propre proposée, orientation vers {competitor}."],
    undetermined: ['Plusieurs relances auprès de {contact}, sans réponse. Contrat terminé fin {month}.'],
  },
  failureTickets: ['Synchro en panne sur le site de {city}', 'Facture {invoice} débitée deux fois', 'URGENT : application plante', 'Données perdues après migration'],
  noiseTickets: ['Comment exporter un rapport ?', 'Réinitialiser le mot de passe'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  renewalWord: 'Renouvellement',
  accountNotes: ['Revue annuelle positive, {contact} satisfait.', 'Extension évoquée pour {city}.'],
};
