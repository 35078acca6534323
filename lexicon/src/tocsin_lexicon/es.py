"""Spanish phrases per signal (Latin America: Nicaragua, Venezuela, Cuba, Mexico; Spain)."""

from tocsin_lexicon import IN_DIGITS, Signal, Table, beside, near
from tocsin_lexicon.past import TEACHING_POSTS_LEFT

# how Spanish writes a term of years in words, for the maximum penalties of bills and laws
_SPELLED_YEARS = ("un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "quince",
                  "veinte")  # fmt: skip

# Phrase families: an act near its object ("le quitaron el celular", "advirtió al banco de un error que permitía").
_MULTADOS = (
    "periodista*",
    "fotoperiodista*",
    "reporter*",
    "bloguer*",
    "activista*",
    "abogad*",
    "defensor*",
    "ciudadan*",
    "usuari*",
    "tuiter*",
    "youtuber*",
    "estudiante*",
    "jubilad*",
    "crític*",
    "poeta*",
    "caricaturista*",
    "opositor*",
    "individuo*",
    *("feminista*", "tiktoker*", "instagramer*"),  # S158: "Cuba multa a una feminista por una publicación"
    *("portavoz", "portavoces"),  # S164: "Multa de 600 euros a la portavoz de un colectivo climático por un tuit"
    *("votante", "votantes", "elector", "electora"),  # S173: "TCE multa a un votante … por publicar en TikTok"
    "voluntari*",  # S154: "Multa de 600 euros por la 'ley mordaza' a un voluntario … que grabó a agentes"
)  # a quien una multa por hablar alcanza
# la moral pública invocada contra una publicación, y lo publicado (S69)
_MORAL_ES = (
    *("pudor público", "al pudor", "contra el pudor", "moral pública", "buenas costumbres", "valores familiares"),
    "faltas a la moral",
)
_POSTED_ES = (
    *("TikTok", "Instagram", "videos de baile", "sus videos", "sus publicaciones", "transmisiones en vivo"),
    *("publicar un video", "publicar un vídeo"),
)
_TAKE = (
    "incaut*",
    "decomis*",
    "secuestró",
    "secuestraron",
    "confisc*",
    "quitaron",
    "se llevaron",
    "llevándose",
    "requis*",
    "revis*",
    "registraron",
    "extraj*",
    "copiaron",
    "aseguraron",
    "ocuparon",
    "se llevó",
    "se había llevado",
    "cargaron con",
    "se llevan",
    "se incautó de",
)
# Las personas que un paso nombra justo después ("condena a rapero", "juicio oral contra periodista"): `beside` las
# conserva como el rol al que el paso se ata
_NOMBRADOS = (
    *("periodista", "rapero", "rapera", "tuitero", "tuitera", "activista", "bloguero", "bloguera", "youtuber"),
    *("tiktoker", "humorista", "caricaturista", "estudiante", "joven", "programador", "defensor", "defensora"),
    *("opositor", "opositora", "líder", "lideresa", "investigador", "investigadora", "profesor", "profesora"),
    *("escritor", "escritora", "poeta", "cineasta", "documentalista", "artista"),
)
_PROLONG = ("prorrog*", "prórroga", "ampliación", "extendi*", "renov*")
_REMAND = ("prisión preventiva", "detención provisional", "detención", "preventiva")
# quien está bajo custodia del Estado: "detenido … se desconoce dónde permanece"
_CUSTODY_HELD = (
    *("detenido", "detenida", "detenidos", "detenidas", "aprehendido", "aprehendida", "capturado", "capturada"),
    *("arrestado", "arrestada", "preso", "presa", "recluido", "recluida", "trasladado", "trasladada", "detuvo"),
    *("detuvieron", "capturaron", "aprehendieron", "trasladados", "detienen", "capturan", "aprehenden", "arrestan"),
    # agentes que se llevan a alguien: "Agentes del Sebin se llevaron a periodista"
    *("se llevó", "se llevaron", "llevado", "llevada", "sacó", "sacaron", "se lo llevaron", "se la llevaron"),
)
_TAKE_MORE = ("intervin*", "intervenid*", "hackearon", "vaciaron", "peritaje de", "análisis forense de")
_DEVICES = (
    "teléfono*",
    "celular*",
    "móvil",
    "móviles",
    "computador*",
    "ordenador*",
    "laptop*",
    "equipos",
    "discos duros",
    "notebook*",
    "tablet*",
    "disco externo",
)
_DEVICES_MORE = ("dispositivos", "chats", "comunicaciones", "conversaciones", "correos")
_WATCH = ("monitore*", "vigil*", "espi*", "rastre*")
_WATCHED = ("cuentas", "redes sociales", "comunicaciones", "perfiles", "mensajes")
_ASK = ("pidió", "solicitó", "ordenó", "requirió", "exigió", "entregar", "entregó", "entregaron", "obtuvo")
_ACCOUNT_DATA = ("datos de la cuenta", "datos de sus cuentas", "datos de usuario*", "información de la cuenta")
_ACCOUNT_MORE = ("direcciones IP", "dirección IP", "registros de llamadas", "datos de ubicación", "metadatos")
_DISCLOSE = ("reportó", "reportado", "reportar", "advirti*", "advertido", "alertó", "alertado", "alertar", "avisó")
_DISCLOSE_MORE = (
    *("avisado", "notific*", "informó", "informado", "descubri*", "detectó", "detectado"),
    *("informara", "avisara", "alertara", "reportara"),  # "después de que avisara de una falla"
    *("informar", "advertir", "avisar"),  # "detenido tras informar a la municipalidad sobre una falla que permitía"
)
_FLAWS = ("vulnerabilidad*", "fallo de seguridad", "falla de seguridad", "brecha de seguridad", "agujero de seguridad")
_FLAWS_MORE = (
    "error que permit*",
    "fallo que permit*",
    "falla que permit*",
    "error en su aplicación",
    "error en el sistema",
)

_CRITICAR = (
    "burl*",
    "critic*",
    "insult*",
    "caricatura",
    "video",
    "videos",
    "publicación",
    "publicaciones",
    "mensaje",
    "mensajes",
    "tuit",
    "tuits",
    "meme",
    "memes",
    "denunciar",
    "denunció",
    "acusar",
    "acusó",
)
_PODER = (
    "president*",
    "gobernador*",
    "alcalde*",
    "ministr*",
    "gobierno",
    "rey",
    "ejército",
    "policía",
    "autoridades",
    "régimen",
    "dictadura",
    "funcionarios",
    "diputad*",
    "senador*",
)

# the stations a regulator or a judge names
_STATIONS = ("Radio", "la radio", "la emisora", "el canal", "Canal")
# a regulator taking a station off the air (S83) and a judge ordering a portal to take its reporting down (S86): each
# phrase both the step and the outlet it names
_OFF_AIR = (
    *beside(("ordena sacar del aire a", "ordenó sacar del aire a", "saca del aire a", "sacó del aire a"), _STATIONS),
    # a station closed by a regulator (S96: "Conatel cierra Radio Frontera 98.1"; not "el canal": "YouTube cierra el
    # canal de …"; not a company: "Grupo radial cierra Radio Sabor 95.3 por pérdidas")
    *beside(
        tuple(
            f"{who} {verb}"
            for who in ("Conatel", "Telcor", "Senatel", "Gobierno", "gobierno", "régimen")
            for verb in ("cierra", "cerró", "clausura", "clausuró")
        ),
        ("Radio", "la radio", "la emisora", "la televisora"),
    ),
)
# ... whatever the outlet is called, and whatever it must take down (S92: "ordena a radio y portal retirar reportajes";
# S93: "ordena a un digital retirar su investigación … y revelar quién le filtró los correos")
_PORTAL_ORDERED = near(
    tuple(
        f"{order} {outlet}"
        for order in (
            "ordena a",
            "ordenó a",
            "obliga a",
            "obligó a",
            "ordena al",
            "ordenó al",
            "obliga al",
            "obligó al",
            # (la vigésima novena revisión: "Tribunal exige al semanario El Centinela revelar quién le filtró")
            *("exige a", "exige al", "exigió a", "exigió al", "conmina a", "conminó a", "conmina al"),
            # S105: "Un juez de Palma prohíbe a un digital publicar nuevas informaciones"
            *(
                "prohíbe a",
                "prohibió a",
                "prohíbe al",
                "prohibió al",
                "impide a",
                "impidió a",
                "impide al",
                "impidió al",
            ),
        )
        for outlet in (
            *("un portal", "portal", "una radio", "radio", "un digital", "digital", "un medio", "medio", "un diario"),
            *("diario", "un periódico", "periódico", "una emisora", "emisora", "un semanario", "semanario"),
            *("una revista", "revista", "un canal", "canal"),
            # (S102: "jueza ordena a periodista de Quetzaltenango revelar quién le filtró el expediente")
            *("periodista", "un periodista", "una periodista", "la periodista", "el periodista"),
        )
    ),
    (
        *("retirar", "eliminar", "despublicar", "borrar", "dar de baja", "revelar su fuente", "revelar sus fuentes"),
        *(
            "identificar a su fuente",
            "revelar quién le filtró",
            # S112: "exige a una periodista que identifique a la fuente", "prohíbe a un periodista … mencionar a una
            # diputada"
            "que identifique a la fuente",
            *("que revele quién le filtró", "que revele su fuente", "que revele quién"),  # S121
            *(
                "revelar quién le entregó",
                "identificar a la persona que le",
            ),  # S135: "revelar quién le entregó los audios"
            "identifique a la fuente",
            "mencionar a",
            "publicar nuevas informaciones",
            "publicar informaciones",
        ),
        *("seguir publicando", "publicar nuevos reportajes", "entregar las grabaciones"),  # trigésima revisión
        *("bajar su investigación", "bajar sus notas", "bajar el reportaje", "bajar los reportajes"),  # S113
        *(
            "entregar la base",
            "entregar los archivos",
            "entregar el material",
        ),  # S106: "ordena a un medio digital entregar"
    ),
)

# a story's frame: what it tells happens to no one (S104: "el thriller sobre una periodista espiada con Pegasus y
# detenida")
PLOTS_ES = (
    *near(
        ("el thriller", "la película", "el drama", "la serie", "la novela", "el filme", "la obra"),
        ("sobre un", "sobre una"),
    ),
    *("narra la historia de un", "narra la historia de una", "un personaje ficticio", "una periodista ficticia"),
    *("el filme en el que", "la película en la que", "la serie en la que", "la novela en la que"),  # trigésima revisión
)

TABLE: Table = {
    Signal.ARREST: (
        # S223: citados para explicar sus publicaciones; cargos retirados tras años de proceso
        *near(("cita a", "citó a", "citan a", "citaron a"), ("para que expliquen", "para que explique", "a declarar")),
        *("retira los cargos", "retiró los cargos", "retiran los cargos", "retiraron los cargos"),
        # S217: "Multa y retirada de videos para un youtuber"
        *near(
            ("multa", "multas", "sanción"),
            tuple(
                f"para {who}" for who in ("un youtuber", "una youtuber", "un tiktoker", "un bloguero", "una bloguera")
            ),
        ),
        *near(("multa", "multas", "sanción"), ("para un periodista", "para una periodista")),
        # S214: "Jueza ordena a diario digital entregar la identidad de la fuente de un reportaje"
        *(
            "entregar la identidad de la fuente",
            "revelar la identidad de la fuente",
            "revelar la identidad de su fuente",
        ),
        # S206: la prohibición de salir del país, el pasaporte retirado
        *("prohíben salir de", "prohibió salir de", "le retiraron el pasaporte"),
        "Interrogan a los padres de",
        # S203: acusado bajo la ley antiterrorista, un caso abierto contra alguien, un viaje impedido
        *("acusa bajo la ley antiterrorista a", "acusa bajo la ley antiterrorista", "circular de búsqueda"),
        *near(("abrió un caso", "abre un caso", "registró un caso"), ("contra",)),
        *near(("Impiden a", "impidieron a", "le impiden"), ("embarcar",)),
        # S201: obligar a un periodista a revelar su fuente; S202: la Oficina húngara de Protección de la Soberanía
        *near(
            ("obligue a", "obligar a"),
            ("revelar quién", "revelar sus fuentes", "revelar la fuente"),
        ),
        "identifique la fuente",
        *near(("Oficina de Protección de la Soberanía",), ("acusa", "investiga", "exige", "abre una investigación")),
        # S200: el equipo de los reporteros retenido en un control; el fisco que cita a la directora de un medio
        *near(
            ("retienen", "retuvieron", "decomisan", "decomisaron", "confiscan", "confiscaron", "se quedaron con"),
            ("chalecos de prensa", "un dron", "el dron", "sus cámaras", "las cámaras"),
        ),
        *near(("Hacienda cita", "Hacienda citó", "Hacienda convoca", "Hacienda convocó"), ("directora", "director")),
        # S193: canales de periodistas (not piracy: "ordena bloquear 60 canales … que emitían partidos sin licencia")
        *near(
            near(("ordena bloquear", "ordenó bloquear"), ("canales", "cuentas", "páginas")),
            ("de periodistas", "de comentaristas", "de opositores", "de activistas"),
        ),
        # S191-S192: la bloguera obligada a entregar sus contraseñas tras un interrogatorio; un caricaturista citado
        *("tras interrogarla", "tras interrogarlo", "fue obligada a entregar", "fue obligado a entregar"),
        *("citado por la Fiscalía", "citada por la Fiscalía", "citados por la Fiscalía"),
        # S189: un corresponsal sin visado; S190: una activista «regulada» (Cuba), cuentas congeladas
        *near(("no renueva el visado", "no renovó el visado", "niega el visado", "negó el visado"), ("corresponsal",)),
        *("obligado a salir del país", "obligada a salir del país", "está regulada", "está regulado"),
        *near(("Impiden a", "impidieron a", "le impiden"), ("abordar", "viajar")),
        *("congelar sus cuentas bancarias", "congeló sus cuentas bancarias", "congela sus cuentas bancarias"),
        # S187-S188: una multa por «desacreditar al Ejército» (a un escolar, a un extenista); una cuenta suspendida
        # por orden
        *near(("multa a", "multó a", "multan a"), ("por desacreditar", "por «desacreditar")),
        *("bloquea su cuenta por", "bloqueó su cuenta por", "bloquean su cuenta por"),
        *near(("ordena suspender", "ordenó suspender"), ("la cuenta", "el perfil")),
        *near(("Fiscalía",), ("denuncia a", "denunció a")),  # S187: un escolar que alertó de una falla
        *("prohíbe la marcha", "prohibió la marcha", "prohíben la marcha", "prohibió una marcha"),  # S183
        # S182: un juez ordena a una plataforma bloquear las cuentas de periodistas
        *near(
            near(("bloquear", "bloquee", "bloqueen"), ("las cuentas de", "la cuenta de")),
            ("periodista", "periodistas", "activista", "activistas", "opositor", "opositores"),
        ),
        # S174: una página satírica cerrada por orden
        *near(("ordena cerrar", "ordenó cerrar"), ("una página", "la página", "página satírica")),
        # S171: "condena a 11 años a una defensora" (la pena en cifras); S171, S165: una ley aplicada a alguien
        *near(("condena a", "condena al"), ("años", "meses")),  # (not "condenó a": a memorial retells old sentences)
        *("aplicó la ley antiterrorista a", "aplica la ley antiterrorista a", "aplicó la Ley de Seguridad Ciudadana a"),
        # S167: la línea móvil cortada, los datos quitados, las cuentas bloqueadas a alguien nombrado
        *("deja sin datos móviles a", "corta la línea móvil", "cortan la línea móvil", "le cortaron la línea"),
        *("bloquea las cuentas bancarias de", "congela las cuentas bancarias de", "bloqueó las cuentas bancarias de"),
        # S168: el antejuicio contra un juez; el aislamiento de un preso
        *("antejuicio contra", "trámite a antejuicio", "celda de aislamiento", "celdas de aislamiento"),
        # S165: la Seguridad del Estado que cita y "regula" (prohíbe salir de Cuba)
        *near(("citada", "citado", "citadas", "citados"), ("por la Seguridad del Estado",)),
        *("prohibida la salida del país", "prohibida la salida de Cuba", "«Regulan» a"),
        # S164: el arraigo (la prohibición de salir del país) y la citación de un periodista sin artículo
        *("impone arraigo", "le impone arraigo", "le impuso arraigo", "dicta arraigo"),
        # ("cita a periodista" alone is also quoting one: "El diario cita a periodista de la BBC sobre la censura")
        *near(("Fiscalía", "Ministerio Público", "MP"), ("cita a periodista", "citó a periodista")),
        *("le pide revelar sus fuentes", "le piden revelar sus fuentes", "pide revelar sus fuentes"),  # S181
        # S163: la Fiscalía que investiga a quien avisó de una falla
        *("investiga por delito informático a", "notificación de la Fiscalía"),
        # S164: la multa a quien habla por un colectivo (S158: "multa de … por la ley mordaza")
        *near(
            ("la sanciona", "lo sanciona", "la multa", "lo multa", "multa de"),
            ("Ley de Seguridad Ciudadana", "ley mordaza"),
        ),
        # S162: un monje citado por la policía y obligado a retirar lo publicado; un comunicador investigado
        *beside(("cita a un", "citó a un", "cita al", "citó al"), ("monje", "pastor", "sacerdote", "imán", "párroco")),
        *("le exige retirar sus publicaciones", "le exigen retirar sus publicaciones"),
        *beside(("investiga a", "investigan a"), ("comunicador", "comunicadora", "locutor", "locutora")),
        *near(("abrió diligencias", "abre diligencias"), ("contra",)),
        # S152, S160: citado como imputado, investigado o denunciado
        *near(
            ("cita como", "citó como", "citan como", "citado como", "citada como", "citados como"),
            ("imputado", "imputada", "investigado", "investigada", "investigados", "denunciado", "denunciada"),
        ),
        # S156, S158: un reportero citado, una cuenta cerrada por orden fiscal, meses de cárcel
        *beside(("cita a", "citó a", "citan a"), ("reportero", "reportera", "comunicador", "comunicadora")),
        *near(("ordena cerrar", "ordenó cerrar", "dispusieron el cierre de"), ("la cuenta", "su perfil", "el perfil")),
        *("retirada de su pasaporte", "meses de cárcel", "cárcel para"),
        *beside(("acusa a un", "acusa a una", "acusan a un", "acusan a una"), _NOMBRADOS),
        # S152, S154: un recital suspendido por orden del Ministerio, una multa por la ley mordaza, un film prohibido
        *near(
            ("ordenó suspender", "ordena suspender", "ordenó cancelar", "ordena cancelar"),
            ("el recital", "el concierto", "la presentación", "la función"),
        ),
        *near(("multa de", "multan con"), ("por la ley mordaza", "de la ley mordaza")),  # S154
        *("prohíben exhibir", "prohíbe exhibir", "prohibió exhibir"),
        # S148: la sanción de una universidad contra uno de los suyos y el pedido del Estado detrás ("da de baja a
        # estudiante de Medicina que compartió un video", "Separan de la Universidad de La Habana a profesor", "una
        # queja del Ministerio de Educación Superior", "un oficio del Ministerio del Interior")
        *near(
            ("expulsa a", "expulsó a", "expulsan a", "suspende a", "suspendió a", "separan", "separa", "separó"),
            ("estudiante", "alumno", "alumna", "profesor", "profesora", "docente", "investigador", "investigadora"),
        ),
        *near(("da de baja a", "dio de baja a", "dan de baja a"), ("estudiante", "alumno", "alumna", "profesor")),
        *("queja del Ministerio", "oficio del Ministerio", "a pedido del Ministerio", "a solicitud de la Policía"),
        # S148: los ejemplares de un periódico decomisados
        *near(("decomisan", "decomisaron", "secuestran", "secuestraron", "retiraron"), ("ejemplares", "la edición")),
        # S148: "había ordenado retirar de circulación el estudio"; S150: "le notificó una nueva acusación"
        "una nueva acusación",
        *near(
            ("retirar de circulación", "retiró de circulación"), ("el estudio", "el informe", "el libro", "la revista")
        ),
        # S138: "la citación a indagatoria de un programador", "impedimento de salida contra abogada"
        *("citación a indagatoria", "citado a indagatoria", "citada a indagatoria", "impedimento de salida contra"),
        *("la detiene", "lo detiene", "la detienen", "lo detienen"),  # "horas después, la policía la detiene"
        # la citación de quienes organizan o asisten a un acto, y sus multas (S134: "cita a sus organizadoras",
        # "citaron a la Dirección de Auxilio Judicial", "propone multas de 601 euros a once asistentes a la
        # concentración", "ha abierto expedientes sancionadores")
        *near(
            ("cita a", "citó a", "citan a", "citaron a"), ("Auxilio Judicial", "sus organizadoras", "sus organizadores")
        ),
        *near(
            ("cita a", "citó a", "citan a", "citaron a"), ("los organizadores", "las organizadoras", "los activistas")
        ),
        *near(("propone multas", "propuso multas", "multas de"), ("a asistentes", "asistentes a", "participantes en")),
        *("expedientes sancionadores", "expediente sancionador"),
        # "Acusan de lesa majestad a tres jóvenes"
        *near(("acusan de", "acusa de", "acusaron de", "imputan", "imputó"), ("lesa majestad", "el artículo 112")),
        # una web, un canal o unos videos bloqueados o retirados por orden del Estado (S132: "Conatel ordena a
        # operadoras bloquear la web", "La Justicia ordenó a Google quitar de YouTube la investigación")
        *near(
            ("ordena", "ordenó", "ordenan"),
            ("bloquear la web", "bloquear el canal", "quitar de YouTube", "cerrar la web"),
        ),
        *("a operadoras bloquear", "a las operadoras bloquear", "bloquear el acceso a", "bloqueo del acceso a"),
        # una disculpa grabada, un juez por un meme (S126: "Universitario … graba video de disculpa tras ser citado por
        # la Seguridad del Estado", "retractarse ante la cámara", "Un jubilado de Jaén, ante el juez por un meme")
        *("video de disculpa", "vídeo de disculpa", "retractarse ante la cámara", "disculparse ante la cámara"),
        *near(
            ("ante el juez por", "ante la jueza por", "al banquillo por", "en el banquillo por"),
            ("un meme", "un tuit", "un mensaje", "una publicación", "un comentario", "un vídeo", "un video"),
        ),
        # S121-S122: "Excarcelan por Navidad a un tuitero", "registra la casa de un abogado", "cancela la licencia a
        # abogado", "Ortega cierra 27 asociaciones más"
        *("Excarcelan", "excarcelaron", "registra la casa de", "registró la casa de"),
        *beside(("cancela la licencia a", "canceló la licencia a", "cancela la licencia al"), ("abogado", "abogada")),
        *near(("cierra", "cerró", "clausura", "clausuró"), ("asociaciones", "organizaciones", "oenegés")),
        # una excarcelación es el fin de un caso (S117: "excarcelan con régimen de presentación a tuitero preso 14
        # meses")
        *("excarcelan a", "excarcelan con", "excarcelaron a", "fue excarcelado", "fue excarcelada"),
        *("entre los excarcelados", "entre las excarceladas"),  # S143: "Entre los excarcelados … figura el periodista"
        *("sus cuentas bancarias quedaron bajo revisión", "sus cuentas bancarias quedaron congeladas"),  # S120
        # S120: "Conatel suspende por 30 días a canal de Choluteca", "declara «agente extranjero» a fundación"
        *near(("suspende por", "suspendió por"), ("a canal", "al canal", "a la emisora", "a radio", "a la radio")),
        *("declara agente extranjero", "declaró agente extranjero", "declara agentes extranjeros"),
        # S116: "Liberan a reportero … tras 48 horas en la Seguridad del Estado"
        *near(("horas en", "días en", "noches en"), ("la Seguridad del Estado", "Villa Marista")),
        # la orden de revelar una fuente, dicha por el medio (S114: "«Un juez nos ordena revelar nuestra fuente»",
        # "le dio cinco días para identificar a quien filtró los documentos")
        *near(("ordena", "ordenó", "exige", "obliga"), ("revelar nuestra fuente", "revelar nuestras fuentes")),
        *near(
            ("días para", "horas para", "plazo para"),
            ("identificar a quien filtró", "identificar a quién filtró", "revelar su fuente", "revelar quién"),
        ),
        # S113: "ordena a un portal bajar su investigación", "le prohibió publicar nuevas notas sobre el tema"
        *near(("le prohibió", "le prohíbe", "les prohibió"), ("publicar nuevas notas", "seguir publicando")),
        # S114: "Nos borraron del registro y nos congelaron la cuenta", "Es la cuarta citación en un mes para"
        *("nos borraron del registro", "nos congelaron la cuenta", "nos congelaron las cuentas"),
        *(
            "la cuarta citación",
            "la tercera citación",
            "la segunda citación",
            "Lo citaron otra vez",
            "la citaron otra vez",
        ),
        # las restricciones más discretas (S112: "cancela la licencia de Radio Ometepe", "le prohibió el ingreso al
        # recinto a un cronista", "Retiran acreditación … a reportero", "anuncia fiscalización a un diario", "deja fuera
        # de su conferencia de prensa a reporteros", "Conatel suspende por 30 días el noticiero")
        *near(("cancela la licencia", "canceló la licencia", "revoca la licencia", "retira la licencia"), ("Radio",)),
        *near(
            ("prohibió el ingreso", "prohíbe el ingreso", "niega el ingreso", "negó el ingreso"),
            ("cronista", "periodista"),
        ),
        *("retiran acreditación", "retiran la acreditación", "retiró la acreditación", "le retiran la acreditación"),
        *near(
            ("fiscalización a", "auditoría fiscal a", "inspección fiscal a"), ("un diario", "un periódico", "un medio")
        ),
        *("deja fuera de su conferencia de prensa", "dejó fuera de su conferencia de prensa"),
        *near(("suspende", "suspendió"), ("el noticiero", "un noticiero")),
        *("tras ser llevado a", "tras ser llevada a", "subir a una patrulla"),  # S108
        # S106: "Fiscalía acusa a desarrollador de un medio", "había presentado una denuncia penal en su contra"
        # (not "Fiscalía acusa a policías de torturar a activista": the police are the accused)
        *beside(
            ("Fiscalía acusa a", "Fiscalía acusa al", "la Fiscalía acusó a", "la Fiscalía acusó al"),
            ("desarrollador", "programador", "periodista", "activista", "bloguero", "tuitero", "estudiante", "abogado"),
        ),
        *("denuncia penal en su contra", "se le acusa"),
        # una condena anulada: el proceso contado en su final (S105: "Sala anula condena contra columnista")
        *("anula condena", "anula la condena", "anuló la condena", "revoca la condena", "revocó la condena"),
        *("citatorio", "un citatorio"),  # S104: "recibe … un citatorio de la Fiscalía por su serie"
        # inhabilitada la abogada, negada la entrada (S81: "inhabilita por cinco años a abogada de derechos humanos",
        # "niega la entrada a investigadora")
        *near(("inhabilita", "inhabilitó"), ("a abogada", "a abogado", "al abogado", "a la abogada")),
        *("niega la entrada a", "negó la entrada a", "le niegan la entrada", "le negaron la entrada"),
        # la personería jurídica cancelada, cuentas congeladas, un viaje impedido, una abogada suspendida (S43)
        *("cancela la personería jurídica", "canceló la personería jurídica", "cancelación de la personería jurídica"),
        *("cancela la personalidad jurídica", "canceló la personalidad jurídica"),
        # el registro, el dinero o la voz de una organización cortados (S83: "revoca la personalidad jurídica de la
        # fundación que denunció las quemas", "Congelan cuentas del Observatorio", "le suspendió la personería gremial
        # al sindicato", "Conatel ordena sacar del aire a Radio Frontera", "canceló la inscripción del Instituto")
        *("revoca la personalidad jurídica", "revocó la personalidad jurídica", "revoca la personería jurídica"),
        *("congelan cuentas", "congelan las cuentas", "congela las cuentas", "congeló las cuentas"),
        *("inmoviliza cuentas", "inmoviliza las cuentas", "inmovilizó las cuentas", "congela fondos"),
        # (S89: "Migración retiene el pasaporte a periodista", "Retienen cinco horas en el aeropuerto … a periodista")
        *("retiene el pasaporte", "retuvo el pasaporte", "retienen", "retuvieron"),
        *("denuncia por acceso ilícito a", "denunció por acceso ilícito a"),
        # (S87: "Interior multa con 601 euros a un fotoperiodista por publicar imágenes")
        *near(("multa con", "multó con"), ("a un fotoperiodista", "a una fotoperiodista", "a un periodista")),
        # S140: "la Seguridad del Estado citó el lunes … y multó con 3.000 pesos por una publicación en Facebook",
        # "otra multa por el Decreto-Ley 370", "el portal …, bloqueado desde ayer por orden de Conatel"
        *near(("multó con", "multaron con", "la multó", "lo multó"), ("por una publicación", "por publicar", "por un")),
        *("multa por el Decreto-Ley 370", "multas por el Decreto-Ley 370", "multado por el Decreto-Ley 370"),
        *near(("bloqueado", "bloqueada", "bloqueados"), ("por orden de Conatel", "por orden del regulador")),
        *beside(("suspende", "suspendió", "cancela", "canceló", "retira", "retiró"), ("la personería gremial",)),
        *("canceló la inscripción", "cancela la inscripción", "excluye del registro"),
        "cancelación de la personalidad jurídica",
        *("congelamiento de sus cuentas", "congelamiento de las cuentas", "cuentas congeladas"),
        *("impide viajar a", "impidió viajar a", "le impidió viajar", "impiden viajar a", "impidieron viajar a"),
        *("prohibición de salida del país", "prohibición de salir del país"),  # (no «le impiden salir» al campo)
        *("suspenden a abogada", "suspenden a abogado", "suspendió por un año a la abogada", "suspendió al abogado"),
        # la licencia de un abogado o de un medio revocada
        *(
            "revoca la licencia",
            # la concesión de una radio revocada (S64: "revocó las concesiones de Radio Maracaibo")
            *("revoca la concesión", "revocó la concesión", "revocó las concesiones", "revoca las concesiones"),
            "revocó la licencia",
            "revocan la licencia",
            "revocaron la licencia",
            "licencia revocada",
        ),
        *("le revocaron la licencia", "le retiraron la licencia", "retira la licencia", "retiró la licencia"),
        # interrogada por agentes, citada a una estación, sin poder salir del país («regulada» en Cuba)
        *("interroga a", "interrogan a", "interrogó a", "la interrogaron", "lo interrogaron", "los interrogaron"),
        *("fue citada a", "fue citado a", "le prohíbe salir del país", "le prohíben salir del país"),
        *("no podrá viajar al extranjero", "no podrá salir del país"),
        # le impiden viajar; la Fiscalía lo cita a declarar; clausuran su exposición; separan a un docente
        *("le impiden viajar", "les impiden viajar", "le impidieron viajar", "les impidieron viajar"),
        *(
            "lo cita a declarar",
            "la cita a declarar",
            "los cita a declarar",
            "lo citó a declarar",
            "la citó a declarar",
        ),
        # "Fiscalía boliviana cita a declarar a usuario de X" (S66): quien es citado, nombrado justo después
        *beside(("cita a declarar a", "citó a declarar a", "citan a declarar a"), ("usuario", "usuaria", *_NOMBRADOS)),
        *beside(("cita a declarar a", "citó a declarar a"), ("su administrador", "su administradora")),  # S158
        *("clausuran exposición", "clausuran la exposición", "clausuró la muestra", "clausuran la muestra"),
        *("separa a docente", "separa al docente", "separó al profesor", "separa al profesor", "separó a la profesora"),
        # una condena a muerte (el tribunal que la dicta o la anula)
        *("condena a muerte", "condenan a muerte", "condenado a muerte", "condenada a muerte", "condenados a muerte"),
        # la acreditación de un corresponsal retirada, la orden de salir del país; su director citado
        *near(
            ("retiró", "retira", "revocó", "revoca", "suspendió", "cancelaron", "canceló"),
            ("la acreditación", "su acreditación", "credencial de prensa"),
        ),
        "expulsado del país",
        "obligado a abandonar el país",
        *near(("cita a", "citó a"), ("su director", "su directora", "director del", "directora del")),
        # la Seguridad del Estado cita a alguien por lo que publicó (S70: "cita a la activista Yanelis Roque por un
        # video")
        *beside(
            ("cita a", "citó a", "citan a", "citaron a"),
            (
                *("la activista", "el activista", "la periodista", "el periodista", "la bloguera", "el bloguero"),
                *("la opositora", "el opositor", "la defensora", "el defensor"),
            ),
        ),
        # "sancionar" es condenar en la prensa cubana: "sancionó a cinco años"
        *near(("sanciona", "sancionó", "sancionan", "sancionaron", "sancionado", "sancionada"), ("años", "meses")),
        # multas: la sanción a una persona que habla o informa (una empresa multada es noticia económica)
        *near(("multa a", "multó a", "multaron a", "multan a", "multar a"), _MULTADOS),
        *near(("multan con", "multaron con", "multa con", "multó con"), _MULTADOS),  # S165: "Multan con 600 euros a"
        *near(_MULTADOS, ("multado", "multada", "multados", "multadas")),
        "le impuso una multa",
        # "Sancionan con 601 euros a un fotoperiodista", "ha impuesto una multa de 601 euros al fotoperiodista" (S67)
        *near(("sancionan con", "sancionaron con", "sanciona con", "sancionó con", "sancionar con"), _MULTADOS),
        *near(("multa de",), _MULTADOS),  # S75: "Multa de 601 euros a un fotoperiodista"
        # una ONG multada o inhabilitada por el Estado (S75: "APCI multa e inhabilita a ONG de derechos humanos")
        *near(
            ("multa e inhabilita a", "inhabilita a", "suspendió la inscripción de", "suspende la inscripción de"),
            ("ONG", "la ONG", "la asociación", "la Asociación", "organización"),
        ),
        *near(("impuesto una multa", "impuso una multa", "impone una multa"), _MULTADOS),
        "le impusieron una multa",
        "se le impuso una multa",
        "aplican medidas a",
        "aplicaron medidas a",
        # juzgado, enjuiciado
        "fue juzgado",
        "fue juzgada",
        "juzgó al",
        "juzgó a la",
        "fue enjuiciado",
        "fue enjuiciada",
        "enjuiciado por",
        "enjuiciada por",
        # prohibición de salir del país, pasaporte retenido; una denuncia penal contra alguien
        "prohíben salir del país",
        *("prohíbe viajar a", "prohibió viajar a", "prohíben viajar a", "le prohíben viajar"),  # S72
        "impedido de viajar",
        "impedida de viajar",
        "impedidos de viajar",
        "impedidas de viajar",
        "no puede salir del país",
        "no pueden salir del país",
        # una patrulla apostada frente a la casa: arresto domiciliario de hecho
        "cerco policial",
        "prohibición de salida del país",
        "impedimento de salida del país",
        # un abogado inhabilitado o expulsado del colegio por defender a activistas
        "inhabilitado para ejercer",
        "inhabilitada para ejercer",
        "expulsado del colegio de abogados",
        "expulsada del colegio de abogados",
        "prohibió salir del país",
        "prohibición de salida del país",
        "retuvieron el pasaporte",
        # S62: "Impiden salir del país a periodista en Maiquetía y le retienen el pasaporte", "le anularon el pasaporte"
        # (S148: "Retienen el pasaporte a investigador"; S150: "me anularon el pasaporte en Maiquetía")
        *("impiden salir del país a", "impidieron salir del país a", "impide salir del país a"),
        *near(("impiden salir de", "impidieron salir de", "le impiden salir de"), ("Cuba", "Nicaragua", "Venezuela")),
        *(
            "le retienen el pasaporte",
            "le retuvieron el pasaporte",
            "le anularon el pasaporte",
            "le anulan el pasaporte",
        ),
        *("retienen el pasaporte", "anularon el pasaporte", "me anularon el pasaporte"),
        # por agentes del Estado (no una aerolínea por exceso de equipaje: the twenty-second review)
        *near(
            ("migración", "Migración", "funcionarios", "agentes", "autoridades", "Seguridad del Estado", "policía"),
            (
                *("impidieron abordar", "le impidieron abordar", "impiden abordar", "impidió abordar"),
                *("le impidió abordar", "impide abordar", "le impiden abordar"),
            ),
        ),
        # el sitio de una ONG bloqueado (S65: "CONATEL ordena bloquear el sitio de una ONG")
        *near(
            ("bloquear", "bloquearon", "bloquea", "bloqueó", "bloqueo de"),
            # y portales de noticias o la cuenta de un periodista (S67: "Conatel ordena bloquear seis portales de
            # noticias"; "Juez ordena bloquear la cuenta de TikTok de un periodista")
            ("el sitio", "el sitio web", "la página", "portal", "portales", "medios digitales", "la cuenta de"),
        ),
        # la querella o la denuncia penal por lo dicho (S71: "Gobernador denuncia por difamación a la dirigente
        # guaraní", "la querella por calumnias del intendente")
        # (the one denounced named right after: not "Periodista denuncia por difamación a concejal", the twenty-fifth
        # review)
        *beside(
            ("denuncia por difamación a", "denunció por difamación a", "denuncian por difamación a"),
            (
                *("la dirigente", "el dirigente", "la periodista", "el periodista", "periodista", "la activista"),
                *("el activista", "activista", "la defensora", "el defensor", "la bloguera", "el bloguero"),
            ),
        ),
        *("querella por calumnias", "querella por difamación", "querella por injurias"),
        # un juez prohíbe publicar, manda retirar los textos o revelar la fuente (S71: "Jueza de Campeche prohíbe a un
        # periodista publicar sobre", "deberá retirar los textos de su portal", "ordena a dos periodistas identificar
        # la fuente")
        *near(
            ("prohíbe a", "prohibió a", "prohíben a", "prohibieron a"),
            (
                "publicar sobre",
                "publicar",
            ),
        ),
        *near(("dar de baja",), ("reportaje", "reportajes", "la nota", "las notas")),  # the twenty-fifth review
        # los textos de quien informa (S71: "El comunicador deberá retirar los textos de su portal"; no los de una
        # vecina: the twenty-seventh review)
        *near(
            ("periodista", "comunicador", "comunicadora", "bloguero", "bloguera"),
            (
                "borrar sus textos",
                "retirar sus textos",
                "borrar los textos",
                "retirar los textos",
                "borrar sus entradas",
            ),
        ),
        *near(
            ("ordena a", "ordenó a", "obliga a", "obligó a", "requiere a"),
            ("identificar la fuente", "revelar la fuente", "revelar sus fuentes", "revelen quién"),
        ),
        # un juez ordena retirar reportajes (S67: "ordenó al medio digital … eliminar en 48 horas tres reportajes"), un
        # tribunal, columnas; el regulador restringe el acceso a medios
        *near(("retirar", "eliminar", "borrar"), ("reportajes", "sus reportajes", "notas periodísticas", "columnas")),
        # S144: "Un juez ordena retirar el reportaje sobre los correos hackeados a la Sedena"
        *near(
            ("ordena retirar", "ordenó retirar", "ordena eliminar", "ordenó eliminar"),
            ("el reportaje", "un reportaje", "el documental", "un documental"),
        ),
        *near(("restringe el acceso a", "restringió el acceso a"), ("medios digitales", "portales", "medios")),
        *near(
            ("cancela la licencia de", "canceló la licencia de", "revoca la licencia de", "revocó la licencia de"),
            _STATIONS,
        ),
        *_OFF_AIR,
        *_PORTAL_ORDERED,
        *("le prohíbe volver a publicar", "prohíbe volver a publicar"),
        # S146: "ordena a medio digital no difundir detalles", "medida cautelar que prohíbe a … publicar"
        *near(("ordena a", "ordenó a"), ("no difundir", "no publicar")),
        *near(
            ("medida cautelar que prohíbe a", "prohíbe a", "prohibió a"), ("publicar los", "publicar sus", "difundir")
        ),
        # un regulador ordena cerrar medios (S64: "Conatel ordena cerrar dos emisoras")
        *beside(
            ("ordena cerrar", "ordenó cerrar", "ordena el cierre de", "ordenó el cierre de"),
            (
                *("la emisora", "las emisoras", "dos emisoras", "tres emisoras", "emisoras", "la radio", "radios"),
                *("dos radios", "tres radios", "el canal", "canales", "el diario", "el periódico", "medios"),
            ),
        ),
        # "Nicaragua cierra 20 ONG" (the twenty-first review): organisations closed by the state
        *beside(
            ("cierra", "cerró", "clausura", "clausuró"),
            (
                *(f"{number} ONG" for number in IN_DIGITS),
                *(f"otras {number} {ngo}" for number in IN_DIGITS for ngo in ("ONG", "oenegés")),
                *("la ONG", "una ONG"),
            ),
        ),
        # "Denuncian por acceso ilícito a investigador": the complaint is the charge
        *beside(("denuncian por", "denunciaron por"), ("acceso ilícito a", "acceso ilegítimo a", "acceso indebido a")),
        "confiscan el pasaporte",
        "le confiscaron el pasaporte",
        "denuncian penalmente",
        *("denuncia penalmente a", "denunció penalmente a", "denunciaron penalmente a"),  # the twenty-third review
        "denunciado penalmente",
        "denunciada penalmente",
        "denuncia penal contra",
        # «presentó una denuncia penal por "acceso ilícito" contra un estudiante»: la acusación dicha entre medias, y
        # la persona nombrada justo tras "contra" (no quien la presenta: "periodista presentó una denuncia penal")
        *("querella del ministerio", "querella del gobierno", "querella de la fiscalía"),  # S144: the state's complaint
        *near(
            ("denuncia penal", "querella criminal", "querella"),
            tuple(f"contra {article}{who}" for article in ("", "el ", "la ", "un ", "una ") for who in _NOMBRADOS),
        ),
        # una investigación penal abierta contra alguien en un rol: "fiscalía abre investigación contra periodista"
        *near(
            ("abre investigación", "abrió investigación", "abre una investigación", "abrió una investigación"),
            tuple(f"contra {article}{who}" for article in ("", "el ", "la ", "un ", "una ") for who in _NOMBRADOS),
        ),
        # secuestrado por hombres armados o agentes; reclutado a la fuerza
        "secuestrado",
        "secuestrada",
        "secuestran a",
        "reclutado a la fuerza",
        "reclutada a la fuerza",
        # procesa a alguien (un juez lo encausa), no "procesa datos"; enviado a prisión
        *near(("procesa", "procesó", "procesaron", "procesan"), ("a un", "a una", "a los", "a las", "al", "a la")),
        # "Procesan a investigador que reportó una falla" (S63): la persona nombrada por su papel justo después
        *beside(("procesan a", "procesaron a", "procesa a"), _NOMBRADOS),
        # denunciado bajo una ley: la denuncia es la acusación (S63: "fue denunciado bajo la Ley 30096")
        *("fue denunciado bajo", "fue denunciada bajo", "fueron denunciados bajo"),
        "envía a prisión",
        "enviado a prisión",
        "enviada a prisión",
        "envió a prisión",
        # de vuelta a prisión
        "vuelve a prisión",
        "vuelve a la cárcel",
        "regresa a prisión",
        "regreso a prisión",
        "regresar a prisión",
        "volver a prisión",
        # interrogado por la seguridad del Estado
        "interrogatorio de",
        "durante un interrogatorio",
        # comprendido en una investigación
        "comprendido en una investigación",
        "comprendida en una investigación",
        # investigado o registrado por la fiscalía
        "investigan por",
        *near(("investiga por", "investigó por"), ("acceso ilícito", "acceso ilegítimo", "acceso abusivo")),  # S145
        "investigado por el delito",
        "investigada por el delito",
        "registraron el domicilio",
        "registraron la vivienda",
        "registro de su domicilio",
        "detenido*",
        "detenida*",
        "detención",
        "detuvieron",
        "arrestado*",
        "arrestada*",
        "arresto",
        "capturado*",
        "capturada*",
        "aprehend*",
        "imputado*",
        "imputada*",
        "procesado*",
        "procesada*",
        "acusado*",
        "acusada*",
        "condenado*",
        # penas y su confirmación
        "privación de libertad",
        "años de prisión",
        "años de cárcel",
        "meses de prisión",
        *near(
            ("confirmó", "ratificó", "mantiene", "mantuvo", "confirma", "ratifica", "confirman", "ratifican"),
            ("la condena", "la sentencia", "la detención"),
        ),
        # una pena de prisión en suspenso (S69: "los dos años de pena suspendida impuestos a")
        *("pena suspendida", "prisión suspendida"),
        *near(("lleva", "llevan", "cumple", "cumplen"), ("presa", "preso", "presos", "presas")),
        # el rapero "que cumple (en el penal de Ponent) una condena de dos años": la pena, no reprobar
        *near(("cumple", "cumplen", "cumplía", "cumpliendo"), ("una condena", "su condena", "una pena")),
        "condenada*",
        "encarcelado*",
        *("encarcela a", "encarcelan a", "encarceló a", "encarcelaron a"),
        "encarcelada*",
        "privado de libertad",
        "privada de libertad",
        "prisión",
        *("citado a declarar", "citada a declarar", "citados a declarar", "citadas a declarar"),
        # la multa y el confinamiento en casa: castigos de la Seguridad del Estado a periodistas
        *("multada", "multado", "multan a", "multaron a", "confina en su casa", "confinada en su casa"),
        *("multan bajo", "multaron bajo", "multados bajo"),  # "Multan bajo el Decreto-Ley 370 a administradores"
        # "multan con 3.000 pesos a madre que denunció en Facebook"; una sanción abierta contra una ONG; sin poder salir
        *near(("multan con", "multaron con"), ("pesos a", "dólares a", "bolívares a", "soles a")),
        *("procedimiento sancionador contra", "impedido de salir", "impedida de salir", "impedidos de salir"),
        *("confinado en su casa", "lo acusan de", "la acusan de", "los acusan de", "requerimiento fiscal"),
        *beside(("fiscalía acusa a", "fiscalía acusa al", "fiscal acusa a", "juicio oral contra"), _NOMBRADOS),
        *near(
            ("acusan de", "acusa de", "acusaron de"),
            (
                *("a defensor", "a defensora", "a periodista", "a activista", "a líder", "a lideresa", "al periodista"),
                *("a estudiante", "a investigador", "a investigadora", "a programador", "a programadora"),
                # S79: "Fiscalía acusa de 'acceso ilícito' al estudiante que alertó de un fallo"
                *("al estudiante", "a la estudiante", "al investigador", "a la investigadora", "al activista"),
                *("a la activista", "a la periodista", "al defensor", "a la defensora"),
                # S207: "acusan de financiar el terrorismo a un locutor de radio comunitaria"
                *("a un locutor", "a una locutora", "al locutor", "a la locutora", "a un periodista"),
                *("a una periodista", "a un activista", "a una activista", "a un defensor", "a una defensora"),
                # S217: "acusa de incitación a un simpatizante del Partido de la Vela por un comentario en Facebook"
                *("a un simpatizante", "a una simpatizante", "a un opositor", "a una opositora", "a un militante"),
            ),
        ),
        # la familia de un exiliado citada y amenazada: presión sobre ella
        *near(
            ("citan a", "citaron a"),
            ("la madre de", "el padre de", "los padres de", "la esposa de", "el hermano de", "familiares de"),
        ),
        *("la amenazan con cárcel", "lo amenazan con cárcel", "amenazada con cárcel", "amenazado con cárcel"),
        # "cita a interrogatorio a la madre de un youtuber": la citación, paso previo a la detención
        *("cita a interrogatorio", "citó a interrogatorio", "citan a interrogatorio", "citaron a interrogatorio"),
        *("citada a interrogatorio", "citado a interrogatorio", "citados a interrogatorio"),
        "detuvo",
        "detienen",
        # llevado por agentes: "Funcionarios del SEBIN se llevaron al periodista de su casa"
        *beside(
            ("se llevaron a", "se llevaron al", "se llevaron a la", "se lo llevaron", "se la llevaron"), _NOMBRADOS
        ),
        # con su artículo: "Agentes de civil se llevaron a un periodista de Matagalpa" (el singular "se llevó al
        # periodista" queda fuera: "el cáncer se llevó al periodista" es una necrológica)
        *beside(("se llevaron a un", "se llevaron a una"), _NOMBRADOS),
        *beside(
            ("se llevaron a un", "se llevaron a una", "se llevaron al", "se llevaron a la"),
            (
                "reportero",
                "reportera",
                "comunicador",
                "comunicadora",
                "dirigente",
                "sindicalista",
                "abogado",
                "abogada",
            ),
        ),
        # el presente con su objeto: "La Policía detiene a un periodista", "captura a periodista"
        *("detiene a", "captura a", "arresta a", "aprehende a", "detiene al", "captura al", "arresta al"),
        "imput*",
        # absuelto: un proceso contado en su final
        *("absuelto", "absuelta", "absueltos", "absuelve a", "absuelven a", "absolvió a", "absuelven en apelación a"),
        *("absuelve al", "absolvió al", "absuelven al", "absuelve a la", "absolvió a la"),  # S71
        # sobreseído: un proceso cerrado antes del juicio, contado en su final (S62: "Sobreseen a programador")
        *("sobreseen a", "sobreseyó a", "sobreseyeron a", "sobreseído", "sobreseída", "sobreseimiento de"),
        # denunciado por un delito informático: la denuncia es la acusación, no quien denunció (S62)
        *beside(
            ("denunciado por", "denunciada por", "denunciados por"),
            ("acceso ilegítimo", "acceso ilícito", "acceso indebido", "acceso ilegal"),
        ),
        "absuelve en apelación a",
        # "condena a" es también reprobar: solo con la pena ("condena a rapero a dos años")
        *near(("condena a", "condena al"), ("años de prisión", "años de cárcel", "meses de prisión", "a dos años")),
        # un tribunal que condena a quien nombra justo después ("La Audiencia Nacional condena a un rapero por
        # injurias"); dicho por un gobierno o un partido, "condena a" es reprobar
        *beside(
            tuple(
                f"{court} condena a{article}"
                for court in ("Audiencia Nacional", "Audiencia", "tribunal", "Tribunal Supremo", "Supremo", "juez")
                for article in ("", " un", " una")
            ),
            _NOMBRADOS,
        ),
        *beside(("jueza condena a", "juzgado condena a", "corte condena a", "TSJ condena a"), _NOMBRADOS),
        *near(("condena a", "condena al"), ("a un año", "a tres años", "a cuatro años", "a cinco años", "a seis años")),
        # la citación de un joven o de un periodista (no "citan a fuentes")
        *beside(("citan a", "citaron a", "citan a un", "citan a una"), _NOMBRADOS),
        *beside(("fiscalía cita a", "fiscalía citó a", "fiscal cita a", "juez cita a", "jueza cita a"), _NOMBRADOS),
        *beside(("Seguridad del Estado cita a", "Seguridad del Estado citó a", "policía cita a"), _NOMBRADOS),
        *("recibe una citación", "recibió una citación", "recibe citación", "recibió citación"),
        # una expulsión o deportación ordenada de alguien nombrado por su oficio (S54: "Guatemala expulsa a periodista")
        *beside(("expulsa a", "expulsó a", "expulsan a", "deporta a", "deportó a", "deportan a"), _NOMBRADOS),
        *("ordenó la deportación", "ordena la deportación", "orden de deportación"),
        # un «agente extranjero» declarado; la salida o la entrada impedidas (S56)
        *("agente extranjero", "agentes extranjeros", "no podía salir del país", "no puede salir del país"),
        *("no pudo salir del país", "le negaron la entrada", "le niega la entrada", "le negó la entrada"),
        "retenid*",
        "retuvieron",
        "condenó",
        "condenan",
        # el tribunal juzga a alguien (no "juzgado mercantil")
        *("juzga a un", "juzga a una", "juzgan a un", "juzgan a una", "juzga al", "juzgan al", "juzgará a un"),
        *("juzgará a una", "juzgó a un", "juzgó a una"),
        "sentenci*",
        "prisión preventiva",
        "detención provisional",
        # un allanamiento es una redada
        "allanaron",
        "allanan",
        # en presente, de una casa o una sede (no «allana el camino»)
        *(f"allana {place}" for place in ("la casa", "la vivienda", "el domicilio", "la sede", "la redacción")),
        "allanó",
        "allanamiento",
        "allanado",
        "allanada",
        "cateo",
        "catearon",
        # investigado penalmente; llevado por agentes
        "como investigado",
        "como investigada",
        "Investigado por",
        "Investigada por",
        "se la llevaron",
        "se lo llevaron",
        "se la llevara",
        "se lo llevara",
        # procesado o capturado
        "ligan a proceso",
        "ligado a proceso",
        *("ligó a proceso", "ligaron a proceso", "ligada a proceso"),
        "ligada a proceso",
        "vinculan a proceso",
        "vincula a proceso",
        "vinculado a proceso",
        "vinculada a proceso",
        *("vinculó a proceso", "vincularon a proceso", "vinculados a proceso", "vinculadas a proceso"),
        "capturaron",
        "capturó",
        "capturan",
        "arrestan",
        "arrestaron",
        "tras su captura",
        "orden de captura",
        *("pide la captura de", "pide la captura del", "solicita la captura de", "solicita la captura del"),
        # cargos formulados
        "formuló cargos",
        "formula cargos",
        "formularon cargos",
        "imputó cargos",
        # formalizado (Chile): imputado ante un juez
        "formalizado",
        "formalizada",
        "formalizan",
        "formalizó",
        "formalizaron",
        # sacado de su casa por agentes
        "sacaron de su casa",
        "sacaron de su vivienda",
        "se llevan de su casa",
        "se llevaron de su casa",
    ),
    Signal.SPEECH: (
        *("por sus discursos", "sus discursos", "entrevistas concedidas"),  # S221
        # S217: una multa y la retirada de videos ("retirada" is no retired person here); un crítico desaparecido
        *("retirada de videos", "retirada de los videos", "retirada de sus videos", "un crítico"),
        *("grupo de WeChat", "audios religiosos", "compartir audios"),  # S210: un comerciante uigur
        # S195: el sermón, la homilía, la prédica; S196: lo que dijo en televisión
        *("sermón", "sermones", "homilía", "homilías", "prédica", "prédicas", "estudiar la Biblia"),
        *("declaraciones en televisión", "sus declaraciones en televisión", "en un plató"),
        *("compartió imágenes", "cantante", "por una publicación"),  # S187-S188
        # S185: quien graba a la policía ("un fotoperiodista … que grababa la intervención policial")
        *("grababa la intervención policial", "grababa a los agentes", "grabar a los agentes", "grabar a la policía"),
        # S183-S184: consignas, un discurso, artículos y banderas
        *("gritar consignas", "por gritar", "corear", "consignas", "un discurso", "su discurso"),
        *("por sus artículos", "sus artículos", "textos publicados", "izar la bandera", "Estrella de la Mañana"),
        *near(("bloquear el acceso a", "bloqueó el acceso a", "bloquea el acceso a"), ("noticias", "artículos")),
        # S179: quien hace cine, cómics o canciones es conocido por lo que expresa
        *("cineasta", "documentalista", "historietista", "cómics", "sus letras", "cantautor", "cantautora"),
        "sobre sobornos",  # el tema de un documental o un reportaje, no un cargo
        *("entregó a un diario", "entregó a un periódico", "filtró a la prensa", "compartido con el periódico"),  # S170
        *("mosaico", "tifo", "tifos"),  # S160: "tras su mosaico por los presos políticos"
        *("educadora sexual", "educador sexual", "instagramer", "instagramers"),  # S158
        # S152-S154: el cartón de un monero; quienes administran cuentas; el video subido a redes
        *("monero", "monera", "un cartón", "realizador", "realizadora", "administradores de cuentas"),
        *("publicaban", "lo subió a redes", "subió a redes"),
        *("pancarta", "pancartas"),  # S134, S136: multas y expedientes por una pancarta en apoyo a un preso
        # un posteo (S82: "detenido por un posteo satírico sobre el Presidente")
        *("posteo", "posteos"),
        # lo que una radio emitió (S83: "sacar del aire a Radio Frontera … tras transmitir una entrevista")
        *("tras transmitir", "por transmitir", "tras emitir una entrevista"),
        # un documental o un estudio dicho como la causa: palabra, no el género ("detenido por un documental")
        *(f"por {whose} {work}" for whose in ("un", "su") for work in ("documental", "estudio")),
        *("por documental", "por el documental"),  # en el titular: «Detienen a cineasta por documental sobre …»
        # una entrevista concedida a la prensa es un acto de palabra, no el género de la nota: «allanan su casa tras una
        # entrevista con la BBC»
        *("concedió una entrevista", "conceder una entrevista", "una entrevista concedida", "tras una entrevista"),
        *("tras su entrevista", "después de una entrevista", "después de su entrevista", "por una entrevista"),
        "tras entrevista",  # S175: "ordena el cierre de emisora … tras entrevista con diputado"
        # el libro o la obra de un autor, dicho causa de la acción («por su primera novela», «por una obra teatral»)
        *("su novela", "sus novelas", "su primera novela", "su segunda novela", "su libro", "sus libros"),
        *("su obra de teatro", "su obra teatral", "una obra de teatro", "una obra teatral", "sus memorias"),
        # un audio o una nota de voz difundidos
        *("audio de WhatsApp", "audios de WhatsApp", "un audio", "nota de voz", "notas de voz", "mensaje de voz"),
        # lo dicho al aire en un programa
        *near(("criticar", "criticó", "cuestionar", "cuestionó", "denunció", "denunciar"), ("al aire",)),
        "bloguero*",
        "bloguera*",
        "influencer*",
        "youtuber*",
        "tuitero*",
        "tuitera*",
        "usuario de X",
        "usuaria de X",
        "meme*",
        "publicación*",
        "publicó",
        "publicar",
        "publicado",
        "publicada",
        "publicaba",
        "redes sociales",
        "en Facebook",
        "en X",
        "tuit*",
        "video*",
        "vídeo*",
        "transmisión en vivo",
        "crítica*",
        "criticar",
        "criticó",
        "críticas al gobierno",
        # "por críticas al alcalde": la crítica a una autoridad (el NOISE "críticas al" no la tapa)
        *("críticas al alcalde", "críticas a la alcaldesa", "críticas al presidente", "críticas a la presidenta"),
        *("críticas al gobernador", "críticas a la gobernadora", "críticas al régimen", "críticas a las autoridades"),
        *("críticas a la policía", "críticas al ejército", "críticas al ministro", "críticas a la ministra"),
        "mensaje*",
        "comentario*",
        "opinión",
        "columna",
        # las columnas de un columnista (no las de un edificio: «las columnas no cumplían la norma»)
        *("sus columnas", "por columnas", "columnas de opinión", "columnas críticas", "columnas periodísticas"),
        "caricatura*",
        *("viñeta", "viñetas", "una viñeta"),  # S70: "detenido por una viñeta sobre el presidente"
        "sátira",
        "libertad de expresión",
        "canción",
        "canciones",
        "en línea",
        "caricaturista*",
        "por difamar",
        "dibujo*",
        "humorista*",
        *("chiste", "chistes"),
        "parodia*",
        "burla*",
        "se burlaba",
        "ridiculiz*",
        "rapero*",
        "tiktoker*",
        "Instagram",
        "en vivo",
        "transmisiones en vivo",
        *("en directo", "transmitió en directo", "transmisión en directo"),  # (S57)
        "programa de radio",
        "programa radial",
        "su programa",
        "en la radio",
        "denunció públicamente",
        # writers and poets are known for expression, like bloggers; not rights defenders by trade
        "escritor",
        "escritora",
        "poeta",
        # el reportaje de un periodista es su expresión
        "reportaje*",
        # la corrupción como tema de un discurso, no como acusación: la frase larga tapa la palabra del delito
        "denunciar la corrupción",
        "denunció la corrupción",
        "denunciaba la corrupción",
        "denunciando la corrupción",
        "denuncia la corrupción",
        "criticar la corrupción",
        "criticó la corrupción",
        "criticando la corrupción",
        "exponer la corrupción",
        "expuso la corrupción",
    ),
    Signal.SPEECH_OFFENCE: (
        *("propaganda terrorista", "propaganda de organización terrorista"),  # S221: el cargo turco por discursos
        *("sedición", "sedicioso", "sediciosa", "sediciosos"),  # S210: Hong Kong
        *("glorifican el terrorismo", "glorificar el terrorismo", "glorificación del terrorismo"),  # S203
        *("servir a intereses extranjeros", "de servir a intereses extranjeros"),  # S202
        *("blasfemia", "actividades extremistas", "organización extremista"),  # S195
        "antiestatal",  # S193: contenido «antiestatal» (Pakistán)
        *(
            "Ley de Seguridad Ciudadana",
            "Ley de Protección de la Seguridad Ciudadana",
        ),  # S185: su nombre completo, como su apodo
        *("separatismo", "incitar al separatismo", "incitar al odio étnico", "incitar a dividir el país"),  # S184
        *("propaganda contra el sistema", "incitación a la secesión", "subvertir el poder del Estado"),  # S179-S180
        *("provocar peleas y causar problemas", "buscar pleitos y provocar problemas"),  # S180: China
        "sembrar desconfianza en el proceso",  # S173
        # S171: la moral de la familia invocada contra unos videos de baile
        *("atentar contra los valores de la familia", "valores de la familia", "incitan a la inmoralidad"),
        "incitar a la inmoralidad",
        # S170: la ley rusa contra quien "desacredita" al Ejército; la "facilitación de actividades extremistas"
        *("desacreditar» al Ejército", "desacreditar al Ejército", "desacreditar a las Fuerzas Armadas"),
        "revelación de secreto",
        *("injurias a la Corona", "injurias a la Corona y"),  # S160
        # S158: las leyes de moral y de «propaganda» aplicadas a lo publicado
        *("incitación a la inmoralidad", "incitación al libertinaje", "propaganda LGTB", "propaganda LGBT"),
        *("relaciones sexuales no tradicionales", "promover la homosexualidad", "promoción de la homosexualidad"),
        *("atentado contra las buenas costumbres", "contenido indecente", "contenidos indecentes"),
        # S152: ofensa a los sentimientos religiosos (Código Penal, art. 525); S174: "hiere los sentimientos religiosos"
        # (India)
        *(
            "ofender los sentimientos religiosos",
            "ofensa a los sentimientos religiosos",
            "contra los sentimientos religiosos",
        ),
        *("hiere los sentimientos religiosos", "herir los sentimientos religiosos", "a las creencias religiosas"),
        # la Ley de Seguridad Ciudadana, dicha por su apodo: multas por grabar o difundir imágenes de agentes (S75)
        *("ley mordaza", "Ley Mordaza"),
        # el pudor o la moral invocados contra lo que alguien publica (S69: una tiktoker condenada por
        # «publicaciones obscenas», por «videos de baile» «contrarios al pudor público»)
        *("por publicaciones obscenas", "por sus publicaciones obscenas"),  # no "enviar publicaciones obscenas a …"
        *near(_MORAL_ES, _POSTED_ES),
        *near(_POSTED_ES, _MORAL_ES),
        # «ciberasedio» (Puebla, 2021): un delito tan vago que alcanza la crítica; no «ciberacoso», que es también el
        # de quien acosa a una menor
        "ciberasedio",
        # «materiales extremistas» (Bielorrusia, Rusia)
        "materiales extremistas",
        # Cuba: multas por publicaciones en redes (Decreto-Ley 370)
        "Decreto-Ley 370",
        "información contraria al interés social",
        "noticias falsas",
        "noticia falsa",
        "información falsa",
        "informaciones falsas",
        "propagación de noticias falsas",
        "difusión de noticias falsas",
        "noticias falsas y tendenciosas",
        "menoscabo a la integridad nacional",
        "incitación al odio",
        "instigación al odio",
        "ley contra el odio",
        "traición a la patria",
        "difamación",
        "injurias",
        "desacato",
        "ultraje",
        "apología",
        "enaltecimiento del terrorismo",
        "enaltecimiento",
        "instigación pública a delinquir",
        "instigación a delinquir",
        "propaganda enemiga",
        "propaganda contra el Estado",
        "propaganda contra el orden constitucional",
        "ultraje a los símbolos patrios",
        "desinformación",
        "lesa majestad",
        "injuria*",
        "calumnia*",
        "vilipendio",
        "ofensa al presidente",
        # delitos vagos de «unidad nacional», usados contra canciones y publicaciones
        "atentar contra la unidad nacional",
        "atentado contra la unidad nacional",
        "socavar la unidad nacional",
    ),
    Signal.JOURNALIST: (
        # S206 (not "presentadora de televisión": a TV host extorted by her ex-agent, dev-4290)
        *("presentadora de un canal", "presentador de un canal"),
        *("portal de periodismo de investigación", "periodismo de investigación"),  # S202
        *("estudiante de Periodismo", "estudiantes de Periodismo"),  # S163: un medio universitario allanado
        *("a canal de", "su noticiero", "en su noticiero"),  # S120: un canal suspendido por lo que emitió
        *("director de medio", "directora de medio", "director del medio", "directora del medio"),  # S114
        *("cronista parlamentario", "cronista", "el noticiero", "un noticiero"),  # S112
        # una radio sacada del aire (S83), quien dirige una revista
        *_OFF_AIR,
        *("director de la revista", "directora de la revista"),
        # un juez ordena a un portal retirar su investigación (S86)
        *_PORTAL_ORDERED,
        # el caricaturista de un diario es prensa
        *("caricaturista del diario", "caricaturista de un diario", "caricaturista del periódico"),
        # la redacción de un diario, un diario digital
        "redacción de un diario",
        "redacción del diario",
        "la redacción de",
        "diario digital",
        # quien fundó o dirige un diario: "fundador del diario El Observador"
        *near(
            ("fundador", "fundadora"), ("del diario", "de un diario", "del periódico", "de un periódico", "del medio")
        ),
        "periódico digital",
        # quien conduce un programa, y las radios comunitarias
        "conductor de radio",
        "conductora de radio",
        "presentador de radio",
        "presentadora de radio",
        "radio comunitaria",
        "emisora comunitaria",
        *("radios comunitarias", "emisoras comunitarias"),
        # emisoras nombradas por lo que emiten: "dos emisoras … por sus programas de opinión" (S64)
        *("emisoras", "una emisora", "la emisora", "dos emisoras", "programas de opinión", "programa de opinión"),
        "portal de noticias",
        "portal informativo",
        # S67: "bloquear seis portales de noticias"; "El director del noticiero digital Voz del Norte"
        *("portales de noticias", "portales informativos", "noticiero digital", "director del noticiero"),
        *("medios digitales", "medios digitales independientes"),
        "medio digital",
        "Sindicato Nacional de Trabajadores de la Prensa",
        "SNTP",
        *near(("conduce", "conducía", "conductor", "conductora", "presenta", "presentaba"), ("programa",)),
        "periodista*",
        "reportero*",
        "reportera*",
        "comunicador*",
        "comunicadora*",
        "corresponsal*",
        "director del diario",
        "directora del diario",
        "director del medio",
        "medio independiente",
        "medios independientes",
        "libertad de prensa",
        "Reporteros sin Fronteras",
        "RSF",
        "fotoperiodista*",
        *("camarógrafo", "camarógrafos", "camarógrafa", "camarógrafas"),
        "prensa independiente",
        "Sociedad Interamericana de Prensa",
        "SIP",
        "columnista*",
        "locutor*",
        # la dirección de un diario
        "director de un diario",
        "directora de un diario",
        # la dirección de un semanario
        "director de un semanario",
        "directora de un semanario",
        "director del semanario",
        "directora del semanario",
    ),
    Signal.DEFENDER: (
        # S221: una ONG anticorrupción investigada por la Oficina de Protección de la Soberanía; un abogado de presos
        *("ONG anticorrupción", "organización anticorrupción", "defensor habitual de presos políticos"),
        *(
            "integrantes de una ONG",
            "miembros de una ONG",
            "trabajadores de una ONG",
        ),  # S214: detenidos tras un allanamiento
        *("colectivo de madres", "colectivo de familias"),  # S214: "fundadora de un colectivo de madres que buscan"
        *("fiscal anticorrupción", "exfiscal anticorrupción", "fiscales anticorrupción", "exfiscales anticorrupción"),
        *near(
            ("abogada que defendía a", "abogado que defendía a", "abogada que defiende a", "abogado que defiende a"),
            ("mujeres", "presos", "activistas", "periodistas", "manifestantes", "detenidos", "detenidas"),
        ),  # S206
        # S204: las Damas de Blanco; un defensor tsotsil
        *("Dama de Blanco", "Damas de Blanco"),
        *near(("defensor", "defensora"), ("tsotsil", "tseltal", "q'eqchi'", "zapoteco", "mixteco")),
        *("se oponía a una mina", "se opone a una mina"),
        *("grupo climático", "activistas climáticos", "activistas del clima"),  # S202
        *("Plataforma de Afectados por la Hipoteca", "PAH", "caso 173"),  # S198
        "Liga Tunecina de Derechos Humanos",  # S196
        *("líder estudiantil", "comité estudiantil"),  # S183-S184 (not "exdirigente estudiantil": profiles, a theft)
        *("defensor de la lengua", "defensora de la lengua"),  # S184
        *near(("profesora", "profesor", "docente"), ("de lengua materna", "de lengua kurda", "de kurdo")),
        *("sindicato independiente", "encabezó un paro", "encabezó la huelga", "dirigió la huelga"),  # S180
        *("denunciante de abusos", "movimiento de esposas de", "esposas de movilizados"),  # S170
        # S167: "un defensor de desplazados en Chiapas"
        *beside(("defensor de", "defensora de", "defensores de"), ("desplazados", "migrantes", "comunidades")),
        *("plataforma en defensa de", "plataforma en defensa del"),  # S165: "la plataforma en defensa de la sanidad"
        "dirigenta",  # S156: "dirigenta de Espinar"
        # S121-S122: "el Centro Nicaragüense de Derechos Humanos", "un abogado que asesora a familias de presos",
        # "abogada de ONG"
        *near(("Centro",), ("de Derechos Humanos",)),
        *near(("abogado", "abogada"), ("que asesora a familias", "de familias de presos", "de presos políticos")),
        *("abogada de ONG", "abogado de ONG", "abogada de una ONG", "abogado de una ONG"),
        *(
            "acompaña a familias de",
            "acompaña a las familias de",
        ),  # S119: "la defensora …, quien acompaña a familias de"
        *("fundación ambientalista", "Colectivo Nicaragüense"),  # S120
        *("comisión de derechos humanos", "red de mujeres defensoras", "mujeres defensoras"),  # S117
        # S108: "Trabajador de ONG", "ocho defensores del río"
        *("trabajador de ONG", "trabajadora de ONG", "trabajadores de ONG", "coordinador de la organización"),
        *near(("defensores del", "defensoras del", "defensor del", "defensora del"), ("río", "agua", "bosque")),
        # quien investiga para una organización de derechos (S96: "a Karla Obando, del Colectivo Nicaragua Nunca Más")
        *near(("investigadora", "investigador"), ("del colectivo", "de la organización", "del Colectivo", "de la ONG")),
        # quien busca a los desaparecidos (S91, S94: "madre buscadora", "defensora de desaparecidos")
        *("defensora de desaparecidos", "defensor de desaparecidos", "madre buscadora", "madres buscadoras"),
        *near(("abogada", "abogado"), ("de familias de desaparecidos", "de las familias de desaparecidos")),  # S185
        *("colectivo de búsqueda", "colectivo de madres buscadoras"),
        # la guardia de un resguardo indígena (S75: "Capturan a coordinador de la Guardia Indígena nasa")
        *("Guardia Indígena", "guardia indígena", "guardias indígenas"),
        # madres buscadoras: colectivos que buscan a sus desaparecidos
        "madres buscadoras",
        *("una buscadora", "buscadora de", "buscadoras"),  # (S87: "el teléfono de una buscadora de Culiacán")
        "colectivo de buscadoras",
        "colectivo de búsqueda",
        "buscadoras de desaparecidos",
        "buscadores de desaparecidos",
        # quien coordina una organización que documenta abusos
        "organización que documenta",
        # integrantes de un centro o un colectivo de derechos humanos
        *near(
            ("integrantes", "integrante", "miembros", "miembro"),
            (
                *("centro de derechos humanos", "colectivo de derechos humanos", "organización de derechos humanos"),
                *("ONG de derechos humanos", "comité de derechos humanos"),
            ),
        ),
        "ONG que documenta",
        # una organización por lo que defiende o hace por las víctimas (S59: "15 ONG, entre ellas una organización de
        # defensa de mujeres", "ONG que asesoró a víctimas ante la CIDH")
        *("organización de defensa de", "organizaciones de defensa de"),
        *near(
            ("ONG", "organización", "colectivo"),
            (
                "que asesoró a",
                "que asesora a",
                "que acompaña a",
                "que acompañaba a",
                "que defiende a",
                "que patrocina a",
                "que patrocinó a",
                "que patrocinó la",
            ),
        ),
        *near(
            ("ONG", "organización", "fundación"),
            ("que documentó", "que denunció", "que investigó", "que denuncia", "que documentaba", "que denunciaba"),
        ),
        # (S83: "Observatorio …, que lleva el registro de presos políticos", "la personería gremial" de un sindicato)
        *near(("ONG", "organización", "Observatorio"), ("que lleva el registro de", "que registra")),
        *("oenegés", "personería gremial"),
        # (S84: "la asociación de trabajadores campesinos", "la Coordinadora Campesina del Alto Paraná")
        *("asociación de trabajadores campesinos", "asociación campesina", "coordinadora campesina"),
        # una asociación o un colectivo por lo que documenta (no "la asociación que denunció el desfalco de sus fondos")
        *near(("asociación", "colectivo"), ("que documentó", "que documentaba", "que documenta")),
        # una organización de derechos humanos entre las clausuradas (S61: "cancela la personería jurídica de 15 ONG,
        # entre ellas una organización de derechos humanos")
        *beside(
            ("entre ellas", "entre ellos", "incluida", "incluidas"),
            (
                *("una organización de derechos humanos", "organizaciones de derechos humanos"),
                *("una ONG de derechos humanos", "colectivos feministas", "colectivos de derechos humanos"),
                # "entre ellas una red de defensoras de mujeres" (S66)
                *("una red de defensoras", "una red de defensores", "redes de defensoras"),
                # "15 ONG, entre ellas 3 de derechos humanos" (S62)
                *(f"{count} de derechos humanos" for count in ("dos", "tres", "varias", *IN_DIGITS)),
            ),
        ),
        # las víctimas a las que asesora son las suyas, no la ONG una víctima (S59: "ONG que asesoró a víctimas")
        *(
            f"{body} que {verb} a víctimas"
            for body in ("ONG", "organización")
            for verb in ("asesoró", "asesora", "acompaña", "acompañó", "defiende", "representa", "representó")
        ),
        # quien coordina o dirige una organización de derechos humanos (no una comisión estatal)
        *near(
            ("coordinador", "coordinadora", "director", "directora", "fundador", "fundadora", "integrante"),
            ("Observatorio", "organización de derechos humanos", "ONG de derechos humanos", "colectivo de derechos"),
        ),
        # quien dirige un sindicato; organizaciones que acompañan a comunidades en la defensa de sus tierras
        *near(
            (
                "secretario general",
                "secretaria general",
                "dirigente",
                "líder",
            ),
            ("del sindicato", "de un sindicato", "sindicato de trabajadores"),
        ),
        *near(
            ("en la defensa de", "en defensa de", "la defensa de"),
            ("sus tierras", "su territorio", "sus territorios", "la tierra", "el agua", "sus ríos", "el bosque"),
        ),
        *near(
            (
                "organización que acompaña",
                "organizaciones que acompañan",
                "organización que defiende",
                "organizaciones que defienden",
            ),
            ("comunidades", "pueblos", "víctimas", "familias"),
        ),
        # portavoces de sindicatos y plataformas, ciberactivistas
        "ciberactivista*",
        *near(
            ("portavoz de", "portavoz del", "vocera de", "vocero de", "portavoces de", "portavoces del"),
            ("sindicato", "colectivo", "movimiento social"),
        ),
        # defensoras de derechos de las mujeres, colectivas y comités en defensa del agua o del territorio
        "defensora de derechos",
        "defensor de derechos",
        "defensoras de derechos",
        "defensores de derechos",
        "colectiva feminista",
        "red feminista",
        "colectivo feminista",
        "asociación LGBT",
        "colectivo LGBT",
        "personas LGBT",
        "Colectivo de Abogados",
        "abogados de víctimas",
        "abogadas de víctimas",
        *near(
            (
                "comité en defensa",
                "comité de defensa",
                "comité que defiende",
                "que defiende",
                "que defienden",
            ),
            ("río", "agua", "territorio", "bosque", "bienes comunes", "tierras"),
        ),
        *near(
            (
                *("oposición a", "se opone a", "se oponen a", "lucha contra", "resistencia a"),
                *("opuesta a", "opuestas a", "opuesto a", "opuestos a"),
            ),
            ("represa", "hidroeléctrica", "mina", "minera", "proyecto minero", "desalojos"),
        ),
        "activista*",
        "alertador*",
        "denunciante de corrupción",
        "denunciante de irregularidades",
        "defensor de derechos humanos",
        "defensora de derechos humanos",
        "defensores de derechos humanos",
        "defensor de los derechos",
        "defensora de los derechos",
        "abogado de derechos humanos",
        "abogada de derechos humanos",
        "organizaciones sociales",
        "organización social",
        "movimiento social",
        "dirigente sindical",
        *("dirigentes sindicales", "líder sindical", "líderes sindicales", "lideresa sindical", "lideresas sindicales"),
        "opositor*",
        "opositora*",
        "oposición",
        "líder social",
        "líderes sociales",
        "lideresa social",
        "lideresas sociales",
        "ONG de derechos humanos",
        "lideresa del pueblo",
        "líder del pueblo",
        "defensores ambientales",
        "defensoras ambientales",
        "dirigente*",
        "sindicalista*",
        "disidente*",
        "sociedad civil",
        # abogados de presos políticos, activistas o manifestantes
        *near(("abogad*", "defensor de", "defensora de"), ("presos políticos", "activistas", "manifestantes")),
        # la sociedad civil que observa una elección
        "observador* electoral*",
        "observación electoral",
        # defensores de la tierra, el territorio y el ambiente
        "defensora indígena",
        "defensor indígena",
        # quien defiende o representa a comunidades (S61: "una abogada defensora de comunidades q'eqchi'")
        *(
            "defensora de comunidades",
            "defensor de comunidades",
            "defensoras de comunidades",
            "defensores de comunidades",
        ),
        *("abogada de comunidades", "abogado de comunidades", "que representa a comunidades"),
        *("abogada de derechos digitales", "abogado de derechos digitales", "defensora de derechos digitales"),
        # abogados de un colectivo de derechos humanos, o que representan a víctimas (S63)
        *near(
            ("abogados de", "abogadas de", "abogado de", "abogada de"),
            ("colectivo de derechos humanos", "organización de derechos humanos", "ONG de derechos humanos"),
        ),
        *near(
            ("abogados que representan a", "abogado que representa a", "abogada que representa a"),
            ("víctimas", "familias de", "comunidades"),
        ),
        "defensora zapoteca",
        "defensor zapoteco",
        "defensora comunitaria",
        "defensor comunitario",
        "defensora del territorio",
        "defensor del territorio",
        "defensores del territorio",
        "defensora ambiental",
        "defensor ambiental",
        # "Defensora hondureña, con prohibición de salir del país" (S69): el gentilicio la hace defensora de derechos,
        # no la defensa de un acusado; y su colectivo
        *beside(
            ("defensora", "defensor", "defensoras", "defensores"),
            (
                *("hondureña", "hondureño", "nicaragüense", "guatemalteca", "guatemalteco", "salvadoreña"),
                *("salvadoreño", "mexicana", "mexicano", "colombiana", "colombiano", "venezolana", "venezolano"),
                *("cubana", "cubano", "peruana", "peruano", "boliviana", "boliviano", "ecuatoriana", "ecuatoriano"),
            ),
        ),
        *("colectivo de mujeres", "colectivos de mujeres"),
        "opone a un proyecto minero",
        "oponen a un proyecto minero",
        # voceros y dirigentes indígenas, también por el nombre de su pueblo: "líder shuar", "presidente de una
        # federación shuar", "dirigente mapuche"
        *near(
            ("líder", "lideresa", "dirigente", "federación", "autoridad", "vocero", "vocera"),
            (
                *("shuar", "achuar", "kichwa", "waorani", "mapuche", "aymara", "quechua", "wayuu", "misak", "emberá"),
                *("lenca", "garífuna", "maya", "q'eqchi'", "mixteco", "mixteca", "zapoteco", "zapoteca", "triqui"),
                *("yaqui", "rarámuri", "tzotzil", "tzeltal", "miskito", "mayangna", "guaraní", "wichí", "awajún"),
                *("asháninka", "xinka", "nasa"),
            ),
        ),
        "vocero del pueblo",
        "vocera del pueblo",
        "dirigente indígena",
        "autoridad indígena",
        "autoridad ancestral",
        "lideresa comunitaria",
        "lideresa indígena",
        "líder indígena",
        "líderes indígenas",
        "gobernador indígena",
        "gobernadora indígena",
        "líder comunitario",
        "líder comunitaria",
        "líderes comunitarios",
        # lideresas, ambientalistas; defensores "de DDHH"
        "lideresa",
        "lideresas",
        "ambientalista*",
        "líder campesino",
        "líderes campesinos",
        "lonko",
        "vocero de comunidades",
        "vocera de comunidades",
        "consejo comunitario",
        *near(("coordinador", "coordinadora", "presidente", "presidenta"), ("de un consejo", "de comunidades")),
        *near(
            ("se opone", "se oponen", "opositores"),
            ("a una hidroeléctrica", "a la minería", "a una represa", "a un proyecto"),
        ),
        *near(("defensor", "defensora", "defensores", "defensoras", "activista*"), ("DDHH", "DD.HH.", "DD. HH.")),
        "guardaparque comunitario",
        # defensores de la tierra con un pueblo entre medias: 'defensora garífuna del territorio'
        *near(
            ("defensor", "defensora", "defensores", "defensoras"),
            (
                "del territorio",
                "de la tierra",
                "garífuna",
                "indígena",
                "campesina",
                "campesino",
                "del agua",
                "del bosque",
                *("nahua", "maya", "mapuche", "wayuu", "lenca", "mixteca", "xinka", "nasa"),
            ),
        ),
        # integrantes de ONG
        "una ONG que documenta",
        *near(
            ("coordinador", "coordinadora", "director", "directora", "integrante", "fundador", "fundadora"),
            ("de una ONG", "de la ONG"),
        ),
    ),
    Signal.RESEARCHER: (
        *("estaban al alcance de cualquiera", "quedaban al alcance de cualquiera"),  # trigésima revisión
        *near(("estudiante", "programador", "desarrollador", "ingeniero"), ("que informó",)),
        # S106: "tras reportar un fallo a CNT", "el programador que alertó sobre la filtración", "por verificar una
        # filtración", "había comprobado que un servidor … dejaba expuestas declaraciones"
        *(
            "reportar un fallo",
            "reportar una falla",
            "reportó un fallo",
            "reportó una falla",
            "verificar una filtración",
        ),
        # S214: "el estudiante … había descubierto el fallo y lo reportó por correo a la entidad"
        *("había descubierto el fallo", "descubierto la falla", "descubrió el fallo", "descubrió la falla"),
        *("advertir que los datos", "había comprobado que un servidor", "dejaba expuestas", "dejaba expuestos"),
        *near(
            ("programador", "desarrollador", "estudiante", "ingeniero", "informático", "técnico"),
            ("que alertó", "que reportó", "que advirtió", "que detectó", "que descubrió", "que avisó"),
        ),
        # (no un "consultor de seguridad" a secas: la seguridad privada, física, de una alcaldía)
        *(
            "consultor de seguridad informática",
            "consultora de seguridad informática",
            "experto en seguridad informática",
        ),
        "experta en seguridad informática",
        "investigador de seguridad",
        "investigadora de seguridad",
        "investigador en ciberseguridad",
        "experto en ciberseguridad",
        "experto en seguridad informática",
        "vulnerabilidad*",
        "fallo de seguridad",
        "falla de seguridad",
        *near(("reveló", "reportó", "alertó sobre", "denunció"), ("fallas", "fallos", "vulnerabilidades")),
        # quien programa y avisó de fallas (no la auditoría de una obra, ni los "fallos" de un juez)
        # quien expuso en un congreso la falla que halló (S89)
        *near(("expuso", "presentó"), ("la falla de seguridad", "la vulnerabilidad")),
        # quien avisó que un portal exponía datos (S82: "un correo … advirtiendo que el portal de pagos dejaba ver
        # cédulas")
        *near(("advirtiendo que", "advirtió que", "alertando que"), ("el portal", "el sistema", "la plataforma")),
        *beside(
            ("programador que", "desarrollador que", "informático que", "programadora que", "desarrolladora que"),
            ("había advertido fallas", "advirtió fallas", "advirtió de fallas", "había reportado fallas"),
        ),
        "brecha de seguridad",
        "hacker ético",
        "hackers éticos",
        "divulgación responsable",
        "pruebas de penetración",
        "reportó una falla",
        "alertó sobre",
        *near(_DISCLOSE + _DISCLOSE_MORE, _FLAWS + _FLAWS_MORE),
        "investigador independiente",
        "configuración insegura",  # S146: "solo documentó una configuración insegura"
        # S144: "por mostrar fallas en un portal público", "el investigador que expuso el fallo en el sistema del CNE"
        *near(
            ("mostrar", "mostró", "demostrar", "demostró", "expuso", "exponer"),
            ("fallas en", "fallos en", "el fallo en", "la falla en", "una falla en", "un fallo en", "falla en"),
        ),
        # avisar de una falla
        "avisar de una falla",
        "avisar de un fallo",
        "advertir que un error",
        "advertir de una falla",
        "tras avisar",
        # avisar de una falla o de un fallo
        *near(
            ("alertó", "avisó", "advirtió", "alertar", "avisar", "advertir", "reportó", "reportado", "alertado"),
            ("una falla", "un fallo", "la falla", "el fallo", "falla en", "fallas en", "fallo en", "de falla"),
        ),
        # ... de un sistema (S143: "un programador … que había advertido una falla en el sistema"; no "la Auditoría
        # había advertido fallas en la obra")
        *near(
            ("advertido", "avisado"),
            ("una falla en el sistema", "un fallo en el sistema", "una falla en el portal", "una falla en la web"),
        ),
        # una brecha en un sitio (no la brecha salarial, la de género: "alertó de una brecha en la web del Ministerio")
        *near(
            ("alertó de", "avisó de", "advirtió de", "reportó", "alertó sobre", "advirtió sobre"),
            tuple(f"una brecha en {where}" for where in ("la web", "el sitio", "el portal", "su web", "su sitio")),
        ),
        # "tras revelar falla en sistema", "tras reportar falla en portal": de un sistema (no "reveló el fallo", una
        # sentencia; ni una falla en los frenos, en la tubería, en la investigación)
        *near(
            ("reportar", "revelar", "reveló"),
            ("falla en sistema", "falla en el sistema", "falla en portal", "falla en el portal", "falla en la web"),
        ),
        # el aviso de lo que un sistema dejaba ver: "avisó de que una web sanitaria mostraba datos ajenos" (no la
        # empleada que mostraba datos de otros clientes a estafadores)
        *near(
            ("avisó de que", "avisó que", "advirtió que", "alertó de que", "alertó que", "reportó que"),
            ("mostraba", "exponía", "dejaba ver", "permitía ver"),
        ),
    ),
    Signal.RIGHTS: (
        # S207: el "red-tagging" filipino, dicho en español
        *("señalado como rojo", "señalada como roja", "señalados como rojos", "etiquetado como rojo", "red-tagging"),
        "motivación política",  # S183: una extradición rechazada
        "censura previa",  # S179
        # una acusación como represalia (S85): la droga sembrada, días después de publicar
        *("fue sembrada", "fueron sembradas", "le sembraron", "droga sembrada", "armas sembradas"),
        *("le colocaron la droga", "le colocaron droga", "le pusieron la droga"),
        *near(
            ("días después de", "días antes había", "poco después de", "semanas después de", "horas después de"),
            ("publicar", "publicado", "difundir", "que el portal", "su reportaje", "sus denuncias"),
        ),
        # un periodista o activista asesinado: un ataque contra su trabajo en sí
        *near(
            ("periodista", "reportero", "reportera", "activista", "defensor", "defensora"),
            (
                "asesinado",
                "asesinada",
                "asesinados",
                "ultimado",
                "ultimada",
                "hallado muerto",
                "hallada muerta",
                "atacado a balazos",
                "atacada a balazos",
            ),
        ),
        *near(("asesinato del", "asesinato de la", "homicidio del"), ("periodista", "activista", "defensor")),
        *beside(
            ("asesinan a", "asesinaron a", "matan a", "mataron a", "acribillan a", "acribillaron a"),
            (
                *("periodista", "reportero", "reportera", "activista", "defensor", "defensora", "líder social"),
                *("líder indígena", "líder comunitario", "lideresa social", "lideresa indígena", "líder ambiental"),
            ),
        ),
        # quien es objeto de la medida denuncia persecución
        "denunció persecución",
        "denuncia persecución",
        "denunciaron persecución",
        "derechos humanos",
        "Amnistía Internacional",
        "organizaciones de defensores",
        "Human Rights Watch",
        "preso de conciencia",
        "presos de conciencia",
        "preso político",
        "presos políticos",
        "presa política",
        "motivaciones políticas",
        "persecución política",
        "criminalización",
        "represión",
        "exigen su liberación",
        "liberación inmediata",
        "CIDH",
        "Comisión Interamericana",
        "relator especial",
        "Foro Penal",
        "Artículo 19",
        "Red en Defensa de los Derechos Digitales",
        "R3D",
        "Derechos Digitales",
        "Fundación por la Libertad de Expresión",
        "Fundación para la Libertad de Prensa",
        "acoso judicial",
        "represalia*",
        "silenciarlo",
        "silenciarla",
        "silenciarlos",
        "silenciar",
        "cargos fabricados",
        "montaje judicial",
        "farsa judicial",
        *near(
            ("mismo cargo", "mismos cargos", "misma acusación", "mismas acusaciones"),
            ("periodistas", "activistas", "opositores", "medios independientes"),
        ),
        "una farsa",
        # el asesinato de un periodista o activista es en sí un ataque a su labor
        *near(
            ("asesinato de", "asesinato del", "homicidio de", "homicidio del"),
            ("periodista*", "activista*", "defensor*", "líder social"),
        ),
        *near(
            ("periodista", "reportero", "reportera", "comunicador", "comunicadora", "locutor", "locutora"),
            ("asesinado", "asesinada", "asesinado a balazos", "asesinada a balazos", "ultimado", "ultimada"),
        ),
        *near(
            ("activista", "defensor", "defensora", "líder social"),
            ("asesinado", "asesinada", "asesinado a balazos", "asesinada a balazos", "ultimado", "ultimada"),
        ),
        *near(
            ("asesinan a", "asesinaron a", "asesinan al", "asesinaron al", "matan a", "mataron a"),
            ("periodista", "reportero", "reportera", "comunicador", "comunicadora", "locutor", "locutora"),
        ),
        *near(("asesinan a", "asesinaron a", "matan a", "mataron a"), ("activista", "defensor", "defensora")),
        "exige su liberación",
        "exigió su liberación",
        "pide su liberación",
        "piden su liberación",
    ),
    Signal.SURVEILLANCE: (
        *near(("se lleva", "se llevó", "se llevaron"), ("teléfonos y portátiles", "teléfonos", "portátiles")),  # S203
        *near(
            ("intervino", "intervinieron", "pinchó", "pincharon"), ("la línea", "el teléfono", "los teléfonos")
        ),  # S202
        *near(("se quedaron con", "borraron", "revisaron", "decomisaron"), ("tarjetas de memoria",)),  # S200
        # S195: las grabaciones del FSB (no la cámara oculta de un mirón)
        *near(
            ("grabaciones", "escuchas", "cámara oculta"), ("el FSB", "los servicios de seguridad", "la policía secreta")
        ),
        *near(("el FSB", "los servicios de seguridad", "la policía secreta"), ("escuchas", "cámara oculta")),
        # S174: los datos de los administradores pedidos a la plataforma
        *near(
            ("pide a Meta", "pidió a Meta", "solicitado a la plataforma"), ("los datos", "direcciones IP", "números")
        ),
        *("le retuvo el teléfono", "le retuvieron el teléfono"),  # S158
        *near(("se lleva", "se llevó", "se llevaron"), ("su laptop", "su computadora", "sus expedientes")),  # S122
        *("no le devolvieron el teléfono", "no le devolvieron su teléfono", "sin devolverle el teléfono"),  # S116
        # el propio teléfono infectado (S91, S96: "revela que su celular fue infectado con Pegasus")
        *(
            "su celular fue infectado",
            "su teléfono fue infectado",
            "fue infectado con Pegasus",
            "infectado con Pegasus",
        ),
        # el programa hallado en los teléfonos de alguien (S94: "confirma Pegasus en los teléfonos de una defensora de
        # desaparecidos y de un periodista")
        *near(
            ("Pegasus", "Predator", "spyware", "programa espía", "software espía"),
            ("en los teléfonos de", "en el teléfono de", "en el celular de", "en los celulares de"),
        ),
        # un allanamiento que se lleva los equipos de una organización (S84: "MP allana oficinas del Consejo … y se
        # lleva discos duros y laptops", "se llevaron computadores y el libro de afiliados")
        *near(
            ("se lleva", "se llevó", "se llevaron", "sacaron"),
            ("discos duros", "laptops", "computadores", "computadoras", "memorias USB"),
        ),
        # el celular retenido por la Justicia (S82: "la Justicia federal le retiene el celular")
        *("le retiene el celular", "retiene el celular", "le retuvieron el celular", "le retienen el celular"),
        # el secreto de las comunicaciones de alguien levantado (S75: "pide levantar el secreto de las comunicaciones
        # de periodista para identificar a su fuente")
        *("levantar el secreto de las comunicaciones", "levantamiento del secreto de las comunicaciones"),
        # vigilados por la policía: dicho de personas
        *("fueron vigilados", "fueron vigiladas", "fue vigilado", "fue vigilada", "eran vigilados", "eran vigiladas"),
        *("era vigilado", "era vigilada", "han sido vigilados", "habían sido vigilados", "había sido vigilado"),
        # una cuenta identificada con datos pedidos a una plataforma o a la operadora
        "direcciones IP",
        "dirección IP",
        *near(
            ("requerimiento a", "solicitud a", "obtenidos de", "entregados por"),
            ("Meta", "Facebook", "Google", "TikTok", "WhatsApp"),
        ),
        # una línea clonada; chats leídos obtenidos de la operadora
        *near(
            ("clonaron", "clonando", "clonada", "clonado", "clonar", "clonación de"),
            ("línea", "su teléfono", "su celular", "su chip", "su WhatsApp"),
        ),
        *near(
            ("obtenidos de", "obtenidas de", "entregados por", "entregadas por", "proporcionados por"),
            (
                "la operadora",
                "la telefónica",
                "la compañía telefónica",
                "Movistar",
                "Telcel",
                "Tigo",
                "Digitel",
            ),
        ),
        # la ubicación en tiempo real de una línea pedida a la telefónica
        "localización en tiempo real",
        "ubicación en tiempo real",
        *near(("localización", "ubicación"), ("de su línea", "de su teléfono", "de su celular", "de su móvil")),
        # se quedaron con el teléfono
        *near(("se quedaron con",), ("el aparato", "su teléfono", "su celular", "su móvil", "el teléfono")),
        # el equipo nombrado antes que el acto; lo extraído de un teléfono; líneas interceptadas
        *near(
            _DEVICES,
            (
                "decomisaron",
                "decomisado*",
                "incautad*",
                "incautaron",
                "confiscad*",
                "confiscaron",
                "retuvieron",
                "revisad*",
                "intervenid*",
            ),
        ),
        *near(("extraíd*", "extraídas", "extraídos", "copiad*", "volcad*"), _DEVICES),
        *near(
            ("interceptar", "interceptó", "interceptaron", "interceptaba", "pinchar", "pincharon"),
            ("líneas", "teléfonos", "llamadas", "comunicaciones", "celulares"),
        ),
        *near(("ubicaron", "localizaron", "rastrearon", "geolocalizaron"), _DEVICES),
        "vigilancia",
        "espionaje",
        "espiado*",
        "software espía",
        "programa espía",
        "Pegasus",
        "escuchas",
        "intervención de comunicaciones",
        "interceptación",
        "reconocimiento facial",
        "monitoreo",
        "datos de tráfico",
        "registros de llamadas",
        "ubicación del teléfono",
        "geolocalización",
        "identificar a sus fuentes",
        "sus fuentes",
        "revisaron su teléfono",
        "le quitaron el teléfono",
        "incautaron su teléfono",
        "decomisaron su teléfono",
        "extracción de datos",
        *near(_TAKE + _TAKE_MORE, _DEVICES + _DEVICES_MORE),
        # un programa espía hallado en un teléfono: "detectó infecciones en los teléfonos de tres periodistas"
        *near(("infección", "infecciones", "infectado", "infectados", "infectada", "infectadas"), _DEVICES),
        *near(_WATCH, _WATCHED),
        *near(_ASK, _ACCOUNT_DATA + _ACCOUNT_MORE),
        "intervención telefónica",
        "intervenciones telefónicas",
        "escuchas telefónicas",
        "interceptad*",
        "interceptaciones",
        "registros de ubicación",
        "datos de ubicación",
        "registro de llamadas",
        "sábana de llamadas",
        "metadatos",
        "dirección IP",
        "direcciones IP",
        "ciberpatrullaje",
        "perfilamiento",
        "monitore*",
        "espiada*",
        "espiaron",
        "espiar",
        "malware espía",
        "bajo vigilancia",
    ),
    Signal.PRIVACY: (
        *near(("pide a", "requiere a", "ordena a"), ("que identifique al autor", "identificar al autor")),  # S132
        # el Estado expone a alguien (S106: "difunde nombre y domicilio del programador", "con el DNI y la dirección")
        *near(
            ("difunde", "difundió", "publica", "publicó", "expone", "expuso"),
            ("nombre y domicilio", "nombre y dirección", "el DNI y la dirección", "DNI y domicilio"),
        ),
        # la televisión del Estado difunde la dirección y los chats de una defensora (S86)
        *near(
            ("difundió", "difunde", "mostró", "muestra", "expuso"),
            ("la dirección", "los chats privados", "capturas de conversaciones", "la fachada de su vivienda"),
        ),
        # los socios de una organización, entregados al Estado (S84: "exige … la lista de sus socios y donantes")
        *("la lista de sus socios", "lista de sus afiliados", "libro de afiliados", "nombres de sus afiliados"),
        *("las listas de sus socios", "listas de sus socios", "listas de socios"),
        # chats privados difundidos
        "chats privados",
        # la policía difunde su documento y domicilio
        *near(
            ("difundió", "difundieron", "publicó", "publicaron", "filtró", "filtraron"),
            ("su DNI", "su domicilio", "su cédula", "su dirección"),
        ),
        "privacidad",
        "datos personales",
        "protección de datos",
        "intimidad",
        # la autoridad difunde datos, fotos y domicilios de detenidos o activistas
        *near(
            ("difundiera", "difundió", "difundir", "publicó", "mostraba", "mostró", "exhibió", "expuso"),
            ("datos personales", "domicilios", "carnet de identidad", "números de cédula", "su domicilio"),
        ),
        "contraseñas",
        "nombres, números de documento",
        "números de documento",
        "domicilios",
        "direcciones",
        "mensajes privados",
        "cifrado",
        "contraseña*",
        "desbloquear*",
        "clave de desbloqueo",
        "código de desbloqueo",
        # chats y conversaciones filtrados
        "filtra … chats",
        "filtró … chats",
        "filtraron … chats",
        "filtra … conversaciones",
        "filtró … conversaciones",
        "filtraron … conversaciones",
        "capturas de pantalla de sus conversaciones",
        # datos personales expuestos
        "conversaciones privadas",
        "dirección de su casa",
        "dirección de su domicilio",
        # datos personales difundidos por las autoridades
        "número de cédula",
        "dirección de su vivienda",
        "dirección de su apartamento",
        "fotografías de sus hijos",
        "difundió en redes su",
        "publicó … dirección",
        # chats exhibidos
        "capturas de sus conversaciones",
        "sus chats se exhiben",
        "exhibió sus chats",
        # datos personales exhibidos
        "capturas de conversaciones",
        "dirección de la vivienda",
        "fotos familiares",
    ),
    Signal.TRANSNATIONAL: (
        # S210: la policía de su provincia visita a los padres de un estudiante en el extranjero
        *("visitan a los padres de", "visitaron a los padres de", "advirtió a su familia", "advirtieron a su familia"),
        *("canal persa con sede en Londres", "con sede en Londres", "canales persas en el extranjero"),  # S206
        # S115: "Citan a la madre de un influencer cubano residente en Miami para interrogarla"
        *near(
            ("madre de", "padre de", "padres de", "hermano de", "hermana de", "esposa de", "familia de"),
            ("residente en", "exiliado en", "exiliada en"),
        ),
        # S110: "Anulan el pasaporte de una abogada … mientras declaraba ante la ONU", "lista de buscados", la madre de
        # un youtuber "radicado en Miami" citada
        *(
            "anulan el pasaporte",
            "anuló el pasaporte",
            "pasaporte anulado",
            "lista de buscados",
            "lista de personas buscadas",
        ),
        *near(
            ("madre de", "padre de", "hermano de", "hermana de"),
            ("radicado en", "radicada en", "exiliado en", "exiliada en"),
        ),
        # un consulado niega el pasaporte a un exiliado; la orden de captura internacional; un medio con sede fuera
        # (S72: "ordena la captura internacional de una periodista exiliada", "un medio independiente con sede en
        # Miami")
        *near(("se niega a renovar", "se negó a renovar", "niega renovar", "negó renovar"), ("pasaporte",)),
        *("captura internacional", "orden de captura internacional", "difusión roja"),
        *("con sede en Miami", "con sede en Madrid", "con sede en Costa Rica", "con sede en el exterior"),
        # deportado a su país y detenido al bajar del avión
        "detenido a su llegada",
        "detenida a su llegada",
        "detenido al llegar",
        "detenida al llegar",
        # devuelto al país; asilo negado; regreso prohibido
        "tras ser deportado",
        "tras ser deportada",
        "negaron el asilo",
        "le negaron el asilo",
        "rechazo de su solicitud de asilo",
        "no podrá volver a entrar",
        "no podrá regresar",
        # regreso impedido; deportado mientras pedía refugio
        "impide el regreso",
        "impidió el regreso",
        "no volverá a pisar",
        "solicitud de refugio",
        "solicitud de asilo",
        "pedía refugio",
        "pedía asilo",
        "represión transnacional",
        "orden internacional de búsqueda",
        "búsqueda internacional",
        "extradición",
        "extraditado*",
        "exilio",
        "exiliado*",
        "exiliada*",
        "desterrado*",
        "destierro",
        "desnacionalizado*",
        "despojado de su nacionalidad",
        *near(("despoja", "despojó"), ("de su nacionalidad", "de la nacionalidad")),
        *("despojados de su nacionalidad", "despojadas de su nacionalidad"),
        "despojada de su nacionalidad",
        "deportado a",
        "expulsado a",
        "secuestrado en",
        "notificación roja",
        "alerta roja",
        "Interpol",
        "en ausencia",
        "en el extranjero",
        "refugiado",
        "solicitante de asilo",
    ),
    Signal.DUE_PROCESS: (
        # S217: hombres sin uniforme que se llevan a un crítico (en: "men who identified themselves as police")
        *("se identificaron como policías", "se identificaron como agentes", "dijeron ser policías"),
        *("siguen sin saber en qué cárcel", "no ha informado de cargos", "no ha informado los cargos"),  # S183
        *("no ha informado dónde está", "no ha podido verlo", "no han podido verlo", "ni enviarle abogado"),  # S180
        *("meses en aislamiento", "semanas en aislamiento"),  # S171: "pasó meses en aislamiento antes del juicio"
        # S169: "Trasladan e incomunican a solicitantes de asilo"; "no informa a dónde fueron llevados"
        *("incomunican a", "incomunicaron a", "no informa a dónde fueron llevados", "no informa a dónde fue llevado"),
        *("le niegan ver a su abogado", "le negaron ver a su abogado", "niegan ver a su abogado"),  # S168
        # una desaparición tras una detención (S135: "la desaparición de una de sus abogadas tras ser detenida")
        *near(
            ("la desaparición de",), ("tras ser detenida", "tras ser detenido", "tras su detención", "tras su arresto")
        ),
        # desaparecidas tras la citación, y las autoridades niegan tenerlas (S134)
        *("siguen sin aparecer", "sigue sin aparecer", "niegan tenerlas", "niegan tenerlos", "niegan tenerla"),
        "niegan tenerlo",
        *("reserva total", "no han podido entrevistarse con"),  # S122: el caso sellado, la defensa sin acceso
        # S108: "no ha permitido que ningún letrado ni familiar lo vea"
        *("ningún letrado ni familiar", "ni abogado ni familiar"),
        # S108: "cumple 40 días desaparecido tras ser llevado a la DAJ", "nadie sabe de él", "'no estaba registrado'",
        # "sin sus abogados de confianza", "tuvo que aceptar un defensor público", "Renuevan por seis meses la prisión
        # preventiva"
        *("días desaparecido", "días desaparecida", "desaparecido tras ser", "desaparecida tras ser"),
        *("nadie sabe de él", "nadie sabe de ella", "no estaba registrado", "no estaba registrada"),
        *("sin sus abogados de confianza", "sin su abogado de confianza", "aceptar un defensor público"),
        *near(("renuevan", "renueva", "renovó", "renovaron"), ("la prisión preventiva", "prisión preventiva")),
        # un traslado a un lugar que no se dice, un abogado sin acceso (S101: "Trasladan a reportero independiente a un
        # destino desconocido", "su abogada no ha podido entrevistarse con él", "no les han permitido verlo")
        *("destino desconocido", "lugar desconocido", "paradero desconocido", "no ha podido entrevistarse con él"),
        *("no ha podido entrevistarse con ella", "no les han permitido verlo", "no les han permitido verla"),
        # sin abogado, sin paradero confirmado (S97: "sin que su abogado pueda verla", "no ha confirmado oficialmente
        # su paradero")
        *("sin que su abogado pueda verla", "sin que su abogado pueda verlo", "sin que sus abogados puedan verlo"),
        *("no ha confirmado su paradero", "no ha confirmado oficialmente su paradero", "la visita de la defensa"),
        # (S87: "Juzgado amplía tres meses la prisión preventiva del director")
        *near(("amplía", "amplió"), ("la prisión preventiva",)),
        # una muerte o torturas en manos del Estado
        "muere bajo custodia",
        "muere en custodia",
        "murió bajo custodia",
        "murió en custodia",
        "muerte bajo custodia",
        "murió en prisión preventiva",
        *("muere en prisión", "murió en prisión", "muere en la cárcel", "murió en la cárcel", "fallece en prisión"),
        *("falleció en prisión", "fallece bajo custodia", "falleció bajo custodia"),
        # desaparecido desde que lo detuvieron: nadie sabe dónde está
        *near(("desaparecido", "desaparecida"), ("tras ser detenido", "tras ser detenida", "tras su detención")),
        "torturado en detención",
        *near(
            ("hallado muerto", "hallada muerta", "murió"),
            ("tras su detención", "tras ser detenido", "tras ser detenida"),
        ),
        # la familia fuera de la sala
        "le impidieron entrar a la sala",
        "impidieron entrar a la sala de audiencias",
        # el abogado no puede verlo; un defensor que no eligió; la familia no sabe dónde está; audiencia reservada
        *near(
            ("abogado", "abogada", "abogados", "defensa"),
            ("no ha podido verlo", "no ha podido verla", "no han podido verlo", "no han podido verla"),
        ),
        *near(
            ("negó", "negaron", "niega", "niegan"),
            ("defensor de su elección", "abogado de su elección", "abogada de su elección"),
        ),
        *near(("familia", "familiares"), ("no ha sido informada de dónde", "no han sido informados de dónde")),
        "bajo reserva y sin acceso",
        "sin acceso para la prensa",
        # ni la familia ni los abogados saben dónde está
        *near(
            ("ni su familia ni sus abogados", "ni su familia ni su abogado", "ni la familia ni los abogados"),
            ("han podido", "saben", "conocen", "pudieron"),
        ),
        # audiencia adelantada sin aviso a la defensa; abogada de confianza no juramentada, defensor público impuesto
        *near(
            ("adelantan", "adelantó", "adelantaron", "adelantada", "adelantado", "celebró", "celebraron"),
            ("sin aviso", "sin avisar", "sin notificar", "antes de la fecha notificada"),
        ),
        *near(("abogada", "abogado", "abogados", "defensa"), ("se enteró cuando", "se enteraron cuando")),
        "permitió juramentarse",
        "impidieron juramentarse",
        *near(("impuso", "impusieron", "asignó", "asignaron"), ("un defensor público", "una defensora pública")),
        # nadie informa dónde está; se desconoce el paradero; más de lo que permite la ley
        # (la familia, no la policía que busca a un prófugo)
        # (S82: "Familia de joven capturado tras un video en TikTok desconoce su paradero")
        *("desconoce su paradero", "desconocen su paradero"),
        *near(
            ("familia desconoce", "familiares desconocen", "familia ignora", "familiares ignoran", "madre desconoce"),
            ("su paradero", "el paradero", "dónde está", "dónde se encuentra", "dónde la tienen", "dónde lo tienen"),
        ),
        *near(
            (
                "sin que ninguna autoridad",
                "sin que ningún funcionario",
                "ninguna autoridad le",
                "ninguna autoridad les",
            ),
            ("dónde está", "dónde se encuentra", "su paradero", "dónde la tienen", "dónde lo tienen"),
        ),
        *near(
            ("más de lo que", "más tiempo del que", "más allá de lo que"),
            ("permite la ley", "permite el Código", "establece la ley", "establece el Código"),
        ),
        *near(
            (
                "no le han notificado",
                "no se le ha notificado",
                "no se le notificó",
                "sin notificarle",
                "sin que se le notifique",
            ),
            ("cargos", "la acusación", "los cargos", "imputación"),
        ),
        *near(
            (
                "no ha podido ver",
                "no han podido ver",
                "no pudo ver",
                "no pudieron ver",
                "no le permitieron ver",
                "no les permitieron ver",
            ),
            ("a un abogado", "a su abogado", "a sus abogados", "a su defensor"),
        ),
        "niegan tenerlo",
        "niegan tenerla",
        "niega tenerlo",
        "niega tenerla",
        # juicio a puertas cerradas; audiencia sin sus abogados
        "a puertas cerradas",
        *near(("audiencia", "juicio"), ("en su ausencia", "sin sus abogados", "sin su abogado")),
        # el lugar de detención ocultado a la familia; abogados sin acceso
        *near(
            (
                "no han informado",
                "no informaron",
                "se negaron a informar",
                "sin informar",
                "no le han dicho",
                "no les han dicho",
            ),
            ("paradero", "dónde está", "dónde se encuentra", "lugar de detención", "dónde permanece"),
        ),
        *near(
            ("abogado", "abogados", "abogada", "defensa"),
            ("no pudo verla", "no pudo verlo", "impidieron el ingreso", "negaron el ingreso", "no les permitieron"),
        ),
        # sin acceso al expediente ni a la prueba; retenida sin su abogado
        *near(
            (
                "sin acceso",
                "no ha tenido acceso",
                "no han tenido acceso",
                "negaron el acceso",
                "negado el acceso",
                "sin poder acceder",
            ),
            ("expediente", "evidencia", "pruebas", "carpeta fiscal"),
        ),
        *near(
            ("no se le permitió", "no se le ha permitido", "no le permitieron", "no les permitieron", "sin poder"),
            ("acceder al expediente", "consultar el expediente", "ver el expediente"),
        ),
        # una audiencia declarada reservada: a puerta cerrada
        *near(
            ("audiencia", "audiencias", "juicio"),
            ("declarada reservada", "declaradas reservadas", "declarado reservado"),
        ),
        "sin presencia de su abogado",
        "en ausencia de su abogado",
        "sin su abogado",
        *near(
            ("más allá del", "excede el", "superó el", "supera el"), ("plazo legal", "plazo constitucional", "48 horas")
        ),
        "sin orden judicial",
        "sin orden de captura",
        "sin acceso a abogado",
        "sin acceso a un abogado",
        "sin abogado",
        # la prisión preventiva sola es rutina (un arresto); prorrogada o ampliada, afecta el debido proceso
        *near(_PROLONG, _REMAND),
        *near(_REMAND, _PROLONG),
        # "amplía" se escribe como el adjetivo "amplia" ("una amplia condena"): solo junto a la prisión preventiva
        *("amplía la prisión preventiva", "amplía prisión preventiva", "amplían la prisión preventiva"),
        *("amplían prisión preventiva", "amplía la detención", "amplían la detención", "amplió la prisión preventiva"),
        *("amplió la detención", "amplió prisión preventiva"),
        *near(("amplió por", "amplió en", "amplió hasta"), ("prisión preventiva", "detención provisional")),
        # cuánto lleva preso sin juicio: "cumple 600 días en prisión preventiva"
        *beside(("días en", "meses en", "años en"), ("prisión preventiva", "detención preventiva")),
        # abogados de confianza no juramentados; un defensor público nunca visto
        "sin juramentar",
        "nunca ha visto",
        "incomunicado*",
        "incomunicada*",
        "desaparición forzada",
        "detención arbitraria",
        "arbitrariamente",
        "paradero desconocido",
        "sin juicio",
        "a puerta cerrada",
        "juicio sumario",
        "debido proceso",
        "tribunal militar",
        "sin cargos",
        "prorrogó la detención",
        "prorrogan la detención",
        "régimen de excepción",
        "sin pruebas",
        "sin que la Fiscalía haya presentado pruebas",
        "acceso al expediente",
        "El Chipote",
        # nadie sabe dónde está
        "sin noticias de",
        "se desconoce su paradero",
        "sin saber dónde está",
        # sin expediente, sin juez, paradero oculto
        "revisar el expediente",
        "consultar el expediente",
        "sin ver a un juez",
        "no saben dónde está",
        "dónde está detenido",
        "dónde está detenida",
        # paradero oculto
        "sin conocer su paradero",
        "dónde lo tienen",
        "dónde la tienen",
        # paradero desconocido, desaparecido
        "desconocen su paradero",
        "su paradero es desconocido",
        "sigue desaparecida",
        "sigue desaparecido",
        "siguen desaparecidos",
        # nunca ante un juez; los abogados sin ver a su cliente
        *near(
            ("sin ser", "sin haber sido", "no ha sido", "nunca fue"),
            ("presentado ante un juez", "presentada ante un juez", "llevado ante un juez", "llevada ante un juez"),
        ),
        "desconoce dónde se encuentra",
        "desconocen dónde se encuentra",
        "dónde se encuentra recluido",
        "dónde se encuentra recluida",
        "dónde se encuentra detenido",
        "dónde se encuentra detenida",
        "sin conocer el paradero",
        "no han podido ver a su cliente",
        "no ha podido ver a su abogado",
        "sin poder reunirse con su abogado",
        # sin poder comunicarse con sus abogados ni ver a sus defensores; el lugar donde permanece, oculto
        *near(
            (
                "no se le ha permitido",
                "no se le permite",
                "no se le permitió",
                "no se les ha permitido",
                "no se les permite",
            ),
            (
                "comunicarse con sus abogados",
                "comunicarse con su abogado",
                "hablar con su abogado",
                "comunicarse con su abogada",
                "ver a sus abogados",
            ),
        ),
        *near(
            ("no puede", "no pueden", "no ha podido", "no han podido"), ("ver a sus defensores", "ver a su defensor")
        ),
        # lo dice su abogado: "su abogado dice que no lo dejaron verla" (S68)
        *near(
            ("su abogado", "su abogada", "su defensor", "su defensora"),
            (
                *("no lo dejaron verla", "no lo dejaron verlo", "no la dejaron verla", "no la dejaron verlo"),
                *("no le permitieron verla", "no le permitieron verlo", "le impidieron comunicarse con"),
            ),
        ),
        # "ni le han permitido hablar con un abogado" (S67)
        *near(
            ("no le han permitido", "ni le han permitido", "no le permiten", "no le permitieron"),
            ("hablar con un abogado", "hablar con su abogado", "ver a un abogado", "ver a su abogado"),
        ),
        # dónde permanece, solo dicho de alguien bajo custodia (un secuestrado, un desaparecido, un rehén no lo están)
        *near(
            _CUSTODY_HELD,
            (
                *("no se conoce el lugar donde permanece", "ni se conoce el lugar donde permanece"),
                *(
                    "se desconoce el lugar donde permanece",
                    "se desconoce dónde permanece",
                    "no se sabe dónde permanece",
                ),
                *("se desconoce dónde permanecen", "no se sabe dónde permanecen", "no sabe dónde permanece"),
                *("no saben dónde permanece", "no saben dónde permanecen"),
            ),
        ),
        # nadie admite tenerla; sin abogado de confianza; más allá del plazo legal
        "paradero se desconoce",
        "nadie admitiera tenerla",
        "nadie admitiera tenerlo",
        "nadie admite tenerlo",
        "nadie admite tenerla",
        "sin permitirle designar",
        "abogado de confianza",
        "más allá del plazo legal",
        "reconozca la detención",
        "reconoce la detención",
        "sigue siendo desconocido",
        *near(("sin ser presentada", "sin ser presentado"), ("ante un tribunal", "ante un juez")),
        "sin poder entrevistarse",
        "defensor público que",
        "testigos protegidos",
        "testigos sin rostro",
        *near(
            (
                "por segunda vez",
                "por tercera vez",
                "por cuarta vez",
                "por quinta vez",
                "por sexta vez",
                "por séptima vez",
                "por octava vez",
                "por novena vez",
                "por décima vez",
            ),
            ("prisión preventiva", "detención provisional", "la audiencia", "el plazo de investigación"),
        ),
    ),
    Signal.CYBERCRIME: (
        # S155: un "hacker ético" que extorsionaba ("exigía 20 mil dólares en bitcoins a una clínica")
        *("si no le pagaban", "si no le pagaba", "si no pagaban"),
        *near(("exigía", "exigió", "exigían", "exigieron"), ("dinero", "dólares", "un pago", "un rescate", "bitcoins")),
        # un vendedor de datos robados que nunca reportó nada (S99: "vendía bases de datos robadas y no había reportado
        # ninguna falla")
        *("vendía bases de datos", "bases de datos robadas", "no había reportado ninguna falla", "no reportó ninguna"),
        "estafa*",
        "estafador*",
        "fraude*",
        "fraudulent*",
        "ransomware",
        "secuestro de datos",
        # un rescate por sistemas cifrados (S93: "secuestró los servidores … exigió US$ 200 mil en bitcoins")
        *("secuestró los servidores", "secuestró los sistemas", "cifró los sistemas", "cifró los servidores"),
        *("en bitcoins", "en bitcoin", "amenazó con filtrar", "pagaba el rescate", "pago del rescate"),
        *("nunca reportó la vulnerabilidad", "nunca reportó la falla", "sin reportar la vulnerabilidad"),
        *("entró por una vulnerabilidad", "entraron por una vulnerabilidad", "aprovechó una vulnerabilidad"),
        "phishing",
        "suplantación de identidad",
        "lavado de dinero",
        "lavado de activos",
        "blanqueo",
        "robo de datos",
        "datos robados",
        "tarjetas clonadas",
        "clonación de tarjetas",
        "tarjetas de crédito",
        "cuentas bancarias",
        "criptomoneda*",
        "sextorsión",
        "extorsión",
        "ciberdelincuente*",
        "banda criminal",
        "red criminal",
        "organización criminal",
        "malware",
        "apuestas ilegales",
        "hackeo",
        "banca en línea",
        "banca online",
        "claves bancarias",
        "SMS falsos",
        "falsos SMS",
        *near(("vaci*",), ("cuentas",)),
        # ciberataques, cuentas hackeadas, falsos periodistas: esas palabras de prensa no designan a la prensa
        "ciberataque*",
        "denegación de servicio",
        *near(("hacke*",), ("cuenta", "cuentas")),
        "falsos periodistas",
        "falso periodista",
        "se hacían pasar por periodistas",
        "se hacía pasar por periodista",
        "haciéndose pasar por periodista*",
        "suplantaban a periodistas",
        "internet oscura",
        "web oscura",
        "venta de datos",
        "vendía datos",
        "vendían datos",
    ),
    Signal.ORDINARY_CRIME: (
        # S217: falsificaciones vendidas en directo, no una transmisión perseguida
        *("cosméticos falsificados", "productos falsificados", "mercancía falsificada", "artículos falsificados"),
        *("frustrado un intento de golpe", "frustró un intento de golpe", "intentona golpista"),  # S213: oficiales
        *("esquema piramidal", "esquema Ponzi", "estafa piramidal"),  # S195: un pastor y locutor estafador
        *("conducir sin carné", "sin carné de conducir", "sin permiso de conducir"),  # a fine for driving, not speech
        *("a cambio del voto", "repartir despensas"),  # S173: un locutor que compraba votos
        *("abandonar su unidad", "deserción"),  # S170: un soldado que se ausentó de su unidad
        *("disputa por linderos", "pleito por linderos"),  # S164
        # S154: un remedio milagroso vendido por TikTok
        *("contra la salud pública", "registro sanitario"),
        *("huachicol", "huachicolero", "huachicoleros"),  # S147: el robo de combustible
        *("pandilleros", "pandillero", "mareros", "marero"),  # S101: "Trasladan … a 1.500 pandilleros al Cecot"
        # un fraude al fisco, un desfalco (S85: "acepta dos años de cárcel por defraudar 300.000 euros a Hacienda"; S56:
        # "Cierran fundación tras comprobarse desfalco de su directora")
        *("defraudar", "desfalco", "malversar", "desvió durante", "a cuentas personales"),
        # cobrar por no publicar: la extorsión de quien se dice periodista (S82: "cobraba a comerciantes por no publicar
        # notas en su contra … al recibir 30 mil pesos en billetes marcados")
        *("por no publicar", "a cambio de no publicar", "billetes marcados", "cobraba cupos", "cobro de cupos"),
        # un hurto dicho como la causa (S69: "Formalizan a dirigente de un colectivo feminista por hurto")
        *("por hurto", "por el hurto", "hurto en un supermercado", "sustraía productos", "sustrajo productos"),
        # la quema de un edificio público: incendio y daños, no palabras (S68: "siete detenidos por la quema de una
        # municipalidad")
        *("la quema de", "incendio de la", "daño agravado", "daños agravados"),
        *("violencia doméstica", "violencia intrafamiliar", "violencia familiar"),
        "abigeato",  # el robo de ganado
        # canciones plagiadas o pirateadas: un delito contra la propiedad intelectual, no una canción perseguida
        *("plagio", "plagiar", "piratear", "piratería", "derechos de autor", "propiedad intelectual"),
        # un homicidio contado como delito ("Capturan al hombre que mató a un taxista"); denunciado, es el tema (topics)
        *("que mató a", "que mató al", "que asesinó a", "que asesinó al", "asesino de", "asesino del"),
        # un rescate pedido a la familia: secuestro por dinero
        "pidió un rescate",
        "piden un rescate",
        "pidieron un rescate",
        *("pedía rescate", "pedían rescate", "pedía un rescate", "pedían un rescate"),
        "exige un rescate",
        "exigen un rescate",
        "exigía un rescate",
        "un rescate de",
        # cheques sin fondos
        "cheques sin fondos",
        "cheque sin fondos",
        # cobro de cupos
        "cobrar cupos",
        "cobro de cupos",
        "cabecilla de una banda",
        # desvío de fondos públicos
        "desvío de fondos",
        # S62: "acusado de desviar 1.800 millones de pesos del presupuesto de salud"
        *near(("desviar", "desvió", "desviado", "desviados"), ("millones", "del presupuesto", "fondos públicos")),
        "empresas fantasma",
        "peculado",
        "colusión",
        # tráfico de vehículos y personas
        "vehículos robados",
        "autos robados",
        "carros robados",
        "narcotráfico",
        "narcotraficante*",
        "droga*",
        "secuestro extorsivo",
        # un rescate exigido: secuestro por dinero
        "exigía el rescate",
        "exigían el rescate",
        "exigieron un rescate",
        "pago del rescate",
        "pagar el rescate",
        "pidieron un rescate",
        "contrabando",
        "trata de personas",
        "cártel",
        "armas de fuego",
        "corrupción",
        *near(("desarticul*", "cae", "caen", "cayó"), ("banda*", "red de", "organización criminal")),
        "cocaína",
        "heroína",
        "marihuana",
        "soborno*",
        "sobornar",
        "cohecho",
        "compra de votos",
        "delitos electorales",
        "publicidad engañosa",
        "malversación",
        "enriquecimiento ilícito",
        "tráfico de fauna",
        "información privilegiada",
        # infracciones migratorias
        "situación migratoria irregular",
        # apropiación y extorsión
        "apropiación indebida",
        "extorsionar",
        "extorsionadores",
        "extorsionaba",
        # tráfico de armas
        "vendía armas",
        "venta de armas",
        "tráfico de armas",
    ),
    Signal.ASSEMBLY: (
        "protesta*",
        "manifestante*",
        "manifestación*",
        "marcha*",
        "plantón",
        "paro nacional",
        "movilización*",
        "huelga",
    ),
    Signal.BUSINESS: (
        # una deuda, una falla, problemas de dinero: ni una emisión ni un artículo (S124)
        *("falta de pago", "cánones impagos", "falla técnica", "fallas técnicas", "problemas financieros"),
        # S137: "una FM que interfería las comunicaciones del aeropuerto"
        *("interfería", "interferían", "interferencias"),
        # una autoridad de protección de datos multa a una empresa: cumplimiento, ningún caso
        *("Agencia Española de Protección de Datos", "AEPD"),
        # rondas de inversión y licitaciones
        "ronda de inversión",
        "ronda serie",
        "fondo de inversión",
        "anuncio*",
        "publicidad",
        "publicitari*",
        "patrocinad*",
        "ingresos trimestrales",
        "utilidades netas",
        "cotiza en bolsa",
        "sus acciones subieron",
        "cotiza",
        "empresa competidora",
        "su competidora",
        "competidor",
        "competencia desleal",
        "juzgado mercantil",
        "tribunal mercantil",
    ),
    Signal.HARM: (
        *("linchamiento de", "linchado", "linchada", "linchados"),  # S195 (no un «linchamiento mediático»)
        *("con un machete", "a machetazos"),  # S164: un activista que hirió a su vecino
        # un acto sexual en público, transmitido: el acto, no el video (the twenty-seventh review: "transmitió por
        # TikTok cómo se masturbaba en el Metro")
        *("se masturbaba", "masturbándose", "actos obscenos en", "relaciones sexuales en"),
        # lo sexual enviado a menores (the twenty-fourth review: "por enviar publicaciones obscenas a menores")
        *near(("enviar", "envió", "enviaba", "enviaron"), ("a menores", "a una menor", "a un menor")),
        # lo publicado es en sí el delito: amenazas, insultos racistas a una persona, maltrato animal, falsa alarma
        *("videos amenazando a", "video amenazando a", "mensajes amenazando a", "mensajes amenazantes"),
        *("mensajes de amenaza", "videos amenazantes", "maltratando a un perro", "falsa amenaza de bomba"),
        "broma pesada",
        *("falsa alerta de bomba", "mensajes racistas", "comentarios racistas"),
        # los datos de una vecina o de una expareja expuestos por un particular: un delito contra ella
        *near(("datos personales de",), ("una vecina", "un vecino", "su expareja", "su exnovia", "su exesposa")),
        # amenazar con un tiroteo: una amenaza de violencia, no una opinión
        *("amenazó con un tiroteo", "amenazaba con un tiroteo", "atacaría a sus compañeros", "amenaza de tiroteo"),
        *("tiroteo en su colegio", "tiroteo en su escuela", "chiste sobre una bomba", "chiste sobre bomba"),
        # llamar a cazar, quemar o atacar a personas: incitación a la violencia, no opinión
        *near(
            ("llamaba a", "llamaban a", "llamó a", "incitaba a", "incitaban a", "incitó a"),
            ("cazar", "quemar", "atacar", "matar", "agredir", "linchar"),
        ),
        # la propaganda de un grupo armado, llamamientos a atentar: violencia, no opinión
        "yihadista",
        "yihadistas",
        "Estado Islámico",
        "Dáesh",
        "cometer atentados",
        "fabricar explosivos",
        # golpes y agresiones: delitos contra personas
        "golpear",
        "agredir",
        # una pelea, la ebriedad
        "pelea en un bar",
        "riña",
        "ebrio",
        "ebria",
        "alcoholizado",
        "alcoholizada",
        # acosar a alguien
        "acosaba",
        "acosado",
        "acosada",
        "acosar",
        # amenazar de muerte
        "amenazar de muerte",
        "amenazó de muerte",
        "amenazaron de muerte",
        # insultos racistas
        "insultos racistas",
        "cánticos racistas",
        "gritos racistas",
        "exceso de velocidad",
        "conducción temeraria",
        "conducir a",
        "conducía a",
        "picadas",
        "carreras ilegales",
        "km/h",
        "homicidio",
        "feminicidio",
        "femicidio",
        "asesinato",
        "robo",
        "robo con violencia",
        "lesiones",
        "lesiones personales",
        "por agredir",
        "agredió",
        "agresión sexual",
        "abuso sexual",
        "grooming",
        "pornografía infantil",
        "abuso sexual infantil",
        "amenazas de muerte",
        "violencia de género",
        "violencia doméstica",
        "violencia intrafamiliar",
        "violencia familiar",
        "acoso sexual",
        "conducir ebrio",
        *("conducir ebrios", "conducir ebria"),
        # videos sexuales publicados: un delito contra personas, lo publique quien lo publique
        *("videos sexuales", "videos pornográficos"),
        "conducía ebrio",
        "estado de ebriedad",
        "alcoholemia",
        "con un cuchillo",
        "maltrato infantil",
        "amenaza de bomba",
        "maltrato animal",
        "crueldad animal",
        # violencia contra la pareja: un delito contra una persona, casi nunca un pretexto
        "agresión a su",
        "agredir a su",
        "violencia machista",
        "su expareja",
        "a su pareja",
        # delitos sexuales, voyeurismo, maltrato animal
        "voyeurismo",
        "grabar a mujeres",
        "grabó a mujeres",
        "grababa a mujeres",
        "imágenes íntimas",
        "videos íntimos",
        "vídeos íntimos",
        "contenido íntimo",
        "pornografía de venganza",
        "abusos sexuales",
        "agresiones sexuales",
        "exhibicionismo",
        "corrupción de menores",
        "violación",
        "maltrato de animales",
        "maltrato a animales",
        "crueldad contra animales",
        # voyeurismo
        "cámara oculta",
        "cámaras ocultas",
        # delitos contra la expareja
        "expareja",
        "exnovia",
        "exnovio",
        "exesposa",
        "exesposo",
    ),
    Signal.PRETEXT: (
        # S221: el "contrabando" de los periodistas de Abzas Media; fondos extranjeros de una ONG
        *("acusada de contrabando", "acusado de contrabando", "acusados de contrabando", "acusadas de contrabando"),
        "malversación de fondos extranjeros",
        "como organización criminal",  # S202: un grupo climático tratado como organización criminal
        # la droga "sembrada" a un activista: el pretexto dicho por su defensa
        *("le sembraron", "les sembraron", "sembraron droga", "droga sembrada", "pruebas sembradas"),
        *("por supuesto lavado", "por presunto lavado"),  # "una investigación por supuesto lavado de dinero"
        *("cargos de contrabando", "contrabando de divisas", "por contrabando de moneda"),
        # lavado de dinero, como lo nombran los casos de periodistas (dev: todos los de ese tipo son casos de derechos)
        # (la acusación sigue siendo el paso: "periodista acusado de lavado de dinero")
        *beside(("acusado de", "acusada de", "acusados de", "acusadas de"), ("lavado",)),
        *("por lavado de dinero", "caso de lavado", "por lavado"),
        # la usurpación de tierras: la acusación habitual contra los defensores de la tierra y del territorio
        "usurpación",
        "evasión fiscal",
        "defraudación fiscal",
        "evasión de impuestos",
        # la incitación a la violencia: un delito real y una acusación habitual contra dirigentes de protestas
        "incitación a la violencia",
        "instigación a la violencia",
        *near(("incit*", "instig*"), ("a agredir", "a la violencia", "a atacar", "a linchar")),
        # un delito con nombre de intimidad, imputado a quien publicó: no es el Estado exponiendo datos
        "violación a la intimidad",
        "violación de la intimidad",
        "vulneración de la intimidad",
        "revelación de secretos",
    ),
    Signal.OCCASION: (
        *("analiza los retos", "analizan los retos", "encuentro virtual"),  # S220: un foro sobre la vigilancia
        *("debaten en", "debaten sobre"),  # S211: periodistas y académicos debaten sobre vigilancia
        *("charlas sobre", "reúne en", "reunió en"),  # S181: una conferencia de seguridad
        *PLOTS_ES,
        *("ópera prima", "se lleva el Coral", "Premio Coral", "mejor película"),  # S100: un premio de cine
        # la trama de una novela (no «por su segunda novela», ni «irrumpe en una obra de teatro y detiene a actores»)
        "la novela sigue a",
        # un día mundial, un memorando firmado
        "Día Mundial de la Libertad de Prensa",
        "memorando de entendimiento",
        # paneles, audiencias públicas de la CIDH, informes presentados, premios anuales
        *near(("entregó", "entregaron", "entrega", "entregan"), ("sus premios", "los premios", "premios anuales")),
        # estudios presentados en un encuentro: ideas, ningún caso
        "se presentaron estudios",
        # presentación de un libro
        "presentan un libro",
        "presentación del libro",
        "Feria del Libro",
        # los panelistas de un foro que debaten: ideas, ningún caso (no "los panelistas denunciaron la detención")
        *near(("panelistas",), ("coincidieron", "debatieron", "analizaron", "discutieron")),
        *near(("presenta", "presentó", "presentan", "presentaron"), ("un libro sobre", "su libro", "el libro")),
        # una serie, una ficción que se estrena
        "serie de televisión",
        "serie de ficción",
        "la ficción",
        "se estrena",
        # cenas y galas para recaudar
        "cena benéfica",
        "cena de gala",
        # la reseña de un libro o de una película: la detención es su trama
        "reseña",
        # (no «crítica:»: los dos puntos no se leen, y «crítica» sola es también el verbo: «un videobloguero que
        # critica al Gobierno»; ni «crítica de cine», que es también la persona detenida)
        "sale a la venta",
        "la película de",
        "en cines",
        # un museo (no 'exposición': también es la de datos); una columna que imagina un caso aún inexistente
        "museo",
        "si mañana",
        "nadie ha sido acusado aún",
        "nadie ha sido procesado aún",
        "festival de cine",
        "Oso de Oro",
        "ceremonia",
        "entrega de premios",
        "asistentes",
        "congreso de ciberseguridad",
        # una ley aprobada: reglas en debate, ningún caso
        "aprueba la ley",
        "aprobó la ley",
        "aprueba el proyecto de ley",
        # obituarios y premios: una carrera recordada, ningún caso
        "murió a los",
        "falleció a los",
        "fallece a los",
        "muere a los",
        "sepelio",
        "velorio",
        "gana … premio",
        "ganó … premio",
        "recibió … premio",
        "galardonado",
        "galardonada",
        "galardón",
        # un rumor desmentido: ningún caso
        "desmiente",
        "desmintió",
        "desmienten",
        "desmentido",
        "totalmente falso",
        # el rótulo de un chequeo: «Es falso que la policía haya detenido a la periodista …» (S67)
        # (no «Es falso que el periodista haya sido liberado», ni el Gobierno que «califica la publicación como falsa»)
        *near(
            ("Es falso que",),
            (
                *("haya detenido", "hayan detenido", "haya arrestado", "haya capturado", "haya sido detenido"),
                *("haya sido detenida", "haya sido arrestado", "haya sido arrestada", "fue detenido", "fue detenida"),
            ),
        ),
        "lista viral",
        "no existe orden de captura",
        "verificadores",
        # una ley promulgada: ningún caso
        "promulga",
        "promulgó",
        "promulgada",
        # premios de periodismo
        "Premio Nacional de Periodismo",
        "premio de periodismo",
        "premio a la mejor",
    ),
    # una persona dañada, un testigo o una fuente: un rol junto a estas palabras no es la persona perseguida
    Signal.VICTIM: (
        # los asaltantes o agresores DE alguien: él es la víctima, no el capturado («Capturan a los presuntos asaltantes
        # de un reportero»; sin «de», «agresores» es otra persona, no una víctima)
        *("asaltantes de", "presuntos asaltantes de", "agresores de", "presuntos agresores de", "atacantes de"),
        # los crímenes de otros contra periodistas y activistas: «Detenido exmilitar por violaciones de los derechos
        # humanos de periodistas y activistas en los años ochenta»
        *("violaciones de los derechos humanos de", "violaciones a los derechos humanos de"),
        # el atentado contra un líder social o un periodista: los capturados son sus autores (no «atentado contra la
        # autoridad», un cargo)
        *beside(
            (
                "atentado contra",
                "atentado contra un",
                "atentado contra una",
                "atentado contra el",
                "atentado contra la",
            ),
            ("líder social", "lideresa social", "periodista", "activista", "defensor", "defensora", "dirigente"),
        ),
        # los detenidos son los asesinos de un periodista: él es la víctima ("Capturan a presuntos asesinos de …")
        *("sospechosos del asesinato", "sospechoso del asesinato", "implicados en el asesinato", "secuestrador de"),
        *("secuestrador del", "secuestradores del"),
        *beside(
            ("rescatan a", "rescataron a", "rescatan al", "liberan sana y salva a", "liberan sano y salvo a"),
            ("periodista", "activista", "defensor", "defensora", "líder social"),
        ),
        *("autor del ataque", "autores del ataque", "autor material", "autores materiales", "ataque a bala contra"),
        *("atentado contra el periodista", "atentado contra la periodista", "atentado contra su vida"),
        *("presunto autor del", "presuntos autores del"),
        *("asesinos de", "asesinos del", "presunto asesino", "presuntos asesinos"),
        # absuelto el policía "que mató a" un periodista: el periodista es la víctima
        *beside(
            ("que mató a un", "que mató a una", "que mató al", "que asesinó a un", "que asesinó al"),
            ("periodista", "activista", "defensor", "defensora", "líder social"),
        ),
        # el video de un reportero como prueba
        "gracias al video de",
        "gracias a un video",
        "gracias a las imágenes",
        "víctima",
        "víctimas",
        "testigo",
        "testigos",
        "declaró como testigo",
        "testific*",
        "robó",
        "robaron",
        "robar",
        "robado",
        "robada",
        "hurto",
        "hurtó",
        "asaltó",
        "asaltaron",
        "asaltado",
        "asaltada",
        "agredieron",
        "agredido",
        "agredida",
        "agresor*",
        "golpeó",
        "golpearon",
        "golpeado",
        "golpeada",
        "amenazó",
        "amenazaron",
        "amenazado",
        "amenazada",
        "acosó",
        "acosado",
        "acosada",
        "acosador*",
        "se hacía pasar por",
        "se hacían pasar por",
        "haciéndose pasar por",
        "suplant*",
        "arrebat*",
        "estafó",
        "estafaron",
        "estafado",
        "estafada",
        # una cuenta hackeada, un accidente de tránsito, un relato ante el tribunal
        "accidente",
        "choque",
        "chocó",
        "atropell*",
        "embisti*",
        "arroll*",
        "hackeó",
        "hackearon",
        "hackeada",
        "hackeado",
        "hackear",
        "tomó el control",
        "tomaron el control",
        "relató",
        "relata",
        "narró",
        # demandante que gana, persona agredida: el caso es de otro
        "gana … demanda",
        "ganó … demanda",
        "demandante",
        "agresión contra",
        "atacado",
        "atacada",
        # un perito en el juicio
        "perito",
        "como perito",
        # la persona que sigue fue secuestrada
        "secuestradores de",
        "captores de",
        # quien denuncia o revela es la fuente, no el acusado
        "denunciado por",
        "denunciada por",
        "revelado por",
        "destapado por",
    ),
    # un rol pasado: la persona ya no hace ese trabajo
    Signal.FORMER: (
        # un rol que le dieron las redes (S99: "En redes se le presentó como un investigador de seguridad")
        *("se le presentó como un", "se le presentó como una", "lo presentaron como un", "la presentaron como una"),
        # un papel solo proclamado
        "autoproclamado",
        "autoproclamada",
        "que se hacía pasar por",
        *near(("se presentaba", "se presentó"), ("como",)),  # S144: "se presentaba ante la empresa como 'hacker ético'"
        "haciéndose pasar por",
        "ex",
        "antiguo",
        "antigua",
        "exintegrante",
        "jubilado",
        "jubilada",
        "retirado",
        # un puesto docente dejado: dónde trabajaba, como una jubilación (`calibration.RETIRED`)
        *TEACHING_POSTS_LEFT["es"],
        "retirada",
        # un rol fingido o usurpado
        "supuesto",
        "supuesta",
        "supuestos",
        "falso",
        "falsa",
        "falsos",
        "falsas",
    ),
    # otra persona nombrada en lugar del detenido: «detuvieron a un hombre»
    Signal.SUSPECT: (
        # dos detenidos por lo que le pasó a otra persona (S49, cuando "madre buscadora" pasó a ser defensora: "Fiscalía
        # detiene a dos por la desaparición de su hijo")
        *("dos por", "tres por", "cuatro por", "cinco por", "dos presuntos", "tres presuntos"),
        "sospechoso*",
        "presuntos asaltantes",
        "sospechosa*",
        "un hombre",
        "dos hombres",
        "un joven",
        "jóvenes",
        "conductor",
        "chofer",
        "sujeto",
        "sujetos",
        "delincuente*",
        "ladrón",
        "ladrones",
        "los acusados",
        "el acusado",
        "la acusada",
        "presunto responsable",
        "presuntos responsables",
        "individuo*",
        # los secuestradores detenidos
        "secuestradores",
        "secuestrador",
        # el conductor detenido
        "el conductor",
        "el chofer",
    ),
    # un familiar: «el hijo de un activista» no es el activista
    Signal.RELATIVE: (
        "hijo de",
        "hija de",
        "hijos de",
        "hijo del",
        "hija del",
        "esposa de",
        "esposo de",
        "esposa del",
        "hermano de",
        "hermana de",
        "hermano del",
        "madre de",
        "madre del",
        "padre de",
        "padre del",
        "familiares de",
        "familiares del",
        "sobrino de",
    ),
    # proyectos y debates legislativos: reglas discutidas, aplicadas a nadie
    Signal.LAWMAKING: (
        *("debate suprimir", "plantea reformar"),  # S179: una reforma debatida, sin nadie procesado
        *("debate la ratificación", "tramita el tratado", "declaración interpretativa"),  # S98: un Congreso que debate
        # una iniciativa en el Senado (S86: "El Senado analiza una iniciativa para castigar con cárcel …")
        *("analiza una iniciativa", "iniciativa para castigar", "la propuesta plantea"),
        # ratificación debatida
        "sesión de control",
        "debate de ratificación",
        "debatir la ratificación",
        "postergó el debate",
        "dictamen del proyecto",
        "proyecto de ley",
        "iniciativa de ley",
        "anteproyecto",
        "reforma a la ley",
        "reforma de la ley",
        "dictamen",
        # la votación de una ley, no un centro de votación donde se retiene a observadores
        "votación del proyecto",
        "votación de la ley",
        "votación de la reforma",
        "votación en el pleno",
        "votación en el Congreso",
        "votación en la Asamblea",
        "votación en el Senado",
        "sometió a votación",
        "someterá a votación",
        "debate sobre",
        "primera lectura",
        "segunda lectura",
        "comisión legislativa",
        "consulta pública",
    ),
    # el género de la nota cuando habla de casos y no de uno (`Signal.GENRE`): pesa solo si nadie es blanco de nada
    Signal.GENRE: (
        # S224: un periodista asesinado hace años, recordado en una vigilia
        *near(("recuerdan a", "recuerdan al", "homenajean a"), ("periodista asesinado", "periodista asesinada")),
        *("recordaron a la", "recordaron al", "sigue sin sentencia"),  # S178: una marcha a cinco años de un asesinato
        # S155: la presentación de unas memorias
        *near(("presentan", "presenta", "presentó"), ("las memorias de", "sus memorias")),
        "firmará ejemplares",
        # S150: un premio in absentia, una conversación, un año sin alguien, un libro (no "una muestra": la policía
        # irrumpe en la de un artista y se lo lleva)
        *(
            "premio in absentia",
            "recogió el galardón",
            "conversación con",
            "un año sin",
            "presenta libro",
        ),
        *("presenta un libro", "encienden veladoras"),
        "la nueva vida de",  # S147: "Perfil | De la celda al horno: la nueva vida de un expreso político"
        # un desmentido para todos (S138: "'En Venezuela nadie está preso por lo que escribe'")
        *near(("nadie está", "nadie es", "nadie ha sido"), ("preso por", "detenido por", "encarcelado por")),
        # un llamado a liberar a alguien, que no es un paso (S136: "El Parlamento Europeo pide la liberación del
        # periodista venezolano"; S138: "reitera su llamado a liberar al artista")
        *("llamado a liberar", "llamamiento a liberar", "pide liberar", "piden liberar", "exige liberar"),
        *("pide la liberación", "piden la liberación", "exige la liberación", "exigen la liberación"),
        *("reclama la liberación", "reclaman la liberación", "reclama la libertad", "reclaman la libertad"),
        # un mural, una carta abierta, una petición, un concierto, una marcha de cada año por un preso de hace tiempo
        # (S134: "Develan en Culiacán un mural en memoria del periodista", "piden en carta abierta la liberación",
        # "Exiliados cubanos marchan en Madrid por el 11J, como cada año", "Tres años de la captura de Octavio Rayo")
        *("mural", "un mural", "carta abierta", "una carta abierta", "petición", "una petición", "concierto"),
        *("como cada año", "en ausencia para", "premio en ausencia", "galardón en ausencia"),
        *near(
            ("años de la", "año de la", "años del", "año del"),
            ("captura", "detención", "salida de prisión", "excarcelación", "condena", "encarcelamiento", "arresto"),
        ),
        # una vigilia por un preso, como "vigil" (S123, S131: "colegas recuerdan con una vigilia a la reportera")
        *("vigilia", "una vigilia", "vigilia con velas"),
        *("encienden velas", "encendieron velas"),  # S121: "Cinco años sin …: colegas encienden velas"
        *("no cierra a ninguna ONG", "no cerrará ninguna ONG"),  # S120: un ministro defiende la ley
        # el desmentido de un Estado (S114)
        *near(
            ("Ningún periodista",),
            ("está preso", "ha sido detenido", "está procesado", "ha sido procesado", "es perseguido"),
        ),
        # S111: "Fiscalía niega orden de captura contra bloguero", "la crónica de sus 41 días presa"
        *near(("niega", "negó"), ("orden de captura",)),
        *near(("la crónica de sus", "crónica de sus"), ("días presa", "días preso")),
        # el premio o la entrevista de un exiliado (S110: "'Desde el exilio seguimos informando': habla el director")
        *near(("desde el exilio",), ("seguimos informando", "habla el", "habla la")),
        *near(
            ("exiliada", "exiliado", "en el exilio"),
            ("recibe el premio", "galardonada", "galardonado"),
        ),
        # S107: "Vigilia en San José a cuatro años de la desaparición del periodista", "repasa sus veinte meses de
        # prisión"
        *near(
            ("a cuatro años de", "a seis años de", "a siete años de", "a ocho años de", "a seis meses de"),
            (
                "la detención",
                "su detención",
                "la captura",
                "su captura",
                "la desaparición",
                "su destierro",
                "su exilio",
            ),
        ),
        *("a cuatro años del", "a seis años del", "a siete años del", "a ocho años del"),
        *("repasa sus", "repasa su"),
        # cuántos siguen presos en general (S103: "cientos de personas siguen encarceladas por publicar en redes")
        *near(
            ("cientos de personas", "miles de personas", "decenas de personas"),
            ("siguen encarceladas", "siguen presas", "siguen detenidas", "siguen tras las rejas"),
        ),
        # un llamado a todos los Estados no es un paso contra nadie (S103)
        *near(
            near(
                (
                    *("pidió a los Estados", "pide a los Estados", "insta a los Estados a", "instó a los Estados a"),
                    *("exhorta a los Estados a", "exhortó a los Estados a", "pidió a los gobiernos"),
                ),
                ("liberar", "excarcelar"),
            ),
            ("presos", "presas", "encarcelados", "encarceladas", "detenidos", "detenidas"),
        ),
        # (la vigésima novena revisión: "A dos años de la detención del periodista Óscar Reyes, colegas marchan")
        *near(
            ("a un año de", "a dos años de", "a tres años de", "a cinco años de", "a diez años de", "a mil días de"),
            (
                *("la detención", "su detención", "la captura", "su captura", "el arresto", "su arresto"),
                # S104: "A un año de su destierro, activista nicaragüense pide a la CIDH medidas cautelares"
                *("la desaparición", "su destierro", "su exilio", "su expulsión", "su encarcelamiento", "su condena"),
            ),
        ),
        # a cinco años de un crimen (S100: "A cinco años del asesinato de Lourdes Cázares, periodistas … exigen
        # justicia"): el aniversario enmarca la nota
        *("a un año del", "a dos años del", "a tres años del", "a cinco años del", "a diez años del"),
        # una afirmación verificada o corregida (S99: "Rectificación:", "desmiente")
        *("Rectificación", "rumor", "rumores", "bulo", "video viral", "publicación viral", "cuenta falsa"),
        *near(
            ("afirmaban que", "afirmaba que", "aseguraban que", "difundió que", "se informó que"),
            ("había sido detenido", "había sido capturado", "había sido aprehendido", "había sido arrestado"),
        ),
        *(
            # S140: "Mil días preso: el caso del fotoperiodista …, contado desde el principio"
            *("mil días preso", "mil días presa", "contado desde el principio"),
            # S145: unas memorias ("relata en un libro sus 14 meses presa", "presenta … unas memorias")
            *("relata en un libro", "unas memorias"),
            # S143: la primera Navidad de un preso, contada
            *near(("primer Año Nuevo", "primera Navidad", "primer fin de año"), ("tras las rejas", "en prisión")),
            "mil días de prisión",
            "mil días en prisión",
            "mil días de cárcel",
            "cien días de prisión",
        ),  # S97: una vigilia
        # un paso conmemorado, no tomado (S93-S95): el paso dentro es el de la conmemoración (`findings`)
        *near(
            ("aniversario de", "días desde", "años desde", "meses desde", "años del", "año del", "años de la"),
            (
                *("la detención", "su detención", "la captura", "su captura", "la condena", "su condena"),
                *("el encarcelamiento", "su encarcelamiento", "el arresto", "su arresto", "la desaparición"),
            ),
        ),
        # (S89: "Censo del CPJ: … los periodistas presos", "El Matadero expone una década de condenas por tuits")
        *("Censo del CPJ", "censo", "expone una década", "una década de condenas"),
        *("clasificación", "índice", "ranking", "informe anual", "balance anual", "en el mundo", "taller"),
        *("capacitación", "capacitan", "un curso", "curso de", "seminario", "foro", "conversatorio", "conferencia"),
        *("audiencia temática", "entrevista", "sus memorias", "libro de memorias", "documental", "aniversario"),
        *("años después", "se cumplen", "conmemor*", "homenaje", "columna de opinión", "un estudio", "estudio de"),
        "Día Internacional para Poner Fin a la Impunidad",
    ),
    # daños entre partes o sanción deportiva: ningún proceso penal
    Signal.CIVIL: (
        *("sentencia civil", "afectó el honor", "afectado el honor"),  # S218: un asambleísta condenado a pagar
        # S202: un pleito por el honor (not "juzgado de primera instancia": in Guatemala it is criminal too, dev-11054)
        *("vulneraron el honor", "vulneró el honor"),
        # S153: la Sala de lo Civil y el derecho al honor de un particular
        *("Sala de lo Civil", "debe indemnizar", "derecho al honor del", "derecho al honor de la"),
        # S123-S124: una indemnización por daños a un particular, no una pena
        # (not "indemnizar a": "Condenan a periodista a dos años de cárcel y a indemnizar a exgobernador")
        "en concepto de daños",
        # una indemnización entre particulares (S97: "Condenan a un empresario a indemnizar … a una periodista")
        *near(("condenan a", "condena a", "condenó a", "condenaron a"), ("a indemnizar",)),
        # un pleito civil por el honor (S105: "Juzgado condena a un columnista a pagar 12.000 euros a un alcalde … por
        # vulnerar su honor")
        *near(("condena a", "condenó a", "condena al", "condenó al", "condenan a", "condenaron a"), ("a pagar",)),
        *("por vulnerar su honor", "vulneración de su honor", "intromisión en su honor", "intromisión ilegítima"),
        *("resarcimiento", "en lo Civil", "en lo civil"),
        # un alquiler perdido: el dueño, no el Estado (S83: "desalojo de la sede … por deuda de alquileres")
        *("deuda de alquileres", "alquileres impagos", "alquileres impagados", "juicio de desalojo"),
        # un juzgado civil que ordena indemnizar
        "juez civil",
        "demanda civil",
        "daño moral",
        *("daños a su honor", "magistrado civil"),  # S147: "ordena a columnista pagar … a alcalde"
        *(
            "daño al honor",
            "indemnización civil",
        ),  # S221: "condenado a pagar 3.000 euros a un alcalde por daño al honor"
        # condenado a pagar, no a prisión: "condenado a dos años de prisión y a pagar" no es esto
        "condenado a pagar una indemnización",
        "condenada a pagar una indemnización",
        "condenados a pagar una indemnización",
        "condenado a indemnizar",
        "condenada a indemnizar",
        "tribunal civil",
        "comisión disciplinaria",
        "tribunal de disciplina deportiva",
    ),
    # mensajes contra el poder
    Signal.DISSENT: near(_CRITICAR, _PODER),
    # quién resulta ser la persona de la frase anterior
    Signal.IDENTIFY: (
        "se trata de",
        # la frase siguiente dice quién es: "Detienen a una abogada. Es integrante del Colectivo …"
        *("es integrante", "es miembro", "es miembra", "también es integrante", "también es miembro"),
        "identificado como",
        "identificada como",
        "quien resultó ser",
        "que resultó ser",
        # una ONG o la familia dice quién es la persona detenida: «Provea señaló que Rondón es secretario general»,
        *near(
            (
                "señaló que",
                "indicó que",
                "afirmó que",
                "denunció que",
                "precisó que",
                "aclaró que",
                "confirmó que",
                "recordó que",
            ),
            ("es",),
        ),
    ),
    Signal.NOISE: (
        *("publicidad oficial", "publicidad estatal"),  # S200: no es un negocio
        *("testigo de Jehová", "testigos de Jehová"),  # S195: creyentes, no testigos
        *("expertos en privacidad", "los retos de la biometría"),  # S178: un foro
        # S176: un foro sobre vigilancia, no un caso ("debatirán … sobre la regulación de la biometría y el uso de
        # software espía")
        *(
            "foro regional sobre vigilancia",
            "debatirán durante",
            "el uso de software espía en",
            "sobre la regulación de",
        ),
        *("no serán procesados", "no serán perseguidos", "no serán denunciados"),  # un programa de divulgación (S146)
        "Ley de Agentes Extranjeros",  # S120: la ley nombrada, defendida por un ministro, no es el paso
        *("tratado de extradición", "el tratado de extradición"),  # S110: un tratado debatido, no una extradición
        *("puede habilitar la vigilancia", "podría habilitar la vigilancia"),  # S107: a forum's warning
        # lo que se reprocha a quien escribió, no una detención sin pruebas (S105: "atribuyeron sin pruebas al regidor")
        *("atribuyó sin pruebas", "atribuyeron sin pruebas", "le atribuyeron sin pruebas", "acusó sin pruebas"),
        *("acusaron sin pruebas", "atribuir sin pruebas"),
        # una ley contra la violencia de género usada contra un columnista (S105): el nombre de la ley no es un crimen
        *("Ley contra el Femicidio", "Ley de Femicidio"),
        # un desmentido dicho con su paso (S104: "niega que exista orden de captura contra periodista")
        *("niega que exista orden de captura", "niega que exista una orden de captura", "no existe orden de captura"),
        *(
            "negó que exista orden de captura",
            "no existe requerimiento fiscal",
            "niega que exista una orden de aprehensión",
        ),
        # un paso o un rol desmentidos (S99: "Rectificación: el abogado … no fue detenido", "salió por sus propios
        # medios", "declaró como testigo")
        # (not "declaró como testigo": a witness word that unties the one who testified)
        *("salió por sus propios medios", "no hubo detención"),
        # un dictamen de peritos, no de una comisión legislativa (S96: "presentó el dictamen forense de un laboratorio")
        *("dictamen forense", "dictamen pericial", "dictamen técnico"),
        # el veredicto de una verificación (S96: "Falso: el periodista … no fue detenido por el Sebin")
        *("no fue detenido", "no fue detenida", "no ha sido detenido", "no ha sido detenida", "no fue arrestado"),
        *("no fue arrestada", "no fue capturado", "no fue capturada", "no fue extraditado", "no fue extraditada"),
        # el foro o la ceremonia adonde iba quien fue detenido: su destino, no el marco de la nota (S80)
        *beside(
            ("antes de", "camino a", "rumbo a", "para asistir a", "para participar en", "para recibir"),
            (
                "un foro",
                "el foro",
                "una conferencia",
                "un taller",
                "la ceremonia",
                "un congreso",
                "un premio",
                "el premio",
            ),
        ),
        # «supuestos incumplimientos»: algo alegado, no un falso rol (S75)
        *("supuestos incumplimientos", "supuesto incumplimiento", "supuestas irregularidades", "supuestos delitos"),
        # quien mide la red, no quien vigila: "Ingenieros de una organización de monitoreo de internet" (S67)
        *("organización de monitoreo", "organizaciones de monitoreo", "observatorio de monitoreo"),
        # algo calificado de falso no es un falso periodista (the twenty-third review: "Gobierno califica la
        # publicación como falsa y denuncia penalmente a periodista")
        *("como falsa", "como falso", "como falsas", "como falsos", "de falsa", "de falso"),
        # una marcha que transcurrió sin detenidos: no hubo detención (S64)
        *("sin detenidos", "sin detenciones", "ningún detenido", "no hubo detenidos", "no hubo detenciones"),
        # una detención temida, arriesgada, imaginada o recordada no es una detención: la entrevista de un exiliado
        *("teme ser detenido", "teme ser detenida", "teme ser arrestado", "teme ser arrestada", "temen ser detenidos"),
        *("temor a ser detenido", "temor a ser detenida", "riesgo de ser detenido", "riesgo de ser detenida"),
        *("miedo a ser detenido", "miedo a ser detenida", "en caso de detención", "en caso de arresto"),
        *("recuerda su detención", "recuerda su arresto", "relata su detención", "relata su arresto"),
        # una «violación» de derechos no es una violación sexual: «su abogado denuncia una violación de su privacidad»
        *beside(
            ("violación", "violaciones"),
            (
                *("de su privacidad", "de la privacidad", "a la privacidad", "a su privacidad", "de su intimidad"),
                *("de sus derechos", "de los derechos", "a los derechos", "de derechos", "del debido proceso"),
                *("al debido proceso", "de la libertad"),
            ),
        ),
        # el cargo iraní que alcanza a raperos y manifestantes como a traficantes: no es una malversación
        "corrupción en la tierra",
        # una reforma todavía pendiente es el trasfondo de un caso, no una ley en debate: «la PDLI recuerda que la
        # reforma de la ley sigue pendiente en el Congreso»
        *beside(
            ("reforma de la ley", "reforma a la ley"),
            ("sigue pendiente", "está pendiente", "sigue bloqueada", "sigue encallada", "sigue sin aprobarse"),
        ),
        # quien presentó un libro, dicho de la persona de la que trata la noticia, no es la presentación la noticia:
        # «Periodista que presentó su libro sobre el narco es detenido»
        *beside(("que presentó", "que presentaba", "que había presentado"), ("su libro", "un libro", "el libro")),
        # la pena máxima de un proyecto o de una ley: «sancionar con hasta cuatro años de prisión» no condena a nadie
        *(f"hasta {n} años de {place}" for n in (*range(1, 21), *_SPELLED_YEARS) for place in ("prisión", "cárcel")),
        # «estas detenciones» remite a las ya contadas
        "estas detenciones",
        "estos arrestos",
        # "crítica del gobierno" is criticism of those in power, not a review of a show
        "crítica del",
        "crítica al",
        "crítica con",
        "críticas al",
        "críticas del",
        "crítico del",
        "crítico con",
        # la televisión del Estado que difunde, no un periodista perseguido
        "televisión estatal",
        "televisión cubana",
        "noticiero estelar",
        "televisión oficial",
        # un cartel es también un afiche
        "en un cartel",
        "un cartel publicado",
        "cartel publicado",
        # organizaciones de derechos humanos en el exilio como fuente
        "organizaciones de derechos humanos en el exilio",
        "organizaciones en el exilio",
        "defensores en el exilio",
        # organizaciones en el exilio como fuente
        *beside(("organizaciones", "organización", "ONG"), ("en el exilio",)),
        # medios en el exilio como fuente
        "medios en el exilio",
        "medio en el exilio",
        "prensa en el exilio",
        "conferencia de prensa",
        "rueda de prensa",
        "comunicado de prensa",
        "dijo a la prensa",
        "según medios",
        "medios locales",
        "su abogado",
        "su abogada",
        "abogado defensor",
        "defensa de",
        "cámaras de vigilancia",
        "cámara de vigilancia",
        "vigilancia epidemiológica",
        "vigilancia sanitaria",
        "en marcha",
        "puesta en marcha",
        "acceso ilegítimo",
        # una reparación civil entre particulares no es una detención ni una pena
        "condenad* a indemnizar",
        "condenad* a pagar una indemnización",
        "condenad* a pagar daños",
        # un rol pasado no es el oficio de hoy
        "ex periodista",
        "ex comentarista",
        "ex columnista",
        "ex locutor",
        "ex activista",
        "ex bloguero",
        "antiguo periodista",
        "antiguo comentarista",
        "antiguo columnista",
        "antiguo locutor",
        "antiguo activista",
        "antiguo bloguero",
        "antigua periodista",
        "antigua comentarista",
        "antigua columnista",
        "antigua locutor",
        "antigua activista",
        "antigua bloguero",
        "experiodista",
        "excomentarista",
        "excolumnista",
        "exlocutor",
        "exactivista",
        "exbloguero",
        # el nombre de una unidad policial no es un delito
        "División de Delitos Informáticos",
        "Unidad de Delitos Informáticos",
        "unidad de cibercrimen",
        # cámaras de seguridad: ni video publicado ni vigilancia de nadie
        "videovigilancia",
        "cámaras de videovigilancia",
    ),
}
