import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/*
 * Polish addresses the reader as "Ty" (capitalised, as Polish does in a
 * direct address); past-tense sentences about the reader are impersonal
 * ("Zaakceptowano …"), so no text has to guess the reader's gender.
 */
const pl: Translation = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',

  bannerLabel: 'Zgoda na pliki cookie',
  bannerTitle: 'Pliki cookie na tej platformie edukacyjnej',
  bannerText:
    'Używamy niezbędnych plików cookie, aby można było się zalogować i korzystać z platformy. Za Twoją zgodą używamy też plików cookie, aby zrozumieć, jak platforma jest używana. Swój wybór możesz zmienić w każdej chwili w sekcji „Ustawienia plików cookie”.',
  privacyLink: 'Polityka prywatności',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  settings: 'Ustawienia',

  settingsTitle: 'Ustawienia plików cookie',
  settingsIntro:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, bo bez nich platforma nie działa. Tutaj możesz w każdej chwili wycofać swoją zgodę.',
  saveChoices: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  cookiesUsed: 'Pliki cookie w tej kategorii',
  cookieName: 'Nazwa',
  cookieExpires: 'Ważność',
  cookieProvider: 'Dostawca',
  session: 'Do zamknięcia przeglądarki',
  untilDelivered: 'Do przesłania do tej witryny',
  thisSite: 'Ta witryna',
  noCookies: 'Dla tej kategorii nie podano żadnych plików cookie.',
  embedsTitle: 'Treści zewnętrzne',
  embedsIntro:
    'Dostawcy, których filmy lub mapy mogą się wczytywać na wszystkich stronach tej witryny bez pytania za każdym razem.',
  embedsNone: 'Nie zezwalasz na treści żadnego dostawcy.',
  embedAllowedUntil: (date) => `Dozwolone do ${date}`,
  embedWithdraw: (provider) => `Nie zezwalaj już na ${provider}`,
  embedWithdrawn: (provider) =>
    `Zezwolenie dla ${provider} zostało cofnięte. Treści tego dostawcy zapytają, zanim się wczytają.`,
  guardianAgrees: 'Mój rodzic lub opiekun prawny wyraża na to zgodę',

  policiesLabel: 'Zasady witryny',
  policyProgress: (n, total) => `Dokument ${n} z ${total}`,
  policyUpdated: (date) => `Ostatnia zmiana: ${date}`,
  policyVersion: (version) => `Wersja ${version}`,
  policyRequired: 'Obowiązkowy',
  policyOptional: 'Opcjonalny',
  policyFull: 'Pełna treść',
  policyFullLink: 'Przeczytaj pełną treść (otwiera się w nowej karcie)',
  policyAgree: 'Zgadzam się',
  policyDecline: 'Nie zgadzam się',
  policyBack: 'Wstecz',
  policyNext: 'Dalej',
  policyAnswerNeeded: 'Zanim przejdziesz dalej, wybierz „Zgadzam się” lub „Nie zgadzam się”.',
  policyRefusedTitle: 'Bez akceptacji tego dokumentu nie możesz korzystać z platformy',
  policyRefusedText: (title) =>
    `Dokument „${title}” jest obowiązkowy. Jeśli się na niego nie zgodzisz, nie możesz korzystać z tej platformy edukacyjnej. Możesz wrócić, przeczytać go ponownie i wyrazić zgodę albo opuścić witrynę. W razie pytań skontaktuj się z administratorem witryny.`,
  policyBackToPolicy: 'Wróć do dokumentu',
  policyReviewTitle: 'Sprawdź swoje wybory',
  policyReviewIntro: 'Nic nie zostanie zapisane, dopóki nie potwierdzisz. Aby zmienić odpowiedź, użyj przycisku „Wstecz”.',
  policyAgreed: 'Zaakceptowano',
  policyDeclined: 'Odrzucono',
  policyConfirm: 'Potwierdź',
  policyDoneTitle: 'Dziękujemy',
  policyDoneText: 'Twoje wybory zostały zapisane. Zgody opcjonalne możesz wycofać w każdej chwili.',
  policyNothingToAsk: 'Na wszystkie aktualne dokumenty udzielono już odpowiedzi.',
  policySaveFailed:
    'Nie udało się zapisać Twoich wyborów w tej przeglądarce, więc przy następnej wizycie zapytamy ponownie.',
  policyAgeTitle: 'Ile masz lat?',
  policyAgeIntro: (age) =>
    `Jeśli masz mniej niż ${plural('pl', age, { one: '# rok', few: '# lata', many: '# lat', other: '# roku' })}, rodzic lub opiekun prawny musi zaakceptować dokumenty za Ciebie. Twój wiek nie jest zapisywany.`,
  policyAgeLabel: 'Wiek w latach',
  policyAgeInvalid: 'Podaj swój wiek w pełnych latach, na przykład 15.',
  policyGuardian: 'Mój rodzic lub opiekun prawny przeczytał ten dokument i akceptuje go w moim imieniu.',
  policyGuardianNeeded:
    'Nie masz jeszcze wieku, od którego można samodzielnie wyrazić zgodę w internecie, więc rodzic lub opiekun prawny musi zgodzić się za Ciebie. Poproś go, aby przeczytał tę stronę i zaznaczył pole.',
  policyOnBehalf: 'Zaakceptowane przez rodzica lub opiekuna prawnego',
  policyAgreementsTitle: 'Dokumenty i zgody',
  policyAgreedOn: (version, date) =>
    version ? `Zaakceptowano wersję ${version} dnia ${date}.` : `Zaakceptowano dnia ${date}.`,
  policyDeclinedOn: (version, date) => (version ? `Odrzucono wersję ${version} dnia ${date}.` : `Odrzucono dnia ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version ? `Wycofano zgodę na wersję ${version} dnia ${date}.` : `Wycofano zgodę dnia ${date}.`,
  policyOutdated: (version, date) =>
    `Zaakceptowano wersję ${version} dnia ${date}. Od tego czasu dokument się zmienił, więc poprosimy o akceptację nowej wersji.`,
  policyUnanswered: 'Jeszcze bez odpowiedzi.',
  policyWithdraw: 'Wycofaj zgodę',
  policyWithdrawn: (title) => `Zgoda na „${title}” została wycofana.`,
  policyGiveConsent: 'Wyraź zgodę',
  policyGiven: (title) => `Zgoda na „${title}” została wyrażona.`,
  policyCannotWithdraw:
    'Ten dokument jest obowiązkowy, więc nie można wycofać jego akceptacji, dopóki korzystasz z platformy. Jeśli chcesz przestać korzystać z platformy, skontaktuj się z administratorem witryny.',

  embedFrom: (provider) => `Treść osadzona z serwisu ${provider}`,
  embedNotice: (provider) =>
    `Wczytanie tej treści przesyła do serwisu ${provider} dane, takie jak Twój adres IP; ${provider} może też zapisywać pliki cookie. ${provider} może przetwarzać te dane poza UE, w państwie trzecim, takim jak USA.`,
  embedProviderPrivacy: (provider) => `Polityka prywatności serwisu ${provider}`,
  embedSitePrivacy: 'Nasza polityka prywatności',
  embedNewTab: '(otwiera się w nowej karcie)',
  embedLoadVideo: 'Wczytaj film',
  embedLoadMap: 'Wczytaj mapę',
  embedLoadContent: 'Wczytaj treść',
  embedAlwaysAllow: (provider) => `Zawsze zezwalaj na ${provider}`,
  embedAllowNote: (provider, days) =>
    `Wybór „Zawsze zezwalaj na ${provider}” jest zapamiętywany w pliku cookie przez ${plural('pl', days, { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })} i wczytuje wszystkie treści z serwisu ${provider} na tej platformie.`,
  embedErrorTitle: 'Nie można wyświetlić tej treści',
  embedErrorText: 'Jej adres nie jest rozpoznanym linkiem do filmu ani mapy, więc nic nie zostało wczytane.',

  categoryTitles: {
    essential: 'Niezbędne',
    analytics: 'Analityczne',
    functional: 'Funkcjonalne',
    marketing: 'Marketingowe',
  },
  categoryDescriptions: {
    essential:
      'Potrzebne do działania platformy: utrzymują zalogowanie (MoodleSession) i zapamiętują Twoje wybory dotyczące plików cookie, treści zewnętrznych i zasad platformy. Nie wymagają zgody.',
    analytics:
      'Pomagają nam zrozumieć, jak platforma jest używana, dzięki naszej własnej analityce Matomo. Żadne dane nie są przekazywane podmiotom trzecim.',
    functional: 'Zapamiętują ustawienia, takie jak Twoja nazwa użytkownika na stronie logowania.',
    marketing: 'Służą do pokazywania Ci dopasowanych treści na innych stronach internetowych.',
  },
};

export default pl;
