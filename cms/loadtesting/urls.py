"""/api/v2/ (live public pages only) and /bench/ceiling/; included by `cms.urls` only
with BENCHMARK_ENDPOINTS=1."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from .views import PublicPagesAPIViewSet, ceiling

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)

urlpatterns = [
    path("api/v2/", router.urls),
    path("bench/ceiling/", ceiling, name="bench-ceiling"),
]
