import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const nl: Translation = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',

  bannerLabel: 'Toestemming voor cookies',
  bannerTitle: 'Cookies op dit leerplatform',
  bannerText:
    'We gebruiken noodzakelijke cookies, zodat u kunt inloggen en het platform kunt gebruiken. Met uw toestemming gebruiken we ook cookies om te begrijpen hoe het platform wordt gebruikt. U kunt uw keuze altijd wijzigen via ‘Cookie-instellingen’.',
  privacyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  settings: 'Instellingen',

  settingsTitle: 'Cookie-instellingen',
  settingsIntro:
    'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat het platform zonder deze cookies niet werkt. U kunt uw toestemming hier op elk moment intrekken.',
  saveChoices: 'Keuze opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  cookiesUsed: 'Cookies in deze categorie',
  cookieName: 'Naam',
  cookieExpires: 'Bewaartermijn',
  cookieProvider: 'Geplaatst door',
  session: 'Tot de browser wordt gesloten',
  untilDelivered: 'Tot verzending naar deze site',
  thisSite: 'Deze site',
  noCookies: 'Voor deze categorie zijn geen cookies vermeld.',
  embedsTitle: 'Externe inhoud',
  embedsIntro:
    'Aanbieders van wie u video’s of kaarten op alle pagina’s van deze site laat laden, zonder dat we het elke keer vragen.',
  embedsNone: 'U hebt geen aanbieder toegestaan.',
  embedAllowedUntil: (date) => `Toegestaan tot ${date}`,
  embedWithdraw: (provider) => `${provider} niet meer toestaan`,
  embedWithdrawn: (provider) =>
    `${provider} is niet meer toegestaan. De inhoud van ${provider} vraagt het weer voordat die laadt.`,
  guardianAgrees: 'Mijn ouder of voogd gaat hiermee akkoord',

  policiesLabel: 'Beleid van de site',
  policyProgress: (n, total) => `Beleid ${n} van ${total}`,
  policyUpdated: (date) => `Laatst gewijzigd: ${date}`,
  policyVersion: (version) => `Versie ${version}`,
  policyRequired: 'Verplicht',
  policyOptional: 'Optioneel',
  policyFull: 'Volledig beleid',
  policyFullLink: 'Lees het volledige beleid (opent in een nieuw tabblad)',
  policyAgree: 'Ik ga akkoord',
  policyDecline: 'Ik ga niet akkoord',
  policyBack: 'Terug',
  policyNext: 'Volgende',
  policyAnswerNeeded: 'Kies ‘Ik ga akkoord’ of ‘Ik ga niet akkoord’ voordat u verdergaat.',
  policyRefusedTitle: 'Zonder dit beleid kunt u het platform niet gebruiken',
  policyRefusedText: (title) =>
    `‘${title}’ is verplicht. Als u niet akkoord gaat, kunt u dit leerplatform niet gebruiken. U kunt teruggaan, het nog eens lezen en akkoord gaan, of de site verlaten. Hebt u vragen? Neem dan contact op met de beheerder van de site.`,
  policyBackToPolicy: 'Terug naar het beleid',
  policyReviewTitle: 'Controleer uw keuzes',
  policyReviewIntro: 'Er wordt niets opgeslagen tot u bevestigt. Met ‘Terug’ kunt u een antwoord wijzigen.',
  policyAgreed: 'Akkoord',
  policyDeclined: 'Niet akkoord',
  policyConfirm: 'Bevestigen',
  policyDoneTitle: 'Bedankt',
  policyDoneText: 'Uw keuzes zijn opgeslagen. Optionele toestemmingen kunt u op elk moment intrekken.',
  policyNothingToAsk: 'U hebt op al het huidige beleid geantwoord.',
  policySaveFailed:
    'Uw keuzes konden in deze browser niet worden opgeslagen. Bij uw volgende bezoek vragen we het daarom opnieuw.',
  policyAgeTitle: 'Hoe oud bent u?',
  policyAgeIntro: (age) =>
    `Als u jonger bent dan ${plural('nl', age, { one: '# jaar', other: '# jaar' })}, moet een ouder of voogd voor u akkoord gaan met het beleid. Uw leeftijd wordt niet opgeslagen.`,
  policyAgeLabel: 'Leeftijd in jaren',
  policyAgeInvalid: 'Vul uw leeftijd in hele jaren in, bijvoorbeeld 15.',
  policyGuardian: 'Mijn ouder of voogd heeft dit beleid gelezen en gaat er namens mij mee akkoord.',
  policyGuardianNeeded:
    'U bent jonger dan de leeftijd voor digitale toestemming, dus een ouder of voogd moet voor u akkoord gaan. Vraag uw ouder of voogd deze pagina te lezen en het vakje aan te vinken.',
  policyOnBehalf: 'Akkoord gegeven door een ouder of voogd',
  policyAgreementsTitle: 'Beleid en toestemmingen',
  policyAgreedOn: (version, date) =>
    version ? `U bent op ${date} akkoord gegaan met versie ${version}.` : `U bent op ${date} akkoord gegaan.`,
  policyDeclinedOn: (version, date) =>
    version ? `U hebt versie ${version} op ${date} geweigerd.` : `U hebt op ${date} geweigerd.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `U hebt op ${date} uw toestemming voor versie ${version} ingetrokken.`
      : `U hebt op ${date} uw toestemming ingetrokken.`,
  policyOutdated: (version, date) =>
    `U bent op ${date} akkoord gegaan met versie ${version}. Het beleid is sindsdien gewijzigd, dus we vragen u akkoord te gaan met de nieuwe versie.`,
  policyUnanswered: 'Nog niet beantwoord.',
  policyWithdraw: 'Toestemming intrekken',
  policyWithdrawn: (title) => `U hebt uw toestemming voor ‘${title}’ ingetrokken.`,
  policyGiveConsent: 'Toestemming geven',
  policyGiven: (title) => `U hebt toestemming gegeven voor ‘${title}’.`,
  policyCannotWithdraw:
    'Dit beleid is verplicht, dus u kunt uw akkoord niet intrekken zolang u het platform gebruikt. Wilt u stoppen met het platform? Neem dan contact op met de beheerder van de site.',

  embedFrom: (provider) => `Ingesloten inhoud van ${provider}`,
  embedNotice: (provider) =>
    `Als u dit laadt, worden gegevens zoals uw IP-adres naar ${provider} gestuurd, dat ook cookies kan plaatsen. ${provider} kan deze gegevens buiten de EU verwerken, in een derde land zoals de VS.`,
  embedProviderPrivacy: (provider) => `Privacyverklaring van ${provider}`,
  embedSitePrivacy: 'Onze privacyverklaring',
  embedNewTab: '(opent in een nieuw tabblad)',
  embedLoadVideo: 'Video laden',
  embedLoadMap: 'Kaart laden',
  embedLoadContent: 'Inhoud laden',
  embedAlwaysAllow: (provider) => `${provider} altijd toestaan`,
  embedAllowNote: (provider, days) =>
    `‘${provider} altijd toestaan’ wordt ${plural('nl', days, { one: '# dag', other: '# dagen' })} in een cookie onthouden en laadt alle inhoud van ${provider} op dit platform.`,
  embedErrorTitle: 'Deze inhoud kan niet worden getoond',
  embedErrorText: 'Het adres is geen herkende link naar een video of kaart, dus er is niets geladen.',

  categoryTitles: {
    essential: 'Noodzakelijk',
    analytics: 'Statistieken',
    functional: 'Functioneel',
    marketing: 'Marketing',
  },
  categoryDescriptions: {
    essential:
      'Nodig om het platform te laten werken: ze houden u ingelogd (MoodleSession) en onthouden uw keuzes over cookies, externe inhoud en het beleid van het platform. Hiervoor is geen toestemming nodig.',
    analytics:
      'Helpen ons te begrijpen hoe het platform wordt gebruikt, met onze eigen Matomo-statistieken. Er worden geen gegevens aan derden doorgegeven.',
    functional: 'Onthouden instellingen zoals uw gebruikersnaam op de inlogpagina.',
    marketing: 'Worden gebruikt om u relevante inhoud op andere websites te tonen.',
  },
};

export default nl;
