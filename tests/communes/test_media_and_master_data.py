"""Media stay with their tenant, and a commune's master data is the platform admins'."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from catalogue.services import (
    CATALOGUE_EDITORS,
    CATALOGUE_PUBLISHERS,
    CATALOGUE_REVIEWERS,
    CENTRAL_COLLECTION,
    catalogue_editorial_setup,
)
from communes.models import CommunePage, CommuneServicePage
from tests.factories import user_in_groups

from .conftest import CITY_ARS, MUNICIPALITY_ARS

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
CENTRAL_GROUPS = [CATALOGUE_EDITORS, CATALOGUE_REVIEWERS, CATALOGUE_PUBLISHERS]


def logged_in(*groups: str, username: str = "person") -> Client:
    client = Client()
    client.force_login(user_in_groups(username, *groups))
    return client


def platform_admin() -> Client:
    client = Client()
    client.force_login(
        get_user_model().objects.create_superuser(
            "plattform", "plattform@example.org", "passwort-123"
        )
    )
    return client


def collection(name: str) -> Collection:
    return Collection.objects.get(name=name)


def image_in(collection_name: str, title: str) -> Image:
    return Image.objects.create(
        title=title, file=get_test_image_file(), collection=collection(collection_name)
    )


def document_in(collection_name: str, title: str) -> Document:
    from django.core.files.base import ContentFile

    document = Document(title=title, collection=collection(collection_name))
    document.file.save("merkblatt.txt", ContentFile(b"Merkblatt"), save=False)
    document.save()
    return document


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def commune_form(commune: CommunePage, **changes) -> dict:
    """The commune's edit form as a non-admin sees it (no master data fields)."""
    data = {
        "slug": commune.slug,
        "coat_of_arms": commune.coat_of_arms_id or "",
        "address": commune.address,
        "phone": commune.phone,
        "email": commune.email,
        "website": commune.website,
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def latest(page):
    """The page as last saved in the admin (its newest revision)."""
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


# -- 2. foreign media by id -------------------------------------------------------


@pytest.mark.parametrize(
    "groups",
    [["Radebeul Editors"], ["Radebeul Moderators"]],
    ids=["editor", "moderator"],
)
def test_a_commune_cannot_set_another_communes_image_as_coat_of_arms(groups):
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    foreign = image_in("Landeshauptstadt Dresden", "Dresdner Entwurf Wappen")
    client = logged_in(*groups)

    response = client.post(
        edit_url(radebeul), commune_form(radebeul, coat_of_arms=foreign.pk)
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["coat_of_arms"]
    assert "Feld „Wappen“" in errors[0]
    assert f"Bild Nr. {foreign.pk}" in errors[0]
    assert "Dresdner Entwurf Wappen" not in response.content.decode()
    assert latest(radebeul).coat_of_arms_id is None


def test_a_commune_sets_its_own_image_as_coat_of_arms():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    own = image_in("Radebeul", "Wappen Radebeul")
    client = logged_in("Radebeul Moderators")

    response = client.post(
        edit_url(radebeul), commune_form(radebeul, coat_of_arms=own.pk)
    )

    assert response.status_code == 302
    assert latest(radebeul).coat_of_arms_id == own.pk


def test_an_image_placed_by_a_platform_admin_survives_an_editors_save():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    central = image_in(CENTRAL_COLLECTION, "Landeswappen")
    radebeul.coat_of_arms = central
    radebeul.save_revision().publish()
    radebeul.refresh_from_db()

    response = logged_in("Radebeul Moderators").post(
        edit_url(radebeul), commune_form(radebeul, phone="+49 351 1234")
    )

    assert response.status_code == 302
    assert latest(radebeul).coat_of_arms_id == central.pk
    assert latest(radebeul).phone == "+49 351 1234"


def adaptation_form(page: CommuneServicePage, **changes) -> dict:
    data = {
        "service": page.service_id,
        "title": page.title,
        "slug": page.slug,
        "authority_links": inline_formset([]),
        "local_teaser": page.local_teaser,
        "local_fees": streamfield([]),
        "local_forms": streamfield([]),
        "local_online_services": streamfield([]),
        "comments": inline_formset([]),
    }
    for module in ("full_text", "prerequisites", "deadlines", "processing_time"):
        data[f"local_{module}"] = rich_text("")
    for module in ("procedure", "further_information", "notes"):
        data[f"local_{module}"] = rich_text("")
    for module in page.service.NARRATIVE_MODULES:
        data[f"{module}_mode"] = getattr(page, f"{module}_mode")
    data.update(changes)
    return nested_form_data(data)


def test_a_document_of_another_commune_in_a_streamfield_block_is_refused():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    adaptation = CommuneServicePage.objects.descendant_of(radebeul).first()
    foreign = document_in("Landeshauptstadt Dresden", "Internes Merkblatt Dresden")
    own = document_in("Radebeul", "Merkblatt Radebeul")
    client = logged_in("Radebeul Editors")

    def post(document):
        link = {"title": "Antrag", "url": "", "document": document.pk}
        return client.post(
            edit_url(adaptation),
            adaptation_form(adaptation, local_forms=streamfield([("link", link)])),
        )

    refused = post(foreign)
    accepted = post(own)

    assert refused.status_code == 200
    errors = refused.context["form"].non_field_errors()
    assert any("Feld „Örtliche Formulare“" in e and "Dokument Nr." in e for e in errors)
    assert "Internes Merkblatt Dresden" not in refused.content.decode()
    assert accepted.status_code == 302
    forms = latest(adaptation).local_forms
    assert [block.value["document"].pk for block in forms] == [own.pk]


# -- 3. the central team's own collection -------------------------------------------


def test_central_groups_hold_media_permissions_on_their_collection_only():
    root = Collection.get_first_root_node()
    granted = GroupCollectionPermission.objects.filter(group__name__in=CENTRAL_GROUPS)

    assert granted.exists()
    assert set(granted.values_list("collection__name", flat=True)) == {
        CENTRAL_COLLECTION
    }
    assert not granted.filter(collection=root).exists()
    commune_collections = GroupCollectionPermission.objects.filter(
        collection__name="Landeshauptstadt Dresden"
    )
    assert set(commune_collections.values_list("group__name", flat=True)) == {
        "Landeshauptstadt Dresden Editors",
        "Landeshauptstadt Dresden Moderators",
    }


@pytest.mark.parametrize("group", CENTRAL_GROUPS)
def test_the_central_team_cannot_rename_or_move_a_communes_image(group):
    foreign = image_in("Landeshauptstadt Dresden", "Dresdner Stadtplan")
    client = logged_in(group)
    url = reverse("wagtailimages:edit", args=(foreign.pk,))

    response = client.post(
        url,
        {
            "title": "Umbenannt",
            "collection": collection(CENTRAL_COLLECTION).pk,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    chooser = client.get(reverse("wagtailimages_chooser:choose"))

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")
    foreign.refresh_from_db()
    assert foreign.title == "Dresdner Stadtplan"
    assert foreign.collection.name == "Landeshauptstadt Dresden"
    assert "Dresdner Stadtplan" not in chooser.json()["html"]


def test_the_central_team_uses_images_of_its_own_collection():
    own = image_in(CENTRAL_COLLECTION, "Lebenslage Geburt")
    client = logged_in(CATALOGUE_EDITORS)

    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    edit = client.get(reverse("wagtailimages:edit", args=(own.pk,)))

    assert "Lebenslage Geburt" in chooser.json()["html"]
    assert edit.status_code == 200


def test_setup_moves_media_of_the_root_collection_to_the_central_collection():
    from catalogue.models import CatalogueRootPage

    root = Collection.get_first_root_node()
    stray = Image.objects.create(
        title="Altbestand", file=get_test_image_file(), collection=root
    )
    commune_image = image_in("Radebeul", "Wappen Radebeul")

    catalogue_editorial_setup(CatalogueRootPage.objects.first())
    catalogue_editorial_setup(CatalogueRootPage.objects.first())

    stray.refresh_from_db()
    commune_image.refresh_from_db()
    assert stray.collection.name == CENTRAL_COLLECTION
    assert commune_image.collection.name == "Radebeul"
    assert Collection.objects.filter(name=CENTRAL_COLLECTION).count() == 1


# -- 4. master data -------------------------------------------------------------------


@pytest.mark.parametrize(
    "groups",
    [["Radebeul Editors"], ["Radebeul Moderators"]],
    ids=["editor", "moderator"],
)
def test_a_commune_cannot_change_its_master_data_but_its_contact(groups):
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    client = logged_in(*groups)

    form = client.get(edit_url(radebeul)).content.decode()
    response = client.post(
        edit_url(radebeul),
        commune_form(
            radebeul,
            title="Radebeul-Dresden",
            ars="146120000000",
            kind="city",
            postcodes="01067",
            phone="+49 351 8311-0",
        ),
    )

    assert 'name="ars"' not in form and 'name="postcodes"' not in form
    assert 'name="title"' not in form and 'name="kind"' not in form
    assert 'name="phone"' in form and 'name="coat_of_arms"' in form
    assert response.status_code == 302
    saved = latest(radebeul)
    assert (saved.title, saved.ars, saved.kind) == (
        "Radebeul",
        MUNICIPALITY_ARS,
        "municipality",
    )
    assert saved.postcodes == "01445"
    assert saved.phone == "+49 351 8311-0"


def admin_commune_form(commune: CommunePage, **changes) -> dict:
    return commune_form(
        commune,
        **{
            "title": commune.title,
            "ars": commune.ars,
            "kind": commune.kind,
            "postcodes": commune.postcodes,
            **changes,
        },
    )


def test_a_platform_admin_cannot_give_a_commune_another_communes_postcode():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)

    response = platform_admin().post(
        edit_url(radebeul), admin_commune_form(radebeul, postcodes="01445, 01067")
    )

    assert response.status_code == 200
    message = response.context["form"].errors["postcodes"][0]
    assert "01067" in message and "Landeshauptstadt Dresden" in message
    assert latest(radebeul).postcodes == "01445"


def test_a_district_and_its_municipalities_share_postcodes_others_do_not():
    district = CommunePage.objects.get(ars="146270000000")
    city = CommunePage.objects.get(ars=CITY_ARS)

    own_town = platform_admin().post(
        edit_url(district), admin_commune_form(district, postcodes="01445 01640")
    )
    city_claims_radebeul = Client()
    city_claims_radebeul.force_login(get_user_model().objects.get(username="plattform"))
    refused = city_claims_radebeul.post(
        edit_url(city), admin_commune_form(city, postcodes=city.postcodes + " 01445")
    )

    assert own_town.status_code == 302
    assert latest(district).postcodes == "01445 01640"
    assert refused.status_code == 200
    assert "Radebeul" in refused.context["form"].errors["postcodes"][0]


def test_a_platform_admin_cannot_give_two_communes_one_ars():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)

    response = platform_admin().post(
        edit_url(radebeul), admin_commune_form(radebeul, ars="146270000000")
    )

    assert response.status_code == 200
    message = response.context["form"].errors["ars"][0]
    assert "Landkreis Meißen" in message


def test_a_platform_admin_changes_master_data():
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)

    response = platform_admin().post(
        edit_url(radebeul),
        admin_commune_form(
            radebeul, title="Große Kreisstadt Radebeul", postcodes="01445"
        ),
    )

    assert response.status_code == 302
    assert latest(radebeul).title == "Große Kreisstadt Radebeul"
