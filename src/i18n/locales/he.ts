import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

// Addresses the learner without gendered verb forms (infinitives, "אפשר", "יש ל…")
// so one text fits everyone.
const he: Translation = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',

  bannerLabel: 'הסכמה לעוגיות',
  bannerTitle: 'עוגיות בפלטפורמת הלמידה הזו',
  bannerText:
    'אנחנו משתמשים בעוגיות חיוניות כדי לאפשר התחברות ושימוש בפלטפורמה. בהסכמתך נשתמש גם בעוגיות כדי להבין איך משתמשים בפלטפורמה. אפשר לשנות את הבחירה בכל עת ב"הגדרות עוגיות".',
  privacyLink: 'מדיניות פרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  settings: 'הגדרות',

  settingsTitle: 'הגדרות עוגיות',
  settingsIntro:
    'אפשר לבחור באילו עוגיות מותר לנו להשתמש. עוגיות חיוניות פועלות תמיד, כי הפלטפורמה לא יכולה לעבוד בלעדיהן. כאן אפשר לבטל את ההסכמה בכל עת.',
  saveChoices: 'שמירת הבחירה',
  close: 'סגירה',
  alwaysOn: 'פועלות תמיד',
  cookiesUsed: 'עוגיות בקטגוריה זו',
  cookieName: 'שם',
  cookieExpires: 'תוקף',
  cookieProvider: 'מקור',
  session: 'עד סגירת הדפדפן',
  untilDelivered: 'עד לשליחה לאתר זה',
  thisSite: 'אתר זה',
  noCookies: 'לא רשומות עוגיות בקטגוריה זו.',
  embedsTitle: 'תוכן חיצוני',
  embedsIntro: 'ספקים שהסרטונים או המפות שלהם נטענים באישורך בכל דפי האתר, בלי לשאול בכל פעם.',
  embedsNone: 'עדיין לא אישרת אף ספק.',
  embedAllowedUntil: (date) => `מאושר עד ${date}`,
  embedWithdraw: (provider) => `הפסקת האישור ל-${provider}`,
  embedWithdrawn: (provider) => `${provider} כבר לא מאושר. התוכן של ${provider} יבקש אישור לפני שייטען.`,
  guardianAgrees: 'ההורה או האפוטרופוס שלי מסכים לכך',

  policiesLabel: 'מדיניות האתר',
  policyProgress: (n, total) => `מדיניות ${n} מתוך ${total}`,
  policyUpdated: (date) => `שינוי אחרון: ${date}`,
  policyVersion: (version) => `גרסה ${version}`,
  policyRequired: 'חובה',
  policyOptional: 'רשות',
  policyFull: 'המדיניות המלאה',
  policyFullLink: 'לקריאת המדיניות המלאה (נפתחת בכרטיסייה חדשה)',
  policyAgree: 'אני מסכים/ה',
  policyDecline: 'אני לא מסכים/ה',
  policyBack: 'הקודם',
  policyNext: 'הבא',
  policyAnswerNeeded: 'יש לבחור "אני מסכים/ה" או "אני לא מסכים/ה" לפני שממשיכים.',
  policyRefusedTitle: 'אי אפשר להשתמש בפלטפורמה בלי להסכים למדיניות הזו',
  policyRefusedText: (title) =>
    `"${title}" היא מדיניות חובה. בלי הסכמה אליה אי אפשר להשתמש בפלטפורמת הלמידה הזו. אפשר לחזור, לקרוא אותה שוב ולהסכים, או לעזוב את האתר. בשאלות אפשר לפנות למנהל האתר.`,
  policyBackToPolicy: 'חזרה למדיניות',
  policyReviewTitle: 'בדיקת הבחירות',
  policyReviewIntro: 'שום דבר לא נשמר לפני האישור. אפשר לשנות תשובה בעזרת "הקודם".',
  policyAgreed: 'אושר',
  policyDeclined: 'נדחה',
  policyConfirm: 'אישור',
  policyDoneTitle: 'תודה',
  policyDoneText: 'הבחירות נשמרו. אפשר לבטל בכל עת הסכמות שאינן חובה.',
  policyNothingToAsk: 'ענית על כל מסמכי המדיניות הנוכחיים.',
  policySaveFailed: 'לא ניתן היה לשמור את הבחירות בדפדפן הזה, ולכן נשאל שוב בביקור הבא.',
  policyAgeTitle: 'מה הגיל שלך?',
  policyAgeIntro: (age) =>
    `אם גילך מתחת ל-${age}, הורה או אפוטרופוס צריך להסכים למדיניות במקומך. הגיל שלך לא נשמר.`,
  policyAgeLabel: 'גיל בשנים',
  policyAgeInvalid: 'יש להזין את הגיל בשנים שלמות, למשל 15.',
  policyGuardian: 'ההורה או האפוטרופוס שלי קרא את המדיניות הזו ומסכים לה בשמי.',
  policyGuardianNeeded:
    'הגיל שלך מתחת לגיל ההסכמה הדיגיטלית, ולכן הורה או אפוטרופוס צריך להסכים במקומך. יש לבקש מההורה או מהאפוטרופוס לקרוא את הדף הזה ולסמן את התיבה.',
  policyOnBehalf: 'אושר על ידי הורה או אפוטרופוס',
  policyAgreementsTitle: 'מדיניות והסכמות',
  policyAgreedOn: (version, date) =>
    version ? `הסכמת לגרסה ${version} בתאריך ${date}.` : `הסכמת בתאריך ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `דחית את גרסה ${version} בתאריך ${date}.` : `דחית בתאריך ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version ? `ביטלת את הסכמתך לגרסה ${version} בתאריך ${date}.` : `ביטלת את הסכמתך בתאריך ${date}.`,
  policyOutdated: (version, date) =>
    `הסכמת לגרסה ${version} בתאריך ${date}. המדיניות השתנתה מאז, ולכן נבקש ממך להסכים לגרסה החדשה.`,
  policyUnanswered: 'עדיין אין תשובה.',
  policyWithdraw: 'ביטול ההסכמה',
  policyWithdrawn: (title) => `ביטלת את הסכמתך ל"${title}".`,
  policyGiveConsent: 'מתן הסכמה',
  policyGiven: (title) => `נתת את הסכמתך ל"${title}".`,
  policyCannotWithdraw:
    'זו מדיניות חובה, ולכן אי אפשר לבטל את ההסכמה כל עוד משתמשים בפלטפורמה. כדי להפסיק להשתמש בפלטפורמה, יש לפנות למנהל האתר.',

  embedFrom: (provider) => `תוכן מוטמע מ-${provider}`,
  embedNotice: (provider) =>
    `הטעינה שולחת ל-${provider} נתונים כמו כתובת ה-IP שלך, ו-${provider} עשוי גם לשמור עוגיות. ${provider} עשוי לעבד את הנתונים מחוץ לאיחוד האירופי, במדינה שלישית כמו ארצות הברית.`,
  embedProviderPrivacy: (provider) => `מדיניות הפרטיות של ${provider}`,
  embedSitePrivacy: 'מדיניות הפרטיות שלנו',
  embedNewTab: '(נפתח בכרטיסייה חדשה)',
  embedLoadVideo: 'טעינת הסרטון',
  embedLoadMap: 'טעינת המפה',
  embedLoadContent: 'טעינת התוכן',
  embedAlwaysAllow: (provider) => `לאשר תמיד את ${provider}`,
  embedAllowNote: (provider, days) =>
    `הבחירה "לאשר תמיד את ${provider}" נשמרת בעוגייה למשך ${plural('he', days, { one: '# יום', two: '# ימים', other: '# ימים' })} וטוענת את כל התוכן של ${provider} בפלטפורמה הזו.`,
  embedErrorTitle: 'אי אפשר להציג את התוכן הזה',
  embedErrorText: 'הכתובת שלו אינה קישור מוכר לסרטון או למפה, ולכן שום דבר לא נטען.',

  categoryTitles: {
    essential: 'חיוניות',
    analytics: 'סטטיסטיקה',
    functional: 'פונקציונליות',
    marketing: 'שיווק',
  },
  categoryDescriptions: {
    essential:
      'נחוצות להפעלת הפלטפורמה: הן שומרות על החיבור שלך (MoodleSession) וזוכרות את הבחירות שלך לגבי עוגיות, תוכן חיצוני ומדיניות הפלטפורמה. הן לא דורשות הסכמה.',
    analytics:
      'עוזרות לנו להבין איך משתמשים בפלטפורמה, בעזרת כלי הסטטיסטיקה Matomo שלנו. שום מידע לא מועבר לצדדים שלישיים.',
    functional: 'זוכרות הגדרות כמו שם המשתמש שלך בדף ההתחברות.',
    marketing: 'משמשות להצגת תוכן רלוונטי עבורך באתרים אחרים.',
  },
};

export default he;
