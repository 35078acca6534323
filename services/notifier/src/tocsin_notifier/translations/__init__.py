"""The words of the mails and pages an email subscriber reads, in English (the message ids) and in each language.

`MESSAGE_IDS` lists every English message, with what it is for; `es`, `fr` and `vi` map each of them to its
translation, keeping its `{placeholders}`. Reports' own words and the classifier's rationale of a news report are not
translated: they are the report's and the contract's (the tags are, as names for a reader; their identifiers stay).
Webhook owners' mails and pages (contact address, disabled notice) are in English only; an email subscriber's disabled
notice is in her language.
"""

from tocsin_schemas import TAGS

MESSAGE_IDS: tuple[str, ...] = (
    # --- alert mails: subjects and their first lines --------------------------------------------------------------
    "Tocsin: {n} new alert",  # a discreet subject, one alert
    "Tocsin: {n} new alerts",  # a discreet subject, several alerts
    # a discreet mail's first paragraph, after "Tocsin: 2 new alerts."
    "Open this mail to read it: its subject and these first lines name no country, severity or report, as you "
    "asked, so that a lock screen, a notification or a list of mails shows nothing of what it is about.",
    "Tocsin digest: {n} alerts",  # a digest's subject and heading
    "{n} alerts",  # a digest's heading in the HTML part
    "Test alert: your Tocsin subscription works",  # a test alert's title
    "TEST",  # the tag of a test alert's subject: "[TEST] Test alert: ..."
    # severities, as tags of subjects ("[HIGH] VNM: ...") and alerts (upper-cased there)
    "info",
    "low",
    "medium",
    "high",
    "critical",
    # --- one alert --------------------------------------------------------------------------------------------------
    "Sent on request {time}",  # a test alert: when it was sent
    "Report published {published} · detected by Tocsin {time}",
    "Detected by Tocsin {time}",
    "sent on request {time}",  # the same three, lower-case, after " · " in the HTML part
    "report published {published} · detected by Tocsin {time}",
    "detected by Tocsin {time}",
    "Uncertain: the classifier's signals are weak or disagree. Read the report before acting on it.",
    "The report:",  # before the report's own summary, in the report's language
    "Tocsin's reading:",  # before Tocsin's reading in the mail's language (a treaty alert's)
    "Tocsin's reading (in English):",  # before the classifier's rationale of a news or health alert, in English
    "{severity} because {reasons}.",  # "High because a journalist ... is the one acted against."
    # why the severity was raised, joined with "; "
    "a journalist, defender or researcher is the one acted against",
    "a state reaches abroad",
    "the country has ratified (or otherwise consented to be bound by) the UN Convention against Cybercrime",
    "the country has signed the UN Convention against Cybercrime",
    'a country rated "Not Free" ratified it',
    "a prison sentence of five years or more (or life) was passed",
    "a death sentence was passed",
    "the person is held incommunicado, has disappeared or was abducted",
    "the person died in the state's hands",
    "spyware was found on the person's phone",
    "Tags:",
    "Sources:",
    "Report",  # link labels
    "Feed",
    "Source",
    "UN Treaty Collection",
    # treaty alerts' titles; {state} is the UN's English name of the state, {date} as 2026-11-28
    "{state} signed {treaty} on {date}",
    "{state} ratified {treaty} on {date}",
    "{state} accepted {treaty} on {date}",
    "{state} approved {treaty} on {date}",
    "{state} acceded to {treaty} on {date}",
    "{state} succeeded to {treaty} on {date}",
    "the UN Convention against Cybercrime",
    "treaty {treaty}",
    "{treaty} enters into force on {date}",  # {treaty} capitalised by the code where the language needs it
    "{treaty} enters into force",
    "Signature deadline for {treaty}: {date}",
    "Signature deadline for {treaty}",
    "{instruments} of {threshold} instruments toward entry into force of {treaty}",
    # Tocsin's reading of a treaty alert, said from the event (`channels.treaty_reading`)
    "A signature does not count toward entry into force.",
    "A regional organization's instrument does not count toward entry into force.",
    "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty "
    "Collection's status at {date} (art. 65: the Convention enters into force on the 90th day after the "
    "{threshold}th).",
    "Instruments counting toward entry into force: {count} of the {threshold} needed, as of the UN Treaty Collection "
    "read on {date} (art. 65: the Convention enters into force on the 90th day after the {threshold}th).",
    "Parties: {parties}; signatories: {signatories} (as read).",
    "Instruments counting toward entry into force: {count} of the {threshold} needed (art. 65: the Convention enters "
    "into force on the 90th day after the {threshold}th).",
    "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
    "force on {date}, the 90th day after its deposit (art. 65).",
    "The {threshold}th instrument counting toward entry into force has been deposited: the Convention entered into "
    "force on {date}, the 90th day after its deposit (art. 65).",
    "The {threshold}th instrument counting toward entry into force has been deposited: the Convention enters into "
    "force on the 90th day after it (art. 65).",
    "Signature of {treaty} is open until {date}.",
    "Signature of {treaty} closed on {date}.",
    "The signature deadline of {treaty} approaches.",
    "{treaty}: instruments counting toward entry into force: {instruments}.",
    "{treaty}: instruments counting toward entry into force: {instruments}; entry into force on {date} by Tocsin's "
    "count.",
    # --- footers --------------------------------------------------------------------------------------------------
    "You receive this because you subscribed to Tocsin alerts.",
    "Change what you receive: {url}",
    "Change what you receive",
    "Unsubscribe: {url}",
    "Unsubscribe",
    "These links act for you, without a password: forward the report's link, not this mail.",
    "These links act for you, without a password: do not forward this mail.",
    "Tocsin watches the UN Convention against Cybercrime and the arrests made under cybercrime and online-speech laws.",
    # --- the confirmation mail ------------------------------------------------------------------------------------
    "Confirm your Tocsin subscription",  # its subject and heading, and the confirmation page's title
    "Someone, hopefully you, asked to receive Tocsin alerts at {address}.",
    "To confirm, open the page below and press its Confirm button. Opening the page alone changes nothing.",
    "Open the confirmation page",
    "The link works until {time}.",
    "The link works for 7 days.",
    "If this was not you, ignore this message: no alert will be sent to this address, and it is forgotten then. "
    "To refuse it now, use the Unsubscribe link below: no confirmation request will reach this address again for 30 "
    "days, whoever asks.",
    # --- the notice of changed settings ---------------------------------------------------------------------------
    "The settings of your Tocsin subscription were changed",
    "The settings of the Tocsin subscription that mails alerts to this address (subscription {id}) were changed by "
    "whoever holds its manage token (or by the operator of this Tocsin instance). It now receives alerts with these "
    "settings:",
    "If you did not ask for this change, the subscription may have been made by someone else on your behalf.",
    "Set them back, or as you want them, here (you will not be told of your own changes):",
    "Set them back, or as you want them",
    "(you will not be told of your own changes).",
    "Unsubscribe with the link below and subscribe again yourself: you then hold its settings.",
    # --- settings, in words ("countries: VNM, PAK (and ...); tags: any; ...") --------------------------------------
    "countries: {countries}",
    "{countries} (and alerts that concern every state)",
    "any",
    "tags: {tags}",
    "event types: {types}",
    "lowest severity: {severity}",
    "delivery: {delivery}",
    "as they come",
    "hourly digest",
    "daily digest",
    "subjects: {subjects}",
    "discreet (no country, severity or headline)",
    "country, severity and headline",
    "language: {language}",
    # --- pages ------------------------------------------------------------------------------------------------------
    "The settings changed since you opened this page.",
    "Press the button to receive Tocsin alerts at {address}, with these settings: {settings}. Whoever asked for "
    "them can change them later; you will be told by mail each time, and every alert links to a page where you "
    "change them yourself.",
    "Confirm subscription",  # the confirmation page's button
    "Subscription confirmed",
    "You will receive alerts that match your filters. Every alert links to a page where you can change them.",
    "Press the button to stop Tocsin alerts to {address}.",
    "Unsubscribed",
    "You will receive no more alerts from this subscription. Tocsin keeps your address and the record of what it "
    "sent you for {days} days, then deletes them; press the button to delete them now.",
    "Delete my address now",
    "Deleted",
    "This subscription is deleted, with your address and the record of what it sent you. Another subscription to "
    "your address, if there is one, has its own link in its own mails.",
    # the settings page
    "Your Tocsin alerts",
    "Saved.",
    "{address} now receives alerts with these settings: {settings}.",
    "What {address} receives. Whoever created this subscription can change it too; you are told by mail each time. "
    "Your own changes are not mailed to you.",
    "Not saved:",
    "Countries (ISO 3166-1 alpha-3 codes such as VNM, PAK; empty for every country). Alerts that concern every "
    "state, such as the Convention's entry into force, reach you whatever you choose.",
    "Tags (none ticked: any)",
    "Event types (none ticked: any)",
    "Lowest severity",
    "Delivery",
    "each alert as it comes",
    "an hourly digest",
    "a daily digest",
    'Discreet subjects: "Tocsin: 1 new alert", never the country, severity or headline (a subject shows on a lock '
    "screen and to your mail provider)",
    "Language of mails and pages",
    "Save",
    "Unsubscribe instead",
    # the public signup page (/v1/subscribe), with the settings page's fields
    "Subscribe to Tocsin alerts",
    "Tocsin mails alerts on arrests over online speech, journalism and rights work, and on the signatures and "
    "ratifications of the UN Convention against Cybercrime. Choose what you want to receive: a mail asks you to "
    "confirm before any alert is sent, and every alert links to a page where you change your choice or unsubscribe.",
    "Your email address",
    "Subscribe",  # its button
    "Not sent:",  # before what is wrong in the form
    "Check your inbox",  # the page after
    "A confirmation mail is on its way to {address}. Nothing else is sent to it until you press the button on the "
    "page its link opens.",
    "Too many requests from this connection or to this address: try again in {minutes} minutes.",
    "Too many requests from this connection or to this address: try again in a minute.",
    "Tocsin cannot take subscriptions right now: try again in a few minutes.",
    "The owner of this address refused a confirmation request they had not made: no confirmation mail goes to it "
    "before {day}.",
    "Not sent",  # the title of the page refusing a form posted from another site
    "Subscribe from Tocsin's own page, not from another site's form.",
    # what is wrong in a form (the detail follows in English, in brackets)
    "Countries: use three-letter codes (ISO 3166-1 alpha-3) such as VNM or PAK, separated by commas or spaces.",
    "This is not an email address Tocsin can write to.",
    "This form was not sent as the page sends it: reload the page and try again.",
    "The form could not be read; nothing was changed.",  # the settings page, when its body is unreadable
    # a source health alert's title ({source}: a feed or page address)
    "Source failing: {source}",
    "Source recovered: {source}",
    "Source anomaly: {source}",
    # the notice that an email subscription was disabled (its deliveries kept failing)
    "Your Tocsin subscription was disabled",
    "We stopped mailing alerts to this address (subscription {id}).",
    "Reason: {reason}",  # the reason follows as the delivery worker recorded it, in English
    "To receive alerts here again, subscribe again:",  # then the signup page's address
    # a time, in UTC: {date} as `Translator.day` says it ("1er mars 2026"), {time} "09:30" (English keeps ISO 8601)
    "{date} {time} UTC",
    *TAGS,  # the tags' names for a reader (`Translator.tag`; English shows the tags themselves)
    # a treaty participant that is no state, named in another language's treaty titles
    "European Union",
    # the watcher's event types, as a reader chooses among them (settings page, settings in words)
    "Signatures and ratifications of the Convention",
    "Milestones toward the Convention's entry into force",
    "Reported arrests and prosecutions",
    "Tocsin's sources failing or recovering",
)
