import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/** Romanian counts: "1 zi", "2 zile", "20 de zile". */
const days = (n: number) => plural('ro', n, { one: '# zi', few: '# zile', other: '# de zile' });
const years = (n: number) => plural('ro', n, { one: '# an', few: '# ani', other: '# de ani' });

const ro: Translation = {
  $code: 'ro',
  $name: 'Română',
  $dir: 'ltr',

  bannerLabel: 'Consimțământ pentru cookie-uri',
  bannerTitle: 'Cookie-uri pe această platformă de învățare',
  bannerText:
    'Folosim cookie-uri esențiale ca să vă puteți autentifica și folosi platforma. Cu consimțământul dumneavoastră, folosim și cookie-uri pentru a înțelege cum este folosită platforma. Vă puteți schimba oricând alegerea din „Setări cookie-uri”.',
  privacyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  settings: 'Setări',

  settingsTitle: 'Setări cookie-uri',
  settingsIntro:
    'Alegeți ce cookie-uri putem folosi. Cookie-urile esențiale sunt mereu active, pentru că platforma nu poate funcționa fără ele. Vă puteți retrage aici consimțământul în orice moment.',
  saveChoices: 'Salvează alegerile',
  close: 'Închide',
  alwaysOn: 'Mereu active',
  cookiesUsed: 'Cookie-uri din această categorie',
  cookieName: 'Nume',
  cookieExpires: 'Expiră',
  cookieProvider: 'Setat de',
  session: 'La închiderea browserului',
  untilDelivered: 'Până la trimiterea către acest site',
  thisSite: 'Acest site',
  noCookies: 'Nu sunt indicate cookie-uri pentru această categorie.',
  embedsTitle: 'Conținut extern',
  embedsIntro:
    'Furnizorii ale căror videoclipuri sau hărți le-ați permis să se încarce pe toate paginile acestui site, fără o nouă întrebare de fiecare dată.',
  embedsNone: 'Nu ați permis niciun furnizor.',
  embedAllowedUntil: (date) => `Permis până la ${date}`,
  embedWithdraw: (provider) => `Nu mai permite ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} nu mai este permis. Conținutul său va cere permisiunea înainte de a se încărca.`,
  guardianAgrees: 'Părintele sau tutorele meu este de acord',

  policiesLabel: 'Politicile site-ului',
  policyProgress: (n, total) => `Politica ${n} din ${total}`,
  policyUpdated: (date) => `Ultima modificare: ${date}`,
  policyVersion: (version) => `Versiunea ${version}`,
  policyRequired: 'Obligatorie',
  policyOptional: 'Opțională',
  policyFull: 'Politica completă',
  policyFullLink: 'Citiți politica completă (se deschide într-o filă nouă)',
  policyAgree: 'Sunt de acord',
  policyDecline: 'Nu sunt de acord',
  policyBack: 'Înapoi',
  policyNext: 'Următorul',
  policyAnswerNeeded: 'Alegeți „Sunt de acord” sau „Nu sunt de acord” înainte de a continua.',
  policyRefusedTitle: 'Fără această politică nu puteți folosi platforma',
  policyRefusedText: (title) =>
    `„${title}” este obligatorie. Dacă nu sunteți de acord cu ea, nu puteți folosi această platformă de învățare. Puteți reveni, o puteți citi din nou și accepta sau puteți părăsi site-ul. Dacă aveți întrebări, contactați administratorul site-ului.`,
  policyBackToPolicy: 'Înapoi la politică',
  policyReviewTitle: 'Verificați alegerile',
  policyReviewIntro: 'Nimic nu se salvează până nu confirmați. Folosiți „Înapoi” pentru a schimba un răspuns.',
  policyAgreed: 'Acceptată',
  policyDeclined: 'Refuzată',
  policyConfirm: 'Confirmă',
  policyDoneTitle: 'Vă mulțumim',
  policyDoneText: 'Alegerile dumneavoastră au fost salvate. Vă puteți retrage oricând acordurile opționale.',
  policyNothingToAsk: 'Ați răspuns la toate politicile în vigoare.',
  policySaveFailed:
    'Alegerile dumneavoastră nu au putut fi salvate în acest browser, așa că vă vom întreba din nou la următoarea vizită.',
  policyAgeTitle: 'Câți ani aveți?',
  policyAgeIntro: (age) =>
    `Dacă aveți mai puțin de ${years(age)}, un părinte sau tutore trebuie să accepte politicile în locul dumneavoastră. Vârsta dumneavoastră nu se salvează.`,
  policyAgeLabel: 'Vârsta în ani',
  policyAgeInvalid: 'Introduceți vârsta în ani întregi, de exemplu 15.',
  policyGuardian: 'Părintele sau tutorele meu a citit această politică și este de acord cu ea în numele meu.',
  policyGuardianNeeded:
    'Nu aveți încă vârsta consimțământului digital, așa că un părinte sau tutore trebuie să accepte în locul dumneavoastră. Rugați-l să citească această pagină și să bifeze caseta.',
  policyOnBehalf: 'Acceptată de un părinte sau tutore',
  policyAgreementsTitle: 'Politici și acorduri',
  policyAgreedOn: (version, date) =>
    version ? `Ați acceptat versiunea ${version} pe ${date}.` : `Ați acceptat pe ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Ați refuzat versiunea ${version} pe ${date}.` : `Ați refuzat pe ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `V-ați retras acordul pentru versiunea ${version} pe ${date}.`
      : `V-ați retras acordul pe ${date}.`,
  policyOutdated: (version, date) =>
    `Ați acceptat versiunea ${version} pe ${date}. Între timp politica s-a schimbat, așa că vi se va cere să acceptați noua versiune.`,
  policyUnanswered: 'Fără răspuns încă.',
  policyWithdraw: 'Retrage consimțământul',
  policyWithdrawn: (title) => `V-ați retras consimțământul pentru „${title}”.`,
  policyGiveConsent: 'Acordă consimțământul',
  policyGiven: (title) => `V-ați dat consimțământul pentru „${title}”.`,
  policyCannotWithdraw:
    'Această politică este obligatorie, așa că acordul nu poate fi retras cât timp folosiți platforma. Pentru a nu mai folosi platforma, contactați administratorul site-ului.',

  embedFrom: (provider) => `Conținut încorporat de la ${provider}`,
  embedNotice: (provider) =>
    `Încărcarea trimite către ${provider} date precum adresa dumneavoastră IP, iar ${provider} poate seta și cookie-uri. ${provider} poate prelucra aceste date în afara UE, într-o țară terță precum SUA.`,
  embedProviderPrivacy: (provider) => `${provider}: politica de confidențialitate`,
  embedSitePrivacy: 'Politica noastră de confidențialitate',
  embedNewTab: '(se deschide într-o filă nouă)',
  embedLoadVideo: 'Încarcă videoclipul',
  embedLoadMap: 'Încarcă harta',
  embedLoadContent: 'Încarcă conținutul',
  embedAlwaysAllow: (provider) => `Permite întotdeauna ${provider}`,
  embedAllowNote: (provider, n) =>
    `„Permite întotdeauna ${provider}” este reținut într-un cookie timp de ${days(n)} și încarcă tot conținutul ${provider} de pe această platformă.`,
  embedErrorTitle: 'Acest conținut nu poate fi afișat',
  embedErrorText: 'Adresa nu este un link recunoscut de videoclip sau de hartă, așa că nu s-a încărcat nimic.',

  categoryTitles: {
    essential: 'Esențiale',
    analytics: 'Analiză',
    functional: 'Funcționale',
    marketing: 'Publicitate',
  },
  categoryDescriptions: {
    essential:
      'Necesare pentru funcționarea platformei: vă mențin sesiunea deschisă (MoodleSession) și rețin alegerile dumneavoastră privind cookie-urile, conținutul extern și politicile platformei. Nu necesită consimțământ.',
    analytics:
      'Ne ajută să înțelegem cum este folosită platforma, cu propriul nostru sistem de analiză Matomo. Nu se transmit date către terți.',
    functional: 'Rețin setări precum numele de utilizator pe pagina de autentificare.',
    marketing: 'Sunt folosite pentru a vă arăta conținut relevant pe alte site-uri.',
  },
};

export default ro;
