import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const sq: Translation = {
  $code: 'sq',
  $name: 'Shqip',
  $dir: 'ltr',
  $durations: {
    minute: { one: '# minutë', other: '# minuta' },
    hour: { other: '# orë' },
    day: { other: '# ditë' },
    month: { other: '# muaj' },
    year: { one: '# vit', other: '# vjet' },
  },

  bannerLabel: 'Pëlqimi për cookie-t',
  bannerTitle: 'Cookie-t në këtë platformë mësimore',
  bannerText:
    'Përdorim cookie-t e domosdoshme që të mund të identifikoheni dhe të përdorni platformën. Me pëlqimin tuaj përdorim edhe cookie për të kuptuar si përdoret platforma. Zgjedhjen tuaj mund ta ndryshoni në çdo kohë te „Cilësimet e cookie-ve“.',
  privacyLink: 'Politika e privatësisë',
  acceptAll: 'Prano të gjitha',
  rejectAll: 'Refuzo të gjitha',
  settings: 'Cilësimet',

  settingsTitle: 'Cilësimet e cookie-ve',
  settingsIntro:
    'Zgjidhni cilat cookie mund të përdorim. Cookie-t e domosdoshme janë gjithmonë aktive, sepse platforma nuk funksionon pa to. Këtu mund ta tërhiqni pëlqimin tuaj në çdo kohë.',
  saveChoices: 'Ruaj zgjedhjet',
  close: 'Mbyll',
  alwaysOn: 'Gjithmonë aktive',
  cookiesUsed: 'Cookie-t në këtë kategori',
  cookieName: 'Emri',
  cookieExpires: 'Skadon',
  cookieProvider: 'Vendosur nga',
  session: 'Kur mbyllet shfletuesi',
  untilDelivered: 'Derisa të dërgohet te ky uebsajt',
  thisSite: 'Ky uebsajt',
  noCookies: 'Për këtë kategori nuk ka cookie të listuara.',
  embedsTitle: 'Përmbajtje e jashtme',
  embedsIntro:
    'Ofruesit, videot ose hartat e të cilëve keni lejuar të ngarkohen në çdo faqe të këtij uebsajti, pa u pyetur çdo herë.',
  embedsNone: 'Nuk keni lejuar asnjë ofrues.',
  embedAllowedUntil: (date) => `Lejuar deri më ${date}`,
  embedWithdraw: (provider) => `Mos e lejo më ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} nuk lejohet më. Përmbajtja nga ${provider} do të kërkojë përsëri leje para se të ngarkohet.`,
  guardianAgrees: 'Prindi ose kujdestari im pajtohet me këtë',

  policiesLabel: 'Politikat e uebsajtit',
  policyProgress: (n, total) => `Politika ${n} nga ${total}`,
  policyUpdated: (date) => `Ndryshuar së fundi: ${date}`,
  policyVersion: (version) => `Versioni ${version}`,
  policyRequired: 'E detyrueshme',
  policyOptional: 'Opsionale',
  policyFull: 'Politika e plotë',
  policyFullLink: 'Lexoni politikën e plotë (hapet në një skedë të re)',
  policyAgree: 'Pajtohem',
  policyDecline: 'Nuk pajtohem',
  policyBack: 'Prapa',
  policyNext: 'Përpara',
  policyAnswerNeeded: 'Zgjidhni „Pajtohem“ ose „Nuk pajtohem“ para se të vazhdoni.',
  policyRefusedTitle: 'Nuk mund ta përdorni platformën pa këtë politikë',
  policyRefusedText: (title) =>
    `„${title}“ është e detyrueshme. Nëse nuk pajtoheni me të, nuk mund ta përdorni këtë platformë mësimore. Mund të ktheheni prapa, ta lexoni përsëri dhe të pajtoheni, ose të largoheni nga uebsajti. Nëse keni pyetje, kontaktoni administratorin e uebsajtit.`,
  policyBackToPolicy: 'Kthehu te politika',
  policyReviewTitle: 'Kontrolloni zgjedhjet tuaja',
  policyReviewIntro: 'Asgjë nuk ruhet derisa të konfirmoni. Përdorni „Prapa“ për të ndryshuar një përgjigje.',
  policyAgreed: 'Pranuar',
  policyDeclined: 'Refuzuar',
  policyConfirm: 'Konfirmo',
  policyDoneTitle: 'Faleminderit',
  policyDoneText: 'Zgjedhjet tuaja u ruajtën. Pajtimet opsionale mund t’i tërhiqni në çdo kohë.',
  policyNothingToAsk: 'Keni dhënë përgjigje për të gjitha politikat aktuale.',
  policySaveFailed: 'Zgjedhjet tuaja nuk mund të ruheshin në këtë shfletues, prandaj do t’ju pyesim përsëri në vizitën e ardhshme.',
  policyAgeTitle: 'Sa vjeç jeni?',
  policyAgeIntro: (age) =>
    `Nëse jeni nën ${age} vjeç, një prind ose kujdestar duhet të pajtohet me politikat në emrin tuaj. Mosha juaj nuk ruhet.`,
  policyAgeLabel: 'Mosha në vite',
  policyAgeInvalid: 'Shkruani moshën tuaj në vite të plota, për shembull 15.',
  policyGuardian: 'Prindi ose kujdestari im e ka lexuar këtë politikë dhe pajtohet me të në emrin tim.',
  policyGuardianNeeded:
    'Jeni nën moshën e pëlqimit digjital, prandaj një prind ose kujdestar duhet të pajtohet për ju. Kërkojini ta lexojë këtë faqe dhe të shënojë kutinë.',
  policyOnBehalf: 'Pranuar nga një prind ose kujdestar',
  policyAgreementsTitle: 'Politikat dhe pajtimet',
  policyAgreedOn: (version, date) =>
    version ? `U pajtuat me versionin ${version} më ${date}.` : `U pajtuat më ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Refuzuat versionin ${version} më ${date}.` : `Refuzuat më ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `E tërhoqët pajtimin për versionin ${version} më ${date}.`
      : `E tërhoqët pajtimin më ${date}.`,
  policyOutdated: (version, date) =>
    `U pajtuat me versionin ${version} më ${date}. Politika ka ndryshuar që atëherë, prandaj do t’ju kërkojmë të pajtoheni me versionin e ri.`,
  policyUnanswered: 'Ende pa përgjigje.',
  policyWithdraw: 'Tërhiq pëlqimin',
  policyWithdrawn: (title) => `E keni tërhequr pëlqimin për „${title}“.`,
  policyGiveConsent: 'Jep pëlqimin',
  policyGiven: (title) => `E keni dhënë pëlqimin për „${title}“.`,
  policyCannotWithdraw:
    'Kjo politikë është e detyrueshme, prandaj pajtimi juaj nuk mund të tërhiqet për sa kohë që përdorni platformën. Nëse doni të mos e përdorni më platformën, kontaktoni administratorin e uebsajtit.',

  embedFrom: (provider) => `Përmbajtje e integruar nga ${provider}`,
  embedNotice: (provider) =>
    `Ngarkimi i saj dërgon te ${provider} të dhëna si adresa juaj IP, dhe ${provider} mund të vendosë edhe cookie. ${provider} mund t’i përpunojë këto të dhëna jashtë BE-së, në një vend të tretë si SHBA-ja.`,
  embedProviderPrivacy: (provider) => `Politika e privatësisë e ${provider}`,
  embedSitePrivacy: 'Politika jonë e privatësisë',
  embedNewTab: '(hapet në një skedë të re)',
  embedLoadVideo: 'Ngarko videon',
  embedLoadMap: 'Ngarko hartën',
  embedLoadContent: 'Ngarko përmbajtjen',
  embedAlwaysAllow: (provider) => `Lejo gjithmonë ${provider}`,
  embedAllowNote: (provider, days) =>
    `„Lejo gjithmonë ${provider}“ ruhet në një cookie për ${plural('sq', days, { one: '# ditë', other: '# ditë' })} dhe ngarkon të gjithë përmbajtjen nga ${provider} në këtë platformë.`,
  embedErrorTitle: 'Kjo përmbajtje nuk mund të shfaqet',
  embedErrorText: 'Adresa e saj nuk është lidhje e njohur videoje ose harte, prandaj nuk u ngarkua asgjë.',

  categoryTitles: {
    essential: 'Të domosdoshme',
    analytics: 'Analitike',
    functional: 'Funksionale',
    marketing: 'Marketingu',
  },
  categoryDescriptions: {
    essential:
      'Të nevojshme që platforma të funksionojë: ju mbajnë të identifikuar (MoodleSession) dhe mbajnë mend zgjedhjet tuaja për cookie-t, përmbajtjen e jashtme dhe politikat e platformës. Nuk kërkojnë pëlqim.',
    analytics:
      'Na ndihmojnë të kuptojmë si përdoret platforma, me analitikën tonë Matomo. Asnjë e dhënë nuk u kalohet palëve të treta.',
    functional: 'Mbajnë mend cilësime si emri juaj i përdoruesit në faqen e identifikimit.',
    marketing: 'Përdoren për t’ju shfaqur përmbajtje përkatëse në uebsajte të tjera.',
  },
};

export default sq;
