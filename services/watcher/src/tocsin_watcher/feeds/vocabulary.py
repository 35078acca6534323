"""The words that make a news item an arrest report, per language (phrase syntax: see lexicon.py).

An item matches when an ACTION (arrest, charge, trial, sentence) fires together with a CONTEXT: a strong one
(journalism, activism, speech, hacking, a cyber or "fake news" law) always counts; a weak one (online,
Facebook) counts only when no OFF_TOPIC word (murder, drugs, car theft, exports) says it is ordinary news.
NEUTRAL phrases ("cardiac arrest", "arrested the slide", "un arrêté préfectoral") are masked first.
"""

# fmt: off
ACTION: dict[str, tuple[str, ...]] = {
    "en": (
        "arrested", "arrests", "arrest of", "under arrest", "house arrest", "arrest warrant", "rearrested",
        "detained", "detention of", "in detention", "pre-trial detention", "pretrial detention",
        "held in custody", "taken into custody", "in police custody", "held incommunicado",
        "held without charge", "remanded", "charged with", "charged under", "charged over", "charged for",
        "charged after", "charged in connection with", "(was|were|been|being|is|are) charged",
        "charged (a|an|him|her|them|two|three|four|five)",
        "charges against", "faces charges", "facing charges", "criminal charges", "on charges of", "indicted",
        "indictment", "prosecuted", "prosecution of", "prosecuting", "sentenced", "prison sentence",
        "jail sentence", "jail term", "prison term", "convicted", "jailed", "imprisoned",
        "imprisonment", "behind bars", "booked under", "stands trial", "stand trial", "on trial",
        "went on trial", "goes on trial", "jails", "detains",
        "(police|authorities|officers|agents|troops|security forces) (arrest|detain|jail|charge|raid)",
    ),
    "fr": (
        "arrêté(e|s|es)?", "interpellé(e|s|es)?", "placé(e|s|es)? en garde à vue", "garde à vue",
        "inculpé(e|s|es)?", "inculpation", "mis en examen", "mise(s)? en examen", "condamné(e|s|es)?",
        "écroué(e|s|es)?", "incarcéré(e|s|es)?", "emprisonné(e|s|es)?", "détenu(e|s|es)?",
        "placé(e|s|es)? en détention", "détention provisoire", "arrestation(s)?", "interpellation(s)?",
        "poursuivi(e|s|es)?", "poursuites judiciaires", "poursuites contre", "déféré(e|s|es)? au parquet",
        "peine de prison", "prison ferme", "prison avec sursis", "procès de", "procès contre",
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
        "condenan", "condenó", "acusan de", "sentencian",
    ),
    "vi": (
        "khởi tố", "bắt tạm giam", "tạm giam", "bị bắt", "bắt giữ", "bị bắt giữ", "tạm giữ", "truy tố",
        "xét xử", "tuyên án", "kết án", "phạt tù", "án tù", "lệnh bắt", "bị can", "bị cáo", "năm tù",
        "tháng tù",
    ),
}

CONTEXT_STRONG: dict[str, tuple[str, ...]] = {
    "en": (
        "journalist(s)?", "reporter(s)?", "blogger(s)?", "vlogger(s)?", "youtuber(s)?", "podcaster(s)?",
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
        "retweet(s|ed)?",
    ),
    "fr": (
        "journaliste(s)?", "blogueur(s)?", "blogueuse(s)?", "militant(e|s|es)?", "activiste(s)?",
        "défenseur(s)? des droits", "défenseure(s)? des droits", "opposant(e|s|es)?", "caricaturiste(s)?",
        "rappeur(s)?", "écrivain(e|s|es)?", "manifestant(e|s|es)?", "lanceur(s)? d'alerte",
        "liberté d'expression", "liberté de la presse", "réseaux sociaux", "cybercriminalité",
        "fausses nouvelles", "fausse(s)? information(s)?", "infox", "désinformation", "diffamation",
        "apologie du terrorisme", "décret-loi 54", "décret 54", "décret-loi n 54", "décret-loi n° 54",
        "lèse-majesté", "piratage", "pirate(s)? informatique(s)?", "hacker(s)?", "rançongiciel(s)?",
        "cyberattaque(s)?", "chercheur(s)? en sécurité", "faille(s)? de sécurité",
        "publication(s)? sur facebook", "tweet(s)?",
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
    ),
    "vi": (
        "nhà báo", "phóng viên", "blogger", "nhà hoạt động", "người bất đồng chính kiến",
        "tuyên truyền chống nhà nước", "tuyên truyền chống phá nhà nước",
        "làm ra, tàng trữ, phát tán hoặc tuyên truyền", "lợi dụng các quyền tự do dân chủ",
        "lợi dụng quyền tự do dân chủ", "điều 117", "điều 331", "điều 88", "mạng xã hội", "không gian mạng",
        "an ninh mạng", "tin giả", "thông tin sai sự thật", "xuyên tạc", "tin tặc", "hacker",
    ),
}

CONTEXT_WEAK: dict[str, tuple[str, ...]] = {
    "en": (
        "online", "internet", "social media", "facebook", "twitter", "tiktok", "youtube", "whatsapp",
        "telegram", "instagram", "wechat", "weibo", "website", "posted on", "posts on", "post on",
        "online post(s)?", "facebook post(s)?", "social media post(s)?",
        "livestream(ed)?", "viral",
    ),
    "fr": ("en ligne", "internet", "facebook", "twitter", "tiktok", "youtube", "site web", "publication(s)?"),
    "es": ("en línea", "internet", "facebook", "twitter", "tiktok", "youtube", "sitio web", "en redes"),
    "vi": ("facebook", "youtube", "tiktok", "zalo", "trên mạng", "internet", "đăng tải", "bài viết",
           "livestream", "tài khoản facebook", "trang cá nhân"),
}

OFF_TOPIC: dict[str, tuple[str, ...]] = {
    "en": (
        "murder(ed|s)?", "homicide", "manslaughter", "killing", "stabbing", "stabbed", "shot dead", "drug(s)?",
        "narcotics", "cocaine", "heroin", "methamphetamine", "cannabis", "marijuana", "smuggling",
        "smuggler(s)?", "robbery", "robbed", "burglary", "burglar(s)?", "car theft", "stolen (car|vehicle)(s)?",
        "carjacking", "theft", "shoplifting", "kidnapping", "poaching", "drunk driving", "antitrust",
        "competition law", "monopoly", "exports", "inflation", "gdp", "stock market", "retail sales",
    ),
    "fr": (
        "meurtre", "assassinat", "homicide", "stupéfiants", "drogue(s)?", "cocaïne", "héroïne", "cannabis",
        "trafic de drogue", "vol de voiture", "voiture(s)? volée(s)?", "cambriolage", "braquage",
        "contrebande", "enlèvement", "braconnage", "exportations", "inflation",
    ),
    "es": (
        "asesinato", "homicidio", "feminicidio", "narcotráfico", "droga(s)?", "cocaína", "marihuana",
        "robo(s)?", "hurto", "vehículo(s)? robado(s)?", "secuestro", "contrabando", "sicario(s)?",
        "exportaciones", "inflación",
    ),
    "vi": (
        "giết người", "ma túy", "ma tuý", "trộm cắp", "trộm xe", "cướp", "buôn lậu",
        "cố ý gây thương tích", "tai nạn giao thông", "xuất khẩu",
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
