"""Vietnamese phrases per signal. Matching folds diacritics, so only multi-syllable phrases are safe."""

from tocsin_lexicon import IN_DIGITS, Signal, Table, beside, near
from tocsin_lexicon.past import TEACHING_POSTS_LEFT

# những người mà một nhóm hỗ trợ: "thành viên nhóm hỗ trợ lao động di cư"
_SUPPORTED = ("lao động", "công nhân", "người lao động", "tù nhân", "dân oan", "nạn nhân", "người bị bắt")

# Phrase families: an act near its object ("thu giữ 3 điện thoại", "cảnh báo nhà trường về lỗ hổng cho phép").
_BI_PHAT = (
    "nhà báo",
    "phóng viên",
    "blogger",
    "nhà hoạt động",
    "luật sư",
    "người dùng",
    "chủ tài khoản",
    "tài khoản",
    "Facebooker",
    "YouTuber",
    "TikToker",
    "giáo viên",
    "sinh viên",
    "người dân",
)  # người bị phạt vì lời nói, bài đăng
# the roles "bắt" ties when they follow it, counted or not: "bắt nhà báo", "bắt 12 nhà hoạt động"
_TAKEN_ROLES = (
    *("nhà báo", "phóng viên", "nhà hoạt động", "blogger", "luật sư", "nhà thơ", "nhà văn", "sinh viên"),
    *("youtuber", "tiktoker", "facebooker"),
    # members of a group taken together: "bắt 3 thành viên nhóm bảo vệ rừng" (a group's own words say whose)
    "thành viên",
)
_TAKE = ("thu giữ", "tạm giữ", "tịch thu", "kiểm tra", "khám xét", "sao chép", "trích xuất", "cài", "mang đi")
_DEVICES = ("điện thoại", "máy tính", "thiết bị", "laptop", "ổ cứng", "dữ liệu", "phần mềm")
_WATCH = ("theo dõi", "giám sát", "rà soát", "thu thập")
_WATCHED = ("tài khoản", "trang cá nhân", "mạng xã hội", "tin nhắn", "cuộc gọi")
_DISCLOSE = ("cảnh báo", "thông báo", "báo cáo", "phát hiện", "gửi", "công bố", "chỉ ra", "báo")
# Someone posing as a reporter ("giả danh phóng viên của một tạp chí"): one phrase, so its press words are no press.
_POSING = ("giả danh", "mạo danh", "tự xưng là", "tự xưng", "tự nhận là")
_PRESS = ("phóng viên", "nhà báo")
_OUTLET = ("", " của một tạp chí", " của tạp chí", " tạp chí", " của một tờ báo", " của báo", " báo")
_IMPOSTORS = tuple(f"{pose} {press}{outlet}" for pose in _POSING for press in _PRESS for outlet in _OUTLET)
_FLAWS = (
    *("lỗ hổng bảo mật", "lỗ hổng cho phép", "lỗ hổng trên", "lỗ hổng trong hệ thống", "lỗ hổng của hệ thống"),
    *("lỗ hổng trong ứng dụng", "lỗ hổng của ứng dụng", "lỗ hổng trong phần mềm", "lỗ hổng trong trang web"),
)

_CHE = (
    "chê",
    "chỉ trích",
    "phê phán",
    "xúc phạm",
    "nói xấu",
    "bôi nhọ",
    "châm biếm",
    "chế giễu",  # S199: "bức tranh chế giễu chính phủ"
    "bài viết",
    "bình luận",
    "đăng bài",
    "tố cáo",
    "phản ánh",  # S224: "clip phản ánh CSGT"
)
_QUYEN = (
    "chính quyền",
    "lãnh đạo",
    "Đảng",
    "Nhà nước",
    "chủ tịch",
    "công an",
    "bí thư",
    "bộ trưởng",
    "chính phủ",
    "cán bộ",
    *("CSGT", "cảnh sát giao thông"),  # S224
)

TABLE: Table = {
    Signal.ARREST: (
        *("buộc gỡ clip", "buộc gỡ video", "yêu cầu gỡ clip", "yêu cầu gỡ video"),  # S224: tài xế bị buộc gỡ clip
        *("bị gọi nhập ngũ", "bị trưng tập", "đưa ra mặt trận"),  # S213: a critic conscripted and sent to the front
        *near(("buộc trang tin", "buộc báo", "yêu cầu trang tin"), ("gỡ",)),  # S203: buộc trang tin gỡ bài
        # S202: Văn phòng Bảo vệ Chủ quyền của Hungary; cấm phóng viên dự họp báo
        *near(("Văn phòng Bảo vệ Chủ quyền",), ("yêu cầu", "đưa", "điều tra")),
        *near(("cấm phóng viên", "cấm nhà báo"), ("dự họp báo", "tác nghiệp")),
        *near(("yêu cầu", "chỉ đạo"), ("ngừng in", "không nhận in")),  # S200: nhà in bị yêu cầu ngừng in bản tin
        *("không gia hạn thẻ phóng viên", "bị buộc rời"),  # S189: phóng viên nước ngoài
        # S179: sách bị thu hồi, tiêu hủy vì nội dung
        *("đình chỉ phát hành", *near(("thu hồi", "tiêu hủy"), ("tiểu thuyết", "cuốn sách", "tập thơ"))),
        *("buồng kỷ luật", "bị kỷ luật trong trại giam"),  # S168: một lá thư, buồng kỷ luật
        # S154: "đã mời anh Phan Đức Lợi, quản trị viên nhóm "…", lên làm việc vì …" (beyond "mời anh … lên làm
        # việc"'s gap), "viết cam kết"
        "lên làm việc vì",  # the name and the role between can be longer than a gap (not "về": a platform's envoy)
        *("viết cam kết", "lập biên bản vi phạm hành chính"),
        # S148: nhà trường kỷ luật người học, người dạy theo đề nghị của cơ quan nhà nước ("bị buộc thôi học sau khi
        # chia sẻ clip", "công văn của Công an tỉnh … đề nghị xử lý nghiêm")
        *near(("sinh viên", "học sinh", "giảng viên", "giáo viên"), ("bị buộc thôi học", "bị đuổi học", "bị đình chỉ")),
        "công văn của Công an",  # (not a lecturer's teaching suspended for plagiarism)
        # phạt vì thắp nến, tụ tập, cầm ảnh bên ngoài một phiên xử (S134: "Bốn người bị phạt hành chính vì thắp nến bên
        # ngoài phiên xử nhà hoạt động môi trường")
        *near(
            ("bị phạt", "bị xử phạt", "phạt hành chính"), ("vì thắp nến", "vì tụ tập", "vì cầm ảnh", "vì căng biểu ngữ")
        ),
        # một trang, một nhóm hay một kênh bị chặn, bị hạn chế truy cập theo yêu cầu (S132: "Trang tin độc lập … bị
        # hạn chế truy cập tại Việt Nam", "Nhóm Telegram … bị chặn")
        *near(("trang Facebook", "nhóm Telegram", "kênh Telegram"), ("bị chặn",)),  # a channel or a site: groups.py's
        *("bị hạn chế truy cập", "không còn hiển thị tại Việt Nam"),
        # bị phạt vì đăng bài (S126: "Nữ điều dưỡng bị phạt 7,5 triệu đồng vì đăng bài về cảnh quá tải")
        *near(("bị phạt", "bị xử phạt"), ("vì đăng bài", "vì đăng tải", "vì chia sẻ", "do đăng bài", "do đăng tải")),
        *near(("bị phạt", "bị xử phạt"), ("vì bình luận", "do bình luận", "vì livestream", "do livestream")),
        *near(("bị phạt", "bị xử phạt"), ("vì đăng clip", "do đăng clip", "vì đăng video", "do đăng video")),  # S218
        *("ra tù sau", "năm thụ án"),  # S121: "Nhà báo tự do … ra tù sau 4 năm thụ án vì các bài viết"
        # S120: "Cục Báo chí đình chỉ 3 tháng tạp chí điện tử": the outlets family's too (`tocsin_lexicon.groups`), kept
        # here, ahead of it, so that a rationale quotes the step with "tạp chí điện tử" whole
        *near(("đình chỉ",), ("tạp chí điện tử", "báo điện tử", "trang tin điện tử")),
        # S112: "không còn xem được tại Việt Nam", "Nhân viên thuế 'khảo sát' tòa soạn" ("thu hồi giấy phép đài phát
        # thanh độc lập" is the outlets family's)
        *("không còn xem được tại Việt Nam", "không thể truy cập từ Việt Nam", "bị chặn tại Việt Nam"),
        # S140: "yêu cầu các nhà mạng chặn tên miền" của một trang tin
        *("chặn tên miền", "yêu cầu các nhà mạng chặn", "yêu cầu nhà mạng chặn"),
        *near(("nhân viên thuế", "Cục Thuế"), ("tòa soạn",)),
        *("chặn bài viết", "chặn các bài viết", "chặn hiển thị bài viết"),  # lần rà soát thứ 29: theo yêu cầu của Bộ
        # thu hồi giấy phép một tờ báo, canh giữ tại nhà (S81)
        *near(("thu hồi giấy phép",), ("tạp chí", "báo", "trang thông tin")),
        *("canh giữ tại nhà", "bị canh giữ", "cấm ra ngoài", "cấm ra khỏi nhà"),
        # một hội, một trung tâm bị đình chỉ, phong tỏa tài khoản, khám xét văn phòng (S83: "đình chỉ hoạt động 12 tháng
        # đối với một hội bảo vệ môi trường", "phong tỏa tài khoản … một trung tâm hỗ trợ lao động di cư")
        *("đình chỉ hoạt động", "phong tỏa tài khoản", "phong tỏa toàn bộ tài khoản", "khám xét văn phòng"),
        *("ký cam kết giải tán", "cam kết giải tán nhóm", "cấm xuất cảnh"),
        # buộc gỡ bài: một lệnh nhắm vào bài báo (the twenty-fifth review: "phạt tạp chí điện tử và buộc gỡ bài viết")
        *("buộc gỡ bài", "buộc gỡ bỏ bài", "buộc gỡ bài viết"),
        # luật sư bị đình chỉ hành nghề; giấy phép của trang tin bị thu hồi; tài khoản bị khóa theo yêu cầu (S43)
        *("tạm đình chỉ hành nghề", "bị đình chỉ hành nghề", "bị thu hồi giấy phép"),
        # (theo yêu cầu của chính quyền; không phải lệnh khóa của chính nền tảng vì vi phạm bản quyền)
        *near(("khóa tài khoản",), ("theo yêu cầu của cơ quan", "theo yêu cầu của chính quyền", "theo yêu cầu của Bộ")),
        # danh sách "đại lý nước ngoài"; bị từ chối nhập cảnh; video bị gỡ theo yêu cầu của chính quyền (S56)
        *("danh sách đại lý nước ngoài", "danh sách đặc vụ nước ngoài", "danh sách tác nhân nước ngoài"),
        *("bị từ chối nhập cảnh", "từ chối cho nhập cảnh"),
        *near(("gỡ",), ("theo yêu cầu của Việt Nam", "theo yêu cầu của chính phủ", "theo yêu cầu của Bộ")),
        # kênh, trang bị chặn theo yêu cầu của cơ quan chức năng (S55; không phải nền tảng tự chặn)
        *beside(("bị chặn",), ("theo yêu cầu của cơ quan", "theo yêu cầu của chính quyền", "theo yêu cầu của Bộ")),
        # bị chặn xuất cảnh ở sân bay
        *("chặn xuất cảnh", "bị chặn xuất cảnh"),
        # mãn hạn tù: một bản án đã thi hành ("Cựu tổng biên tập mãn hạn tù vụ 'ấn phẩm kích động'")
        "mãn hạn tù",
        # thẻ nhà báo bị thu hồi, bị buộc rời khỏi nước
        "thu hồi thẻ nhà báo",
        "tước thẻ nhà báo",
        "thu hồi thẻ phóng viên",
        "thu hồi giấy phép hoạt động báo chí",
        # lĩnh án: nhận một bản án ("lĩnh án 3 năm tù")
        "lĩnh án",
        # xử phạt: hình phạt hành chính đối với người nói, viết (công ty bị phạt là tin kinh tế)
        *near(("xử phạt", "phạt tiền"), _BI_PHAT),
        *near(_BI_PHAT, ("bị xử phạt", "bị phạt")),
        # bị bắt cóc: bị đưa đi bằng vũ lực (không phải "bị bắt" của một vụ bắt giữ khác)
        "bị bắt cóc",
        # cấm xuất cảnh, thu giữ hộ chiếu
        "cấm xuất cảnh",
        "bị cấm xuất cảnh",
        "tạm hoãn xuất cảnh",
        "không được xuất cảnh",
        # luật sư bị xóa tên khỏi Đoàn Luật sư, bị tước thẻ: một đòn trả đũa nghề bào chữa
        "xóa tên khỏi Đoàn Luật sư",
        "xoá tên khỏi Đoàn Luật sư",
        "tước thẻ luật sư",
        "thu hồi thẻ luật sư",
        "thu hồi chứng chỉ hành nghề luật sư",
        # "Luật sư nhân quyền … bị tước thẻ hành nghề": thẻ hành nghề của một luật sư
        *near(("Luật sư", "luật sư"), ("bị tước thẻ hành nghề", "bị thu hồi thẻ hành nghề")),
        "thu giữ hộ chiếu",
        "thu hộ chiếu",
        "tịch thu hộ chiếu",
        # bị buộc quay lại nhà tù
        "quay lại nhà tù",
        "trở lại nhà tù",
        "quay lại trại giam",
        "trở lại trại giam",
        "bắt giữ",
        "bắt tạm giam",
        # giữ ở sân bay; đưa người về trụ sở (S65: "bị chặn ở sân bay", "công an đưa 10 người … về trụ sở")
        *("bị chặn ở sân bay", "bị chặn tại sân bay", "bị giữ ở sân bay", "bị giữ tại sân bay"),
        *near(("công an đưa", "bị đưa"), ("về trụ sở", "về đồn", "đi khỏi")),
        # "bắt" with the one taken right after it ("Campuchia bắt nhà hoạt động"), never "bắt đầu", "bắt penalty"
        *beside(
            ("bắt",),
            (
                *_TAKEN_ROLES,
                *("một", "hai", "ba", "thêm", "ông", "bà", "anh", "chị", "cựu", "nữ"),
                *("đại diện công nhân", "đại diện người lao động", "đối tượng"),
                # someone by who they are (S93: "Bắt người phụ nữ ở Cần Thơ 'lợi dụng các quyền tự do dân chủ'")
                *("người phụ nữ", "người đàn ông", "nam thanh niên", "cô gái", "chủ tài khoản", "chủ kênh"),
                # a name, by its family name: "Công an bắt Nguyễn Văn Hải" (not "Mai", "Hà", "Cao": words too)
                *("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"),
                *("Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào", "Lâm", "Trịnh", "Phùng", "Tạ"),
                # a count in digits before the role: "bắt 12 nhà hoạt động" (not "bắt 12 đối tượng")
                *(f"{number} {who}" for number in IN_DIGITS for who in _TAKEN_ROLES),
            ),
        ),
        "tạm giam",
        "bị bắt",
        "khởi tố",
        # phạt tiền người đăng bài: "Phạt 7,5 triệu đồng chủ tài khoản Facebook"
        *beside(
            ("triệu đồng",),
            (
                "chủ tài khoản",
                "người dùng",
                "Facebooker",
                "TikToker",
                "người phụ nữ",
                "người đàn ông",
                "nam thanh niên",
                *("người đăng tin", "người đăng bài", "người đăng clip", "người đăng video", "người đăng tải"),
                *("người chia sẻ", "người bình luận"),
            ),
        ),
        *("bị điều tra sau khi", "bị điều tra vì"),
        *near(("bị Đoàn Luật sư",), ("xóa tên", "kỷ luật")),
        # tuyên vô tội: một vụ truy tố được kể đến hồi kết
        "tuyên vô tội",
        "truy tố",
        "kết án",
        "tuyên án",
        "phạt tù",
        "án tù",
        "xét xử",
        "tạm giữ",
        "câu lưu",
        "triệu tập",
        "khám xét",
        "xử phạt",
        "tuyên phạt",
        # bản án: "8 năm tù", "tù giam"; phúc thẩm giữ nguyên
        "năm tù",
        "tháng tù",
        "tù giam",
        "y án",
        "giữ nguyên bản án",
        "phúc thẩm",
        "thẩm vấn",
        "bị giữ",
        "mời làm việc",
        "mời lên làm việc",
        "gọi lên làm việc",
        # "mời 5 người dân lên làm việc": ai đó được mời lên làm việc với công an
        # (vì: một lý do, việc của công an; "mời TikTok lên làm việc về …" là một cuộc họp)
        *near(("mời", "triệu tập"), ("lên làm việc vì", "lên làm việc do")),
        *near(("Công an",), ("lên làm việc",)),
        *near(
            ("mời nhà báo", "mời phóng viên", "mời người dân", "mời người đăng", "mời blogger", "mời Facebooker"),
            ("lên làm việc",),
        ),
        *near(("mời chủ tài khoản", "triệu tập nhà báo", "triệu tập người đăng"), ("lên làm việc",)),
        *near(("mời anh", "mời chị", "mời ông", "mời bà", "giấy mời"), ("lên làm việc", "lên “làm việc”")),
        # quản thúc tại gia (house arrest), cấm đi khỏi nơi cư trú (barred from leaving home)
        "quản thúc tại gia",
        "quản thúc",
        "cấm đi khỏi nơi cư trú",
    ),
    Signal.SPEECH: (
        "bài giảng",  # S213: a Friday sermon's recording shared on WhatsApp
        *("tấm biển", "biểu ngữ"),  # S183: cầm tấm biển hình ngọn nến
        "bài phát biểu",  # S180
        "lá thư",  # S168: "vì lá thư kể về điều kiện giam giữ"
        "ảnh chế",  # S160: "vì đăng ảnh chế Chủ tịch UBND tỉnh"
        "đăng tin",  # S154: "chủ tài khoản Facebook đăng tin …"
        # một báo cáo là lý do (S83: "đình chỉ hoạt động … một hội bảo vệ môi trường sau báo cáo về nước thải")
        *("sau báo cáo về", "vì báo cáo về", "vì công bố báo cáo"),
        # một clip, một bài tố cáo ai đó
        *("clip tố", "video tố", "bài tố"),
        # trả lời phỏng vấn đài, báo nước ngoài: lời nói bị xử lý
        *("trả lời phỏng vấn", "nhận lời phỏng vấn", "sau buổi phỏng vấn", "sau cuộc phỏng vấn", "sau khi phỏng vấn"),
        "blogger",
        "Facebooker",
        "Youtuber",
        "TikToker",
        "người có ảnh hưởng",
        "quản trị viên",
        "kênh YouTube",
        "nhóm Facebook",
        "đăng tải",
        "đăng bài",
        "bài viết",
        "bài đăng",
        "loạt bài",
        "trang Facebook",
        "tài khoản Facebook",
        "mạng xã hội",
        "phát trực tiếp",
        "livestream",
        "bình luận",
        "chia sẻ",
        "video clip",
        "clip",
        "phát ngôn",
        "quan điểm",
        "phê phán",
        "phê bình",
        "chỉ trích",
        "tự do ngôn luận",
        "tự do biểu đạt",
        "trên mạng",
        "bài thơ",
        "trang cá nhân",
        "tài khoản mạng xã hội",
        "Zalo",
        "kênh TikTok",
        "biếm họa",
        "châm biếm",
        "bài hát",
        # bấm thích, thả tim một bài viết: cũng bị xử phạt
        "bấm thích",
        "bấm like",
        "thả tim",
        "ca khúc",
        "bịa đặt",
        "vu khống",
        # writers and poets are known for expression, like bloggers; not rights defenders by trade
        "nhà văn",
        "nhà thơ",
        *("đạo diễn phim tài liệu", "nhà làm phim tài liệu", "nhà làm phim"),  # S96
        # tham nhũng là đề tài của lời nói, không phải tội danh: cụm dài che từ chỉ tội
        "tố cáo tham nhũng",
        "phanh phui tham nhũng",
        "phản ánh tham nhũng",
        "tố cáo sai phạm",
    ),
    Signal.SPEECH_OFFENCE: (
        # S213: an imam's sermon "làm suy giảm tinh thần quân đội" (the Sahel's "atteinte au moral des troupes")
        *("làm suy giảm tinh thần quân đội", "gây tổn hại tinh thần quân đội", "tinh thần quân đội"),
        *("lan truyền tin đồn", "tội lan truyền tin đồn"),  # S209: Rwanda's "spreading rumours"
        "tuyên bố sai sự thật",  # S203: Luật An toàn Trực tuyến của Sri Lanka
        "phục vụ lợi ích nước ngoài",  # S202
        # S197: luật "làm mất uy tín quân đội" của Nga
        *("làm mất uy tín quân đội", "làm mất uy tín lực lượng vũ trang", "bôi nhọ quân đội"),
        "ý đồ kích động",  # S183: luật an ninh Hồng Kông
        *("bình luận sai sự thật", "đăng bình luận sai sự thật"),  # S178: phạt một bình luận về vụ cháy
        *("tuyên truyền LGBT", "tuyên truyền quan hệ tình dục phi truyền thống"),  # S171: luật của Nga
        *("cổ xúy lối sống đồng tính", "tuyên truyền đồng tính"),  # S158
        # tung tin đồn là tội danh, không phải một tin đồn được bác bỏ (lần rà soát thứ 29: "Bắt người phụ nữ tung tin
        # đồn thất thiệt về dịch bệnh")
        *("tung tin đồn", "tung tin đồn thất thiệt", "tin đồn thất thiệt"),
        # luật chống kích động ở Hồng Kông, như báo chí tiếng Việt gọi: "ấn phẩm kích động"
        *("ấn phẩm kích động", "ấn phẩm có tính kích động"),
        "tuyên truyền chống Nhà nước",
        "tuyên truyền chống phá Nhà nước",
        "tuyên truyền chống nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "làm, tàng trữ, phát tán hoặc tuyên truyền",
        "tàng trữ, phát tán",
        "phát tán thông tin",
        "lợi dụng các quyền tự do dân chủ",
        "lợi dụng quyền tự do dân chủ",
        "xâm phạm lợi ích của Nhà nước",
        "thông tin sai sự thật",
        "tin sai sự thật",
        # nội dung sai lệch: cách nói của cơ quan chức năng về bài đăng bị xử lý
        *("nội dung sai lệch", "bài viết sai lệch", "thông tin sai lệch", "bài viết có nội dung sai lệch"),
        # tin bịa đặt: cách nói khác của tin sai sự thật
        *("tin bịa đặt", "thông tin bịa đặt", "bịa đặt, xuyên tạc"),
        "nội dung sai sự thật",
        "tin giả",
        "xuyên tạc",
        "bôi nhọ",
        "nói xấu",
        "chống phá",
        "phản động",
        "thế lực thù địch",
        "hoạt động nhằm lật đổ",
        "lật đổ chính quyền",
        "xúc phạm",
        "làm nhục",
        "thông tin xấu độc",
        "nội dung xấu độc",
        # tội khi quân: lèse-majesté (Thailand's s. 112), in Vietnamese reports
        "khi quân",
    ),
    Signal.JOURNALIST: (
        *("trang tin điều tra", "trang báo điều tra"),  # S202
        *("tạp chí điện tử", "Cục Báo chí"),  # S120
        # thông tín viên, cộng tác viên của một tờ báo hay một đài; người dẫn chương trình; người điều hành trang tin
        "thông tín viên",
        "trang tin độc lập",
        "người dẫn chương trình",
        "phát thanh viên",
        "đài phát thanh",
        *near(("cộng tác viên", "cộng tác với"), ("tờ báo", "đài", "báo")),
        "nhà báo",
        "phóng viên",
        "biên tập viên",
        "tổng biên tập",
        "báo chí",
        "tờ báo",
        "tạp chí",
        "tự do báo chí",
        "Hội Nhà báo Độc lập",
        "nhà báo độc lập",
        "nhà báo công dân",
        "Phóng viên Không Biên giới",
    ),
    Signal.DEFENDER: (
        "tổ chức chống tham nhũng",  # S221
        *("giới vận động khí hậu", "người vận động khí hậu", "nhà vận động khí hậu"),  # S217: trốn thuế, lý do quen
        # S171: "người từng hỗ trợ nhiều nạn nhân bị quấy rối tình dục" (không phải kẻ quấy rối)
        *near(("từng hỗ trợ", "hỗ trợ nhiều", "giúp đỡ nhiều"), ("nạn nhân bị quấy rối", "nạn nhân bạo lực")),
        *("vận động quyền", "vận động cho quyền"),  # S165: "Dược sĩ vận động quyền tiếp cận thuốc"
        # thủ lĩnh, chủ tịch công đoàn
        "thủ lĩnh công đoàn",
        "chủ tịch công đoàn",
        "chủ tịch một công đoàn",
        "lãnh đạo công đoàn",
        # người vận động ngư dân, nông dân đòi bồi thường; vận động chống ô nhiễm
        *near(
            ("người nhiều năm vận động", "người vận động", "nhiều năm vận động"),
            ("ngư dân", "nông dân", "hộ dân", "người dân", "đòi bồi thường"),
        ),
        # nhóm bảo vệ sông, rừng, môi trường; người sáng lập nhóm vận động (S63: "thành viên nhóm bảo vệ sông Lam")
        *beside(("nhóm bảo vệ",), ("sông", "rừng", "môi trường", "dòng sông", "quyền lao động", "quyền lợi")),
        # một hội, một trung tâm, một nhóm theo việc họ làm (S83)
        *("hội bảo vệ môi trường", "trung tâm hỗ trợ lao động", "hỗ trợ lao động di cư", "nhóm tư vấn pháp lý"),
        # (the twenty-eighth review: "điều phối viên mạng lưới phòng chống bạo lực giới", "nhóm khiếu kiện đất đai")
        *("điều phối viên mạng lưới", "nhóm khiếu kiện", "tổ chức môi trường", "nhóm LGBT", "cộng đồng LGBT"),
        *("tư vấn pháp lý cho công nhân", "tổ chức xã hội dân sự", "nhóm xã hội dân sự"),
        *beside(("nhóm vận động",), ("chống", "bảo vệ", "cho", "vì")),
        # người vận động cho tự do tôn giáo, cho nhân quyền (S62: "mục sư và người vận động tự do tôn giáo")
        *beside(
            ("người vận động",), ("tự do tôn giáo", "cho tự do tôn giáo", "nhân quyền", "cho nhân quyền", "dân chủ")
        ),
        # người giúp công nhân đòi lương, đại diện hộ dân
        *near(("đại diện",), ("công nhân", "người lao động")),
        *near(("đại diện",), ("hộ dân",)),
        "nhà hoạt động mạng",
        "đòi nợ lương",
        # hội nhóm LGBT, nhóm nữ quyền; người phản đối một dự án
        "nhóm LGBT",
        "hội LGBT",
        "cộng đồng LGBT",
        "nữ quyền",
        "quyền phụ nữ",
        *near(("phản đối", "chống"), ("dự án thủy điện", "thủy điện", "dự án khai thác", "khai thác cát")),
        "nhà hoạt động",
        "người hoạt động",
        "người thổi còi",
        "nhà hoạt động nhân quyền",
        "người bảo vệ nhân quyền",
        "luật sư nhân quyền",
        # luật sư bào chữa cho nhà hoạt động (không phải luật sư bào chữa trong một vụ án thường)
        *near(
            ("luật sư bào chữa cho", "luật sư từng bào chữa cho", "luật sư chuyên bào chữa cho"),
            ("nhà hoạt động", "tù nhân lương tâm", "nhà bất đồng chính kiến", "blogger", "nhà báo độc lập"),
        ),
        # luật sư của nông dân, dân oan khiếu kiện đất đai: "Luật sư bảo vệ nông dân bị bắt theo Điều 331"
        *beside(
            ("luật sư bảo vệ", "luật sư bào chữa cho", "người từng bào chữa cho nhiều", "luật sư từng bảo vệ"),
            ("nông dân", "dân oan"),
        ),
        "luật sư chuyên bảo vệ quyền lợi cho nông dân",
        "vận động nhân quyền",
        "nhà vận động môi trường",
        "vận động bảo vệ",
        "nhóm bảo vệ rừng",
        "đại diện các hộ dân",
        "khiếu kiện đòi đất",
        *near(("vận động",), ("phản đối",)),
        "hoạt động bảo vệ môi trường",
        "luật sư",
        "nhà bất đồng chính kiến",
        "bất đồng chính kiến",
        "nhà dân chủ",
        "giáo sư",
        "đại diện công nhân",
        "người đại diện",
        "công đoàn độc lập",
        "đình công",
        "dân oan",
        "nhà hoạt động môi trường",
        # người đấu tranh cho dân chủ, nhân quyền; nhà hoạt động xã hội, công đoàn
        "nhà đấu tranh",
        "người đấu tranh",
        "nhà hoạt động xã hội",
        "nhà hoạt động dân chủ",
        "nhà hoạt động công đoàn",
        "người bảo vệ môi trường",
        "đại diện người lao động",
        "Hội Anh em Dân chủ",
        "tổ chức xã hội dân sự",
        "xã hội dân sự",
        # tổ chức xã hội dân sự
        "tổ chức phi chính phủ",
        # thành viên một nhóm hỗ trợ, vận động cho người lao động (S59)
        # (hỗ trợ ai: không phải "nhóm hỗ trợ kỹ thuật của đội tuyển")
        *near(
            ("thành viên",),
            (
                *(f"{group} {who}" for group in ("nhóm hỗ trợ", "mạng lưới hỗ trợ") for who in _SUPPORTED),
                "nhóm vận động",
            ),
        ),
        "tổ chức phi lợi nhuận",
        "trung tâm phi lợi nhuận",
    ),
    Signal.RESEARCHER: (
        # S106: "Sinh viên công bố lỗ hổng website bệnh viện" (not "Nhóm hacker công bố lỗ hổng … để tống tiền", nor a
        # company fined over "lỗ hổng website": the thirtieth review)
        *near(
            ("sinh viên", "học sinh", "kỹ sư", "lập trình viên", "chuyên gia", "nhà nghiên cứu"),
            ("công bố lỗ hổng", "báo lỗ hổng", "phát hiện lỗ hổng"),
        ),
        "nhà nghiên cứu bảo mật",
        "chuyên gia bảo mật",
        "lỗ hổng bảo mật",
        "phát hiện lỗ hổng",
        "lỗi bảo mật",
        "báo lỗi",
        "báo cáo lỗ hổng",
        "hacker mũ trắng",
        "tin tặc mũ trắng",
        "kiểm thử xâm nhập",
        *near(_DISCLOSE, _FLAWS),
        # báo lỗ hổng, kể cả khi không nêu hệ thống
        "báo lỗ hổng",
        # sinh viên ngành an toàn thông tin (như "security student"); báo cho nơi có lỗ hổng
        "sinh viên an toàn thông tin",
        "sinh viên ngành an toàn thông tin",
        *near(("thông báo", "báo cho", "cảnh báo"), ("lỗ hổng",)),
        # kỹ sư bảo mật; mã khai thác, bản chứng minh khái niệm cho một lỗi
        *("kỹ sư bảo mật", "mã khai thác", "chứng minh khái niệm"),
        # S144: "mô tả lỗ hổng anh đã báo cho đơn vị vận hành": the flaw he had reported
        *near(("lỗ hổng",), ("đã báo cho", "đã thông báo cho", "đã cảnh báo")),
        # S146: "sau khi chỉ ra lỗi hệ thống", "cảnh báo rằng có thể xem điểm … của sinh viên khác", "ảnh chụp lỗ hổng"
        *near(("chỉ ra", "cảnh báo"), ("lỗi hệ thống", "lỗi của hệ thống")),
        *near(("cảnh báo rằng",), ("có thể xem",)),
        *near(("ảnh chụp", "chụp màn hình"), ("lỗ hổng",)),
    ),
    Signal.RIGHTS: (
        # gia đình nói bị gài bẫy: một cáo buộc dựng lên (the twenty-seventh review)
        *("bị gài bẫy", "gài bẫy", "dựng chuyện"),
        "nhân quyền",
        "quyền con người",
        "tù nhân lương tâm",
        "tù nhân chính trị",
        "Ân xá Quốc tế",
        "Tổ chức Theo dõi Nhân quyền",
        "đàn áp",
        "trả tự do",
        "kêu gọi thả",
        "có động cơ chính trị",
        "trả đũa",
        "nhằm trừng phạt",
        "để trừng phạt",
        "bịt miệng",
        # tang vật bị "cài" (S90: "phong bì tiền được 'cài' vào cặp")
        *("được cài vào", "bị cài vào", "cài vào cặp"),
        # giết hại nhà báo, nhà hoạt động: tự nó là tấn công vào công việc của họ
        *near(("sát hại", "giết hại", "ám sát"), ("nhà báo", "phóng viên", "nhà hoạt động")),
        *near(("nhà báo", "phóng viên", "nhà hoạt động"), ("bị sát hại", "bị giết hại", "bị ám sát", "bị bắn chết")),
    ),
    Signal.SURVEILLANCE: (
        # một nền tảng được yêu cầu giao dữ liệu người dùng: "yêu cầu cung cấp thông tin người dùng đăng clip"
        *near(
            ("yêu cầu cung cấp", "buộc cung cấp", "yêu cầu giao nộp"),
            ("dữ liệu tài khoản", "thông tin người dùng", "thông tin cá nhân của người", "dữ liệu người dùng"),
        ),
        # thu máy tính, điện thoại
        "thu máy tính",
        "thu điện thoại",
        # bản ghi cuộc gọi do cơ quan điều tra đưa ra
        "bản ghi các cuộc gọi",
        "bản ghi cuộc gọi",
        "lịch sử cuộc gọi",
        "dữ liệu cuộc gọi",
        # camera của công an chĩa vào cổng nhà
        *near(("camera",), ("chĩa thẳng vào", "chĩa vào", "hướng thẳng vào")),
        # thu điện thoại
        "thu giữ chiếc điện thoại",
        "lắp camera trước nhà",
        # điện thoại bị lấy đi, sao chép, định vị
        "định vị điện thoại",
        "định vị vị trí",
        *near(
            ("điện thoại", "máy tính", "laptop"),
            ("bị thu giữ", "bị tịch thu", "bị mang đi", "bị sao chép", "bị trích xuất"),
        ),
        "lịch sử vị trí",
        "dữ liệu vị trí",
        "giám sát",
        "theo dõi",
        "nghe lén",
        "phần mềm gián điệp",
        "phần mềm theo dõi",
        "nhận dạng khuôn mặt",
        "thu thập dữ liệu",
        # dữ liệu điện thoại thu giữ được khai thác, tin nhắn bị sao chép
        "khai thác dữ liệu điện thoại",
        "khai thác điện thoại",
        "trích xuất dữ liệu",
        "sao chép toàn bộ tin nhắn",
        "sao chép tin nhắn",
        # chủ tài khoản ẩn danh truy ra qua số thuê bao của nhà mạng
        "xác minh số thuê bao",
        "thông tin thuê bao",
        "phối hợp với nhà mạng",
        "khám xét điện thoại",
        "thu giữ điện thoại",
        "thu giữ hai điện thoại",
        "tịch thu điện thoại",
        "trưng cầu giám định",
        "định vị",
        *near(_TAKE, _DEVICES),
        *near(_WATCH, _WATCHED),
        "nghe trộm",
        "nhận diện khuôn mặt",
        "dữ liệu người dùng",
        "cung cấp dữ liệu",
        # the device first: "điện thoại để kiểm tra"
        *near(
            ("điện thoại", "máy tính", "thiết bị"),
            ("để kiểm tra", "bị kiểm tra", "bị thu giữ", "bị khám xét", "bị sao chép", "bị trích xuất"),
        ),
    ),
    Signal.PRIVACY: (
        "danh sách nhà tài trợ",  # S202
        *near(
            ("đề nghị Meta", "yêu cầu Meta", "đề nghị Facebook"), ("cung cấp địa chỉ IP", "cung cấp thông tin")
        ),  # S132
        # danh sách thành viên của một nhóm phải nộp (S88)
        *("nộp danh sách thành viên", "danh sách thành viên"),
        # cán bộ đòi người thân khai số điện thoại, tài khoản, nơi ở
        *near(
            ("yêu cầu", "đòi", "buộc", "ép"),
            ("khai số điện thoại", "tài khoản Zalo", "tài khoản Facebook", "địa chỉ nơi ở"),
        ),
        "khai số điện thoại",
        "dữ liệu cá nhân",
        "quyền riêng tư",
        "bí mật đời tư",
        "thông tin cá nhân",
        "mật khẩu",
        "cung cấp mật khẩu",
        # cơ quan, đài truyền hình công bố địa chỉ, số điện thoại của người bị bắt
        *near(
            ("công bố", "nêu rõ", "đăng tải", "công khai", "đăng họ tên"),
            ("địa chỉ nhà", "số điện thoại", "tên các con", "danh tính", "số căn cước"),
        ),
        # trang Facebook của công an đăng ảnh căn cước, địa chỉ của người chỉ trích (S63)
        *near(
            (
                "trang Facebook của công an",
                "fanpage của công an",
                "trang của công an",
                "công an xã đăng",
                "công an đăng",
            ),
            ("ảnh căn cước", "căn cước công dân", "địa chỉ", "số điện thoại"),
        ),
        "buộc mở khóa",
        "mở khóa điện thoại",
        "yêu cầu mở khóa",
        "bắt mở khóa",
        "ép mở khóa",
        # công khai thông tin cá nhân
        "họ tên, năm sinh",
        "địa chỉ thường trú",
        "tin nhắn riêng",
        "công khai họ tên",
        "đăng công khai họ tên",
        # căn cước bị công khai
        "ảnh căn cước",
        "căn cước công dân",
    ),
    Signal.TRANSNATIONAL: (
        *(
            "tước quốc tịch",
            "bị tước quốc tịch",
        ),  # S110: "Tước quốc tịch Việt Nam đối với một công dân cư trú tại Pháp"
        # lãnh sự quán từ chối gia hạn hộ chiếu của người ở nước ngoài (S72)
        *near(("từ chối gia hạn", "không gia hạn", "từ chối cấp"), ("hộ chiếu",)),
        # người thân của người sống ở nước ngoài bị triệu tập, bị ép khuyên con gỡ bài
        *near(("khuyên con", "khuyên cháu", "ép con"), ("gỡ", "ngừng", "dừng", "thôi")),
        # ép người ở nước ngoài về nước
        *near(("khuyên", "ép", "buộc"), ("về nước",)),
        "bị trục xuất về",
        *("bị đưa về nước", "bị trao trả về nước", "bị bắt đưa về nước"),
        *near(("bắt cóc", "bị bắt cóc"), ("ở Bangkok", "giữa Bangkok", "tại Bangkok", "ở Thái Lan", "tại Thái Lan")),
        # truy nã người ở nước ngoài: một tầm với qua biên giới, không chỉ một nơi ở
        *near(("truy nã",), ("ở nước ngoài",)),
        "dẫn độ",
        "bắt cóc",
        "lưu vong",
        "trục xuất",
        "tị nạn",
        "người tị nạn",
        "ở nước ngoài",
        "tại Thái Lan",
        "tại Đức",
        # nơi một người bị nhắm tới đang sống, ở nước ngoài (S68: "cha mẹ một blogger đang sống ở Đức")
        *(
            f"{lives} {country}"
            for lives in ("đang sống ở", "hiện sống ở", "đang sống tại", "hiện sống tại", "định cư ở", "định cư tại")
            for country in ("Đức", "Mỹ", "Pháp", "Úc", "Canada", "Nhật", "Anh", "Hà Lan", "Đài Loan", "Hàn Quốc")
        ),
        "từ Thái Lan",
        "từ Campuchia",
        "Interpol",
        "truy nã quốc tế",
        "vắng mặt",
    ),
    Signal.DUE_PROCESS: (
        *("cấm gia đình thăm gặp", "không cho gia đình thăm gặp"),  # S204
        *("nơi cư trú chỉ định", "bị từ chối gặp"),  # S171: giam ở "nơi cư trú chỉ định", luật sư bị từ chối gặp
        *("cấm thăm gặp", "bị cấm thăm gặp"),  # S168
        # "giám sát cư trú tại địa điểm chỉ định" (RSDL, Trung Quốc): giam giữ biệt lập, không phải giám sát
        "giám sát cư trú tại địa điểm chỉ định",
        "chỉ định nơi cư trú",
        "chết trong nhà tù",
        "tử vong trong nhà tù",
        "qua đời trong nhà tù",
        "qua đời trong trại giam",
        "qua đời tại trại giam",
        "chết tại trại giam",
        "tử vong tại trại giam",
        "qua đời tại nhà tù",
        "tử vong tại nhà tù",
        # chết hoặc bị tra tấn khi đang bị nhà nước giam giữ
        "tử vong trong trại tạm giam",
        "chết trong trại tạm giam",
        "tử vong trong trại giam",
        "chết trong trại giam",
        "tử vong khi bị tạm giữ",
        "tử vong tại nhà tạm giữ",
        "chết trong đồn công an",
        "tử vong tại trụ sở công an",
        "bị tra tấn",
        # gia đình không được vào phòng xử
        "không được vào phòng xử án",
        "không được vào phòng xử",
        # gia đình không được vào dự phiên tòa
        *("gia đình không được vào dự", "gia đình không được dự", "gia đình bị cấm dự", "người thân không được vào dự"),
        # gia đình chưa được báo nơi giam giữ
        "được báo nơi giam",
        "báo nơi giam giữ",
        # phiên tòa hình sự không báo cho người bào chữa (không phải vụ dân sự)
        *near(
            ("không báo", "không thông báo", "không hề báo", "chưa thông báo"), ("người bào chữa", "luật sư bào chữa")
        ),
        *near(("luật sư bào chữa", "người bào chữa"), ("không hề nhận được thông báo", "không nhận được thông báo")),
        # mất liên lạc sau khi bị bắt đi; gia đình không được báo; không được tiếp xúc luật sư
        *near(("mất liên lạc",), ("sau khi bị", "bị bắt", "bị đưa", "bị công an")),
        *near(("bị bắt", "bị bắt cóc", "đưa đi", "đưa lên xe", "bắt đi", "lưu vong", "tị nạn"), ("mất liên lạc",)),
        # gia đình chưa được báo nơi giam giữ
        *near(("không", "chưa"), ("thông báo về nơi",)),
        *near(
            ("không được", "chưa được", "không cho", "chưa cho"),
            ("tiếp xúc luật sư", "tiếp xúc với luật sư", "gặp người bào chữa"),
        ),
        *near(("quá thời hạn", "vượt quá thời hạn", "quá hạn"), ("tạm giữ", "tạm giam", "luật định")),
        # luật sư chưa được gặp thân chủ
        "luật sư chưa được gặp",
        "luật sư vẫn chưa được gặp",
        # gia đình không biết bị giam ở đâu
        *near(
            ("không biết", "chưa biết", "không rõ", "không được báo", "không được biết", "chưa được biết"),
            ("giam ở đâu", "bị giam ở đâu", "đang ở đâu", "bị đưa đi đâu"),
        ),
        # gia đình chưa được gặp, chưa được báo nơi giam; đăng ký bào chữa chưa được chấp nhận
        "chưa được gặp người thân",
        "chưa được gặp gia đình",
        "không được gặp người thân",
        "gia đình chưa được gặp",
        "chưa được thăm gặp",
        "không được thăm gặp",
        *near(
            ("đăng ký bào chữa", "hồ sơ đăng ký bào chữa", "đề nghị bào chữa"),
            ("chưa chấp nhận", "chưa được chấp nhận", "không chấp nhận", "chưa cấp", "không cấp"),
        ),
        "không được cho biết nơi giam",
        "không rõ nơi giam giữ",
        "chưa rõ nơi giam giữ",
        *("không biết nơi giam giữ", "chưa biết nơi giam giữ", "không biết nơi giam"),
        # luật sư không được gặp: "từ chối cho luật sư gặp"
        *("từ chối cho luật sư gặp", "không cho luật sư gặp"),
        "không được gặp luật sư",
        # luật sư không được xem hồ sơ vụ án (S62: "vẫn chưa được tiếp cận hồ sơ vụ án")
        *("chưa được tiếp cận hồ sơ", "không được tiếp cận hồ sơ", "không được đọc hồ sơ", "chưa được đọc hồ sơ"),
        "chưa được gặp luật sư",
        "không cho gặp luật sư",
        "không được gặp gia đình",
        "biệt giam",
        "giam giữ kéo dài",
        "kéo dài thời hạn tạm giam",
        "gia hạn tạm giam",
        "xét xử kín",
        "phiên tòa kín",
        "không xét xử",
        "không có lệnh",
        "mất tích",
        "ép cung",
        "nhục hình",
        # phiên tòa xử kín
        "phiên xử kín",
        "xử kín",
        # luật sư không được gặp thân chủ, bị từ chối đăng ký bào chữa; thời hạn tạm giam được gia hạn
        *near(("chưa được", "không được", "không cho", "chưa cho"), ("gặp thân chủ", "cho phép gặp thân chủ")),
        "từ chối đăng ký bào chữa",
        *near(("đăng ký bào chữa",), ("bị từ chối",)),
        "thông báo nơi giữ",
        "thông báo nơi giam giữ",
        "chưa ai được gặp",
        "chưa cho luật sư",
        "không cho luật sư",
        "không rõ tung tích",
        *near(("chưa được cấp", "không được cấp", "từ chối cấp"), ("người bào chữa",)),
        "gia hạn thời hạn tạm giam",
        *near(("thời hạn tạm giam",), ("được gia hạn", "bị gia hạn", "kéo dài")),
    ),
    Signal.CYBERCRIME: (
        # S113: "Tự nhận là 'hacker mũ trắng', thanh niên … lĩnh 5 năm tù vì tống tiền"
        *("tự nhận là hacker mũ trắng", "tự xưng là hacker mũ trắng", "tự xưng hacker mũ trắng"),
        # xâm nhập, rao bán dữ liệu, đòi tiền (S99: "nhóm đối tượng xâm nhập, rao bán dữ liệu khách hàng")
        *("rao bán dữ liệu", "rao bán thông tin", "đòi ngân hàng trả", "xâm nhập trái phép hệ thống"),
        # lợi dụng lỗ hổng để sửa điểm, để thu lợi: gian lận, không phải báo lỗi (S73)
        *("để sửa điểm", "thu lợi hơn", "thu lợi bất chính"),  # (not "lỗi cho phép sửa điểm", a flaw reported)
        *("lợi dụng lỗ hổng bảo mật", "lợi dụng lỗ hổng"),  # khai thác lỗ hổng, không phải người báo lỗi
        "lừa đảo",
        "chiếm đoạt tài sản",
        "lừa đảo chiếm đoạt",
        "lừa đảo trực tuyến",
        "lừa đảo qua mạng",
        "rửa tiền",
        "đánh bạc",
        "cờ bạc",
        "tổ chức đánh bạc",
        "mã độc",
        "mã độc tống tiền",
        "tống tiền",
        "đánh cắp dữ liệu",
        "trộm cắp dữ liệu",
        "mua bán dữ liệu",
        "mua bán trái phép thông tin",
        "thẻ ngân hàng",
        "tài khoản ngân hàng",
        "tiền ảo",
        "tiền mã hóa",
        "sàn giao dịch",
        "giả danh",
        "mạo danh",
        "chiếm quyền",
        "xâm nhập trái phép",
        "tin tặc",
        "đường dây",
        "băng nhóm",
        # tấn công mạng; giả danh nhà báo: the journalist words inside are not journalists
        "tấn công mạng",
        "tấn công từ chối dịch vụ",
        *_IMPOSTORS,
    ),
    Signal.ORDINARY_CRIME: (
        # luật sư làm giả giấy tờ bán nhà thân chủ: lừa đảo, không phải vươn ra nước ngoài (S85)
        *("làm giả hợp đồng", "bán nhà của thân chủ"),
        # chặn ở sân bay vì nợ thuế, mang hàng lậu: không phải vì bài viết hay hoạt động (the twenty-second review)
        *("vì nợ thuế", "nợ thuế", "hàng lậu", "buôn lậu"),
        # giả mạo hồ sơ, giấy tờ để chiếm đoạt tiền: một vụ lừa đảo, kể cả khi người bị bắt là luật sư (review)
        *("giả mạo hồ sơ", "giả mạo giấy tờ", "làm giả hồ sơ", "làm giả giấy tờ", "chiếm đoạt tiền"),
        # ném rác, vứt rác: một vi phạm hành chính của một người (không "xả rác": việc xả thải của một công ty mà người
        # ta livestream phản đối hay tố cáo)
        *("ném rác", "vứt rác"),
        # sai phạm ngân hàng: "rút ruột", "vi phạm quy định về cho vay"
        *("rút ruột", "vi phạm quy định về cho vay", "cố ý làm trái quy định"),
        # đòi tiền chuộc: bắt cóc vì tiền
        "tiền chuộc",
        "đòi tiền chuộc",
        # cưỡng đoạt tài sản, lừa đảo bằng séc
        "cưỡng đoạt tài sản",
        # dọa đăng clip để đòi tiền: tống tiền, không phải một bài viết bị xử lý (không "để không đăng": cũng là
        # "để không đăng ký", và cam kết "để không đăng lại" mà công an buộc người đăng bài ký)
        "dọa đăng",
        # cưỡng đoạt tiền; phần mềm gián điệp cài vào điện thoại của người nhà
        *("cưỡng đoạt tiền", "vào điện thoại của vợ", "vào điện thoại của chồng", "vào điện thoại của người yêu"),
        "ma túy",
        "trộm cắp tài sản",
        "buôn lậu",
        "buôn bán người",
        "hàng giả",
        "tham ô",
        "nhận hối lộ",
        # nhận tiền để "chạy án": mua chuộc người xử án
        "chạy án",
        "trộm cắp",
        "trộm xe",
        "đưa hối lộ",
        "hối lộ",
        "môi giới hối lộ",
        "mua phiếu",
        "mua chuộc cử tri",
        # corruption of officials; consumer law
        "lợi dụng chức vụ",
        "vi phạm quy định về đấu thầu",
        "quảng cáo sai sự thật",
        "quảng cáo gian dối",
        # bán hàng, quảng cáo, đua xe, pháo, đánh ghen, clip sex: vi phạm thường, dù đăng lên mạng
        *("thực phẩm chức năng", "rao bán dữ liệu", "bán pháo", "pháo nổ", "đua xe", "đánh ghen", "clip sex"),
        # bán dữ liệu của khách hàng (S66: "Bán dữ liệu cá nhân của 2 triệu khách hàng", "rao bán trên Telegram")
        *("bán dữ liệu", "rao bán trên Telegram", "rao bán trên mạng"),
        "bằng giả",
        # wildlife trade
        "động vật hoang dã",
        "buôn bán động vật",
        "động vật quý hiếm",
        # vi phạm xuất nhập cảnh
        "quá hạn visa",
        "quá hạn thị thực",
        "cư trú bất hợp pháp",
        # cho vay nặng lãi, đòi nợ
        "cho vay lãi nặng",
        "tín dụng đen",
        "đòi nợ",
        "ứng dụng cho vay",
        "app cho vay",
    ),
    Signal.ASSEMBLY: (
        "biểu tình",
        "tuần hành",
        "khiếu kiện",
        "tụ tập đông người",
    ),
    Signal.BUSINESS: (
        # nợ phí, sự cố kỹ thuật, khó khăn tài chính: không phải một bài báo hay chương trình (S124)
        *("nợ phí", "sự cố kỹ thuật", "khó khăn tài chính"),
        # giấy phép thu hồi khi cơ quan chủ quản đề nghị, sau khi sắp xếp, hợp nhất báo chí: việc quản lý, không phải
        # trừng phạt một bài báo (S92: "thu hồi giấy phép của các tạp chí cũ … theo đề nghị của cơ quan chủ quản")
        *("theo đề nghị của cơ quan chủ quản", "theo đề xuất của cơ quan chủ quản", "sau sắp xếp, hợp nhất"),
        *("quy hoạch báo chí", "sắp xếp báo chí", "lộ trình sắp xếp", "sắp xếp cơ quan báo chí", "được sáp nhập vào"),
        # một công ty bị xử phạt (để lộ dữ liệu, quảng cáo): chuyện tuân thủ, không phải vụ việc của ai
        *near(("xử phạt", "phạt"), ("đối với một công ty", "đối với công ty", "đối với doanh nghiệp")),
        # gọi vốn
        "gọi vốn",
        "vòng gọi vốn",
        "quảng cáo",
        "bán hàng",
        "kết quả kinh doanh",
        "giá cổ phiếu",
        "cổ phiếu",
        "đối thủ cạnh tranh",
        "cạnh tranh không lành mạnh",
    ),
    Signal.HARM: (
        *(
            "dùng súng tấn công",
            "làm chết",
            "khủng bố nhằm chống chính quyền nhân dân",
        ),  # S162: một vụ tấn công vũ trang
        # bị bắt nạt (bullied): không phải bị bắt
        "bị bắt nạt",
        "bắt nạt",
        # phân biệt chủng tộc
        "phân biệt chủng tộc",
        # bạo hành trong gia đình
        "hành hung vợ",
        "bạo hành người trong gia đình",
        "bạo lực gia đình",
        "nồng độ cồn",
        "vượt quá tốc độ",
        "quá tốc độ",
        "chạy quá tốc độ",
        "đua xe",
        "lạng lách",
        "km/h",
        "giết người",
        "cố ý gây thương tích",
        "cướp tài sản",
        "cướp giật",
        "hiếp dâm",
        "dâm ô",
        "xâm hại tình dục",
        "đồi trụy",
        "khiêu dâm trẻ em",
        "say rượu",
        "đe dọa giết người",
        "quấy rối",
        "hành hạ người khác",
        "bạo hành trẻ em",
        "bạo hành con",
        "hành hạ động vật",
        # xâm hại tình dục, quay lén, ngược đãi động vật
        "quay lén",
        "quay trộm",
        "quấy rối tình dục",
        "sàm sỡ",
        "cưỡng dâm",
        "giao cấu",
        "clip nóng",
        "clip nhạy cảm",
        "ngược đãi động vật",
        "hành hạ chó",
        "hành hạ mèo",
        "đánh đập chó",
        # quay lén
        "camera quay lén",
        # đe dọa, dằn mặt
        "dằn mặt",
        # xâm hại người yêu cũ, vợ cũ, chồng cũ
        "người yêu cũ",
        "vợ cũ",
        "chồng cũ",
    ),
    Signal.PRETEXT: (
        *("tội danh buôn lậu", "buôn lậu ngoại tệ"),  # S221: phóng viên Abzas Media
        "trốn thuế",
        "gây rối trật tự công cộng",
        # tội danh mang tên đời tư, khép cho người đăng tải: không phải nhà nước công khai dữ liệu
        "xâm phạm bí mật đời tư",
        "xâm phạm bí mật hoặc an toàn thư tín",
    ),
    Signal.OCCASION: (
        # S154: lời khuyến cáo chung, không ai bị nêu tên
        *("khuyến cáo người dân", "đề nghị người dân", "sẽ xử lý nghiêm các trường hợp"),
        # buổi ra mắt hồi ký, sách (S86: "Ra mắt hồi ký của cựu tù nhân chính trị")
        *("ra mắt hồi ký", "buổi ra mắt", "ra mắt sách", "ra mắt cuốn sách", "Kiểm chứng"),
        # (S89: "Thông tin nhà báo … bị khởi tố theo Điều 331 là không chính xác")
        "là không chính xác",
        # bài đính chính một clip lan truyền: không có vụ việc (S79: "Sự thật về clip … được cắt ghép")
        *("sự thật về clip", "sự thật về video", "sự thật về thông tin", "được cắt ghép", "bị cắt ghép"),
        # tin đồn một nhà báo bị bắt (không "đấu tranh phản bác", "không hề bị triệu tập": cũng là lời của thông cáo
        # về những vụ bắt có thật)
        *beside(("tin đồn",), ("nhà báo", "phóng viên", "blogger")),
        *beside(("không hề bị bắt",), ("như tin đồn", "như thông tin")),
        # thắp nến nhân ngày kỷ niệm một vụ bắt: một buổi tưởng nhớ, không phải một vụ mới (không phải mọi buổi thắp
        # nến: "bị tạm giữ vì livestream buổi thắp nến")
        *near(("thắp nến", "tưởng niệm"), ("năm ngày",)),
        # ký biên bản ghi nhớ, thỏa thuận hợp tác: không có vụ việc nào
        "biên bản ghi nhớ",
        "ký thỏa thuận hợp tác",
        "thỏa thuận tăng cường hợp tác",
        # công an bác một clip hay tin đồn là sai sự thật (không phải khi cáo buộc bài viết sai sự thật)
        *near(
            (
                "khẳng định clip",
                "khẳng định đoạn clip",
                "khẳng định đoạn video",
                "khẳng định tin đồn",
                "bác bỏ tin đồn",
            ),
            ("là sai sự thật", "sai sự thật"),
        ),
        # công an xác minh tin đồn là sai
        "khẳng định sai sự thật",
        "không có vụ bắt cóc",
        # chỉ theo dõi nguồn tin chính thống: lời khuyên khi bác tin đồn, không có vụ việc
        "nguồn tin chính thống",
        # phim truyền hình ra mắt
        "tập phim",
        "ra mắt khán giả",
        # đêm gala
        "đêm gala",
        # điểm sách, điểm phim: vụ bắt là cốt truyện
        "đọc sách cuối tuần",
        "điểm sách",
        "cuốn hồi ký của",
        "nhà xuất bản",
        # bảo tàng, trưng bày; bài bình luận về một vụ chưa xảy ra
        "bảo tàng",
        "trưng bày",
        "liên hoan phim",
        "lễ trao giải",
        "hội thảo",
        "triển lãm",
        "thông qua luật",
        "thông qua dự luật",
        # cáo phó và giải thưởng: nhắc lại một sự nghiệp, không có vụ việc
        "hưởng thọ",
        "từ trần",
        "lễ tang",
        "an táng",
        "đoạt giải",
        "giành giải",
        "nhận giải",
        "được trao giải",
        "vinh danh",
        # tin đồn bị bác bỏ: không có vụ việc
        "tin đồn thất thiệt",
        "không đúng sự thật",
        "bác bỏ tin đồn",
        "lên tiếng về tin đồn",
        "thông tin sai lệch về vụ",
        *("bác bỏ tin bịa đặt", "bác bỏ thông tin bịa đặt", "bác bỏ thông tin sai lệch"),
    ),
    # người bị hại, người làm chứng, nguồn tin: người có vai trò đứng cạnh các từ này không phải là người bị xử lý
    Signal.VICTIM: (
        # đánh, hành hung phóng viên: người bị bắt là kẻ đánh, nhà báo là nạn nhân
        *beside(("đánh", "hành hung", "tấn công", "chém", "đe dọa"), ("phóng viên", "nhà báo")),
        "nạn nhân",
        # người bị bắt là hung thủ sát hại nhà báo: nhà báo là nạn nhân
        *("nghi phạm sát hại", "hung thủ sát hại", "hung thủ giết", "nghi phạm giết", "kẻ sát hại"),
        "bị hại",
        "làm chứng",
        "nhân chứng",
        "khai tại tòa",
        "trộm",
        "trộm cắp",
        "lấy trộm",
        "đột nhập",
        "hành hung",
        "tấn công",
        "đe dọa",
        "đe doạ",
        "giả danh",
        "mạo danh",
        "tự xưng",
        "tố giác của",
        "theo tố giác",
        "phản ánh của",
        "theo phản ánh",
        "cướp",
        "giật",
        "chiếm đoạt của",
        "lừa",
        # tài khoản bị chiếm, tai nạn giao thông, lời khai trước tòa
        "tai nạn",
        "va chạm",
        "tông",
        "tông vào",
        "đâm vào",
        "chiếm quyền",
        "chiếm đoạt",
        "bị hack",
        "lời khai",
        "ra làm chứng",
        "trình báo",
        # nguyên đơn thắng kiện: vụ việc là của người khác
        "thắng kiện",
        "nguyên đơn",
        # người giám định tại phiên tòa
        "người giám định",
        "giám định viên",
    ),
    # vai trò cũ: người đó không còn làm công việc này
    # cựu giảng viên, cựu giáo viên: nơi người ấy từng làm, như nghỉ hưu (`calibration.RETIRED`)
    Signal.FORMER: ("cựu", *TEACHING_POSTS_LEFT["vi"]),
    # dự thảo, thảo luận: quy định đang bàn, chưa áp dụng với ai
    Signal.LAWMAKING: (
        *(
            "yêu cầu xử lý nghiêm",
            "tại phiên họp",
            "phối hợp theo dõi, ngăn chặn",
        ),  # S190: một chỉ đạo, không ai bị xử lý
        *("góp ý dự thảo", "đề xuất nâng mức phạt", "nâng mức phạt"),  # S154
        # thảo luận phê chuẩn
        "thảo luận việc phê chuẩn",
        "xem xét phê chuẩn",
        "dự thảo",
        "dự luật",
        "lấy ý kiến",
        "thảo luận",
        "thẩm tra",
        "sửa đổi, bổ sung",
        "đại biểu Quốc hội",
        "kỳ họp",
    ),
    # loại bài khi nói về nhiều vụ chứ không về một vụ (`Signal.GENRE`): chỉ tính khi không ai bị nhắm tới
    Signal.GENRE: (
        # S219: một ngày kỷ niệm bị bắt, một cuộc trò chuyện về những năm trong tù ("Năm năm sau ngày … bị bắt: … vẫn
        # nhớ", "Cựu tù nhân lương tâm … kể lại những năm tháng trong trại giam")
        *near(("năm sau ngày",), ("bị bắt",)),
        *("vẫn nhớ", "Đúng ngày này", "kể lại những năm", "nhớ lại quãng thời gian"),
        # S177-S178: "Nhìn lại 5 năm vụ …", "Bài viết tổng hợp diễn biến", "Không có diễn biến mới"
        *near(("Nhìn lại",), ("năm vụ", "năm vụ án")),
        "Nhìn lại vụ",  # S181: "Nhìn lại vụ 'hacker mũ trắng' bị khởi tố năm 2019"
        *("tổng hợp diễn biến", "điểm lại quá trình", "không có diễn biến mới"),
        *("không có thông tin mới", "buổi cầu nguyện", "ôn lại những bài viết"),  # S171: một buổi thắp nến
        *("thắp nến tưởng nhớ", "nhìn lại hành trình"),  # S169: một buổi tưởng nhớ, một bài nhìn lại
        # năm mới đầu tiên của người bị giam, kể lại (S143: "Năm mới đầu tiên sau song sắt của một blogger")
        *near(
            ("năm mới đầu tiên", "Tết đầu tiên", "cái Tết đầu tiên"), ("sau song sắt", "trong tù", "trong trại giam")
        ),
        # lời bác bỏ cho mọi người; một dịp tròn năm bị giam (S138: "không có ai bị bắt vì 'tự do ngôn luận'",
        # "kêu gọi trả tự do cho blogger … nhân tròn 5 năm bị giam")
        *near(("không có ai bị", "không ai bị"), ("bắt vì", "bắt giữ vì", "bỏ tù vì", "xử lý vì")),
        *near(("nhân tròn", "tròn"), ("năm bị giam", "năm bị bắt", "năm ngày")),
        # lời kêu gọi trả tự do, không phải một bước mới (S136: "Chuyên gia LHQ kêu gọi Việt Nam trả tự do cho luật sư")
        *("kêu gọi trả tự do", "kêu gọi Việt Nam trả tự do", "đòi trả tự do"),
        # nhắc lại vụ cũ: bước đã qua, không phải tin mới (S134: "nhắc lại vụ blogger bị bắt cóc từ Thái Lan")
        *near(("nhắc lại vụ",), ("bị bắt cóc", "bị bắt", "bị kết án", "bị tuyên")),
        # thư ngỏ, tuần hành thường niên, giải thưởng trao vắng mặt cho người đang thụ án (S134: "gửi thư ngỏ kêu gọi
        # trả tự do cho luật sư", "tuần hành thường niên, nhắc lại vụ blogger bị bắt cóc", "được trao giải … vắng mặt")
        *("thư ngỏ", "tuần hành thường niên", "thường niên", "nhắc lại vụ", "đêm nhạc", "bức tranh tường"),
        *near(("trao giải", "giải thưởng"), ("vắng mặt",)),
        *("buổi thắp nến", "lễ thắp nến"),  # S125, S131: như "vigil"
        # thắp nến chờ một người tù đã lâu (S115: "Mười năm thắp nến chờ con", "Dịp tròn mười năm"; S113: "thắp nến cầu
        # nguyện cho các tù nhân lương tâm")
        *("năm thắp nến", "thắp nến chờ", "thắp nến cầu nguyện", "Dịp tròn"),
        # nhiều năm sau khi ra tù: chuyện cũ kể lại (S114: "Mười năm sau khi mãn hạn tù vì những bài viết")
        *near(("năm sau khi",), ("mãn hạn tù", "ra tù")),
        # S111: "Không có nhà báo nào bị bắt vì hoạt động nghề nghiệp"; a film's character ("kể chuyện nữ phóng viên bị
        # khởi tố", "Trong phim, nhân vật Mai … bị bắt tạm giam")
        *near(("Không có nhà báo nào",), ("bị bắt",)),
        *near(("kể chuyện", "nhân vật"), ("bị khởi tố", "bị bắt", "bị bắt tạm giam")),
        # một vụ án thời thuộc địa (S107: "một nhà báo cách mạng bị chính quyền thực dân kết án … năm 1930")
        *("chính quyền thực dân", "nhà báo cách mạng", "bộ phim tài liệu"),
        *near(("đã chấp hành xong án", "người đã mãn hạn"), ("năm tù", "tháng tù")),  # the thirtieth review
        # một bản án đã qua, đã mãn hạn (S104: "người từng bị tuyên 4 năm tù theo Điều 331 năm 2018 và đã mãn hạn")
        *near(("người từng bị", "từng bị tuyên", "từng bị kết án"), ("năm tù", "tháng tù")),
        "và đã mãn hạn",
        # bác bỏ một báo cáo; những vụ bắt giữ nói chung (S103: "bác bỏ báo cáo nhân quyền", "thông tin sai lệch về
        # các vụ bắt giữ")
        *("bác bỏ báo cáo", "không có cái gọi là", "các vụ bắt giữ, xét xử", "về các vụ bắt giữ"),
        # một tin được kiểm chứng, bác bỏ (S99: "lan truyền trên mạng là cảnh quay phim truyền hình")
        *("lan truyền trên mạng", "tin đồn", "cảnh quay", "phim truyền hình", "tài khoản giả mạo"),
        # một bước là của tin đồn hay của thông tin bị bác (S99; "Công an lên tiếng về tin đồn một nhà báo bị bắt",
        # "Thông tin nhà báo … bị khởi tố theo Điều 331 là không chính xác")
        *near(("tin đồn",), ("bị bắt", "bị bắt giữ", "bị tạm giữ", "bị khởi tố")),
        *(
            f"thông tin … {step} … {verdict}"
            for step in ("bị bắt", "bị khởi tố", "bị bắt giữ", "bị tạm giữ")
            for verdict in ("là không chính xác", "là không đúng sự thật", "là sai sự thật", "là bịa đặt")
        ),
        # một bước được tưởng niệm, không phải vừa xảy ra (S95: "nhân 10 năm ngày blogger … bị kết án"): bước bên trong
        # là của dịp tưởng niệm (`findings`)
        *near(
            ("năm ngày", "năm kể từ ngày", "ngày kể từ khi", "tháng kể từ khi", "năm kể từ khi"),
            ("bị bắt", "bị kết án", "bị tuyên án", "bị bắt giữ", "bị bắt cóc", "bị giam", "bị tạm giam"),
        ),
        *(
            "bảng xếp hạng",
            "chỉ số tự do",
            "chỉ số dân chủ",
            "chỉ số nhân quyền",
            "báo cáo thường niên",
            "báo cáo",
            "tập huấn",
            # (S89: "Mười năm sau bản án 12 năm tù, gia đình blogger … vẫn mỏi mòn chờ ngày đoàn tụ")
            *("năm sau bản án", "chờ ngày đoàn tụ"),
            "khóa học",
            "hội thảo",
            "diễn đàn",
            "tọa đàm",
        ),
        *("phỏng vấn", "hồi ký", "phim tài liệu", "kỷ niệm", "tưởng niệm", "năm sau", "đối thoại nhân quyền"),
    ),
    # vụ dân sự hoặc kỷ luật thể thao: không truy cứu hình sự
    Signal.CIVIL: (
        # công đoàn kiện thay người lao động: tranh chấp lao động (S84)
        *("khởi kiện thay cho", "tiền làm thêm giờ"),
        # tranh chấp thuê nhà, tên gọi: việc dân sự giữa các bên (S83)
        *("tranh chấp hợp đồng thuê", "nợ tiền thuê", "tranh chấp quyền sử dụng tên gọi"),
        "kiện dân sự",
        "vụ án dân sự",
        "bồi thường danh dự",
        "bồi thường thiệt hại về danh dự",
        "kỷ luật cầu thủ",
        "Ban kỷ luật",
    ),
    # lời chê trách nhắm vào chính quyền
    Signal.DISSENT: near(_CHE, _QUYEN),
    # người bị bắt ở câu trước là ai
    Signal.IDENTIFY: (
        "người này là",
        "được xác định là",
        # một tổ chức hay gia đình cho biết người bị bắt là ai: «Ân xá Quốc tế cho biết bà Hoài là nhà hoạt động»,
        *near(("cho biết ông", "cho biết bà", "cho biết anh", "cho biết chị"), ("là",)),
        "đối tượng này là",
        "đó là ông",
        "đó là bà",
        "đó là anh",
        "đó là chị",
    ),
    Signal.NOISE: (
        # S154: bầu cử đại biểu Quốc hội là cuộc bầu cử, không phải soạn luật; "xem xét xử lý" không phải "xét xử";
        # "nội dung không đúng sự thật" là lời buộc tội bài viết, không phải bác tin đồn
        *("bầu cử đại biểu Quốc hội", "xem xét xử lý", "nội dung không đúng sự thật"),
        "song sắt",  # "sau song sắt" (behind bars): not the English "song" (S143)
        *("xin vắng mặt", "luật sư vắng mặt"),  # S122: luật sư xin vắng mặt (hoãn phiên tòa), không phải xử vắng mặt
        "đưa khán giả trở lại",  # S107: "bộ phim tài liệu đưa khán giả trở lại nhà tù Côn Đảo"
        # một bước bị phủ nhận (S99: "Tôi không bị tạm giữ", "là cảnh quay phim truyền hình")
        *("không bị tạm giữ", "không bị bắt giữ", "không hề bị bắt", "chưa từng bị bắt"),
        # một bài kiểm chứng: "không bị bắt vì livestream, tin đồn xuất phát từ video cắt ghép" (S87)
        "không bị bắt",
        # công đoàn giám sát việc thi hành án: việc của công đoàn, không phải bị giám sát (S84)
        *("giám sát việc thi hành", "giám sát việc thực hiện"),
        # hội thảo, lễ trao giải là nơi người bị chặn định đến, không phải bản tin (S80, S81: "bị chặn xuất cảnh … khi
        # sang Bangkok dự hội thảo", "bị bắt … trên đường sang Bangkok nhận giải thưởng")
        *beside(
            ("dự", "tham dự", "để dự", "đi dự", "sang dự"),
            ("hội thảo", "hội nghị", "diễn đàn", "lễ trao giải", "khóa tập huấn", "tọa đàm"),
        ),
        *("nhận giải thưởng", "để nhận giải", "nhận giải"),
        # một vụ bắt còn lo sợ, có nguy cơ: không phải một vụ bắt (lời kể của người lưu vong)
        *("lo ngại bị bắt", "sợ bị bắt", "nguy cơ bị bắt", "có thể bị bắt nếu"),
        # một bộ triệu tập đại diện một nền tảng, một công ty: một cuộc họp, không ai bị hỏi cung
        *beside(
            ("triệu tập", "mời", "triệu tập khẩn"),
            ("đại diện TikTok", "đại diện Facebook", "đại diện Meta", "đại diện Google", "đại diện YouTube"),
        ),
        *beside(("triệu tập", "mời"), ("đại diện Netflix", "đại diện các nền tảng", "đại diện nền tảng")),
        *beside(("triệu tập", "mời"), ("đại diện nhà mạng",)),
        # a past prize in a biography is no ceremony: "từng nhận giải Goldman"
        "từng nhận giải",
        "từng đoạt giải",
        # trang mạng ở nước ngoài là nơi đăng bài, không phải người ở nước ngoài bị truy đuổi
        *(
            f"{outlet} {abroad}"
            for outlet in (
                *("trang mạng", "các trang mạng", "trang web", "trang tin", "các trang tin", "trang tin tiếng Việt"),
                *(
                    "các trang tin tiếng Việt",
                    "đài",
                    "tờ báo",
                    "tạp chí",
                    "biên tập viên",
                    "có trụ sở",
                    "cơ quan truyền thông",
                ),
            )
            for abroad in ("ở nước ngoài", "nước ngoài", "ở hải ngoại", "hải ngoại")
        ),
        "luật sư bào chữa",
        # đi dự một hội thảo: chuyến đi của người bị chặn, không phải một sự kiện không có vụ việc
        "dự một hội thảo",
        "đi dự hội thảo",
        "sang dự hội thảo",
        "theo báo",
        "báo cáo",
        "cơ quan báo chí",
        "người theo dõi",
        "lượt theo dõi",
        "camera giám sát",
        "theo dõi sức khỏe",
        "tiếp tục theo dõi",
        # vai trò cũ không phải công việc hiện nay
        "nguyên phóng viên",
        "nguyên nhà báo",
        "nguyên biên tập viên",
        "nguyên nhà hoạt động",
        "cựu phóng viên",
        "cựu nhà báo",
        "cựu biên tập viên",
        "cựu nhà hoạt động",
        # luật sư bào chữa của bị can, không phải nhà hoạt động
        "luật sư của ông",
        "luật sư của bà",
        "luật sư của anh",
        "luật sư của chị",
        "luật sư của gia đình",
        "luật sư thân chủ",
    ),
    # người khác được nêu ở chỗ của người bị bắt: "đối tượng bị bắt", "tài xế bị tạm giữ"
    Signal.SUSPECT: (
        "đối tượng",
        "nghi phạm",
        "nghi can",
        "tài xế",
        "lái xe",
        "kẻ gian",
        "thanh niên",
        "người đàn ông",
        "người phụ nữ",
        "hung thủ",
        "kẻ trộm",
        "tên trộm",
        # kẻ bắt cóc bị bắt
        "kẻ bắt cóc",
        "nhóm bắt cóc",
    ),
    # người thân: "con trai một nhà hoạt động" không phải nhà hoạt động
    Signal.RELATIVE: (
        "con trai",
        "con gái",
        "vợ",
        "chồng",
        "mẹ của",
        "bố của",
        "anh trai",
        "em trai",
        "chị gái",
        "em gái",
        "người thân của",
    ),
}
