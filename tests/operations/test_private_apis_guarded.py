"""Private parts of Wagtail, grapple, graphene-django and Django's SQL compiler are
used in cms/compat.py only, and a system check fails on a release they were not
tested with."""

from pathlib import Path

from django.core.checks import run_checks

from cms import compat

PRODUCT_PACKAGES = ("cms", "catalogue", "communes", "graphql_schema")
# Private names (or private ways in) of the packages compat.py guards.
PRIVATE_USES = (
    "_get_relevant_site_root_paths",
    "_get_site_root_paths",
    "._insert(",
    "._get_path(",
    "._str2int(",
    "_extract_references_from_object",
    "_get_content_path_hash",
    "_cluster_related_objects",
    "dispatch.__wrapped__",
    "get_site_filter",
    "__qualname__",
    # Django's compiler, for reusing compiled SQL (cms/prepared.py).
    "._chain(",
    ".get_compiler(",
)


def test_the_installed_releases_pass_the_system_check():
    ids = [message.id for message in run_checks() if message.id.startswith("cms.")]

    assert ids == []


def test_an_untested_wagtail_release_fails_the_check():
    installed = compat.installed_versions() | {"wagtail": (7, 5)}

    errors = compat.check_tested_versions(installed=installed)

    assert [error.id for error in errors] == ["cms.E001"]
    assert "wagtail 7.5 is not a version" in errors[0].msg


def test_an_untested_django_release_fails_the_check():
    installed = compat.installed_versions() | {"django": (6, 0)}

    errors = compat.check_tested_versions(installed=installed)

    assert [error.id for error in errors] == ["cms.E001"]
    assert "django 6.0 is not a version" in errors[0].msg


def test_an_untested_grapple_release_fails_the_check():
    installed = compat.installed_versions() | {"wagtail-grapple": (0, 32)}

    errors = compat.check_tested_versions(installed=installed)

    assert [error.id for error in errors] == ["cms.E001"]
    assert "wagtail-grapple 0.32" in errors[0].msg


def test_a_replaced_function_that_changed_fails_the_check(monkeypatch):
    def json_field(self):
        return "a JSONField built another way"

    changed = (("StreamField.json_field", json_field, compat.REPLACED[0][2]),)
    monkeypatch.setattr(compat, "REPLACED", compat.REPLACED[1:] + changed)

    errors = compat.check_tested_versions()

    assert [error.id for error in errors] == ["cms.E004"]
    assert "StreamField.json_field changed" in errors[0].msg


def test_private_apis_are_used_in_compat_only():
    root = Path(__file__).resolve().parents[2]
    uses = []
    for package in PRODUCT_PACKAGES:
        for path in (root / package).rglob("*.py"):
            if path.name == "compat.py" or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            uses += [
                f"{path.relative_to(root)}: {n}" for n in PRIVATE_USES if n in text
            ]

    assert uses == []
