"""Object types of the public catalogue API, by domain, as grapple splits its own.

`nodes` holds what they resolve from (a page and the list it came in), `catalogue` life
situations and services, `communes` communes and offices, `media` images.
"""

from .catalogue import (
    Audience,
    Fee,
    LifeSituation,
    LifeSituationList,
    Link,
    SearchHit,
    Service,
    ServiceList,
)
from .communes import Authority, Commune, CommuneKind, CommuneList
from .media import Image, ImageFormat, Rendition

__all__ = [
    "Audience",
    "Authority",
    "Commune",
    "CommuneKind",
    "CommuneList",
    "Fee",
    "Image",
    "ImageFormat",
    "LifeSituation",
    "LifeSituationList",
    "Link",
    "Rendition",
    "SearchHit",
    "Service",
    "ServiceList",
]
