import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): our decision to end it. */
export const OUR_DECISION: ConceptSpec[] = [
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'decided not to renew', 'decided not to continue', 'decided to end', 'decided to exit', 'decided to stop',
        'decided to resign', 'decided we would stop', 'decided we could not', 'decided the', 'chose not to',
        'opted not to',
        'declined to renew', 'declined to', 'refused to renew', 'not to renew', 'not renew', 'did not renew them',
        'we did not renew', 'we will not renew', 'non renewal', 'nonrenewal', 'would not be continuing',
        'will not be continuing', 'not be continuing', 'gave notice', 'gave them notice', 'give notice',
        'served notice',
        'gave them _ days', 'gave him _ days', 'gave her _ days', 'terminat*', 'ended the', 'ended it', 'ended our',
        'end the engagement', 'end the relationship', 'end the contract', 'withdrew', 'withdraw*', 'pulled the plug',
        'resign* the account', 'resigned', 'stopped taking', 'stop taking', 'stopped serving', 'stopped supplying',
        'stopped selling to', 'stopped discounting', 'declined the', 'let them go', 'let him go', 'let her go',
        'walked', 'walked away', 'no bid', 'did not bid', 'not to bid', 'chose not to bid', 'renewal not offered',
        'not offered a renewal', 'we exited', 'exited', 'we are exiting', 'dropped them', 'dropped from',
        'removed them',
        'retire* the', 'cut them off', 'cut off', 'not lift', 'did not lift', 'not to lift', 'blocked',
        'offboard*', 'parted ways', 'part ways', 'recommended exit', 'moved them to', 'moved him to', 'put them on',
        'let _ go',
        'let _ _ go', 'let _ _ _ go', 'suspended them', 'suspended the account', 'stop to supply',
        'put him on', 'put her on', 'we will no longer', 'we no longer', 'we would not', 'stop supplying',
        'transferred them', 'handed them', 'dropped by us', 'ended by us', 'terminated by us', 'cancelled by us',
        'canceled by us', 'by our decision',
        'we chose to end', 'we chose to exit', 'we decided to let', 'we let the contract lapse', 'we let it lapse',
        'we did not bid', 'we declined to bid', 'we passed on', 'we opted out', 'we pulled out', 'we stepped away',
        'we stepped back', 'we discontinued', 'we sunset', 'we sunsetted', 'we retired the', 'we stopped offering',
        'we no longer offer', 'no longer offer the', 'we exited the', 'we closed the account',
        'we closed their account', 'closed the account', 'we refused', 'we turned down', 'turned them down',
        'turned down the renewal', 'we would not renew', 'not to renew them', 'decline the renewal',
        'declined the renewal', 'not offer a renewal', 'did not offer a renewal', 'served them notice',
        'issued notice', 'notice of termination', 'termination notice', 'non renewal notice',
        'we fired them', 'fired them', 'fired the', 'we dropped them', 'dropped the client', 'dropped the customer',
        'we chose to walk', 'chose to walk', 'declined to quote', 'declined to bid', 'no quote', 'did not quote',
        'we did not quote', 'we passed', 'passed on the renewal', 'we let them walk', 'we let it go', 'let it go',
        'not renewing them', 'offboarded them', 'we off boarded',
        'we let them lapse', 'we chose to focus', 'we refocused', 'we exited the vertical', 'we left the vertical',
        'strategic reasons on our side', 'not a customer we wanted', 'not the kind of customer', 'we stepped out',
      ],
      de: [
        'gekundigt', 'kundigung', 'beendet', 'nicht verlangert', 'nicht mehr verlangert', 'nicht zu verlangern',
        'entschieden', 'entschlossen', 'zuruckgezogen', 'gesperrt', 'sperre bleibt', 'bleibt gesperrt', 'auf ~ gesetzt',
        'umgestellt', 'nicht mehr beliefern', 'beliefern ~ nicht mehr', 'getrennt', 'trennen uns', 'abgelehnt',
        'wir haben gekundigt', 'wir haben beendet', 'wir haben uns entschieden', 'haben wir beendet',
        'haben wir gekundigt', 'haben wir abgelehnt', 'wir bieten _ nicht mehr an', 'nicht mehr angeboten',
        'kundigung ausgesprochen', 'kundigung unsererseits',
        'wir beliefern ~ nicht', 'beliefern ~ _ nicht mehr',
      ],
      fr: [
        'mis fin', 'mettre fin', 'resili*', 'ne pas reconduire', 'ne pas renouveler', 'non reconduction',
        'non renouvellement',
        'decide de', 'decide d', 'avons decide', 'a decide de ne pas', 'choisi de ne pas', 'arrete*', 'cesser de',
        'avons retire', 'retire notre', 'retire nos', 'nous retirer', 'nous sommes retire*',
        'suspendu*', 'refuse*', 'transfere*', 'separes', 'nous separer',
        'nous avons resilie', 'nous avons decide', 'avons choisi', 'nous avons refuse', 'nous avons arrete',
        'nous ne proposons plus', 'avons mis un terme', 'preavis envoye', 'lettre de resiliation',
      ],
      es: [
        'decidimos', 'decidio no renovar', 'no renovar', 'rescind*', 'terminamos', 'dejamos de', 'retiramos',
        'suspendimos',
        'pasamos la cuenta', 'dimos de baja', 'bloqueamos', 'cortamos', 'rechazamos', 'no renovamos',
        'dejamos de atender',
        'decidimos terminar', 'decidimos no', 'rechazamos la renovacion', 'dejamos de ofrecer', 'ya no ofrecemos',
        'cancelamos', 'nos retiramos', 'enviamos preaviso', 'carta de terminacion',
      ],
      pt: [
        'optamos por nao', 'decidiu ~ encerrar', 'encerrar o fornecimento', 'encerramos', 'nao renovamos',
        'nao renovar', 'suspendemos', 'rescindimos', 'desligamos', 'recusamos',
        'decidimos encerrar', 'decidimos nao', 'recusamos a renovacao', 'deixamos de oferecer', 'ja nao oferecemos',
        'enviamos aviso', 'carta de rescisao',
      ],
    },
  },
  {
    // We ended the relationship ourselves.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['ended the relationship', 'terminate the relationship', 'terminated the relationship', 'cut ties'],
      de: ['beziehung beenden', 'beziehung beendet', 'zusammenarbeit beenden', 'zusammenarbeit beendet'],
      fr: ['mettre fin a la relation', 'mis fin a la relation', 'rompre la relation', 'arreter la collaboration'],
      es: ['cerrar la relacion', 'terminar la relacion', 'romper la relacion', 'cortar la relacion', 'decidio cerrar'],
      pt: ['encerrar a relacao', 'terminar a relacao', 'romper a relacao', 'encerrar o relacionamento', 'decidiu encerrar'],
    },
  },
  {
    // Whose decision it was, the clause says ("our harbour board decided against renewing"; "der Kunde hat sich
    // gegen eine Verlängerung entschieden" is theirs).
    concept: 'our_decision',
    weight: 2.5,
    forms: {
      en: ['opted not to renew', 'decided against renewing', 'decided against a renewal'],
      de: ['gegen eine verlangerung entschieden', 'gegen die verlangerung entschieden', 'entschieden ~ nicht zu bieten'],
      fr: ['decide de ne pas renouveler'],
      es: ['no concursar'],
    },
  },
  {
    // We withdrew our people and ended it.
    concept: 'our_decision',
    weight: 2.6,
    forms: {
      en: ['pulled our crews', 'pulled our crew', 'pulled our people', 'pulled our staff', 'withdrew our staff', 'withdrew our crews', 'ending the agreement', 'ending the contract'],
      de: ['unsere leute abgezogen', 'unser personal abgezogen', 'unsere teams abgezogen'],
      fr: ['retire nos equipes', 'retire notre personnel', 'retire nos agents'],
      es: ['retiramos a nuestro personal', 'retiramos nuestros equipos', 'retiramos a nuestra gente'],
      pt: ['retiramos nossa equipe', 'retiramos nosso pessoal', 'retiramos nossas equipes'],
    },
  },
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'priced ~ to walk', 'priced it to lose', 'priced ~ out on purpose', 'we won t sign', 'we would not sign', 'we will not sign', 'we refused to sign', 
        'passed on the rfp', 'passed on the tender', 'did not respond to the rfp', 'did not answer the tender',
        'decided not to bid', 'not to rebid', 'not to tender',
      ],
      de: ['wir unterschreiben nicht', 'kein angebot abgegeben', 'nicht mitgeboten', 'auf die ausschreibung verzichtet', 'wir ~ gekundigt', 'nicht mitzubieten', 'nicht erst mitzubieten', 'nicht mitbieten'],
      fr: ['ne signerons pas', 'pas repondu a ~ appel d offres', 'pas repondu a l appel d offres', 'pas soumissionne', 'avons resilie', 'avons mis fin', 'ne pas soumissionner', 'ne pas repondre a', 'nous ne avons pas repondu', 'nous ne avons pas soumissionne', 'nous ne avons pas participe', 'on ne a pas repondu'],
      es: ['no firmamos', 'no firmaremos', 'no nos presentamos a', 'no presentamos oferta', 'no licitamos', 'cancelamos el contrato', 'no presentarnos', 'no licitar'],
      pt: ['nao assinamos', 'nao vamos assinar', 'nao participamos da licitacao', 'nao apresentamos proposta', 'encerramos o contrato', 'nao participar da', 'nao concorrer'],
    },
  },
  {
    // Our decision not to pursue or keep the business.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'would not sign their', 'refused to sign their', 'legal would not sign', 'legal refused',
        'too risky for us', 'not worth the risk', 'decided to walk away', 'walk away from the rfp', 'walked away from the rfp', 'walk away from the deal', 'unacceptable to us', 'we could not accept', 'we would not accept', 'we refused their', 'we refused to',
        'we did not want the business', 'we did not want the work', 'we did not want the account', 'did not want the business', 'did not want the work', 'did not want the account',
        'not worth pursuing', 'chose not to pursue', 'decided not to pursue', 'opted not to pursue',
        'opted not to quote', 'chose not to quote', 'decided not to quote',
        'declined the opportunity', 'declined to proceed', 'walked from the deal',
        'passed on the opportunity', 'passed on the deal', 'passed on it', 'pulled our bid',
        'withdrew our bid', 'withdrew our proposal', 'withdrew from the tender', 'no bidded',
        'disqualified them', 'we disqualified', 'qualified them out', 'qualified out', 'dqd them', 'dq ed them', 'dq d them',
        'let the account go', 'let the client go',
        'exit that vertical', 'exiting that vertical',
        'exit the vertical', 'exiting the vertical', 'exiting that segment', 'not a fit for our icp',
        'bad fit for us', 'poor fit for us',
      ],
    },
  },
  {
    // Our deliberate decision told as declining, refusing, giving up the account, "firing" the customer.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      es: [
        'declinamos', 'nos negamos', 'renunciamos a', 'preferimos no', 'preferimos dejar', 'lo despedimos como cliente',
        'despedimos al cliente', 'prescindimos del cliente', 'no aceptamos', 'no quisimos aceptar', 'le dijimos que no',
        'les dijimos que no', 'soltamos la cuenta', 'soltamos al cliente', 'nos bajamos del', 'no cedimos', 'no accedimos',
      ],
      pt: [
        'abrimos mao', 'nos recusamos', 'preferimos nao', 'preferimos encerrar', 'dispensamos o cliente',
        'demitimos o cliente', 'dissemos que nao', 'largamos mao', 'nao aceitamos', 'nao cedemos', 'nao topamos', 'nao liberamos mais',
      ],
    },
  },
  {
    // Our "no" to what they demanded: "demanded 50% discount, we said no".
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['we said no', 'said no to', 'we turned it down', 'we did not want to continue', 'we no longer wanted'],
      de: ['wir haben nein gesagt', 'haben abgelehnt', 'wir sagten nein', 'wir wollten ~ nicht mehr', 'wollten wir nicht mehr'],
      fr: ['on a dit non', 'nous avons dit non', 'nous avons decline', 'on a decline', 'nous ne avons pas voulu', 'on ne a pas voulu', 'pas voulu continuer'],
      es: ['dijimos que no', 'lo rechazamos', 'no quisimos seguir', 'no quisimos continuar'],
      pt: ['dissemos nao', 'nao quisemos continuar', 'nao quisemos seguir'],
    },
  },
  {
    // Our own non-renewal in French, and too little margin.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      fr: ['nous ne avons pas renouvele', 'on ne a pas renouvele', 'nous ne avons pas reconduit', 'on ne a pas reconduit', 'pas reconduit par nous'],
    },
  },
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['fired as a client', 'fired as client', 'fired them as', 'fired the account'],
    },
  },
];
