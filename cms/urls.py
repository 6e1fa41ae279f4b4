"""URL map: admin, documents, the GraphQL endpoint, then Wagtail's page serving last."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from cms.compat import admin_url_overrides
from communes.views import PageUsageView
from graphql_schema.views import graphql_view

urlpatterns = [
    *admin_url_overrides("admin/"),
    # Wagtail's page usage view, naming the communes that adapt a central service
    # (same URL, so every „Verwendung“ link of the admin leads here).
    path(
        "admin/pages/<int:page_id>/usage/",
        never_cache(require_admin_access(PageUsageView.as_view())),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_view, name="graphql"),
    # The PVOG collector feed of XZuFi files (xzufi/feed.py).
    path(settings.XZUFI_FEED_PATH, include("xzufi.urls")),
]

if settings.BENCHMARK_ENDPOINTS:
    # Measuring aids of `manage.py benchmark`, by name: the product never imports them.
    urlpatterns += [path("", include("cms.loadtesting.urls"))]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
