"""Admin integration of the catalogue: service listing, concurrent-edit warnings, and
what editors of one tenant may see of another's (choosers, bulk actions, reports)."""

import django_filters
from django.utils import timezone
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Revision

from cms.tenancy import scoped_bulk_actions

from .models import Audience, ServicePage
from .selectors import choosable_pages_q


class ReviewDateColumn(Column):
    """A review date shown as a date, highlighted once it has passed."""

    cell_template_name = "catalogue/review_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["value"]
        context["overdue"] = bool(value) and value < timezone.localdate()
        return context


class ServiceFilterSet(PageListingViewSet.filterset_class):
    """Filter services by audience, review state and LeiKa key."""

    REVIEW_STATES = [("overdue", "Prüfung überfällig"), ("current", "Prüfung aktuell")]

    audience = django_filters.ChoiceFilter(label="Zielgruppe", choices=Audience.choices)
    review_state = django_filters.ChoiceFilter(
        label="Prüfstatus", choices=REVIEW_STATES, method="filter_review_state"
    )
    leika_key = django_filters.CharFilter(
        label="LeiKa-Schlüssel", lookup_expr="startswith"
    )

    class Meta:
        model = ServicePage
        fields = ["audience", "review_state", "leika_key"]

    def filter_review_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == "overdue":
            return queryset.filter(next_review__lt=today)
        if value == "current":
            return queryset.exclude(next_review__lt=today)
        return queryset


class ServiceIndexView(PageListingViewSet.index_view_class):
    list_export = [
        "title",
        "leika_key",
        "audience",
        "last_reviewed",
        "next_review",
        "url_path",
    ]


class ServiceListingViewSet(PageListingViewSet):
    """All central services in one list with their LeiKa key and review dates."""

    model = ServicePage
    icon = "list-ul"
    menu_label = "Leistungen"
    menu_order = 150
    add_to_admin_menu = True
    columns = PageListingViewSet.columns + [
        Column("leika_key", label="LeiKa-Schlüssel", sort_key="leika_key"),
        Column("get_audience_display", label="Zielgruppe", sort_key="audience"),
        ReviewDateColumn(
            "next_review",
            label="Nächste Prüfung",
            sort_key="next_review",
            classname="ll-review-date",
        ),
    ]
    filterset_class = ServiceFilterSet
    index_view_class = ServiceIndexView


@hooks.register("register_admin_viewset")
def register_service_listing():
    return ServiceListingViewSet("services")


def saved_by_someone_else(request, page) -> Revision | None:
    """The revision someone else saved after this editor loaded the page, if any.

    The same rule as Wagtail's own autosave check (EditView.is_out_of_date): an autosave
    names the editor's own autosaved revision (`overwrite_revision_id`), a full save the
    revision the form was loaded with — kept current after each own autosave by
    cms/static/cms/js/own-revision.js. Either way only a newer revision is a conflict.
    """
    latest = page.get_latest_revision()
    if latest is None:
        return None
    own = request.POST.get("overwrite_revision_id")
    if own:
        return None if own == str(latest.pk) else latest
    loaded = request.POST.get("loaded_revision_id")
    if not loaded:
        return None
    if loaded != str(latest.pk):
        return latest
    # Same revision, but autosaved over by another session since it was loaded.
    loaded_at = request.POST.get("loaded_revision_created_at")
    if loaded_at and loaded_at != latest.created_at.isoformat():
        return latest
    return None


@hooks.register("before_edit_page")
def remember_concurrent_save(request, page) -> None:
    """Note when someone else saved the page after this editor opened it."""
    if request.method != "POST":
        return
    revision = saved_by_someone_else(request, page)
    if revision is not None:
        request.concurrent_revision = revision


@hooks.register("after_edit_page")
def warn_about_concurrent_save(request, page) -> None:
    # Wagtail keeps every revision, so nothing is lost; the editor must still know that
    # their save superseded a colleague's newer one.
    revision = getattr(request, "concurrent_revision", None)
    if revision is None:
        return
    who = revision.user.get_username() if revision.user else "jemand anderes"
    messages.warning(
        request,
        f"Achtung: {who} hat diese Seite am "
        f"{timezone.localtime(revision.created_at):%d.%m.%Y um %H:%M} Uhr gespeichert, "
        "nachdem Sie sie geöffnet hatten. Ihre Fassung ist jetzt die aktuelle; die "
        "Fassung Ihrer Kollegin oder Ihres Kollegen finden Sie in der Versionsgeschichte.",
    )


@hooks.register("construct_page_chooser_queryset")
def choose_only_own_and_central_pages(pages, request):
    """Browse and search of the page chooser: own tree and the live catalogue."""
    allowed = choosable_pages_q(request.user)
    return pages if allowed is None else pages.filter(allowed)


# After Wagtail's own registrations (order 0), so these replace them by action type.
for _action in scoped_bulk_actions():
    hooks.register("register_bulk_action", _action, order=10)


@hooks.register("construct_reports_menu")
def hide_platform_reports(request, menu_items):
    """The page types report spans all tenants: platform admins only (cms/compat.py)."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
