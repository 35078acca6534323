"""Civil society acted against as a group: a step that names the group it acts on (S83, S84).

A union listed as "extremist", an association dissolved, NGOs stripped of legal status, a network's accounts frozen,
a rights centre's office searched: the state acts on people who defend rights, together. Blind batches S83 and S84
(first scores 0.71 and 0.69) showed that phrases copied from one batch's wording do not carry to the next one's, so
the tables here are built from two families per language, each phrase both the step (`Signal.ARREST`) and the one
it acts on (`Signal.DEFENDER`, or `Signal.JOURNALIST` for the press's own bodies), so that the group is tied to the
step inside its own words:

- a step that only the state takes against a body (dissolving, deregistering, stripping legal status, freezing its
  accounts, sealing or raiding its offices, a foreign-agent or "extremist" listing), near any civil-society body
  ("dissolves … association", "cancela … la personería jurídica de … la fundación");
- a step that others take too (suspending, halting, closing, fining), and any step told after the body in the passive,
  only near a body named by what it defends ("suspends … women's rights group", not "suspends … Football
  Association"; "women's association stripped of legal status", not "le collectif de musiciens s'est dissous").

Neither family decides a case alone: the same steps against a charity that embezzled, a bank, a sports body or a
terror-financing front keep their crime words (`Signal.ORDINARY_CRIME`, `Signal.CYBERCRIME`), and the calibration
weighs the whole report.
"""

from typing import NamedTuple

from tocsin_lexicon import Signal, Table, near


class _Outlets(NamedTuple):
    """A newsroom, a station, a site or a channel acted on by the state for what it published or aired (S124: "la HAC
    retire l'agrément de la radio", "PEMRA takes Lahore news channel off air for 30 days", "freezes bank accounts of
    independent TV station", "thu hồi giấy phép trang tin"). The steps are those only a state takes against an outlet,
    or suspending, blocking and revoking a licence; not closing, shuttering or fining it, which owners and advertisers'
    watchdogs do too ("Owner closes weekly after 40 years", "station fined for gambling ads"). Which of the two a
    suspension is, for a broadcast or a technical fault, the rest of the report says (the calibration weighs it)."""

    steps: tuple[str, ...]
    named: tuple[str, ...]
    passive: tuple[str, ...]
    more: tuple[str, ...] = ()
    regulated: tuple[str, ...] = ()  # what a media regulator does to an outlet (`REGULATORS`), fines included


# A media regulator is the state acting on the press: its fine, its switch-off or its block is a step against the
# outlet it names, as no owner's is (S142: "NBC fines Ibadan's Oluyole FM N5m over phone-in programme", "UCC switches
# off Masaka radio station", "BTRC orders block on news portal", "Conatel suspende la señal de un canal"). Whether
# for what the outlet aired or for gambling ads or unpaid fees, the rest of the report says (the calibration weighs it)
REGULATORS = (
    *("NBC", "National Broadcasting Commission", "PEMRA", "BTRC", "UCC", "MCMC", "NTC", "BAZ", "MIB", "ENACOM"),
    *("CONATEL", "Conatel", "Telcor", "Senatel", "HAC", "HAAC", "CSA", "CNC", "Arcom", "ARCOM", "RTÜK", "IFT"),
    *("JEE", "Jurado Electoral Especial"),  # S173: "JEE multa a diario limeño por difundir una encuesta"
    *("ANP", "Autorité nationale de la presse"),  # S198 : « l'ANP suspend « L'Éclaireur d'Abidjan » »
    # S203: Sri Lanka's Online Safety Commission, the Maldives Media Council
    *("Online Safety Commission", "Commission de sécurité en ligne", "Comisión de Seguridad en Línea"),
    *("Media Council", "Consejo de Medios", "Conseil des médias"),
    # S223: the Maldives Media Commission ("la Commission des médias inflige une amende record à une chaîne")
    *("Media Commission", "Commission des médias", "Comisión de Medios", "Comisión de Medios de Maldivas"),
    # S209: Tanzania's regulator ("La Autoridad Reguladora de Comunicaciones de Tanzania consideró que el dibujo …")
    *("TCRA", "Tanzania Communications Regulatory Authority", "Autoridad Reguladora de Comunicaciones"),
    *("media regulator", "Haute Autorité de la Communication", "Alta Autoridad de Comunicación"),  # S213: the Sahel
    "CNRA",  # S214: Senegal's « le CNRA suspend pour sept jours la diffusion de la chaîne »
    "POFMA Office",  # S207: "POFMA Office orders news site to carry correction"
    *("Roskomnadzor", "Cục Báo chí", "Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
)


def _table(
    only_state: tuple[str, ...],
    also_others: tuple[str, ...],
    passive: tuple[str, ...],
    bodies: tuple[str, ...],
    defending: tuple[str, ...],
    press: tuple[str, ...],
    outlets: _Outlets,
    more: tuple[str, ...] = (),
) -> Table:
    """Both families (module docstring), the step before the body or a body named by what it defends before a passive
    step, and the outlets' (`_Outlets`); `more`, a language's own phrases of both."""
    acted_on = (
        *more,
        *near(only_state, (*bodies, *defending)),
        *near(also_others, defending),
        *near(defending, passive),
    )
    press_acted_on = (
        *near((*only_state, *also_others), press),
        *near(press, passive),
        *near(outlets.steps, outlets.named),
        *near(outlets.named, outlets.passive),
        *outlets.more,
        *near(tuple(f"{regulator} {act}" for regulator in REGULATORS for act in outlets.regulated), outlets.named),
    )
    return {
        Signal.ARREST: (*acted_on, *press_acted_on),
        Signal.DEFENDER: acted_on,
        Signal.JOURNALIST: press_acted_on,
    }


# --- English -------------------------------------------------------------------------------------------------------

_ONLY_STATE_EN = (
    *("dissolves", "dissolved", "disbands", "disbanded", "deregisters", "deregistered", "proscribes", "proscribed"),
    *("outlaws", "outlawed", "bans", "banned", "moves to dissolve"),  # S183: a collective behind a banned march
    *("cancelled the registration of", "canceled the registration of", "cancels the registration of"),
    *("revoked the registration of", "revokes the registration of", "cancelled the legal personality of"),
    *("refuses to register", "refused to register", "denies registration to", "denied registration to"),
    *("freezes the accounts of", "froze the accounts of", "freezes accounts of", "froze accounts of"),
    *("freezes bank accounts of", "froze bank accounts of", "froze the bank accounts of", "freezes the assets of"),
    *("froze the assets of", "freezes assets of", "froze assets of", "seals the offices of", "sealed the offices of"),
    # (not a bare "storm": "Storm Éowyn floods legal aid clinic")
    *("raids", "raided", "stormed the offices of", "stormed the office of", "searched the offices of"),
    *("search the offices of", "searches the office", "revokes registration of", "revoked registration of"),
    *("search offices of", "searched offices of", "searches offices of", "search office of", "searched office of"),
    *("shutter", "shutters", "shuttered", "cancels FCRA licence of", "cancelled the FCRA licence of"),
    *("cancels legal personality of", "cancels the legal personality of", "cancelled legal personality of"),
    *("cancels legal status of", "cancels the legal status of", "cancelled the legal status of"),
    *("orders dissolution of", "orders the dissolution of", "ordered the dissolution of"),
    *("orders liquidation of", "orders the liquidation of", "ordered the liquidation of", "liquidates"),  # S215
    *("refuses to renew registration of", "refused to renew the registration of", "refuses to renew the registration"),
)
_ALSO_OTHERS_EN = (
    *("suspends", "suspended", "halts", "halted", "shuts down", "shut down", "closes", "closed", "fines", "fined"),
    # (not "adds", "lists" or "designates": "EU adds 40 election monitors to its mission")
    *("summons", "summoned", "audits", "audited", "freezes", "froze", "evicts", "evicted", "strips", "stripped"),
)
_PASSIVE_EN = (
    *("stripped of legal status", "stripped of its legal status", "deregistered", "dissolved by", "banned by"),
    *("declared 'undesirable'", "declared undesirable", "declared 'extremist'", "listed as 'extremist'"),
    *("added to the 'foreign agents' register", "added to the foreign agents register", "labelled a foreign agent"),
    *("accounts frozen", "accounts were frozen", "offices raided", "office was raided", "offices were raided"),
    "bank accounts frozen",
    # S164: "adds Lake Baikal conservation group to 'foreign agents' register"
    *("to 'foreign agents' register", "to the 'foreign agents' register", "to the foreign agents register"),
    "'undesirable'",  # S103: "declares Oslo-based rights group Baltic Watch 'undesirable'"
)
# (not a bare "network", "council", "centre", "league" or "union": a fraud network, a city council, a shopping centre,
# a football league and the African Union are raided, dissolved or banned too)
_BODIES_EN = (
    *("association", "associations", "foundation", "NGO", "NGOs", "non-governmental organisation*", "collective"),
    *("trade union", "civil society organisation*", "civil society organization*", "civil society group*"),
    "civil-society group*",
)
_DEFENDING_EN = (
    *("rights group", "rights groups", "rights organisation", "rights organization", "rights NGO", "rights forum"),
    *("rights centre", "rights center", "rights council", "rights league", "rights network", "rights clinic"),
    *("rights association", "rights collective", "rights monitor", "rights monitors", "rights coalition"),
    *("legal-aid", "legal aid", "legal clinic", "women's association", "women's group", "women's network"),
    *("women's organisation", "women's organization", "students' union", "student union", "students' group"),
    *("environmental group", "environmental organisation", "environmental organization", "green group"),
    *("protection group", "indigenous organisation", "indigenous organization", "peasant", "farmworkers'"),
    *("support network", "solidarity council", "election monitors", "election watchdog", "observer network"),
    *("election-monitoring", "anti-corruption group", "watchdog group"),  # S215: Georgia's and Kyrgyzstan's NGOs
    *("monitoring group", "monitoring forum", "migrant shelter", "migrants' shelter", "independent union"),
    *("students' congress", "land-rights", "land rights", "aid group", "relief group", "civic groups"),
    *("women's collective", "LGBTI", "LGBT", "LGBTQ", "indigenous", "Indigenous"),
    # S164: "declares exiled Baikal conservation group 'undesirable'"
    *("conservation group", "conservation groups", "conservation organisation", "conservation organization"),
    *("environmental NGO", "green NGO", "conservation NGO"),
    "civic coalition",  # S194: "Mali dissolves civic coalition that petitioned for return to civilian rule"
    "group documenting",  # S109: "brands Berlin-based group documenting social media prosecutions 'undesirable'"
)
_PRESS_EN = ("press association", "journalists' association", "journalists' union", "press union", "press club")
_OUTLETS_EN = _Outlets(
    steps=(
        *(step for step in _ONLY_STATE_EN if not step.startswith("shutter")),  # owners shutter newspapers too
        *("suspends", "suspended", "suspension of", "blocks", "blocked", "blocks access to", "blocking of"),
        *("revokes the licence of", "revoked the licence of", "revokes the license of", "revoked the license of"),
        *("revokes licence of", "revoked licence of", "revokes license of", "revoked license of"),
        *("cancels the licence of", "cancelled the licence of", "cancels the broadcasting licence of"),
        *("designates", "designated"),  # (not "declares": "declared to the newspaper")
        # S128: "search Bishkek newsroom", "occupy offices of weekly", "freeze HK$3.1m of online outlet", "blackout on
        # Ufuk TV"
        *("search", "searched", "searches", "occupy offices of", "occupy the offices of", "occupied the offices of"),
        *("freeze", "freezes", "froze", "blackout on", "broadcast ban on", "seize copies of", "seized copies of"),
        *("seize print run of", "seized print run of", "seize the print run of", "seized the print run of"),  # S200
        *("correction order to", "correction orders to"),  # S207: POFMA
    ),
    named=(
        *("news channel", "TV channel", "television channel", "TV station", "television station", "radio station"),
        *("broadcaster", "newspaper", "news site", "news website", "news portal", "news outlet", "media outlet"),
        *("online outlet", "independent outlet", "weekly", "tabloid", "magazine", "YouTube channel", "podcast"),
        *("news agency", "FM", "independent TV", "newsroom", "newsroom of", "offices of the newspaper"),
        # an outlet named by its brand ("Ufuk TV", "Harmony FM"), a site by what it is (S128: "blocks Dhaka Dispatch
        # website"); (not "media": "blocks social media")
        *("TV", "website", "web portal", "portal", "channel"),
        # S213: the international broadcasters juntas suspend ("Niger's media regulator suspends BBC broadcasts")
        *("BBC", "RFI", "France 24", "TV5Monde", "VOA", "Voice of America", "Deutsche Welle", "Al Jazeera"),
    ),
    passive=(
        *("off air for", "off air over", "off air after", "off the air for", "off the air over", "blocked in"),
        *("blocked by", "licence revoked", "license revoked", "suspended by", "suspended over", "suspended for"),
        *("declared a foreign agent", "designated a foreign agent", "labelled a foreign agent", "'undesirable'"),
        *("raided by", "raided", "accounts frozen", "bank accounts frozen", "declared undesirable"),
        *("off air", "off the air"),  # S128: "ordered Abuja-based Harmony FM off air indefinitely"
    ),
    # steps that name the press by themselves: a licence suspended, accreditation refused, copies pulled, a signal
    # cut, a printer stopped (S128: "PEMRA suspends licence of Lahore's Awaz News", "refuses accreditation to two
    # correspondents", "copies pulled from kiosks", "printers told to halt weekly's run")
    more=(
        *("suspends licence of", "suspends the licence of", "suspended the licence of", "suspends license of"),
        *(
            "suspends the license of",
            "suspended the license of",
            "refuses accreditation to",
            "refused accreditation to",
        ),
        *("denies accreditation to", "denied accreditation to", "withdraws accreditation", "withdrew accreditation"),
        *("revokes accreditation", "revoked accreditation", "strips accreditation", "pulled from kiosks"),
        *("pulled from newsstands", "seized from newsstands", "collected from newsstands", "removed from newsstands"),
        *("stop printing", "halt printing", "cuts the signal of", "cut the signal of", "cut the broadcast signal"),
        # S142: state advertising withheld, a tax "survey" at a newsroom ("Govt offices told to stop ads in Dhaka daily
        # after series on bank loans", "I-T 'survey' at investigative news site")
        *("told to stop ads in", "told to stop advertising in", "withdraws state advertising from", "I-T 'survey'"),
        *("withdrew state advertising from", "I-T survey", "income tax survey at"),
        # S200: advertising halted by the state or its firms, newsprint held at customs, a print run seized ("State
        # firms pull all advertising from Hungarian weekly", "halts government advertising to Lahore daily", "customs
        # keeps newsprint for opposition daily locked up", "Police seize print run of Bulawayo weekly")
        *near(
            ("halt", "halts", "halted", "pull", "pulls", "pulled", "withdraw", "withdraws", "withdrew", "cuts", "cut"),
            ("government advertising", "state advertising", "official advertising"),
        ),
        *near(
            (
                "State firms",
                "state firms",
                "State-owned firms",
                "state-owned firms",
                "State companies",
                "state companies",
            ),
            ("pull all advertising", "pull advertising", "pulled advertising", "withdraw advertising"),
        ),
        *near(("keeps", "withholds", "withheld", "holds", "refused to release", "refuses to release"), ("newsprint",)),
        *("warned not to carry", "told not to carry", "told not to print"),
        # S221-S222: a judge's access ban on news reports ("Turkish court blocks access to news reports on minister's
        # relative's public tender")
        *near(
            ("blocks access to", "blocked access to", "access ban on", "access bans on"),
            ("news reports", "news articles", "news stories"),
        ),
        # S165-S166: reports ordered deleted, a byline forbidden, a daily barred from publishing ("orders business
        # magazine to delete reports on hospital deaths", "told she may not publish under her own name", "bars Nairobi
        # daily from publishing leaked audit")
        *(
            "to delete reports on",
            "to delete its reports",
            "ordered the articles removed",
            "publish under her own name",
        ),
        *("publish under his own name", "daily from publishing", "newspaper from publishing", "weekly from publishing"),
        *("correction direction", "correction directions"),  # S207: a POFMA order, which only the state gives
    ),
    regulated=(
        *("fines", "fined", "slaps", "suspends", "suspended", "switches off", "switched off", "shuts", "shut"),
        *("orders block on", "ordered a block on", "orders blocking of", "blocks", "blocked", "sanctions", "bans"),
        *("takes off air", "took off air", "pulls the plug on", "revokes", "revoked", "withdraws", "withdrew"),
        *("orders", "ordered", "directs", "directed"),  # S207: "POFMA Office orders news site to carry correction"
        *("issued a correction direction to", "issues a correction direction to"),
        *("withdraws licences of", "withdrew licences of", "withdraws the licences of", "withdrew the licences of"),
    ),
)

# --- French --------------------------------------------------------------------------------------------------------

# (not "dissolution de", nor "interdit": "dissolution de l'association des commerçants" may be its members' own vote)
_ONLY_STATE_FR = (
    # S211 : « Managua retire leur statut juridique à 1 500 ONG de plus »
    *("retire leur statut juridique à", "retire le statut juridique de", "retire la personnalité juridique de"),
    # S175 : « le parquet général déclare « indésirable » une ONG de défense des prisonniers politiques »
    *("déclare « indésirable »", "a déclaré « indésirable »", "déclare indésirable"),
    *("déclare « extrémiste »", "a déclaré « extrémiste »"),  # S188
    *("prononce la dissolution d'un", "a prononcé la dissolution d'un"),  # S180 : un syndicat autonome
    *("dissout", "a dissous", "prononce la dissolution de", "retire l'autorisation de", "retire l'autorisation d'"),
    *("gèle les comptes de", "a gelé les comptes de", "gel des comptes de", "gel des avoirs de"),
    *("perquisitionne", "perquisitionnent", "ont perquisitionné", "perquisition au siège de", "met sous scellés"),
    *("retire l'agrément de", "retrait de l'agrément de", "refuse de renouveler l'accréditation de"),
    # (S96 : « Des agents en civil ont bloqué jeudi l'accès au siège de l'Association marocaine des droits humains »)
    *("bloqué … l'accès au siège de", "bloquent … l'accès au siège de"),
    *("bloqué … l'entrée du siège de", "bloquent … l'entrée du siège de"),  # la vingt-neuvième revue
    *("privée de récépissé", "privé de récépissé"),
    *("pas de récépissé pour", "refuse le récépissé à", "refus de récépissé à", "radie"),
)
_ALSO_OTHERS_FR = (*("suspend", "a suspendu", "suspension de", "ferme", "a fermé", "fermeture de"),)
_PASSIVE_FR = (
    *("dissoute", "dissous", "suspendue", "suspendues", "suspendu", "suspendus", "interdite", "interdites"),
    *("privée de récépissé", "privé de récépissé", "comptes bloqués", "comptes gelés", "mis sous scellés"),
    *("déclarée « indésirable »", "déclaré « indésirable »", "« indésirable »", "« agents de l'étranger »"),  # S164
    *("déclarée « extrémiste »", "déclaré « extrémiste »", "déclarée extrémiste"),  # S188
)
_BODIES_FR = (
    # (not a bare "ligue": "Ligue 1 : l'attaquant lyonnais suspendu trois matches")
    *("association", "associations", "l'association", "ONG", "l'ONG", "collectif", "réseau", "syndicat"),
    *("plateforme citoyenne", "observatoire", "coordination", "fondation", "organisations de la société civile"),
    *("organisation de la société civile", "structures de la société civile", "section locale de la Ligue"),
)
_DEFENDING_FR = (
    *("droits humains", "droits de l'homme", "droits citoyens", "défense des droits", "collectif syndical"),
    *("syndicat autonome", "syndicat indépendant", "confédération syndicale"),  # S180
    # S164 : « une ONG de défense du lac Baïkal déclarée « indésirable » »
    *("ONG de défense", "association de défense", "collectif de défense", "écologiste", "défense de l'environnement"),
    *(
        "anticorruption",
        "anti-corruption",
        "lutte contre la corruption",
    ),  # S172 : « suspend une association anticorruption »
    *("association de jeunesse", "aide aux migrants", "droits des femmes", "observatoire citoyen", "ligue des droits"),
    *("réprimés", "prisonniers politiques"),  # S188 : « la Fondation … qui soutient les athlètes réprimés »
)
_PRESS_FR = (
    *("syndicat des agents de la presse", "syndicat des journalistes", "association des journalistes"),
    *("Union des journalistes", "union des journalistes"),
)
_OUTLETS_FR = _Outlets(
    steps=(
        *_ONLY_STATE_FR,
        *("suspend", "a suspendu", "suspension de", "suspension du", "retire la licence de", "retrait de la licence"),
        "suspension d'",  # S138 : « la suspension d'Horizon FM par la HAC »
        *("retire sa licence à", "retire la fréquence de", "retire l'autorisation d'émettre", "coupe le signal de"),
        *("a coupé le signal de", "bloque", "a bloqué", "blocage de", "blocage du", "interdit", "interdiction de"),
        *("interdiction du", "descente", "descente au siège de", "ne plus tirer", "ne plus imprimer"),
        *("arrêt du tirage de", "saisie du", "saisie de"),  # (not "déclare": "a déclaré aux médias")
        *("gèle", "a gelé", "occupent les locaux de", "ont occupé les locaux de", "ont fouillé les locaux de"),
    ),
    # (not "la chaîne": "suspension de la chaîne de production")
    named=(
        *("quotidien", "l'hebdomadaire", "hebdomadaire", "journal", "le journal", "la radio", "radio", "la station"),
        *("station de radio", "chaîne de télévision", "chaîne de télé", "chaîne privée", "chaîne d'information"),
        *("chaîne YouTube", "télévision", "la télévision", "site d'information", "site d'informations"),
        *("site d'actualité", "journal en ligne", "média", "le média", "bimensuel", "mensuel", "périodique"),
        *("émission", "l'émission", "le magazine", "la rédaction", "rédaction", "siège du journal"),
        "siège du quotidien",
        *("Télé", "TV", "chaîne Telegram", "chaîne de radio", "agence de presse"),  # S128 : « Kin Télé Plus »
        *("Maison de la presse", "la Maison de la presse"),  # S136 : « la Maison de la presse suspendue »
        "FM",  # S138 : « Horizon FM »
        # S217 : « suspend pour trois mois un magazine en ligne »
        *("magazine en ligne", "un magazine", "revue en ligne", "une revue"),
        # S222-S223 : « le CNRA suspend pour 72 heures le signal de Sen Avenir TV », « une amende … à une chaîne »
        *("le signal de", "le signal d'", "à une chaîne"),
    ),
    passive=(
        *("suspendu", "suspendue", "suspendus", "interdit de parution", "interdite de parution", "privé d'antenne"),
        *("privée d'antenne", "coupé", "bloqué", "bloquée", "perquisitionné", "perquisitionnée", "fermé par"),
        *("fermée par", "retrait de son agrément", "retrait de sa licence", "« indésirable »", "indésirable"),
        *("« extrémiste »", "extrémiste", "« extrémistes »"),  # S128 : « la chaîne Telegram … jugée « extrémiste » »
    ),
    # des pas qui nomment la presse d'eux-mêmes : le signal coupé, l'accréditation refusée, les exemplaires retirés
    # (S128 : « le CSAC coupe le signal de Kin Télé Plus », « privés d'accréditation », « retirée des kiosques »)
    more=(
        *("coupe le signal de", "a coupé le signal de", "couper le signal de", "privés d'accréditation"),
        # S178 : un juge qui fait dépublier une enquête et en interdit la suite
        *("de dépublier", "retirer une enquête de son site", "interdit d'en publier la suite"),
        *near(("suspend", "suspendu", "suspendue", "suspension"), ("parutions",)),  # S198 : « pour quinze parutions »
        *("privé d'accréditation", "privée d'accréditation", "retire l'accréditation", "retiré l'accréditation"),
        # S200 : la publicité de l'État retirée, le papier bloqué
        *near(
            ("retire", "a retiré", "suspend", "a suspendu", "coupe", "a coupé", "prive"),
            (
                "la publicité publique",
                "la publicité de l'État",
                "la publicité institutionnelle",
                "les annonces légales",
            ),
        ),
        *near(("bloque", "a bloqué", "retient", "retenu"), ("le papier journal", "le stock de papier")),
        *("refuse l'accréditation", "refusé l'accréditation", "demandes d'accréditation", "retirée des kiosques"),
        *("retiré des kiosques", "retirés des kiosques", "retirées des kiosques", "saisis dans les kiosques"),
        *("ramassé les exemplaires", "saisie des exemplaires", "saisi les exemplaires"),
        # S142 : « le ministère retire les fréquences de Lamban FM », « L'imprimerie publique cesse de tirer « Le
        # Quotidien … », privé de publicité ANEP »
        *("retire les fréquences de", "a retiré les fréquences de", "cesse de tirer", "privé de publicité"),
        # S189 : « retire les agréments de quatre radios », « dix jours de suspension d'antenne à une chaîne »
        *("retire les agréments de", "a retiré les agréments de", "suspension d'antenne"),
        # S209 : « le régulateur suspend pour trente jours la licence d'une chaîne en ligne »
        *near(
            ("suspend", "a suspendu", "retire", "a retiré"),
            ("la licence d'une chaîne", "la licence de la chaîne", "la licence d'une radio", "la licence de la radio"),
        ),
        *near(("suspend", "a suspendu"), ("la diffusion de la chaîne", "la diffusion de l'émission")),  # S214
        *("jours d'écran noir", "d'écran noir"),  # S206 : « le RTÜK inflige … cinq jours d'écran noir à la chaîne »
        # S207 : « contraindre le média en ligne à publier un avis de correction » (la POFMA de Singapour)
        *("à publier un avis de correction", "ordre de correction", "ordres de correction"),
        "instruction de correction",
    ),
    regulated=(
        *("suspend", "a suspendu", "retire", "a retiré", "sanctionne", "a sanctionné", "inflige", "a infligé"),
        *("coupe", "a coupé", "ferme", "a fermé", "met en demeure", "a mis en demeure", "interdit", "a interdit"),
    ),
)

# --- Spanish -------------------------------------------------------------------------------------------------------

# (not a bare "cierra", "clausura" or "cancela": a probe of criminal organisations is closed, a congress has its
# "clausura", an event is cancelled)
_ONLY_STATE_ES = (
    *("declara extremista al", "declaró extremista al", "declara extremista a"),  # S180: un sindicato (Bielorrusia)
    *("declara indeseable", "declaró indeseable"),  # S205: "declara 'indeseable' a una ONG" (quotes are not read)
    *("cancela la personería jurídica de", "canceló la personería jurídica de", "cancela el registro de"),
    *("canceló el registro de", "canceló la inscripción de", "disuelve", "disolver a", "disolución de", "ilegaliza"),
    *("cancela la personalidad jurídica de", "canceló la personalidad jurídica de", "procedimiento sancionador contra"),
    *(
        *("registra la sede de", "registran la sede de", "registró la sede de"),  # S171: una organización LGBT
        *("registra la redacción de", "registró la redacción de", "allana la redacción de", "allanó la redacción de"),
        "allana",
        "allanan",
        "allanaron",
        "allanó",
        "allanamiento de",
        "bloquean las cuentas de",
        "bloquea las cuentas de",
    ),
    *("congela las cuentas de", "congelan las cuentas de", "congeló las cuentas de", "niega la inscripción de"),
    *(
        "anuló la personalidad jurídica de",
        "anula la personería jurídica de",
        "irrumpen en la sede de",
        "congela fondos de",
    ),
    *("inmoviliza las cuentas de", "inmovilizó las cuentas de", "inmoviliza cuentas de"),
    *("niega por segunda vez la inscripción de", "excluye de su registro a", "rechazó la solicitud del"),
    "rechaza la solicitud de",
)
_ALSO_OTHERS_ES = (*("suspende", "suspendió", "multa a", "multó a", "sanciona a", "sancionó a"),)
_PASSIVE_ES = (*("disuelta", "clausurada", "allanada", "suspendida", "ilegalizada", "cuentas congeladas"),)
# (not a bare "organización" or "red": criminal organisations and drug networks are raided too)
_BODIES_ES = (
    *("ONG", "la ONG", "oenegés", "asociación", "asociaciones", "fundación", "colectivo", "coordinadora", "sindicato"),
    *("clínica jurídica", "casa refugio", "albergue", "observatorio"),
)
_DEFENDING_ES = (
    *("derechos humanos", "Red de Mujeres", "red de mujeres", "defensoras", "defensores", "LGBTIQ+", "indígena"),
    # (not "campesinos" nor "personas migrantes" alone: those a group serves may be an employer's victims)
    *("campesina", "Clínica Jurídica", "clínica jurídica", "indígenas", "Indígenas", "LGBT"),
)
_PRESS_ES = ("asociación de periodistas", "sindicato de periodistas", "colegio de periodistas")
_OUTLETS_ES = _Outlets(
    steps=(
        *_ONLY_STATE_ES,
        *("suspende", "suspendió", "suspensión de", "suspensión del", "revoca la licencia de", "revocó la licencia de"),
        *("revoca la concesión de", "revocó la concesión de", "cancela la licencia de", "canceló la licencia de"),
        *("cancela la concesión de", "no renueva la concesión de", "saca del aire", "sacó del aire", "sacan del aire"),
        *("clausura", "clausuró", "clausuran", "clausuraron", "bloquea", "bloqueó", "bloqueo de", "bloqueo del"),
        *("confisca", "confiscó", "decomisa", "decomisó", "toma la sede de", "ocupa la sede de"),
        *("ocuparon la sede de", "congela", "congeló"),  # (not "declara": "declaró al diario")
        # S128: "declara «indeseable» al diario digital", "ordena secuestrar el último número de la revista"
        *("declara «indeseable»", "declaró «indeseable»", "declara indeseable", "declara «extremista»"),
        *("secuestrar", "secuestro de", "secuestro del", "inscribe de oficio a"),
        *(
            "ordena el cierre de",
            "ordenó el cierre de",
        ),  # S206: "Un tribunal … ordena el cierre de un diario reformista"
    ),
    # (not "canal" alone: "el Canal de Panamá suspende tránsitos")
    named=(
        *("diario", "el diario", "periódico", "el periódico", "semanario", "el semanario", "emisora", "la emisora"),
        *("radioemisora", "radio comunitaria", "canal de televisión", "canal de noticias", "canal de YouTube"),
        *("televisora", "la televisora", "noticiero", "medio digital", "medio independiente", "portal de noticias"),
        *("revista", "la revista", "medio de comunicación", "la redacción", "FM", "canal de TV", "canal privado"),
        *("diario digital", "revista digital", "agencia de noticias", "TV"),
        "portal",  # S197: "declara «indeseable» al portal independiente"
    ),
    passive=(
        *("suspendida", "suspendido", "clausurada", "clausurado", "allanada", "allanado", "fuera del aire"),
        *("sacada del aire", "sacado del aire", "bloqueado", "bloqueada", "confiscado", "confiscada"),
        *("cuentas congeladas", "«indeseable»", "indeseable"),
        *("agente extranjero", "«agente extranjero»", '"agente extranjero"'),  # S128
    ),
    # (S128: "retira las credenciales a los corresponsales", "Ordenan a cableras sacar de su parrilla a Teleistmo",
    # "retirar los ejemplares de los quioscos")
    more=(
        *("apagar los transmisores", "apagaron los transmisores", "apaga los transmisores", "retira las credenciales"),
        *("retiró las credenciales", "retira la acreditación", "retiró la acreditación", "niega la acreditación"),
        *("negó la acreditación", "sacar de su parrilla", "saca de su parrilla", "retiren la señal del canal"),
        *("retirar la señal del canal", "corta la señal de", "cortó la señal de", "cortar la señal de"),
        *("retirar los ejemplares", "retiran los ejemplares", "retirados de los quioscos"),
        # S178: "Jueza ordena a portal de noticias bajar notas … y le prohíbe volver a mencionarla"
        *("bajar notas", "bajar las notas", "prohíbe volver a mencionarla", "prohíbe volver a mencionarlo"),
        # S142: "retira la pauta oficial a El Correo del Sur tras sus notas", "Imprenta deja de tirar el semanario"
        *("retira la pauta oficial", "retiró la pauta oficial", "quita la pauta oficial", "deja de tirar"),
        # S200: la publicidad oficial retirada, el papel retenido en la aduana, una imprenta que deja de imprimir tras
        # la visita del fisco
        *near(
            ("retira", "retiró", "suspende", "suspendió", "cancela", "canceló", "quita", "quitó"),
            ("la publicidad oficial", "publicidad oficial", "la publicidad estatal", "publicidad estatal"),
        ),
        *near(
            ("retiene", "retuvo", "retienen", "mantiene retenido"),
            ("el papel y la tinta", "el papel", "papel periódico"),
        ),
        *near(("deja de imprimir", "dejó de imprimir"), ("tras una visita", "tras la visita", "por presiones")),
        "dejó de tirar",
        *("orden de corrección", "órdenes de corrección", "a publicar una corrección"),  # S207: la POFMA de Singapur
        # S216: "Tribunal ordena a El Pitazo retirar reportaje", "prohíbe además al medio publicar nuevas informaciones"
        *near(("ordena a", "ordenó a"), ("retirar reportaje", "retirar el reportaje", "retirar la nota")),
        *near(
            ("prohíbe", "prohibió", "prohíbe además"), ("al medio publicar", "al diario publicar", "al portal publicar")
        ),
        # S213: "La junta de Malí suspende la emisión de una cadena francesa"
        *near(
            ("suspende la emisión de", "suspendió la emisión de"), ("una cadena", "la cadena", "cadenas", "emisoras")
        ),
        # S209: "Tanzania cierra durante 30 días un diario digital por una viñeta" (un cierre con plazo, del Estado)
        *near(("cierra durante", "cerró durante", "clausura durante"), ("diario", "periódico", "semanario", "emisora")),
        *near(("cierra durante", "cerró durante", "clausura durante"), ("diario digital", "medio digital", "canal")),
    ),
    regulated=(
        *("suspende", "suspendió", "multa", "multó", "sanciona", "sancionó", "ordena bloquear", "ordenó bloquear"),
        *("ordena a las operadoras bloquear", "ordenó a las operadoras bloquear"),  # S205
        *("cierra", "cerró", "se llevó", "retira", "retiró", "saca del aire", "sacó del aire", "ordena cerrar"),
        *("ordena el cierre de", "ordenó el cierre de"),  # S175: "Conatel ordena el cierre de emisora de Barinas"
    ),
)

# --- Vietnamese ----------------------------------------------------------------------------------------------------

_ONLY_STATE_VI = (
    *("giải thể", "đình chỉ hoạt động", "phong tỏa tài khoản", "khám xét trụ sở", "khám xét văn phòng"),
    *("niêm phong trụ sở", "niêm phong văn phòng", "thu hồi giấy phép hoạt động của", "không cấp phép cho"),
)
_ALSO_OTHERS_VI = (*("đình chỉ", "phạt", "xử phạt"),)
_PASSIVE_VI = (*("bị giải thể", "bị đình chỉ hoạt động", "bị phong tỏa tài khoản", "bị khám xét"),)
# (not "trung tâm nghiên cứu": a university closes research centres; not "hội bảo vệ" alone: consumers' associations)
_BODIES_VI = (
    *("tổ chức phi chính phủ", "tổ chức xã hội dân sự", "nhóm xã hội dân sự", "công đoàn độc lập", "mạng lưới"),
    *("trung tâm hỗ trợ", "tổ chức hỗ trợ", "nhóm vận động", "nhóm tư vấn pháp lý", "hội bảo vệ môi trường"),
)
_DEFENDING_VI = (*("quyền lao động", "quyền phụ nữ", "bảo vệ môi trường", "nhân quyền", "nhóm nữ công nhân", "LGBT"),)
_PRESS_VI = ("hội nhà báo độc lập",)
_OUTLETS_VI = _Outlets(
    steps=(
        *_ONLY_STATE_VI,
        *("đình chỉ", "tạm đình chỉ", "thu hồi giấy phép", "tước giấy phép", "chặn", "phong tỏa", "khám xét"),
        # a fine too, unlike the other languages: the Vietnamese press's regulators fine an outlet for what it
        # published, and owners do not (S128: "Sở Văn hóa … phạt trang tin … vì đăng bài")
        "phạt",
    ),
    named=(
        *("tạp chí", "tạp chí điện tử", "trang tin", "trang tin điện tử", "trang thông tin điện tử", "tờ báo"),
        *("báo điện tử", "kênh truyền hình", "kênh", "đài truyền hình", "đài phát thanh", "kênh YouTube", "tòa soạn"),
        *("trang tin độc lập", "hãng tin", "hãng tin độc lập", "trang tin tổng hợp"),
    ),
    passive=(
        *("bị đình chỉ", "bị thu hồi giấy phép", "ngừng phát sóng", "không mong muốn", "bị chặn", "bị khám xét"),
        *("bị phong tỏa", "bị tước giấy phép", "ngừng hoạt động", "tổ chức không mong muốn"),
    ),
    # S128: "bị đình bản ba tháng", "đề nghị thu hồi tên miền"
    more=(
        *("đình bản", "bị đình bản", "thu hồi tên miền", "khám xét tòa soạn", "ngắt sóng", "cắt sóng"),
        "đình chỉ phát sóng",  # S213: "Niger đình chỉ phát sóng BBC trong ba tháng"
        # S142: "Thu hồi toàn bộ ấn phẩm số Tết của tạp chí … vì bài thơ"
        *near(("thu hồi toàn bộ ấn phẩm", "thu hồi ấn phẩm", "thu hồi số báo"), ("của tạp chí", "của báo")),
    ),
    regulated=("đình chỉ", "thu hồi", "xử phạt", "phạt"),
)

# the state closing NGOs by the dozen: "El Mint cancela otras 23 ONG" (S84)
# and demanding their lists: "el Gobierno intima a 40 ONG a entregar las listas de sus socios" (S88)
_CLOSED_ES = near(("cancela", "canceló", "cancelan", "cierra", "cerró", "intima a", "intimó a"), ("ONG", "oenegés"))

# an NGO suspended or fined by name: no one but the state suspends or fines an NGO itself (S208: « le ministère de
# l'Administration territoriale suspend l'ONG Horizons Droits pour trois mois »; a donor suspends its funding, not the
# NGO)
_NAMED_NGO_FR = (
    *("suspend l'ONG", "a suspendu l'ONG", "suspension de l'ONG", "suspendu l'ONG"),
    # S215 : « le ministère de la Justice inflige une amende à une ONG qui refuse de s'enregistrer comme « agent
    # étranger » »
    *near(("inflige une amende à", "a infligé une amende à"), ("une ONG", "l'ONG", "une association", "l'association")),
)

TABLES: dict[str, Table] = {
    "en": _table(_ONLY_STATE_EN, _ALSO_OTHERS_EN, _PASSIVE_EN, _BODIES_EN, _DEFENDING_EN, _PRESS_EN, _OUTLETS_EN),
    "fr": _table(
        _ONLY_STATE_FR, _ALSO_OTHERS_FR, _PASSIVE_FR, _BODIES_FR, _DEFENDING_FR, _PRESS_FR, _OUTLETS_FR, _NAMED_NGO_FR
    ),
    "es": _table(
        _ONLY_STATE_ES, _ALSO_OTHERS_ES, _PASSIVE_ES, _BODIES_ES, _DEFENDING_ES, _PRESS_ES, _OUTLETS_ES, _CLOSED_ES
    ),
    "vi": _table(_ONLY_STATE_VI, _ALSO_OTHERS_VI, _PASSIVE_VI, _BODIES_VI, _DEFENDING_VI, _PRESS_VI, _OUTLETS_VI),
}
