"""The words that make a news item an arrest report, per language (phrase syntax: see lexicon.py).

An item matches when an ACTION (arrest, detention, abduction, raid, charge, trial, sentence, return to prison; a
killing or a death in custody)
fires together with a CONTEXT: a strong one (journalism, commentary, activism, hacking, a cyber or "fake news"
law) always counts; a weak one (online, Facebook, "over remarks", "pour des propos") counts only when no
OFF_TOPIC word (murder, drugs, car theft, ransom, exports) says it is ordinary news. NEUTRAL phrases ("cardiac
arrest", "arrested the slide", "un arrêté préfectoral", "a press conference held by police") are masked first.
An item these words miss may still match on the classifier's shared tables (`tocsin_lexicon`; see match.py).
"""

# fmt: off
ACTION: dict[str, tuple[str, ...]] = {
    "en": (
        "arrested", "arrests", "arrest of", "under arrest", "house arrest", "arrest warrant", "rearrested",
        "detained", "detention of", "in detention", "pre-trial detention", "pretrial detention",
        "held in custody", "taken into custody", "in police custody", "held incommunicado",
        "held without charge", "remanded", "remands", "charged with", "charged under", "charged over", "charged for",
        "charged after", "charged in connection with", "(was|were|been|being|is|are) charged",
        "charged (a|an|him|her|them|two|three|four|five)",
        "charges against", "faces charges", "facing charges", "criminal charges", "on charges of", "indicted",
        "indictment", "prosecuted", "prosecution of", "prosecuting", "sentenced", "prison sentence",
        "jail sentence", "jail term", "prison term", "convicted", "jailed", "imprisoned",
        "imprisonment", "behind bars", "booked under", "stands trial", "stand trial", "on trial",
        "went on trial", "goes on trial", "jails", "detains", "acquitted", "acquits", "cleared on appeal",
        "(cybercrime|criminal) complaint against",
        "(granted|released on|freed on) bail", "(gets|got|secures|secured) bail", "arraigned",
        "registered a case (against|under)",
        "(police|cops) book(s)?",
        "(quashes|quashed|overturns|overturned) (the)? conviction", "conviction (quashed|overturned)",
        "books (a)? (youtuber|journalist|activist|blogger|tiktoker|student|teacher|comedian)",
        "(summon|summons) (man|woman|him|her|two|three|activist|journalist|blogger|student)",
        "fir against (a|the)? (journalist|activist|blogger|youtuber|student|teacher|scribe)",
        "(police|authorities|officers|agents|troops|security forces) (arrest|detain|jail|charge|raid)",
        "(police|authorities|officers|agents|security forces) (question|questions|interrogate|interrogates|summon)",
        # held, abducted, raided: detention without the word "arrest" ("Cartoonist held over drawing")
        "held by (the)? (police|authorities|security forces|security services|state security|intelligence agents|"
        "intelligence services|soldiers|troops|the army|the military|officers|agents)",
        "held over", "held for questioning", "held overnight", "held in (detention|jail|prison|solitary confinement)",
        "held (after|for) (criticising|criticizing|posting|publishing|sharing|writing|reporting|insulting|mocking)",
        "held hostage", "held captive", "abducted", "abduction of", "abducts", "kidnapped", "forcibly disappeared",
        "enforced disappearance", "raided", "raid on", "raids on",
        # what prosecutors seek, what a court orders: "seeking a two-year sentence", "ordered back to prison"
        "(year|month) (prison|jail)? sentence", "(years|months) in (prison|jail)", "(faces|facing|face) (prison|jail)",
        "prosecutors (seek|seeks|sought|are seeking|want|demand|demanded|request|requested|asked for)",
        "back to (prison|jail)", "(returned|returns|return|sent) to (prison|jail)", "reimprisoned", "re-imprisoned",
        # summoned for questioning, confined at home: steps short of arrest, often the first against a critic
        "summoned (by|for|over|to)", "summons (from|to|for)", "confined to (his|her|their) home",
        "questioned (over|about) (his|her|their|a|an|the)",
        "questioned (by|at) (the)? (police|authorities|security forces|state security|intelligence agents|officers|"
        "agents|cyber police|cybercrime police|prosecutors)",
        # bail refused: held, whatever the headline calls it ("lecturer denied bail in blasphemy case")
        "(denied|refused) bail", "bail (was|is)? (denied|refused|rejected)",
        # held under a law; a travel ban or a confiscated passport, often the first step against a defender
        "held under", "has been held since", "travel ban", "banned from (travelling|traveling|leaving the country)",
        "passport (was)? confiscated", "confiscated (his|her|their) passports?",
        "exit ban", "barred from (leaving|travelling|traveling)", "from leaving the country",
        "from (travelling|traveling) abroad",
        "(sent|sends) to (jail|prison)",
        # held past the time allowed: "held 11 days without court appearance"
        "without (arraigning|being arraigned|a court appearance|court appearance|appearing in court)",
        # steps short of arrest: a passport impounded, a correspondent expelled, a group's registration cancelled
        "impounded (his|her|the) passport", "passport(s)? impounded", "expel(s|led)? (the)? correspondent",
        "(cancels|cancelled|revokes|revoked) (the)? registration of",
        "stopped at the airport and (barred|banned|prevented)",
        # a lawyer struck off for defending activists: the bar's sanction, a reprisal
        "disbarred", "disbarment", "stripped of (his|her) (law)? licen[cs]e",
        # a journalist or activist killed, a detainee dead in custody: the gravest cases, counted with an arrest
        "shot dead", "gunned down", "murdered", "assassinated", "stabbed to death",
        "(dies|died|death) in (police)? (custody|detention)", "(dies|died) in prison",
    ),
    "fr": (
        "arrêté(e|s|es)?", "interpellé(e|s|es)?", "placé(e|s|es)? en garde à vue", "garde à vue",
        "inculpé(e|s|es)?", "inculpation", "mis en examen", "mise(s)? en examen", "condamné(e|s|es)?",
        "écroué(e|s|es)?", "incarcéré(e|s|es)?", "emprisonné(e|s|es)?", "détenu(e|s|es)?",
        "placé(e|s|es)? en détention", "détention provisoire", "arrestation(s)?", "interpellation(s)?",
        "poursuivi(e|s|es)?", "poursuites judiciaires", "poursuites contre", "déféré(e|s|es)? au parquet",
        "peine de prison", "prison ferme", "prison avec sursis", "procès de", "procès contre",
        "retenu(e|s|es)? par (la police|les policiers|la gendarmerie|les gendarmes|les services|les autorités|"
        "l'armée|des militaires|des agents|des hommes)", "retenu(e|s|es)? pendant",
        "enlevé(e|s|es)?", "kidnappé(e|s|es)?", "disparition forcée", "perquisition(s)?", "perquisitionné(e|s|es)?",
        "(an|ans|mois) de prison", "(an|ans|mois) d'emprisonnement", "(an|ans|mois) ferme", "réquisitoire",
        "requis contre",
        "(parquet|procureur|procureure|ministère public) (a|ont)? (requis|requiert|réclame|réclamé)",
        "réincarcéré(e|s|es)?", "réincarcération", "renvoyé(e|s|es)? en prison",
        "(retour|retourne|retournent|reconduit|reconduite) en prison",
        "convoqué(e|s|es)?", "convocation (par|au|à la|devant)", "assigné(e|s|es)? à résidence",
        "assignation à résidence", "résidence surveillée",
        "abattu(e|s|es)?", "assassiné(e|s|es)?", "tué(e|s|es)? par balles",
        "(mort|morte|meurt|décédé|décédée|décède) en (détention|garde à vue|prison)",
        "interdiction de sortie du territoire", "interdit(e|s|es)? de sortie du territoire",
        "confisqué (son|leur) passeport", "passeport confisqué",
        "radié(e|s|es)? du barreau", "radiation du barreau", "acquitté(e|s|es)?", "relaxé(e|s|es)?",
        "(détention|garde à vue) (provisoire)? prolongée", "prolongation de (la)? (détention|garde à vue)",
        "détention d'un(e)? (cyberactiviste|militant|militante|journaliste|blogueur|blogueuse|activiste|avocat|"
        "avocate)",
        # freed after the term: the sentence is the news's subject ("libéré après avoir purgé sa peine")
        "(purgé|purge|purger) (sa|une|leur|la|ses) peine(s)?",
    ),
    "es": (
        "detenido(s)?", "detenida(s)?", "arrestado(s)?", "arrestada(s)?", "imputado(s)?", "imputada(s)?",
        "procesado(s)?", "procesada(s)?", "condenado(s)?", "condenada(s)?", "encarcelado(s)?",
        "encarcelada(s)?", "sentenciado(s)?", "sentenciada(s)?", "capturado(s)?", "capturada(s)?",
        "aprehendido(s)?", "aprehendida(s)?", "detención", "detenciones", "arresto(s)?",
        "prisión preventiva", "acusado(s)? de", "acusada(s)? de", "juicio contra", "pena de prisión",
        "años de prisión", "años de cárcel", "privado(s)? de libertad", "privada(s)? de libertad",
        # the active voice headlines use: "Detienen a periodista", "La policía detuvo al bloguero"
        "detienen", "detuvo", "detuvieron", "arrestan", "arrestó", "arrestaron", "capturan", "capturó",
        "capturaron", "aprehenden", "aprehendió", "encarcelan", "encarceló", "imputan", "imputó", "procesan",
        "condenan", "condenó", "condena a(l)?", "acusan de", "sentencian", "absuelto(s)?", "absuelta(s)?",
        "absuelven a",
        "(citan|citaron) a (joven|un joven|una joven|periodista|activista|tuitero|youtuber|opositor|"
        "estudiante|un estudiante|una estudiante)", "(fiscalía|fiscal|juez|jueza) (cita|citó) a",
        "multad(o|a|os|as)", "(multan|multaron) a(l)?", "(multan|multaron) (bajo|con|por)",
        "(investigado|investigada|investigados|investigadas) por (acceso|presunto|supuesto|un delito)",
        "(confina|confinan|confinado|confinada) en su casa", "(juzga|juzgan|juzgará|juzgarán|juzgó) a(l)?",
        "(retenido|retenidos|retenida|retenidas) (por la policía|por agentes|por militares|por hombres|durante|"
        "en el aeropuerto|en la frontera|en una comisaría)", "secuestrado(s)?", "secuestrada(s)?",
        "secuestran", "secuestraron", "desaparición forzada", "allana", "allanan", "allanó", "allanaron",
        "allanamiento(s)?",
        # llevado por agentes de su casa: "Funcionarios del SEBIN se llevaron al periodista"
        "se (lo|la)? llevaron (a|al|a la|a un|a una)? (periodista|activista|defensor|defensora|tuitero|tuitera|"
        "opositor|opositora|abogado|abogada|estudiante|dirigente|reportero|reportera|sindicalista)",
        "(fiscalía|fiscal|ministerio público) (pide|piden|solicita|solicitó|pidió|reclama)",
        "(pide|piden|solicita|solicitan|pidió|solicitó) (una)? (condena|pena|prisión|cárcel)",
        "(enfrenta|enfrentan) (una)? (condena|pena|prisión|cárcel)",
        # serving the term: "el rapero, que cumple una condena de dos años", "cumple en el penal una condena de"
        "(cumple|cumplen|cumplía|cumplían|cumpliendo) (una|su)? (condena|pena)",
        "una (condena|pena) de (un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
        "1|2|3|4|5|6|7|8|9|10|12|15|20) (año|años|mes|meses)",
        "(regreso|regresar|regresa|regresó|vuelta|volver|vuelve|volvió|retorno|reingreso|reingresa) a (la)? "
        "(prisión|cárcel)",
        "citado(s)? a declarar", "citada(s)? a declarar", "prisión domiciliaria",
        # un juez procesa a alguien (no "procesa datos"); enviado a prisión
        "(procesa|procesó|procesaron) (a|al)", "(envía|envió|envían|enviaron) a prisión", "enviado(s)? a prisión",
        "enviada(s)? a prisión", "(denuncian|denunciado|denunciada|denunciados) penalmente", "denuncia penal contra",
        "(prohíben|prohibió|prohíbe) salir del país", "(retuvieron|confiscan|confiscaron) (el|su) pasaporte",
        "prohibición de salida del país", "impedimento de salida del país", "(le|les) impidieron salir del país",
        "(impedido|impedida|impedidos|impedidas) de viajar", "no (puede|pueden|podrá|podía) salir del país",
        "(bajo|un) cerco policial",
        "(retienen|retuvieron|retuvo) (a|al|durante)",
        "inhabilitado(s)? para ejercer", "inhabilitada(s)? para ejercer", "expulsado(s)? del colegio de abogados",
        "expulsada(s)? del colegio de abogados",
        "asesinado(s)?", "asesinada(s)?", "asesinan", "asesinaron", "ultimado(s)?", "ultimada(s)?",
        "(atacado|atacada) a balazos", "(muere|murió|muerte) (bajo|en) custodia",
    ),
    "vi": (
        "khởi tố", "bắt tạm giam", "tạm giam", "bị bắt", "bắt giữ", "bị bắt giữ", "tạm giữ", "truy tố", "bắt đối tượng",
        "xét xử", "tuyên án", "kết án", "phạt tù", "án tù", "lệnh bắt", "bị can", "bị cáo", "năm tù",
        "tháng tù", "bắt giam", "giam giữ", "bị giam", "bị giữ", "bắt cóc", "bị bắt cóc", "khám xét", "mức án",
        "đề nghị mức án", "(trở lại|quay lại) (nhà tù|trại giam)", "bị (công an|cảnh sát) (giữ|bắt|bắt giữ)",
        "triệu tập", "quản thúc", "quản thúc tại gia", "cấm đi khỏi nơi cư trú", "mời (lên)? làm việc",
        "gọi lên làm việc",
        "(buộc|bị buộc|yêu cầu|bị yêu cầu|ép|bị ép) mở khóa (điện thoại|máy tính)",
        "lên làm việc (vì|do)",
        # "bắt" right before the one taken ("Campuchia bắt nhà hoạt động"), never "bắt đầu" or "bắt penalty"
        "bắt (nhà báo|phóng viên|nhà hoạt động|blogger|luật sư|nhà thơ|nhà văn|sinh viên|một|hai|ba|thêm|ông|bà|"
        "anh|chị|cựu|nữ|youtuber|tiktoker|facebooker)",
        "cấm xuất cảnh", "(thu giữ|thu|tịch thu) hộ chiếu", "tạm hoãn xuất cảnh", "không được xuất cảnh",
        "(xóa tên|xoá tên) khỏi đoàn luật sư", "(tước|thu hồi) (thẻ|chứng chỉ hành nghề) luật sư",
        "bị (tước|thu hồi) thẻ hành nghề",
        "bị sát hại", "bị giết hại", "bị ám sát", "bị bắn chết",
        "(chết|tử vong|qua đời) trong (nhà tù|trại giam|trại tạm giam|đồn công an|nhà tạm giữ)",
        # a fine for a post: the state's sanction for speech ("TikToker bị phạt 7,5 triệu đồng vì đăng clip")
        "bị phạt vì", "bị xử phạt vì", "xử phạt (người|chủ tài khoản|facebooker|tiktoker|youtuber)",
        "triệu đồng vì (đăng|chia sẻ|bình luận|livestream)", "ra tù (trước thời hạn|sớm)",
        # freed after the term: the sentence is the news's subject ("ra tù sau khi mãn hạn tù")
        "mãn hạn tù", "được ra tù", "ra tù sau", "tuyên vô tội", "bị điều tra sau khi", "bị điều tra vì",
        "bị đoàn luật sư (hà nội|thành phố hồ chí minh|tp hcm)? (xóa|xoá) tên",
        "triệu đồng (chủ tài khoản|người dùng|người phụ nữ|người đàn ông|nam thanh niên|nữ|facebooker|tiktoker|"
        "youtuber|người đăng tin|người đăng bài|người đăng clip|người đăng video|người đăng tải|người chia sẻ|"
        "người bình luận)",
    ),
}

CONTEXT_STRONG: dict[str, tuple[str, ...]] = {
    "en": (
        "journalist(s)?", "photojournalist(s)?", "reporter(s)?", "broadcaster(s)?", "radio host(s)?",
        "camera operator(s)?", "cameraman", "cameramen", "camerawoman", "online safety act",
        "blogger(s)?", "vlogger(s)?", "youtuber(s)?", "podcaster(s)?",
        "tiktoker(s)?", "influencer(s)?", "columnist(s)?", "editor(s)?", "cartoonist(s)?", "satirist(s)?",
        "poet(s)?", "writer(s)?", "activist(s)?", "human rights defender(s)?", "rights defender(s)?",
        "dissident(s)?", "government critic(s)?", "critic of the government", "protester(s)?",
        "demonstrator(s)?", "whistleblower(s)?", "press freedom", "freedom of expression", "free speech",
        "hate speech", "online speech", "fake news", "false news", "false information", "spreading rumours",
        "spreading rumors", "misinformation", "disinformation", "sedition", "seditious", "defamation",
        "cyber libel", "cyberlibel", "cybercrime(s)?", "cyber crime(s)?", "cybercrimes act", "cybercrime law",
        "cyber law", "computer crime(s)? act", "computer misuse", "electronic crimes", "peca",
        "digital security act", "cyber security act", "information technology act", "lese majeste",
        "lèse-majesté", "royal defamation", "insulting the monarchy", "section 112", "article 112",
        "article 117", "article 331", "article 88", "propaganda against the state", "anti-state propaganda",
        "abusing democratic freedoms", "decree-law 54", "decree 54", "decree-law no 54", "section 26-a",
        "section 26a", "hacking", "hacker(s)?", "hacked", "ransomware", "malware", "botnet",
        "ddos", "phishing", "spyware", "data breach", "cyberattack(s)?", "cyber attack(s)?", "dark web",
        "security researcher(s)?", "security research", "vulnerability", "vulnerabilities", "bug bounty",
        "responsible disclosure", "disclosed a (bug|flaw|vulnerability)", "blog post(s)?", "tweet(s|ed)?",
        "retweet(s|ed)?", "commentator(s)?", "political commentator(s)?", "talk show host(s)?",
        "ethical hacker(s)?", "white hat hacker(s)?", "data leak(s)?", "unprotected database", "exposed database",
        "security flaw(s)?",
        "insulting the (president|head of state|head of government|prime minister|king|monarch|state|nation)",
        "foreign agent(s)?", "foreign representative(s)?", "undesirable organi[sz]ation", "extremist materials?",
        "hate speech proclamation", "false data messages?", "human rights lawyer(s)?",
    ),
    "fr": (
        "journaliste(s)?", "blogueur(s)?", "blogueuse(s)?", "militant(e|s|es)?", "activiste(s)?",
        "cyberactiviste(s)?", "cyber activiste(s)?", "web activiste(s)?",
        "défenseur(s)? des droits", "défenseure(s)? des droits", "opposant(e|s|es)?", "caricaturiste(s)?",
        "rappeur(s)?", "écrivain(e|s|es)?", "manifestant(e|s|es)?", "lanceur(s)? d'alerte",
        "liberté d'expression", "liberté de la presse", "réseaux sociaux", "cybercriminalité",
        "fausses nouvelles", "fausse(s)? information(s)?", "infox", "désinformation", "diffamation",
        "apologie du terrorisme", "décret-loi 54", "décret 54", "décret-loi n 54", "décret-loi n° 54",
        "lèse-majesté", "piratage", "pirate(s)? informatique(s)?", "hacker(s)?", "rançongiciel(s)?",
        "cyberattaque(s)?", "chercheur(s)? en sécurité", "faille(s)? de sécurité",
        "publication(s)? sur facebook", "tweet(s)?", "chroniqueur(s)?", "chroniqueuse(s)?", "commentateur(s)?",
        "commentatrice(s)?", "éditorialiste(s)?", "dessinateur(s)? de presse", "dessinatrice(s)? de presse",
        "hacker(s)? éthique(s)?", "hackeur(s)?", "fuite(s)? de données", "offense au chef de l'état",
        "youtubeur(s)?", "youtubeuse(s)?", "tiktokeur(s)?", "tiktokeuse(s)?", "influenceur(s)?", "influenceuse(s)?",
        "outrage aux institutions", "outrage au chef de l'état", "atteinte aux institutions",
        "imputations dommageables", "faux bruits", "agent(s)? de l'étranger", "agent(s)? étranger(s)?",
        "outrage à (des)? corps constitués", "défenseur(e|s|es)? des droits humains",
        # a citizens' movement's leaders, a peaceful gathering: "deux responsables du FNDC condamnés"
        "fndc", "défense de la constitution", "rassemblement pacifique", "manifestation pacifique",
    ),
    "es": (
        "periodista(s)?", "reportero(s)?", "reportera(s)?", "bloguero(s)?", "bloguera(s)?", "activista(s)?",
        "defensor(es)? de derechos humanos", "defensora(s)? de derechos humanos", "opositor(es)?",
        "opositora(s)?", "manifestante(s)?", "tuitero(s)?", "tuitera(s)?", "youtuber(s)?", "tiktoker(s)?",
        "influencer(s)?", "caricaturista(s)?", "libertad de expresión", "libertad de prensa", "tuit(s)?",
        "tuiteó", "publicación(es)? en redes", "redes sociales", "ciberdelito(s)?", "ciberdelincuencia",
        "ley de ciberdelitos", "ley especial de ciberdelitos", "ley contra el odio", "noticias falsas",
        "desinformación", "difamación", "hackeo", "hacker(s)?", "pirata(s)? informático(s)?",
        "piratería informática", "ciberataque(s)?", "investigador(es)? de seguridad", "vulnerabilidad(es)?",
        "comentarista(s)?", "columnista(s)?", "hacker(s)? ético(s)?", "fuga(s)? de datos", "filtración de datos",
        "falla(s)? de seguridad", "fallo(s)? de seguridad", "viñeta(s)?",
        "(reveló|reportó|alertó sobre|denunció) (las|unas)? (fallas|fallos|vulnerabilidades)",
        "(programador|programadora|desarrollador|desarrolladora|informático) que (había)? "
        "(advertido|advirtió|reportado) (de)? fallas",
        "rapero(s)?", "rapera(s)?", "enaltecimiento del terrorismo", "medio(s)? digital(es)?", "sitio de noticias",
        "portal de noticias", "agente(s)? extranjero(s)?", "ley de agentes extranjeros",
        "redacción de(l)? (un)? diario", "diario digital", "periódico digital", "materiales extremistas",
        "(fundador|fundadora) de(l)? (un)? (diario|periódico|semanario|medio)",
        "(director|directora) de(l)? (un)? (diario|periódico|semanario)",
        "líder(es)? social(es)?", "lideresa(s)? social(es)?", "líder(es)? indígena(s)?", "lideresa(s)? indígena(s)?",
        "defensor(es)? ambiental(es)?", "defensora(s)? ambiental(es)?", "defensor(es)? del territorio",
        "defensora(s)? del territorio", "defensor(es)? del (río|agua|bosque)", "defensora(s)? del (río|agua|bosque)",
        "ambientalista(s)?", "sindicalista(s)?", "dirigente(s)? sindical(es)?",
        "observador(es)? electoral(es)?",
    ),
    "vi": (
        "nhà báo", "phóng viên", "blogger", "nhà hoạt động", "người bất đồng chính kiến",
        "tuyên truyền chống nhà nước", "tuyên truyền chống phá nhà nước",
        "làm ra, tàng trữ, phát tán hoặc tuyên truyền", "lợi dụng các quyền tự do dân chủ",
        "lợi dụng quyền tự do dân chủ", "điều 117", "điều 331", "điều 88", "mạng xã hội", "không gian mạng",
        "an ninh mạng", "tin giả", "thông tin sai sự thật", "đăng tin sai sự thật", "clip tố", "bài tố", "tin bịa đặt",
        "thông tin bịa đặt", "nội dung sai lệch", "bài viết sai lệch", "thông tin sai lệch",
        "xuyên tạc", "tin tặc", "hacker",
        "họa sĩ biếm họa", "biếm họa", "nhà bình luận", "bình luận viên chính trị", "hacker mũ trắng",
        "lỗ hổng bảo mật", "rò rỉ dữ liệu", "lộ lọt dữ liệu", "chuyên gia bảo mật",
        "youtuber", "tiktoker", "luật sư nhân quyền", "khi quân", "kỹ sư bảo mật", "công đoàn",
        "lỗ hổng (của|trong) (ứng dụng|hệ thống|phần mềm|website|trang web)",
    ),
}

CONTEXT_WEAK: dict[str, tuple[str, ...]] = {
    "en": (
        "online", "internet", "social media", "facebook", "twitter", "tiktok", "youtube", "whatsapp",
        "telegram", "instagram", "wechat", "weibo", "website", "posted on", "posts on", "post on",
        "online post(s)?", "facebook post(s)?", "social media post(s)?",
        "livestream(ed)?", "viral",
        # what was said or drawn, as the cause: "over remarks she made on television", "over a drawing"
        "(over|for) (his|her|their|the|a|an|its|some)? (remarks|comments|statements|speech|sermon|song|songs|poem|"
        "poems|cartoon|cartoons|drawing|drawings|caricature|caricatures|article|articles|column|interview|satire|"
        "joke|jokes)", "(remarks|comments) (he|she|they) made",
    ),
    "fr": ("en ligne", "internet", "facebook", "twitter", "tiktok", "youtube", "site web", "publication(s)?",
           "(pour|après|en raison de|à cause de|suite à) (des|ses|leurs|les|de|une|un|sa|son)? (propos|déclarations|"
           "commentaires|critiques|caricature|caricatures|dessin|dessins|chanson|chansons|sketch|poème|poèmes|"
           "chronique|chroniques)", "propos tenus"),
    "es": ("en línea", "internet", "facebook", "twitter", "tiktok", "youtube", "sitio web", "en redes",
           "(por|tras) (sus|unas|las|unos|los|una|un|su)? (declaraciones|comentarios|críticas|caricatura|"
           "caricaturas|dibujo|dibujos|canción|canciones|columna|columnas|artículo|artículos)"),
    "vi": ("facebook", "youtube", "tiktok", "zalo", "trên mạng", "internet", "đăng tải", "bài viết",
           "livestream", "tài khoản facebook", "trang cá nhân", "(vì|do|những|các|loạt) phát ngôn",
           "phát ngôn trên"),
}

OFF_TOPIC: dict[str, tuple[str, ...]] = {
    "en": (
        "murder(ed|s)?", "homicide", "manslaughter", "killing", "stabbing", "stabbed", "shot dead", "drug(s)?",
        "narcotics", "cocaine", "heroin", "methamphetamine", "cannabis", "marijuana", "smuggling",
        "smuggler(s)?", "robbery", "robbed", "burglary", "burglar(s)?", "car theft", "stolen (car|vehicle)(s)?",
        "carjacking", "theft", "shoplifting", "kidnapping", "poaching", "drunk driving", "antitrust",
        "competition law", "monopoly", "exports", "inflation", "gdp", "stock market", "retail sales", "ransom",
    ),
    "fr": (
        "meurtre", "assassinat", "homicide", "stupéfiants", "drogue(s)?", "cocaïne", "héroïne", "cannabis",
        "trafic de drogue", "vol de voiture", "voiture(s)? volée(s)?", "cambriolage", "braquage",
        "contrebande", "enlèvement", "braconnage", "exportations", "inflation", "rançon",
    ),
    "es": (
        "asesinato", "homicidio", "feminicidio", "narcotráfico", "droga(s)?", "cocaína", "marihuana",
        "robo(s)?", "hurto", "vehículo(s)? robado(s)?", "secuestro", "contrabando", "sicario(s)?",
        "exportaciones", "inflación", "rescate",
    ),
    "vi": (
        "giết người", "ma túy", "ma tuý", "trộm cắp", "trộm xe", "cướp", "buôn lậu",
        "cố ý gây thương tích", "tai nạn giao thông", "xuất khẩu", "tiền chuộc",
    ),
}

TREATY: dict[str, tuple[str, ...]] = {
    "en": ("convention", "treaty", "ratify", "ratified", "ratification", "signatory", "signatories",
           "signing ceremony", "entry into force"),
    "fr": ("convention", "traité", "ratification", "ratifié(e)?", "signataire(s)?"),
    "es": ("convención", "convenio", "tratado", "ratificación", "ratificó", "firmantes"),
    "vi": ("công ước", "hiệp ước", "phê chuẩn", "phê duyệt công ước"),
}

NEUTRAL: tuple[str, ...] = (
    "cardiac arrest",
    "arrested development",
    "arrest(ed|s|ing)? (the|its|their|a) (slide|decline|fall|drop|slump|downturn|rot|skid|losing streak)",
    "posted bail",
    "post bail",
    "charged by the (fa|football association|uefa|fifa|league)",
    "(misconduct|disciplinary) charge(s)?",
    "charged with misconduct",
    "(un|l'|cet|par) arrêté",
    "arrêté (préfectoral|municipal|ministériel|royal|interministériel)",
    "s'est arrêté(e)?",
    "online retail",
    # gatherings are held too: "a press conference held by police", "the vote was held over until May"
    "(conference|briefing|meeting|talks|event|ceremony|rally|vigil|session|summit|forum|workshop|festival|election|"
    "vote|referendum|exercise|drill|parade|match|game) held (by|over|in)",
    "held over (until|till|to|into)",
    "người phát ngôn", "phát ngôn viên",
)

STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "of", "was", "were", "for", "with", "has", "have", "by", "his", "her", "from",
           "that", "after", "on"),
    "fr": ("le", "les", "des", "du", "est", "une", "pour", "dans", "été", "sur", "qui", "avec", "au", "aux",
           "il", "elle"),
    "es": ("el", "los", "las", "del", "una", "por", "para", "fue", "con", "según", "ha", "sido", "su",
           "al", "tras"),
    "vi": ("của", "và", "người", "được", "không", "này", "đã", "các", "những", "với", "trong", "cho",
           "là", "một", "bị", "ông", "bà"),
}
# fmt: on
