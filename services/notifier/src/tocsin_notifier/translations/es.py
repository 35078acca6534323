"""Spanish messages for the subscriber's mails and pages (keys: `MESSAGE_IDS`)."""

MESSAGES: dict[str, str] = {
    # --- alert mails: subjects and their first lines
    "Tocsin: {n} new alert": "Tocsin: {n} alerta nueva",
    "Tocsin: {n} new alerts": "Tocsin: {n} alertas nuevas",
    (
        "Open this mail to read it: its subject and these first lines name no country, severity or report, as you "
        "asked, so that a lock screen, a notification or a list of mails shows nothing of what it is about."
    ): (
        "Abra este correo para leerlo: como usted pidió, ni el asunto ni estas primeras líneas mencionan "
        "país, gravedad ni informe alguno, para que una pantalla de bloqueo, una notificación o la lista "
        "de mensajes de su buzón no muestren nada de su contenido."
    ),
    "Tocsin digest: {n} alerts": "Resumen de Tocsin: {n} alertas",
    "{n} alerts": "{n} alertas",
    "Test alert: your Tocsin subscription works": "Alerta de prueba: su suscripción a Tocsin funciona",
    "TEST": "PRUEBA",
    # severities (feminine: "gravedad")
    "info": "info",
    "low": "baja",
    "medium": "media",
    "high": "alta",
    "critical": "crítica",
    # --- one alert
    "Sent on request {time}": "Enviada a petición suya el {time}",
    "Report published {published} · detected by Tocsin {time}": (
        "Informe publicado el {published} · detectado por Tocsin el {time}"
    ),
    "Detected by Tocsin {time}": "Detectado por Tocsin el {time}",
    "sent on request {time}": "enviada a petición suya el {time}",
    "report published {published} · detected by Tocsin {time}": (
        "informe publicado el {published} · detectado por Tocsin el {time}"
    ),
    "detected by Tocsin {time}": "detectado por Tocsin el {time}",
    "Uncertain: the classifier's signals are weak or disagree. Read the report before acting on it.": (
        "Clasificación dudosa: las señales del clasificador son débiles o se contradicen. Lea el informe "
        "antes de actuar basándose en él."
    ),
    "The report:": "El informe:",
    "Tocsin's reading:": "Interpretación de Tocsin:",
    "Tocsin's reading (in English):": "Interpretación de Tocsin (en inglés):",
    "{severity} because {reasons}.": "{severity} porque {reasons}.",
    "a journalist, defender or researcher is the one acted against": (
        "la medida se dirige contra un periodista, un defensor de derechos humanos o un investigador"
    ),
    "a state reaches abroad": "un Estado actúa fuera de sus fronteras",
    "the country has ratified (or otherwise consented to be bound by) the UN Convention against Cybercrime": (
        "el país ha ratificado la Convención de las Naciones Unidas contra la Ciberdelincuencia (o ha consentido de "
        "otro modo en quedar obligado por ella)"
    ),
    "the country has signed the UN Convention against Cybercrime": (
        "el país ha firmado la Convención de las Naciones Unidas contra la Ciberdelincuencia"
    ),
    'a country rated "Not Free" ratified it': "la ratificación es de un país calificado como «No libre»",
    "a prison sentence of five years or more (or life) was passed": (
        "se dictó una condena de cinco años de prisión o más (o de cadena perpetua)"
    ),
    "a death sentence was passed": "se dictó una condena a muerte",
    "the person is held incommunicado, has disappeared or was abducted": (
        "la persona está incomunicada, desaparecida o fue secuestrada"
    ),
    "the person died in the state's hands": "la persona murió bajo custodia del Estado",
    "spyware was found on the person's phone": "se encontró un programa espía en el teléfono de la persona",
    "Tags:": "Etiquetas:",
    "Sources:": "Fuentes:",
    "Report": "Informe",
    "Feed": "Feed",
    "Source": "Fuente",
    "UN Treaty Collection": "Colección de Tratados de las Naciones Unidas",
    # treaty alerts' titles ({treaty} is "la Convención ..." or "el tratado ...": no "a"/"de" before it)
    "{state} signed {treaty} on {date}": "{state} firmó {treaty} el {date}",
    "{state} ratified {treaty} on {date}": "{state} ratificó {treaty} el {date}",
    "{state} accepted {treaty} on {date}": "{state} aceptó {treaty} el {date}",
    "{state} approved {treaty} on {date}": "{state} aprobó {treaty} el {date}",
    "{state} acceded to {treaty} on {date}": "{state} pasó a ser parte en {treaty} por adhesión el {date}",
    "{state} succeeded to {treaty} on {date}": "{state} pasó a ser parte en {treaty} por sucesión el {date}",
    "the UN Convention against Cybercrime": "la Convención de las Naciones Unidas contra la Ciberdelincuencia",
    "treaty {treaty}": "el tratado {treaty}",
    "{treaty} enters into force on {date}": "{treaty} entra en vigor el {date}",
    "{treaty} enters into force": "{treaty} entra en vigor",
    "Signature deadline for {treaty}: {date}": "Fecha límite de firma para {treaty}: {date}",
    "Signature deadline for {treaty}": "Fecha límite de firma para {treaty}",
    "{instruments} of {threshold} instruments toward entry into force of {treaty}": (
        "{instruments} de {threshold} instrumentos para que entre en vigor {treaty}"
    ),
    "A signature does not count toward entry into force.": "Una firma no cuenta para la entrada en vigor.",
    "A regional organization's instrument does not count toward entry into force.": (
        "El instrumento de una organización regional no cuenta para la entrada en vigor."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection's status at {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Instrumentos que cuentan para la entrada en vigor: {count} de los {threshold} necesarios, según el estado de "
        "la Colección de Tratados de las Naciones Unidas al {date} (art. 65: la Convención entra en vigor el "
        "nonagésimo día tras el depósito del {threshold}.º)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection read on {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Instrumentos que cuentan para la entrada en vigor: {count} de los {threshold} necesarios, según la Colección "
        "de Tratados de las Naciones Unidas leída el {date} (art. 65: la Convención entra en vigor el nonagésimo día "
        "tras el depósito del {threshold}.º)."
    ),
    "Parties: {parties}; signatories: {signatories} (as read).": (
        "Partes: {parties}; signatarios: {signatories} (según la lectura)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed (art. 65: the Convention "
        "enters into force on the 90th day after the {threshold}th)."
    ): (
        "Instrumentos que cuentan para la entrada en vigor: {count} de los {threshold} necesarios (art. 65: la "
        "Convención entra en vigor el nonagésimo día tras el depósito del {threshold}.º)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Se ha depositado el {threshold}.º instrumento que cuenta para la entrada en vigor: la Convención entra en "
        "vigor el {date}, nonagésimo día tras su depósito (art. 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention entered "
        "into force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Se ha depositado el {threshold}.º instrumento que cuenta para la entrada en vigor: la Convención entró en "
        "vigor el {date}, nonagésimo día tras su depósito (art. 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on the 90th day after it (art. 65)."
    ): (
        "Se ha depositado el {threshold}.º instrumento que cuenta para la entrada en vigor: la Convención entra en "
        "vigor el nonagésimo día tras ese depósito (art. 65)."
    ),
    "Signature of {treaty} is open until {date}.": "La firma de {treaty} está abierta hasta el {date}.",
    "Signature of {treaty} closed on {date}.": "La firma de {treaty} se cerró el {date}.",
    "The signature deadline of {treaty} approaches.": "Se acerca la fecha límite de firma de {treaty}.",
    "{treaty}: instruments counting toward entry into force: {instruments}.": (
        "{treaty}: instrumentos que cuentan para la entrada en vigor: {instruments}."
    ),
    (
        "{treaty}: instruments counting toward entry into force: {instruments}; entry into force on {date} by "
        "Tocsin's count."
    ): (
        "{treaty}: instrumentos que cuentan para la entrada en vigor: {instruments}; entrada en vigor el {date} según "
        "el recuento de Tocsin."
    ),
    # --- footers
    "You receive this because you subscribed to Tocsin alerts.": (
        "Recibe este mensaje porque se suscribió a las alertas de Tocsin."
    ),
    "Change what you receive: {url}": "Cambiar lo que recibe: {url}",
    "Change what you receive": "Cambiar lo que recibe",
    "Unsubscribe: {url}": "Darse de baja: {url}",
    "Unsubscribe": "Darse de baja",
    "These links act for you, without a password: forward the report's link, not this mail.": (
        "Estos enlaces actúan en su nombre, sin contraseña: reenvíe el enlace del informe, no este correo."
    ),
    "These links act for you, without a password: do not forward this mail.": (
        "Estos enlaces actúan en su nombre, sin contraseña: no reenvíe este correo."
    ),
    (
        "Tocsin watches the UN Convention against Cybercrime and the arrests made under cybercrime and online-speech "
        "laws."
    ): (
        "Tocsin vigila la Convención de las Naciones Unidas contra la Ciberdelincuencia y las detenciones"
        " practicadas en virtud de leyes sobre ciberdelincuencia y sobre la expresión en línea."
    ),
    # --- the confirmation mail
    "Confirm your Tocsin subscription": "Confirme su suscripción a Tocsin",
    "Someone, hopefully you, asked to receive Tocsin alerts at {address}.": (
        "Alguien, esperamos que usted, pidió recibir alertas de Tocsin en {address}."
    ),
    "To confirm, open the page below and press its Confirm button. Opening the page alone changes nothing.": (
        "Para confirmar, abra la página que aparece abajo y pulse en ella el botón «Confirmar "
        "suscripción». Abrir la página, sin más, no cambia nada."
    ),
    "Open the confirmation page": "Abrir la página de confirmación",
    "The link works until {time}.": "El enlace es válido hasta el {time}.",
    "The link works for 7 days.": "El enlace es válido durante 7 días.",
    (
        "If this was not you, ignore this message: no alert will be sent to this address, and it is forgotten then. "
        "To refuse it now, use the Unsubscribe link below: no confirmation request will reach this address again for "
        "30 days, whoever asks."
    ): (
        "Si no fue usted, ignore este mensaje: no se enviará ninguna alerta a esta dirección, y Tocsin la"
        " olvidará cuando caduque el enlace. Para rechazar ahora esta solicitud, use el enlace «Darse de "
        "baja» que aparece abajo: durante 30 días no llegará a esta dirección ninguna otra solicitud de "
        "confirmación, la pida quien la pida."
    ),
    # --- the notice of changed settings
    "The settings of your Tocsin subscription were changed": (
        "Se ha cambiado la configuración de su suscripción a Tocsin"
    ),
    (
        "The settings of the Tocsin subscription that mails alerts to this address (subscription {id}) were changed "
        "by whoever holds its manage token (or by the operator of this Tocsin instance). It now receives alerts with "
        "these settings:"
    ): (
        "La configuración de la suscripción a Tocsin que envía alertas a esta dirección (suscripción "
        "{id}) la ha cambiado quien tiene el token de gestión de esa suscripción (o el operador de esta "
        "instancia de Tocsin). Ahora esta dirección recibe alertas con esta configuración:"
    ),
    "If you did not ask for this change, the subscription may have been made by someone else on your behalf.": (
        "Si usted no pidió este cambio, puede que otra persona haya creado la suscripción en su nombre."
    ),
    "Set them back, or as you want them, here (you will not be told of your own changes):": (
        "Restablezca la configuración o ajústela a su gusto aquí (no se le avisará de los cambios que haga usted):"
    ),
    "Set them back, or as you want them": "Restablezca la configuración o ajústela a su gusto",
    "(you will not be told of your own changes).": "(no se le avisará de los cambios que haga usted).",
    "Unsubscribe with the link below and subscribe again yourself: you then hold its settings.": (
        "Dese de baja con el enlace de abajo y vuelva a suscribirse usted mismo: así la configuración quedará en "
        "sus manos."
    ),
    # --- settings, in words
    "countries: {countries}": "países: {countries}",
    "{countries} (and alerts that concern every state)": "{countries} (y las alertas que afectan a todos los Estados)",
    "any": "cualquiera",
    "tags: {tags}": "etiquetas: {tags}",
    "event types: {types}": "tipos de evento: {types}",
    "lowest severity: {severity}": "gravedad mínima: {severity}",
    "delivery: {delivery}": "envío: {delivery}",
    "as they come": "a medida que llegan",
    "hourly digest": "resumen cada hora",
    "daily digest": "resumen diario",
    "subjects: {subjects}": "asuntos: {subjects}",
    "discreet (no country, severity or headline)": "discretos (sin país, gravedad ni titular)",
    "country, severity and headline": "país, gravedad y titular",
    "language: {language}": "idioma: {language}",
    # --- pages
    "The settings changed since you opened this page.": "La configuración ha cambiado desde que abrió esta página.",
    (
        "Press the button to receive Tocsin alerts at {address}, with these settings: {settings}. Whoever asked for "
        "them can change them later; you will be told by mail each time, and every alert links to a page where you "
        "change them yourself."
    ): (
        "Pulse el botón para recibir alertas de Tocsin en {address}, con esta configuración: {settings}. "
        "Quien pidió esta configuración puede cambiarla más adelante; se le avisará por correo cada vez, "
        "y cada alerta lleva un enlace a una página donde usted mismo puede cambiarla."
    ),
    "Confirm subscription": "Confirmar suscripción",
    "Subscription confirmed": "Suscripción confirmada",
    "You will receive alerts that match your filters. Every alert links to a page where you can change them.": (
        "Recibirá las alertas que coincidan con sus filtros. Cada alerta lleva un enlace a una página donde puede "
        "cambiarlos."
    ),
    "Press the button to stop Tocsin alerts to {address}.": (
        "Pulse el botón para dejar de recibir alertas de Tocsin en {address}."
    ),
    "Unsubscribed": "Baja confirmada",
    (
        "You will receive no more alerts from this subscription. Tocsin keeps your address and the record of what it "
        "sent you for {days} days, then deletes them; press the button to delete them now."
    ): (
        "No recibirá más alertas de esta suscripción. Tocsin conserva durante {days} días su dirección y "
        "el registro de lo que le envió, y después los borra; pulse el botón para borrarlos ahora."
    ),
    "Delete my address now": "Borrar mi dirección ahora",
    "Deleted": "Suscripción borrada",
    (
        "This subscription is deleted, with your address and the record of what it sent you. Another subscription to "
        "your address, if there is one, has its own link in its own mails."
    ): (
        "Esta suscripción se ha borrado, junto con su dirección y el registro de lo que le envió. Si hay "
        "otra suscripción a su dirección, esa suscripción tiene su propio enlace en los correos que ella "
        "envía."
    ),
    # the settings page
    "Your Tocsin alerts": "Sus alertas de Tocsin",
    "Saved.": "Guardado.",
    "{address} now receives alerts with these settings: {settings}.": (
        "{address} recibe ahora alertas con esta configuración: {settings}."
    ),
    (
        "What {address} receives. Whoever created this subscription can change it too; you are told by mail each "
        "time. Your own changes are not mailed to you."
    ): (
        "Lo que recibe {address}. Quien creó esta suscripción también puede cambiarla; se le avisa por "
        "correo cada vez. No se le avisa por correo de los cambios que haga usted."
    ),
    "Not saved:": "No se ha guardado:",
    (
        "Countries (ISO 3166-1 alpha-3 codes such as VNM, PAK; empty for every country). Alerts that concern every "
        "state, such as the Convention's entry into force, reach you whatever you choose."
    ): (
        "Países (códigos ISO 3166-1 alpha-3, como VNM o PAK; déjelo vacío para recibir alertas de todos "
        "los países). Las alertas que afectan a todos los Estados, como la entrada en vigor de la "
        "Convención, le llegan sea cual sea su elección."
    ),
    "Tags (none ticked: any)": "Etiquetas (ninguna marcada: cualquiera)",
    "Event types (none ticked: any)": "Tipos de evento (ninguno marcado: cualquiera)",
    "Lowest severity": "Gravedad mínima",
    "Delivery": "Envío",
    "each alert as it comes": "cada alerta a medida que llega",
    "an hourly digest": "un resumen cada hora",
    "a daily digest": "un resumen diario",
    (
        'Discreet subjects: "Tocsin: 1 new alert", never the country, severity or headline (a subject shows on a lock '
        "screen and to your mail provider)"
    ): (
        "Asuntos discretos: «Tocsin: 1 alerta nueva», nunca el país, la gravedad ni el titular (el asunto"
        " se ve en la pantalla de bloqueo y lo ve su proveedor de correo)"
    ),
    "Language of mails and pages": "Idioma de los correos y las páginas",
    "Save": "Guardar",
    "Unsubscribe instead": "O bien, darse de baja",
    # the public signup page
    "Subscribe to Tocsin alerts": "Suscribirse a las alertas de Tocsin",
    (
        "Tocsin mails alerts on arrests over online speech, journalism and rights work, and on the "
        "signatures and ratifications of the UN Convention against Cybercrime. Choose what you want "
        "to receive: a mail asks you to confirm before any alert is sent, and every alert links to a "
        "page where you change your choice or unsubscribe."
    ): (
        "Tocsin envía por correo alertas sobre detenciones por expresarse en internet, por ejercer el"
        " periodismo o por defender derechos, y sobre las firmas y ratificaciones de la Convención de"
        " las Naciones Unidas contra la Ciberdelincuencia. Elija qué desea recibir: un correo le "
        "pedirá que confirme antes de enviarle ninguna alerta, y cada alerta incluye un enlace a una "
        "página donde puede cambiar su elección o darse de baja."
    ),
    "Your email address": "Su dirección de correo electrónico",
    "Subscribe": "Suscribirse",
    "Not sent:": "No enviado:",
    "Check your inbox": "Revise su bandeja de entrada",
    (
        "A confirmation mail is on its way to {address}. Nothing else is sent to it until you press "
        "the button on the page its link opens."
    ): (
        "Se está enviando un correo de confirmación a {address}. No se le enviará nada más hasta que "
        "pulse el botón de la página que abre su enlace."
    ),
    ("Too many requests from this connection or to this address: try again in {minutes} minutes."): (
        "Demasiadas solicitudes desde esta conexión o para esta dirección: inténtelo de nuevo dentro "
        "de {minutes} minutos."
    ),
    ("Too many requests from this connection or to this address: try again in a minute."): (
        "Demasiadas solicitudes desde esta conexión o para esta dirección: inténtelo de nuevo dentro de un minuto."
    ),
    ("Tocsin cannot take subscriptions right now: try again in a few minutes."): (
        "Tocsin no puede registrar suscripciones en este momento: inténtelo de nuevo dentro de unos minutos."
    ),
    (
        "The owner of this address refused a confirmation request they had not made: no confirmation "
        "mail goes to it before {day}."
    ): (
        "La persona titular de esta dirección rechazó una solicitud de confirmación que no había "
        "hecho: no se le enviará ningún correo de confirmación antes del {day}."
    ),
    "Not sent": "No enviado",
    ("Subscribe from Tocsin's own page, not from another site's form."): (
        "Suscríbase desde la página de Tocsin, no desde el formulario de otro sitio."
    ),
    ("Countries: use three-letter codes (ISO 3166-1 alpha-3) such as VNM or PAK, separated by commas or spaces."): (
        "Países: use códigos de tres letras (ISO 3166-1 alpha-3), como VNM o PAK, separados por comas o espacios."
    ),
    "This is not an email address Tocsin can write to.": (
        "Esta no es una dirección de correo a la que Tocsin pueda escribir."
    ),
    ("This form was not sent as the page sends it: reload the page and try again."): (
        "Este formulario no se envió tal como lo envía la página: vuelva a cargar la página e inténtelo de nuevo."
    ),
    "The form could not be read; nothing was changed.": ("No se pudo leer el formulario; no se ha cambiado nada."),
    "Source failing: {source}": "Fuente con fallos: {source}",
    "Source recovered: {source}": "Fuente recuperada: {source}",
    "Source anomaly: {source}": "Anomalía en la fuente: {source}",
    "Your Tocsin subscription was disabled": "Su suscripción a Tocsin se ha desactivado",
    ("We stopped mailing alerts to this address (subscription {id})."): (
        "Hemos dejado de enviar alertas a esta dirección (suscripción {id})."
    ),
    "Reason: {reason}": "Motivo: {reason}",
    "To receive alerts here again, subscribe again:": (
        "Para volver a recibir alertas en esta dirección, suscríbase de nuevo:"
    ),
    # --- dates and tags ---
    "{date} {time} UTC": "{date}, a las {time} UTC",
    "free-expression": "libertad de expresión",
    "press-freedom": "libertad de prensa",
    "human-rights-defenders": "personas defensoras de derechos humanos",
    "surveillance": "vigilancia",
    "privacy": "privacidad",
    "security-research": "investigación en seguridad informática",
    "transnational-repression": "represión transnacional",
    "due-process": "debido proceso",
    "treaty-adoption": "firma y ratificación de la Convención",
    "European Union": "La Unión Europea",
    # --- event types ---
    "Signatures and ratifications of the Convention": "Firmas y ratificaciones de la Convención",
    "Milestones toward the Convention's entry into force": "Hitos hacia la entrada en vigor de la Convención",
    "Reported arrests and prosecutions": "Detenciones y procesamientos denunciados",
    "Tocsin's sources failing or recovering": "Fuentes de Tocsin que fallan o se recuperan",
}
