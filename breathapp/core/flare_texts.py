# SPDX-License-Identifier: GPL-3.0-or-later
"""The fixed words of the bad-day screen, in every language the app speaks, kept in one
reviewed place (CLINICAL.md, "Flare-ups (bad days)"): a few lines of reassurance, and the
"seek care at once" list, said plainly and only here.

They are content, like the relaxation scripts, not window chrome: the screen shows them as
given (``bad_day_texts(language)``), so they are not in the Qt catalogues. Kind, never
blaming, "can help", never "cures"; tests/core/test_flare_texts.py holds them to that.
"""

from __future__ import annotations

from typing import NamedTuple

from breathapp.core.languages import FALLBACK


class BadDayTexts(NamedTuple):
    """What the bad-day screen says, in one language."""

    reassurance: tuple[str, ...]  # a few calm lines, shown before anything else
    seek_care_title: str  # the heading of the one plain list below
    seek_care: tuple[str, ...]  # when to seek care at once: each sign on its own line
    seek_care_after: str  # who to call, and never to wait for the app


_TEXTS = {
    "en": BadDayTexts(
        reassurance=(
            "Flare-ups of back pain are common. They usually settle within days to a few weeks.",
            "A flare-up rarely means new damage to your back.",
            "Gentle movement within your pain limit can help more than staying in bed."
            " Rest only briefly.",
            "Slow breathing and relaxation can ease the tension that comes with the pain.",
        ),
        seek_care_title="Seek care at once if you have:",
        seek_care=(
            "loss of control of your bladder or bowel",
            "numbness around your genitals or buttocks",
            "weakness in a leg that gets worse",
            "fever, or feeling ill, with the pain",
            "pain after a fall or an accident",
            "severe pain at night that does not ease",
        ),
        seek_care_after="Call your GP, or 112 in an emergency. Never wait for the app.",
    ),
    "nl": BadDayTexts(
        reassurance=(
            "Een opstoot van rugpijn komt vaak voor. Meestal gaat hij binnen enkele dagen tot"
            " enkele weken weer liggen.",
            "Een opstoot betekent zelden nieuwe schade aan je rug.",
            "Zacht bewegen binnen je pijngrens kan meer helpen dan in bed blijven. Rust maar kort.",
            "Trage ademhaling en ontspanning kunnen de spanning die bij de pijn hoort verzachten.",
        ),
        seek_care_title="Zoek meteen hulp als je dit hebt:",
        seek_care=(
            "geen controle meer over je plas of stoelgang",
            "een doof gevoel rond je geslachtsdelen of billen",
            "een been dat steeds zwakker wordt",
            "koorts, of je ziek voelen, samen met de pijn",
            "pijn na een val of een ongeval",
            "hevige pijn 's nachts die niet afneemt",
        ),
        seek_care_after="Bel je huisarts, of 112 in een noodgeval. Wacht nooit op de app.",
    ),
    "fr": BadDayTexts(
        reassurance=(
            "Les poussées de mal de dos sont fréquentes. Elles se calment généralement en"
            " quelques jours à quelques semaines.",
            "Une poussée signifie rarement une nouvelle lésion du dos.",
            "Bouger doucement, sans dépasser votre limite de douleur, peut aider davantage"
            " que rester au lit. Reposez-vous, mais pas trop longtemps.",
            "Une respiration lente et la relaxation peuvent apaiser la tension qui"
            " accompagne la douleur.",
        ),
        seek_care_title="Consultez un médecin sans attendre si vous avez :",
        seek_care=(
            "une perte de contrôle des urines ou des selles",
            "un engourdissement autour des parties génitales ou des fesses",
            "une jambe de plus en plus faible",
            "de la fièvre, ou l'impression d'être malade, en plus de la douleur",
            "une douleur après une chute ou un accident",
            "une douleur intense la nuit, qui ne se calme pas",
        ),
        seek_care_after=(
            "Appelez votre médecin traitant, ou le 112 en cas d'urgence."
            " N'attendez jamais l'application pour le faire."
        ),
    ),
    "de": BadDayTexts(
        reassurance=(
            "Schmerzschübe im Rücken sind häufig. Meistens klingen sie innerhalb von"
            " wenigen Tagen bis einigen Wochen wieder ab.",
            "Ein Schmerzschub bedeutet selten einen neuen Schaden am Rücken.",
            "Sanfte Bewegung innerhalb Ihrer Schmerzgrenze kann mehr helfen als Bettruhe."
            " Ruhen Sie nur kurz.",
            "Langsames Atmen und Entspannung können die Anspannung lindern, die mit dem"
            " Schmerz kommt.",
        ),
        seek_care_title="Suchen Sie sofort Hilfe, wenn Sie Folgendes haben:",
        seek_care=(
            "Verlust der Kontrolle über Blase oder Darm",
            "Taubheit im Genitalbereich oder am Gesäß",
            "ein Bein, das immer schwächer wird",
            "Fieber oder ein Krankheitsgefühl zusätzlich zu den Schmerzen",
            "Schmerzen nach einem Sturz oder Unfall",
            "starke Schmerzen in der Nacht, die nicht nachlassen",
        ),
        seek_care_after=(
            "Rufen Sie Ihre Hausarztpraxis an, oder im Notfall die 112."
            " Warten Sie damit nie auf die App."
        ),
    ),
}


def bad_day_texts(language: str) -> BadDayTexts:
    """The bad-day screen's words in ``language`` (English for one the app does not speak)."""
    return _TEXTS.get(language, _TEXTS[FALLBACK])
