"""The collector feed over HTTP (see feed.py); public, read-only, cacheable."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
)
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from . import feed, mapping


def _version(version: str) -> str:
    if version not in mapping.VERSIONS:
        raise Http404("Unbekannte XZuFi-Version")
    return version


@require_GET
def index(request: HttpRequest) -> JsonResponse:
    """The files a collector pulls: a full export per version and, with ?seit=, deltas."""
    since = request.GET.get("seit")
    files = []
    for version in mapping.VERSIONS:
        files.append(
            {
                "art": "voll",
                "xzufi_version": version,
                "url": request.build_absolute_uri(
                    reverse("xzufi-full", args=[version])
                ),
            }
        )
        if since:
            url = reverse("xzufi-delta", args=[version])
            files.append(
                {
                    "art": "delta",
                    "xzufi_version": version,
                    "seit": since,
                    "url": request.build_absolute_uri(
                        f"{url}?{urlencode({'seit': since})}"
                    ),
                }
            )
    return JsonResponse(
        {"erzeugt": timezone.now().isoformat(), "stand": feed.stamp(), "dateien": files}
    )


def _xml(text: str) -> HttpResponse:
    response = HttpResponse(text, content_type="application/xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_GET
def full(request: HttpRequest, version: str) -> HttpResponse:
    return _xml(feed.full(_version(version)))


@require_GET
def delta(request: HttpRequest, version: str) -> HttpResponse:
    try:
        since = datetime.fromisoformat(request.GET.get("seit", ""))
    except ValueError:
        return HttpResponseBadRequest("seit: Zeitpunkt im ISO-8601-Format erwartet")
    if timezone.is_naive(since):
        since = timezone.make_aware(since)
    return _xml(feed.delta(_version(version), since))
