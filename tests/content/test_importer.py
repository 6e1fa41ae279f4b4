"""The importer: records become pages, found again by natural key, idempotently."""

from __future__ import annotations

import pytest
from wagtail.models import Revision

from catalogue.importer import Importer, RecordError, import_records
from catalogue.models import LifeSituationPage, ServicePage
from communes.importer import demo_documents, import_documents
from communes.models import CommuneServicePage

SERVICE = {
    "leika_key": "99999001001000",
    "slug": "probeleistung",
    "title": "Probeleistung beantragen",
    "audience": "citizens",
    "teaser": "Eine Leistung aus einem Import.",
    "full_text": "<p>Volltext.</p>",
    "fees": [{"description": "Gebühr", "amount": 12.5}],
    "legal_basis": [{"title": "§ 1 Probegesetz", "url": "https://example.org/1"}],
    "keywords": ["Probe", "Import"],
    "last_reviewed": "2026-03-14",
}


def revisions(page) -> int:
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


@pytest.mark.django_db
def test_a_service_record_becomes_a_published_page_with_its_blocks():
    report = import_records("service", [SERVICE])

    page = ServicePage.objects.get(leika_key=SERVICE["leika_key"])
    assert report.created == [page.url_path]
    assert page.live and page.url_path == "/portal/leistungen/probeleistung/"
    assert str(page.fees[0].value["amount"]) == "12.5"
    assert page.legal_basis[0].value["url"] == "https://example.org/1"
    assert page.keywords == "Probe, Import"
    assert page.last_reviewed.isoformat() == "2026-03-14"


@pytest.mark.django_db
def test_importing_the_demo_again_changes_no_page_and_writes_no_revision():
    before = Revision.objects.count()

    report = import_documents(demo_documents())

    assert report.created == [] and report.updated == []
    assert len(report.unchanged) >= ServicePage.objects.count()
    assert Revision.objects.count() == before


@pytest.mark.django_db
def test_update_mode_publishes_a_revision_only_for_a_record_that_differs():
    Importer().import_records("service", [SERVICE])
    page = ServicePage.objects.get(leika_key=SERVICE["leika_key"])

    same = Importer(on_existing="update").import_records("service", [SERVICE])
    assert same.unchanged == [page.url_path] and revisions(page) == 1

    changed = Importer(on_existing="update").import_records(
        "service", [{**SERVICE, "teaser": "Neu gefasst."}]
    )
    page.refresh_from_db()
    assert changed.updated == [page.url_path]
    assert page.teaser == "Neu gefasst." and revisions(page) == 2


@pytest.mark.django_db
def test_update_mode_reorders_the_services_of_a_life_situation():
    situation = LifeSituationPage.objects.get(slug="geburt-eines-kindes")
    keys = [link.service.leika_key for link in situation.service_links.all()]
    record = {
        "slug": situation.slug,
        "title": situation.title,
        "teaser": situation.teaser,
        "keywords": situation.keywords.split(", "),
        "body": [block.value.source for block in situation.body],
        "services": list(reversed(keys)),
    }

    Importer(on_existing="update").import_records("life_situation", [record])

    situation = LifeSituationPage.objects.get(pk=situation.pk)
    assert [link.service.leika_key for link in situation.service_links.all()] == list(
        reversed(keys)
    )


@pytest.mark.django_db
def test_a_record_with_an_unknown_key_is_refused_by_name():
    with pytest.raises(RecordError, match="unknown keys leika"):
        Importer().import_records("service", [{**SERVICE, "leika": "1"}])
    assert not ServicePage.objects.filter(leika_key=SERVICE["leika_key"]).exists()


@pytest.mark.django_db
def test_an_adaptation_of_an_unknown_service_is_refused_by_its_key():
    commune = next(d for d in demo_documents() if d["kind"] == "commune")
    record = {**commune["records"][0], "adaptations": [{"service": "00000000000000"}]}

    with pytest.raises(RecordError, match="no service 00000000000000"):
        import_documents([{**commune, "records": [record]}])


@pytest.mark.django_db
def test_the_demo_adaptations_come_from_the_commune_fixtures():
    adaptations = sum(
        len(record["adaptations"])
        for document in demo_documents()
        if document["kind"] == "commune"
        for record in document["records"]
    )
    assert CommuneServicePage.objects.count() == adaptations


@pytest.mark.django_db
def test_records_of_a_locale_the_cms_does_not_have_are_refused():
    with pytest.raises(RecordError, match="No locale 'xx'"):
        import_records("service", [SERVICE], locale="xx")


@pytest.mark.django_db
def test_update_mode_changes_a_local_text_and_leaves_the_rest_of_the_commune_alone():
    (document,) = [
        d
        for d in demo_documents()
        if d["kind"] == "commune" and d["records"][0]["slug"] == "radebeul"
    ]
    record = document["records"][0]
    # The session's database may have been seeded on an earlier day: its review dates
    # (relative to the seeding day) go into the records, so only the text differs.
    for item in record["adaptations"]:
        seeded = CommuneServicePage.objects.get(
            service__leika_key=item["service"], url_path__contains="/radebeul/"
        )
        item["last_reviewed"] = seeded.last_reviewed
        item["next_review"] = seeded.next_review
    adaptation = record["adaptations"][1]
    adaptation["local_texts"] = {
        "notes": {"mode": "supplement", "text": "<p>Neu: Termine auch samstags.</p>"}
    }

    report = import_documents([document], on_existing="update")

    (path,) = report.updated
    page = CommuneServicePage.objects.get(url_path=path)
    assert page.service.leika_key == adaptation["service"]
    assert page.local_notes == "<p>Neu: Termine auch samstags.</p>"
    assert page.live and not page.has_unpublished_changes


@pytest.mark.django_db
def test_a_service_names_its_state_authority_by_slug_and_an_unknown_one_is_refused():
    record = {**SERVICE, "state_authority": "landesdirektion-sachsen"}
    import_records("service", [record])
    page = ServicePage.objects.get(leika_key=SERVICE["leika_key"])
    assert page.state_authority.title == "Landesdirektion Sachsen"

    with pytest.raises(RecordError, match="no state authority with slug amt-x"):
        Importer(on_existing="update").import_records(
            "service", [{**record, "state_authority": "amt-x"}]
        )
