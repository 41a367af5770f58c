import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const uk: Translation = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',

  bannerLabel: 'Згода на файли cookie',
  bannerTitle: 'Файли cookie на цій навчальній платформі',
  bannerText:
    'Ми використовуємо необхідні файли cookie, щоб ви могли увійти й користуватися платформою. З вашої згоди ми також використовуємо файли cookie, щоб розуміти, як використовується платформа. Ви можете будь-коли змінити свій вибір у розділі «Налаштування файлів cookie».',
  privacyLink: 'Політика конфіденційності',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  settings: 'Налаштування',

  settingsTitle: 'Налаштування файлів cookie',
  settingsIntro:
    'Виберіть, які файли cookie ми можемо використовувати. Необхідні файли cookie завжди ввімкнені, бо без них платформа не працює. Тут ви можете будь-коли відкликати свою згоду.',
  saveChoices: 'Зберегти вибір',
  close: 'Закрити',
  alwaysOn: 'Завжди ввімкнено',
  cookiesUsed: 'Файли cookie цієї категорії',
  cookieName: 'Назва',
  cookieExpires: 'Строк дії',
  cookieProvider: 'Ким встановлено',
  session: 'До закриття браузера',
  untilDelivered: 'До надсилання на цей сайт',
  thisSite: 'Цей сайт',
  noCookies: 'Для цієї категорії файли cookie не зазначено.',
  embedsTitle: 'Зовнішній вміст',
  embedsIntro:
    'Постачальники, чиї відео або карти ви дозволили завантажувати на всіх сторінках цього сайту без запиту щоразу.',
  embedsNone: 'Ви не надали дозволу жодному постачальнику.',
  embedAllowedUntil: (date) => `Дозволено до ${date}`,
  embedWithdraw: (provider) => `Більше не дозволяти ${provider}`,
  embedWithdrawn: (provider) =>
    `Дозвіл для ${provider} скасовано. Перед завантаженням його вміст знову запитає вас.`,
  guardianAgrees: 'Мої батьки або опікун погоджуються з цим',

  policiesLabel: 'Політики сайту',
  policyProgress: (n, total) => `Політика ${n} з ${total}`,
  policyUpdated: (date) => `Останні зміни: ${date}`,
  policyVersion: (version) => `Версія ${version}`,
  policyRequired: 'Обов’язкова',
  policyOptional: 'Необов’язкова',
  policyFull: 'Повний текст',
  policyFullLink: 'Прочитати повний текст політики (відкриється в новій вкладці)',
  policyAgree: 'Я погоджуюся',
  policyDecline: 'Я не погоджуюся',
  policyBack: 'Назад',
  policyNext: 'Далі',
  policyAnswerNeeded: 'Перш ніж продовжити, виберіть «Я погоджуюся» або «Я не погоджуюся».',
  policyRefusedTitle: 'Без цієї політики ви не можете користуватися платформою',
  policyRefusedText: (title) =>
    `«${title}» — обов’язкова політика. Якщо ви з нею не погоджуєтеся, ви не можете користуватися цією навчальною платформою. Ви можете повернутися, прочитати її ще раз і погодитися або залишити сайт. Якщо у вас є запитання, зверніться до адміністратора сайту.`,
  policyBackToPolicy: 'Назад до політики',
  policyReviewTitle: 'Перевірте свій вибір',
  policyReviewIntro: 'Нічого не буде збережено, доки ви не підтвердите. Щоб змінити відповідь, натисніть «Назад».',
  policyAgreed: 'Погоджено',
  policyDeclined: 'Відхилено',
  policyConfirm: 'Підтвердити',
  policyDoneTitle: 'Дякуємо',
  policyDoneText: 'Ваш вибір збережено. Необов’язкові згоди ви можете будь-коли відкликати.',
  policyNothingToAsk: 'Ви відповіли на всі чинні політики.',
  policySaveFailed:
    'Не вдалося зберегти ваш вибір у цьому браузері, тому під час наступного відвідування вас запитають знову.',
  policyAgeTitle: 'Скільки вам років?',
  policyAgeIntro: (age) =>
    `Якщо вам менше ніж ${plural('uk', age, { one: '# рік', few: '# роки', many: '# років', other: '# року' })}, з політиками замість вас мають погодитися батьки або опікун. Ваш вік не зберігається.`,
  policyAgeLabel: 'Вік (повних років)',
  policyAgeInvalid: 'Введіть свій вік у повних роках, наприклад 15.',
  policyGuardian: 'Мої батьки або опікун прочитали цю політику й погоджуються з нею від мого імені.',
  policyGuardianNeeded:
    'Ви молодші за вік цифрової згоди, тому замість вас мають погодитися батьки або опікун. Попросіть їх прочитати цю сторінку й поставити позначку.',
  policyOnBehalf: 'Погоджено батьками або опікуном',
  policyAgreementsTitle: 'Політики та згоди',
  policyAgreedOn: (version, date) =>
    version ? `${date} ви погодилися з версією ${version}.` : `Ви погодилися ${date}.`,
  policyDeclinedOn: (version, date) => (version ? `${date} ви відхилили версію ${version}.` : `Ви відхилили ${date}.`),
  policyWithdrawnOn: (version, date) =>
    version ? `${date} ви відкликали згоду на версію ${version}.` : `Ви відкликали згоду ${date}.`,
  policyOutdated: (version, date) =>
    `${date} ви погодилися з версією ${version}. Відтоді політика змінилася, тож вас попросять погодитися з новою версією.`,
  policyUnanswered: 'Ще немає відповіді.',
  policyWithdraw: 'Відкликати згоду',
  policyWithdrawn: (title) => `Ви відкликали згоду на «${title}».`,
  policyGiveConsent: 'Надати згоду',
  policyGiven: (title) => `Ви надали згоду на «${title}».`,
  policyCannotWithdraw:
    'Ця політика обов’язкова, тому, поки ви користуєтеся платформою, вашу згоду не можна відкликати. Щоб припинити користуватися платформою, зверніться до адміністратора сайту.',

  embedFrom: (provider) => `Вбудований вміст від ${provider}`,
  embedNotice: (provider) =>
    `Під час завантаження дані, як-от ваша IP-адреса, передаються постачальнику ${provider}, який також може встановлювати файли cookie. ${provider} може обробляти ці дані за межами ЄС, у третій країні, наприклад у США.`,
  embedProviderPrivacy: (provider) => `Політика конфіденційності ${provider}`,
  embedSitePrivacy: 'Наша політика конфіденційності',
  embedNewTab: '(відкриється в новій вкладці)',
  embedLoadVideo: 'Завантажити відео',
  embedLoadMap: 'Завантажити карту',
  embedLoadContent: 'Завантажити вміст',
  embedAlwaysAllow: (provider) => `Завжди дозволяти ${provider}`,
  embedAllowNote: (provider, days) =>
    `Вибір «Завжди дозволяти ${provider}» зберігається у файлі cookie на ${plural('uk', days, { one: '# день', few: '# дні', many: '# днів', other: '# дня' })} і завантажує весь вміст ${provider} на цій платформі.`,
  embedErrorTitle: 'Цей вміст неможливо показати',
  embedErrorText: 'Його адреса не є розпізнаним посиланням на відео чи карту, тому нічого не завантажено.',

  categoryTitles: {
    essential: 'Необхідні',
    analytics: 'Аналітичні',
    functional: 'Функціональні',
    marketing: 'Маркетингові',
  },
  categoryDescriptions: {
    essential:
      'Потрібні для роботи платформи: підтримують ваш вхід (MoodleSession) і запам’ятовують ваш вибір щодо файлів cookie, зовнішнього вмісту й політик платформи. Не потребують згоди.',
    analytics:
      'Допомагають нам зрозуміти, як використовується платформа, за допомогою нашої власної аналітики Matomo. Жодні дані не передаються третім особам.',
    functional: 'Запам’ятовують налаштування, як-от ваше ім’я користувача на сторінці входу.',
    marketing: 'Використовуються, щоб показувати вам релевантний вміст на інших вебсайтах.',
  },
};

export default uk;
