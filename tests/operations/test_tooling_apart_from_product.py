"""The load and benchmark tooling stays apart from the product: nothing in the product
imports it, and its endpoints and headers are off unless BENCHMARK_ENDPOINTS is set."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("cms", "catalogue", "communes", "graphql_schema")
TOOLING = "cms.loadtesting"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, module: str) -> set[str]:
    """Every module that `path`, the source of `module`, imports (relative imports
    resolved)."""
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names |= {f"{module}.{alias.name}" for alias in node.names}
    return names


def product_files() -> list[Path]:
    files = [
        path
        for top in PRODUCT
        for path in (ROOT / top).rglob("*.py")
        if not module_name(path).startswith(TOOLING)
    ]
    assert len(files) > 50  # the whole product is looked at, not an empty folder
    return files


def test_no_product_module_imports_the_tooling():
    offenders = {
        module_name(path): sorted(
            name
            for name in imported_modules(path, module_name(path))
            if name == TOOLING or name.startswith(TOOLING + ".")
        )
        for path in product_files()
    }
    assert {name: hits for name, hits in offenders.items() if hits} == {}


def test_the_import_check_sees_relative_imports_of_the_tooling(tmp_path):
    # cms/urls.py importing `from .loadtesting import urls` must be caught too.
    probe = tmp_path / "urls.py"
    probe.write_text("from .loadtesting import urls\nimport cms.loadtesting.views\n")
    assert imported_modules(probe, "cms.urls") >= {
        "cms.loadtesting",
        "cms.loadtesting.urls",
        "cms.loadtesting.views",
    }


@pytest.mark.django_db
def test_benchmark_endpoints_and_headers_are_off_by_default(client):
    assert settings.BENCHMARK_ENDPOINTS is False
    assert client.get("/api/v2/pages/").status_code == 404
    assert client.get("/bench/ceiling/").status_code == 404
    response = client.post(
        "/graphql/", {"query": "{ __typename }"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert "X-SQL-Queries" not in response.headers
    assert "X-Server-Time-Ms" not in response.headers
