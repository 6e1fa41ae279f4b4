"""Points of comparison for the benchmark; mounted only with BENCHMARK_ENDPOINTS=1.

None of this is a public API; production never switches it on (Wagtail's API app and
Django REST framework are installed only with that setting, see `urls.py`).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from wagtail.api.v2.views import PagesAPIViewSet

from cms.visibility import visible_pages


def ceiling(request: HttpRequest) -> JsonResponse:
    """The cheapest JSON answer the stack can give: no database, no cache."""
    return JsonResponse({"ok": True})


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint behind our visibility rule.

    Wagtail's own rule lets a logged-in editor see pages restricted to their groups;
    this endpoint shows what anonymous citizens see, whoever asks.
    """

    def get_base_queryset(self) -> QuerySet:
        return visible_pages(super().get_base_queryset())
