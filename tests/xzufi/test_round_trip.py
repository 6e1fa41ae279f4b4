"""Done when: export the demo → import into an empty catalogue → export again, identical."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage

pytestmark = pytest.mark.django_db


def _read(path) -> dict[str, str]:
    if path.is_dir():
        return {p.name: p.read_text() for p in sorted(path.iterdir())}
    return {path.name: path.read_text()}


@pytest.mark.parametrize(
    ("version", "fmt"),
    [("2.3.1", "xml"), ("2.2.0", "xml"), ("2.3.1", "json"), ("2.2.0", "json")],
)
def test_export_import_into_an_empty_catalogue_and_export_again_is_identical(
    version, fmt, exported, emptied
):
    counts = {
        model: model.objects.live().count()
        for model in (ServicePage, CommuneServicePage, AuthorityPage)
    }
    first = exported(version, fmt, "first")
    emptied()
    assert ServicePage.objects.count() == 0
    call_command("import_xzufi", "--publish", str(first))
    for model, count in counts.items():
        assert model.objects.live().count() == count, model
    second = exported(version, fmt, "second")
    assert _read(first) == _read(second)
