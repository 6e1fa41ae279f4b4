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


def test_a_small_cropped_avif_rendition(graphql, coat_of_arms):
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


@pytest.mark.parametrize(
    "arguments, message",
    [
        ("width: 333", "width must be one of 80, 160, 320, 640, 1024, 1600"),
        ("width: 480", "width must be one of"),
        ("height: 240", "width × height must be one of"),
        ("width: 320, height: 320", "width × height must be one of 80x80"),
        ("width: 640, format: AVIF", "AVIF is made only up to width 320"),
        ("format: AVIF", "AVIF is made only up to width 320"),
    ],
)
def test_only_the_fixed_set_of_renditions_is_made(
    graphql, coat_of_arms, arguments, message
):
    from wagtail.images.models import Rendition

    before = Rendition.objects.count()
    result = graphql(
        f'{{ commune(ars: "146120000000") {{ coatOfArms {{ rendition({arguments}) '
        "{ url } } } }"
    )

    assert result.error_codes == ["BAD_USER_INPUT"]
    assert message in result.errors[0]["message"]
    assert Rendition.objects.count() == before


def test_a_request_makes_only_so_many_new_renditions(graphql, coat_of_arms, settings):
    from wagtail.images.models import Rendition

    settings.GRAPHQL_MAX_NEW_RENDITIONS = 2
    query = """{ commune(ars: "146120000000") { coatOfArms {
        a: rendition(width: 80) { width } b: rendition(width: 160) { width }
        c: rendition(width: 320) { width } d: rendition(width: 640) { width } } } }"""

    first = graphql(query)
    assert set(first.error_codes) == {"QUERY_TOO_COMPLEX"}
    assert "At most 2 new image sizes" in first.errors[0]["message"]
    assert Rendition.objects.filter(image=coat_of_arms.coat_of_arms).count() == 2

    # Existing renditions cost nothing: repeating the request makes the rest.
    second = graphql(query)
    assert second.errors == []
    assert Rendition.objects.filter(image=coat_of_arms.coat_of_arms).count() == 4


def test_renditions_stop_at_the_deadline(graphql, coat_of_arms, settings):
    from wagtail.images.models import Rendition

    settings.GRAPHQL_TIMEOUT_SECONDS = 0
    result = graphql(
        '{ commune(ars: "146120000000") { coatOfArms { rendition(width: 80) { url } } } }'
    )

    assert result.error_codes == ["TIMEOUT"]
    assert Rendition.objects.filter(image=coat_of_arms.coat_of_arms).count() == 0


def test_grapples_image_type_refuses_a_disallowed_rendition(graphql, coat_of_arms):
    image_id = coat_of_arms.coat_of_arms_id
    allowed = graphql(
        f'{{ image(id: "{image_id}") {{ rendition(width: 320) {{ width }} '
        "srcSet(sizes: [80, 333, 160]) } }"
    )
    refused = graphql(
        f'{{ image(id: "{image_id}") {{ rendition(width: 320, format: "avif") '
        "{ width } } }"
    )

    assert allowed.errors == []
    assert allowed.data["image"]["rendition"] == {"width": 320}
    assert [
        e.rsplit(" ", 1)[1] for e in allowed.data["image"]["srcSet"].split(", ")
    ] == [
        "80w",
        "160w",
    ]
    assert refused.error_codes == ["BAD_USER_INPUT"]
