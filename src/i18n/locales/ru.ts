import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/* "Принимаю / Не принимаю" rather than "Я согласен", which would guess the reader's gender. */
const ru: Translation = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',

  bannerLabel: 'Согласие на файлы cookie',
  bannerTitle: 'Файлы cookie на этой учебной платформе',
  bannerText:
    'Мы используем необходимые файлы cookie, чтобы вы могли войти в систему и пользоваться платформой. С вашего согласия мы также используем файлы cookie, чтобы понимать, как используется платформа. Вы можете в любой момент изменить свой выбор в разделе «Настройки файлов cookie».',
  privacyLink: 'Политика конфиденциальности',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  settings: 'Настройки',

  settingsTitle: 'Настройки файлов cookie',
  settingsIntro:
    'Выберите, какие файлы cookie мы можем использовать. Необходимые файлы cookie включены всегда, потому что без них платформа не работает. Здесь вы можете в любой момент отозвать своё согласие.',
  saveChoices: 'Сохранить выбор',
  close: 'Закрыть',
  alwaysOn: 'Всегда включены',
  cookiesUsed: 'Файлы cookie в этой категории',
  cookieName: 'Название',
  cookieExpires: 'Срок хранения',
  cookieProvider: 'Кем установлен',
  session: 'До закрытия браузера',
  untilDelivered: 'До отправки на этот сайт',
  thisSite: 'Этот сайт',
  noCookies: 'Для этой категории файлы cookie не указаны.',
  embedsTitle: 'Внешний контент',
  embedsIntro:
    'Поставщики, чьи видео или карты вы разрешили загружать на всех страницах этого сайта без повторного вопроса.',
  embedsNone: 'Вы не дали разрешения ни одному поставщику.',
  embedAllowedUntil: (date) => `Разрешено до ${date}`,
  embedWithdraw: (provider) => `Больше не разрешать ${provider}`,
  embedWithdrawn: (provider) =>
    `Разрешение для ${provider} отозвано. Перед загрузкой его контент снова спросит вас.`,
  guardianAgrees: 'Мои родители или опекун согласны с этим',

  policiesLabel: 'Политики сайта',
  policyProgress: (n, total) => `Политика ${n} из ${total}`,
  policyUpdated: (date) => `Последнее изменение: ${date}`,
  policyVersion: (version) => `Версия ${version}`,
  policyRequired: 'Обязательная',
  policyOptional: 'Необязательная',
  policyFull: 'Полный текст',
  policyFullLink: 'Прочитать полный текст политики (откроется в новой вкладке)',
  policyAgree: 'Принимаю',
  policyDecline: 'Не принимаю',
  policyBack: 'Назад',
  policyNext: 'Далее',
  policyAnswerNeeded: 'Прежде чем продолжить, выберите «Принимаю» или «Не принимаю».',
  policyRefusedTitle: 'Без этой политики вы не можете пользоваться платформой',
  policyRefusedText: (title) =>
    `«${title}» — обязательная политика. Если вы её не примете, вы не сможете пользоваться этой учебной платформой. Вы можете вернуться, прочитать её ещё раз и принять или покинуть сайт. Если у вас есть вопросы, обратитесь к администратору сайта.`,
  policyBackToPolicy: 'Вернуться к политике',
  policyReviewTitle: 'Проверьте свой выбор',
  policyReviewIntro: 'Ничего не сохранится, пока вы не подтвердите. Чтобы изменить ответ, нажмите «Назад».',
  policyAgreed: 'Принято',
  policyDeclined: 'Отклонено',
  policyConfirm: 'Подтвердить',
  policyDoneTitle: 'Спасибо',
  policyDoneText: 'Ваш выбор сохранён. Необязательные согласия вы можете отозвать в любой момент.',
  policyNothingToAsk: 'Вы ответили на все действующие политики.',
  policySaveFailed:
    'Не удалось сохранить ваш выбор в этом браузере, поэтому при следующем посещении вас спросят снова.',
  policyAgeTitle: 'Сколько вам лет?',
  // "меньше" takes the genitive: меньше 1 года, 3 лет, 16 лет, 21 года.
  policyAgeIntro: (age) =>
    `Если вам меньше ${plural('ru', age, { one: '# года', few: '# лет', many: '# лет', other: '# года' })}, принять политики за вас должны родители или опекун. Ваш возраст не сохраняется.`,
  policyAgeLabel: 'Возраст (полных лет)',
  policyAgeInvalid: 'Введите свой возраст в полных годах, например 15.',
  policyGuardian: 'Мои родители или опекун прочитали эту политику и принимают её от моего имени.',
  policyGuardianNeeded:
    'Вы младше возраста цифрового согласия, поэтому за вас должны согласиться родители или опекун. Попросите их прочитать эту страницу и поставить отметку.',
  policyOnBehalf: 'Принято родителями или опекуном',
  policyAgreementsTitle: 'Политики и согласия',
  policyAgreedOn: (version, date) => (version ? `${date} вы приняли версию ${version}.` : `Вы приняли ${date}.`),
  policyDeclinedOn: (version, date) => (version ? `${date} вы отклонили версию ${version}.` : `Вы отклонили ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version ? `${date} вы отозвали согласие на версию ${version}.` : `Вы отозвали согласие ${date}.`,
  policyOutdated: (version, date) =>
    `${date} вы приняли версию ${version}. С тех пор политика изменилась, поэтому вас попросят принять новую версию.`,
  policyUnanswered: 'Ответа пока нет.',
  policyWithdraw: 'Отозвать согласие',
  policyWithdrawn: (title) => `Вы отозвали согласие на «${title}».`,
  policyGiveConsent: 'Дать согласие',
  policyGiven: (title) => `Вы дали согласие на «${title}».`,
  policyCannotWithdraw:
    'Эта политика обязательна, поэтому, пока вы пользуетесь платформой, согласие нельзя отозвать. Чтобы перестать пользоваться платформой, обратитесь к администратору сайта.',

  embedFrom: (provider) => `Встроенный контент сервиса ${provider}`,
  embedNotice: (provider) =>
    `При загрузке ваши данные, например IP-адрес, передаются ${provider}, который и сам может устанавливать cookie. ${provider} может обрабатывать эти данные за пределами ЕС, в третьей стране, например в США.`,
  embedProviderPrivacy: (provider) => `Политика конфиденциальности ${provider}`,
  embedSitePrivacy: 'Наша политика конфиденциальности',
  embedNewTab: '(откроется в новой вкладке)',
  embedLoadVideo: 'Загрузить видео',
  embedLoadMap: 'Загрузить карту',
  embedLoadContent: 'Загрузить контент',
  embedAlwaysAllow: (provider) => `Всегда разрешать ${provider}`,
  embedAllowNote: (provider, days) =>
    `«Всегда разрешать ${provider}» сохраняется в cookie на ${plural('ru', days, { one: '# день', few: '# дня', many: '# дней', other: '# дня' })} и загружает весь контент ${provider} на этой платформе.`,
  embedErrorTitle: 'Этот контент нельзя показать',
  embedErrorText: 'Его адрес не распознан как ссылка на видео или карту, поэтому ничего не загружено.',

  categoryTitles: {
    essential: 'Необходимые',
    analytics: 'Аналитические',
    functional: 'Функциональные',
    marketing: 'Маркетинговые',
  },
  categoryDescriptions: {
    essential:
      'Нужны для работы платформы: сохраняют ваш вход (MoodleSession) и запоминают ваш выбор в отношении файлов cookie, внешнего контента и политик платформы. Не требуют согласия.',
    analytics:
      'Помогают нам понять, как используется платформа, с помощью нашей собственной аналитики Matomo. Никакие данные не передаются третьим лицам.',
    functional: 'Запоминают настройки, например ваше имя пользователя на странице входа.',
    marketing: 'Используются, чтобы показывать вам подходящий контент на других сайтах.',
  },
};

export default ru;
