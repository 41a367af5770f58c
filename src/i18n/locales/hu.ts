import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const hu: Translation = {
  $code: 'hu',
  $name: 'Magyar',
  $dir: 'ltr',

  bannerLabel: 'Hozzájárulás a sütikhez',
  bannerTitle: 'Sütik ezen az oktatási platformon',
  bannerText:
    'Alapvető sütiket használunk, hogy be tudjon jelentkezni és használhassa a platformot. Hozzájárulása esetén sütiket használunk arra is, hogy megértsük, hogyan használják a platformot. Döntését bármikor megváltoztathatja a „Sütibeállítások” alatt.',
  privacyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  settings: 'Beállítások',

  settingsTitle: 'Sütibeállítások',
  settingsIntro:
    'Válassza ki, mely sütiket használhatjuk. Az alapvető sütik mindig be vannak kapcsolva, mert nélkülük a platform nem működik. Hozzájárulását itt bármikor visszavonhatja.',
  saveChoices: 'Választás mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig bekapcsolva',
  cookiesUsed: 'Sütik ebben a kategóriában',
  cookieName: 'Név',
  cookieExpires: 'Lejárat',
  cookieProvider: 'Beállítja',
  session: 'A böngésző bezárásáig',
  untilDelivered: 'Amíg ez a webhely meg nem kapja',
  thisSite: 'Ez a webhely',
  noCookies: 'Ehhez a kategóriához nincsenek sütik felsorolva.',
  embedsTitle: 'Külső tartalom',
  embedsIntro:
    'Szolgáltatók, amelyek videóit vagy térképeit a webhely minden oldalán engedélyezte betölteni, külön rákérdezés nélkül.',
  embedsNone: 'Egyetlen szolgáltatót sem engedélyezett.',
  embedAllowedUntil: (date) => `Engedélyezve eddig: ${date}`,
  embedWithdraw: (provider) => `${provider} engedélyezésének visszavonása`,
  embedWithdrawn: (provider) =>
    `${provider} már nincs engedélyezve. A(z) ${provider} tartalmai betöltés előtt ismét rákérdeznek.`,
  guardianAgrees: 'A szülőm vagy gondviselőm hozzájárul ehhez',

  policiesLabel: 'A webhely szabályzatai',
  policyProgress: (n, total) => `Szabályzat: ${n}/${total}`,
  policyUpdated: (date) => `Utoljára módosítva: ${date}`,
  policyVersion: (version) => `Verzió: ${version}`,
  policyRequired: 'Kötelező',
  policyOptional: 'Választható',
  policyFull: 'Teljes szabályzat',
  policyFullLink: 'A teljes szabályzat elolvasása (új lapon nyílik meg)',
  policyAgree: 'Elfogadom',
  policyDecline: 'Nem fogadom el',
  policyBack: 'Vissza',
  policyNext: 'Tovább',
  policyAnswerNeeded: 'Mielőtt továbblép, válassza az „Elfogadom” vagy a „Nem fogadom el” lehetőséget.',
  policyRefusedTitle: 'E szabályzat nélkül nem használhatja a platformot',
  policyRefusedText: (title) =>
    `Ez a szabályzat kötelező: „${title}”. Ha nem fogadja el, nem használhatja ezt az oktatási platformot. Visszaléphet, újra elolvashatja és elfogadhatja, vagy elhagyhatja a webhelyet. Kérdés esetén forduljon a webhely adminisztrátorához.`,
  policyBackToPolicy: 'Vissza a szabályzathoz',
  policyReviewTitle: 'Ellenőrizze a választásait',
  policyReviewIntro: 'Amíg nem erősíti meg, semmit sem mentünk. A „Vissza” gombbal módosíthat egy választ.',
  policyAgreed: 'Elfogadva',
  policyDeclined: 'Elutasítva',
  policyConfirm: 'Megerősítés',
  policyDoneTitle: 'Köszönjük',
  policyDoneText: 'A választásait mentettük. A választható elfogadásokat bármikor visszavonhatja.',
  policyNothingToAsk: 'Minden aktuális szabályzatra válaszolt.',
  policySaveFailed:
    'A választásait nem sikerült menteni ebben a böngészőben, ezért a következő látogatásakor újra megkérdezzük.',
  policyAgeTitle: 'Hány éves?',
  policyAgeIntro: (age) =>
    `Ha még nincs ${age} éves, egy szülőnek vagy gondviselőnek kell elfogadnia Ön helyett a szabályzatokat. Az életkorát nem tároljuk.`,
  policyAgeLabel: 'Életkor (év)',
  policyAgeInvalid: 'Adja meg az életkorát egész években, például 15.',
  policyGuardian: 'A szülőm vagy gondviselőm elolvasta ezt a szabályzatot, és a nevemben elfogadja.',
  policyGuardianNeeded:
    'Még nem érte el a digitális hozzájárulás korhatárát, ezért egy szülőnek vagy gondviselőnek kell hozzájárulnia Ön helyett. Kérje meg, hogy olvassa el ezt az oldalt, és jelölje be a négyzetet.',
  policyOnBehalf: 'Szülő vagy gondviselő fogadta el',
  policyAgreementsTitle: 'Szabályzatok és elfogadások',
  // Long Hungarian dates end in a full stop ("2026. december 3."), so the date ends the sentence.
  policyAgreedOn: (version, date) =>
    version ? `Elfogadta a szabályzat ${version} verzióját ekkor: ${date}` : `Elfogadta ekkor: ${date}`,
  policyDeclinedOn: (version, date) =>
    version ? `Elutasította a szabályzat ${version} verzióját ekkor: ${date}` : `Elutasította ekkor: ${date}`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Visszavonta a szabályzat ${version} verziójának elfogadását ekkor: ${date}`
      : `Visszavonta az elfogadást ekkor: ${date}`,
  policyOutdated: (version, date) =>
    `A szabályzat ${version} verzióját elfogadta (${date}), de a szabályzat azóta megváltozott, ezért megkérjük, hogy fogadja el az új verziót.`,
  policyUnanswered: 'Még nincs válasz.',
  policyWithdraw: 'Hozzájárulás visszavonása',
  policyWithdrawn: (title) => `Visszavonta a hozzájárulását ehhez: „${title}”.`,
  policyGiveConsent: 'Hozzájárulás megadása',
  policyGiven: (title) => `Megadta a hozzájárulását ehhez: „${title}”.`,
  policyCannotWithdraw:
    'Ez a szabályzat kötelező, ezért az elfogadása nem vonható vissza, amíg a platformot használja. Ha abba szeretné hagyni a platform használatát, forduljon a webhely adminisztrátorához.',

  embedFrom: (provider) => `Beágyazott tartalom innen: ${provider}`,
  embedNotice: (provider) =>
    `Betöltéskor a(z) ${provider} megkapja az Ön adatait, például az IP-címét, és sütiket is beállíthat. A(z) ${provider} ezeket az adatokat az EU-n kívül, harmadik országban, például az USA-ban is kezelheti.`,
  embedProviderPrivacy: (provider) => `${provider} – adatvédelmi tájékoztató`,
  embedSitePrivacy: 'Adatvédelmi tájékoztatónk',
  embedNewTab: '(új lapon nyílik meg)',
  embedLoadVideo: 'Videó betöltése',
  embedLoadMap: 'Térkép betöltése',
  embedLoadContent: 'Tartalom betöltése',
  embedAlwaysAllow: (provider) => `Mindig engedélyezem: ${provider}`,
  embedAllowNote: (provider, days) =>
    `A „Mindig engedélyezem: ${provider}” választást egy süti ${plural('hu', days, { one: '# napig', other: '# napig' })} megőrzi, és ez a platformon a(z) ${provider} összes tartalmát betölti.`,
  embedErrorTitle: 'Ez a tartalom nem jeleníthető meg',
  embedErrorText: 'A címe nem felismert videó- vagy térképhivatkozás, ezért semmi sem töltődött be.',

  categoryTitles: {
    essential: 'Alapvető',
    analytics: 'Statisztikai',
    functional: 'Funkcionális',
    marketing: 'Marketingcélú',
  },
  categoryDescriptions: {
    essential:
      'A platform működéséhez szükségesek: bejelentkezve tartják Önt (MoodleSession), és megjegyzik a sütikkel, a külső tartalmakkal és a platform szabályzataival kapcsolatos döntéseit. Nem igényelnek hozzájárulást.',
    analytics:
      'Saját Matomo-statisztikánkkal segítenek megérteni, hogyan használják a platformot. Harmadik félnek nem adunk át adatot.',
    functional: 'Megjegyzik a beállításokat, például a felhasználónevét a bejelentkezési oldalon.',
    marketing: 'Arra szolgálnak, hogy más webhelyeken az Önt érdeklő tartalmakat mutassanak.',
  },
};

export default hu;
