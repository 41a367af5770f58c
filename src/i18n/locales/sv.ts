import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const sv: Translation = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',

  bannerLabel: 'Samtycke till kakor',
  bannerTitle: 'Kakor på den här lärplattformen',
  bannerText:
    'Vi använder nödvändiga kakor så att du kan logga in och använda plattformen. Med ditt samtycke använder vi också kakor för att förstå hur plattformen används. Du kan när som helst ändra ditt val under ”Inställningar för kakor”.',
  privacyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  settings: 'Inställningar',

  settingsTitle: 'Inställningar för kakor',
  settingsIntro:
    'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på eftersom plattformen inte fungerar utan dem. Du kan när som helst återkalla ditt samtycke här.',
  saveChoices: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  cookiesUsed: 'Kakor i den här kategorin',
  cookieName: 'Namn',
  cookieExpires: 'Giltighetstid',
  cookieProvider: 'Sätts av',
  session: 'När webbläsaren stängs',
  untilDelivered: 'Tills den har skickats till den här webbplatsen',
  thisSite: 'Den här webbplatsen',
  noCookies: 'Inga kakor anges för den här kategorin.',
  embedsTitle: 'Externt innehåll',
  embedsIntro:
    'Leverantörer vars videor eller kartor du har tillåtit att läsas in på alla sidor på den här webbplatsen, utan att du tillfrågas varje gång.',
  embedsNone: 'Du har inte tillåtit någon leverantör.',
  embedAllowedUntil: (date) => `Tillåtet till ${date}`,
  embedWithdraw: (provider) => `Sluta tillåta ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} är inte längre tillåtet. Innehållet från ${provider} frågar igen innan det läses in.`,
  guardianAgrees: 'Min förälder eller vårdnadshavare godkänner detta',

  policiesLabel: 'Webbplatsens policyer',
  policyProgress: (n, total) => `Policy ${n} av ${total}`,
  policyUpdated: (date) => `Senast ändrad: ${date}`,
  policyVersion: (version) => `Version ${version}`,
  policyRequired: 'Obligatorisk',
  policyOptional: 'Frivillig',
  policyFull: 'Hela policyn',
  policyFullLink: 'Läs hela policyn (öppnas i en ny flik)',
  policyAgree: 'Jag godkänner',
  policyDecline: 'Jag godkänner inte',
  policyBack: 'Tillbaka',
  policyNext: 'Nästa',
  policyAnswerNeeded: 'Välj ”Jag godkänner” eller ”Jag godkänner inte” innan du går vidare.',
  policyRefusedTitle: 'Du kan inte använda plattformen utan den här policyn',
  policyRefusedText: (title) =>
    `”${title}” är obligatorisk. Om du inte godkänner den kan du inte använda den här lärplattformen. Du kan gå tillbaka, läsa den igen och godkänna den, eller lämna webbplatsen. Kontakta webbplatsens administratör om du har frågor.`,
  policyBackToPolicy: 'Tillbaka till policyn',
  policyReviewTitle: 'Kontrollera dina val',
  policyReviewIntro: 'Inget sparas förrän du bekräftar. Använd ”Tillbaka” för att ändra ett svar.',
  policyAgreed: 'Godkänd',
  policyDeclined: 'Avböjd',
  policyConfirm: 'Bekräfta',
  policyDoneTitle: 'Tack',
  policyDoneText: 'Dina val har sparats. Du kan när som helst återkalla frivilliga godkännanden.',
  policyNothingToAsk: 'Du har besvarat alla aktuella policyer.',
  policySaveFailed: 'Dina val kunde inte sparas i den här webbläsaren, så du får frågan igen vid nästa besök.',
  policyAgeTitle: 'Hur gammal är du?',
  policyAgeIntro: (age) =>
    `Om du är under ${age} år måste en förälder eller vårdnadshavare godkänna policyerna åt dig. Din ålder sparas inte.`,
  policyAgeLabel: 'Ålder i år',
  policyAgeInvalid: 'Ange din ålder i hela år, till exempel 15.',
  policyGuardian: 'Min förälder eller vårdnadshavare har läst den här policyn och godkänner den för min räkning.',
  policyGuardianNeeded:
    'Du är under åldersgränsen för digitalt samtycke, så en förälder eller vårdnadshavare måste godkänna åt dig. Be hen läsa den här sidan och kryssa i rutan.',
  policyOnBehalf: 'Godkänd av förälder eller vårdnadshavare',
  policyAgreementsTitle: 'Policyer och godkännanden',
  policyAgreedOn: (version, date) =>
    version ? `Du godkände version ${version} den ${date}.` : `Du godkände den ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Du avböjde version ${version} den ${date}.` : `Du avböjde den ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Du återkallade ditt godkännande av version ${version} den ${date}.`
      : `Du återkallade ditt godkännande den ${date}.`,
  policyOutdated: (version, date) =>
    `Du godkände version ${version} den ${date}. Policyn har ändrats sedan dess, så du kommer att ombes godkänna den nya versionen.`,
  policyUnanswered: 'Inte besvarad än.',
  policyWithdraw: 'Återkalla samtycke',
  policyWithdrawn: (title) => `Du har återkallat ditt samtycke till ”${title}”.`,
  policyGiveConsent: 'Ge samtycke',
  policyGiven: (title) => `Du har gett ditt samtycke till ”${title}”.`,
  policyCannotWithdraw:
    'Den här policyn är obligatorisk, så ditt godkännande kan inte återkallas medan du använder plattformen. Kontakta webbplatsens administratör om du vill sluta använda plattformen.',

  embedFrom: (provider) => `Inbäddat innehåll från ${provider}`,
  embedNotice: (provider) =>
    `Om du läser in det skickas uppgifter som din IP-adress till ${provider}, som också kan sätta kakor. ${provider} kan behandla uppgifterna utanför EU, i ett tredjeland som USA.`,
  embedProviderPrivacy: (provider) => `Integritetspolicy för ${provider}`,
  embedSitePrivacy: 'Vår integritetspolicy',
  embedNewTab: '(öppnas i en ny flik)',
  embedLoadVideo: 'Läs in video',
  embedLoadMap: 'Läs in karta',
  embedLoadContent: 'Läs in innehåll',
  embedAlwaysAllow: (provider) => `Tillåt alltid ${provider}`,
  embedAllowNote: (provider, days) =>
    `”Tillåt alltid ${provider}” sparas i en kaka i ${plural('sv', days, { one: '# dag', other: '# dagar' })} och läser in allt innehåll från ${provider} på den här plattformen.`,
  embedErrorTitle: 'Det här innehållet kan inte visas',
  embedErrorText: 'Adressen är inte en känd video- eller kartlänk, så inget lästes in.',

  categoryTitles: {
    essential: 'Nödvändiga',
    analytics: 'Statistik',
    functional: 'Funktionella',
    marketing: 'Marknadsföring',
  },
  categoryDescriptions: {
    essential:
      'Behövs för att plattformen ska fungera: de håller dig inloggad (MoodleSession) och kommer ihåg dina val om kakor, externt innehåll och plattformens policyer. De kräver inget samtycke.',
    analytics:
      'Hjälper oss att förstå hur plattformen används, med vår egen Matomo-statistik. Inga uppgifter lämnas ut till tredje part.',
    functional: 'Kommer ihåg inställningar som ditt användarnamn på inloggningssidan.',
    marketing: 'Används för att visa dig relevant innehåll på andra webbplatser.',
  },
};

export default sv;
