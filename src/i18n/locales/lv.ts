import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const lv: Translation = {
  $code: 'lv',
  $name: 'Latviešu',
  $dir: 'ltr',

  bannerLabel: 'Piekrišana sīkdatnēm',
  bannerTitle: 'Sīkdatnes šajā mācību platformā',
  bannerText:
    'Mēs izmantojam nepieciešamās sīkdatnes, lai jūs varētu pieteikties un lietot platformu. Ar jūsu piekrišanu mēs izmantojam arī sīkdatnes, lai saprastu, kā platforma tiek lietota. Savu izvēli jebkurā laikā varat mainīt sadaļā „Sīkdatņu iestatījumi“.',
  privacyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  settings: 'Iestatījumi',

  settingsTitle: 'Sīkdatņu iestatījumi',
  settingsIntro:
    'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām platforma nevar darboties. Šeit jebkurā laikā varat atsaukt savu piekrišanu.',
  saveChoices: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  cookiesUsed: 'Šīs kategorijas sīkdatnes',
  cookieName: 'Nosaukums',
  cookieExpires: 'Derīguma termiņš',
  cookieProvider: 'Iestata',
  session: 'Līdz pārlūka aizvēršanai',
  untilDelivered: 'Līdz nosūtīšanai šai vietnei',
  thisSite: 'Šī vietne',
  noCookies: 'Šai kategorijai nav norādītu sīkdatņu.',
  embedsTitle: 'Ārējs saturs',
  embedsIntro:
    'Pakalpojumu sniedzēji, kuru videoklipu vai karšu ielāde ir atļauta katrā šīs vietnes lapā bez atkārtotas jautāšanas.',
  embedsNone: 'Neviens pakalpojumu sniedzējs nav atļauts.',
  // Long Latvian dates are in the nominative ("2026. gada 3. decembris"), so they stand after a colon.
  embedAllowedUntil: (date) => `Atļauts līdz: ${date}`,
  embedWithdraw: (provider) => `Vairs neatļaut ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} vairs nav atļauts. Pirms ielādes ${provider} saturs atkal prasīs atļauju.`,
  guardianAgrees: 'Mans vecāks vai aizbildnis tam piekrīt',

  policiesLabel: 'Vietnes politikas',
  policyProgress: (n, total) => `Politika ${n} no ${total}`,
  policyUpdated: (date) => `Pēdējās izmaiņas: ${date}`,
  policyVersion: (version) => `Versija ${version}`,
  policyRequired: 'Obligāta',
  policyOptional: 'Neobligāta',
  policyFull: 'Pilns politikas teksts',
  policyFullLink: 'Lasīt pilnu politikas tekstu (atveras jaunā cilnē)',
  policyAgree: 'Piekrītu',
  policyDecline: 'Nepiekrītu',
  policyBack: 'Atpakaļ',
  policyNext: 'Tālāk',
  policyAnswerNeeded: 'Pirms turpināt, lūdzu, izvēlieties „Piekrītu“ vai „Nepiekrītu“.',
  policyRefusedTitle: 'Bez šīs politikas jūs nevarat lietot platformu',
  policyRefusedText: (title) =>
    `„${title}“ ir obligāta. Ja jūs tai nepiekrītat, jūs nevarat lietot šo mācību platformu. Varat atgriezties, izlasīt to vēlreiz un piekrist vai pamest vietni. Ja jums ir jautājumi, lūdzu, sazinieties ar vietnes administratoru.`,
  policyBackToPolicy: 'Atpakaļ pie politikas',
  policyReviewTitle: 'Pārbaudiet savu izvēli',
  policyReviewIntro: 'Nekas netiek saglabāts, kamēr neapstiprināt. Lai mainītu atbildi, izmantojiet „Atpakaļ“.',
  policyAgreed: 'Piekrists',
  policyDeclined: 'Noraidīts',
  policyConfirm: 'Apstiprināt',
  policyDoneTitle: 'Paldies',
  policyDoneText: 'Jūsu izvēle ir saglabāta. Neobligātās piekrišanas varat atsaukt jebkurā laikā.',
  policyNothingToAsk: 'Uz visām pašreizējām politikām jau ir atbildēts.',
  policySaveFailed:
    'Jūsu izvēli šajā pārlūkā neizdevās saglabāt, tāpēc nākamajā apmeklējumā mēs jums jautāsim vēlreiz.',
  policyAgeTitle: 'Cik jums ir gadu?',
  policyAgeIntro: (age) =>
    `Ja jums ir mazāk nekā ${age} gadu, jūsu vietā politikām jāpiekrīt vecākam vai aizbildnim. Jūsu vecums netiek saglabāts.`,
  policyAgeLabel: 'Vecums gados',
  policyAgeInvalid: 'Lūdzu, ievadiet savu vecumu pilnos gados, piemēram, 15.',
  policyGuardian: 'Mans vecāks vai aizbildnis ir izlasījis šo politiku un piekrīt tai manā vārdā.',
  policyGuardianNeeded:
    'Jūsu vecums ir zem digitālās piekrišanas vecuma, tāpēc jūsu vietā jāpiekrīt vecākam vai aizbildnim. Palūdziet viņam izlasīt šo lapu un atzīmēt izvēles rūtiņu.',
  policyOnBehalf: 'Piekritis vecāks vai aizbildnis',
  policyAgreementsTitle: 'Politikas un piekrišanas',
  policyAgreedOn: (version, date) =>
    version ? `Jūs piekritāt versijai ${version}. Datums: ${date}.` : `Jūs piekritāt. Datums: ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Jūs noraidījāt versiju ${version}. Datums: ${date}.` : `Jūs noraidījāt. Datums: ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Jūs atsaucāt savu piekrišanu versijai ${version}. Datums: ${date}.`
      : `Jūs atsaucāt savu piekrišanu. Datums: ${date}.`,
  policyOutdated: (version, date) =>
    `Jūs piekritāt versijai ${version} (datums: ${date}). Kopš tā laika politika ir mainīta, tāpēc lūgsim jūs piekrist jaunajai versijai.`,
  policyUnanswered: 'Vēl nav atbildēts.',
  policyWithdraw: 'Atsaukt piekrišanu',
  policyWithdrawn: (title) => `Jūs atsaucāt savu piekrišanu politikai „${title}“.`,
  policyGiveConsent: 'Dot piekrišanu',
  policyGiven: (title) => `Jūs devāt savu piekrišanu politikai „${title}“.`,
  policyCannotWithdraw:
    'Šī politika ir obligāta, tāpēc, kamēr lietojat platformu, piekrišanu nevar atsaukt. Lai pārtrauktu lietot platformu, lūdzu, sazinieties ar vietnes administratoru.',

  embedFrom: (provider) => `Iegults saturs no ${provider}`,
  embedNotice: (provider) =>
    `Ielādējot to, dati, piemēram, jūsu IP adrese, tiek nosūtīti pakalpojumam ${provider}, kas var arī iestatīt sīkdatnes. ${provider} var apstrādāt šos datus ārpus ES, trešā valstī, piemēram, ASV.`,
  embedProviderPrivacy: (provider) => `${provider} privātuma politika`,
  embedSitePrivacy: 'Mūsu privātuma politika',
  embedNewTab: '(atveras jaunā cilnē)',
  embedLoadVideo: 'Ielādēt video',
  embedLoadMap: 'Ielādēt karti',
  embedLoadContent: 'Ielādēt saturu',
  embedAlwaysAllow: (provider) => `Vienmēr atļaut ${provider}`,
  embedAllowNote: (provider, days) =>
    `Izvēle „Vienmēr atļaut ${provider}“ tiek saglabāta sīkdatnē uz ${plural('lv', days, { zero: '# dienām', one: '# dienu', other: '# dienām' })} un ielādē visu ${provider} saturu šajā platformā.`,
  embedErrorTitle: 'Šo saturu nevar parādīt',
  embedErrorText: 'Tā adrese nav atpazīta video vai kartes saite, tāpēc nekas netika ielādēts.',

  categoryTitles: {
    essential: 'Nepieciešamās',
    analytics: 'Analītikas',
    functional: 'Funkcionālās',
    marketing: 'Mārketinga',
  },
  categoryDescriptions: {
    essential:
      'Nepieciešamas platformas darbībai: tās uztur jūsu pieteikšanos (MoodleSession) un atceras jūsu izvēles par sīkdatnēm, ārējo saturu un platformas politikām. Tām nav vajadzīga piekrišana.',
    analytics:
      'Palīdz mums saprast, kā platforma tiek lietota, izmantojot mūsu pašu Matomo analītiku. Dati netiek nodoti trešajām personām.',
    functional: 'Atceras iestatījumus, piemēram, jūsu lietotājvārdu pieteikšanās lapā.',
    marketing: 'Tiek izmantotas, lai citās vietnēs jums rādītu atbilstošu saturu.',
  },
};

export default lv;
