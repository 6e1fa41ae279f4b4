"""The PVOG collector feed: index, full export, deltas; pulled over HTTP."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest
from django.test import Client
from django.utils import timezone

from catalogue.models import ServicePage
from xzufi.messages import read_xml

pytestmark = pytest.mark.django_db


def _get(client: Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content


def test_a_delta_after_one_publish_and_one_unpublish_holds_exactly_those_two(
    services_index,
):
    client = Client()
    since = timezone.now()
    before = read_xml(_get(client, "/xzufi/2.3.1/voll.xml"))  # cached from here on
    changed, removed = ServicePage.objects.live().filter(
        locale__language_code="de", adaptations__isnull=True
    )[:2]
    changed.title = "Neu veröffentlichter Titel"
    changed.save_revision().publish()
    removed.unpublish()

    index = json.loads(
        _get(
            client,
            "/xzufi/index.json?" + urllib.parse.urlencode({"seit": since.isoformat()}),
        )
    )
    delta_url = next(
        f["url"]
        for f in index["dateien"]
        if f["art"] == "delta" and f["xzufi_version"] == "2.3.1"
    )
    delta = read_xml(_get(client, delta_url.removeprefix("http://testserver")))
    assert [(op.action, op.klasse) for op in delta.operations] == [
        ("schreibe", "Leistung"),
        ("loesche", "Leistung"),
    ]
    assert delta.operations[0].value["id"]["value"].endswith(changed.leika_key)
    assert delta.operations[1].value["value"].endswith(removed.leika_key)
    # The cached full export was invalidated by the publish.
    after = read_xml(_get(client, "/xzufi/2.3.1/voll.xml"))
    assert len(after.operations) == len(before.operations) - 1
    assert (
        "Neu veröffentlichter Titel" in _get(client, "/xzufi/2.3.1/voll.xml").decode()
    )


def test_a_delta_needs_a_valid_time_and_a_known_version():
    client = Client()
    assert client.get("/xzufi/2.3.1/delta.xml?seit=gestern").status_code == 400
    assert client.get("/xzufi/9.9.9/voll.xml").status_code == 404


def test_a_collector_pulls_the_index_and_every_file_over_http(live_cms):
    since = "2000-01-01T00:00:00+00:00"
    with urllib.request.urlopen(
        f"{live_cms.url}/xzufi/index.json?{urllib.parse.urlencode({'seit': since})}"
    ) as response:
        index = json.load(response)
    kinds = sorted((f["art"], f["xzufi_version"]) for f in index["dateien"])
    assert kinds == [
        ("delta", "2.2.0"),
        ("delta", "2.3.1"),
        ("voll", "2.2.0"),
        ("voll", "2.3.1"),
    ]
    (services,) = live_cms.query_one(
        "SELECT count(DISTINCT p.translation_key) FROM catalogue_servicepage s "
        "JOIN wagtailcore_page p ON p.id = s.page_ptr_id WHERE p.live"
    )
    for entry in index["dateien"]:
        with urllib.request.urlopen(entry["url"]) as response:
            assert response.headers["Content-Type"].startswith("application/xml")
            message = read_xml(response.read())
        assert message.version == entry["xzufi_version"]
        leistungen = [op for op in message.operations if op.klasse == "Leistung"]
        assert (
            len(leistungen) == 46
        )  # every demo service; since 2000 all are in the delta
