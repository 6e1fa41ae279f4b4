"""Nothing that is not public leaks through any public query path."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from catalogue.models import LifeSituationPage, ServicePage
from communes.factories import ContentPageFactory
from communes.models import CommunePage

pytestmark = pytest.mark.django_db

SECRET = "GEHEIM"  # every non-public object carries this marker


@pytest.fixture
def secrets(services_index):
    """Every kind of non-public object, made through Wagtail's own APIs."""
    made = {}
    # A draft revision of a live page.
    draft = ServicePage.objects.get(leika_key="99115030001000")
    draft.teaser = f"{SECRET}-ENTWURF"
    draft.save_revision()
    made["draft"] = draft

    # A never-published page.
    never = ServicePage(
        title=f"{SECRET}-NIE-VEROEFFENTLICHT",
        slug="geheim-nie",
        leika_key="95000000000001",
        teaser="x",
        full_text="<p>x</p>",
        live=False,
    )
    services_index.add_child(instance=never)
    never.save_revision()
    made["never"] = never

    # An unpublished page.
    withdrawn = ServicePage(
        title=f"{SECRET}-ZURUECKGEZOGEN",
        slug="geheim-zurueck",
        leika_key="95000000000002",
        teaser="x",
        full_text="<p>x</p>",
    )
    services_index.add_child(instance=withdrawn)
    withdrawn.save_revision().publish()
    withdrawn.refresh_from_db()
    withdrawn.unpublish()
    made["withdrawn"] = withdrawn

    # A page under a private parent, in a commune tree.
    dresden = CommunePage.objects.get(ars="146120000000")
    private_parent = ContentPageFactory(
        parent=dresden, title=f"{SECRET}-INTERN", slug="intern"
    )
    PageViewRestriction.objects.create(
        page=private_parent,
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim",
    )
    made["private_child"] = ContentPageFactory(
        parent=private_parent, title=f"{SECRET}-PRIVAT-KIND", slug="kind"
    )
    Redirect.objects.create(old_path="/alt-intern", redirect_page=made["private_child"])

    # A private collection with a child collection holding an image and a document.
    root = Collection.get_first_root_node()
    private = root.add_child(name=f"{SECRET}-Sammlung")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    child = private.add_child(name=f"{SECRET}-Untersammlung")
    buffer = io.BytesIO()
    PILImage.new("RGB", (400, 300), (200, 0, 0)).save(buffer, format="PNG")
    made["image"] = Image.objects.create(
        title=f"{SECRET}-BILD", collection=child, file=ImageFile(buffer, name="g.png")
    )
    made["document"] = Document.objects.create(
        title=f"{SECRET}-DOKUMENT",
        collection=child,
        file=ContentFile(b"%PDF-1.4 geheim", name="geheim.pdf"),
    )

    # Public pages that point at the private things: a rich-text link, a form link to
    # the private document, a life situation image and a coat of arms.
    linking = ServicePage.objects.get(leika_key="99089001001000")
    linking.full_text += (
        f'<p><a linktype="page" id="{made["private_child"].pk}">Interner Link</a></p>'
    )
    linking.forms = [
        {
            "type": "link",
            "value": {"title": "Formular", "url": "", "document": made["document"].pk},
        }
    ]
    linking.save_revision().publish()
    situation = LifeSituationPage.objects.get(slug="umzug")
    situation.image = made["image"]
    situation.save_revision().publish()
    dresden.coat_of_arms = made["image"]
    dresden.save_revision().publish()
    return made


def public_queries(made) -> list[str]:
    ids = {name: page.pk for name, page in made.items() if hasattr(page, "pk")}
    return [
        "{ services(limit: 100) { items { title teaser fullText forms { url } } } }",
        '{ services(search: "GEHEIM", limit: 100) { items { title } } }',
        '{ catalogueSearch(query: "GEHEIM", commune: "146120000000") { title } }',
        '{ service(leikaKey: "99115030001000") { teaser } }',
        '{ service(leikaKey: "95000000000001") { title } }',
        '{ service(leikaKey: "95000000000002") { title } }',
        f'{{ service(id: "{ids["never"]}") {{ title }} }}',
        '{ service(leikaKey: "99089001001000") { fullText forms { title url } } }',
        '{ lifeSituation(slug: "umzug") { image { title } services { teaser } } }',
        '{ commune(ars: "146120000000") { coatOfArms { title } authorities { name } } }',
        "{ lifeSituations(limit: 100) { items { title children { title } } } }",
        "{ pages(limit: 100) { title url } }",
        '{ pages(limit: 100, site: "dresden.localhost") { title children { title } } }',
        f"{{ page(id: {ids['private_child']}) {{ title }} }}",
        f"{{ page(id: {ids['never']}) {{ title }} }}",
        f"{{ page(id: {ids['withdrawn']}) {{ title }} }}",
        '{ page(urlPath: "/intern/kind/", site: "dresden.localhost") { title } }',
        '{ page(urlPath: "/intern/", site: "dresden.localhost") { title } }',
        '{ page(slug: "kind") { title parent { title } } }',
        "{ images(limit: 100) { title } }",
        f'{{ image(id: "{made["image"].pk}") {{ title }} }}',
        "{ documents(limit: 100) { title url } }",
        f'{{ document(id: "{made["document"].pk}") {{ title }} }}',
        "{ redirects { oldPath newUrl page { title } } }",
    ]


def test_no_public_query_path_returns_anything_non_public(secrets):
    client = Client()
    leaks = []
    for query in public_queries(secrets):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query}),
            content_type="application/json",
        )
        assert response.status_code == 200, (query, response.content[:300])
        body = response.content.decode()
        markers = (SECRET, "/intern/", "geheim.pdf", "alt-intern")
        if any(marker in body for marker in markers):
            leaks.append((query, body[:300]))
        errors = response.json().get("errors", [])
        assert all(
            e["extensions"]["code"] != "INTERNAL_SERVER_ERROR" for e in errors
        ), query
    assert leaks == []


def test_generic_fields_that_could_list_non_public_objects_are_gone(secrets):
    client = Client()
    for field in ("snippets", "collections", 'search(query: "GEHEIM")', "tags"):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": "{ " + field + " { __typename } }"}),
            content_type="application/json",
        )
        assert "Cannot query field" in response.content.decode(), field


def test_a_valid_preview_token_returns_the_draft_only(secrets, graphql):
    draft = ServicePage.objects.get(leika_key="99115030001000")
    token = draft.get_latest_revision_as_object().create_page_preview().token
    by_token = "query($t: String) { service(previewToken: $t) { teaser } }"
    other_page = (
        'query($t: String) { service(leikaKey: "99089001001000", previewToken: $t) '
        "{ teaser } }"
    )

    with_token = graphql(by_token, {"t": token}).data["service"]
    other = graphql(other_page, {"t": token}).data["service"]

    assert with_token == {"teaser": f"{SECRET}-ENTWURF"}
    assert other is None
