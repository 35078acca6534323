"""Which country a news item is about: names, demonyms, capitals and legal hooks in en, fr, es and vi.

Every ISO 3166-1 country is known by its English, French and Spanish names (from pycountry); the countries
that recur in arrest reports also by demonyms, capitals, common short names and the laws used there. The
country named most (a title mention counts three times) wins; ties go to the first mention.
"""

import gettext
from collections import Counter
from collections.abc import Iterator
from functools import cache

import pycountry

from tocsin_watcher.feeds.lexicon import Hit, Lexicon
from tocsin_watcher.feeds.text import FoldedText

TITLE_WEIGHT = 3

# Names that are more often something else: a US state, a first name, a meeting, a city in Spain.
_AMBIGUOUS = frozenset({"georgia", "jersey", "chad", "maurice", "mauricio", "reunion", "granada", "man"})

# fmt: off
_CURATED: dict[str, str] = {
    "VNM": "Vietnam|Vietnamese|Hanoi|Ho Chi Minh City|Saigon|vietnamien(ne|s|nes)?|vietnamita(s)?|"
           "Viêt Nam|Ha Noi|Da Nang",
    "PAK": "Pakistani(s)?|Islamabad|Lahore|Karachi|Peshawar|pakistanais(e|es)?|paquistaní(es)?|pakistaní(es)?|"
           "Prevention of Electronic Crimes Act",
    "NGA": "Nigerian(s)?|Abuja|Lagos|Kano|nigérian(e|s|es)?|nigeriano(s)?|nigeriana(s)?|"
           "Cybercrimes (Prohibition, Prevention, etc) Act",
    "NER": "Nigerien(s)?|Niamey|nigérien(ne|s|nes)?",
    "THA": "Thai|Thais|Bangkok|thaïlandais(e|es)?|tailandés|tailandesa|lèse-majesté|lese majeste|"
           "Computer Crime(s)? Act",
    "JOR": "Jordanian(s)?|Amman|jordanien(ne|s|nes)?|jordano(s)?|jordana(s)?",
    "TUN": "Tunisian(s)?|Tunis|tunisien(ne|s|nes)?|tunecino(s)?|tunecina(s)?|decree-law 54|décret-loi 54|"
           "decreto ley 54|decree-law no 54|décret-loi n° 54",
    "KEN": "Kenyan(s)?|Nairobi|Mombasa|kényan(e|s|es)?|keniano(s)?|keniana(s)?|keniata(s)?|"
           "Computer Misuse and Cybercrimes Act",
    "CHN": "Chinese|Beijing|Shanghai|Pékin|Pekín|chinois(e|es)?|chino(s)?|china(s)?",
    "HKG": "Hong Kong|Hongkonger(s)?",
    "RUS": "Russia|Russian(s)?|Moscow|Moscou|Moscú|russe(s)?|ruso(s)?|rusa(s)?",
    "IRN": "Iran|Iranian(s)?|Tehran|Téhéran|Teherán|iranien(ne|s|nes)?|iraní(es)?",
    "EGY": "Egyptian(s)?|Cairo|Le Caire|El Cairo|égyptien(ne|s|nes)?|egipcio(s)?|egipcia(s)?",
    "SAU": "Saudi|Saudi Arabia|Riyadh|Riyad|saoudien(ne|s|nes)?|saudí(es)?",
    "TUR": "Turkey|Turkish|Ankara|Istanbul|turc|turque(s)?|turco(s)?|turca(s)?",
    "IND": "Indian|New Delhi|Delhi|Mumbai|indien(ne|s|nes)?",
    "BGD": "Bangladeshi(s)?|Dhaka|bangladais(e|es)?|Digital Security Act|Cyber Security Act",
    "KHM": "Cambodian(s)?|Phnom Penh|cambodgien(ne|s|nes)?|camboyano(s)?",
    "MMR": "Burma|Burmese|Yangon|Naypyidaw|birman(e|s|es)?|birmano(s)?",
    "PHL": "Filipino(s)?|Philippine|Manila|philippin(e|s|es)?|filipina(s)?",
    "IDN": "Indonesian(s)?|Jakarta|indonésien(ne|s|nes)?|indonesio(s)?",
    "MYS": "Malaysian(s)?|Kuala Lumpur|malaisien(ne|s|nes)?|malasio(s)?",
    "SGP": "Singaporean(s)?|singapourien(ne|s|nes)?",
    "LAO": "Laos|Lao|Laotian(s)?|Vientiane|laotien(ne|s|nes)?",
    "UGA": "Ugandan(s)?|Kampala|ougandais(e|es)?|ugandés",
    "TZA": "Tanzania|Tanzanian(s)?|Dar es Salaam|Dodoma|tanzanien(ne|s|nes)?",
    "ETH": "Ethiopian(s)?|Addis Ababa|éthiopien(ne|s|nes)?|etíope(s)?",
    "ZWE": "Zimbabwean(s)?|Harare|zimbabwéen(ne|s|nes)?",
    "DZA": "Algerian(s)?|Algiers|Alger|Argel|algérien(ne|s|nes)?|argelino(s)?|argelina(s)?",
    "MAR": "Moroccan(s)?|Rabat|Casablanca|marocain(e|s|es)?|marroquí(es)?",
    "BLR": "Belarusian(s)?|Minsk|biélorusse(s)?|bielorruso(s)?",
    "AZE": "Azerbaijani(s)?|Baku|azerbaïdjanais(e|es)?|azerbaiyano(s)?",
    "VEN": "Venezuela|Venezuelan(s)?|Caracas|vénézuélien(ne|s|nes)?|venezolano(s)?|venezolana(s)?",
    "NIC": "Nicaraguan(s)?|Managua|nicaraguayen(ne|s|nes)?|nicaragüense(s)?",
    "CUB": "Cuban(s)?|Havana|La Havane|La Habana|cubain(e|s|es)?|cubano(s)?|cubana(s)?",
    "SLV": "Salvadoran(s)?|San Salvador|salvadorien(ne|s|nes)?|salvadoreño(s)?|salvadoreña(s)?",
    "GTM": "Guatemalan(s)?|guatémaltèque(s)?|guatemalteco(s)?|guatemalteca(s)?",
    "HND": "Honduran(s)?|Tegucigalpa|hondurien(ne|s|nes)?|hondureño(s)?|hondureña(s)?",
    "COL": "Colombian(s)?|Bogotá|colombien(ne|s|nes)?|colombiano(s)?|colombiana(s)?",
    "MEX": "Mexican(s)?|Mexico City|mexicain(e|s|es)?|mexicano(s)?|mexicana(s)?",
    "BOL": "Bolivia|Bolivian(s)?|bolivien(ne|s|nes)?|boliviano(s)?",
    "SEN": "Senegalese|Dakar|sénégalais(e|es)?|senegalés",
    "CMR": "Cameroonian(s)?|Yaoundé|camerounais(e|es)?|camerunés",
    "CIV": "Ivorian(s)?|Ivory Coast|Abidjan|ivoirien(ne|s|nes)?|marfileño(s)?",
    "BEN": "Beninese|Cotonou|béninois(e|es)?",
    "BFA": "Burkinabe|Burkinabè|Ouagadougou",
    "MLI": "Malian(s)?|Bamako|malien(ne|s|nes)?",
    "GIN": "Guinean(s)?|Conakry|guinéen(ne|s|nes)?",
    "TGO": "Togolese|Lomé|togolais(e|es)?",
    "TCD": "Chadian(s)?|N'Djamena|tchadien(ne|s|nes)?",
    "RWA": "Rwandan(s)?|Kigali|rwandais(e|es)?",
    "COD": "DR Congo|Democratic Republic of (the )?Congo|Congolese|Kinshasa|République démocratique du Congo|"
           "República Democrática del Congo|congolais(e|es)?",
    "LKA": "Sri Lankan(s)?|Colombo",
    "NPL": "Nepali|Nepalese|Kathmandu",
    "AFG": "Afghan(s)?|Kabul|afghan(e|s|es)?|afgano(s)?",
    "BHR": "Bahraini(s)?|Manama|bahreïni(e|s|es)?",
    "ARE": "Emirati(s)?|Abu Dhabi|Dubai|émirien(ne|s|nes)?|emiratí(es)?",
    "SYR": "Syria|Syrian(s)?|Damascus|Damas|syrien(ne|s|nes)?|sirio(s)?|siria(s)?",
    "PRK": "North Korea|North Korean(s)?|Pyongyang|Corée du Nord|Corea del Norte|nord-coréen(ne|s|nes)?",
    "KOR": "South Korea|South Korean(s)?|Seoul|Séoul|Seúl|Corée du Sud|Corea del Sur|sud-coréen(ne|s|nes)?",
    "USA": "United States|American(s)?|États-Unis|Estados Unidos|américain(e|s|es)?|"
           "estadounidense(s)?",
    "GBR": "United Kingdom|Britain|British|Royaume-Uni|Reino Unido|britannique(s)?|británico(s)?",
    "FRA": "français(e|es)?|francés|francesa",
    "ESP": "espagnol(e|s|es)?|español(es)?|española(s)?",
    "CZE": "Czech Republic|Czechia",
    "MDA": "Moldova",
    "PSE": "Palestine|Palestinian(s)?|palestinien(ne|s|nes)?|palestino(s)?",
    "TWN": "Taiwan|Taiwanese|Taipei",
    # Mentioned in reports from everywhere, or too ambiguous to count: listed so they match, then ignored.
    "": "Latin American|South American|Central American|Korean|Korea|Congo|Agence France-Presse|France 24|"
        "Radio France Internationale|Voice of America|Radio Free Asia|Radio Free Europe|New York Times|"
        "Washington Post|Human Rights Watch|Amnesty International",
}

_VIETNAMESE: dict[str, str] = {
    "VNM": "Việt Nam|Hà Nội|TP.HCM|TP HCM|TP Hồ Chí Minh|Sài Gòn|Đà Nẵng|người Việt|Bộ Công an|Công an tỉnh|"
           "Công an TP|Điều 117|Điều 331|Điều 88|tuyên truyền chống Nhà nước|lợi dụng các quyền tự do dân chủ|"
           "Tòa án nhân dân|Viện kiểm sát nhân dân",
    "CHN": "Trung Quốc|Bắc Kinh", "USA": "Hoa Kỳ|nước Mỹ|người Mỹ", "THA": "Thái Lan", "KHM": "Campuchia",
    "LAO": "nước Lào|người Lào", "RUS": "Liên bang Nga|nước Nga|người Nga", "PRK": "Triều Tiên",
    "KOR": "Hàn Quốc", "JPN": "Nhật Bản", "IND": "Ấn Độ", "PHL": "Philippines", "MMR": "Myanmar",
    "IDN": "Indonesia", "MYS": "Malaysia", "SGP": "Singapore", "PAK": "Pakistan",
}

_EXACT: dict[str, str] = {
    "USA": "US|U.S.|USA|U.S.A.|EE.UU.|EEUU|EE. UU.", "GBR": "UK|U.K.", "ARE": "UAE", "COD": "DRC|RDC|RD Congo",
    "PAK": "PECA", "KEN": "CMCA",
}
# fmt: on


def _pycountry_names() -> Iterator[tuple[str, str]]:
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for language in ("fr", "es")
    ]
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None)]
        localised = [t.gettext(country.name) for t in translations]
        for name in (*english, *localised):
            if name and "," not in name and "(" not in name and name.lower() not in _AMBIGUOUS:
                yield name, country.alpha_3


def _split(table: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Split "A|B(x|y)?" on the bars outside parentheses: ("A", code), ("B(x|y)?", code)."""
    for code, names in table.items():
        depth, start = 0, 0
        for index, char in enumerate(names + "|"):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == "|" and depth == 0:
                yield names[start:index], code
                start = index + 1


@cache
def _lexicons() -> tuple[Lexicon[str], ...]:
    return (
        Lexicon([*_split(_CURATED), *_pycountry_names()], mode="folded"),
        Lexicon(_split(_VIETNAMESE), mode="accented"),
        Lexicon(_split(_EXACT), mode="exact"),
    )


def _hits(text: FoldedText) -> list[Hit[str]]:
    return [hit for lexicon in _lexicons() for hit in lexicon.find(text) if hit.tag]


def country_mentions(text: FoldedText, *, title_end: int = 0) -> list[tuple[str, int]]:
    """(alpha-3, weight) pairs, most mentioned first; hits before `title_end` count TITLE_WEIGHT times."""
    counts: Counter[str] = Counter()
    firsts: dict[str, int] = {}
    for hit in sorted(_hits(text), key=lambda h: h.start):
        counts[hit.tag] += TITLE_WEIGHT if hit.start < title_end else 1
        firsts.setdefault(hit.tag, hit.start)
    return sorted(counts.items(), key=lambda pair: (-pair[1], firsts[pair[0]]))


def find_country(text: FoldedText, *, title_end: int = 0) -> str | None:
    """The alpha-3 code of the country a text is most about, or None when it names none."""
    mentions = country_mentions(text, title_end=title_end)
    return mentions[0][0] if mentions else None
