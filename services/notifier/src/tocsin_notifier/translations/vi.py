"""Vietnamese messages for the subscriber's mails and pages (keys: `MESSAGE_IDS`)."""

MESSAGES: dict[str, str] = {
    # --- alert mails: subjects and their first lines ---
    "Tocsin: {n} new alert": "Tocsin: {n} cảnh báo mới",
    "Tocsin: {n} new alerts": "Tocsin: {n} cảnh báo mới",
    (
        "Open this mail to read it: its subject and these first lines name no country, severity or report, as you "
        "asked, so that a lock screen, a notification or a list of mails shows nothing of what it is about."
    ): (
        "Hãy mở thư này để đọc. Theo yêu cầu của bạn, tiêu đề thư và những dòng đầu tiên này không nêu quốc gia, "
        "mức độ nghiêm trọng hay báo cáo nào, để màn hình khóa, thông báo hoặc danh sách thư không để lộ điều gì về "
        "nội dung thư."
    ),
    "Tocsin digest: {n} alerts": "Bản tin tổng hợp Tocsin: {n} cảnh báo",
    "{n} alerts": "{n} cảnh báo",
    "Test alert: your Tocsin subscription works": "Cảnh báo thử nghiệm: đăng ký Tocsin của bạn đang hoạt động",
    "TEST": "THỬ NGHIỆM",
    "info": "thông tin",
    "low": "thấp",
    "medium": "trung bình",
    "high": "cao",
    "critical": "khẩn cấp",
    # --- one alert ---
    "Sent on request {time}": "Gửi theo yêu cầu lúc {time}",
    "Report published {published} · detected by Tocsin {time}": (
        "Báo cáo được công bố lúc {published} · Tocsin phát hiện lúc {time}"
    ),
    "Detected by Tocsin {time}": "Tocsin phát hiện lúc {time}",
    "sent on request {time}": "gửi theo yêu cầu lúc {time}",
    "report published {published} · detected by Tocsin {time}": (
        "báo cáo được công bố lúc {published} · Tocsin phát hiện lúc {time}"
    ),
    "detected by Tocsin {time}": "Tocsin phát hiện lúc {time}",
    "Uncertain: the classifier's signals are weak or disagree. Read the report before acting on it.": (
        "Chưa chắc chắn: các tín hiệu của bộ phân loại còn yếu hoặc mâu thuẫn nhau. "
        "Hãy đọc báo cáo trước khi hành động dựa trên đó."
    ),
    "The report:": "Báo cáo:",
    "Tocsin's reading:": "Nhận định của Tocsin:",
    "Tocsin's reading (in English):": "Nhận định của Tocsin (bằng tiếng Anh):",
    "{severity} because {reasons}.": "Mức độ: {severity}, vì {reasons}.",
    "a journalist, defender or researcher is the one acted against": (
        "người bị nhắm tới là một nhà báo, người bảo vệ nhân quyền hoặc nhà nghiên cứu"
    ),
    "a state reaches abroad": "một nhà nước hành động vượt ra ngoài biên giới của mình",
    "the country has ratified (or otherwise consented to be bound by) the UN Convention against Cybercrime": (
        "quốc gia này đã phê chuẩn (hoặc bằng hình thức khác đồng ý chịu sự ràng buộc của) "
        "Công ước của Liên hợp quốc về chống tội phạm mạng"
    ),
    "the country has signed the UN Convention against Cybercrime": (
        "quốc gia này đã ký Công ước của Liên hợp quốc về chống tội phạm mạng"
    ),
    'a country rated "Not Free" ratified it': 'một quốc gia bị xếp hạng "Không tự do" đã phê chuẩn Công ước này',
    "a prison sentence of five years or more (or life) was passed": (
        "bản án từ năm năm tù trở lên (hoặc tù chung thân) đã được tuyên"
    ),
    "a death sentence was passed": "bản án tử hình đã được tuyên",
    "the person is held incommunicado, has disappeared or was abducted": (
        "người này bị giam giữ biệt lập, đã mất tích hoặc bị bắt cóc"
    ),
    "the person died in the state's hands": "người này đã tử vong khi đang bị nhà nước giam giữ",
    "spyware was found on the person's phone": "phần mềm gián điệp được tìm thấy trên điện thoại của người này",
    "Tags:": "Thẻ:",
    "Sources:": "Nguồn:",
    "Report": "Báo cáo",
    "Feed": "Nguồn cấp tin",
    "Source": "Nguồn",
    "UN Treaty Collection": "Bộ sưu tập Điều ước của Liên hợp quốc",
    "{state} signed {treaty} on {date}": "{state} đã ký {treaty} vào ngày {date}",
    "{state} ratified {treaty} on {date}": "{state} đã phê chuẩn {treaty} vào ngày {date}",
    "{state} accepted {treaty} on {date}": "{state} đã chấp nhận {treaty} vào ngày {date}",
    "{state} approved {treaty} on {date}": "{state} đã phê duyệt {treaty} vào ngày {date}",
    "{state} acceded to {treaty} on {date}": "{state} đã gia nhập {treaty} vào ngày {date}",
    "{state} succeeded to {treaty} on {date}": "{state} đã kế thừa {treaty} vào ngày {date}",
    "the UN Convention against Cybercrime": "Công ước của Liên hợp quốc về chống tội phạm mạng",
    "treaty {treaty}": "điều ước {treaty}",
    "{treaty} enters into force on {date}": "{treaty} có hiệu lực từ ngày {date}",
    "{treaty} enters into force": "{treaty} bắt đầu có hiệu lực",
    "Signature deadline for {treaty}: {date}": "Hạn chót ký {treaty}: ngày {date}",
    "Signature deadline for {treaty}": "Hạn chót ký {treaty}",
    "{instruments} of {threshold} instruments toward entry into force of {treaty}": (
        "Đã có {instruments} trên {threshold} văn kiện cần thiết để {treaty} có hiệu lực"
    ),
    "A signature does not count toward entry into force.": "Việc ký không được tính vào số văn kiện để có hiệu lực.",
    "A regional organization's instrument does not count toward entry into force.": (
        "Văn kiện của một tổ chức khu vực không được tính vào số văn kiện để có hiệu lực."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection's status at {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Số văn kiện được tính để có hiệu lực: {count} trên {threshold} văn kiện cần thiết, theo tình trạng trên Bộ "
        "sưu tập Điều ước của Liên hợp quốc ngày {date} (điều 65: Công ước có hiệu lực vào ngày thứ 90 sau khi văn "
        "kiện thứ {threshold} được nộp lưu chiểu)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection read on {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Số văn kiện được tính để có hiệu lực: {count} trên {threshold} văn kiện cần thiết, theo Bộ sưu tập Điều ước "
        "của Liên hợp quốc đọc ngày {date} (điều 65: Công ước có hiệu lực vào ngày thứ 90 sau khi văn kiện thứ "
        "{threshold} được nộp lưu chiểu)."
    ),
    "Parties: {parties}; signatories: {signatories} (as read).": (
        "Số thành viên: {parties}; số bên ký: {signatories} (theo lần đọc)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed (art. 65: the Convention "
        "enters into force on the 90th day after the {threshold}th)."
    ): (
        "Số văn kiện được tính để có hiệu lực: {count} trên {threshold} văn kiện cần thiết (điều 65: Công ước có hiệu "
        "lực vào ngày thứ 90 sau khi văn kiện thứ {threshold} được nộp lưu chiểu)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Văn kiện thứ {threshold} được tính để có hiệu lực đã được nộp lưu chiểu: Công ước có hiệu lực từ ngày "
        "{date}, ngày thứ 90 sau khi nộp (điều 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention entered "
        "into force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Văn kiện thứ {threshold} được tính để có hiệu lực đã được nộp lưu chiểu: Công ước đã có hiệu lực từ ngày "
        "{date}, ngày thứ 90 sau khi nộp (điều 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on the 90th day after it (art. 65)."
    ): (
        "Văn kiện thứ {threshold} được tính để có hiệu lực đã được nộp lưu chiểu: Công ước có hiệu lực vào ngày thứ "
        "90 sau đó (điều 65)."
    ),
    "Signature of {treaty} is open until {date}.": "Việc ký {treaty} được mở đến ngày {date}.",
    "Signature of {treaty} closed on {date}.": "Việc ký {treaty} đã kết thúc vào ngày {date}.",
    "The signature deadline of {treaty} approaches.": "Sắp đến hạn chót ký {treaty}.",
    "{treaty}: instruments counting toward entry into force: {instruments}.": (
        "{treaty}: số văn kiện được tính để có hiệu lực: {instruments}."
    ),
    (
        "{treaty}: instruments counting toward entry into force: {instruments}; entry into force on {date} by "
        "Tocsin's count."
    ): (
        "{treaty}: số văn kiện được tính để có hiệu lực: {instruments}; có hiệu lực từ ngày {date} theo cách đếm của "
        "Tocsin."
    ),
    # --- footers ---
    "You receive this because you subscribed to Tocsin alerts.": (
        "Bạn nhận được thư này vì bạn đã đăng ký nhận cảnh báo của Tocsin."
    ),
    "Change what you receive: {url}": "Thay đổi nội dung bạn nhận: {url}",
    "Change what you receive": "Thay đổi nội dung bạn nhận",
    "Unsubscribe: {url}": "Hủy đăng ký: {url}",
    "Unsubscribe": "Hủy đăng ký",
    "These links act for you, without a password: forward the report's link, not this mail.": (
        "Các liên kết này thay mặt bạn thực hiện thao tác mà không cần mật khẩu: hãy chuyển tiếp liên kết"
        " dẫn đến báo cáo, đừng chuyển tiếp thư này."
    ),
    "These links act for you, without a password: do not forward this mail.": (
        "Các liên kết này thay mặt bạn thực hiện thao tác mà không cần mật khẩu: đừng chuyển tiếp thư này."
    ),
    (
        "Tocsin watches the UN Convention against Cybercrime and the arrests made under cybercrime and online-speech "
        "laws."
    ): (
        "Tocsin theo dõi Công ước của Liên hợp quốc về chống tội phạm mạng và các vụ bắt giữ theo luật về tội phạm "
        "mạng và luật về ngôn luận trên mạng."
    ),
    # --- the confirmation mail ---
    "Confirm your Tocsin subscription": "Xác nhận đăng ký Tocsin của bạn",
    "Someone, hopefully you, asked to receive Tocsin alerts at {address}.": (
        "Có người (hy vọng là chính bạn) đã yêu cầu nhận cảnh báo của Tocsin tại địa chỉ {address}."
    ),
    "To confirm, open the page below and press its Confirm button. Opening the page alone changes nothing.": (
        'Để xác nhận, hãy mở trang bên dưới và bấm nút "Xác nhận đăng ký" trên trang đó. '
        "Chỉ mở trang thì không thay đổi gì."
    ),
    "Open the confirmation page": "Mở trang xác nhận",
    "The link works until {time}.": "Liên kết có hiệu lực đến {time}.",
    "The link works for 7 days.": "Liên kết có hiệu lực trong 7 ngày.",
    (
        "If this was not you, ignore this message: no alert will be sent to this address, and it is forgotten then. "
        "To refuse it now, use the Unsubscribe link below: no confirmation request will reach this address again for "
        "30 days, whoever asks."
    ): (
        "Nếu đó không phải là bạn, hãy bỏ qua thư này: sẽ không có cảnh báo nào được gửi đến địa chỉ này,"
        ' và sau đó địa chỉ này sẽ bị xóa. Để từ chối ngay bây giờ, hãy dùng liên kết "Hủy đăng ký" bên '
        "dưới: trong 30 ngày, sẽ không có yêu cầu xác nhận nào được gửi đến địa chỉ này nữa, bất kể ai "
        "yêu cầu."
    ),
    # --- the notice of changed settings ---
    "The settings of your Tocsin subscription were changed": "Cài đặt đăng ký Tocsin của bạn đã được thay đổi",
    (
        "The settings of the Tocsin subscription that mails alerts to this address (subscription {id}) were changed "
        "by whoever holds its manage token (or by the operator of this Tocsin instance). It now receives alerts with "
        "these settings:"
    ): (
        "Cài đặt của đăng ký Tocsin gửi cảnh báo đến địa chỉ này (đăng ký {id}) đã được thay đổi bởi người đang giữ "
        "mã quản lý (manage token) của đăng ký đó (hoặc bởi người vận hành hệ thống Tocsin này). Từ nay, đăng ký "
        "này nhận cảnh báo với các cài đặt sau:"
    ),
    "If you did not ask for this change, the subscription may have been made by someone else on your behalf.": (
        "Nếu bạn không yêu cầu thay đổi này, có thể đăng ký này đã được người khác tạo thay cho bạn."
    ),
    "Set them back, or as you want them, here (you will not be told of your own changes):": (
        "Khôi phục cài đặt cũ hoặc chỉnh lại theo ý bạn tại đây (bạn sẽ không nhận được thông báo về "
        "những thay đổi do chính bạn thực hiện):"
    ),
    "Set them back, or as you want them": "Khôi phục cài đặt cũ hoặc chỉnh lại theo ý bạn",
    "(you will not be told of your own changes).": (
        "(bạn sẽ không nhận được thông báo về những thay đổi do chính bạn thực hiện)."
    ),
    "Unsubscribe with the link below and subscribe again yourself: you then hold its settings.": (
        "Hãy hủy đăng ký bằng liên kết bên dưới rồi tự đăng ký lại: khi đó, bạn sẽ nắm quyền quản lý cài đặt."
    ),
    # --- settings, in words ---
    "countries: {countries}": "quốc gia: {countries}",
    "{countries} (and alerts that concern every state)": (
        "{countries} (và các cảnh báo chung cho tất cả các quốc gia)"
    ),
    "any": "tất cả",
    "tags: {tags}": "thẻ: {tags}",
    "event types: {types}": "loại sự kiện: {types}",
    "lowest severity: {severity}": "mức độ nghiêm trọng tối thiểu: {severity}",
    "delivery: {delivery}": "cách gửi: {delivery}",
    "as they come": "ngay khi có",
    "hourly digest": "bản tin tổng hợp hằng giờ",
    "daily digest": "bản tin tổng hợp hằng ngày",
    "subjects: {subjects}": "tiêu đề thư: {subjects}",
    "discreet (no country, severity or headline)": (
        "kín đáo (không có quốc gia, mức độ nghiêm trọng hay tít cảnh báo)"
    ),
    "country, severity and headline": "quốc gia, mức độ nghiêm trọng và tít cảnh báo",
    "language: {language}": "ngôn ngữ: {language}",
    # --- pages ---
    "The settings changed since you opened this page.": "Cài đặt đã thay đổi kể từ khi bạn mở trang này.",
    (
        "Press the button to receive Tocsin alerts at {address}, with these settings: {settings}. Whoever asked for "
        "them can change them later; you will be told by mail each time, and every alert links to a page where you "
        "change them yourself."
    ): (
        "Bấm nút để nhận cảnh báo của Tocsin tại {address}, với các cài đặt sau: {settings}. Người đã yêu cầu các "
        "cài đặt này có thể thay đổi chúng sau này; mỗi lần như vậy, bạn sẽ được báo qua thư, và mỗi cảnh báo đều "
        "có liên kết đến một trang để bạn tự thay đổi cài đặt."
    ),
    "Confirm subscription": "Xác nhận đăng ký",
    "Subscription confirmed": "Đã xác nhận đăng ký",
    "You will receive alerts that match your filters. Every alert links to a page where you can change them.": (
        "Bạn sẽ nhận các cảnh báo phù hợp với bộ lọc của bạn. "
        "Mỗi cảnh báo đều có liên kết đến một trang để bạn thay đổi bộ lọc."
    ),
    "Press the button to stop Tocsin alerts to {address}.": ("Bấm nút để ngừng gửi cảnh báo của Tocsin đến {address}."),
    "Unsubscribed": "Đã hủy đăng ký",
    (
        "You will receive no more alerts from this subscription. Tocsin keeps your address and the record of what it "
        "sent you for {days} days, then deletes them; press the button to delete them now."
    ): (
        "Bạn sẽ không nhận thêm cảnh báo nào từ đăng ký này nữa. Tocsin giữ địa chỉ của bạn và nhật ký những gì đã "
        "gửi cho bạn trong {days} ngày, sau đó sẽ xóa chúng; hãy bấm nút để xóa ngay bây giờ."
    ),
    "Delete my address now": "Xóa địa chỉ của tôi ngay",
    "Deleted": "Đã xóa",
    (
        "This subscription is deleted, with your address and the record of what it sent you. Another subscription to "
        "your address, if there is one, has its own link in its own mails."
    ): (
        "Đăng ký này đã được xóa, cùng với địa chỉ của bạn và nhật ký những gì đã gửi cho bạn. Nếu địa chỉ của bạn "
        "còn một đăng ký khác, đăng ký đó có liên kết riêng trong các thư của nó."
    ),
    # the settings page
    "Your Tocsin alerts": "Cảnh báo Tocsin của bạn",
    "Saved.": "Đã lưu.",
    "{address} now receives alerts with these settings: {settings}.": (
        "Từ nay, {address} nhận cảnh báo với các cài đặt sau: {settings}."
    ),
    (
        "What {address} receives. Whoever created this subscription can change it too; you are told by mail each "
        "time. Your own changes are not mailed to you."
    ): (
        "Những gì {address} nhận được. Người đã tạo đăng ký này cũng có thể thay đổi nó; mỗi lần như vậy, bạn sẽ "
        "được báo qua thư. Những thay đổi do chính bạn thực hiện sẽ không được báo qua thư."
    ),
    "Not saved:": "Không lưu được:",
    (
        "Countries (ISO 3166-1 alpha-3 codes such as VNM, PAK; empty for every country). Alerts that concern every "
        "state, such as the Convention's entry into force, reach you whatever you choose."
    ): (
        "Quốc gia (mã ISO 3166-1 alpha-3, ví dụ VNM, PAK; để trống nếu muốn nhận cảnh báo về mọi quốc "
        "gia). Các cảnh báo chung cho tất cả các quốc gia, chẳng hạn việc Công ước có hiệu lực, vẫn được "
        "gửi đến bạn dù bạn chọn gì."
    ),
    "Tags (none ticked: any)": "Thẻ (không chọn ô nào = nhận tất cả)",
    "Event types (none ticked: any)": "Loại sự kiện (không chọn ô nào = nhận tất cả)",
    "Lowest severity": "Mức độ nghiêm trọng tối thiểu",
    "Delivery": "Cách gửi",
    "each alert as it comes": "từng cảnh báo ngay khi có",
    "an hourly digest": "một bản tin tổng hợp mỗi giờ",
    "a daily digest": "một bản tin tổng hợp mỗi ngày",
    (
        'Discreet subjects: "Tocsin: 1 new alert", never the country, severity or headline (a subject shows on a lock '
        "screen and to your mail provider)"
    ): (
        'Tiêu đề thư kín đáo: "Tocsin: 1 cảnh báo mới", không bao giờ nêu quốc gia, mức độ nghiêm trọng '
        "hay tít cảnh báo (tiêu đề thư hiện trên màn hình khóa và nhà cung cấp dịch vụ thư của bạn cũng "
        "thấy được)"
    ),
    "Language of mails and pages": "Ngôn ngữ của thư và trang",
    "Save": "Lưu",
    "Unsubscribe instead": "Hoặc hủy đăng ký",
    # the public signup page
    "Subscribe to Tocsin alerts": "Đăng ký nhận cảnh báo của Tocsin",
    (
        "Tocsin mails alerts on arrests over online speech, journalism and rights work, and on the "
        "signatures and ratifications of the UN Convention against Cybercrime. Choose what you want "
        "to receive: a mail asks you to confirm before any alert is sent, and every alert links to a "
        "page where you change your choice or unsubscribe."
    ): (
        "Tocsin gửi thư cảnh báo về các vụ bắt giữ vì phát ngôn trên mạng, vì hoạt động báo chí hay "
        "bảo vệ quyền con người, và về việc các quốc gia ký, phê chuẩn Công ước của Liên hợp quốc về "
        "chống tội phạm mạng. Hãy chọn nội dung bạn muốn nhận: một thư sẽ đề nghị bạn xác nhận trước "
        "khi có bất kỳ cảnh báo nào được gửi, và mỗi cảnh báo đều có liên kết đến một trang để bạn "
        "thay đổi lựa chọn hoặc hủy đăng ký."
    ),
    "Your email address": "Địa chỉ email của bạn",
    "Subscribe": "Đăng ký",
    "Not sent:": "Chưa gửi được:",
    "Check your inbox": "Hãy kiểm tra hộp thư của bạn",
    (
        "A confirmation mail is on its way to {address}. Nothing else is sent to it until you press "
        "the button on the page its link opens."
    ): (
        "Một thư xác nhận đang được gửi đến {address}. Sẽ không có thư nào khác được gửi đến địa chỉ "
        "này cho đến khi bạn bấm nút trên trang mà liên kết trong thư mở ra."
    ),
    ("Too many requests from this connection or to this address: try again in {minutes} minutes."): (
        "Có quá nhiều yêu cầu từ kết nối này hoặc gửi đến địa chỉ này: hãy thử lại sau {minutes} phút."
    ),
    ("Too many requests from this connection or to this address: try again in a minute."): (
        "Có quá nhiều yêu cầu từ kết nối này hoặc gửi đến địa chỉ này: hãy thử lại sau một phút."
    ),
    ("Tocsin cannot take subscriptions right now: try again in a few minutes."): (
        "Hiện Tocsin chưa thể nhận đăng ký: hãy thử lại sau vài phút."
    ),
    (
        "The owner of this address refused a confirmation request they had not made: no confirmation "
        "mail goes to it before {day}."
    ): (
        "Chủ của địa chỉ này đã từ chối một yêu cầu xác nhận mà họ không hề đưa ra: sẽ không có thư "
        "xác nhận nào được gửi đến địa chỉ này trước ngày {day}."
    ),
    "Not sent": "Chưa gửi được",
    ("Subscribe from Tocsin's own page, not from another site's form."): (
        "Hãy đăng ký từ chính trang của Tocsin, không phải từ biểu mẫu của một trang web khác."
    ),
    ("Countries: use three-letter codes (ISO 3166-1 alpha-3) such as VNM or PAK, separated by commas or spaces."): (
        "Quốc gia: dùng mã ba chữ cái (ISO 3166-1 alpha-3), ví dụ VNM hoặc PAK, cách nhau bằng dấu phẩy hoặc dấu cách."
    ),
    "This is not an email address Tocsin can write to.": (
        "Đây không phải là một địa chỉ email mà Tocsin có thể gửi thư đến."
    ),
    ("This form was not sent as the page sends it: reload the page and try again."): (
        "Biểu mẫu này không được gửi theo cách trang web gửi: hãy tải lại trang và thử lại."
    ),
    "The form could not be read; nothing was changed.": "Không đọc được biểu mẫu; chưa có gì được thay đổi.",
    "Source failing: {source}": "Nguồn đang gặp lỗi: {source}",
    "Source recovered: {source}": "Nguồn đã hoạt động trở lại: {source}",
    "Source anomaly: {source}": "Nguồn có dấu hiệu bất thường: {source}",
    "Your Tocsin subscription was disabled": "Đăng ký Tocsin của bạn đã bị tạm ngừng",
    ("We stopped mailing alerts to this address (subscription {id})."): (
        "Chúng tôi đã ngừng gửi cảnh báo đến địa chỉ này (đăng ký {id})."
    ),
    "Reason: {reason}": "Lý do: {reason}",
    "To receive alerts here again, subscribe again:": ("Để nhận lại cảnh báo tại địa chỉ này, hãy đăng ký lại:"),
    # --- dates and tags ---
    "{date} {time} UTC": "{time} UTC ngày {date}",
    "free-expression": "tự do ngôn luận",
    "press-freedom": "tự do báo chí",
    "human-rights-defenders": "người bảo vệ nhân quyền",
    "surveillance": "giám sát",
    "privacy": "quyền riêng tư",
    "security-research": "nghiên cứu bảo mật",
    "transnational-repression": "đàn áp xuyên quốc gia",
    "due-process": "tố tụng công bằng",
    "treaty-adoption": "ký và phê chuẩn Công ước",
    "European Union": "Liên minh châu Âu",
    # --- event types ---
    "Signatures and ratifications of the Convention": "Các quốc gia ký và phê chuẩn Công ước",
    "Milestones toward the Convention's entry into force": "Các mốc tiến tới việc Công ước có hiệu lực",
    "Reported arrests and prosecutions": "Các vụ bắt giữ và truy tố được đưa tin",
    "Tocsin's sources failing or recovering": "Nguồn tin của Tocsin gặp lỗi hoặc hoạt động trở lại",
}
