"""The base admin form of every page: chosen images and documents must be the editor's."""

from __future__ import annotations

from collections import defaultdict

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import QueryDict
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.permission_policies.base import ModelPermissionPolicy


def media_kinds() -> list[tuple[type[models.Model], ModelPermissionPolicy, str]]:
    """(model, permission policy, German noun) of the media an editor can choose."""
    return [
        (get_image_model(), image_policy, "Bild"),
        (get_document_model(), document_policy, "Dokument"),
    ]


def chosen_media(field: models.Field, value) -> set[tuple[type, int]]:
    """Images and documents a field's value refers to, as (model, id) pairs.

    Foreign keys directly; StreamFields and rich text through Wagtail's reference
    extraction (the one the reference index uses), so chooser blocks at any depth count.
    """
    media_models = [model for model, _policy, _noun in media_kinds()]
    if value in (None, ""):
        return set()
    if isinstance(field, models.ForeignKey):
        model = field.related_model
        if not isinstance(model, type) or not issubclass(model, tuple(media_models)):
            return set()
        pk = value.pk if isinstance(value, models.Model) else value
        return {(model, int(pk))}
    extract = getattr(field, "extract_references", None)
    if extract is None:
        return set()
    found = set()
    for model, object_id, _model_path, _content_path in extract(value):
        for media_model in media_models:
            if issubclass(model, media_model) and str(object_id).isdigit():
                found.add((media_model, int(object_id)))
    return found


class MediaCheckedPageForm(WagtailAdminPageForm):
    """Refuses images and documents from collections the editor may not choose from.

    The choosers only offer the editor's own collections, but a form post can carry
    any id. Only newly chosen items are checked: an image a platform admin placed on
    the page stays when an editor saves other changes.
    """

    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return cleaned_data
        new_by_field: dict[str, set[tuple[type, int]]] = {}
        for name in self.fields:
            try:
                field = self._meta.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            chosen = chosen_media(field, cleaned_data.get(name))
            if chosen and self.instance.pk:
                chosen -= chosen_media(field, field.value_from_object(self.instance))
            if chosen:
                new_by_field[name] = chosen
        if new_by_field:
            self.refuse_foreign_media(user, new_by_field)
        return cleaned_data

    def refuse_foreign_media(
        self, user, new_by_field: dict[str, set[tuple[type, int]]]
    ) -> None:
        wanted: dict[type, set[int]] = defaultdict(set)
        for chosen in new_by_field.values():
            for model, pk in chosen:
                wanted[model].add(pk)
        allowed: set[tuple[type, int]] = set()
        for model, policy, _noun in media_kinds():
            if wanted[model]:
                ids = policy.instances_user_has_any_permission_for(
                    user, ["choose"]
                ).filter(pk__in=wanted[model])
                allowed |= {(model, pk) for pk in ids.values_list("pk", flat=True)}
        nouns = {model: noun for model, _policy, noun in media_kinds()}
        for name, chosen in new_by_field.items():
            refused = sorted(chosen - allowed, key=lambda item: item[1])
            if not refused:
                continue
            label = self.fields[name].label or name
            # Only the id: the title of another commune's private file is not shown.
            items = ", ".join(f"{nouns[model]} Nr. {pk}" for model, pk in refused)
            message = (
                f"Feld „{label}“: {items} liegt in einer Sammlung, aus der Sie nicht "
                "auswählen dürfen. Bitte wählen Sie eine Datei aus der Sammlung Ihrer "
                "Redaktion."
            )
            if isinstance(self.fields[name], forms.ModelChoiceField):
                self.add_error(name, message)
            else:
                # Errors of a StreamField are shown per block; a form-wide error
                # names the field instead.
                self.add_error(None, message)
            self.forget_choice(name, {str(pk) for _model, pk in refused})

    def forget_choice(self, name: str, ids: set[str]) -> None:
        """Drop refused ids from the posted data, so the re-shown form cannot show them.

        Chooser widgets render the title and thumbnail of whatever id they are given.
        In a StreamField, chooser values are posted as `<field>-<n>-value[-<child>]`;
        a text block holding exactly the same number would be emptied too, which only
        affects the form shown with this error.
        """
        data: QueryDict = self.data.copy()  # type: ignore[has-type]
        for key in list(data.keys()):
            is_value = key == name or (key.startswith(f"{name}-") and "-value" in key)
            if is_value and data.get(key) in ids:
                data[key] = ""
        self.data = data
