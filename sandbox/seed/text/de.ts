import type { LanguagePack } from './pack';

export const DE: LanguagePack = {
  picklist: {
    bought_away: ['Preis', 'Zu teuer', 'Preis/Budget'],
    pulled_away: ['Funktionsumfang', 'Produkt passt nicht', 'Wettbewerber (Produkt)'],
    unintentionally_pushed_away: ['Service-Probleme', 'Support', 'Qualität'],
    moved_away: ['Übernahme', 'Standortschließung', 'Inhouse-Lösung', 'Insolvenz'],
    intentionally_pushed_away: ['Unrentabel', 'Zahlungsprobleme', 'Kündigung durch uns'],
    undetermined: ['Sonstiges', 'Keine Entscheidung', 'Unbekannt'],
  },
  short: {
    bought_away: [
      'Preis! {competitor} ist {pct}% günstiger', 'zu teuer, Einkauf hat den billigsten Anbieter genommen',
      'Wettbewerber {competitor} mit deutlich besserem Angebot (-{pct}%)', 'Budget gekürzt, günstigere Lösung bei {competitor}',
      'Kunde wollte {pct}% Rabatt, konnten wir nicht geben -> {competitor}',
    ],
    pulled_away: [
      '{competitor} hat die bessere SAP-Anbindung', 'wollten Komplettlösung aus einer Hand -> {competitor}',
      'fehlende Funktionen (Mehrmandanten), Wechsel zu {competitor}', 'Mobile App von {competitor} überzeugt mehr', 'Roadmap von {competitor} passt besser',
    ],
    unintentionally_pushed_away: [
      'zu viele Ausfälle, Support reagiert nicht', 'Rechnungsfehler mehrfach, Vertrauen weg', 'Migration im {month} schiefgelaufen',
      'Lieferverzug Scanner, 2x', 'Ansprechpartner bei uns 3x gewechselt, keiner kümmert sich',
    ],
    moved_away: [
      'von {acquirer} übernommen, Konzernvorgabe anderes Tool', 'Werk in {city} geschlossen', 'machen es jetzt inhouse',
      'Insolvenz angemeldet', 'Geschäftsbereich verkauft, brauchen uns nicht mehr',
    ],
    intentionally_pushed_away: [
      'von uns gekündigt - zahlt chronisch zu spät', 'Aufwand zu hoch, Kunde unrentabel', 'GF-Entscheidung: keine Verlängerung',
      'Bonität schlecht, kein Angebot mehr', 'ständig Sonderwünsche ohne Budget, haben abgelehnt',
    ],
    undetermined: ['keine Rückmeldung mehr', 'sonstiges', 'k.A.', 'Kunde hat abgesagt', 'siehe Mail'],
  },
  long: {
    bought_away: ['Telefonat mit {contact}: Sie wechseln zum Laufzeitende zu {competitor}. Ausschlaggebend war ausschließlich der Preis, {competitor} liegt ca. {pct}% unter unserem Verlängerungsangebot. Mit Produkt und Service war man zufrieden. Der Einkauf hatte die Vorgabe, Softwarekosten zu senken.'],
    pulled_away: ['{contact} hat die Entscheidung erklärt: {competitor} deckt Lager und Außendienst in einer Plattform ab, man will Lieferanten konsolidieren. Preislich kein großer Unterschied. Unser {product} gilt als solide, aber als Insellösung.'],
    unintentionally_pushed_away: ['Ehrliche Analyse: Wir haben den Kunden verloren, weil wir nicht geliefert haben. Nach dem Update im {month} lief die Synchronisation am Standort {city} fast drei Wochen nicht. {contact} hat zweimal eskaliert, ohne Antwort. Dazu eine doppelte Rechnung. Eine Entschuldigung durch die Geschäftsleitung wäre angebracht.'],
    moved_away: ['{contact} hat angerufen: Übernahme durch {acquirer} im {month}. Der Konzern gibt eine eigene Plattform vor, alle lokalen Tools werden abgelöst. Hat nichts mit uns zu tun, man war zufrieden. In 1-2 Jahren evtl. wieder lokales Budget.'],
    intentionally_pushed_away: ['Entscheidung der Geschäftsleitung, nicht zu verlängern. Der Kunde hat mehr Supportaufwand als Umsatz verursacht und jede Rechnung beanstandet. Saubere Übergabe angeboten und {competitor} empfohlen, passt von der Größe besser.'],
    undetermined: ['Mehrfach versucht, {contact} wegen der Verlängerung zu erreichen. Keine Antwort. Vertrag ist Ende {month} ausgelaufen.'],
  },
  failureTickets: ['Synchronisation ausgefallen ({city})', 'Doppelte Rechnung {invoice}', 'Lieferung Scanner fehlt', 'DRINGEND: App stürzt ab', 'Daten fehlen nach Migration'],
  noiseTickets: ['Report exportieren?', 'Passwort zurücksetzen', 'Neue Benutzer anlegen'],
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  renewalWord: 'Verlängerung',
  accountNotes: ['Jahresgespräch positiv, {contact} zufrieden.', 'Erweiterung für Standort {city} besprochen.'],
};
