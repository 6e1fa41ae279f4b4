"""Images in the catalogue API: renditions from a fixed set, public collections only."""

from __future__ import annotations

from collections.abc import Sequence

import graphene
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from cms.visibility import is_media_visible

from ..errors import BadUserInput
from ..images import allowed_sizes, filter_spec, renditions
from .nodes import load_with_siblings


class ImageFormat(graphene.Enum):
    """Output format of a rendition; ORIGINAL keeps the uploaded format."""

    ORIGINAL = "original"
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"


def image_of(page: Page, field: str, siblings: Sequence[Page]) -> AbstractImage | None:
    """The image `page.<field>` points at if it is public, loaded in one query with
    those of the page's siblings (the list it came in)."""

    def load(pages: Sequence[Page]) -> dict[int, AbstractImage | None]:
        ids = {getattr(p, f"{field}_id") for p in pages} - {None}
        images = get_image_model().objects.in_bulk(ids) if ids else {}
        return {p.pk: images.get(getattr(p, f"{field}_id")) for p in pages}

    image = load_with_siblings(
        ("image", type(page).__name__, field), page, siblings, load
    )
    return image if is_media_visible(image) else None


class Rendition(graphene.ObjectType):
    """One rendered size of an image."""

    url = graphene.String(required=True, description="URL of the rendered file.")
    width = graphene.Int(required=True, description="Width in pixels.")
    height = graphene.Int(required=True, description="Height in pixels.")


class Image(graphene.ObjectType):
    """An uploaded image (picture, icon, coat of arms)."""

    id = graphene.ID(required=True, description="Id of the image.")
    title = graphene.String(required=True, description="Title, usable as alt text.")
    width = graphene.Int(required=True, description="Original width in pixels.")
    height = graphene.Int(required=True, description="Original height in pixels.")
    rendition = graphene.Field(
        graphene.NonNull(Rendition),
        width=graphene.Int(description="One of the allowed widths."),
        height=graphene.Int(
            description="With width: one of the allowed crops (width × height)."
        ),
        format=ImageFormat(default_value="original"),
        description="The image in one allowed size and format.",
    )
    src_set = graphene.String(
        required=True,
        widths=graphene.List(
            graphene.NonNull(graphene.Int), description="Allowed widths."
        ),
        format=ImageFormat(default_value="original"),
        description="A srcset attribute value for responsive <img> tags.",
    )

    @staticmethod
    def resolve_rendition(image, info, width=None, height=None, format="original"):
        spec = filter_spec(width, height, format)
        rendition = renditions(info, image, [spec])[spec]
        return Rendition(
            url=rendition.full_url, width=rendition.width, height=rendition.height
        )

    @staticmethod
    def resolve_src_set(image, info, widths=None, format="original"):
        widths = (
            widths
            or [w for w in allowed_sizes() if w <= image.width]
            or [allowed_sizes()[0]]
        )
        if len(widths) > 10:
            raise BadUserInput("srcSet takes at most 10 widths.")
        specs = [filter_spec(width, None, format) for width in widths]
        made = renditions(info, image, specs)
        return ", ".join(f"{made[spec].full_url} {made[spec].width}w" for spec in specs)
