"""Past roles that leave a person who they were: a retirement, a teaching post left ("retired teacher", "former
lecturer", "cựu giảng viên"). Each language's `Signal.FORMER` table lists its own, and the classifier's calibration
reads a headline whose only past role is one of these as the person's own case (`calibration.RETIRED`)."""

RETIREMENTS = ("retired", "jubilado", "jubilada", "retraité", "retraitée", "về hưu")
TEACHING_POSTS_LEFT = {
    "en": ("former teacher", "former lecturer", "former professor", "ex-teacher", "ex-lecturer", "ex-professor"),
    "fr": (
        *("ancien enseignant", "ancienne enseignante", "ancien professeur", "ancienne professeure"),
        *("ancien instituteur", "ancienne institutrice"),
    ),
    "es": (
        "ex profesor",
        "ex profesora",
        "ex docente",
        "ex maestro",
        "ex maestra",
        "antiguo profesor",
        "antigua profesora",
    ),
    "vi": ("cựu giảng viên", "cựu giáo viên", "cựu nhà giáo"),
}
