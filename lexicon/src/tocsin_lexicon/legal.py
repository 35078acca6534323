"""Legal hooks that recur in arrest reports, spelled as they appear whatever the article's language.

SPEECH_OFFENCE: provisions that criminalise expression as such (a hit is strong evidence).
CYBER_LAW: cybercrime statutes used against speech but also against fraud (needs a second signal).
"""

from tocsin_lexicon import IN_DIGITS, Signal, Table

# A law's numbered articles ("article 24", "articles 494 and 495", "artículo 234"): no articles of the press.
_ARTICLES = ("article", "articles", "artículo", "artículos")

TABLE: Table = {
    Signal.SPEECH_OFFENCE: (
        # Myanmar, Penal Code s. 505-A (statements causing fear or spreading false news)
        "Section 505-A",
        "505-A",
        "Section 505(a)",
        "505(a)",
        "Section 505A",
        "505A",
        # Viet Nam, Penal Code 2015: art. 117 (propaganda against the State), art. 331 (abusing freedoms)
        "Article 117",
        "Art. 117",
        "Điều 117",
        "Article 331",
        "Art. 331",
        "Điều 331",
        "Article 88",
        "Điều 88",
        "Article 258",
        "Điều 258",
        # Thailand: lèse-majesté
        "lèse-majesté",
        "lese majeste",
        "lèse majesté",
        "Section 112",
        "s. 112",
        "Article 112",
        "Artículo 112",
        "Mục 112",
        # Pakistan PECA s. 26-A ("fake news", 2025 amendment); s. 20 (dignity), s. 37 (blocking)
        "Section 26-A",
        "s. 26-A",
        "Section 26A",
        "26-A of PECA",
        "Section 20 of PECA",
        # Nigeria Cybercrimes Act s. 24 (cyberstalking), routinely used against critics
        "Section 24 of the Cybercrimes",
        "Section 24 of the Cybercrime",
        "s. 24 of the Cybercrimes",
        "Section 24(1)",
        # Russia, Code of Administrative Offences art. 20.3.3 (discrediting the armed forces)
        *("Article 20.3.3", "Điều 20.3.3", "artículo 20.3.3", "article 20.3.3"),
        # Tunisia Decree-Law 54 of 2022 (false news)
        "Decree-Law 54",
        "Decree 54",
        "Decree-Law No. 54",
        "Décret-loi 54",
        "décret-loi n° 54",
        "Décret 54",
        "Decreto-ley 54",
        *("Decreto 54", "Decreto Ley 54"),  # S196: «procesa a una abogada en virtud del Decreto 54»
        "Decree Law 54",
        # Singapore's Protection from Online Falsehoods and Manipulation Act (S207: "POFMA Office orders news site to
        # carry correction", « la loi contre les fausses informations (POFMA) », «al amparo de la POFMA»)
        *("POFMA", "Protection from Online Falsehoods and Manipulation Act"),
        # Cambodia, Belarus, Russia, Nicaragua: incitement / extremism / "false information" provisions
        "Article 207.3",
        "Article 280.3",
        "Ley Especial de Ciberdelitos",
        "Ley de Ciberdelitos",
    ),
    Signal.CYBER_LAW: (
        *("Ley de Seguridad Digital", "loi sur la sécurité numérique"),  # S223: Bangladesh's act in es and fr
        # Cameroon's law no. 2010/012 on cybersecurity and cybercrime, as the press names it (S160)
        *("loi sur la cybersécurité et la cybercriminalité", "loi de 2010 sur la cybersécurité et la cybercriminalité"),
        # Viet Nam's Penal Code art. 288 (illegally providing or using information on networks): used on commenters
        "Điều 288",
        "Article 288",
        "PECA",
        "Prevention of Electronic Crimes Act",
        "Cybercrimes (Prohibition, Prevention, etc.) Act",
        "Cybercrimes Act",
        "Cybercrime Act",
        "Cybercrimes Prohibition",
        "Computer Misuse and Cybercrimes Act",
        "CMCA",
        "Computer Crime Act",
        "Computer Crimes Act",
        # Sri Lanka's Online Safety Act (2024): "prohibited statements" online
        "Online Safety Act",
        # Thailand's Computer Crime Act in Vietnamese: its name's "tội phạm" is no crime of the person's
        "Luật Tội phạm máy tính",
        *("Luật Tội phạm mạng", "luật tội phạm mạng"),  # S199: Jordan's cybercrime law of 2023 in Vietnamese
        "Đạo luật Tội phạm máy tính",
        "Cybercrimes Law",
        "Cybercrime Law",
        "cybercrime law No. 17",
        "Law No. 17 of 2023",
        "Electronic Crimes Law",
        "Anti-Cybercrime Law",
        "Cybercrime Prevention Act",
        # Papua New Guinea's Cybercrime Code Act 2016 (s. 21, defamatory publication): used on posts about MPs
        "Cybercrime Code Act",
        "Cybercrime Code",
        "Digital Security Act",
        # Indonesia's Electronic Information and Transactions law (UU ITE): defamation and "hate" articles used on posts
        *("ITE Law", "UU ITE", "Electronic Information and Transactions Law", "Law on Electronic Information and"),
        "Cyber Security Act",
        # Bangladesh's Cyber Security Ordinance 2025, which replaced the 2023 Act (S61)
        "Cyber Security Ordinance",
        # Peru's Ley 30096 de Delitos Informáticos: "acceso ilícito" charged to a student who reported a flaw (S61)
        "Ley 30096",
        "Cybersecurity Law",
        "Luật An ninh mạng",
        "loi sur la cybercriminalité",
        "loi relative à la cybercriminalité",
        "code du numérique",
        # Benin's code du numérique (art. 550): the charge brought against journalists over articles (S57)
        *("harcèlement par voie électronique", "harcèlement par le biais d'une communication électronique"),
        "ley contra el odio",
        "ley de cibercrimen",
        "ley de delitos informáticos",
    ),
    Signal.TREATY: (
        "Convention against Cybercrime",
        "UN cybercrime convention",
        "UN cybercrime treaty",
        "United Nations cybercrime convention",
        "Hanoi Convention",
        "XVIII-16",
        "Công ước Hà Nội",
        "Công ước của Liên Hợp Quốc về chống tội phạm mạng",
        "Công ước về chống tội phạm mạng",
        "Convention des Nations unies contre la cybercriminalité",
        "convention contre la cybercriminalité",
        "Convention de Hanoï",
        "Convención de las Naciones Unidas contra la Ciberdelincuencia",
        "Convención contra la Ciberdelincuencia",
        "Convención de la ONU contra la Ciberdelincuencia",
        "convención de la ONU sobre ciberdelincuencia",
        "Convención de Hanói",
        "tratado de ciberdelincuencia",
    ),
    Signal.LAW_ARTICLE: tuple(f"{word} {number}" for word in _ARTICLES for number in IN_DIGITS),
}
