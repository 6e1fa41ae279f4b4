"""Where wagtail-localize would bypass the „Sprachliche Prüfung“, it is narrowed here.

- „Übersetzte Seiten synchronisieren“ on a German page could publish every translation
  at once: its „publish“ option is switched off, so a sync only writes drafts.
- „Übersetzen“ offers only the languages where the user may add the translation (page
  permissions below the parent's translation), so a translator cannot start a draft in
  another edition, nor a commune's editor in another commune.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.views import submit_translations, update_translations


def user_locale_ids(user) -> set[int] | None:
    """Locales where `user` holds page permissions; None: all (superusers)."""
    if user.is_superuser:
        return None
    return set(
        GroupPagePermission.objects.filter(group__user=user).values_list(
            "page__locale_id", flat=True
        )
    )


def _update_form_init(original):
    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        field = self.fields["publish_translations"]
        field.disabled = True
        field.initial = False
        field.help_text = gettext_lazy(
            "Übersetzungen werden nur über die „Sprachliche Prüfung“ veröffentlicht; "
            "die Synchronisierung speichert Entwürfe."
        )

    return __init__


def translatable_locale_ids(page: Page, user) -> set[int] | None:
    """Locales `user` may translate `page` into: where they may add pages below the
    translation of its parent. So a translator works only in their language, and a
    commune's editors only in their commune's editions (None: all, superusers)."""
    if user.is_superuser:
        return None
    parent = page.get_parent()
    return {
        translation.locale_id
        for translation in parent.get_translations().specific()
        if translation.permissions_for_user(user).can_add_subpage()
    }


def _submit_get_form(original):
    def get_form(self):
        form = original(self)
        user = self.request.user
        if isinstance(self.object, Page):
            allowed = translatable_locale_ids(self.object, user)
        else:
            allowed = user_locale_ids(user)
        if allowed is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(id__in=allowed)
        return form

    return get_form


def apply() -> None:
    form = update_translations.UpdateTranslationsForm
    if not getattr(form, "_editions_patched", False):
        form.__init__ = _update_form_init(form.__init__)
        form._editions_patched = True
    view = submit_translations.SubmitTranslationView
    if not getattr(view, "_editions_patched", False):
        view.get_form = _submit_get_form(view.get_form)
        view._editions_patched = True
