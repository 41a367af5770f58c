import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/*
 * Modern Standard Arabic. Buttons use the verbal noun ("قبول الكل") and
 * sentences avoid gendered verb forms ("يمكنك", "سجّلنا موافقتك"), so the
 * texts fit every reader.
 */
const number = (n: number) => new Intl.NumberFormat('ar').format(n);
const days = (n: number) =>
  plural('ar', n, { zero: '# يوم', one: '# يوم', two: '# يوم', few: '# أيام', many: '# يومًا', other: '# يوم' });
const years = (n: number) =>
  plural('ar', n, { zero: '# سنة', one: '# سنة', two: '# سنة', few: '# سنوات', many: '# سنة', other: '# سنة' });

const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  bannerLabel: 'الموافقة على ملفات تعريف الارتباط',
  bannerTitle: 'ملفات تعريف الارتباط على منصة التعلّم هذه',
  bannerText:
    'نستخدم ملفات تعريف الارتباط الضرورية حتى يمكنك تسجيل الدخول واستخدام المنصة. وبموافقتك، نستخدم أيضًا ملفات تعريف الارتباط لفهم كيفية استخدام المنصة. يمكنك تغيير اختيارك في أي وقت من «إعدادات ملفات تعريف الارتباط».',
  privacyLink: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  settings: 'الإعدادات',

  settingsTitle: 'إعدادات ملفات تعريف الارتباط',
  settingsIntro:
    'يمكنك اختيار ملفات تعريف الارتباط التي نستخدمها. الملفات الضرورية مفعّلة دائمًا لأن المنصة لا تعمل بدونها. ويمكنك سحب موافقتك هنا في أي وقت.',
  saveChoices: 'حفظ الاختيارات',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  cookiesUsed: 'ملفات تعريف الارتباط في هذه الفئة',
  cookieName: 'الاسم',
  cookieExpires: 'مدة الصلاحية',
  cookieProvider: 'المصدر',
  session: 'حتى إغلاق المتصفح',
  untilDelivered: 'حتى إرسالها إلى هذا الموقع',
  thisSite: 'هذا الموقع',
  noCookies: 'لا توجد ملفات تعريف ارتباط مدرجة لهذه الفئة.',
  embedsTitle: 'المحتوى الخارجي',
  embedsIntro:
    'الجهات المزوِّدة التي سمحت بتحميل مقاطع الفيديو أو الخرائط منها في كل صفحات هذا الموقع، دون سؤالك في كل مرة.',
  embedsNone: 'لا توجد جهة مزوِّدة مسموح بها.',
  embedAllowedUntil: (date) => `مسموح به حتى ${date}`,
  embedWithdraw: (provider) => `إيقاف السماح لـ ${provider}`,
  embedWithdrawn: (provider) => `لم يعد ${provider} مسموحًا به. سيطلب محتواه الإذن قبل تحميله.`,
  guardianAgrees: 'أحد والديّ أو وليّ أمري موافق على ذلك',

  policiesLabel: 'سياسات الموقع',
  policyProgress: (n, total) => `السياسة ${number(n)} من ${number(total)}`,
  policyUpdated: (date) => `آخر تعديل: ${date}`,
  policyVersion: (version) => `الإصدار ${version}`,
  policyRequired: 'إلزامية',
  policyOptional: 'اختيارية',
  policyFull: 'السياسة كاملة',
  policyFullLink: 'قراءة السياسة كاملة (تُفتح في علامة تبويب جديدة)',
  policyAgree: 'أوافق',
  policyDecline: 'لا أوافق',
  policyBack: 'رجوع',
  policyNext: 'التالي',
  policyAnswerNeeded: 'يُرجى اختيار «أوافق» أو «لا أوافق» قبل المتابعة.',
  policyRefusedTitle: 'لا يمكنك استخدام المنصة دون هذه السياسة',
  policyRefusedText: (title) =>
    `«${title}» إلزامية. وفي حال عدم الموافقة عليها، لا يمكنك استخدام منصة التعلّم هذه. يمكنك الرجوع وقراءتها مرة أخرى والموافقة عليها، أو مغادرة الموقع. إذا كانت لديك أسئلة، فيُرجى التواصل مع مسؤول الموقع.`,
  policyBackToPolicy: 'العودة إلى السياسة',
  policyReviewTitle: 'مراجعة اختياراتك',
  policyReviewIntro: 'لن يُحفظ أي شيء قبل التأكيد. يمكنك استخدام «رجوع» لتغيير إجابة.',
  policyAgreed: 'تمت الموافقة',
  policyDeclined: 'تم الرفض',
  policyConfirm: 'تأكيد',
  policyDoneTitle: 'شكرًا لك',
  policyDoneText: 'تم حفظ اختياراتك. يمكنك سحب الموافقات الاختيارية في أي وقت.',
  policyNothingToAsk: 'تمت الإجابة عن جميع السياسات الحالية.',
  policySaveFailed: 'تعذّر حفظ اختياراتك في هذا المتصفح، لذا سنسألك مجددًا في زيارتك القادمة.',
  policyAgeTitle: 'كم عمرك؟',
  policyAgeIntro: (age) =>
    `إذا كان عمرك أقل من ${years(age)}، فيجب أن يوافق أحد والديك أو وليّ أمرك على السياسات نيابةً عنك. لا يُحفظ عمرك.`,
  policyAgeLabel: 'العمر بالسنوات',
  // The example stays in the digits the age field reads.
  policyAgeInvalid: 'يُرجى إدخال عمرك بالسنوات الكاملة، مثلًا 15.',
  policyGuardian: 'قرأ أحد والديّ أو وليّ أمري هذه السياسة، وهو يوافق عليها نيابةً عني.',
  policyGuardianNeeded:
    'عمرك أقل من سن الموافقة الرقمية، لذا يجب أن يوافق أحد والديك أو وليّ أمرك نيابةً عنك. يُرجى الطلب منه قراءة هذه الصفحة وتحديد المربع.',
  policyOnBehalf: 'وافق عليها أحد الوالدين أو وليّ الأمر',
  policyAgreementsTitle: 'السياسات والموافقات',
  policyAgreedOn: (version, date) =>
    version ? `سجّلنا موافقتك على الإصدار ${version} بتاريخ ${date}.` : `سجّلنا موافقتك بتاريخ ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `سجّلنا رفضك للإصدار ${version} بتاريخ ${date}.` : `سجّلنا رفضك بتاريخ ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `سجّلنا سحب موافقتك على الإصدار ${version} بتاريخ ${date}.`
      : `سجّلنا سحب موافقتك بتاريخ ${date}.`,
  policyOutdated: (version, date) =>
    `سجّلنا موافقتك على الإصدار ${version} بتاريخ ${date}. تغيّرت السياسة منذ ذلك الحين، لذا سيُطلب منك الموافقة على الإصدار الجديد.`,
  policyUnanswered: 'لم تتم الإجابة بعد.',
  policyWithdraw: 'سحب الموافقة',
  policyWithdrawn: (title) => `تم سحب موافقتك على «${title}».`,
  policyGiveConsent: 'منح الموافقة',
  policyGiven: (title) => `تم تسجيل موافقتك على «${title}».`,
  policyCannotWithdraw:
    'هذه السياسة إلزامية، لذا لا يمكن سحب موافقتك طوال مدة استخدامك للمنصة. للتوقف عن استخدام المنصة، يُرجى التواصل مع مسؤول الموقع.',

  embedFrom: (provider) => `محتوى مضمَّن من ${provider}`,
  embedNotice: (provider) =>
    `يؤدي تحميله إلى إرسال بيانات مثل عنوان IP الخاص بك إلى ${provider}، وقد تضع هذه الجهة أيضًا ملفات تعريف الارتباط. وقد تعالج ${provider} هذه البيانات خارج الاتحاد الأوروبي، في بلد ثالث مثل الولايات المتحدة.`,
  embedProviderPrivacy: (provider) => `سياسة الخصوصية لدى ${provider}`,
  embedSitePrivacy: 'سياسة الخصوصية الخاصة بنا',
  embedNewTab: '(تُفتح في علامة تبويب جديدة)',
  embedLoadVideo: 'تحميل الفيديو',
  embedLoadMap: 'تحميل الخريطة',
  embedLoadContent: 'تحميل المحتوى',
  embedAlwaysAllow: (provider) => `السماح دائمًا بـ ${provider}`,
  embedAllowNote: (provider, n) =>
    `يُحفظ خيار «السماح دائمًا بـ ${provider}» في ملف تعريف ارتباط لمدة ${days(n)}، ويؤدي إلى تحميل كل محتوى ${provider} على هذه المنصة.`,
  embedErrorTitle: 'لا يمكن عرض هذا المحتوى',
  embedErrorText: 'عنوانه ليس رابط فيديو أو خريطة معروفًا، لذا لم يُحمَّل أي شيء.',

  categoryTitles: {
    essential: 'ضرورية',
    analytics: 'تحليلية',
    functional: 'وظيفية',
    marketing: 'تسويقية',
  },
  categoryDescriptions: {
    essential:
      'لازمة لعمل المنصة: تحافظ على جلسة دخولك (MoodleSession) وتحفظ اختياراتك بشأن ملفات تعريف الارتباط والمحتوى الخارجي وسياسات المنصة. لا تحتاج إلى موافقة.',
    analytics:
      'تساعدنا على فهم كيفية استخدام المنصة، عبر أداة Matomo للتحليلات الخاصة بنا. لا تُنقل أي بيانات إلى أطراف ثالثة.',
    functional: 'تحفظ إعدادات مثل اسم المستخدم الخاص بك في صفحة تسجيل الدخول.',
    marketing: 'تُستخدم لعرض محتوى مناسب لك على مواقع إلكترونية أخرى.',
  },
};

export default ar;
