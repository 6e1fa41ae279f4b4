"""URL map: admin, documents, the GraphQL endpoint, then Wagtail's page serving last."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.compat import admin_url_overrides
from graphql_schema.views import graphql_view

urlpatterns = [
    *admin_url_overrides("admin/"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_view, name="graphql"),
]

if settings.BENCHMARK_ENDPOINTS:
    # Measuring aids of `manage.py benchmark`, by name: the product never imports them.
    urlpatterns += [path("", include("cms.loadtesting.urls"))]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
