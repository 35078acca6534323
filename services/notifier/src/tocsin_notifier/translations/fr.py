"""French messages for the subscriber's mails and pages (keys: `MESSAGE_IDS`)."""

MESSAGES: dict[str, str] = {
    # --- alert mails: subjects and their first lines
    "Tocsin: {n} new alert": "Tocsin : {n} nouvelle alerte",
    "Tocsin: {n} new alerts": "Tocsin : {n} nouvelles alertes",
    "Open this mail to read it: its subject and these first lines name no country, severity or report, as you "
    "asked, so that a lock screen, a notification or a list of mails shows nothing of what it is about.": (
        "Ouvrez ce message pour le lire : son objet et ces premières lignes ne mentionnent ni pays, ni gravité, "
        "ni rapport, comme vous l'avez demandé, afin qu'un écran verrouillé, une notification ou une liste de "
        "messages ne montre rien de son contenu."
    ),
    "Tocsin digest: {n} alerts": "Récapitulatif Tocsin : {n} alertes",
    "{n} alerts": "{n} alertes",
    "Test alert: your Tocsin subscription works": "Alerte de test : votre abonnement à Tocsin fonctionne",
    "TEST": "TEST",
    # severities
    "info": "info",
    "low": "faible",
    "medium": "moyenne",
    "high": "élevée",
    "critical": "critique",
    # --- one alert
    "Sent on request {time}": "Envoyée sur demande le {time}",
    "Report published {published} · detected by Tocsin {time}": (
        "Rapport publié le {published} · détecté par Tocsin le {time}"
    ),
    "Detected by Tocsin {time}": "Détecté par Tocsin le {time}",
    "sent on request {time}": "envoyée sur demande le {time}",
    "report published {published} · detected by Tocsin {time}": (
        "rapport publié le {published} · détecté par Tocsin le {time}"
    ),
    "detected by Tocsin {time}": "détecté par Tocsin le {time}",
    "Uncertain: the classifier's signals are weak or disagree. Read the report before acting on it.": (
        "Classement incertain : les signaux du classificateur sont faibles ou contradictoires. Lisez le "
        "rapport avant toute action."
    ),
    "The report:": "Le rapport :",
    "Tocsin's reading:": "L'analyse de Tocsin :",
    "Tocsin's reading (in English):": "L'analyse de Tocsin (en anglais) :",
    "{severity} because {reasons}.": "Gravité « {severity} », car {reasons}.",
    # why the severity was raised
    "a journalist, defender or researcher is the one acted against": (
        "la personne visée est un journaliste, un défenseur des droits humains ou un chercheur"
    ),
    "a state reaches abroad": "un État agit au-delà de ses frontières",
    "the country has ratified (or otherwise consented to be bound by) the UN Convention against Cybercrime": (
        "le pays a ratifié la Convention des Nations Unies contre la cybercriminalité "
        "(ou a consenti d'une autre manière à être lié par celle-ci)"
    ),
    "the country has signed the UN Convention against Cybercrime": (
        "le pays a signé la Convention des Nations Unies contre la cybercriminalité"
    ),
    'a country rated "Not Free" ratified it': "un pays classé « non libre » a ratifié ce traité",
    "a prison sentence of five years or more (or life) was passed": (
        "une peine de cinq ans de prison ou plus (ou la perpétuité) a été prononcée"
    ),
    "a death sentence was passed": "une condamnation à mort a été prononcée",
    "the person is held incommunicado, has disappeared or was abducted": (
        "la personne est détenue au secret, a disparu ou a été enlevée"
    ),
    "the person died in the state's hands": "la personne est décédée alors qu'elle était aux mains de l'État",
    "spyware was found on the person's phone": "un logiciel espion a été trouvé sur le téléphone de la personne",
    "Tags:": "Étiquettes :",
    "Sources:": "Sources :",
    "Report": "Rapport",
    "Feed": "Flux",
    "Source": "Source",
    "UN Treaty Collection": "Collection des traités des Nations Unies",
    # treaty alerts' titles
    "{state} signed {treaty} on {date}": "Signature de {treaty} — {state}, le {date}",
    "{state} ratified {treaty} on {date}": "Ratification de {treaty} — {state}, le {date}",
    "{state} accepted {treaty} on {date}": "Acceptation de {treaty} — {state}, le {date}",
    "{state} approved {treaty} on {date}": "Approbation de {treaty} — {state}, le {date}",
    "{state} acceded to {treaty} on {date}": "Adhésion à {treaty} — {state}, le {date}",
    "{state} succeeded to {treaty} on {date}": "Succession à {treaty} — {state}, le {date}",
    "the UN Convention against Cybercrime": "la Convention des Nations Unies contre la cybercriminalité",
    "treaty {treaty}": "le traité {treaty}",
    "{treaty} enters into force on {date}": "{treaty} entre en vigueur le {date}",
    "{treaty} enters into force": "{treaty} entre en vigueur",
    "Signature deadline for {treaty}: {date}": "Date limite de signature pour {treaty} : {date}",
    "Signature deadline for {treaty}": "Date limite de signature pour {treaty}",
    "{instruments} of {threshold} instruments toward entry into force of {treaty}": (
        "{instruments} sur {threshold} instruments requis pour que {treaty} entre en vigueur"
    ),
    "A signature does not count toward entry into force.": "Une signature ne compte pas pour l'entrée en vigueur.",
    "A regional organization's instrument does not count toward entry into force.": (
        "L'instrument d'une organisation régionale ne compte pas pour l'entrée en vigueur."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection's status at {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Instruments comptant pour l'entrée en vigueur : {count} sur les {threshold} requis, selon l'état de la "
        "Collection des traités des Nations Unies au {date} (art. 65 : la Convention entre en vigueur le 90e jour "
        "suivant le dépôt du {threshold}e)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
        "Collection read on {date} (art. 65: the Convention enters into force on the 90th day after the "
        "{threshold}th)."
    ): (
        "Instruments comptant pour l'entrée en vigueur : {count} sur les {threshold} requis, selon la Collection des "
        "traités des Nations Unies lue le {date} (art. 65 : la Convention entre en vigueur le 90e jour suivant le "
        "dépôt du {threshold}e)."
    ),
    "Parties: {parties}; signatories: {signatories} (as read).": (
        "Parties : {parties} ; signataires : {signatories} (à la lecture)."
    ),
    (
        "Instruments counting toward entry into force: {count} of the {threshold} needed (art. 65: the Convention "
        "enters into force on the 90th day after the {threshold}th)."
    ): (
        "Instruments comptant pour l'entrée en vigueur : {count} sur les {threshold} requis (art. 65 : la Convention "
        "entre en vigueur le 90e jour suivant le dépôt du {threshold}e)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Le {threshold}e instrument comptant pour l'entrée en vigueur a été déposé : la Convention entre en vigueur "
        "le {date}, 90e jour suivant son dépôt (art. 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention entered "
        "into force on {date}, the 90th day after its deposit (art. 65)."
    ): (
        "Le {threshold}e instrument comptant pour l'entrée en vigueur a été déposé : la Convention est entrée en "
        "vigueur le {date}, 90e jour suivant son dépôt (art. 65)."
    ),
    (
        "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
        "force on the 90th day after it (art. 65)."
    ): (
        "Le {threshold}e instrument comptant pour l'entrée en vigueur a été déposé : la Convention entre en vigueur "
        "le 90e jour suivant ce dépôt (art. 65)."
    ),
    "Signature of {treaty} is open until {date}.": "La signature de {treaty} est ouverte jusqu'au {date}.",
    "Signature of {treaty} closed on {date}.": "La signature de {treaty} a été close le {date}.",
    "The signature deadline of {treaty} approaches.": "La date limite de signature de {treaty} approche.",
    "{treaty}: instruments counting toward entry into force: {instruments}.": (
        "{treaty} : instruments comptant pour l'entrée en vigueur : {instruments}."
    ),
    (
        "{treaty}: instruments counting toward entry into force: {instruments}; entry into force on {date} by "
        "Tocsin's count."
    ): (
        "{treaty} : instruments comptant pour l'entrée en vigueur : {instruments} ; entrée en vigueur le {date} selon "
        "le décompte de Tocsin."
    ),
    # --- footers
    "You receive this because you subscribed to Tocsin alerts.": (
        "Vous recevez ce message en raison de votre abonnement aux alertes Tocsin."
    ),
    "Change what you receive: {url}": "Modifier ce que vous recevez : {url}",
    "Change what you receive": "Modifier ce que vous recevez",
    "Unsubscribe: {url}": "Se désabonner : {url}",
    "Unsubscribe": "Se désabonner",
    "These links act for you, without a password: forward the report's link, not this mail.": (
        "Ces liens agissent en votre nom, sans mot de passe : transférez le lien du rapport, pas ce message."
    ),
    "These links act for you, without a password: do not forward this mail.": (
        "Ces liens agissent en votre nom, sans mot de passe : ne transférez pas ce message."
    ),
    "Tocsin watches the UN Convention against Cybercrime and the arrests made under cybercrime and online-speech "
    "laws.": (
        "Tocsin suit la Convention des Nations Unies contre la cybercriminalité et les arrestations effectuées en "
        "vertu des lois sur la cybercriminalité et sur l'expression en ligne."
    ),
    # --- the confirmation mail
    "Confirm your Tocsin subscription": "Confirmez votre abonnement à Tocsin",
    "Someone, hopefully you, asked to receive Tocsin alerts at {address}.": (
        "Quelqu'un, vous-même nous l'espérons, a demandé à recevoir les alertes Tocsin à l'adresse {address}."
    ),
    "To confirm, open the page below and press its Confirm button. Opening the page alone changes nothing.": (
        "Pour confirmer, ouvrez la page ci-dessous et appuyez sur le bouton « Confirmer l'abonnement ». "
        "Le simple fait d'ouvrir la page ne change rien."
    ),
    "Open the confirmation page": "Ouvrir la page de confirmation",
    "The link works until {time}.": "Le lien est valable jusqu'au {time}.",
    "The link works for 7 days.": "Le lien est valable 7 jours.",
    "If this was not you, ignore this message: no alert will be sent to this address, and it is forgotten then. "
    "To refuse it now, use the Unsubscribe link below: no confirmation request will reach this address again for 30 "
    "days, whoever asks.": (
        "Si ce n'était pas vous, ignorez ce message : aucune alerte ne sera envoyée à cette adresse, qui "
        "sera oubliée à l'expiration du lien. Pour refuser cette demande dès maintenant, utilisez le lien"
        " « Se désabonner » ci-dessous : aucune demande de confirmation ne parviendra plus à cette "
        "adresse pendant 30 jours, quelle que soit la personne qui en fait la demande."
    ),
    # --- the notice of changed settings
    "The settings of your Tocsin subscription were changed": (
        "Les paramètres de votre abonnement à Tocsin ont été modifiés"
    ),
    "The settings of the Tocsin subscription that mails alerts to this address (subscription {id}) were changed by "
    "whoever holds its manage token (or by the operator of this Tocsin instance). It now receives alerts with these "
    "settings:": (
        "Les paramètres de l'abonnement Tocsin qui envoie des alertes à cette adresse (abonnement {id}) "
        "ont été modifiés par la personne qui détient son jeton de gestion (ou par l'administrateur de "
        "cette instance de Tocsin). L'abonnement reçoit désormais les alertes avec ces paramètres :"
    ),
    "If you did not ask for this change, the subscription may have been made by someone else on your behalf.": (
        "Si vous n'avez pas demandé cette modification, il se peut que l'abonnement ait été créé par quelqu'un "
        "d'autre en votre nom."
    ),
    "Set them back, or as you want them, here (you will not be told of your own changes):": (
        "Rétablissez les paramètres, ou réglez-les comme vous le souhaitez, ici (vous ne recevrez pas de "
        "message pour vos propres modifications) :"
    ),
    "Set them back, or as you want them": ("Rétablissez les paramètres, ou réglez-les comme vous le souhaitez"),
    "(you will not be told of your own changes).": "(vous ne recevrez pas de message pour vos propres modifications).",
    "Unsubscribe with the link below and subscribe again yourself: you then hold its settings.": (
        "Désabonnez-vous avec le lien ci-dessous, puis abonnez-vous à nouveau vous-même : c'est alors "
        "vous qui en gérerez les paramètres."
    ),
    # --- settings, in words
    "countries: {countries}": "pays : {countries}",
    "{countries} (and alerts that concern every state)": "{countries} (et les alertes qui concernent tous les États)",
    "any": "sans restriction",
    "tags: {tags}": "étiquettes : {tags}",
    "event types: {types}": "types d'événements : {types}",
    "lowest severity: {severity}": "gravité minimale : {severity}",
    "delivery: {delivery}": "envoi : {delivery}",
    "as they come": "dès qu'elles arrivent",
    "hourly digest": "récapitulatif horaire",
    "daily digest": "récapitulatif quotidien",
    "subjects: {subjects}": "objets : {subjects}",
    "discreet (no country, severity or headline)": "discrets (ni pays, ni gravité, ni titre)",
    "country, severity and headline": "pays, gravité et titre",
    "language: {language}": "langue : {language}",
    # --- pages
    "The settings changed since you opened this page.": (
        "Les paramètres ont été modifiés depuis que vous avez ouvert cette page."
    ),
    "Press the button to receive Tocsin alerts at {address}, with these settings: {settings}. Whoever asked for "
    "them can change them later; you will be told by mail each time, and every alert links to a page where you "
    "change them yourself.": (
        "Appuyez sur le bouton pour recevoir les alertes Tocsin à l'adresse {address}, avec ces paramètres : "
        "{settings}. La personne qui les a demandés pourra les modifier plus tard ; un message vous en informera à "
        "chaque fois, et chaque alerte contient un lien vers une page où vous pouvez les modifier vous-même."
    ),
    "Confirm subscription": "Confirmer l'abonnement",
    "Subscription confirmed": "Abonnement confirmé",
    "You will receive alerts that match your filters. Every alert links to a page where you can change them.": (
        "Vous recevrez les alertes qui correspondent à vos filtres. Chaque alerte contient un lien vers "
        "une page où vous pouvez modifier ces filtres."
    ),
    "Press the button to stop Tocsin alerts to {address}.": (
        "Appuyez sur le bouton pour arrêter l'envoi des alertes Tocsin à l'adresse {address}."
    ),
    "Unsubscribed": "Désabonnement effectué",
    "You will receive no more alerts from this subscription. Tocsin keeps your address and the record of what it "
    "sent you for {days} days, then deletes them; press the button to delete them now.": (
        "Vous ne recevrez plus d'alertes de cet abonnement. Tocsin conserve pendant {days} jours votre "
        "adresse et l'historique de ce qu'il vous a envoyé, puis les supprime ; appuyez sur le bouton "
        "pour les supprimer dès maintenant."
    ),
    "Delete my address now": "Supprimer mon adresse maintenant",
    "Deleted": "Suppression effectuée",
    "This subscription is deleted, with your address and the record of what it sent you. Another subscription to "
    "your address, if there is one, has its own link in its own mails.": (
        "Cet abonnement est supprimé, ainsi que votre adresse et l'historique de ce qu'il vous a envoyé. Si un autre "
        "abonnement existe pour votre adresse, il a son propre lien dans ses propres messages."
    ),
    # the settings page
    "Your Tocsin alerts": "Vos alertes Tocsin",
    "Saved.": "Enregistré.",
    "{address} now receives alerts with these settings: {settings}.": (
        "{address} reçoit désormais les alertes avec ces paramètres : {settings}."
    ),
    "What {address} receives. Whoever created this subscription can change it too; you are told by mail each time. "
    "Your own changes are not mailed to you.": (
        "Ce que reçoit {address}. La personne qui a créé cet abonnement peut aussi le modifier ; un message vous en "
        "informe à chaque fois. Vos propres modifications ne vous sont pas signalées par message."
    ),
    "Not saved:": "Non enregistré :",
    "Countries (ISO 3166-1 alpha-3 codes such as VNM, PAK; empty for every country). Alerts that concern every "
    "state, such as the Convention's entry into force, reach you whatever you choose.": (
        "Pays (codes ISO 3166-1 alpha-3, comme VNM, PAK ; laisser vide pour tous les pays). Les alertes qui "
        "concernent tous les États, comme l'entrée en vigueur de la Convention, vous parviennent quel que soit "
        "votre choix."
    ),
    "Tags (none ticked: any)": "Étiquettes (aucune cochée : toutes)",
    "Event types (none ticked: any)": "Types d'événements (aucun coché : tous)",
    "Lowest severity": "Gravité minimale",
    "Delivery": "Envoi",
    "each alert as it comes": "chaque alerte dès qu'elle arrive",
    "an hourly digest": "un récapitulatif horaire",
    "a daily digest": "un récapitulatif quotidien",
    'Discreet subjects: "Tocsin: 1 new alert", never the country, severity or headline (a subject shows on a lock '
    "screen and to your mail provider)": (
        "Objets discrets : « Tocsin : 1 nouvelle alerte », jamais le pays, la gravité ni le titre (l'objet d'un "
        "message s'affiche sur un écran verrouillé et est visible par votre fournisseur de messagerie)"
    ),
    "Language of mails and pages": "Langue des messages et des pages",
    "Save": "Enregistrer",
    "Unsubscribe instead": "Ou bien se désabonner",
    # the public signup page
    "Subscribe to Tocsin alerts": "S'abonner aux alertes Tocsin",
    (
        "Tocsin mails alerts on arrests over online speech, journalism and rights work, and on the "
        "signatures and ratifications of the UN Convention against Cybercrime. Choose what you want "
        "to receive: a mail asks you to confirm before any alert is sent, and every alert links to a "
        "page where you change your choice or unsubscribe."
    ): (
        "Tocsin envoie par e-mail des alertes sur les arrestations liées à l'expression en ligne, au "
        "journalisme et à la défense des droits, ainsi que sur les signatures et ratifications de la "
        "Convention des Nations Unies contre la cybercriminalité. Choisissez ce que vous voulez "
        "recevoir : un message vous demandera de confirmer avant l'envoi de toute alerte, et chaque "
        "alerte contient un lien vers une page où modifier votre choix ou vous désabonner."
    ),
    "Your email address": "Votre adresse e-mail",
    "Subscribe": "S'abonner",
    "Not sent:": "Non envoyé :",
    "Check your inbox": "Consultez votre boîte de réception",
    (
        "A confirmation mail is on its way to {address}. Nothing else is sent to it until you press "
        "the button on the page its link opens."
    ): (
        "Un message de confirmation est en route vers {address}. Rien d'autre n'y sera envoyé tant "
        "que vous n'aurez pas appuyé sur le bouton de la page qu'ouvre son lien."
    ),
    ("Too many requests from this connection or to this address: try again in {minutes} minutes."): (
        "Trop de demandes depuis cette connexion ou vers cette adresse : réessayez dans {minutes} minutes."
    ),
    ("Too many requests from this connection or to this address: try again in a minute."): (
        "Trop de demandes depuis cette connexion ou vers cette adresse : réessayez dans une minute."
    ),
    ("Tocsin cannot take subscriptions right now: try again in a few minutes."): (
        "Tocsin ne peut pas enregistrer d'abonnement pour le moment : réessayez dans quelques minutes."
    ),
    (
        "The owner of this address refused a confirmation request they had not made: no confirmation "
        "mail goes to it before {day}."
    ): (
        "La personne titulaire de cette adresse a refusé une demande de confirmation qu'elle n'avait "
        "pas faite : aucun message de confirmation ne lui sera envoyé avant le {day}."
    ),
    "Not sent": "Non envoyé",
    ("Subscribe from Tocsin's own page, not from another site's form."): (
        "Abonnez-vous depuis la page de Tocsin, et non depuis le formulaire d'un autre site."
    ),
    ("Countries: use three-letter codes (ISO 3166-1 alpha-3) such as VNM or PAK, separated by commas or spaces."): (
        "Pays : utilisez des codes à trois lettres (ISO 3166-1 alpha-3), comme VNM ou PAK, séparés "
        "par des virgules ou des espaces."
    ),
    "This is not an email address Tocsin can write to.": (
        "Ce n'est pas une adresse e-mail à laquelle Tocsin peut écrire."
    ),
    ("This form was not sent as the page sends it: reload the page and try again."): (
        "Ce formulaire n'a pas été envoyé comme la page l'envoie : rechargez la page et réessayez."
    ),
    "The form could not be read; nothing was changed.": ("Le formulaire n'a pas pu être lu ; rien n'a été modifié."),
    "Source failing: {source}": "Source en échec : {source}",
    "Source recovered: {source}": "Source rétablie : {source}",
    "Source anomaly: {source}": "Anomalie de la source : {source}",
    "Your Tocsin subscription was disabled": "Votre abonnement Tocsin a été désactivé",
    ("We stopped mailing alerts to this address (subscription {id})."): (
        "Nous avons cessé d'envoyer des alertes à cette adresse (abonnement {id})."
    ),
    "Reason: {reason}": "Motif : {reason}",
    "To receive alerts here again, subscribe again:": (
        "Pour recevoir à nouveau des alertes à cette adresse, abonnez-vous de nouveau :"
    ),
    # --- dates and tags ---
    "{date} {time} UTC": "{date} à {time} UTC",
    "free-expression": "liberté d'expression",
    "press-freedom": "liberté de la presse",
    "human-rights-defenders": "défenseurs des droits humains",
    "surveillance": "surveillance",
    "privacy": "vie privée",
    "security-research": "recherche en sécurité informatique",
    "transnational-repression": "répression transnationale",
    "due-process": "garanties procédurales",
    "treaty-adoption": "signature et ratification de la Convention",
    "European Union": "Union européenne",
    # --- event types ---
    "Signatures and ratifications of the Convention": "Signatures et ratifications de la Convention",
    "Milestones toward the Convention's entry into force": "Étapes vers l'entrée en vigueur de la Convention",
    "Reported arrests and prosecutions": "Arrestations et poursuites signalées",
    "Tocsin's sources failing or recovering": "Sources de Tocsin en panne ou rétablies",
}
