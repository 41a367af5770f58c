import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const it: Translation = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',

  bannerLabel: 'Consenso ai cookie',
  bannerTitle: 'Cookie su questa piattaforma di apprendimento',
  bannerText:
    'Usiamo cookie essenziali per permetterti di accedere e usare la piattaforma. Con il tuo consenso usiamo anche cookie per capire come viene usata la piattaforma. Puoi modificare la tua scelta in qualsiasi momento in «Impostazioni dei cookie».',
  privacyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  settings: 'Impostazioni',

  settingsTitle: 'Impostazioni dei cookie',
  settingsIntro:
    'Scegli quali cookie possiamo usare. I cookie essenziali sono sempre attivi perché senza di essi la piattaforma non può funzionare. Puoi revocare il tuo consenso qui in qualsiasi momento.',
  saveChoices: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  cookiesUsed: 'Cookie di questa categoria',
  cookieName: 'Nome',
  cookieExpires: 'Durata',
  cookieProvider: 'Impostato da',
  session: 'Alla chiusura del browser',
  untilDelivered: 'Fino all’invio a questo sito',
  thisSite: 'Questo sito',
  noCookies: 'Per questa categoria non è indicato alcun cookie.',
  embedsTitle: 'Contenuti esterni',
  embedsIntro:
    'Fornitori di cui hai permesso di caricare video o mappe su tutte le pagine di questo sito, senza chiedertelo ogni volta.',
  embedsNone: 'Non hai consentito alcun fornitore.',
  embedAllowedUntil: (date) => `Consentito fino al giorno ${date}`,
  embedWithdraw: (provider) => `Non consentire più ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} non è più consentito. I suoi contenuti chiederanno il permesso prima di caricarsi.`,
  guardianAgrees: 'Un mio genitore o tutore è d’accordo',

  policiesLabel: 'Policy del sito',
  policyProgress: (n, total) => `Policy ${n} di ${total}`,
  policyUpdated: (date) => `Ultima modifica: ${date}`,
  policyVersion: (version) => `Versione ${version}`,
  policyRequired: 'Obbligatoria',
  policyOptional: 'Facoltativa',
  policyFull: 'Policy completa',
  policyFullLink: 'Leggi la policy completa (si apre in una nuova scheda)',
  policyAgree: 'Accetto',
  policyDecline: 'Non accetto',
  policyBack: 'Indietro',
  policyNext: 'Avanti',
  policyAnswerNeeded: 'Scegli «Accetto» o «Non accetto» prima di proseguire.',
  policyRefusedTitle: 'Senza questa policy non puoi usare la piattaforma',
  policyRefusedText: (title) =>
    `«${title}» è obbligatoria. Se non la accetti, non puoi usare questa piattaforma di apprendimento. Puoi tornare indietro, rileggerla e accettarla, oppure lasciare il sito. Per qualsiasi domanda, contatta l’amministratore del sito.`,
  policyBackToPolicy: 'Torna alla policy',
  policyReviewTitle: 'Controlla le tue scelte',
  policyReviewIntro: 'Nulla viene salvato finché non confermi. Usa «Indietro» per cambiare una risposta.',
  policyAgreed: 'Accettata',
  policyDeclined: 'Rifiutata',
  policyConfirm: 'Conferma',
  policyDoneTitle: 'Grazie',
  policyDoneText: 'Le tue scelte sono state salvate. Puoi revocare in qualsiasi momento i consensi facoltativi.',
  policyNothingToAsk: 'Hai risposto a tutte le policy in vigore.',
  policySaveFailed:
    'Non è stato possibile salvare le tue scelte in questo browser, quindi ti verranno richieste alla prossima visita.',
  policyAgeTitle: 'Quanti anni hai?',
  policyAgeIntro: (age) =>
    `Se hai meno di ${plural('it', age, { one: '# anno', other: '# anni' })}, un genitore o tutore deve accettare le policy al posto tuo. La tua età non viene salvata.`,
  policyAgeLabel: 'Età in anni',
  policyAgeInvalid: 'Inserisci la tua età in anni interi, per esempio 15.',
  policyGuardian: 'Un mio genitore o tutore ha letto questa policy e la accetta a mio nome.',
  policyGuardianNeeded:
    'Non hai ancora l’età del consenso digitale, quindi un genitore o tutore deve accettare al posto tuo. Chiedigli di leggere questa pagina e di spuntare la casella.',
  policyOnBehalf: 'Accettata da un genitore o tutore',
  policyAgreementsTitle: 'Policy e consensi',
  // "in data" keeps the sentence right for every date ("il 3 marzo" but "l’11 marzo").
  policyAgreedOn: (version, date) =>
    version ? `Hai accettato la versione ${version} in data ${date}.` : `Hai accettato in data ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Hai rifiutato la versione ${version} in data ${date}.` : `Hai rifiutato in data ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Hai revocato il tuo consenso alla versione ${version} in data ${date}.`
      : `Hai revocato il tuo consenso in data ${date}.`,
  policyOutdated: (version, date) =>
    `Hai accettato la versione ${version} in data ${date}. Da allora la policy è cambiata, quindi ti verrà chiesto di accettare la nuova versione.`,
  policyUnanswered: 'Nessuna risposta finora.',
  policyWithdraw: 'Revoca il consenso',
  policyWithdrawn: (title) => `Hai revocato il tuo consenso a «${title}».`,
  policyGiveConsent: 'Dai il consenso',
  policyGiven: (title) => `Hai dato il tuo consenso a «${title}».`,
  policyCannotWithdraw:
    'Questa policy è obbligatoria, quindi non puoi revocare la tua accettazione mentre usi la piattaforma. Per smettere di usare la piattaforma, contatta l’amministratore del sito.',

  embedFrom: (provider) => `Contenuto incorporato da ${provider}`,
  embedNotice: (provider) =>
    `Caricandolo, dati come il tuo indirizzo IP vengono inviati a ${provider}, che può anche impostare cookie. ${provider} può trattare questi dati fuori dall’UE, in un paese terzo come gli Stati Uniti.`,
  embedProviderPrivacy: (provider) => `Informativa sulla privacy di ${provider}`,
  embedSitePrivacy: 'La nostra informativa sulla privacy',
  embedNewTab: '(si apre in una nuova scheda)',
  embedLoadVideo: 'Carica il video',
  embedLoadMap: 'Carica la mappa',
  embedLoadContent: 'Carica il contenuto',
  embedAlwaysAllow: (provider) => `Consenti sempre ${provider}`,
  embedAllowNote: (provider, days) =>
    `«Consenti sempre ${provider}» viene ricordato in un cookie per ${plural('it', days, { one: '# giorno', other: '# giorni' })} e carica tutti i contenuti di ${provider} su questa piattaforma.`,
  embedErrorTitle: 'Questo contenuto non può essere mostrato',
  embedErrorText:
    'Il suo indirizzo non è un link riconosciuto a un video o a una mappa, quindi non è stato caricato nulla.',

  categoryTitles: {
    essential: 'Essenziali',
    analytics: 'Analitici',
    functional: 'Funzionali',
    marketing: 'Pubblicitari',
  },
  categoryDescriptions: {
    essential:
      'Necessari al funzionamento della piattaforma: mantengono l’accesso (MoodleSession) e ricordano le tue scelte su cookie, contenuti esterni e policy della piattaforma. Non richiedono consenso.',
    analytics:
      'Ci aiutano a capire come viene usata la piattaforma, con il nostro sistema di statistiche Matomo. Nessun dato viene trasmesso a terzi.',
    functional: 'Ricordano impostazioni come il tuo nome utente nella pagina di accesso.',
    marketing: 'Servono a mostrarti contenuti pertinenti su altri siti web.',
  },
};

export default it;
