import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

const vi: Translation = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',

  bannerLabel: 'Đồng ý sử dụng cookie',
  bannerTitle: 'Cookie trên nền tảng học tập này',
  bannerText:
    'Chúng tôi sử dụng cookie thiết yếu để bạn có thể đăng nhập và sử dụng nền tảng. Khi có sự đồng ý của bạn, chúng tôi cũng sử dụng cookie để hiểu cách nền tảng được sử dụng. Bạn có thể thay đổi lựa chọn bất cứ lúc nào trong “Cài đặt cookie”.',
  privacyLink: 'Chính sách quyền riêng tư',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  settings: 'Cài đặt',

  settingsTitle: 'Cài đặt cookie',
  settingsIntro:
    'Chọn những cookie chúng tôi được phép sử dụng. Cookie thiết yếu luôn bật vì nền tảng không thể hoạt động nếu thiếu chúng. Bạn có thể rút lại sự đồng ý tại đây bất cứ lúc nào.',
  saveChoices: 'Lưu lựa chọn',
  close: 'Đóng',
  alwaysOn: 'Luôn bật',
  cookiesUsed: 'Cookie trong danh mục này',
  cookieName: 'Tên',
  cookieExpires: 'Hết hạn',
  cookieProvider: 'Bên đặt',
  session: 'Khi đóng trình duyệt',
  untilDelivered: 'Cho đến khi được gửi tới trang này',
  thisSite: 'Trang này',
  noCookies: 'Không có cookie nào được liệt kê cho danh mục này.',
  embedsTitle: 'Nội dung bên ngoài',
  embedsIntro:
    'Các nhà cung cấp mà bạn đã cho phép tải video hoặc bản đồ trên mọi trang của trang web này, không cần hỏi lại mỗi lần.',
  embedsNone: 'Bạn chưa cho phép nhà cung cấp nào.',
  embedAllowedUntil: (date) => `Được phép đến ${date}`,
  embedWithdraw: (provider) => `Ngừng cho phép ${provider}`,
  embedWithdrawn: (provider) =>
    `${provider} không còn được phép. Nội dung từ ${provider} sẽ hỏi trước khi tải.`,
  guardianAgrees: 'Cha mẹ hoặc người giám hộ của tôi đồng ý với điều này',

  policiesLabel: 'Chính sách của trang',
  policyProgress: (n, total) => `Chính sách ${n} trên ${total}`,
  policyUpdated: (date) => `Thay đổi lần cuối: ${date}`,
  policyVersion: (version) => `Phiên bản ${version}`,
  policyRequired: 'Bắt buộc',
  policyOptional: 'Không bắt buộc',
  policyFull: 'Toàn văn chính sách',
  policyFullLink: 'Đọc toàn văn chính sách (mở trong thẻ mới)',
  policyAgree: 'Tôi đồng ý',
  policyDecline: 'Tôi không đồng ý',
  policyBack: 'Quay lại',
  policyNext: 'Tiếp theo',
  policyAnswerNeeded: 'Vui lòng chọn “Tôi đồng ý” hoặc “Tôi không đồng ý” trước khi tiếp tục.',
  policyRefusedTitle: 'Bạn không thể sử dụng nền tảng nếu không đồng ý với chính sách này',
  policyRefusedText: (title) =>
    `“${title}” là bắt buộc. Nếu không đồng ý, bạn không thể sử dụng nền tảng học tập này. Bạn có thể quay lại, đọc lại và đồng ý, hoặc rời khỏi trang. Nếu có câu hỏi, vui lòng liên hệ quản trị viên của trang.`,
  policyBackToPolicy: 'Quay lại chính sách',
  policyReviewTitle: 'Kiểm tra lựa chọn của bạn',
  policyReviewIntro: 'Không có gì được lưu cho đến khi bạn xác nhận. Dùng “Quay lại” để thay đổi câu trả lời.',
  policyAgreed: 'Đã đồng ý',
  policyDeclined: 'Đã từ chối',
  policyConfirm: 'Xác nhận',
  policyDoneTitle: 'Cảm ơn bạn',
  policyDoneText: 'Lựa chọn của bạn đã được lưu. Bạn có thể rút lại các đồng ý không bắt buộc bất cứ lúc nào.',
  policyNothingToAsk: 'Bạn đã trả lời tất cả các chính sách hiện hành.',
  policySaveFailed: 'Không thể lưu lựa chọn của bạn trong trình duyệt này, vì vậy bạn sẽ được hỏi lại trong lần truy cập tới.',
  policyAgeTitle: 'Bạn bao nhiêu tuổi?',
  policyAgeIntro: (age) =>
    `Nếu bạn dưới ${age} tuổi, cha mẹ hoặc người giám hộ phải thay bạn đồng ý với các chính sách. Tuổi của bạn không được lưu lại.`,
  policyAgeLabel: 'Tuổi (số năm)',
  policyAgeInvalid: 'Vui lòng nhập tuổi của bạn bằng số năm tròn, ví dụ 15.',
  policyGuardian: 'Cha mẹ hoặc người giám hộ của tôi đã đọc chính sách này và thay tôi đồng ý.',
  policyGuardianNeeded:
    'Bạn chưa đủ tuổi để tự đồng ý trên môi trường số, vì vậy cha mẹ hoặc người giám hộ phải đồng ý thay bạn. Hãy nhờ họ đọc trang này và đánh dấu vào ô.',
  policyOnBehalf: 'Cha mẹ hoặc người giám hộ đã đồng ý',
  policyAgreementsTitle: 'Chính sách và sự đồng ý',
  policyAgreedOn: (version, date) =>
    version ? `Bạn đã đồng ý với phiên bản ${version} vào ${date}.` : `Bạn đã đồng ý vào ${date}.`,
  policyDeclinedOn: (version, date) =>
    version ? `Bạn đã từ chối phiên bản ${version} vào ${date}.` : `Bạn đã từ chối vào ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version
      ? `Bạn đã rút lại sự đồng ý với phiên bản ${version} vào ${date}.`
      : `Bạn đã rút lại sự đồng ý vào ${date}.`,
  policyOutdated: (version, date) =>
    `Bạn đã đồng ý với phiên bản ${version} vào ${date}. Chính sách đã thay đổi từ đó, vì vậy bạn sẽ được đề nghị đồng ý với phiên bản mới.`,
  policyUnanswered: 'Chưa trả lời.',
  policyWithdraw: 'Rút lại sự đồng ý',
  policyWithdrawn: (title) => `Bạn đã rút lại sự đồng ý với “${title}”.`,
  policyGiveConsent: 'Đồng ý',
  policyGiven: (title) => `Bạn đã đồng ý với “${title}”.`,
  policyCannotWithdraw:
    'Chính sách này là bắt buộc, vì vậy bạn không thể rút lại sự đồng ý trong khi sử dụng nền tảng. Để ngừng sử dụng nền tảng, vui lòng liên hệ quản trị viên của trang.',

  embedFrom: (provider) => `Nội dung nhúng từ ${provider}`,
  embedNotice: (provider) =>
    `Khi tải, dữ liệu như địa chỉ IP của bạn sẽ được gửi đến ${provider}, và ${provider} cũng có thể đặt cookie. ${provider} có thể xử lý dữ liệu này bên ngoài EU, tại một nước thứ ba như Hoa Kỳ.`,
  embedProviderPrivacy: (provider) => `Chính sách quyền riêng tư của ${provider}`,
  embedSitePrivacy: 'Chính sách quyền riêng tư của chúng tôi',
  embedNewTab: '(mở trong thẻ mới)',
  embedLoadVideo: 'Tải video',
  embedLoadMap: 'Tải bản đồ',
  embedLoadContent: 'Tải nội dung',
  embedAlwaysAllow: (provider) => `Luôn cho phép ${provider}`,
  embedAllowNote: (provider, days) =>
    `Lựa chọn “Luôn cho phép ${provider}” được ghi nhớ trong cookie trong ${plural('vi', days, { other: '# ngày' })} và sẽ tải mọi nội dung từ ${provider} trên nền tảng này.`,
  embedErrorTitle: 'Không thể hiển thị nội dung này',
  embedErrorText: 'Địa chỉ này không phải là liên kết video hoặc bản đồ được nhận dạng, vì vậy không có gì được tải.',

  categoryTitles: {
    essential: 'Thiết yếu',
    analytics: 'Phân tích',
    functional: 'Chức năng',
    marketing: 'Tiếp thị',
  },
  categoryDescriptions: {
    essential:
      'Cần thiết để nền tảng hoạt động: giúp bạn luôn ở trạng thái đăng nhập (MoodleSession) và ghi nhớ lựa chọn của bạn về cookie, nội dung bên ngoài và các chính sách của nền tảng. Không cần sự đồng ý.',
    analytics:
      'Giúp chúng tôi hiểu cách nền tảng được sử dụng, bằng công cụ phân tích Matomo của riêng chúng tôi. Không có dữ liệu nào được chuyển cho bên thứ ba.',
    functional: 'Ghi nhớ các cài đặt như tên người dùng của bạn trên trang đăng nhập.',
    marketing: 'Được dùng để hiển thị cho bạn nội dung phù hợp trên các trang web khác.',
  },
};

export default vi;
