import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const da: Translation = {
  $code: 'da',
  $name: 'Dansk',
  $dir: 'ltr',

  bannerLabel: 'Samtykke til cookies',
  bannerTitle: 'Cookies på denne læringsplatform',
  bannerText:
    'Vi bruger nødvendige cookies, så du kan logge ind og bruge platformen. Med dit samtykke bruger vi også cookies til at forstå, hvordan platformen bliver brugt. Du kan til enhver tid ændre dit valg under »Cookieindstillinger«.',
  privacyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  settings: 'Indstillinger',

  settingsTitle: 'Cookieindstillinger',
  settingsIntro:
    'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, fordi platformen ikke kan fungere uden dem. Du kan til enhver tid trække dit samtykke tilbage her.',
  saveChoices: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid slået til',
  cookiesUsed: 'Cookies i denne kategori',
  cookieName: 'Navn',
  cookieExpires: 'Udløber',
  cookieProvider: 'Sat af',
  session: 'Når browseren lukkes',
  untilDelivered: 'Indtil den er sendt til dette websted',
  thisSite: 'Dette websted',
  noCookies: 'Der er ikke angivet nogen cookies for denne kategori.',
  embedsTitle: 'Eksternt indhold',
  embedsIntro:
    'Udbydere, hvis videoer eller kort du har tilladt at indlæse på alle sider på dette websted, uden at blive spurgt hver gang.',
  embedsNone: 'Du har ikke tilladt nogen udbydere.',
  embedAllowedUntil: (date) => `Tilladt indtil ${date}`,
  embedWithdraw: (provider) => `Tillad ikke længere ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} er ikke længere tilladt. Indhold fra ${provider} spørger igen, før det indlæses.`,
  guardianAgrees: 'Min forælder eller værge er indforstået med dette',

  policiesLabel: 'Webstedets politikker',
  policyProgress: (n, total) => `Politik ${n} af ${total}`,
  policyUpdated: (date) => `Sidst ændret: ${date}`,
  policyVersion: (version) => `Version ${version}`,
  policyRequired: 'Obligatorisk',
  policyOptional: 'Valgfri',
  policyFull: 'Hele politikken',
  policyFullLink: 'Læs hele politikken (åbner i en ny fane)',
  policyAgree: 'Jeg accepterer',
  policyDecline: 'Jeg accepterer ikke',
  policyBack: 'Tilbage',
  policyNext: 'Næste',
  policyAnswerNeeded: 'Vælg »Jeg accepterer« eller »Jeg accepterer ikke«, før du går videre.',
  policyRefusedTitle: 'Du kan ikke bruge platformen uden denne politik',
  policyRefusedText: (title) =>
    `»${title}« er obligatorisk. Hvis du ikke accepterer den, kan du ikke bruge denne læringsplatform. Du kan gå tilbage, læse den igen og acceptere den eller forlade webstedet. Hvis du har spørgsmål, så kontakt webstedets administrator.`,
  policyBackToPolicy: 'Tilbage til politikken',
  policyReviewTitle: 'Tjek dine valg',
  policyReviewIntro: 'Intet bliver gemt, før du bekræfter. Brug »Tilbage« for at ændre et svar.',
  policyAgreed: 'Accepteret',
  policyDeclined: 'Afvist',
  policyConfirm: 'Bekræft',
  policyDoneTitle: 'Tak',
  policyDoneText: 'Dine valg er gemt. Du kan til enhver tid trække valgfrie accepter tilbage.',
  policyNothingToAsk: 'Du har svaret på alle aktuelle politikker.',
  policySaveFailed: 'Dine valg kunne ikke gemmes i denne browser, så du bliver spurgt igen ved dit næste besøg.',
  policyAgeTitle: 'Hvor gammel er du?',
  policyAgeIntro: (age) =>
    `Hvis du er under ${age} år, skal en forælder eller værge acceptere politikkerne for dig. Din alder bliver ikke gemt.`,
  policyAgeLabel: 'Alder i år',
  policyAgeInvalid: 'Angiv din alder i hele år, for eksempel 15.',
  policyGuardian: 'Min forælder eller værge har læst denne politik og accepterer den på mine vegne.',
  policyGuardianNeeded:
    'Du er under alderen for digitalt samtykke, så en forælder eller værge skal acceptere for dig. Bed dem om at læse denne side og sætte flueben i feltet.',
  policyOnBehalf: 'Accepteret af en forælder eller værge',
  policyAgreementsTitle: 'Politikker og accepter',
  policyAgreedOn: (version, date) =>
    version ? `Du accepterede version ${version} den ${date}.` : `Du accepterede den ${date}.`,
  policyDeclinedOn: (version, date) => (version ? `Du afviste version ${version} den ${date}.` : `Du afviste den ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version
      ? `Du trak din accept af version ${version} tilbage den ${date}.`
      : `Du trak din accept tilbage den ${date}.`,
  policyOutdated: (version, date) =>
    `Du accepterede version ${version} den ${date}. Politikken er ændret siden, så du bliver bedt om at acceptere den nye version.`,
  policyUnanswered: 'Ikke besvaret endnu.',
  policyWithdraw: 'Træk samtykke tilbage',
  policyWithdrawn: (title) => `Du har trukket dit samtykke til »${title}« tilbage.`,
  policyGiveConsent: 'Giv samtykke',
  policyGiven: (title) => `Du har givet dit samtykke til »${title}«.`,
  policyCannotWithdraw:
    'Denne politik er obligatorisk, så din accept kan ikke trækkes tilbage, mens du bruger platformen. Hvis du vil holde op med at bruge platformen, så kontakt webstedets administrator.',

  embedFrom: (provider) => `Indlejret indhold fra ${provider}`,
  embedNotice: (provider) =>
    `Når det indlæses, sendes data som din IP-adresse til ${provider}, som også kan sætte cookies. ${provider} kan behandle disse data uden for EU, i et tredjeland som USA.`,
  embedProviderPrivacy: (provider) => `Privatlivspolitik for ${provider}`,
  embedSitePrivacy: 'Vores privatlivspolitik',
  embedNewTab: '(åbner i en ny fane)',
  embedLoadVideo: 'Indlæs video',
  embedLoadMap: 'Indlæs kort',
  embedLoadContent: 'Indlæs indhold',
  embedAlwaysAllow: (provider) => `Tillad altid ${provider}`,
  embedAllowNote: (provider, days) =>
    `»Tillad altid ${provider}« huskes i en cookie i ${plural('da', days, { one: '# dag', other: '# dage' })} og indlæser alt indhold fra ${provider} på denne platform.`,
  embedErrorTitle: 'Dette indhold kan ikke vises',
  embedErrorText: 'Adressen er ikke et genkendt video- eller kortlink, så intet blev indlæst.',

  categoryTitles: {
    essential: 'Nødvendige',
    analytics: 'Statistik',
    functional: 'Funktionelle',
    marketing: 'Markedsføring',
  },
  categoryDescriptions: {
    essential:
      'Nødvendige for, at platformen virker: de holder dig logget ind (MoodleSession) og husker dine valg om cookies, eksternt indhold og platformens politikker. De kræver ikke samtykke.',
    analytics:
      'Hjælper os med at forstå, hvordan platformen bliver brugt, med vores egen Matomo-statistik. Ingen data videregives til tredjeparter.',
    functional: 'Husker indstillinger som dit brugernavn på login-siden.',
    marketing: 'Bruges til at vise dig relevant indhold på andre websteder.',
  },
};

export default da;
