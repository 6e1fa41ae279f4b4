"""Where a user translates: the German trees whose editions they may write.

An edition of a tree is its translation below the root (`/portal-hsb/…`, a commune's
`/radebeul-hsb/…`); the groups that translate hold their page permissions there. So the
German tree behind each such permission, with the languages of the permissions, is what
the user translates: central translators the catalogue, a commune's editors their own
commune — never another commune's pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import GroupPagePermission, Locale, Page

from catalogue.models import CatalogueRootPage, LifeSituationPage, ServicePage

from .languages import source_language
from .outdated import OutdatedTranslation, outdated_translations

# Codenames that let a group write pages of an edition (see services.py).
WRITING_PERMISSIONS = ("add_page", "change_page")
# Lists are for reading, not for paging through a whole catalogue.
MAX_ROWS = 200


@dataclass
class TranslationArea:
    """A German tree and the editions of it the user may write."""

    root: Page
    locales: list[Locale] = field(default_factory=list)

    @property
    def central(self) -> bool:
        return isinstance(self.root.specific, CatalogueRootPage)

    @property
    def title(self) -> str:
        return "Zentraler Katalog" if self.central else self.root.title

    def contains(self, page: Page) -> bool:
        return page.path.startswith(self.root.path)

    def pages(self, query: str = "") -> list[Page]:
        """The German pages to translate: services and life situations of the
        catalogue; a commune's own pages (adaptations, content pages), without the
        index pages its edition's tree has already."""
        german = Locale.objects.get(language_code=source_language())
        models = (ServicePage, LifeSituationPage) if self.central else (Page,)
        pages: list[Page] = []
        for model in models:
            queryset = model.objects.descendant_of(self.root).filter(locale=german)
            if query:
                queryset = queryset.filter(title__icontains=query)
            if model is Page:
                queryset = queryset.order_by("path").specific()
            else:
                queryset = queryset.order_by("title")
            pages += [
                page
                for page in queryset[:MAX_ROWS]
                if not type(page).__name__.endswith("IndexPage")
            ]
        return pages


def translation_areas(user) -> list[TranslationArea]:
    """The areas `user` translates, the catalogue first, then communes by name."""
    german = Locale.objects.get(language_code=source_language())
    editions = Page.objects.exclude(locale=german)
    if user.is_superuser:
        # Every edition's tree: translations of the roots beside the German ones.
        roots = list(editions.filter(depth=2))
    else:
        granted = GroupPagePermission.objects.filter(
            group__user=user, permission__codename__in=WRITING_PERMISSIONS
        ).values("page_id")
        roots = list(editions.filter(pk__in=granted))
    if not roots:
        return []
    sources = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale=german, translation_key__in={root.translation_key for root in roots}
        )
    }
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    areas: dict[int, TranslationArea] = {}
    for root in roots:
        source = sources.get(root.translation_key)
        if source is None:
            continue
        area = areas.setdefault(source.pk, TranslationArea(source))
        if root.locale_id not in {locale.pk for locale in area.locales}:
            area.locales.append(locales[root.locale_id])
    for area in areas.values():
        area.locales.sort(key=lambda locale: locale.language_code)
    return sorted(areas.values(), key=lambda area: (not area.central, area.title))


def outdated_in_areas(areas: list[TranslationArea]) -> list[OutdatedTranslation]:
    """Outdated translations of the areas' pages into the areas' languages."""
    locale_ids = {locale.pk for area in areas for locale in area.locales}
    if not locale_ids:
        return []
    return [
        item
        for item in outdated_translations(locale_ids)
        if any(
            area.contains(item.source_page)
            and item.translation.target_locale_id
            in {locale.pk for locale in area.locales}
            for area in areas
        )
    ]
