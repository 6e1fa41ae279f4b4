"""Template filters for showing editors' content inside the admin and its previews."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeString, mark_safe
from wagtail.whitelist import Whitelister

register = template.Library()


@register.filter
def sanitised_html(html: str | None) -> SafeString:
    """Rich text as HTML with only harmless elements and attributes left.

    The admin shows texts that came from importers and other teams; it runs on the
    admin's origin, so nothing from them may carry scripts, handlers or foreign frames.
    """
    return mark_safe(Whitelister().clean(html or ""))


@register.filter
def euro(amount: Decimal | float | None) -> str:
    """An amount in German notation with the euro sign: „49,50 €“."""
    if amount is None:
        return ""
    return f"{floatformat(amount, '2g')} €"
