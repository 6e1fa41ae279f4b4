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


EDITORIAL_FIELDS = (
    "draftTitle",
    "hasUnpublishedChanges",
    "latestRevisionCreatedAt",
    "locked",
    "lockedAt",
    "goLiveAt",
    "expireAt",
    "expired",
    "aliasOf",
    "aliases",
    "sitesRootedHere",
)


def post_query(query: str, variables: dict | None = None):
    return Client().post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
    )


def page_type_names() -> list[str]:
    body = post_query(
        '{ __type(name: "PageInterface") { possibleTypes { name } } }'
    ).json()
    return [t["name"] for t in body["data"]["__type"]["possibleTypes"]]


def test_no_page_type_exposes_editorial_state():
    names = page_type_names() + ["PageInterface"]
    assert {"ServicePage", "ContentPage", "CommunePage", "Page"} <= set(names)
    exposed = {}
    for name in names:
        body = post_query(
            "query($n: String!) { __type(name: $n) { fields { name } } }", {"n": name}
        ).json()
        fields = {field["name"] for field in body["data"]["__type"]["fields"]}
        if fields & set(EDITORIAL_FIELDS):
            exposed[name] = sorted(fields & set(EDITORIAL_FIELDS))
    assert exposed == {}


def test_an_embargoed_draft_title_cannot_be_read():
    page = ServicePage.objects.get(leika_key="99115030001000")
    page.title = f"{SECRET}-EMBARGO"
    page.save_revision()

    for field in EDITORIAL_FIELDS:
        response = post_query(
            f"{{ page(id: {page.pk}) {{ title ... on ServicePage {{ {field} }} }} }}"
        )
        assert SECRET not in response.content.decode(), field
        codes = [e["extensions"]["code"] for e in response.json()["errors"]]
        assert codes == ["GRAPHQL_VALIDATION_FAILED"], field


@pytest.fixture
def dresden_draft_token():
    """A preview token of a Dresden content page with a secret draft title."""
    from communes.models import ContentPage

    page = ContentPage.objects.filter(url_path__startswith="/dresden/").first()
    page.title = f"{SECRET}-VORSCHAU"
    return page, page.create_page_preview().token


PREVIEW = "query($t: String, $s: String) { page(token: $t, site: $s) { title } }"


def test_grapples_preview_token_follows_the_token_rule(dresden_draft_token, settings):
    page, token = dresden_draft_token

    own_site = post_query(PREVIEW, {"t": token, "s": "dresden.localhost"}).json()
    foreign_site = post_query(PREVIEW, {"t": token, "s": "radebeul.localhost"}).json()
    assert own_site["data"]["page"]["title"] == f"{SECRET}-VORSCHAU"
    assert foreign_site == {"data": {"page": None}}

    settings.PREVIEW_TOKEN_MAX_AGE = -1  # the token is now older than allowed
    expired = post_query(PREVIEW, {"t": token}).json()
    assert expired == {"data": {"page": None}}


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "id={service}:1kQ3xY:forged-signature",
        "id=1:abc:def",
        "page_type=catalogue.servicepage;parent_id=1:a:b",
        "a" * 300,
    ],
)
def test_a_bad_preview_token_gives_null_not_an_error(token):
    service = ServicePage.objects.get(leika_key="99115030001000")
    token = token.format(service=service.pk)
    assert post_query(PREVIEW, {"t": token}).json() == {"data": {"page": None}}


@pytest.fixture
def restricted_collection_below_a_public_one():
    """Public "Presse" with a restricted child and an unrestricted grandchild."""
    root = Collection.get_first_root_node()
    public = root.add_child(name="Presse")
    restricted = public.add_child(name=f"{SECRET}-Intern")
    CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.LOGIN
    )
    grandchild = restricted.add_child(name=f"{SECRET}-Entwuerfe")
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (0, 0, 200)).save(buffer, format="PNG")
    public_image = Image.objects.create(
        title="Pressefoto", collection=public, file=ImageFile(buffer, name="p.png")
    )
    hidden_image = Image.objects.create(
        title=f"{SECRET}-FOTO",
        collection=grandchild,
        file=ImageFile(buffer, name="h.png"),
    )
    return public_image, hidden_image


def test_collections_under_a_restricted_ancestor_stay_hidden(
    restricted_collection_below_a_public_one,
):
    public_image, hidden_image = restricted_collection_below_a_public_one
    for query in (
        "{ images(limit: 100) { title collection { name descendants { name } "
        "ancestors { name } } } }",
        f'{{ image(id: "{public_image.pk}") {{ collection {{ descendants {{ name }} }} }} }}',
        f'{{ image(id: "{hidden_image.pk}") {{ title collection {{ name }} }} }}',
        "{ documents(limit: 100) { collection { descendants { name } } } }",
    ):
        response = post_query(query)
        assert response.status_code == 200
        assert SECRET not in response.content.decode(), query
    listed = post_query("{ images(limit: 100) { title } }").json()
    assert {"title": "Pressefoto"} in listed["data"]["images"]


def test_aliases_do_not_lead_to_restricted_originals(secrets):
    original = secrets["private_child"]
    dresden = CommunePage.objects.get(ars="146120000000")
    alias = original.create_alias(parent=dresden, update_slug="kind-alias")
    for query in (
        f"{{ page(id: {alias.pk}) {{ title ... on ContentPage {{ aliasOf {{ title }} }} }} }}",
        f"{{ page(id: {original.pk}) {{ ... on ContentPage {{ aliases {{ title }} }} }} }}",
        '{ pages(limit: 100, site: "dresden.localhost") { ... on ContentPage { aliasOf { title } } } }',
    ):
        response = post_query(query)
        codes = [e["extensions"]["code"] for e in response.json().get("errors", [])]
        assert codes == ["GRAPHQL_VALIDATION_FAILED"], query


def test_rich_text_raw_values_do_not_show_ids_of_hidden_pages(secrets):
    from communes.models import ContentPage

    hidden_id = secrets["private_child"].pk
    page = ContentPage.objects.filter(url_path__startswith="/dresden/").first()
    visible_id = page.get_parent().pk
    page.body = [
        (
            "paragraph",
            f'<p><a linktype="page" id="{hidden_id}">intern</a> '
            f'<a id="{visible_id}" linktype="page">Start</a></p>',
        )
    ]
    page.save_revision().publish()

    response = post_query(
        f"{{ page(id: {page.pk}) {{ ... on ContentPage {{ body {{ rawValue }} }} }} }}"
    )

    raw = json.dumps(response.json()["data"]["page"]["body"])
    assert f'id=\\"{hidden_id}\\"' not in raw
    assert "intern" in raw  # the link text stays
    assert f'id=\\"{visible_id}\\"' in raw  # links to public pages keep their target


@pytest.fixture
def subpage_of_unpublished_page():
    dresden = CommunePage.objects.get(ars="146120000000")
    parent = ContentPageFactory(parent=dresden, title="Archiv", slug="archiv")
    child = ContentPageFactory(parent=parent, title=f"{SECRET}-ARCHIV-KIND", slug="alt")
    grandchild = ContentPageFactory(
        parent=child, title=f"{SECRET}-ARCHIV-ENKEL", slug="uralt"
    )
    parent.refresh_from_db()
    parent.unpublish()
    return parent, child, grandchild


def test_subpages_of_an_unpublished_page_are_hidden(subpage_of_unpublished_page):
    parent, child, grandchild = subpage_of_unpublished_page
    dresden = CommunePage.objects.get(ars="146120000000")
    queries = [
        '{ pages(limit: 100, site: "dresden.localhost") { title } }',
        f"{{ pages(limit: 100, ancestor: {dresden.pk}) {{ title }} }}",
        f"{{ pages(parent: {parent.pk}) {{ title }} }}",
        f"{{ page(id: {child.pk}) {{ title }} }}",
        f"{{ page(id: {grandchild.pk}) {{ title }} }}",
        '{ page(urlPath: "/archiv/alt/", site: "dresden.localhost") { title } }',
        '{ page(slug: "uralt") { title } }',
        f"{{ page(id: {dresden.pk}) {{ children {{ title }} descendants(limit: 100) "
        "{ title } } }",
        '{ catalogueSearch(query: "ARCHIV", commune: "146120000000") { title } }',
    ]
    for query in queries:
        response = post_query(query)
        assert response.status_code == 200, query
        assert SECRET not in response.content.decode(), query
        assert "errors" not in response.json(), (query, response.json())
