"""Link lists (forms, online services) name web addresses and public documents, in
their order (catalogue/blocks.py skips the document lookup for links without one)."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from catalogue.models import ServicePage

pytestmark = pytest.mark.django_db

KEY = "99115001001000"
QUERY = f'{{ service(leikaKey: "{KEY}") {{ forms {{ title url }} }} }}'


def test_addresses_and_documents_are_listed_in_order(graphql):
    document = get_document_model()(
        title="Antrag", collection=Collection.get_first_root_node()
    )
    document.file.save("antrag.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    service = ServicePage.objects.get(leika_key=KEY, locale__language_code="de")
    service.forms = [
        {"type": "link", "value": {"title": "Web", "url": "https://example.org/a"}},
        {"type": "link", "value": {"title": "PDF", "url": "", "document": document.pk}},
    ]
    service.save_revision().publish()

    forms = graphql(QUERY).data["service"]["forms"]

    assert [link["title"] for link in forms] == ["Web", "PDF"]
    assert forms[0]["url"] == "https://example.org/a"
    assert forms[1]["url"] == document.url
