"""The PVOG collector feed: index, full export, deltas; pulled over HTTP."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage
from tests.faults import App
from xzufi.messages import read_xml
from xzufi.models import XzufiObject, XzufiTombstone

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


def _delta_since(client: Client, since, version: str = "2.3.1") -> list:
    index = json.loads(
        _get(
            client,
            "/xzufi/index.json?" + urllib.parse.urlencode({"seit": since.isoformat()}),
        )
    )
    url = next(
        f["url"]
        for f in index["dateien"]
        if f["art"] == "delta" and f["xzufi_version"] == version
    )
    return read_xml(_get(client, url.removeprefix("http://testserver"))).operations


def test_deleted_pages_are_announced_as_loesche_in_deltas_since_their_deletion():
    client = Client()
    before = timezone.now()
    _get(client, "/xzufi/2.3.1/voll.xml")  # cached: the deletes must invalidate it
    german = {"locale__language_code": "de"}
    service = ServicePage.objects.live().filter(**german, adaptations__isnull=True)[0]
    adaptation = CommuneServicePage.objects.live().filter(**german).first()
    office = AuthorityPage.objects.live().get(
        **german, slug="staatsministerium-des-innern"
    )
    ids = {
        klasse: XzufiObject.objects.get(translation_key=page.translation_key).object_id
        for klasse, page in (
            ("Leistung", service),
            ("LeistungSpezialisierung", adaptation),
            ("Organisationseinheit", office),
        )
    }
    for page in (service, adaptation, office):
        page.delete()
    assert XzufiTombstone.objects.count() == 3

    operations = _delta_since(client, before)
    assert [(op.action, op.klasse, op.value["value"]) for op in operations] == [
        ("loesche", klasse, object_id) for klasse, object_id in sorted(ids.items())
    ]
    full = _get(client, "/xzufi/2.3.1/voll.xml").decode()
    assert all(object_id not in full for object_id in ids.values())
    # A delta since after the deletion has nothing more to say about them.
    assert _delta_since(client, timezone.now()) == []


def test_a_deleted_translation_of_a_live_service_makes_it_changed_not_deleted():
    english = Locale.objects.get(language_code="en")
    german = ServicePage.objects.live().filter(locale__language_code="de").first()
    translation = german.get_translation_or_none(english) or (
        german.copy_for_translation(english, copy_parents=True)
    )
    translation.title = "Published in English"
    translation.save_revision().publish()
    before = timezone.now()
    translation.delete()
    (operation,) = _delta_since(Client(), before)
    assert (operation.action, operation.klasse) == ("schreibe", "Leistung")
    assert operation.value["id"]["value"].endswith(german.leika_key)
    assert {s["language_code"] for s in operation.value["sprachversion"]} == {"de"} | {
        p.locale.language_code
        for p in german.get_translations().live().select_related("locale")
    }


def test_a_never_published_page_leaves_no_tombstone(services_index):
    draft = ServicePage(
        title="Nie veröffentlicht",
        leika_key="99000000000001",
        teaser="Entwurf.",
        full_text="<p>Entwurf.</p>",
        live=False,
    )
    services_index.add_child(instance=draft)
    draft.delete()
    assert not XzufiTombstone.objects.exists()


def test_a_220_delta_sends_the_offices_of_a_republished_adaptation_whole():
    adaptation = CommuneServicePage.objects.live().filter(
        locale__language_code="de", authority_links__isnull=False
    )[0]
    offices = adaptation.authority_links.count()
    since = timezone.now()
    adaptation.save_revision().publish()
    client = Client()

    separate = _delta_since(client, since, "2.3.1")
    assert sorted(op.klasse for op in separate) == [
        "LeistungSpezialisierung",
        *["Zustaendigkeit"] * offices,
    ]
    nested = _delta_since(client, since, "2.2.0")
    assert sorted(op.klasse for op in nested) == [
        "LeistungSpezialisierung",
        *["Organisationseinheit"] * offices,
    ]
    sent = {
        z["id"]["value"]
        for op in nested
        if op.klasse == "Organisationseinheit"
        for z in op.value["zustaendigkeit"]
    }
    assert {op.value["zustaendigkeit"]["id"]["value"] for op in separate[1:]} <= sent


def test_a_collector_pulls_the_loesche_of_a_page_deleted_in_the_admin(live_cms):
    # Runs after the collector test above: it deletes one service of the live demo.
    (service, leika_key) = live_cms.query_one(
        "SELECT p.id, s.leika_key FROM catalogue_servicepage s "
        "JOIN wagtailcore_page p ON p.id = s.page_ptr_id "
        "WHERE p.live AND p.url_path LIKE '/portal/leistungen/%%' AND NOT EXISTS "
        "(SELECT 1 FROM communes_communeservicepage c WHERE c.service_id = p.id) "
        "ORDER BY p.path LIMIT 1"
    )
    (since,) = live_cms.query_one("SELECT now()")
    admin = App(url=live_cms.url, process=None)
    admin.log_in("admin", "admin")
    deleted = admin.admin_post(f"/admin/pages/{service}/delete/", {})
    assert deleted.status == 302, deleted.body[:500]

    query = urllib.parse.urlencode({"seit": since.isoformat()})
    with urllib.request.urlopen(f"{live_cms.url}/xzufi/index.json?{query}") as response:
        index = json.load(response)
    for entry in (f for f in index["dateien"] if f["art"] == "delta"):
        with urllib.request.urlopen(entry["url"]) as response:
            message = read_xml(response.read())
        assert [
            (op.action, op.klasse, op.value["value"]) for op in message.operations
        ] == [("loesche", "Leistung", f"L140000.LB.{leika_key}")]
