"""Images with client-chosen renditions, limited to an allow-list of sizes and formats."""

from __future__ import annotations

import graphene
from django.conf import settings
from PIL import features

from .errors import BadUserInput


class ImageFormat(graphene.Enum):
    """Output format of a rendition; ORIGINAL keeps the uploaded format."""

    ORIGINAL = "original"
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"


def allowed_sizes() -> list[int]:
    return settings.GRAPHQL_IMAGE_SIZES


def filter_spec(width: int | None, height: int | None, image_format: str | None) -> str:
    """A Wagtail filter spec built only from allowed sizes and formats."""
    for name, value in (("width", width), ("height", height)):
        if value is not None and value not in allowed_sizes():
            raise BadUserInput(
                f"{name} must be one of {', '.join(map(str, allowed_sizes()))}, "
                f"got {value}."
            )
    if width and height:
        spec = f"fill-{width}x{height}"
    elif width:
        spec = f"width-{width}"
    elif height:
        spec = f"height-{height}"
    else:
        spec = "original"
    image_format = getattr(image_format, "value", image_format)
    if image_format and image_format != "original":
        if not features.check(image_format if image_format != "jpeg" else "jpg"):
            raise BadUserInput(f"format {image_format.upper()} is not available here.")
        spec += f"|format-{image_format}"
    return spec


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
        width=graphene.Int(description="One of the allowed sizes."),
        height=graphene.Int(
            description="One of the allowed sizes; with width: cropped."
        ),
        format=ImageFormat(default_value="original"),
        description="The image in one allowed size and format.",
    )
    src_set = graphene.String(
        required=True,
        widths=graphene.List(
            graphene.NonNull(graphene.Int), description="Allowed sizes."
        ),
        format=ImageFormat(default_value="original"),
        description="A srcset attribute value for responsive <img> tags.",
    )

    @staticmethod
    def resolve_rendition(image, info, width=None, height=None, format="original"):
        rendition = image.get_rendition(filter_spec(width, height, format))
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
        renditions = image.get_renditions(*specs)
        return ", ".join(
            f"{renditions[spec].full_url} {renditions[spec].width}w" for spec in specs
        )
