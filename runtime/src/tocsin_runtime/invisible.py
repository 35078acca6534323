"""Characters that show nothing yet change what a reader sees, as one pattern every service strips with (pure).

Bidi embeddings, overrides and isolates (one left open reverses the rest of a line in every consumer's display),
zero-width spaces, word joiners, the BOM, Unicode tag characters (an invisible copy of ASCII), soft hyphens, the
combining grapheme joiner and Hangul fillers; and the joiners (ZWJ, ZWNJ) beside a Latin letter (a ZWJ inside
"Amnesty"), where no script needs them. The joiners inside Persian or Devanagari text and the directional marks of
Arabic and Hebrew text (LRM, RLM, ALM) stay. The watcher removes them from feed text; the notifier from mail
subjects, for events from anywhere.
"""

import re

INVISIBLE = re.compile(
    "[\xad\u034f\u115f\u1160\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\U000e0000-\U000e007f]"
    "|(?<=[A-Za-z])[\u200c\u200d]+|[\u200c\u200d]+(?=[A-Za-z])"
)
