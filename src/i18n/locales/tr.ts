import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

/*
 * Turkish suffixes follow the vowels of the word before them, so no suffix
 * is attached to a value (a provider's or policy's name): "YouTube
 * sağlayıcısına", "“Title” için".
 */
const tr: Translation = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',

  bannerLabel: 'Çerez onayı',
  bannerTitle: 'Bu öğrenme platformunda çerezler',
  bannerText:
    'Oturum açabilmeniz ve platformu kullanabilmeniz için zorunlu çerezler kullanıyoruz. Onayınızla, platformun nasıl kullanıldığını anlamak için de çerezler kullanıyoruz. Seçiminizi istediğiniz zaman “Çerez ayarları” bölümünden değiştirebilirsiniz.',
  privacyLink: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  settings: 'Ayarlar',

  settingsTitle: 'Çerez ayarları',
  settingsIntro:
    'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır, çünkü platform onlar olmadan çalışamaz. Onayınızı burada istediğiniz zaman geri alabilirsiniz.',
  saveChoices: 'Seçimleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  cookiesUsed: 'Bu kategorideki çerezler',
  cookieName: 'Ad',
  cookieExpires: 'Süre',
  cookieProvider: 'Sağlayıcı',
  session: 'Tarayıcı kapanınca',
  untilDelivered: 'Bu siteye gönderilene kadar',
  thisSite: 'Bu site',
  noCookies: 'Bu kategori için listelenmiş çerez yok.',
  embedsTitle: 'Harici içerik',
  embedsIntro:
    'Videolarının veya haritalarının bu sitenin tüm sayfalarında her seferinde sorulmadan yüklenmesine izin verdiğiniz sağlayıcılar.',
  embedsNone: 'Hiçbir sağlayıcıya izin vermediniz.',
  embedAllowedUntil: (date) => `${date} tarihine kadar izinli`,
  embedWithdraw: (provider) => `${provider} için izni kaldır`,
  embedWithdrawn: (provider) =>
    `${provider} için izin kaldırıldı. Bu sağlayıcının içerikleri yüklenmeden önce yeniden soracak.`,
  guardianAgrees: 'Velim veya vasim bunu onaylıyor',

  policiesLabel: 'Site politikaları',
  policyProgress: (n, total) => `Politika ${n} / ${total}`,
  policyUpdated: (date) => `Son değişiklik: ${date}`,
  policyVersion: (version) => `Sürüm ${version}`,
  policyRequired: 'Zorunlu',
  policyOptional: 'İsteğe bağlı',
  policyFull: 'Politikanın tamamı',
  policyFullLink: 'Politikanın tamamını okuyun (yeni sekmede açılır)',
  policyAgree: 'Kabul ediyorum',
  policyDecline: 'Kabul etmiyorum',
  policyBack: 'Geri',
  policyNext: 'İleri',
  policyAnswerNeeded: 'Devam etmeden önce lütfen “Kabul ediyorum” veya “Kabul etmiyorum” seçeneğini seçin.',
  policyRefusedTitle: 'Bu politika olmadan platformu kullanamazsınız',
  policyRefusedText: (title) =>
    `“${title}” zorunludur. Kabul etmezseniz bu öğrenme platformunu kullanamazsınız. Geri dönüp politikayı yeniden okuyabilir ve kabul edebilir ya da siteden ayrılabilirsiniz. Sorularınız varsa lütfen site yöneticisiyle iletişime geçin.`,
  policyBackToPolicy: 'Politikaya geri dön',
  policyReviewTitle: 'Seçimlerinizi kontrol edin',
  policyReviewIntro: 'Siz onaylayana kadar hiçbir şey kaydedilmez. Bir yanıtı değiştirmek için “Geri” düğmesini kullanın.',
  policyAgreed: 'Kabul edildi',
  policyDeclined: 'Reddedildi',
  policyConfirm: 'Onayla',
  policyDoneTitle: 'Teşekkürler',
  policyDoneText: 'Seçimleriniz kaydedildi. İsteğe bağlı onaylarınızı istediğiniz zaman geri alabilirsiniz.',
  policyNothingToAsk: 'Geçerli tüm politikaları yanıtladınız.',
  policySaveFailed:
    'Seçimleriniz bu tarayıcıda kaydedilemedi; bu yüzden bir sonraki ziyaretinizde size yeniden sorulacak.',
  policyAgeTitle: 'Kaç yaşındasınız?',
  policyAgeIntro: (age) =>
    `${plural('tr', age, { one: '# yaşından', other: '# yaşından' })} küçükseniz politikaları sizin yerinize veliniz veya vasiniz kabul etmelidir. Yaşınız kaydedilmez.`,
  policyAgeLabel: 'Yaş (tam yıl)',
  policyAgeInvalid: 'Lütfen yaşınızı tam yıl olarak girin, örneğin 15.',
  policyGuardian: 'Velim veya vasim bu politikayı okudu ve benim adıma kabul ediyor.',
  policyGuardianNeeded:
    'Dijital onay yaşının altındasınız, bu yüzden sizin yerinize veliniz veya vasiniz onay vermelidir. Lütfen ondan bu sayfayı okumasını ve kutuyu işaretlemesini isteyin.',
  policyOnBehalf: 'Veli veya vasi tarafından kabul edildi',
  policyAgreementsTitle: 'Politikalar ve onaylar',
  policyAgreedOn: (version, date) =>
    version ? `${version} sürümünü ${date} tarihinde kabul ettiniz.` : `${date} tarihinde kabul ettiniz.`,
  policyDeclinedOn: (version, date) =>
    version ? `${version} sürümünü ${date} tarihinde reddettiniz.` : `${date} tarihinde reddettiniz.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `${version} sürümüne verdiğiniz onayı ${date} tarihinde geri aldınız.`
      : `Onayınızı ${date} tarihinde geri aldınız.`,
  policyOutdated: (version, date) =>
    `${version} sürümünü ${date} tarihinde kabul ettiniz. Politika o zamandan beri değişti; yeni sürümü kabul etmeniz istenecek.`,
  policyUnanswered: 'Henüz yanıtlanmadı.',
  policyWithdraw: 'Onayı geri al',
  policyWithdrawn: (title) => `“${title}” için verdiğiniz onayı geri aldınız.`,
  policyGiveConsent: 'Onay ver',
  policyGiven: (title) => `“${title}” için onay verdiniz.`,
  policyCannotWithdraw:
    'Bu politika zorunludur; platformu kullandığınız sürece onayınız geri alınamaz. Platformu kullanmayı bırakmak için lütfen site yöneticisiyle iletişime geçin.',

  embedFrom: (provider) => `${provider} kaynaklı gömülü içerik`,
  embedNotice: (provider) =>
    `Yüklendiğinde IP adresiniz gibi veriler ${provider} sağlayıcısına gönderilir; bu sağlayıcı çerez de yerleştirebilir. ${provider} bu verileri AB dışında, ABD gibi bir üçüncü ülkede işleyebilir.`,
  embedProviderPrivacy: (provider) => `${provider} gizlilik politikası`,
  embedSitePrivacy: 'Gizlilik politikamız',
  embedNewTab: '(yeni sekmede açılır)',
  embedLoadVideo: 'Videoyu yükle',
  embedLoadMap: 'Haritayı yükle',
  embedLoadContent: 'İçeriği yükle',
  embedAlwaysAllow: (provider) => `${provider} için her zaman izin ver`,
  embedAllowNote: (provider, days) =>
    `“${provider} için her zaman izin ver” seçimi ${plural('tr', days, { one: '# gün', other: '# gün' })} boyunca bir çerezde saklanır ve bu platformdaki tüm ${provider} içeriklerini yükler.`,
  embedErrorTitle: 'Bu içerik gösterilemiyor',
  embedErrorText: 'Adresi tanınan bir video veya harita bağlantısı değil; bu yüzden hiçbir şey yüklenmedi.',

  categoryTitles: {
    essential: 'Zorunlu',
    analytics: 'Analitik',
    functional: 'İşlevsel',
    marketing: 'Pazarlama',
  },
  categoryDescriptions: {
    essential:
      'Platformun çalışması için gereklidir: oturumunuzu açık tutar (MoodleSession) ve çerezler, harici içerik ve platformun politikalarıyla ilgili seçimlerinizi hatırlar. Onay gerektirmez.',
    analytics:
      'Kendi Matomo analiz aracımızla platformun nasıl kullanıldığını anlamamıza yardımcı olur. Hiçbir veri üçüncü taraflara aktarılmaz.',
    functional: 'Giriş sayfasındaki kullanıcı adınız gibi ayarları hatırlar.',
    marketing: 'Size diğer web sitelerinde ilgili içerik göstermek için kullanılır.',
  },
};

export default tr;
