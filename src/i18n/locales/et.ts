import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const et: Translation = {
  $code: 'et',
  $name: 'Eesti',
  $dir: 'ltr',

  bannerLabel: 'Küpsiste nõusolek',
  bannerTitle: 'Küpsised sellel õppeplatvormil',
  bannerText:
    'Kasutame vajalikke küpsiseid, et saaksite sisse logida ja platvormi kasutada. Teie nõusolekul kasutame ka küpsiseid, et mõista, kuidas platvormi kasutatakse. Oma valikut saate igal ajal muuta jaotises „Küpsiste seaded“.',
  privacyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  settings: 'Seaded',

  settingsTitle: 'Küpsiste seaded',
  settingsIntro:
    'Valige, milliseid küpsiseid võime kasutada. Vajalikud küpsised on alati sees, sest ilma nendeta platvorm ei tööta. Siin saate oma nõusoleku igal ajal tagasi võtta.',
  saveChoices: 'Salvesta valikud',
  close: 'Sulge',
  alwaysOn: 'Alati sees',
  cookiesUsed: 'Selle kategooria küpsised',
  cookieName: 'Nimi',
  cookieExpires: 'Aegub',
  cookieProvider: 'Seadja',
  session: 'Brauseri sulgemisel',
  untilDelivered: 'Kuni saatmiseni sellele saidile',
  thisSite: 'See sait',
  noCookies: 'Selle kategooria kohta pole küpsiseid loetletud.',
  embedsTitle: 'Väline sisu',
  embedsIntro:
    'Teenusepakkujad, kelle videoid või kaarte lubasite laadida selle saidi igal lehel ilma iga kord küsimata.',
  embedsNone: 'Te pole lubanud ühtegi teenusepakkujat.',
  embedAllowedUntil: (date) => `Lubatud kuni ${date}`,
  embedWithdraw: (provider) => `Tühista luba: ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} pole enam lubatud. Teenuse ${provider} sisu küsib enne laadimist uuesti luba.`,
  guardianAgrees: 'Minu vanem või eestkostja on sellega nõus',

  policiesLabel: 'Saidi poliitikad',
  policyProgress: (n, total) => `Poliitika ${n} / ${total}`,
  policyUpdated: (date) => `Viimati muudetud: ${date}`,
  policyVersion: (version) => `Versioon ${version}`,
  policyRequired: 'Kohustuslik',
  policyOptional: 'Vabatahtlik',
  policyFull: 'Kogu poliitika',
  policyFullLink: 'Loe kogu poliitikat (avaneb uuel vahelehel)',
  policyAgree: 'Nõustun',
  policyDecline: 'Ei nõustu',
  policyBack: 'Tagasi',
  policyNext: 'Edasi',
  policyAnswerNeeded: 'Enne jätkamist valige „Nõustun“ või „Ei nõustu“.',
  policyRefusedTitle: 'Ilma selle poliitikata ei saa te platvormi kasutada',
  policyRefusedText: (title) =>
    `„${title}“ on kohustuslik. Kui te sellega ei nõustu, ei saa te seda õppeplatvormi kasutada. Võite minna tagasi, selle uuesti läbi lugeda ja nõustuda või saidilt lahkuda. Küsimuste korral pöörduge saidi administraatori poole.`,
  policyBackToPolicy: 'Tagasi poliitika juurde',
  policyReviewTitle: 'Kontrollige oma valikuid',
  policyReviewIntro: 'Midagi ei salvestata enne, kui kinnitate. Vastuse muutmiseks kasutage nuppu „Tagasi“.',
  policyAgreed: 'Nõustunud',
  policyDeclined: 'Keeldunud',
  policyConfirm: 'Kinnita',
  policyDoneTitle: 'Aitäh',
  policyDoneText: 'Teie valikud on salvestatud. Vabatahtlikud nõusolekud saate igal ajal tagasi võtta.',
  policyNothingToAsk: 'Olete vastanud kõigile kehtivatele poliitikatele.',
  policySaveFailed:
    'Teie valikuid ei õnnestunud selles brauseris salvestada, seega küsime teilt järgmisel külastusel uuesti.',
  policyAgeTitle: 'Kui vana te olete?',
  policyAgeIntro: (age) =>
    `Kui olete noorem kui ${age} aastat, peab vanem või eestkostja teie eest poliitikatega nõustuma. Teie vanust ei salvestata.`,
  policyAgeLabel: 'Vanus aastates',
  policyAgeInvalid: 'Sisestage oma vanus täisaastates, näiteks 15.',
  policyGuardian: 'Minu vanem või eestkostja on selle poliitika läbi lugenud ja nõustub sellega minu nimel.',
  policyGuardianNeeded:
    'Te pole veel jõudnud digitaalse nõusoleku vanuseni, seega peab vanem või eestkostja teie eest nõustuma. Paluge tal see leht läbi lugeda ja kast märkida.',
  policyOnBehalf: 'Vanem või eestkostja on nõustunud',
  policyAgreementsTitle: 'Poliitikad ja nõusolekud',
  policyAgreedOn: (version, date) =>
    version ? `Nõustusite versiooniga ${version} (${date}).` : `Nõustusite (${date}).`,
  policyDeclinedOn: (version, date) =>
    version ? `Keeldusite versioonist ${version} (${date}).` : `Keeldusite (${date}).`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Võtsite tagasi oma nõusoleku versioonile ${version} (${date}).`
      : `Võtsite oma nõusoleku tagasi (${date}).`,
  policyOutdated: (version, date) =>
    `Nõustusite versiooniga ${version} (${date}). Poliitikat on vahepeal muudetud, seega palume teil nõustuda uue versiooniga.`,
  policyUnanswered: 'Veel vastamata.',
  policyWithdraw: 'Võta nõusolek tagasi',
  policyWithdrawn: (title) => `Võtsite tagasi oma nõusoleku poliitikale „${title}“.`,
  policyGiveConsent: 'Anna nõusolek',
  policyGiven: (title) => `Andsite nõusoleku poliitikale „${title}“.`,
  policyCannotWithdraw:
    'See poliitika on kohustuslik, seega ei saa te platvormi kasutamise ajal oma nõusolekut tagasi võtta. Kui soovite platvormi kasutamise lõpetada, pöörduge saidi administraatori poole.',

  embedFrom: (provider) => `Manustatud sisu teenusest ${provider}`,
  embedNotice: (provider) =>
    `Laadimisel saadetakse teenusele ${provider} andmeid, näiteks teie IP-aadress, ja ${provider} võib ka küpsiseid seada. ${provider} võib neid andmeid töödelda väljaspool ELi, kolmandas riigis, näiteks USAs.`,
  embedProviderPrivacy: (provider) => `Teenuse ${provider} privaatsuspoliitika`,
  embedSitePrivacy: 'Meie privaatsuspoliitika',
  embedNewTab: '(avaneb uuel vahelehel)',
  embedLoadVideo: 'Laadi video',
  embedLoadMap: 'Laadi kaart',
  embedLoadContent: 'Laadi sisu',
  embedAlwaysAllow: (provider) => `Luba alati ${provider}`,
  embedAllowNote: (provider, days) =>
    `Valik „Luba alati ${provider}“ salvestatakse küpsisesse ${plural('et', days, { one: '# päevaks', other: '# päevaks' })} ja laadib sellel platvormil kogu teenuse ${provider} sisu.`,
  embedErrorTitle: 'Seda sisu ei saa kuvada',
  embedErrorText: 'Selle aadress pole tuvastatud video- ega kaardilink, seega ei laaditud midagi.',

  categoryTitles: {
    essential: 'Vajalikud',
    analytics: 'Analüütika',
    functional: 'Funktsionaalsed',
    marketing: 'Turundus',
  },
  categoryDescriptions: {
    essential:
      'Vajalikud platvormi toimimiseks: hoiavad teid sisselogituna (MoodleSession) ja jätavad meelde teie valikud küpsiste, välise sisu ja platvormi poliitikate kohta. Need ei vaja nõusolekut.',
    analytics:
      'Aitavad meil mõista, kuidas platvormi kasutatakse, meie oma Matomo analüütika abil. Andmeid kolmandatele isikutele ei edastata.',
    functional: 'Jätavad meelde seaded, näiteks teie kasutajanime sisselogimislehel.',
    marketing: 'Kasutatakse teile asjakohase sisu näitamiseks teistel veebisaitidel.',
  },
};

export default et;
