import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const no: Translation = {
  $code: 'no',
  $name: 'Norsk',
  $dir: 'ltr',

  bannerLabel: 'Samtykke til informasjonskapsler',
  bannerTitle: 'Informasjonskapsler på denne læringsplattformen',
  bannerText:
    'Vi bruker nødvendige informasjonskapsler slik at du kan logge inn og bruke plattformen. Med ditt samtykke bruker vi også informasjonskapsler for å forstå hvordan plattformen brukes. Du kan når som helst endre valget ditt under «Innstillinger for informasjonskapsler».',
  privacyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  settings: 'Innstillinger',

  settingsTitle: 'Innstillinger for informasjonskapsler',
  settingsIntro:
    'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på fordi plattformen ikke fungerer uten dem. Du kan når som helst trekke tilbake samtykket ditt her.',
  saveChoices: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  cookiesUsed: 'Informasjonskapsler i denne kategorien',
  cookieName: 'Navn',
  cookieExpires: 'Varighet',
  cookieProvider: 'Satt av',
  session: 'Når nettleseren lukkes',
  untilDelivered: 'Til den er sendt til dette nettstedet',
  thisSite: 'Dette nettstedet',
  noCookies: 'Ingen informasjonskapsler er oppført for denne kategorien.',
  embedsTitle: 'Eksternt innhold',
  embedsIntro:
    'Leverandører du har gitt lov til å laste inn videoer eller kart på alle sider på dette nettstedet, uten å spørre deg hver gang.',
  embedsNone: 'Du har ikke tillatt noen leverandør.',
  embedAllowedUntil: (date) => `Tillatt til ${date}`,
  embedWithdraw: (provider) => `Slutt å tillate ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} er ikke lenger tillatt. Innhold fra ${provider} spør igjen før det lastes inn.`,
  guardianAgrees: 'Forelderen min eller en foresatt godtar dette',

  policiesLabel: 'Nettstedets retningslinjer',
  policyProgress: (n, total) => `Retningslinje ${n} av ${total}`,
  policyUpdated: (date) => `Sist endret: ${date}`,
  policyVersion: (version) => `Versjon ${version}`,
  policyRequired: 'Obligatorisk',
  policyOptional: 'Valgfri',
  policyFull: 'Hele retningslinjen',
  policyFullLink: 'Les hele retningslinjen (åpnes i en ny fane)',
  policyAgree: 'Jeg godtar',
  policyDecline: 'Jeg godtar ikke',
  policyBack: 'Tilbake',
  policyNext: 'Neste',
  policyAnswerNeeded: 'Velg «Jeg godtar» eller «Jeg godtar ikke» før du går videre.',
  policyRefusedTitle: 'Du kan ikke bruke plattformen uten denne retningslinjen',
  policyRefusedText: (title) =>
    `«${title}» er obligatorisk. Hvis du ikke godtar den, kan du ikke bruke denne læringsplattformen. Du kan gå tilbake, lese den på nytt og godta den, eller forlate nettstedet. Kontakt administratoren av nettstedet hvis du har spørsmål.`,
  policyBackToPolicy: 'Tilbake til retningslinjen',
  policyReviewTitle: 'Kontroller valgene dine',
  policyReviewIntro: 'Ingenting lagres før du bekrefter. Bruk «Tilbake» for å endre et svar.',
  policyAgreed: 'Godtatt',
  policyDeclined: 'Avslått',
  policyConfirm: 'Bekreft',
  policyDoneTitle: 'Takk',
  policyDoneText: 'Valgene dine er lagret. Du kan når som helst trekke tilbake frivillige godkjenninger.',
  policyNothingToAsk: 'Du har svart på alle gjeldende retningslinjer.',
  policySaveFailed: 'Valgene dine kunne ikke lagres i denne nettleseren, så du blir spurt på nytt neste gang du kommer innom.',
  policyAgeTitle: 'Hvor gammel er du?',
  policyAgeIntro: (age) =>
    `Hvis du er under ${age} år, må en forelder eller foresatt godta retningslinjene for deg. Alderen din lagres ikke.`,
  policyAgeLabel: 'Alder i år',
  policyAgeInvalid: 'Skriv inn alderen din i hele år, for eksempel 15.',
  policyGuardian: 'Forelderen min eller en foresatt har lest denne retningslinjen og godtar den på mine vegne.',
  policyGuardianNeeded:
    'Du er under aldersgrensen for digitalt samtykke, så en forelder eller foresatt må godta for deg. Be dem lese denne siden og krysse av i boksen.',
  policyOnBehalf: 'Godtatt av forelder eller foresatt',
  policyAgreementsTitle: 'Retningslinjer og godkjenninger',
  policyAgreedOn: (version, date) =>
    version ? `Du godtok versjon ${version} den ${date}.` : `Du godtok den ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Du avslo versjon ${version} den ${date}.` : `Du avslo den ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Du trakk tilbake godkjenningen av versjon ${version} den ${date}.`
      : `Du trakk tilbake godkjenningen den ${date}.`,
  policyOutdated: (version, date) =>
    `Du godtok versjon ${version} den ${date}. Retningslinjen er endret siden, så du blir bedt om å godta den nye versjonen.`,
  policyUnanswered: 'Ikke besvart ennå.',
  policyWithdraw: 'Trekk tilbake samtykke',
  policyWithdrawn: (title) => `Du har trukket tilbake samtykket ditt til «${title}».`,
  policyGiveConsent: 'Gi samtykke',
  policyGiven: (title) => `Du har gitt samtykke til «${title}».`,
  policyCannotWithdraw:
    'Denne retningslinjen er obligatorisk, så godkjenningen din kan ikke trekkes tilbake mens du bruker plattformen. Kontakt administratoren av nettstedet hvis du vil slutte å bruke plattformen.',

  embedFrom: (provider) => `Innebygd innhold fra ${provider}`,
  embedNotice: (provider) =>
    `Når det lastes inn, sendes data som IP-adressen din til ${provider}, som også kan sette informasjonskapsler. ${provider} kan behandle disse dataene utenfor EU, i et tredjeland som USA.`,
  embedProviderPrivacy: (provider) => `Personvernerklæringen til ${provider}`,
  embedSitePrivacy: 'Vår personvernerklæring',
  embedNewTab: '(åpnes i en ny fane)',
  embedLoadVideo: 'Last inn video',
  embedLoadMap: 'Last inn kart',
  embedLoadContent: 'Last inn innhold',
  embedAlwaysAllow: (provider) => `Tillat alltid ${provider}`,
  embedAllowNote: (provider, days) =>
    `«Tillat alltid ${provider}» lagres i en informasjonskapsel i ${plural('no', days, { one: '# dag', other: '# dager' })} og laster inn alt innhold fra ${provider} på denne plattformen.`,
  embedErrorTitle: 'Dette innholdet kan ikke vises',
  embedErrorText: 'Adressen er ikke en gjenkjent video- eller kartlenke, så ingenting ble lastet inn.',

  categoryTitles: {
    essential: 'Nødvendige',
    analytics: 'Statistikk',
    functional: 'Funksjonelle',
    marketing: 'Markedsføring',
  },
  categoryDescriptions: {
    essential:
      'Nødvendige for at plattformen skal fungere: de holder deg innlogget (MoodleSession) og husker valgene dine om informasjonskapsler, eksternt innhold og plattformens retningslinjer. De krever ikke samtykke.',
    analytics:
      'Hjelper oss å forstå hvordan plattformen brukes, med vår egen Matomo-statistikk. Ingen data deles med tredjeparter.',
    functional: 'Husker innstillinger som brukernavnet ditt på innloggingssiden.',
    marketing: 'Brukes til å vise deg relevant innhold på andre nettsteder.',
  },
};

export default no;
