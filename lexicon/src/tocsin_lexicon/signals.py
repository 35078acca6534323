"""What phrases are evidence of, the tables that list them, and what a match reports."""

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple


class Signal(StrEnum):
    """What a phrase is evidence of; rules turn signals into tags and relevance."""

    ARREST = "arrest"  # arrested, charged, detained, sentenced
    SPEECH = "speech"  # an act of expression (a post, a video, criticism) or someone known for it (a blogger)
    DISSENT = "dissent"  # speech aimed at those in power: "mocking the governor", "une vidéo moquant le préfet"
    SPEECH_OFFENCE = "speech-offence"  # offences that criminalise speech: art. 117, "fake news", s. 112
    CYBER_LAW = "cyber-law"  # a cybercrime statute that is also used against speech (PECA, CMCA)
    JOURNALIST = "journalist"
    DEFENDER = "defender"  # activists, rights lawyers, dissidents, organisers, opposition figures
    RESEARCHER = "researcher"  # security researchers and vulnerability disclosure
    RIGHTS = "rights"  # explicit rights framing: Amnesty, CPJ, "prisoner of conscience"
    SURVEILLANCE = "surveillance"  # spyware, interception, device seizure and extraction, call records
    PRIVACY = "privacy"  # personal data exposed or demanded: doxxing, passwords
    TRANSNATIONAL = "transnational"  # extradition, abduction abroad, exiles and their relatives targeted
    DUE_PROCESS = "due-process"  # incommunicado, no lawyer, closed trial, no charge
    TREATY = "treaty"  # the UN Convention against Cybercrime itself
    CYBERCRIME = "cybercrime"  # ransomware, fraud, phishing, SIM swap, data theft
    ORDINARY_CRIME = "ordinary-crime"  # drugs, smuggling, corruption, bribery
    HARM = "harm"  # violence, threats, sexual abuse, drink-driving: crimes against people, seldom a pretext
    PRETEXT = "pretext"  # tax evasion, hooliganism: charges routinely brought against critics (still a crime)
    ASSEMBLY = "assembly"  # protests, marches, vigils: people exercising a right together (no tag of its own)
    BUSINESS = "business"  # earnings, revenue, share prices: company news that shares words with rights news
    OCCASION = "occasion"  # festivals, premieres, award ceremonies, trade conferences: talk about cases, no case
    CIVIL = "civil"  # a civil suit or a sports body's sanction: damages or a fine between parties, no prosecution
    LAWMAKING = "lawmaking"  # bills, drafts, votes, debates: rules discussed, not applied to anyone (yet)
    # The report's own kind when it is about cases rather than one: an index, a tally, a training, a hearing, an
    # interview, a memoir, an anniversary. Evidence of nothing; the calibration weighs it where no one is acted on.
    GENRE = "genre"
    # Structure, not evidence: these only decide whether a person in a rights role is the one acted against.
    VICTIM = "victim"  # harmed, robbed, a witness or a source: "robbed", "testified", "told police", "victim"
    FORMER = "former"  # a past role: "former", "ex-", "ancien", "cựu"; the person no longer does that work
    SUSPECT = "suspect"  # someone else where the arrested person is named: "a man was charged", "arrested the driver"
    RELATIVE = "relative"  # kin of a role: "the son of an activist", "la madre de un periodista"
    IDENTIFY = "identify"  # names who the person in the sentence before is: "il s'agit de", "se trata de", "the man is"
    LAW_ARTICLE = "law-article"  # "article 24", "artículo 234": a law's article (the word alone is a press article)
    NOISE = "noise"  # phrases whose words must not count ("told reporters")


Table = Mapping[Signal, tuple[str, ...]]


class Hit(NamedTuple):
    """One phrase found in a text: its signal, the table's phrase, the words as they read, token span."""

    signal: Signal
    phrase: str
    quote: str
    start: int
    end: int
    gapped: bool = False  # matched across a "…": other words stand inside its span


GAP_MARK = "…"  # in a phrase, where other words may stand: "seiz* … phone*" (see `near`)
GAP = 5
"""The most words a "…" in a phrase may skip."""
TIE = "‿"  # "bắt‿nhà báo": words side by side, and the second still evidence of its own (see `beside`)
