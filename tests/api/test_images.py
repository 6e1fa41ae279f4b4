"""Images: renditions in allowed sizes and formats, srcSet, and an allow-list."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from catalogue.models import LifeSituationPage
from communes.models import CommunePage

pytestmark = pytest.mark.django_db


def uploaded_image(title="Wappen", size=(1200, 900)) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 90, 160)).save(buffer, format="PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower()}.png")
    )


@pytest.fixture
def coat_of_arms():
    commune = CommunePage.objects.get(ars="146120000000")
    commune.coat_of_arms = uploaded_image()
    commune.save_revision().publish()
    return commune


def test_a_rendition_in_an_allowed_size_and_webp(graphql, coat_of_arms):
    result = graphql(
        """{ commune(ars: "146120000000") { coatOfArms {
            title width height
            rendition(width: 320, format: WEBP) { url width height }
        } } }"""
    )
    image = result.data["commune"]["coatOfArms"]
    assert (image["width"], image["height"]) == (1200, 900)
    assert image["rendition"]["width"] == 320
    assert image["rendition"]["height"] == 240
    assert image["rendition"]["url"].endswith(".webp")


def test_a_cropped_avif_rendition(graphql, coat_of_arms):
    result = graphql(
        """{ commune(ars: "146120000000") { coatOfArms {
            rendition(width: 160, height: 160, format: AVIF) { url width height } } } }"""
    )
    rendition = result.data["commune"]["coatOfArms"]["rendition"]
    assert (rendition["width"], rendition["height"]) == (160, 160)
    assert rendition["url"].endswith(".avif")


def test_src_set_lists_each_width(graphql, coat_of_arms):
    result = graphql(
        """{ commune(ars: "146120000000") { coatOfArms {
            srcSet(widths: [320, 640], format: WEBP) } } }"""
    )
    src_set = result.data["commune"]["coatOfArms"]["srcSet"]
    entries = [entry.rsplit(" ", 1) for entry in src_set.split(", ")]
    assert [width for _url, width in entries] == ["320w", "640w"]


def test_a_size_outside_the_allow_list_is_bad_user_input(graphql, coat_of_arms):
    result = graphql(
        """{ commune(ars: "146120000000") { coatOfArms {
            rendition(width: 333) { url } } } }"""
    )
    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "320" in result.errors[0]["message"]


def test_life_situations_expose_their_image(graphql):
    page = LifeSituationPage.objects.get(slug="umzug")
    page.image = uploaded_image("Umzugskarton", (800, 800))
    page.save_revision().publish()

    result = graphql(
        '{ lifeSituation(slug: "umzug") { image { title rendition(width: 80) { width } } } }'
    )
    assert result.data["lifeSituation"]["image"] == {
        "title": "Umzugskarton",
        "rendition": {"width": 80},
    }
