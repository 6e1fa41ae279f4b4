"""Fetch GraphiQL and the scripts it needs once from the npm registry into
cms/static/vendor/graphiql, so /graphql/ works without internet access (`make
graphiql-assets`; commit the result). Nothing is downloaded at run time."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from graphene_django.views import GraphQLView

TARGET = Path(settings.BASE_DIR) / "cms" / "static" / "vendor" / "graphiql"
V = GraphQLView
# (npm package, version, files in its tarball, graphene-django's SRI hashes of them):
# the versions graphene-django's own GraphiQL page loads from a CDN, checked against
# the same integrity hashes.
ASSETS = [
    ("whatwg-fetch", V.whatwg_fetch_version, {"dist/fetch.umd.js": V.whatwg_fetch_sri}),
    ("react", V.react_version, {"umd/react.production.min.js": V.react_sri}),
    (
        "react-dom",
        V.react_version,
        {"umd/react-dom.production.min.js": V.react_dom_sri},
    ),
    (
        "graphiql",
        V.graphiql_version,
        {"graphiql.min.js": V.graphiql_sri, "graphiql.min.css": V.graphiql_css_sri},
    ),
    (
        "graphql-ws",
        V.subscriptions_transport_ws_version,
        {"umd/graphql-ws.min.js": V.subscriptions_transport_ws_sri},
    ),
    (
        "@graphiql/plugin-explorer",
        V.graphiql_plugin_explorer_version,
        {
            "dist/graphiql-plugin-explorer.umd.js": V.graphiql_plugin_explorer_sri,
            "dist/style.css": V.graphiql_plugin_explorer_css_sri,
        },
    ),
]


# `//# sourceMappingURL=…` (scripts) and `/*# sourceMappingURL=… */` (styles): the maps
# are not shipped, and collectstatic's manifest would look for them.
SOURCE_MAP = re.compile(
    rb"(//# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ ?\*/)\s*$"
)


def sri(content: bytes) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(content).digest()).decode()


class Command(BaseCommand):
    help = (
        "Vendor GraphiQL's pinned assets from the npm registry (make graphiql-assets)."
    )

    def handle(self, *args, **options) -> None:
        manifest = {}
        with tempfile.TemporaryDirectory() as tmp:
            for package, version, files in ASSETS:
                spec = f"{package}@{version}"
                result = subprocess.run(
                    ["npm", "pack", spec, "--json", "--pack-destination", tmp],
                    capture_output=True,
                    text=True,
                )
                if result.returncode != 0:
                    raise CommandError(f"npm pack {spec} failed: {result.stderr}")
                tarball = Path(tmp) / json.loads(result.stdout)[0]["filename"]
                with tarfile.open(tarball) as archive:
                    for name, expected in files.items():
                        member = archive.extractfile(f"package/{name}")
                        if member is None:
                            raise CommandError(f"{spec}: {name} is not a file")
                        content = member.read()
                        if sri(content) != expected:
                            raise CommandError(f"{spec}/{name}: integrity mismatch")
                        content = SOURCE_MAP.sub(b"", content)
                        path = TARGET / package / name
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.write_bytes(content)
                manifest[package] = version
                self.stdout.write(f"{spec}: {', '.join(files)}")
        (TARGET / "versions.json").write_text(json.dumps(manifest, indent=2) + "\n")
