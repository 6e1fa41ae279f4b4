"""Demo of the editions, run at the end of `seed_demo`: every edition set up, the
translations of `editions/demo/translations.json` and one translator and one reviewer
per language."""

from __future__ import annotations

from collections.abc import Iterator

from cms.demo_users import DEMO_PASSWORD, ensure_demo_user

from .languages import (
    german_name,
    reviewers_group_name,
    translation_codes,
    translators_group_name,
)
from .services import editions_setup


def demo_usernames(code: str) -> tuple[str, str]:
    """The translator and the reviewer of one language, e.g. `uebersetzung-hsb`."""
    return f"uebersetzung-{code}", f"sprachpruefung-{code}"


def seed_demo_editions(*, with_users: bool) -> Iterator[str]:
    """Every edition set up; with the demo users (`make run`) also demo translations
    and a translator and a language reviewer per language. The test database is seeded
    without them, so tests see German content only unless they translate."""
    editions_setup()
    if not with_users:
        return
    from .demo_translations import load_demo_translations

    yield from load_demo_translations()
    yield f"Translators and language reviewers (password: {DEMO_PASSWORD}):"
    for code in translation_codes():
        translator, reviewer = demo_usernames(code)
        for username, group_name, role in (
            (translator, translators_group_name(code), "übersetzt"),
            (reviewer, reviewers_group_name(code), "prüft und veröffentlicht"),
        ):
            ensure_demo_user(username, group_name)
            yield f"  {username:<22} {german_name(code)}: {role}"
