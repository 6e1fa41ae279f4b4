"""generate_catalogue builds a well-formed, published, deterministic platform in bulk."""

import json

import pytest

from tests.fresh_databases import manage, migrated_database_url

# Runs inside the generated database: what editors and the API would see of it.
INSPECT = r"""
import json
from collections import Counter
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.models import Page, Revision, ReferenceIndex
from wagtail.search.backends import get_search_backend
from catalogue.models import AuthorityPage, LifeSituationPage, ServicePage
from communes.models import CommunePage, CommuneServicePage
from communes.resolution import district_of

invalid = []
for page in Page.objects.exclude(depth=1).specific().iterator(chunk_size=500):
    try:
        page.full_clean()
    except ValidationError as error:
        invalid.append((page.url_path, error.message_dict))
communes = list(CommunePage.objects.order_by("path"))
municipalities = [c for c in communes if c.kind == "municipality"]
postcodes = [code for c in municipalities for code in c.postcode_list]
unpublished = Page.objects.exclude(depth=1).filter(live=False).count()
revision_mismatch = sum(
    1
    for page in Page.objects.exclude(depth=1).select_related("live_revision")
    if page.live_revision is None
    or page.live_revision_id != page.latest_revision_id
    or page.live_revision.content["title"] != page.title
)
adaptation = CommuneServicePage.objects.filter(
    path__startswith=municipalities[0].path
).select_related("service").first()
answer = Client().post(
    "/graphql/",
    {"query": '{ service(leikaKey: "%s", commune: "%s") { title authorities { name } } }'
     % (adaptation.service.leika_key, municipalities[0].ars)},
    content_type="application/json",
).json()
print(json.dumps({
    "tree_problems": [len(problem) for problem in Page.find_problems()],
    "invalid": invalid[:5],
    "kinds": Counter(c.kind for c in communes),
    "ars_distinct": len({c.ars for c in communes}) == len(communes),
    "municipalities_in_a_district": all(
        district_of(c) is not None for c in municipalities
    ),
    "postcodes_distinct": len(postcodes) == len(set(postcodes)),
    "services": ServicePage.objects.count(),
    "leika_distinct": ServicePage.objects.values("leika_key").distinct().count(),
    "life_situations": LifeSituationPage.objects.count(),
    "authorities": AuthorityPage.objects.count(),
    "adaptations_per_commune": sorted({
        CommuneServicePage.objects.filter(path__startswith=c.path).count()
        for c in communes
    }),
    "unpublished": unpublished,
    "revision_mismatch": revision_mismatch,
    "usage_of_service": ReferenceIndex.get_references_to(adaptation.service).count(),
    "search_hits": len(get_search_backend().search(adaptation.service.title, ServicePage)),
    "answer": answer,
    "signature": [
        (p.url_path, p.title)
        for p in Page.objects.filter(depth__gte=2).order_by("path")
    ][::97],
}))
"""


@pytest.fixture(scope="module")
def generated():
    url = migrated_database_url("generated")
    run = manage(url, "generate_catalogue", "--preset", "small")
    summary = json.loads(manage(url, "shell", "-c", INSPECT).stdout.splitlines()[-1])
    return url, run.stdout, summary


def test_the_small_preset_reports_what_it_built_and_how_long_it_took(generated):
    _url, output, _summary = generated
    assert "Preset small:" in output
    assert "12 communes, 300 services, 68 life situations" in output
    assert " s." in output


def test_generated_pages_pass_the_admins_validation_and_form_a_sound_tree(generated):
    _url, _output, summary = generated
    assert summary["invalid"] == []
    assert summary["tree_problems"] == [0, 0, 0, 0, 0]


def test_generated_communes_have_distinct_valid_ars_and_postcodes(generated):
    _url, _output, summary = generated
    assert summary["kinds"] == {"district": 2, "city": 1, "municipality": 9}
    assert summary["ars_distinct"]
    assert summary["municipalities_in_a_district"]
    assert summary["postcodes_distinct"]


def test_generated_catalogue_has_the_presets_size(generated):
    _url, _output, summary = generated
    assert summary["services"] == summary["leika_distinct"] == 300
    assert summary["life_situations"] == 68
    assert summary["authorities"] >= 400
    assert summary["adaptations_per_commune"] == [100]


def test_everything_is_published_through_a_revision_as_editors_leave_it(generated):
    _url, _output, summary = generated
    assert summary["unpublished"] == 0
    assert summary["revision_mismatch"] == 0
    # Wagtail's reference index ("usage") and search index know the new pages.
    assert summary["usage_of_service"] >= 1
    assert summary["search_hits"] >= 1


def test_the_api_resolves_a_generated_service_for_a_generated_commune(generated):
    _url, _output, summary = generated
    service = summary["answer"]["data"]["service"]
    assert service["title"]
    assert len(service["authorities"]) == 2


def test_generating_again_gives_the_same_platform(generated):
    _url, _output, summary = generated
    again = migrated_database_url("generated_again")
    manage(again, "generate_catalogue", "--preset", "small")
    second = json.loads(manage(again, "shell", "-c", INSPECT).stdout.splitlines()[-1])
    assert second["signature"] == summary["signature"]


def test_generating_into_a_database_with_communes_is_refused(generated):
    url, _output, _summary = generated
    result = manage(url, "generate_catalogue", "--preset", "small", check=False)
    assert result.returncode != 0
    assert "already has communes" in result.stderr
