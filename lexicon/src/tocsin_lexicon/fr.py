"""French phrases per signal (Tunisia, Francophone Africa, France, RSF and Amnesty releases)."""

from tocsin_lexicon import IN_DIGITS, Signal, Table, beside, near
from tocsin_lexicon.past import TEACHING_POSTS_LEFT

# Phrase families: an act near its object ("la saisie de ses deux téléphones", "ses appels avaient été écoutés").
_TAKE = ("saisi*", "confisqu*", "fouill*", "exploit*", "copi*", "aspir*", "extrai*", "pirat*", "examen de", "emport*")
_DEVICES = (
    "téléphone*",
    "portable*",
    "smartphone*",
    "ordinateur*",
    "appareils",
    "matériel informatique",
    "disques durs",
)
_TAKEN = ("saisi*", "fouillé*", "confisqué*", "exploité*", "examiné*", "piraté*", "infecté*", "emporté*", "copié*")
_LINES = ("appels", "conversations", "communications", "lignes", "ligne téléphonique")
_HEARD = ("écouté*", "intercepté*", "enregistré*", "surveillé*")
_WATCH = ("surveill*", "espionn*", "pist*")
_WATCHED = ("comptes", "communications", "messages", "conversations", "réseaux sociaux")
_DISCLOSE = ("signal*", "alert*", "prévenu*", "averti*", "informé*", "découvert", "révélé", "divulgué")
_PROLONG = ("prolong*", "renouvel*")
_REMAND = ("détention provisoire", "détention préventive", "détention")
_FLAWS = ("faille*", "vulnérabilit*", "brèche*", "bogue*", "bug")
# Those a step names just after it ("la police arrête trois journalistes", "ouvre une enquête contre un militant"):
# `beside` keeps them as the role the step ties to
_NOMMES = (
    *("journaliste", "journalistes", "militant", "militante", "militants", "blogueur", "blogueuse", "blogueurs"),
    *("opposant", "opposante", "opposants", "avocat", "avocate", "syndicaliste", "syndicalistes", "youtubeur"),
    *("rappeur", "humoriste", "caricaturiste", "étudiant", "étudiante", "étudiants", "universitaire", "écrivain"),
    *("chercheur", "chercheuse", "défenseur", "défenseure", "défenseurs", "activiste", "activistes", "cinéaste"),
    *("formateurs", "formatrices", "organisateurs", "organisatrices"),  # « arrête trois formateurs » (d'un atelier)
)
_COMPTES = (
    *("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "une dizaine de"),
    *IN_DIGITS,  # "arrête 30 journalistes"
)

_CRITIQUER = (
    "moquant",
    "moqué",
    "moquer",
    "critiquant",
    "critiqué",
    "critiquait",
    "critiquaient",
    "critiquer",
    "critique",
    "critiques",
    "insultant",
    "insulté",
    "offense",
    "outrage",
    "caricature",
    "caricaturant",
    "dessin",
    "vidéo",
    "propos",
    "satire",
    "dénonçant",
    "accusant",
    "publication",
    "publications",
    # S126 : « un mème visant un ministre », « avoir manqué de respect aux institutions »
    *("mème", "mèmes", "manqué de respect"),
)
_POUVOIR = (
    "président*",
    "premier ministre",
    "préfet",
    "gouverneur",
    "maire",
    "ministre",
    "ministres",
    "gouvernement",
    "roi",
    "armée",
    "police",
    "autorités",
    "régime",
    "junte",
    "transition militaire",
    "autorités de la transition",
    "régime militaire",
    "pouvoir",
    "chef de l'État",
    "élus",
    "institutions",
)

# les mœurs invoquées contre une publication, et ce qui a été publié (S69)
_MORAL_FR = ("bonnes mœurs", "atteinte à la pudeur", "outrage à la pudeur", "valeurs familiales", "pudeur publique")
_POSTED_FR = (
    *("TikTok", "Instagram", "ses vidéos", "vidéos publiées", "ses publications", "des publications"),
    *("des contenus", "contenus publiés"),
)

# the activities of an NGO suspended (S87)
_SUSPENDS = ("suspend", "a suspendu", "suspendu")
_ACTIVITIES = ("les activités de l'ONG", "les activités de l'association", "les activités du collectif")

# l'intrigue d'une œuvre, dite après l'œuvre (S95 : « Le long-métrage de la réalisatrice … suit un animateur radio
# arrêté ») : ce qui s'y passe n'arrive à personne (`findings._plot_dropped`)
PLOTS_FR = (
    *near(
        ("le long-métrage", "le film", "le roman", "le documentaire", "la pièce", "la série"),
        ("suit un", "suit une", "suit le", "suit la"),
    ),
    *("raconte l'histoire d'un", "raconte l'histoire d'une"),
    # S105 : « la réalisatrice … enferme le spectateur avec un reporter détenu » (pas « son premier long-métrage » : la
    # trentième revue, « la réalisatrice de "Cellule 9", son premier long-métrage, placée en garde à vue »)
    "enferme le spectateur",
    # S107 : « le roman qui met en scène un reporter jeté en prison », « … imagine un journaliste de radio poursuivi »
    *near(("le roman", "ce roman", "la pièce", "la série"), ("met en scène un", "met en scène une")),
    *("imagine un journaliste", "imagine une journaliste", "imagine un reporter", "imagine une reporter"),
    # la trentième revue : « dans ce long-métrage, le réalisateur … met en scène un journaliste emprisonné »
    *near(("ce long-métrage", "ce film", "le long-métrage", "le film"), ("met en scène un", "met en scène une")),
)

TABLE: Table = {
    Signal.ARREST: (
        # S224 : « une ONG environnementale … déclarée « indésirable » par le parquet général »
        *("déclarée indésirable", "déclaré indésirable", "déclarées indésirables", "déclarés indésirables"),
        # S220 : « le KGB classe une association … comme « formation extrémiste » »
        *("comme formation extrémiste", "comme organisation extrémiste", "sur la liste des organisations extrémistes"),
        *("maintenu en détention", "maintenue en détention", "maintenus en détention"),  # S211
        # S202 : l'Office hongrois de protection de la souveraineté ; un régulateur qui sanctionne une chaîne
        *near(("Office de protection de la souveraineté",), ("ouvre une enquête", "enquête sur", "accuse", "exige")),
        *near(
            ("régulateur de l'audiovisuel", "régulateur des médias", "Conseil pour les médias"),
            ("sanctionne", "a sanctionné", "suspend", "inflige", "met en demeure"),
        ),
        # S200 : le matériel des reporters confisqué à un barrage
        *near(("caméras", "drone", "gilets « presse »", "gilets presse"), ("confisqués", "confisquées", "saisis")),
        # S194 : un Cubain « régulé », un chroniqueur condamné à publier des excuses par un tribunal électoral
        *("interdit de quitter l'île", "interdit de quitter le pays", "« régulé »", "« régulée »"),
        *("de publier des excuses", "interdit d'évoquer à nouveau", "registre national des auteurs"),
        *("annule la condamnation", "a annulé la condamnation", "casse la condamnation"),  # S186 : en cassation
        # S182 : une amende à une plateforme qui refuse de bloquer les comptes de journalistes
        *near(("bloquer les comptes de", "bloquer des comptes de"), ("journalistes", "reporters", "opposants")),
        "convoqué par la Division spéciale de cybersécurité",  # S175 : la DSC de Dakar
        *(
            "frappés d'amendes",
            "frappées d'amendes",
            "frappé d'amendes",
        ),  # S171 : « les organisateurs … frappés d'amendes »
        # S170 : la censure militaire qui ordonne le retrait d'une enquête
        *("a exigé le retrait", "exigé le retrait", "censure militaire ordonne", "censeur militaire a exigé"),
        *near(("ordonne au site", "ordonne au journal", "ordonne au quotidien", "ordonne au média"), ("de retirer",)),
        # S160 : un groupe de supporters dissous par décret
        *near(("dissout", "a dissous", "dissolution du"), ("le groupe de supporters", "groupe de supporters")),
        # S158 : un compte fermé sur décision de justice
        *("fermé sur décision de justice", "fermée sur décision de justice"),
        # S152 : un concert annulé sur ordre du ministère, un film privé de visa, un humoriste sommé de retirer un clip
        *("sur ordre du ministère", "sur instruction du ministère", "sommé de retirer"),
        *near(("retiré", "retire", "retrait du", "suspendu", "suspend"), ("visa d'exploitation",)),
        *("entendu par la sûreté", "entendue par la sûreté", "a été auditionné", "a été auditionnée"),
        # S148 : la sanction d'une université ou d'une école contre l'un des siens, et la demande de l'État derrière
        # elle (« un étudiant exclu pour deux ans après le partage d'une vidéo », « sur la base d'un rapport transmis
        # par la sûreté de wilaya », « un professeur … suspendu sur plainte du ministère »)
        *near(
            ("étudiant", "étudiante", "étudiants", "enseignant", "enseignante", "professeur", "universitaire"),
            ("exclu", "exclue", "exclus", "suspendu", "suspendue", "radié", "radiée", "renvoyé", "renvoyée"),
        ),
        *near(
            ("exclusion de", "suspension de", "radiation de", "renvoi de"),
            ("l'étudiant", "l'étudiante", "l'enseignant"),
        ),
        *("traduit en conseil de discipline", "traduite en conseil de discipline", "rapport transmis par la sûreté"),
        *("sur plainte du ministère", "à la demande du ministère", "procédure disciplinaire engagée à la demande"),
        *("convocation à la PLCC", "une convocation à la PLCC"),
        *("visée par une nouvelle plainte", "visé par une nouvelle plainte"),  # S150
        *("ouvert une nouvelle enquête contre", "une nouvelle enquête contre lui", "une nouvelle enquête contre elle"),
        # S148 : « a interdit la diffusion des résultats d'une enquête », « ont saisi … l'ensemble des exemplaires »
        *near(("interdit la diffusion",), ("des résultats", "de l'enquête", "du rapport", "de l'étude")),
        *near(
            ("ont saisi", "a saisi", "saisissent"), ("les exemplaires", "des exemplaires", "l'ensemble des exemplaires")
        ),  # S148 : « vaut à un étudiant … une convocation »
        # S165 : « une infirmière libérée sous caution après quatre mois à Evin pour des publications Instagram »
        *("libéré sous caution", "libérée sous caution", "libérés sous caution", "à Evin", "la prison d'Evin"),
        *("reconvoqué", "reconvoquée", "reconvoqués"),  # « à peine libéré, le chroniqueur … reconvoqué »
        # une libération après une détention (S133 : « le journaliste Abdou Moussa libéré après quatre mois de détention
        # pour une publication sur Facebook ») : la fin des poursuites est la nouvelle
        *near(
            ("libéré", "libérée", "libérés", "remis en liberté", "remise en liberté"),
            ("mois de détention", "jours de détention", "semaines de détention", "ans de détention", "an de détention"),
        ),
        # S212 : « la journaliste … libérée à la faveur d'une grâce présidentielle »
        *near(("libéré", "libérée", "libérés", "libérées"), ("grâce présidentielle", "grâce royale")),
        # S212 : une journaliste sommée de nommer son informateur
        *(
            "révéler l'identité de son informateur",
            "révéler l'identité de sa source",
            "révéler l'identité de ses sources",
        ),
        # des vidéos, une chaîne ou un article retirés à la demande de l'État (S132 : « le parquet fait retirer les
        # vidéos du chroniqueur », « Roskomnadzor fait restreindre la chaîne Telegram », « exige le retrait »)
        *("fait retirer", "fait restreindre", "rendre inaccessible", "rende inaccessible", "exige le retrait"),
        *("a requis le retrait", "requis auprès de YouTube", "requis auprès de Facebook", "ordonne le retrait"),
        # des excuses lues face caméra après une interpellation (S126 : « Un étudiant présente des excuses filmées après
        # un mème visant un ministre », « a lu, face caméra, un texte »)
        *("excuses filmées", "excuses publiques filmées", "contraint de s'excuser", "contrainte de s'excuser"),
        # l'ordre des avocats qui suspend ou radie à la demande du parquet (S122 : « le conseil de l'ordre suspend six
        # mois l'avocat des familles de manifestants tués, à la demande du procureur général »)
        *near(("conseil de l'ordre", "barreau"), ("suspend", "a suspendu", "radie", "a radié")),
        # S120 : « confirme la "réquisition" du journaliste », « depuis son enlèvement à son domicile »
        *beside(("réquisition du",), ("journaliste", "militant", "blogueur", "chroniqueur")),
        *("son enlèvement à son domicile", "enlèvement à son domicile"),
        # S117 : « a interdit, par mesures superprovisionnelles, au site d'investigation … de publier une enquête »
        *near(("a interdit", "interdit"), ("au site d'investigation", "au site d'information", "au journal")),
        # la famille d'un exilé interrogée (S115 : « la police de sécurité nationale interroge la mère d'un militant
        # exilé ») ; un journaliste emmené de nuit (« emmené de nuit par des hommes se réclamant du renseignement »)
        *near(
            ("interroge", "a interrogé", "ont interrogé", "convoque", "a convoqué", "ont convoqué"),
            tuple(
                f"{kin} d'{one}"
                for kin in ("la mère", "le père", "les parents", "la famille", "le frère", "la sœur", "l'épouse")
                for one in ("un", "une")
            ),
        ),
        *("emmené de nuit", "emmenée de nuit", "se réclamant du renseignement", "se réclamant des services"),
        # S113 : « La justice suspend pour un mois les activités de l'Observatoire », « ordonné la suspension de
        # l'association »
        *near(("suspend", "a suspendu", "suspendu"), ("les activités de l'Observatoire", "les activités de la Ligue")),
        *("ordonné la suspension de l'association", "ordonne la suspension de l'association"),
        # les restrictions plus discrètes (S112 : « interdite d'accès à la séance plénière », « visé par un contrôle
        # fiscal », « la HAC suspend Kénédougou TV », « le CNC suspend … le présentateur », « suspendu pour trois
        # parutions », « expulsé du point de presse … persona non grata »)
        *("interdite d'accès à la séance", "interdit d'accès à la séance", "interdite d'accès", "interdit d'accès"),
        *(
            "visé par un contrôle fiscal",
            "visée par un contrôle fiscal",
        ),  # (pas « un contrôle fiscal » seul : un litige de TVA)
        *near(("suspend", "a suspendu", "suspendu"), ("TV", "le présentateur", "la présentatrice", "le chroniqueur")),
        *near(("suspendu", "suspendue"), ("parutions",)),
        *("expulsé du point de presse", "expulsée du point de presse", "persona non grata"),
        *near(("l'accès au site",), ("bloqué",)),
        # S107 : « l'ordonnance … qui interdit au site d'investigation Le Fil Rouge de publier la suite de son enquête »
        *near(
            ("interdit au site", "interdit au journal", "interdit au média", "interdit à l'hebdomadaire"),
            ("de publier",),
        ),
        # S108 : « toujours retenu à la police judiciaire sans inculpation »
        *("retenu à la police judiciaire", "retenue à la police judiciaire", "toujours retenu", "toujours retenue"),
        *("des poursuites ont été annoncées", "poursuites ont été annoncées"),  # S106
        *near(("frappé d'une", "frappée d'une", "frappé d'un", "frappée d'un"), ("ISTN", "interdiction")),  # S104
        # S104 : « frappée d'une ISTN » (interdiction de sortie du territoire)
        *("ISTN", "une ISTN"),
        *("restreint l'accès aux publications", "a restreint l'accès aux publications"),  # vingt-neuvième revue
        # l'interpellation de quelqu'un (S99 : « confirme l'interpellation d'un youtubeur pour des vidéos » ; pas
        # « l'interpellation du ministre », une question au gouvernement)
        *("l'interpellation d'un", "l'interpellation d'une", "son interpellation", "leur interpellation"),
        # des publications restreintes à la demande d'un gouvernement (S97 : « Meta a restreint des publications du
        # journaliste … à la demande du gouvernement », « bloqué localement trois vidéos »)
        *("a restreint des publications", "restreint des publications", "bloqué localement"),
        # retenu à l'aéroport, à la frontière (S96 : « le correspondant de l'ONG retenu six heures à l'aéroport
        # d'Alger » ; pas « retenu » seul : « le tribunal a retenu les images »)
        *near(
            ("retenu", "retenue", "retenus", "retenues"),
            ("à l'aéroport", "à son arrivée", "à la frontière", "par la police des frontières", "heures à l'aéroport"),
        ),
        # un tribunal ordonne de dépublier une enquête (S86 : « ordonne à un site d'investigation de retirer une
        # enquête », « a enjoint au média en ligne … de dépublier »)
        *near(("ordonne à", "a ordonné à", "a enjoint au", "a enjoint à", "enjoint à"), ("de retirer une enquête",)),
        *near(
            ("ordonne à", "a ordonné à", "a enjoint au", "a enjoint à", "enjoint à", "ordonne au", "a ordonné au"),
            ("de dépublier",),
        ),
        # des pas avant l'arrestation contre une association, une radio, un site (S81)
        *("privées de leur personnalité juridique", "privée de sa personnalité juridique"),
        *("retire sa licence à", "retire la licence de", "a retiré sa licence à", "a retiré la licence de"),
        *near(("les comptes",), ("gelés", "ont été gelés", "bloqués", "ont été bloqués")),
        *near(_SUSPENDS, _ACTIVITIES),
        # l'argent, l'existence ou l'activité d'une association coupés (S83 : « ordonné le gel des comptes bancaires de
        # Manara », « privée de récépissé depuis trois ans », « le gouvernement dissout la Coordination citoyenne »)
        *("gel des comptes", "gel de ses comptes", "gèle les comptes", "a gelé les comptes"),
        *("privée de récépissé", "privé de récépissé", "refus de récépissé"),
        *near(
            ("dissout", "a dissous", "dissolution de", "suspend", "a suspendu", "suspension du", "suspension de"),
            ("la coordination", "le collectif", "le réseau", "le syndicat", "la ligue", "l'ONG", "l'association"),
        ),
        *near(("le site d'information", "le média en ligne", "le site"), ("inaccessible", "n'est plus accessible")),
        # l'agrément d'une ONG retiré, un correspondant expulsé (S43)
        *("retire l'agrément", "a retiré l'agrément", "retrait de l'agrément", "retire son agrément"),
        *(
            "expulse le correspondant",
            "a expulsé le correspondant",
            "expulse la correspondante",
            "expulsion du correspondant",
        ),
        # un « agent de l'étranger » désigné ; refoulé à la frontière, empêché de voyager ; des sites bloqués, une
        # association suspendue (S56)
        *("agent de l'étranger", "agents de l'étranger", "désigné agent étranger", "désignée agent étranger"),
        *("refoulé à l'aéroport", "refoulée à l'aéroport", "refoulé à la frontière", "refoulée à la frontière"),
        *("empêché de voyager", "empêchée de voyager", "interdit d'entrée", "interdite d'entrée"),
        *("refoulé par la police des frontières", "refoulée par la police des frontières"),  # (S84)
        # (S87 : « sommée par la Cour supérieure de révéler sa source »)
        *("révéler sa source", "sommée de révéler", "sommé de révéler"),
        # S186 : « ordonne à une journaliste de dévoiler l'identité de sa source »
        *("dévoiler l'identité de sa source", "dévoiler sa source", "dévoiler ses sources"),
        *(
            "ordonne le blocage",
            # le site d'une ONG bloqué (S65)
            *("le blocage du site", "blocage du site", "site a été bloqué", "bloque le site"),
            # un régulateur suspend un média (S66 : « la HAC suspend un site d'information pour 3 mois »)
            *beside(
                ("suspend", "a suspendu", "suspendent"),
                (
                    *("un site d'information", "le site d'information", "le journal", "un journal", "la radio"),
                    *("une radio", "la chaîne", "le quotidien", "l'hebdomadaire", "la télévision"),
                    *("un quotidien", "un hebdomadaire"),  # S104 : « la HAAC suspend un quotidien »
                ),
            ),
            # « le site d'information Radio M a été bloqué sur ordre des autorités » (the twenty-second review)
            *near(("le site d'information", "le site de l'association", "le site de l'ONG"), ("a été bloqué",)),
            "a ordonné le blocage",
            # une enquête retirée sur ordre d'un tribunal (the twenty-third review)
            *near(
                ("de retirer", "de supprimer"),
                ("son enquête", "ses articles", "son article", "ses enquêtes", "son reportage", "ses reportages"),
            ),
            # la justice ordonne le retrait d'une enquête, interdit de la publier, ou en lève l'interdiction (S71 :
            # « ordonne le retrait d'une vidéo d'enquête », « lève l'interdiction de publier une enquête »)
            *near(
                ("ordonne le retrait", "a ordonné le retrait", "ordonnant le retrait"),
                ("enquête", "reportage", "article", "articles"),
            ),
            *("interdiction de publier", "interdit de publier", "interdite de publier", "révéler ses sources"),
            *near(("interdit à", "a interdit à", "avait interdit à"), ("de paraître", "de publier")),
            # une amende infligée à une chaîne (the twenty-fifth review: « Le CNRA inflige une amende à la chaîne »)
            *near(
                ("inflige une amende à", "a infligé une amende à", "inflige une amende de"),
                ("la chaîne", "une chaîne", "la radio", "une radio", "le site", "la télévision"),
            ),
            "suspend la ligue",
            "suspend une ligue",
            "suspend l'association",
        ),
        # une expulsion ordonnée (S54) : « la préfecture ordonne l'expulsion d'un militant », une OQTF
        *("obligation de quitter le territoire", "ordonne l'expulsion", "a ordonné l'expulsion", "arrêté d'expulsion"),
        *("valide l'expulsion", "confirme l'expulsion"),  # S195 : « le Conseil d'État valide l'expulsion d'un imam »
        # interdite de quitter le territoire ; entendu par la DGSI ou en audition libre
        *(
            "interdit de quitter le territoire",
            "interdite de quitter le territoire",
            "interdits de quitter le territoire",
            "interdites de quitter le territoire",
            *("empêché de quitter le territoire", "empêchée de quitter le territoire"),
            *("empêchée de quitter", "empêché de quitter"),  # (S89 : « empêchée de quitter Douala pour la cérémonie »)
            *("empêchés de quitter le territoire", "empêchées de quitter le territoire"),
            *("passeports ont été confisqués", "passeport a été confisqué", "passeport confisqué"),
            # S140 : « la police de l'air et des frontières a confisqué le passeport de … »
            *("confisqué le passeport", "confisque le passeport", "retiré le passeport", "saisi le passeport"),
            *("s'est vu confisquer son passeport", "se voit confisquer son passeport", "confisquer son passeport"),
            "passeports confisqués",
            *("son passeport retiré", "passeport retiré", "retenu son passeport"),  # S152, S158
        ),
        # une interdiction de voyage notifiée à l'embarquement : « bloquée à l'aéroport », « empêchée d'embarquer »
        *("interdiction de voyage", "interdiction de voyager", "empêché d'embarquer", "empêchée d'embarquer"),
        *("bloqué à l'aéroport", "bloquée à l'aéroport"),
        *("entendu en audition libre", "entendue en audition libre", "entendu par la DGSI", "entendue par la DGSI"),
        *("entendu par la police judiciaire", "entendue par la police judiciaire"),
        # une condamnation à mort (pas « la condamnation » d'un gouvernement, qui réprouve)
        *("condamnation à mort", "condamnations à mort"),
        # le procès d'une personne nommée par ce qu'elle fait : « le procès de la journaliste … reporté »
        *beside(
            ("procès de la", "procès du", "procès de l'"),
            ("journaliste", "blogueur", "blogueuse", "militant", "militante", "avocat", "avocate", "syndicaliste"),
        ),
        *beside(
            ("procès de la", "procès du", "procès de l'"),
            ("caricaturiste", "rappeur", "opposant", "opposante", "chercheur", "chercheuse", "humoriste", "internaute"),
        ),
        # l'enlèvement d'un opposant, d'un journaliste
        *near(
            ("enlèvement", "rapt"),
            ("opposant", "opposante", "journaliste", "militant", "militante", "blogueur", "blogueuse", "influenceur"),
        ),
        # l'accréditation d'un correspondant retirée, l'ordre de quitter le pays
        *near(
            ("retiré", "retrait de", "suspendu", "suspend", "annulé", "révoqué"),
            ("son accréditation", "l'accréditation", "sa carte de presse"),
        ),
        "sommé de quitter le pays",
        "expulsé du pays",
        # une radio ou une chaîne suspendue par le régulateur (« la HAC suspend pour deux mois une chaîne privée »)
        *near(
            ("suspend", "suspendu", "suspendue", "a suspendu"),
            # « la HAC suspend … le site » (S71), « … la radio Djoliba Kouma », « … la parution du bihebdomadaire »
            # (S76)
            ("une radio", "radio privée", "la chaîne", "le journal", "le site", "la radio", "la parution", "Radio"),
        ),
        *near(("suspend", "a suspendu", "suspendue"), ("une chaîne", "un journal", "l'hebdomadaire")),
        # mandat d'arrêt, amende: la poursuite avant l'arrestation, la peine sans prison
        "mandat d'arrêt",
        "mandat d'amener",
        "condamné à une amende",
        "condamnée à une amende",
        "frappé d'une amende",
        "frappée d'une amende",
        "mis à l'amende",
        # interdiction de sortie du territoire, passeport confisqué
        "interdiction de sortie du territoire",
        # un avocat radié du barreau pour avoir défendu des militants
        "radié du barreau",
        # une association ou une ONG dissoute par le gouvernement
        *("dissout l'association", "dissout l'ONG", "dissolution de l'association", "dissolution de l'ONG"),
        *("prononcé la dissolution", "prononce la dissolution"),
        # « l'association Tournesol dissoute par décret » : dissoute par l'État (pas un collectif qui « s'est dissous »,
        # ni une assemblée dissoute, où aucun rôle n'est nommé)
        *near(("association", "ONG", "collectif"), ("dissoute par", "dissous par", "a été dissoute", "a été dissous")),
        *("dissoute par décret", "dissous par décret", "dissoute par arrêté", "dissous par arrêté"),
        # sa licence d'avocat ou d'un média retirée
        *(
            "privée de sa licence",
            "privé de sa licence",
            "retiré la licence",
            "retire la licence",
            "retrait de la licence",
        ),
        "radiée du barreau",
        "radiation du barreau",
        "interdit de sortie du territoire",
        "interdite de sortie du territoire",
        "confisqué son passeport",
        "passeport confisqué",
        # gardé à vue, renvoyé en prison
        "gardé à vue",
        "gardée à vue",
        "renvoyé en prison",
        "renvoyée en prison",
        "renvoie en prison",
        "réincarcéré",
        "réincarcérée",
        "retour en prison",
        "arrêté",
        "arrêtée",
        "arrêtés",
        # told in the present, as headlines do: "La police arrête trois journalistes" (not "arrête de", "s'arrête",
        # "arrête des mesures", "arrête deux penalties": only before a role, counted or not)
        *beside(
            ("arrête", "arrêtent", "écroue", "écrouent", "incarcère", "incarcèrent"),
            (
                *(f"{count} {who}" for count in _COMPTES for who in _NOMMES if who.endswith("s")),
                *(f"{article} {who}" for article in ("un", "une", "le", "la", "l'", "les") for who in _NOMMES),
                *_NOMMES,
            ),
        ),
        # a prosecution opened against someone in a role: "le parquet ouvre une enquête contre un journaliste"
        *near(
            ("ouvre une enquête", "a ouvert une enquête", "ouvre une information judiciaire", "enquête ouverte"),
            tuple(f"contre {article}{who}" for article in ("", "le ", "la ", "un ", "une ", "l'") for who in _NOMMES),
        ),
        "arrestation*",
        "interpellé*",
        "garde à vue",
        "placé en détention",
        "placée en détention",
        "assigné à résidence",
        "assignée à résidence",
        "assignés à résidence",
        "assignation à résidence",
        "résidence surveillée",
        "mandat de dépôt",
        "écroué*",
        "incarcéré*",
        "emprisonné*",
        "détenu*",
        "inculpé*",
        # S144 : « accusé d'utilisation non autorisée d'ordinateur après avoir signalé une faille »
        *near(
            ("accusé d'", "accusée d'", "accusé de", "accusée de"), ("utilisation non autorisée", "accès frauduleux")
        ),
        "mis en examen",
        "mise en examen",
        "poursuivi*",
        "condamné*",
        # peines et leur confirmation
        "ans de prison",
        # « deux ans ferme » : la peine sans sursis
        *("ans ferme", "an ferme", "mois ferme"),
        "mois de prison",
        "confirmé en appel",
        "confirmée en appel",
        *near(("confirm*",), ("la condamnation", "la peine", "le verdict")),
        "peine de prison",
        "prison ferme",
        "convoqué*",
        # déféré au parquet : présenté au procureur après la garde à vue
        *("déféré au parquet", "déférée au parquet", "déférés au parquet", "présenté au parquet"),
        # acquitté, relaxé : une poursuite rapportée à son terme
        *("acquitté", "acquittée", "acquittés", "relaxé", "relaxée", "relaxés", "relaxe en appel"),
        "contrôle judiciaire",
        "détention provisoire",
        "détention préventive",
        # renvoyé devant un tribunal
        "jugé",
        "jugée",
        "comparaîtra",
        "comparaît",
        # interrogé des heures durant
        "interrogée pendant",
        "interrogé pendant",
        "entendue pendant",
        "entendu pendant",
        "entendue six heures",
        "entendu six heures",
        # une perquisition est une descente ; conduit pour être entendu
        "perquisitionné*",
        "perquisition*",
        "pour audition",
        # enlevé par des hommes en civil
        "enlevé",
        # emmené de chez lui par des hommes armés : un enlèvement
        *near(
            ("emmené", "emmenée", "emmenés", "emmenées"),
            (
                "par des hommes armés",
                "par des hommes en uniforme",
                "par des hommes cagoulés",
                "par des hommes en civil",
                *("par des individus armés", "par des individus en civil", "par des individus cagoulés"),
            ),
        ),
        "enlevée",
        "enlevés",
        # réquisitionné ou enrôlé de force : la conscription qui fait taire un critique
        "réquisitionné",
        "réquisitionnée",
        "enrôlé de force",
        "enrôlée de force",
    ),
    Signal.SPEECH: (
        *(
            "ses déclarations",
            "de ses déclarations",
        ),  # S216 : « l'affaire de ses déclarations sur une chaîne de radio »
        # S195 : les prêches, le sermon, la prédication d'un imam ou d'un pasteur ; des lectures de la Bible
        *("prêche", "prêches", "sermon", "sermons", "prédication", "prédications", "lectures de la Bible"),
        *("culte en ligne", "cultes en ligne"),
        *("vlogueur", "vlogueuse", "mettant en doute le bilan officiel"),  # S191
        *("hué l'hymne", "huer l'hymne", "huant l'hymne", "contre la fraude électorale", "raille"),  # S187-S188
        # S170 : « condamné pour avoir filmé des brimades … et publié » (pas des patients filmés à leur insu)
        *near(("avoir filmé",), ("des brimades", "des violences", "des policiers", "des gendarmes", "des soldats")),
        *("un mème", "tifos", "administrateur de la page"),  # S160
        *("éducatrice sexuelle", "éducateur sexuel"),  # S158
        *("banderole", "banderoles"),  # S136 : des supporters condamnés pour une banderole
        # une chanson (S98 : « interpellé à Lomé après la sortie de son titre « Mandat sans fin » »)
        *("la sortie de son titre", "son nouveau titre", "son morceau", "son clip", "sa chanson"),
        # (S97 : « condamné à quatre ans pour ses vidéos »)
        *("vidéos", "ses vidéos"),
        # un documentaire ou une étude dit comme la cause : parole, non le genre (« arrêté pour un documentaire »)
        *(f"pour {whose} {work}" for whose in ("un", "une", "son", "sa") for work in ("documentaire", "étude")),
        # un entretien accordé à la presse est une parole, non le genre de l'article : « perquisitionné après une
        # interview à RFI »
        *("accordé une interview", "accordé un entretien", "une interview accordée", "un entretien accordé"),
        *("après une interview", "après son interview", "après son entretien avec"),
        # relayer des appels à manifester (pas l'appel à la grève d'un syndicat : son action syndicale)
        *("appels à manifester", "appel à manifester"),
        # le livre ou la pièce d'un auteur, dit cause de l'action (« pour son roman »)
        *("son roman", "ses romans", "son livre", "ses livres", "sa pièce", "son recueil", "ses mémoires"),
        *("son dernier roman", "son dernier livre"),  # S179
        # un « j'aime » sur une publication
        *("un j'aime", "un « j'aime »", "un like", "liké", "likés"),
        "blogueur*",
        "blogueuse*",
        "influenceur*",
        "internaute*",
        "message audio",
        "publication*",
        "publié",
        "a publié",
        "un post",
        "réseaux sociaux",
        "sur Facebook",
        "page Facebook",
        "vidéo",
        "une vidéo",
        "critiqué",
        "critiquait",
        "critiquaient",
        "critique",
        "critiques",
        # les vidéastes des plateformes
        *("youtubeur*", "youtubeuse*", "tiktokeur*", "tiktokeuse*"),
        "propos",
        "tribune",
        "chronique",
        "commentaire*",
        "caricature*",
        *("Facebookeur", "Facebookeurs", "facebookeuse"),  # S70 : « pour un Facebookeur accusé de propagande »
        "satire",
        "liberté d'expression",
        "chanson",
        "chansons",
        "message",
        "messages",
        "en ligne",
        "humoriste*",
        "sketch*",
        "parodi*",
        "dessin*",
        "dessinateur*",
        "caricaturiste*",
        "rappeur*",
        "clip*",
        "morceau",
        "dérision",
        # une émission de radio, de télévision ou de web TV
        "une émission",
        "son émission",
        "l'émission",
        "émission politique",
        "se moquant",
        "moqu*",
        "à l'antenne",
        # writers and poets are known for expression, like bloggers; not rights defenders by trade
        "écrivain",
        "poète",
        *("romancier", "romancière", "l'autrice"),  # S179
        *("documentariste", "réalisateur de documentaire", "réalisatrice de documentaire", "cinéaste"),
        # le reportage d'un journaliste est son expression
        "reportage*",
        # la corruption comme sujet d'un propos, pas comme accusation : la phrase longue masque le mot du crime
        "dénonçant la corruption",
        "dénonce la corruption",
        "dénoncé la corruption",
        "dénoncer la corruption",
        "dénonçait la corruption",
        "critiquant la corruption",
        "critiqué la corruption",
        "révélé la corruption",
        "révélant la corruption",
    ),
    Signal.SPEECH_OFFENCE: (
        "propos nuisibles",  # S210 : la police chinoise reproche d'avoir « diffusé des propos nuisibles »
        # S210 : Hong Kong, « sédition » et « publications séditieuses » (l'article 23)
        *("sédition", "séditieux", "séditieuse", "séditieuses"),
        # S203 : l'Online Safety Act sri-lankais ; S202 (guillemets are not read: « … » matches too)
        *("déclarations fausses", "servir des intérêts étrangers"),
        # S197 : la loi géorgienne sur l'« influence étrangère », les intérêts d'une puissance étrangère
        *("loi sur l'influence étrangère", "intérêts d'une puissance étrangère"),
        # S195 : le blasphème (Pakistan), « l'ébranlement de la foi des musulmans » (Algérie), les Témoins de
        # Jéhovah poursuivis pour les « activités d'une organisation extrémiste » (Russie)
        *("blasphème", "ébranlement de la foi", "ébranler la foi", "organisation extrémiste"),
        # S191 : l'accusation chinoise contre qui publie
        *("cherché querelle et provoqué des troubles", "chercher querelle et provoquer des troubles"),
        # S187 : la loi russe contre qui « discrédite » l'armée
        *("discréditer l'armée", "discrédité l'armée", "discrédit de l'armée", "discréditant l'armée"),
        *("discréditer les forces armées", "ordonnance sur l'hymne national"),  # S188 : huer l'hymne (Hong Kong)
        # S179 : un album inscrit sur la liste des contenus extrémistes (Biélorussie)
        *("liste des contenus extrémistes", "liste républicaine des contenus extrémistes", "classées « extrémistes »"),
        # S167 : la chaîne Telegram classée « extrémiste », son administratrice poursuivie
        *("formation extrémiste", "création d'une formation extrémiste", "discréditant la justice"),
        # S158 : les lois sur les mœurs et la « propagande » appliquées à ce que quelqu'un publie
        *("incitation à la débauche", "incité à la débauche", "atteinte aux valeurs de la famille"),
        *("atteinte aux valeurs de la société", "porté atteinte aux valeurs de la société", "outrage aux bonnes mœurs"),
        *("propagande LGBT", "propagande homosexuelle", "promotion de l'homosexualité", "contenus indécents"),
        # S152 : « démoraliser les troupes » (Burkina Faso, Mali), l'offense aux rites religieux (Liban, art. 474)
        *("démoraliser les troupes", "démoralisation des troupes", "démoralisation de l'armée"),
        *("offensante pour les rites religieux", "atteinte aux rites religieux", "outrage aux rites religieux"),
        # l'article 96 du code pénal algérien (S136 : « exposition au regard du public de publications de nature à nuire
        # à l'intérêt national »)
        *("exposition au regard du public", "de nature à nuire à l'intérêt national"),
        # le délit malien retenu contre des critiques en ligne (S76 : « condamnée … pour « atteinte au crédit de
        # l'État » » après une vidéo)
        *("atteinte au crédit de l'État", "atteinte au crédit de l'Etat"),
        # l'art. 117 vietnamien dit en français, et le cyberharcèlement (art. 24 nigérian) d'un élu après des
        # publications (S70 : « poursuivi pour « cyberharcèlement » d'un sénateur après des publications en ligne »)
        *("propagande contre l'État", "propagande contre l'Etat"),
        # S174 : l'Iran contre un converti (« propagande contre le système », « contre la République islamique »)
        *("propagande contre le système", "propagande contre la République islamique"),
        *beside(
            ("cyberharcèlement",),
            (
                *(
                    "d'un sénateur",
                    "d'une sénatrice",
                    "d'un député",
                    "d'une députée",
                    "d'un ministre",
                    "d'une ministre",
                ),
                *("du ministre", "du gouverneur", "d'un gouverneur", "du président", "d'un élu", "du maire"),
            ),
        ),
        # les bonnes mœurs ou la pudeur invoquées contre ce que quelqu'un publie (S69 : « atteinte aux bonnes mœurs »
        # « en raison de vidéos publiées sur TikTok »; pas une sextorsion par des vidéos intimes)
        *near(_MORAL_FR, _POSTED_FR),
        *near(_POSTED_FR, _MORAL_FR),
        # « atteinte à la religion musulmane » (Maroc, art. 267-5) : un délit de parole
        "atteinte à l'islam",
        "atteinte à la religion musulmane",
        "atteinte aux valeurs sacrées",
        # « outrage à corps constitués », « fausses allégations » (Maroc), « matériaux extrémistes »
        "outrage à corps constitués",
        # (S82 : « des vidéos jugées outrageantes envers les institutions »)
        *("outrageantes envers les institutions", "outrage envers les institutions", "outrage aux institutions"),
        "outrage à des corps constitués",
        "fausses allégations",
        "matériaux extrémistes",
        "fausses nouvelles",
        "fausse nouvelle",
        "fausses informations",
        "fausse information",
        "fausses rumeurs",
        "diffusion de fausses",
        "propagation de fausses",
        "rumeurs mensongères",
        "outrage au chef de l'État",
        "offense au chef de l'État",
        "outrage au président",
        "atteinte au président",
        "atteinte à la sûreté de l'État",
        "complot contre la sûreté de l'État",
        "diffamation",
        "injure",
        "outrage",
        "lèse-majesté",
        "incitation à la haine",
        "apologie",
        "apologie du terrorisme",
        "discours de haine",
        "troubler l'ordre public",
        "trouble à l'ordre public",
        "atteinte à l'ordre public",
        "offense au",
        "offense à",
        "injure*",
        "atteinte à l'honneur",
        # infractions vagues d'« unité nationale », retenues contre des chansons, des publications et des discours
        "atteinte à l'unité nationale",
        "atteinte à l'intérêt national",
        "atteinte au moral de l'armée",
        "atteinte au moral des troupes",
        # délits de presse d'Afrique centrale: « imputations dommageables », « propagation de faux bruits »
        "imputations dommageables",
        "imputation dommageable",
        "faux bruits",
    ),
    Signal.JOURNALIST: (
        # S217 : « membre de l'Association des journalistes indépendants du Viêt Nam » (one body, not the profession)
        *("Association des journalistes indépendants", "journalistes indépendants du Viêt Nam"),
        # S211 : « le directeur de journal Esteban Lemus », « le fondateur du quotidien La Voz Libre »
        *("directeur de journal", "directrice de journal", "fondateur du quotidien", "fondatrice du quotidien"),
        *("fondateur du journal", "fondatrice du journal"),
        *("éditorialiste", "éditorialistes"),  # S210 : « un ancien éditorialiste de l'Apple Daily »
        *("CubaNet", "14ymedio"),  # S194 : des médias cubains indépendants
        *near(("suspend", "a suspendu", "suspendu"), ("un quotidien", "le quotidien", "un hebdomadaire")),  # S104
        # (S86 : « ordonne à un site d'investigation de retirer une enquête »)
        *("site d'investigation", "média d'investigation"),
        # le correspondant d'un média (pas « notre correspondant », qui signe le reportage : bruit)
        *("correspondant", "correspondante", "correspondants", "correspondantes"),
        # un site d'information, un média en ligne : une rédaction
        *("site d'information", "sites d'information", "site d'informations", "média en ligne", "médias en ligne"),
        *("l'hebdomadaire", "un hebdomadaire"),  # S71 : « avait interdit à l'hebdomadaire Le Cri de paraître »
        *("le bihebdomadaire", "du bihebdomadaire", "un bihebdomadaire"),  # S76
        # qui anime ou présente une émission, et les radios associatives où elle passe
        "animatrice de radio",
        "animateur de radio",
        "animatrice radio",
        "présentateur de radio",
        "présentatrice de radio",
        "radio associative",
        "radio communautaire",
        "radio locale",
        "station de radio",
        "chaîne de télévision privée",
        # une radio, une chaîne ou un journal suspendu par le régulateur
        *near(
            ("suspend", "suspendu", "suspendue", "a suspendu", "suspension de"),
            ("une radio", "radio privée", "la radio", "la chaîne", "le journal", "l'hebdomadaire", "Radio"),
        ),
        *near(("anime", "animait", "présente", "présentait", "animatrice", "animateur"), ("émission", "chronique")),
        "journaliste*",
        "reporter",
        "rédacteur en chef",
        "rédactrice en chef",
        "rédaction",
        "chroniqueur",
        "chroniqueuse",
        # le caricaturiste d'un journal est de la presse
        *near(("caricaturiste", "dessinateur", "dessinatrice"), ("du journal", "du quotidien", "de l'hebdomadaire")),
        *("caricaturiste de presse", "dessinateur de presse", "dessinatrice de presse"),
        "correspondant*",
        "média*",
        "médias indépendants",
        "liberté de la presse",
        "Reporters sans frontières",
        "RSF",
        "photojournaliste*",
        *("caméraman", "caméramans", "cadreur", "cadreurs"),
        "syndicat national des journalistes",
        "SNJT",
        "directeur de publication",
        *("directrice de publication", "directeur de la publication", "directrice de la publication"),
        "animateur radio",
        "presse",
        # la direction d'un titre
        "directeur d'un journal",
        "directeur du journal",
        "directrice d'un journal",
        "directrice du journal",
    ),
    Signal.DEFENDER: (
        *("étudiants mobilisés", "engagés dans le mouvement"),  # S221 : des logiciels espions chez des étudiants
        *("association d'aide aux prisonniers politiques", "aide aux prisonniers politiques"),  # S220
        # S217 : la responsable d'une ONG condamnée pour « évasion fiscale » (les ONG du climat au Viêt Nam)
        *(
            f"{role} {ngo}"
            for role in ("directrice", "directeur", "fondatrice", "fondateur")
            for ngo in ("d'une ONG", "de l'ONG")
        ),
        *("ONG environnementale", "organisation environnementale"),
        # S211 : des procureurs anticorruption poursuivis depuis leur exil, des défenseurs d'une rivière
        *("procureure anticorruption", "procureur anticorruption", "procureurs anticorruption"),
        *near(
            ("défenseurs", "défenseur", "défenseuse", "défenseuses"), ("d'une rivière", "de la rivière", "du fleuve")
        ),
        *("Dames en blanc", "Dame en blanc"),  # S204
        *("ONG anticorruption", "association anticorruption"),  # S202
        *("affaire 173", "l'affaire 173", "association d'aide juridique"),  # S198 : les ONG égyptiennes
        # S194 : « un défenseur q'eqchi' », « l'opposition de sa communauté à l'extension du projet »
        *near(("défenseur", "défenseure"), ("q'eqchi'", "maya", "autochtone", "de la terre", "du territoire")),
        "l'opposition de sa communauté",
        # S184 : « un porte-parole mapuche »
        *near(("porte-parole", "dirigeant", "dirigeante"), ("mapuche", "autochtone", "amazigh", "ouïghour", "kurde")),
        # S180 : les dirigeants de l'UGTT et des confédérations syndicales
        *near(
            ("dirigeant", "dirigeante", "secrétaire général", "responsable"), ("de l'UGTT", "confédération syndicale")
        ),
        # S173 : les observateurs des scrutins (« un coordinateur régional de Golos », « le mouvement d'observateurs »)
        *("surveillance électorale", "mouvement d'observateurs"),
        "Golos",
        *("organisateurs de la Pride", "organisatrices de la Pride", "organisateurs de la Marche des fiertés"),  # S171
        # S168 : l'avocat des manifestants (« radié du barreau pour avoir plaidé la cause de manifestants »)
        *near(
            ("plaidé la cause de", "plaidé la cause des", "conseil de"),  # (« avocat de … » : plus bas)
            ("manifestants", "opposants", "détenus politiques", "prisonniers politiques", "un opposant"),
        ),
        # S165 : une dirigeante dite par ce que fait son groupe (« dont le syndicat recense les impayés »)
        *("dont le syndicat", "dont l'ONG", "dont l'association", "dont le collectif"),
        # S164 : « dirigeant q'eqchi' opposé à la mine de nickel », « dirigeant autochtone »
        *("dirigeant autochtone", "dirigeante autochtone", "leader autochtone", "dirigeants autochtones"),
        *near(
            ("opposé à", "opposée à", "opposés à", "opposées à", "qui s'oppose à", "en lutte contre", "opposant à"),
            ("la mine", "mine de", "barrage", "projet minier", "l'exploitation minière", "oléoduc", "l'orpaillage"),
        ),
        # S164 : « un défenseur de la rivière Guapinol »
        *near(("défenseur de la", "défenseure de la", "défenseurs de la"), ("rivière", "forêt", "lagune", "terre")),
        *("avocat des familles de", "avocate des familles de", "l'avocat des familles de"),  # S122
        # une association par ce qu'elle documente (S113 : « l'association, qui documente les conditions de détention
        # des prisonniers d'opinion » ; S114 : « l'Association pour la défense des droits et libertés, qui documentait
        # les poursuites contre des internautes »)
        *near(
            ("association", "l'association", "l'ONG", "l'Observatoire"),
            ("qui documente", "qui documentait", "qui recense", "qui recensait"),
        ),
        *("pour la défense des droits", "pour les droits et libertés", "pour les droits humains"),
        # une association ou un réseau par ce qu'il défend (S83 : « le Réseau des défenseurs des droits de l'Ouest »,
        # « l'Association des libertés publiques », « Manara, qui vient en aide aux migrants »)
        *("association de défense", "réseau des défenseurs", "coordination citoyenne", "association des libertés"),
        "pour la citoyenneté",
        # (S87 : « suspend pour trois mois les activités de l'ONG Alternative Espaces Citoyens »)
        *near(_SUSPENDS, _ACTIVITIES),
        # (S84 : « Rachid Bekkouche, porte-parole du Collectif syndical des paramédicaux »)
        *("collectif syndical", "porte-parole du collectif"),
        *("vient en aide aux migrants", "d'aide aux migrants", "aide aux migrants", "droits des migrants"),
        # un mouvement citoyen pour la défense de la Constitution (Guinée) et ses responsables
        *("FNDC", "Front national pour la défense de la Constitution", "mouvement citoyen"),
        # les responsables d'un syndicat ; l'avocate d'opposants détenus
        "secrétaire général du syndicat",
        "secrétaire générale du syndicat",
        "dirigeante syndicale",
        *near(
            ("avocate de", "avocat de", "avocate des", "avocat des"),
            (
                "opposants",
                "manifestants",  # S168 : « l'avocat de manifestants radié du barreau »
                "militants",
                "détenus d'opinion",
                "prisonniers politiques",
                "journalistes",
                "détenus politiques",
                *("familles de détenus", "familles de personnes détenues"),  # S211 : le régime d'exception
            ),
        ),
        # membres et responsables des ligues des droits de l'homme
        *near(
            (
                "membre",
                "membre du comité directeur",
                "membre du bureau",
                "secrétaire général",
                "secrétaire générale",
                "président",
                "présidente",
                "vice-président",
            ),
            (
                "de la Ligue tunisienne",
                "de la Ligue algérienne",
                "de la Ligue tchadienne",
                "de la Ligue des droits",
                "de la LTDH",
                "de la LADDH",
                "de la LDH",
            ),
        ),
        # une association d'aide aux migrants (celles de défense des droits sont plus bas)
        *(
            f"{body} {cause}"
            for body in ("association", "collectif", "ONG")
            for cause in (
                *("d'aide aux migrants", "d'aide aux exilés", "d'aide aux réfugiés", "de soutien aux migrants"),
                *("de défense des migrants", "de défense des exilés", "de défense des réfugiés"),
                *("de défense des détenus", "de défense des prisonniers", "de défense des victimes"),
            )
        ),
        # une organisation par ce qu'elle a fait : « l'ONG avait documenté des disparitions »
        *beside(
            ("l'organisation", "l'ONG", "l'association", "le collectif", "cette ONG", "cette association"),
            tuple(
                f"{verb} {topic}"
                for verb in ("avait dénoncé", "a dénoncé", "dénonçait", "avait documenté", "a documenté", "documentait")
                for topic in (
                    *("des violations", "les violations", "des exactions", "les exactions", "des abus", "la torture"),
                    *("des disparitions", "les disparitions", "des arrestations", "des violences policières"),
                    *("la répression", "des détentions arbitraires"),
                )
            ),
        ),
        # connue pour défendre des migrants ou des militants
        *near(
            ("connue pour défendre", "connu pour défendre"),
            ("migrants", "militants", "détenus", "exilés", "victimes"),
        ),
        # membres d'une ligue des droits, chargés de plaidoyer, cyberactivistes
        "cyberactiviste*",
        "chargé de plaidoyer",
        "chargée de plaidoyer",
        "responsable du plaidoyer",
        "responsable d'ONG",
        # une association connue pour ses rapports ou ses enquêtes (S59 : « la dissolution de l'association, connue pour
        # ses rapports sur la gestion des fonds publics »)
        # (sur des abus : pas « connue pour ses rapports sur la fréquentation du centre-ville », des commerçants)
        *near(
            ("association", "ONG", "collectif"),
            tuple(
                f"{known} pour ses {kind} sur {topic}"
                for known in ("connue", "connu")
                for kind in ("rapports", "enquêtes")
                for topic in (
                    *("la gestion des fonds publics", "la corruption", "les exactions", "la torture"),
                    *("les violations", "les droits", "les détentions", "les disparitions", "les abus"),
                    *("les exécutions", "les arrestations", "les violences policières", "la répression"),
                )
            ),
        ),
        *near(("association", "ONG", "collectif"), ("connue pour dénoncer", "connu pour dénoncer")),
        *near(
            ("membre de la", "membre actif de la", "membre active de la", "membres de la", "militant de la"),
            ("Ligue", "ligue des droits"),
        ),
        # associations LGBT et féministes, celles qui les dirigent ; l'opposition à un projet
        "association LGBT",
        "associations LGBT",
        "militante LGBT",
        "militant LGBT",
        "personnes LGBT",
        "collectif féministe",
        "réseau féministe",
        "défenseure des droits",
        "défenseur des droits des femmes",
        *near(
            ("présidente", "président", "coordinateur", "coordinatrice", "fondateur", "fondatrice", "dirigeante"),
            ("association de défense", "association LGBT", "ligue des droits", "collectif de défense"),
        ),
        *near(
            (
                "opposé au",
                "opposée au",
                "opposition au",
                "se bat contre",
                "mobilisés contre",
                "mobilisation contre",
            ),
            ("barrage", "projet minier", "mine", "expulsions", "accaparement", "oléoduc", "déforestation"),
        ),
        "militant*",
        "lanceur d'alerte",
        "lanceuse d'alerte",
        "lanceurs d'alerte",
        "activiste*",
        "défenseur des droits",
        "défenseurs des droits",
        "défenseur des droits humains",
        "défenseurs des droits de l'homme",
        "avocat des droits",
        "avocate des droits",
        "opposant*",
        "opposition",
        "syndicaliste*",
        "dissident*",
        "universitaire",
        "mouvement citoyen",
        "collectif citoyen",
        "collectif",
        "membres du mouvement",
        "société civile",
        "figure de l'opposition",
        # la société civile qui observe un scrutin
        "observateurs électoraux",
        "observateur électoral",
        "observatrice électorale",
        "observation électorale",
        "observation des élections",
        # les organisations de défense des droits et leurs membres
        "ONG de défense des droits",
        "association de défense des droits",
        "organisation de défense des droits",
        "association … de défense des droits",
        # responsables syndicaux
        "secrétaire général d'un syndicat",
        "dirigeant syndical",
        "responsable syndical",
        "responsable syndicale",
        "leader syndical",
        # défenseurs de l'environnement, porte-parole de collectifs
        "défenseur de l'environnement",
        "défenseure de l'environnement",
        "défenseurs de l'environnement",
        "porte-parole d'un collectif",
        # défenseuses, leaders paysans et communautaires, responsables associatifs, figures du Hirak
        "défenseuse des droits",
        "défenseuses des droits",
        "défenseur des terres",
        "défenseurs des terres",
        "défenseur de la terre",
        "leader paysan",
        "dirigeant paysan",
        "leader communautaire",
        "leaders communautaires",
        "responsable associatif",
        "responsable associative",
        "hirakiste*",
        "figure du Hirak",
        "responsables syndicaux",
        "dirigeants syndicaux",
        "dirigeants du syndicat",
        "responsables du syndicat",
        *near(("dirigeants", "responsables"), ("d'un syndicat", "d’un syndicat")),
        *near(("avocat", "avocate"), ("des exilés", "des détenus", "des migrants", "des prisonniers", "pour défendre")),
        *near(("coalition", "ligue", "réseau", "collectif"), ("de défense des droits",)),
    ),
    Signal.RESEARCHER: (
        # S181 : « l'étudiant qui avait découvert une base de données exposée »
        *near(("avait découvert", "a découvert", "avoir découvert"), ("base de données exposée", "serveur exposé")),
        *("laissant en accès libre", "laissait en accès libre"),
        # S106 : « avait écrit à la direction … pour signaler que des relevés … étaient consultables par n'importe qui »
        *(
            "consultables par n'importe qui",
            "accessibles à n'importe qui",
            "consultables par tous",
            "accessibles à tous",
        ),
        *near(("écrit à la direction", "alerté la direction", "prévenu la direction"), ("pour signaler",)),
        "chercheur en sécurité",
        "chercheuse en sécurité",
        "chercheur en cybersécurité",
        "faille de sécurité",
        "faille",
        "vulnérabilité*",
        # S144 : « la conférence d'un chercheur sur les failles de la CNIB », « qui avait prévenu la DGID que des
        # déclarations … étaient accessibles sans authentification »
        *near(
            ("chercheur", "chercheuse"),
            ("sur les failles", "sur la faille", "sur une faille", "sur les vulnérabilités"),
        ),
        *near(
            ("avait prévenu", "avait averti", "avait alerté", "avait signalé", "avoir prévenu", "avoir averti"),
            (
                "étaient accessibles",
                "était accessible",
                "étaient consultables",
                "était consultable",
                "sans authentification",
            ),
        ),
        *("étaient accessibles sans authentification", "étaient consultables sans authentification"),
        # S146 : « ses travaux sur les failles de MyMinfin », « en détaillant les vulnérabilités de la plateforme »
        *near(("travaux", "étude", "recherches"), ("sur les failles", "sur la faille", "sur les vulnérabilités")),
        "hacker éthique",
        "pirate éthique",
        "signalé une faille",
        "divulgation responsable",
        "test d'intrusion",
        "tests d'intrusion",
        "prime aux bogues",
        *near(_DISCLOSE, _FLAWS),
        "consultant en cybersécurité",
        "expert en cybersécurité",
        "spécialiste en cybersécurité",
        "pentesteur*",
        "pentester*",
        # une fuite sur laquelle on alerte (pas celle qu'un voisin « signale » : un dégât des eaux) ; de données
        *near(("alerté sur", "alerter sur"), ("une fuite", "la fuite")),
        *near(("signalé", "montré", "alerté sur"), ("une fuite de données", "la fuite de données")),
        # l'avertissement de ce qu'un site laissait voir (pas le poste d'un employé qui revend les comptes)
        *near(("prévenu que", "averti que", "signalé que", "alerté que"), ("affichait", "exposait", "permettait de")),
    ),
    Signal.RIGHTS: (
        # une poursuite qui sonne comme une vengeance (S85) : au lendemain d'une enquête, des preuves fabriquées
        *near(
            ("au lendemain de", "trois jours après", "deux jours après", "quelques jours après", "un mois après"),
            ("son enquête", "une enquête", "ses révélations", "la parution", "la publication", "son reportage"),
        ),
        *("une vengeance", "preuves fabriquées", "dossier vide", "crie à la vengeance", "parle de représailles"),
        # un dossier dit monté par la défense (the twenty-seventh review: « ses avocats dénoncent un dossier monté »)
        *("dossier monté", "dossier monté de toutes pièces", "coup monté", "accusations fabriquées"),
        # des détenus politiques ou d'opinion : un groupe nommé, pas une arrestation (« avocate de détenus politiques »)
        *("détenus politiques", "détenus d'opinion"),
        # un journaliste ou un militant tué : une attaque contre son travail en soi
        *near(
            ("journaliste", "reporter", "militant", "militante", "blogueur", "blogueuse"),
            ("abattu", "abattue", "assassiné", "assassinée", "tué par", "tuée par", "retrouvé mort", "retrouvée morte"),
        ),
        *near(("assassinat du", "assassinat de la", "meurtre du"), ("journaliste", "militant", "blogueur")),
        "droits humains",
        "droits de l'homme",
        "Amnesty International",
        "Human Rights Watch",
        "Ligue tunisienne des droits de l'homme",
        "LTDH",
        "prisonnier d'opinion",
        "prisonniers d'opinion",
        "prisonnier politique",
        "prisonniers politiques",
        "motivations politiques",
        "politiquement motivé*",
        "libération immédiate",
        "appellent à la libération",
        "réclament sa libération",
        "répression",
        "musel*",
        "bâillonner",
        "rapporteur spécial",
        "Comité national pour la libération des détenus",
        "CNLD",
        "représailles",
        "harcèlement judiciaire",
        "monté de toutes pièces",
        "montés de toutes pièces",
        "parodie de justice",
        *near(
            ("même accusation", "mêmes accusations", "même chef", "mêmes chefs"),
            ("journalistes", "militants", "opposants", "médias indépendants"),
        ),
        "procès-spectacle",
        "montée de toutes pièces",
        "cabale",
        "prétexte",
        "faire taire",
        "le faire taire",
        "la faire taire",
        # le meurtre d'un journaliste ou d'un militant est en soi une atteinte à son travail
        *near(
            ("meurtre d", "meurtre du", "assassinat d", "assassinat du"), ("journaliste*", "militant*", "défenseur*")
        ),
        *near(
            ("journaliste", "militant", "militante", "défenseur", "animateur", "animatrice"),
            ("assassiné", "assassinée", "abattu", "abattue", "tué", "tuée"),
        ),
    ),
    Signal.SURVEILLANCE: (
        *near(("cartes mémoire",), ("visionnées", "effacées", "saisies", "confisquées")),  # S200
        # S167-S168 : relevés d'appels transmis, un téléphone « exploité », une chaîne Telegram saisie par la police
        *("relevés d'appels", "une extraction de données", "prend le contrôle d'une chaîne"),
        *("pris le contrôle de la chaîne", "prend le contrôle du compte", "pris le contrôle du compte"),
        # S154 : « la caméra et le téléphone d'un reporter … saisis par les gendarmes »
        *near(
            ("la caméra", "sa caméra", "son matériel", "ses cartes mémoire"),
            ("saisis", "saisie", "saisi", "confisquée"),
        ),
        *near(
            ("a saisi", "ont saisi", "ont confisqué", "a confisqué"), ("sa caméra", "la caméra", "ses cartes mémoire")
        ),
        # S114 : « des agents qui ont copié ses messages et la liste de ses contacts »
        *near(("copié", "ont copié", "copient"), ("ses messages", "ses conversations", "la liste de ses contacts")),
        # un compte identifié grâce aux données d'une plateforme ou d'un opérateur
        "adresses IP",
        "adresse IP",
        *near(
            ("obtenu de", "obtenu auprès de", "réquisition à", "réquisition adressée à", "réquisitions à"),
            ("Meta", "Facebook", "Google", "TikTok", "WhatsApp", "l'opérateur"),
        ),
        # les fadettes et relevés d'appels obtenus de l'opérateur
        "relevé détaillé de ses appels",
        "relevés téléphoniques",
        "obtenu de son opérateur",
        # appels et SMS obtenus auprès de l'opérateur sur réquisition ; retranscription des appels
        *near(
            ("obtenus auprès", "obtenues auprès", "fournis par", "fournies par", "remis par", "remises par"),
            ("Télécom", "Ooredoo", "opérateur"),
        ),
        *near(
            ("retranscription", "retranscriptions", "transcription", "transcriptions"),
            ("appels", "SMS", "conversations téléphoniques", "écoutes"),
        ),
        # localisés grâce aux données fournies par les opérateurs
        *near(
            ("localisation", "localisés", "localisées", "localisé", "localisée", "identifiés", "identifiées"),
            (
                "données techniques",
                "données fournies par",
                "opérateur téléphonique",
                "opérateurs téléphoniques",
                "opérateurs de téléphonie",
            ),
        ),
        # repartis avec le matériel ; le contenu d'un téléphone copié ; un téléphone localisé
        *near(("repartis avec", "reparti avec", "emmené", "embarqué", "embarqués"), _DEVICES),
        *near(("contenu de son", "contenu de leur", "contenu de ses"), _DEVICES),
        *near(("localisé", "localisée", "géolocalisé", "géolocalisée", "borné", "bornage"), _DEVICES),
        "bornage téléphonique",
        "historique de localisation",
        "données de localisation",
        "surveillance",
        "logiciel espion",
        "logiciels espions",
        "Pegasus",
        "écoutes",
        "mise sur écoute",
        "placé sur écoute",
        "interception*",
        "reconnaissance faciale",
        "espionn*",
        "données de trafic",
        "sur écoute",
        "géolocalisation",
        "fouille de son téléphone",
        "téléphone saisi",
        "téléphones saisis",
        "téléphones ont été saisis",
        "saisi son téléphone",
        "confisqué son téléphone",
        "contenu extrait",
        "exploitation des téléphones",
        "fadettes",
        "collecte en temps réel",
        *near(_TAKE, _DEVICES),
        *near(_DEVICES, _TAKEN),
        *near(_LINES, _HEARD),
        *near(_WATCH, _WATCHED),
        "intercept*",
        "écoutes téléphoniques",
        "données de connexion",
        "métadonnées",
        "adresse IP",
        "IMSI-catcher*",
        "IMSI catcher*",
        "sous surveillance",
        "surveillé",
        "surveillée",
        "surveillés",
        "surveillées",
        "pistage",
        "traçage",
        "balise GPS",
        "logiciel de surveillance",
        "laboratoire de sécurité",
        "réquisitions auprès",
        "réquisitionnées",
        "réquisitionnés",
        "relevés de localisation",
    ),
    Signal.PRIVACY: (
        *("liste de leurs donateurs", "liste de ses donateurs", "liste des donateurs"),  # S202
        # S169, S175 : « contraint de livrer les codes de son téléphone », « contraints de livrer les codes de leurs
        # téléphones »
        *("livrer les codes de", "de livrer les codes", "livrer le code de"),
        *near(
            ("diffuse", "a diffusé", "publie", "a publié"), ("l'identité et l'adresse", "l'identité et les adresses")
        ),
        # l'État expose des internautes (S106 : « le ministre … expose noms, photos et numéros de "cyberactivistes" »)
        *("expose noms", "expose les noms", "noms, photos et numéros", "leurs quartiers de résidence"),
        # la liste des adhérents d'une association exigée (S88 : « exige la liste de ses adhérents et bailleurs »)
        *("la liste de ses adhérents", "liste de ses membres", "liste des adhérents", "liste de ses bailleurs"),
        # les noms, photos et numéros des administrateurs de pages publiés par l'État (S86)
        *near(("publie les noms", "a publié les noms", "diffuse les noms"), ("photos", "numéros de téléphone")),
        # numéro de carte nationale et quartier de résidence publiés
        "numéro de carte nationale",
        "numéro de carte d'identité",
        "quartier de résidence",
        # le parquet publie l'identité et l'adresse des personnes visées
        *near(
            ("publie", "a publié", "diffuse", "a diffusé", "rend publics", "a rendu publics"),
            ("l'identité et l'adresse", "leurs adresses", "les adresses"),
        ),
        # les autorités publiant l'adresse ou les papiers d'une personne
        *near(("publié", "diffusé", "divulgué"), ("son adresse", "son numéro de téléphone", "sa carte d'identité")),
        "vie privée",
        "données personnelles",
        "protection des données",
        "messages privés",
        *near(
            ("diffusé", "publié", "mentionnant", "divulgué"),
            ("son adresse", "sa carte d'identité", "sa carte d’identité", "son nom complet"),
        ),
        *near(
            ("exigé", "exigeant", "contrainte de", "contraint de", "forcé de"),
            ("le code", "déverrouiller", "mot de passe"),
        ),
        *near(("messages", "conversations", "échanges"), ("privés", "privées")),
        "publie les données personnelles",
        "noms, adresses",
        "adresses",
        "numéros de téléphone",
        "chiffrement",
        "mots de passe",
        "codes de déverrouillage",
        "code de déverrouillage",
        "code PIN",
        "codes d'accès",
        "mot de passe",
        "déverrouiller",
        "déverrouillage",
        # conversations divulguées
        "fait fuiter … conversations",
        "captures d'écran de ses conversations",
        "publié … conversations privées",
        # codes exigés, conversations et adresses exposées
        "conversations WhatsApp privées",
        "conversations privées",
        "captures de ses conversations",
        "code de son téléphone",
        "livrer le code",
        "donner le code",
        "en donner le code",
        "livrer ses codes",
        "adresse de son domicile",
    ),
    Signal.TRANSNATIONAL: (
        # S163 : des étudiants à l'étranger, leurs parents visités au pays (« la police de leur ville natale a rendu
        # visite à leurs parents », « des pressions sur leurs familles »)
        *("pressions sur leurs familles", "pressions sur sa famille", "pressions sur ses proches"),
        *near(("ville natale", "au pays"), ("rendu visite à leurs parents", "rendu visite à ses parents")),
        # une prime sur la tête d'un exilé (S115 : « un militant exilé visé par une prime » : pas le prix d'un exilé)
        *near(
            ("militant", "militante", "journaliste", "opposant", "opposante", "blogueur", "dissident", "activiste"),
            ("exilé visé par une prime", "exilée visée par une prime"),
        ),
        *("visé par une prime", "visée par une prime", "visés par une prime"),
        # S110 : « le passeport de l'activiste …, réfugiée à Abidjan, annulé », « livré à la police algérienne »
        *near(("le passeport de",), ("annulé",)),
        *(
            "passeport annulé",
            "annule le passeport",
            "a annulé le passeport",
            "livré à la police",
            "livrée à la police",
        ),
        *("remis aux autorités algériennes", "remis aux autorités tunisiennes", "livré aux autorités"),
        # un consulat refuse le passeport d'une exilée (S72)
        *near(("refuse de renouveler", "a refusé de renouveler", "refus de renouveler"), ("passeport",)),
        # déchus de leur nationalité et expulsés (Nicaragua, Bahreïn)
        *("déchu de sa nationalité", "déchue de sa nationalité", "déchus de leur nationalité", "déchus de nationalité"),
        *("déchues de leur nationalité", "déchéance de nationalité", "déchus de la nationalité"),
        *near(("déchoit", "a déchu"), ("de leur nationalité", "de sa nationalité")),
        # renvoyé dans son pays et arrêté à sa descente d'avion
        "arrêté à son arrivée",
        "arrêtée à son arrivée",
        "interpellé à son arrivée",
        # les agents d'un consulat derrière l'enlèvement d'un opposant à l'étranger
        "agent consulaire",
        "employé du consulat",
        "agents du consulat",
        # un mandat d'arrêt international vise quelqu'un à l'étranger (et reste un mandat d'arrêt)
        "mandat d'arrêt‿international",
        # remis ou livré aux autorités d'un autre pays
        "remis aux autorités de",
        "livré aux autorités de",
        "sans procédure d'extradition",
        "poussé dans une voiture",
        # l'asile refusé avant le renvoi
        "débouté de l'asile",
        "débouté de sa demande d'asile",
        "rejet de sa demande d'asile",
        "demande d'asile rejetée",
        "renvoyé de force",
        "répression transnationale",
        "extradition",
        "extradé*",
        "exil",
        "en exil",
        "exilé*",
        "expulsé vers",
        "notice rouge",
        "Interpol",
        "par contumace",
        "réfugié",
        "demandeur d'asile",
        "à l'étranger",
    ),
    Signal.DUE_PROCESS: (
        *("devant la cour martiale", "devant une cour martiale", "devant un tribunal militaire"),  # S209 : des civils
        # S195 (not hiding there himself: « depuis un lieu tenu secret, il s'explique »)
        *near(("détenu", "détenue", "détenus", "emmené", "emmenée", "conduit"), ("lieu tenu secret",)),
        *("sans accès à ses avocats", "sans accès à son avocat"),
        # un militant ou un journaliste disparu après avoir été emmené (S134 : « l'activiste qui avait dénoncé
        # l'enlèvement … à son tour porté disparu »), pas un randonneur
        *near(
            (
                "l'activiste",
                "le militant",
                "la militante",
                "le journaliste",
                "la journaliste",
                "le blogueur",
                "l'avocat",
            ),
            ("porté disparu", "portée disparue"),
        ),
        *("aucune nouvelle de lui", "aucune nouvelle d'elle", "n'a plus donné signe de vie"),  # S119-S120
        # S115 : « Ni sa famille ni son avocat ne savent où il se trouve », « privée de toute nouvelle depuis son
        # placement en cellule disciplinaire », « L'avocat … n'a pas non plus été autorisé à le rencontrer »
        *("ne savent où il se trouve", "ne savent où elle se trouve", "ne savent pas où il se trouve"),
        *("privée de toute nouvelle", "privé de toute nouvelle", "en cellule disciplinaire"),
        *near(("avocat", "avocate"), ("pas non plus été autorisé à le rencontrer", "pas été autorisé à le rencontrer")),
        # S109 : « le renouvellement, pour six mois supplémentaires, de la détention provisoire de leur secrétaire
        # général »
        *near(
            ("renouvellement", "prolongation", "prorogation"),
            ("de la détention provisoire", "de sa détention provisoire"),
        ),
        *("placée à l'isolement", "placé à l'isolement", "maintenu à l'isolement", "maintenue à l'isolement"),  # S108
        *("son avocat éconduit", "ses avocats éconduits", "avocat a été éconduit"),  # S108
        # un transfert caché aux proches, un conseil interdit (S101 : « transféré à Koutoukalé à l'insu de sa famille »,
        # « ni sa famille ni un conseil n'ont été autorisés à le rencontrer »)
        *("à l'insu de sa famille", "à l'insu de ses proches", "ni un conseil", "lieu inconnu", "destination inconnue"),
        # une mort ou des tortures aux mains de l'État
        "meurt en détention",
        "meurt en garde à vue",
        "décède en détention",
        "mort en détention",
        "morte en détention",
        "mort en garde à vue",
        "morte en garde à vue",
        "décédé en détention",
        "décédée en détention",
        "torturé en détention",
        *near(
            ("retrouvé mort", "retrouvée morte", "décédé", "décédée"),
            ("après avoir été arrêté", "après avoir été arrêtée", "après son arrestation"),
        ),
        # l'avocat tenu à l'écart, la famille hors de la salle
        "sans avoir pu rencontrer son avocat",
        "sans avoir pu voir son avocat",
        "empêchée d'entrer dans la salle d'audience",
        "empêché d'entrer dans la salle d'audience",
        # hors de toute procédure judiciaire
        "sans aucune procédure judiciaire",
        "sans procédure judiciaire",
        "hors de toute procédure",
        # pas pu voir d'avocat
        "pu voir d'avocat",
        "vu aucun avocat",
        # un détenu pas extrait de sa cellule pour l'audience (un jugement par défaut d'un fugitif n'est pas un vice)
        *near(
            ("pas été extrait", "pas été extraite", "sans être extrait", "sans être extraite"),
            ("cellule", "prison", "audience"),
        ),
        "pas été extraite de sa cellule",
        "pas été extrait de sa cellule",
        # aucune charge notifiée, aucun avocat ; sans nouvelles depuis ; au-delà de ce que permet la loi
        *near(
            ("aucune charge", "aucune accusation", "aucun chef d'inculpation", "aucun motif"),
            ("notifiée", "notifié", "signifiée", "signifié", "communiquée", "communiqué"),
        ),
        *near(("pu voir", "pu rencontrer", "accès à", "l'assistance d'", "sans qu'"), ("aucun avocat",)),
        *near(
            ("pas pu voir", "pas pu rencontrer", "pas pu consulter", "pas eu accès à"),
            ("un avocat", "son avocat", "ses avocats", "leur avocat", "leurs avocats"),
        ),
        "nient le détenir",
        "nie le détenir",
        "nient la détenir",
        "nie la détenir",
        *near(
            ("au-delà de ce que", "plus longtemps que ne le", "plus que ne le"),
            ("permet la loi", "prévoit la loi", "permet le code", "prévoit le code"),
        ),
        # audience tenue sans les avocats
        *near(
            ("audience", "procès"),
            ("en leur absence", "en l'absence de ses avocats", "hors la présence de ses avocats"),
        ),
        # le lieu de détention caché à la famille ; les avocats tenus à l'écart
        *near(
            ("avocat", "avocats", "avocate", "défense"),
            ("tenus à l'écart", "tenu à l'écart", "écartés", "empêchés d'entrer"),
        ),
        *near(
            (
                "ignore où",
                "ignore toujours où",
                "ignorent où",
                "sans savoir où",
                "refusé de dire où",
                "refusent de dire où",
            ),
            ("détenu", "détenue", "est", "se trouve"),
        ),
        "sans que sa famille sache",
        # au-delà du délai légal de garde à vue ; en l'absence de son avocat
        *near(("dépasse", "dépassé", "au-delà du", "excède"), ("délai légal", "délais légaux", "48 heures")),
        "en l'absence de son avocat",
        "hors la présence de son avocat",
        "sans son avocat",
        *near(
            ("pas eu accès", "sans accès", "refusé l'accès", "privé d'accès", "privée d'accès"),
            ("dossier", "pièces", "preuves"),
        ),
        "sans inculpation",
        "sans jugement",
        "sans mandat",
        "sans accès à un avocat",
        "privé d'avocat",
        "privée d'avocat",
        # une détention provisoire seule est la routine (une arrestation) ; prolongée, elle pose question
        *near(_PROLONG, _REMAND),
        *near(_REMAND, _PROLONG),
        # le dossier refusé à la défense
        "l'intégralité du dossier",
        # enlevé chez soi par des hommes en civil : une disparition, pas une affaire à l'étranger
        "enlevé à son domicile",
        "enlevée à son domicile",
        "enlevés à leur domicile",
        # détenu sans être reconnu, introuvable, au-delà des délais légaux, sans avocat pour l'assister
        "introuvable",
        "reconnaissent le détenir",
        "reconnaît le détenir",
        "au-delà des délais légaux",
        "le lieu où il se trouve",
        "le lieu où elle se trouve",
        "ignore où il se trouve",
        "ignore où elle se trouve",
        "pas vu de juge",
        *near(("sans avoir été", "sans être"), ("présenté à un magistrat", "présentée à un magistrat")),
        *near(("sans que ses avocats", "sans que son avocat"), ("assister", "voir", "rencontrer")),
        "détention arbitraire",
        "au secret",
        "huis clos",
        "procès inéquitable",
        "disparition forcée",
        "tribunal militaire",
        "sans nouvelles",
        "aveux forcés",
        "sans avocat",
        "s'entretenir avec un avocat",
        *("s'entretenir avec son avocat", "s'entretenir avec ses avocats"),  # « n'a pas pu s'entretenir avec » (S67)
        "sans la présence d'un avocat",
        "privé de son avocat",
        "procès équitable",
        # ni avocat, ni dossier, ni juge, lieu de détention inconnu
        "consulter le dossier",
        "accès au dossier",
        "présenté à aucun juge",
        "n'a pu voir ni sa famille ni un avocat",
        "ni un avocat",
        "ni ses avocats",
        "où il est détenu",
        "où elle est détenue",
        # entendu sans défense
        "sans défense",
        "audition sans avocat",
        # jamais devant un juge ; les avocats tenus à l'écart
        *near(
            ("sans être", "sans avoir été", "jamais été", "n'a pas été"), ("présenté à un juge", "présentée à un juge")
        ),
        "pas pu voir leur client",
        "pas pu rencontrer leur client",
        "pas pu voir son client",
        "pas pu voir son avocat",
        "pas pu rencontrer son avocat",
    ),
    Signal.CYBERCRIME: (
        # S148 : une faille exploitée pour modifier des notes contre de l'argent
        *("pour modifier les notes", "altération de données", "altération frauduleuse de données"),
        # des données volées revendues (S103 : « revendu des dossiers de patients … proposés … sur un forum du
        # darkweb »)
        *("revendu des dossiers", "revendre des dossiers", "revendu des données", "forum du darkweb", "sur le darkweb"),
        # les « brouteurs » d'Abidjan : des escrocs en ligne
        "brouteur*",
        "escroquerie*",
        "escroc*",
        "arnaque*",
        "fraude*",
        "rançongiciel*",
        "ransomware",
        "hameçonnage",
        "phishing",
        "blanchiment",
        "vol de données",
        "données volées",
        "piratage bancaire",
        "cartes bancaires",
        "carte bancaire",
        "faux conseillers",
        "usurpation d'identité",
        "cryptomonnaie*",
        "sextorsion",
        "chantage",
        "extorsion",
        "réseau criminel",
        "cybercriminel*",
        "logiciel malveillant",
        "rançon",
        "jeux d'argent en ligne",
        *("paris en ligne", "paris sportifs", "réseau de paris", "sites de paris"),  # S207 : un réseau démantelé
        # attaques informatiques, comptes piratés, faux journalistes : ces mots de presse ne désignent pas la presse
        "cyberattaque*",
        "cyber-attaque*",
        "déni de service",
        "piratage informatique",
        "pirate informatique",
        "pirates informatiques",
        *near(("pirat*",), ("compte", "comptes")),
        "faux journaliste*",
        "se présentant comme journaliste*",
        "se présentant comme des journalistes",
        "se faisant passer pour journaliste*",
        "se faisant passer pour des journalistes",
        "usurpant la qualité de journaliste",
    ),
    Signal.ORDINARY_CRIME: (
        *("fausses cartes de presse", "fausses cartes de journaliste"),  # S200 : un réseau d'escrocs
        *("système de Ponzi", "pyramide de Ponzi", "système pyramidal"),  # S195
        # S190 : un colonel devant le tribunal militaire (not "pour détournement": a union leader held on a pretext)
        "détournement des primes",
        # un délit avec ses preuves, des relevés, une expertise (S85 ; pas un aveu seul : on avoue aussi ses écrits)
        *("relevés bancaires", "expertise comptable", "formellement reconnu", "détournement de dons"),
        *("construction sans permis", "rançon", "Kidnapping", "compte caché", "fraude fiscale"),
        # une association dissoute pour les fonds détournés (S43)
        *("détournement de subventions", "le détournement de plus", "détournement des fonds"),
        # un vol dit comme la cause (S69 : « une militante féministe interpellée pour un vol dans une parfumerie »)
        *("pour un vol", "pour vol", "vol à l'étalage", "avoir dérobé", "après avoir dérobé"),
        # des coups portés, hors de toute action militante (S93 : « un militant écologiste condamné … pour avoir frappé
        # un vigile … en dehors de toute action militante »)
        *("pour avoir frappé", "en dehors de toute action militante", "hors de toute action militante"),
        # des déchets abandonnés (pas « cambriolages » ni « ses déchets » seuls : ce que l'on filme ou dénonce ; ni
        # « détournement de » : « complicité de détournement de deniers publics » est un prétexte classique)
        *("abandon de déchets", "dépôt sauvage"),
        # des chansons contrefaites ou plagiées : la propriété intellectuelle, pas une chanson poursuivie
        *("contrefaçon", "plagiat", "droits d'auteur", "propriété intellectuelle"),
        # un meurtre raconté comme un crime (« L'assassin de la policière condamné ») ; dénoncé, c'est le sujet (topics)
        *("assassin de", "assassin du", "meurtrier de", "meurtrier du", "qui avait tué"),
        # les sujets d'examen publiés : une fraude, pas une opinion
        *("sujets du bac", "sujets du baccalauréat", "fuite des sujets", "fraude au bac", "fraude aux examens"),
        # l'argent d'une association détourné par son fondateur
        "abus de confiance",
        "avoir détourné",
        # ivresse au volant
        "en état d'ivresse",
        "ivresse au volant",
        "taux d'alcool",
        # chèques sans provision
        "chèques sans provision",
        "chèque sans provision",
        # trafic de véhicules et de personnes
        "voitures volées",
        "véhicules volés",
        "SUV volés",
        "trafic de voitures",
        "trafic de véhicules",
        "traite des êtres humains",
        "conjoints jaloux",
        "surveillant leur compagne",
        "logiciel espion vendu",
        "trafic de drogue",
        "stupéfiants",
        "drogue",
        "cambriolage",
        "contrebande",
        "corruption",
        "détournement de fonds",
        "points de deal",
        "point de deal",
        "héroïne",
        "cocaïne",
        "cannabis",
        "pots-de-vin",
        "pot-de-vin",
        "trafic d'influence",
        "achat de voix",
        "achat de votes",
        "pratiques commerciales trompeuses",
        "pratique commerciale trompeuse",
        "publicité déguisée",
        "publicité mensongère",
        # atteintes à la probité
        "favoritisme",
        "prise illégale d'intérêts",
        "abus de biens sociaux",
        "détournement de fonds publics",
        "délit d'initié",
        "trafic d'espèces protégées",
        # infractions au séjour
        "séjour irrégulier",
    ),
    Signal.ASSEMBLY: (
        "manifestant*",
        "manifestation*",
        "rassemblement*",
        "une marche",
        "cortège",
        "sit-in",
        "grève",
    ),
    Signal.BUSINESS: (
        # S200 : un litige de TVA (pas un redressement fiscal, qui frappe aussi un journal critique : dev-18429)
        *("sur la TVA", "de TVA"),
        # une panne, des difficultés financières : ni une émission ni un article (S124)
        *("panne technique", "problème technique", "difficultés financières", "faute de moyens"),
        # une radio suspendue faute de payer : une dette, pas une émission (the twenty-seventh review)
        *("pour non-paiement", "non-paiement de ses redevances", "redevances impayées"),
        *("ans d'arriérés", "reconnu la dette", "promis un échéancier"),  # a station's debts, told after the step
        # la CNIL sanctionne une entreprise : de la conformité, pas une affaire
        # (la CNIL seule non : un chercheur lui signale une faille ; ni « inflige une amende » : à un journal, c'est
        # une affaire)
        *near(("CNIL",), ("inflige", "a infligé", "sanctionne", "a sanctionné")),
        # levées de fonds et marchés
        "levée de fonds",
        "publicité",
        "publicités",
        "placement de produit",
        "placements de produits",
        "annonce publicitaire",
        "chiffre d'affaires annuel",
        "chiffre d'affaires trimestriel",
        "chiffre d'affaires semestriel",
        "bénéfice net",
        "résultats annuels",
        "résultats semestriels",
        "actionnaires",
        "en Bourse",
        "cotée",
        "tribunal de commerce",
        "concurrent",
        "son concurrent",
        "concurrence déloyale",
        "dénigrement",
    ),
    Signal.HARM: (
        "après des heurts",  # S201 : des supporters interpellés (not "des images des heurts" aired, dev-22427)
        # S195 : les auteurs d'un lynchage jugés (pas un « lynchage médiatique »)
        *("lynchage d'un", "lynchage d'une", "lynchage de", "lynché", "lynchée", "lynchés"),
        *("actes de terrorisme", "assassinats", "engin explosif"),  # S162 : un chef armé condamné pour un attentat
        # des violences de supporters (the twenty-eighth review : « dissout l'association de supporters ultras après
        # les violences au Vélodrome »)
        *("supporters ultras", "violences au stade", "après les violences au"),
        # des ébats en public, filmés : l'acte, non la vidéo (the twenty-seventh review)
        *("ses ébats", "leurs ébats", "exhibition sexuelle", "ébats filmés"),
        # un combattant d'un groupe armé : des attaques, pas une opinion (S76)
        *("groupe armé terroriste", "préparation d'attaques", "attaques contre des postes militaires"),
        # frapper sa femme (S69 : « une vidéo où il frappe son épouse », « il rouait de coups sa femme »)
        *("frappe son épouse", "frappe sa femme", "frappé son épouse", "frappé sa femme", "rouait de coups"),
        "violence à l'égard des femmes",
        # ce qui a été publié est en soi l'infraction : menaces, injures visant une personne, cruauté filmée, canular
        *(
            "messages menaçants",
            "messages de menaces",
            "publications menaçantes",
            "vidéo menaçante",
        ),
        *("maltraitance animale", "actes de cruauté envers", "fausse alerte à la bombe", "canular téléphonique"),
        *("auteur d'un canular", "maltraite un âne", "maltraite un chien", "maltraite un animal", "maltraite un chat"),
        # la propagande d'un groupe armé, des appels à commettre des attentats : de la violence, pas une opinion
        "djihadiste",
        "djihadistes",
        "jihadiste",
        "jihadistes",
        "État islamique",
        "Daech",
        "commettre des attentats",
        "provocation directe à des actes de terrorisme",
        *near(
            ("appelant à", "appelait à", "appelaient à", "appels à", "appel à"),
            ("attaquer", "tuer", "poser des bombes"),
        ),
        *("appels aux attentats", "appel aux attentats", "appels à des attentats", "appel à des attentats"),
        *("appels au meurtre", "appel au meurtre", "appelant au meurtre"),
        # appeler ses fidèles à rejoindre les groupes armés, à prendre les armes
        *near(
            ("appelant", "appelait", "appelaient", "exhortait", "exhortant", "incitait", "incitant"),
            ("à rejoindre les groupes armés", "à rejoindre un groupe armé", "à prendre les armes"),
        ),
        "engins explosifs",
        "fabriquer des explosifs",
        # une bagarre, l'ivresse
        "bagarre",
        "rixe",
        "ivre",
        # harceler quelqu'un
        "harcelait",
        "harcelé",
        "harcelée",
        "harceler",
        # injures racistes
        "à caractère racial",
        "cris de singe",
        "injures racistes",
        "propos racistes",
        # conduite après avoir bu
        "capacités affaiblies",
        "facultés affaiblies",
        "alcool au volant",
        "alcoolémie",
        # appels à agresser, à commettre un crime
        "agresser",
        "provocation publique à la commission",
        "commission d'un crime",
        "excès de vitesse",
        "grand excès de vitesse",
        "rodéo urbain",
        "rodéos urbains",
        "rodéo*",
        "conduite dangereuse",
        "km/h",
        "meurtre",
        "homicide",
        "vol à main armée",
        "violences conjugales",
        "violence conjugale",
        "violences volontaires",
        "violences sur",
        "coups et blessures",
        "pour agression",
        "avoir agressé",
        "agression sexuelle",
        "viol",
        "pédocriminalité",
        "pédocriminel*",
        "pédopornographi*",
        "menaces de mort",
        "harcèlement",
        "conduite en état d'ivresse",
        "conduite sous l'emprise",
        "délit de fuite",
        "sous la menace d'un couteau",
        "vol à l'arraché",
        "vol avec violence",
        "vols avec violence",
        "maltraitance*",
        "alerte à la bombe",
        "cyberharcèlement",
        "cyber-harcèlement",
        "harcèlement en ligne",
        # violences au sein du couple
        "son ex-compagne",
        "son ex-compagnon",
        # infractions sexuelles, voyeurisme, cruauté envers les animaux
        "voyeurisme",
        "agressions sexuelles",
        "atteinte sexuelle",
        "atteintes sexuelles",
        "exhibition sexuelle",
        "harcèlement sexuel",
        "viols",
        "images intimes",
        "cruauté envers",
        "actes de cruauté",
        "sévices graves",
        "proxénétisme",
        # voyeurisme
        "caméra cachée",
        "caméras cachées",
        # violences et surveillance d'un ex-conjoint
        "ancien compagnon",
        "ancienne compagne",
        "ex-compagnon",
        "ex-compagne",
        "ex-conjoint",
        "ex-conjointe",
    ),
    Signal.PRETEXT: (
        "usurpation aggravée",  # S194 : l'accusation portée contre les défenseurs de la terre au Guatemala
        # la drogue « déposée » dans la voiture d'un militant : le prétexte dit par sa défense
        *near(("drogue", "chira", "cannabis", "stupéfiants"), ("a été déposée", "a été placée", "a été glissée")),
        "preuves fabriquées",  # (pas « une bombe placée dans sa voiture »)
        *("contrebande de devises", "pour contrebande", "accusations de contrebande"),
        "fraude fiscale",
        "évasion fiscale",
        "hooliganisme",
        # l'incitation à la violence : un vrai délit, et une accusation courante contre les meneurs de manifestations
        "incitation à la violence",
        "provocation à la violence",
        "appel à la violence",
        "appelé à la violence",
        # une qualification souvent opposée aux militants
        "association de malfaiteurs",
        # une accusation nommée d'après la vie privée, portée contre qui a publié : pas l'État exposant des données
        "atteinte à la vie privée",
        "atteinte à l'intimité de la vie privée",
    ),
    Signal.OCCASION: (
        *("accueille un forum", "forum africain sur", "forum régional sur"),  # S209 : un forum sur la surveillance
        *("dans ce livre", "livre qui paraît"),  # S202 : un journaliste raconte son enquête
        "au cœur des débats",  # S200 (not "Assises du journalisme": a journalist held the day they met, dev-15345)
        *("ont débattu de", "ont débattu du"),  # S183 : un colloque
        # a documentary staging someone (S107); the novels' and plays' frames are in PLOTS_FR, below
        *near(("le documentaire",), ("met en scène un", "met en scène une")),
        # l'intrigue d'un film, d'un roman (S95 : « Le long-métrage … suit un animateur radio arrêté après une émission
        # satirique »): ce qui s'y passe n'arrive à personne (`findings._plot_dropped`)
        *PLOTS_FR,
        *("remporte le Tanit", "Tanit d'or"),
        # l'intrigue d'un roman ou d'une pièce (pas « pour une pièce de théâtre », « la mise en scène de textes
        # d'opposants », « au théâtre » : des lieux et des causes d'arrestations réelles)
        *("le roman suit", "la pièce suit"),
        # une rumeur d'arrestation démentie par quelqu'un : « Non, le caricaturiste n'a pas été arrêté, selon son
        # journal » (pas « il n'a pas été arrêté, mais convoqué », ni « enlevé »)
        *beside(
            ("n'a pas été arrêté", "n'a pas été arrêtée", "n'a pas été interpellé", "n'a pas été interpellée"),
            ("selon", "précise", "assure", "affirme"),
        ),
        *("dément une rumeur", "dément la rumeur", "démentent une rumeur", "démentent la rumeur"),
        # « Intox : non, le journaliste … n'a pas été arrêté » ; « aucune procédure ne le vise » (S86)
        *("Intox", "aucune procédure ne le vise", "aucune procédure ne la vise"),
        # le verdict d'une vérification : « Vérification faite : non, ce blogueur n'a pas été arrêté » (pas
        # « Vérification faite : la journaliste a bien été arrêtée »)
        *("vérification faite non", "vérification non"),
        # un colloque, une journée mondiale : des discours sur des affaires, pas une affaire
        *near(("colloque", "table ronde"), ("réunit", "a réuni", "s'est tenu", "s'est tenue", "se tient", "s'ouvre")),
        # une ville accueille une conférence sur la liberté de la presse : des débats, pas une affaire
        "accueille une conférence",
        "accueillera une conférence",
        "conférence internationale sur",
        "débattront",
        "Journée mondiale de la liberté de la presse",
        # un colloque, une table ronde, un rapport présenté : des idées, pas d'affaire
        "ont adopté une déclaration",
        "ne porte sur aucun",
        # une projection suivie d'un débat
        *near(("cinéma", "ciné-club", "cinémathèque", "festival"), ("projette", "projettera")),
        "suivie d'un débat",
        "documentaire de",
        # une série, une fiction
        "série télévisée",
        "la fiction",
        # soirées de collecte
        "dîner de gala",
        "soirée de gala",
        "gala",
        # la critique d'un livre ou d'un film : l'arrestation en est l'intrigue
        "premier roman",
        "le livre paraît",
        "paraît chez",
        "en librairie",
        "sort en salles",
        # un musée (pas « exposition » : c'est aussi celle de données) ; une tribune qui imagine une affaire à venir
        "musée",
        "pourrait demain",
        "personne n'a encore été poursuivi",
        "festival",
        "Palme d'or",
        "Ours d'or",
        "cérémonie",
        "remis ses prix",
        "remise des prix",
        "remise du prix",
        "ouvre ses portes",
        "salon",
        "Forum international de la cybersécurité",
        # une loi ou un règlement adopté : des règles en débat, pas d'affaire
        "adopte le règlement",
        "adopte la loi",
        "a adopté la loi",
        "a adopté le règlement",
        # nécrologies et prix : une carrière rappelée, pas d'affaire
        "mort … à l'âge de",
        "décédé … à l'âge de",
        "décédée … à l'âge de",
        "s'est éteint",
        "s'est éteinte",
        "nécrologie",
        "obsèques",
        "remporte … prix",
        "a reçu le prix",
        "lauréat",
        "lauréate",
        "récompensé",
        "récompensée",
        # un prix qui récompense une œuvre : « Le prix Albert-Londres récompense une enquête » (pas « mis à prix …
        # récompense », une tête mise à prix, ni « le prix RSF qui récompense le courage » d'un journaliste arrêté)
        *beside(("récompense",), ("une enquête", "un reportage", "une série", "un documentaire", "un livre")),
        # une rumeur démentie, une loi révisée : pas d'affaire
        "vérificateurs",
        "date en réalité",
        "démenti",
        "dément l'arrestation",
        "adopté la révision de la loi",
        "adopte la révision de la loi",
    ),
    # une personne lésée, un témoin, une source : un rôle à côté de ces mots n'est pas la personne visée
    Signal.VICTIM: (
        "victime",
        "victimes",
        "témoin",
        "témoins",
        "témoign*",
        "a témoigné",
        "a déposé plainte",
        "porté plainte",
        "plainte de",
        "volé",
        "volée",
        "volés",
        "vol de",
        "dérobé*",
        "cambriol*",
        "agressé",
        "agressée",
        "agresseur*",
        # les interpellés sont les assassins d'un journaliste : il est la victime
        *(
            "arrêtés après l'assassinat",
            "arrêté après l'assassinat",
            "arrêtés pour l'assassinat",
            "arrêté pour le meurtre",
        ),
        *("arrêtés pour le meurtre", "interpellés après l'assassinat", "interpellé après l'assassinat"),
        *("assassin présumé", "assassins présumés", "meurtrier présumé", "meurtriers présumés", "assassins de"),
        *("meurtriers de", "assassins du", "meurtriers du"),
        *beside(
            (
                "assassin de la",
                "assassin du",
                "meurtrier de la",
                "meurtrier du",
                "qui avait tué le",
                "qui avait tué la",
            ),
            ("journaliste", "militant", "militante", "blogueur", "blogueuse", "défenseur", "défenseure"),
        ),
        "agression",
        "frappé",
        "frappée",
        "roué de coups",
        "menacé",
        "menacée",
        "menaces contre",
        "harcelé",
        "harcelée",
        "harceleur*",
        "se faisant passer pour",
        "se présentant comme",
        "usurp*",
        "escroqué",
        "escroquée",
        "arnaqué*",
        "piraté",
        # un compte piraté, un accident de la route, un témoignage à la barre
        "accident",
        "collision",
        "renversé",
        "renversée",
        "percuté*",
        "fauché*",
        "piratée",
        "piratage",
        "pris le contrôle",
        "à la barre",
        "a raconté",
        # qui a évoqué un cas en parle, il n'en est pas l'objet : « la société civile a évoqué le décret-loi 54 »
        *("a évoqué", "ont évoqué"),
        # partie civile qui gagne, personne agressée : l'affaire est celle d'un autre
        "obtient gain de cause",
        "a obtenu gain de cause",
        "gagne son procès",
        "partie civile",
        "agression contre",
        # un expert au procès
        "expert judiciaire",
        "en qualité d'expert",
        # la personne qui suit a été enlevée
        "ravisseurs de",
    ),
    # un rôle passé : la personne ne fait plus ce travail
    Signal.FORMER: (
        # un rôle qu'il se donnait
        "se présentait comme",
        "se présentait sur LinkedIn comme",
        "faux militant",
        "fausse militante",
        "faux militants",
        # un rôle seulement revendiqué
        "autoproclamé",
        "autoproclamée",
        "se présentant comme",
        "se faisant passer pour",
        "se faisait passer pour",
        "ancien",
        "ancienne",
        "anciens",
        "anciennes",
        "ex",
        "retraité",
        "retraitée",
        # un poste d'enseignant quitté : où elle travaillait, comme une retraite (`calibration.RETIRED`)
        *TEACHING_POSTS_LEFT["fr"],
        # un rôle revendiqué ou usurpé
        "soi-disant",
        "se disant",
        "faux",
        "fausse",
    ),
    # quelqu'un d'autre nommé à la place de la personne arrêtée : « un suspect interpellé »
    Signal.SUSPECT: (
        "suspect",
        "suspects",
        "un homme",
        "deux hommes",
        "trois hommes",
        "individu",
        "individus",
        "conducteur",
        "chauffard",
        "automobiliste",
        "adolescent*",
        "mineur",
        "mineurs",
        "jeune homme",
        "jeunes",
        "malfaiteur*",
        "l'accusé",
        "prévenu",
        "prévenus",
        "auteur présumé",
        "auteurs présumés",
        "escroc*",
        # les ravisseurs arrêtés
        "ravisseurs",
        "ravisseur",
        # le conducteur mis en cause
        "le chauffeur",
        "chauffeur du camion",
    ),
    # un proche : « le fils d'un syndicaliste » n'est pas le syndicaliste
    Signal.RELATIVE: (
        "fils",
        "fille de",
        "fille d",
        "épouse",
        "mari de",
        "mari d",
        "frère",
        "sœur de",
        "sœur d",
        "mère de",
        "mère d",
        "mère du",
        "père de",
        "père d",
        "père du",
        "proches de",
        "proches d",
        "famille de",
        "famille d",
    ),
    # projets et débats parlementaires : des règles discutées, appliquées à personne
    Signal.LAWMAKING: (
        # S153-S154 : un texte examiné en commission ; un régulateur réunit les plateformes
        *("examiné en commission", "le texte prévoit", "réunit les plateformes", "leurs obligations au titre du"),
        # ratification débattue
        "débattre de la ratification",
        "débat sur la ratification",
        "projet de loi",
        "proposition de loi",
        "amendement*",
        "en première lecture",
        "en seconde lecture",
        "examen du texte",
        # un débat sur un texte, pas un débat radiodiffusé ("suspendue après un débat sur l'armée")
        *near(("débat sur",), ("le projet", "la loi", "le texte", "la réforme", "l'amendement", "la proposition")),
        "long débat",
        "l'Assemblée adopte",
        "l'Assemblée a adopté",
        "les députés ont adopté",
        "ont voté contre",
        "a voté contre",
        "adopte la révision",
        "ont rejeté l'article",
        "rejettent l'article",
        "supprimé l'article",
        "consultation publique",
        # la crainte qu'un texte serve un jour contre quelqu'un : un usage redouté, appliqué à personne
        *near(
            ("redoutent que la convention", "craignent que la convention", "redoutent que la loi"),
            ("serve à", "servir à", "permette de", "soit utilisée", "soit utilisé"),
        ),
        *near(("craignent que la loi", "craignent que le texte", "redoutent que le texte"), ("serve à", "permette de")),
    ),
    # le genre du texte quand il parle de cas plutôt que d'un cas (`Signal.GENRE`) : pesé seulement sans personne visée
    Signal.GENRE: (
        # S153 : un récit de prison, des années après
        *("raconte ses années de prison", "raconte ses années", "revient sur son procès", "dans un récit publié"),
        # S150 : un prix en son absence, une ville qui se souvient (pas « je compte les jours » : une épouse qui raconte
        # peut dire la nouvelle enquête)
        *("reçoit en son absence", "en son absence le prix", "se souvient de"),
        # des mémoires, qui racontent (S145 : « l'ancien détenu d'opinion … publie ses mémoires »)
        *("publie ses mémoires", "ses mémoires", "ses souvenirs de prison"),
        # le premier réveillon d'un détenu, raconté (S143)
        *near(("premier réveillon", "premier Nouvel An", "premier Noël"), ("derrière les barreaux", "en prison")),
        # l'étape qu'un rassemblement rappelle (S137 : « deux ans après l'incarcération de la journaliste »)
        *near(("ans après", "an après"), ("l'incarcération de", "l'arrestation de", "la condamnation de")),
        # un démenti pour tous (S138)
        *near(("personne n'est", "nul n'est"), ("emprisonné pour", "arrêté pour", "poursuivi pour", "détenu pour")),
        # un appel à libérer quelqu'un, qui n'est pas une étape (S136 : « Les députés appellent à la libération de
        # Youssef Trabelsi », « réitère son appel à la libération de la journaliste » ; S138 : « réclame à Hanoï la
        # libération du blogueur »)
        *near(("réclame", "réclament", "exige", "exigent"), ("la libération",)),
        *("appellent à la libération", "appelle à la libération", "appel à la libération"),
        *("demandent la libération", "demande la libération"),
        # « Il y a deux ans, le blogueur … était condamné » (S134) : l'étape est celle qu'on rappelle
        *near(
            tuple(f"il y a {n} ans" for n in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")),
            (
                "était condamné",
                "était condamnée",
                "était arrêté",
                "était arrêtée",
                "était interpellé",
                "était incarcéré",
            ),
        ),
        # une fresque, une lettre ouverte, une pétition, un concert, une marche annuelle pour un détenu de longue date
        # (S134 : « Ixelles : une fresque pour Thanawat », « mène sa dixième marche annuelle », « Il y a deux ans, le
        # blogueur … était condamné », « Un an après sa grâce royale »)
        *("fresque", "une fresque", "lettre ouverte", "une lettre ouverte", "pétition", "une pétition", "un concert"),
        *("concert en hommage", "marche annuelle", "comme chaque année", "un an après", "il y a un an"),
        *(f"il y a {n} ans" for n in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")),
        *("remis en son absence", "remise en son absence", "reçu en son absence"),  # (pas « jugé en son absence »)
        # une veillée pour un détenu, comme « vigil » (S127, S131 : « Noël loin des siens : à Paris, une veillée pour le
        # journaliste … détenu depuis 600 jours », « Genève : une veillée aux bougies pour le journaliste tunisien »)
        *("veillée", "une veillée", "veillée aux bougies", "veillée de solidarité"),
        # la promesse d'un gouvernement (S120 : « Aucun journaliste ne sera emprisonné pour un délit de presse » ; pas
        # « dément toute démarche » : un démenti que la suite contredit, S99)
        *near(
            ("Aucun journaliste ne sera",),
            ("emprisonné", "arrêté", "poursuivi", "inquiété", "incarcéré"),
        ),
        # la veillée ou la grève de la faim d'une famille pour un détenu de longue date (S115 : « Vingt-quatre ans sans
        # nouvelles : la famille … rallume les bougies », « La mère d'un militant du Hirak détenu depuis 2022 entame une
        # grève de la faim »)
        *("ans sans nouvelles", "rallume les bougies", "rallumé les bougies"),
        *near(
            ("La mère d'un", "L'épouse d'un", "La famille d'un"),
            ("entame une grève de la faim", "observe une grève de la faim"),
        ),
        # le démenti d'un État (S114 : « Aucun journaliste n'est poursuivi pour ses opinions », assure la ministre)
        *near(
            ("Aucun journaliste", "Aucun blogueur"),
            ("n'est poursuivi", "n'est emprisonné", "n'a été arrêté", "n'est en prison", "n'a été interpellé"),
        ),
        *near(("Aucun journaliste",), ("n'a été convoqué", "n'a été poursuivi")),
        # S111 : « Je n'ai reçu aucune convocation » : annoncé arrêté, … ; « cinq ans après la mort en détention du
        # journaliste »
        *("aucune convocation", "annoncé arrêté", "annoncée arrêtée"),
        *near(("ans après", "an après", "anniversaire de"), ("la mort en détention", "sa mort en détention")),
        # le prix, le livre ou l'entretien d'un exilé (S110 : « Une journaliste camerounaise en exil distinguée à
        # Bruxelles », « le prix de la liberté de la presse décerné à une journaliste burundaise en exil », « "Écrire
        # depuis l'exil" : le journaliste … présente son récit »)
        *near(
            ("en exil", "exilé", "exilée"), ("distinguée", "distingué", "récompensée", "récompensé", "primée", "primé")
        ),
        *near(("décerné à", "remis à", "attribué à"), ("en exil",)),
        *near(("depuis l'exil",), ("présente son", "présente ses", "publie son")),
        # un documentaire sur des détenus (S109 : « le documentaire sur les blogueurs vietnamiens emprisonnés »)
        *near(("le documentaire sur", "un documentaire sur", "le film sur"), ("emprisonnés", "détenus", "incarcérés")),
        # une rétrospective de l'année (S107 : « 2026, année noire pour la presse au Sahel : notre rétrospective »)
        *("notre rétrospective", "rétrospective", "retour sur douze mois", "année noire pour"),
        # les journalistes du monde entier qu'une veillée ou une exposition nomme (S103-S104 : « une vigile pour les
        # journalistes emprisonnés à travers le monde », « lire à voix haute les noms de journalistes détenus »)
        *near(
            ("journalistes emprisonnés", "journalistes détenus", "journalistes incarcérés"),
            ("à travers le monde", "dans le monde", "du monde entier"),
        ),
        *(
            "les noms de journalistes détenus",
            "les noms des journalistes détenus",
            "les noms de journalistes emprisonnés",
        ),
        # un appel à tous les États n'est un pas contre personne (S103 : « a appelé les États à libérer "tous les
        # journalistes et défenseurs emprisonnés" »)
        *near(
            near(
                (
                    *("appelé les États à", "appelle les États à", "exhorte les États à", "exhorté les États à"),
                    *("appelé les gouvernements à", "appelle les gouvernements à", "appelé tous les États à"),
                ),
                ("libérer",),
            ),
            ("emprisonnés", "détenus", "incarcérés", "emprisonnées", "détenues", "derrière les barreaux"),
        ),
        # une exposition, une veillée pour les journalistes du monde entier (S103-S104)
        *("à travers le monde", "du monde entier"),
        # (S102 : « rassemblement … pour les 500 jours de détention du journaliste »)
        *("jours de détention du", "jours de détention de", "mois de détention du", "mois de détention de"),
        *near(("raconte",), ("mois de détention", "ans de détention", "jours de détention")),  # S100 : un récit
        *("le récit de sa détention", "récit de sa détention"),
        # une détention racontée, un livre dédicacé (S98 : « raconte sa détention dans un livre … en dédicace »)
        *("raconte sa détention", "raconte son arrestation", "revient sur son arrestation", "en dédicace"),
        # une affirmation démentie (S99 : « dément la rumeur » ; pas « Vérification faite » : une vérification confirme
        # aussi, S89 : « Vérification faite : l'étudiant … est bien détenu »)
        *("rumeur", "rumeurs", "intox", "infox", "canular", "publication virale", "vidéo virale"),
        *("la rumeur de son arrestation", "rumeur d'arrestation", "rumeur de son interpellation"),
        *near(
            ("affirmaient", "affirmait", "affirme que", "affirmant que", "prétendaient", "prétendait"),
            ("avait été interpellé", "avait été arrêté", "a été interpellé", "a été arrêté", "avait été interpellée"),
        ),
        # une étape commémorée, non prise (S93-S95) : l'étape dedans est celle de la commémoration (`findings`)
        *near(
            ("anniversaire de", "jours depuis", "ans depuis", "mois depuis", "jours après", "an après", "ans après"),
            (
                *("l'arrestation", "son arrestation", "la condamnation", "sa condamnation", "l'incarcération"),
                *("son incarcération", "la détention", "sa détention", "l'enlèvement", "son enlèvement"),
            ),
        ),
        # un livre qui raconte une détention passée (S86 : « raconte sa détention dans un livre présenté à Paris »)
        *("raconte sa détention", "dans un livre", "livre présenté", "l'ouvrage est présenté"),
        # le rapport annuel d'une organisation (S84 : « dans son rapport annuel publié jeudi »)
        *("rapport annuel", "son rapport annuel"),
        *("classement", "indice", "bilan", "rapport annuel", "dans le monde", "une formation", "session de formation"),
        # (S89 : « Le CPJ recense 61 journalistes », « rencontre avec … libéré », « une exposition reconstitue »,
        # « juristes et journalistes débattent des risques »)
        *("recense", "recensement", "rencontre avec", "entretien avec", "une exposition", "débattent des"),
        *(
            "publie un livre",
            "publie un ouvrage",
        ),  # (« Me Afi Mensah, avocate de détenus politiques, publie un livre »)
        *("formés", "formées", "atelier", "séminaire", "colloque", "conférence", "forum", "table ronde", "entretien"),
        *("interview", "mémoires", "documentaire", "anniversaire", "ans après", "commémor*", "hommage", "tribune"),
        *("nécrologie", "une étude", "enquête annuelle"),
        "Journée internationale de la fin de l'impunité",
    ),
    # des dommages entre parties, une sanction sportive : pas de poursuite pénale
    Signal.CIVIL: (
        # a station suspended for the fees it owes: a debt to the regulator, not a sanction for what it aired (S194)
        *("pour non-paiement de ses redevances", "pour non-paiement de ses droits", "pour redevances impayées"),
        # des dommages à verser, à la voix active (S123, S124 : « la Cour supérieure condamne un chroniqueur radio à
        # verser 40 000 $ à un ex-maire », « condamne l'hebdo … à verser 45 000 $ à une entreprise »)
        *near(("condamne", "a condamné", "condamnant"), ("à verser", "à payer")),
        # à la voix passive, à un élu (S220 : « Un chroniqueur condamné à payer 20 000 $ au maire de Laval » ;
        # « condamné à verser » seul est déjà plus bas)
        *near(
            ("condamné à payer", "condamnée à payer"),
            ("au maire", "à l'élu", "à un élu", "au député", "à la députée", "à l'ex-maire", "à un ex-maire"),
        ),
        # un bail perdu : le propriétaire, pas l'État (S83 : « un comité logement expulsé de ses locaux par son
        # propriétaire »)
        *("loyers impayés", "par son propriétaire", "litige locatif", "arriérés de loyer"),
        # le conseil de prud'hommes : un litige de travail entre un journaliste et son employeur (S79)
        *("conseil de prud'hommes", "prud'hommes", "requalification de son contrat"),
        # le juge de sa propre affaire familiale : un justiciable, pas un critique
        *("juge de son divorce", "juge chargée de son divorce", "juge chargé de son divorce", "procédure de divorce"),
        *("audience sur la garde", "juge aux affaires familiales"),
        # un litige entre concurrents : « procès en diffamation opposant deux hommes d'affaires », « poursuivi par un
        # concurrent pour une publication »
        *("poursuivi par un concurrent", "poursuivie par un concurrent", "plainte d'un concurrent"),
        *("opposant deux hommes d'affaires", "opposant deux entreprises", "opposant deux commerçants"),
        # une plainte en diffamation d'un particulier
        "droit d'auteur",
        "droit d’auteur",
        "à lui verser",
        "au civil",
        "dommages-intérêts",
        "dommages et intérêts",
        # condamné à verser une somme à un maire, à un particulier : des dommages, pas une peine
        "condamné à verser",
        "condamnée à verser",
        "condamnés à verser",
        "condamnées à verser",
        "tribunal civil",
        "comité de discipline",
        "commission de discipline",
        "commission disciplinaire",
    ),
    # des propos visant le pouvoir
    Signal.DISSENT: near(_CRITIQUER, _POUVOIR),
    # qui est la personne visée dans la phrase d'avant
    Signal.IDENTIFY: (
        "il s'agit de",
        # la phrase suivante dit qui elle est : « Une avocate placée en garde à vue. Elle est membre de la Ligue »
        *(f"{who} est {also}membre" for who in ("elle", "il") for also in ("", "aussi ", "également ")),
        "il s'agit d'",
        "identifié comme",
        "identifiée comme",
        # une ONG ou la famille dit qui est la personne arrêtée : « la LTDH précise que M. X est membre de son bureau »,
        *near(
            (
                "a indiqué que",
                "indique que",
                "a précisé que",
                "précise que",
                "affirme que",
                "a confirmé que",
                "rappelle que",
            ),
            ("est",),
        ),
    ),
    Signal.NOISE: (
        # une demande de retrait niée (S161 : « Le journal, qui n'a pas été sommé de retirer le texte »)
        *("pas été sommé de retirer", "pas été sommée de retirer", "pas été contraint de retirer"),
        *("médiation", "médiations", "médiateur", "médiateurs", "médiatrice"),  # S197 : pas les médias
        *("Témoin de Jéhovah", "Témoins de Jéhovah"),  # S195 : des croyants, pas des témoins
        *(
            "au secret professionnel",
            "le secret professionnel",
            "du secret professionnel",
        ),  # pas une détention au secret
        # la promesse d'un programme de divulgation (S146 : « ne seront pas poursuivis pour accès indu »)
        *("ne seront pas poursuivis", "ne seront pas poursuivies", "ne sera pas poursuivi", "ne sera pas poursuivie"),
        *(
            "réfute avoir utilisé un logiciel espion",
            "dément avoir utilisé un logiciel espion",
            "nie avoir utilisé Pegasus",
        ),
        *("nie avoir utilisé un logiciel espion", "réfute avoir utilisé Pegasus"),  # la trentième revue
        "huis clos étouffant",  # S105 : une critique de film, pas un procès à huis clos
        # un démenti dit avec son pas (S104 : « Rabat dément tout recours à Pegasus »)
        *("dément tout recours à Pegasus", "dément tout recours au logiciel", "dément avoir espionné"),
        *("dément toute surveillance", "dément avoir utilisé Pegasus", "nie tout recours à Pegasus"),
        # une étape ou un rôle démentis (S99 : « dément la rumeur de son arrestation », « la police dément avoir arrêté
        # un photographe », « sans lien avec la presse », « aucune procédure ne le concerne »)
        *("dément avoir arrêté", "démentent avoir arrêté", "sans lien avec la presse"),
        *("aucune procédure ne le concerne", "aucune procédure ne la concerne", "n'avoir reçu aucune convocation"),
        *("n'est pas mort en détention", "il n'a jamais été arrêté", "elle n'a jamais été arrêtée"),
        # le verdict d'une vérification (S96 : « Non, le rappeur … n'a pas été arrêté », « la police dément toute
        # interpellation »)
        *("n'a pas été arrêté", "n'a pas été arrêtée", "n'ont pas été arrêtés", "n'a jamais été arrêté"),
        *("n'a pas été interpellé", "n'a pas été interpellée", "dément toute interpellation", "n'a pas été extradé"),
        # des supporters, pas des défenseurs (the twenty-eighth review: « dissout l'association des ultras »)
        *("association des supporters", "association de supporters", "groupe de supporters", "groupe d'ultras"),
        "association des ultras",
        # le colloque ou la cérémonie où se rendait la personne arrêtée : sa destination, pas le cadre de la dépêche
        # (S80)
        *beside(
            ("pour assister à", "pour participer à", "en route pour", "pour recevoir", "pour se rendre à"),
            ("un colloque", "une conférence", "un forum", "la cérémonie", "un atelier", "son prix", "un prix"),
        ),
        # « le tribunal a jugé que » : ce qu'un tribunal a estimé, pas un procès (« il a été jugé » en est un)
        *("a jugé que", "ont jugé que", "avait jugé que", "juge que", "jugent que"),
        # une marche qui s'est déroulée sans interpellation
        *("sans interpellation", "sans aucune interpellation", "aucune interpellation", "sans arrestation"),
        # « le procès opposant deux hommes d'affaires » : le participe, pas un opposant politique (S60)
        *("opposant deux", "opposant les", "opposant le", "opposant la", "opposant un", "opposant une", "opposant des"),
        # une arrestation crainte, risquée, imaginée ou racontée n'en est pas une : l'entretien d'un exilé, un atelier
        *("craint d'être arrêté", "craint d'être arrêtée", "craint d'être interpellé", "craint d'être interpellée"),
        *("craint d'être emprisonné", "craint d'être emprisonnée", "risque d'être arrêté", "risque d'être arrêtée"),
        *("peur d'être arrêté", "peur d'être arrêtée", "en cas d'arrestation", "en cas d'interpellation"),
        *("raconte sa détention", "raconte son arrestation", "raconte son incarcération", "racontent leur détention"),
        # des appels à manifester violemment, armés : un appel à la violence, pas une parole
        *("appels à manifester violemment", "appels à manifester armés", "appel à manifester armé"),
        *("notre correspondant", "notre correspondante", "nos correspondants", "de notre correspondant"),
        # un match rejoué à huis clos : une sanction sportive, pas une audience fermée
        # (pas « le procès s'est joué à huis clos » : seulement un match)
        *beside(("match", "matchs", "rencontre", "match sera rejoué", "match pourrait être rejoué"), ("à huis clos",)),
        # « corruption sur terre » : le chef d'accusation iranien (efsad-e fel-arz) porté contre rappeurs et
        # manifestants comme contre des trafiquants ; ce n'est pas un détournement de fonds
        "corruption sur terre",
        # des médias « détenus par » des nationaux : la propriété, pas une détention
        *beside(("détenu", "détenus", "détenue", "détenues"), ("exclusivement par", "majoritairement par")),
        *("capital détenu", "parts détenues", "actions détenues", "participation détenue"),
        *beside(
            ("détenu", "détenus", "détenue", "détenues"),
            ("en majorité par", "par des milliardaires", "par un milliardaire", "par un industriel"),
        ),
        *beside(("détenu", "détenus", "détenue", "détenues"), ("par un homme d'affaires", "par un groupe industriel")),
        # « enlevé par des hommes se disant policiers » : ce sont les ravisseurs qui se disent, pas le journaliste
        *("hommes se disant", "individus se disant", "agents se disant", "se disant policiers", "se disant gendarmes"),
        # des données accessibles « sans mot de passe » : la faille signalée, pas un mot de passe exigé
        *("sans mot de passe", "sans aucun mot de passe", "sans authentification"),
        # présenté à la presse: la police montre des suspects aux journalistes
        "présenté à la presse",
        "présentés à la presse",
        "présentées à la presse",
        "a présenté à la presse",
        # « ces arrestations » renvoie à celles déjà dites : pas une nouvelle
        "ces arrestations",
        "ces interpellations",
        # les exilés que l'on aide ne sont pas un État qui poursuit à l'étranger
        *beside(("aide aux", "soutien aux", "accueil des", "Solidarité"), ("exilés", "réfugiés")),
        # les médias en exil cités
        "médias en exil",
        "média en exil",
        # des militants d'un parti en campagne, la commission de propagande électorale
        "militants d'une liste",
        "militants du parti",
        "militants d'un parti",
        "commission de propagande",
        "a déclaré à la presse",
        "conférence de presse",
        "communiqué de presse",
        "selon les médias",
        "médias locaux",
        "son avocat",
        "son avocate",
        "ses avocats",
        "avocat de la défense",
        "revue de presse",
        "caméras de surveillance",
        "caméra de surveillance",
        "surveillance électronique",
        "bracelet électronique",
        "surveillance médicale",
        "par un média",
        "selon un média",
        "accès frauduleux",
        "accès et maintien frauduleux",
        "accès ou maintien frauduleux",
        # la presse comme source d'une révélation : la presse n'est pas en cause
        "révélé par la presse",
        "révélée par la presse",
        "révélés par la presse",
        "révélées par la presse",
        "selon la presse",
        # la presse qui rapporte, un adjectif « universitaire » : ni journaliste visé, ni universitaire
        "enquête de presse",
        "une enquête de presse",
        "révélations de presse",
        "inscription universitaire",
        "plateforme universitaire",
        "année universitaire",
        "résidence universitaire",
        "hôpital universitaire",
        "centre hospitalier universitaire",
        # une réparation civile entre particuliers n'est ni une arrestation ni une peine
        "condamné* à indemniser",
        "condamné* à verser des dommages",
        "condamné* au civil",
        # un reportage comme source
        "selon un reportage",
        "dans un reportage",
        # un rôle passé n'est pas le métier d'aujourd'hui
        "ancien journaliste",
        "ancien commentateur",
        "ancien chroniqueur",
        "ancien rédacteur en chef",
        "ancien reporter",
        "ancien militant",
        "ancien blogueur",
        "ancienne journaliste",
        "ancienne commentateur",
        "ancienne chroniqueur",
        "ancienne rédacteur en chef",
        "ancienne reporter",
        "ancienne militant",
        "ancienne blogueur",
        "ex- journaliste",
        "ex- commentateur",
        "ex- chroniqueur",
        "ex- rédacteur en chef",
        "ex- reporter",
        "ex- militant",
        "ex- blogueur",
        # un service de l'État, pas une surveillance
        "surveillance du territoire",
        # le nom d'un service de police n'est pas un crime
        "lutte contre la cybercriminalité",
        "Bureau de la cybercriminalité",
        "brigade de lutte contre la cybercriminalité",
    ),
}
