"""Renditions a client may ask for: a small fixed set of sizes and formats, made within
the request's budget and deadline (the Image type: types/media.py)."""

from __future__ import annotations

from typing import cast

from django.conf import settings
from PIL import features
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

from . import deadline
from .errors import BadUserInput, QueryTooComplex


def allowed_filters() -> list[str]:
    """The filter specs grapple's own image fields may render."""
    return cast(list[str], settings.GRAPPLE["ALLOWED_IMAGE_FILTERS"])


def allowed_sizes() -> list[int]:
    return settings.GRAPHQL_IMAGE_SIZES


def _crops() -> list[tuple[int, int]]:
    return [(int(width), int(height)) for width, height in settings.GRAPHQL_IMAGE_CROPS]


def filter_spec(width: int | None, height: int | None, image_format: str | None) -> str:
    """A Wagtail filter spec from the fixed set of renditions (README "Images")."""
    if height is not None and (width, height) not in _crops():
        crops = ", ".join(f"{w}x{h}" for w, h in _crops())
        raise BadUserInput(
            f"width × height must be one of {crops}, got {width}x{height}."
        )
    if width is not None and height is None and width not in allowed_sizes():
        raise BadUserInput(
            f"width must be one of {', '.join(map(str, allowed_sizes()))}, got {width}."
        )
    if width and height:
        spec = f"fill-{width}x{height}"
    elif width:
        spec = f"width-{width}"
    else:
        spec = "original"
    image_format = getattr(image_format, "value", image_format)
    if image_format and image_format != "original":
        if image_format == "avif" and not (
            width and width <= settings.GRAPHQL_IMAGE_AVIF_MAX_WIDTH
        ):
            raise BadUserInput(
                "format AVIF is made only up to width "
                f"{settings.GRAPHQL_IMAGE_AVIF_MAX_WIDTH} (it is slow to encode); "
                "use WEBP for larger sizes."
            )
        if not features.check(image_format if image_format != "jpeg" else "jpg"):
            raise BadUserInput(f"format {image_format.upper()} is not available here.")
        spec += f"|format-{image_format}"
    return spec


def renditions(
    info, image: AbstractImage, specs: list[str]
) -> dict[str, AbstractRendition]:
    """The image's renditions for `specs`: existing ones, and new ones within limits.

    A request makes at most GRAPHQL_MAX_NEW_RENDITIONS new files, each only while the
    operation's deadline has not passed (an AVIF file can take seconds).
    """
    filters = {spec: Filter(spec=spec) for spec in specs}
    found = image.find_existing_renditions(*filters.values())
    result = {spec: found[f] for spec, f in filters.items() if f in found}
    state = deadline.current(info.context)
    for spec, missing in filters.items():
        if spec in result:
            continue
        if state is not None:
            if state.new_renditions >= settings.GRAPHQL_MAX_NEW_RENDITIONS:
                raise QueryTooComplex(
                    f"At most {settings.GRAPHQL_MAX_NEW_RENDITIONS} new image sizes are "
                    "made per request; repeat the request for the others."
                )
            deadline.check(info.context)
            state.new_renditions += 1
        result[spec] = image.create_renditions(missing)[missing]
    return result


def grapple_rendition(image: AbstractImage, info, **kwargs) -> AbstractRendition:
    """grapple's `ImageObjectType.rendition`, within the same allow-list and limits."""
    kwargs.pop("preserve_svg", None)
    spec = "|".join(f"{key}-{value}" for key, value in kwargs.items())
    allowed = allowed_filters()
    if spec not in allowed:
        raise BadUserInput(
            f"rendition takes one of {', '.join(allowed)}, got '{spec[:40]}'."
        )
    return renditions(info, image, [spec])[spec]


def grapple_src_set(
    image: AbstractImage, info, sizes: list[int] | None = None, format=None, **_kwargs
) -> str:
    """grapple's `ImageObjectType.srcSet`, within the same allow-list and limits."""
    suffix = f"|format-{format}" if format else ""
    allowed = allowed_filters()
    specs = [f"width-{size}{suffix}" for size in sizes or []]
    specs = [spec for spec in specs if spec in allowed]
    made = renditions(info, image, specs)
    return ", ".join(f"{made[spec].full_url} {made[spec].width}w" for spec in specs)
