"""Build ``communes.json.gz``, the official list of communes shipped with the app.

The source is Etalab's « découpage administratif » (MIT licence), published on npm as
``@etalab/decoupage-administratif``. The app never fetches it at run time (offices work
offline): a developer runs this script when a new edition comes out, checks the counts
it prints, and commits the result.

    python resources/reference/build_communes.py            # npm pack the latest edition
    python resources/reference/build_communes.py PACKAGE.tgz  # or a tarball already fetched

Kept: current communes and the municipal arrondissements of Paris, Lyon and Marseille
(the « communes déléguées » and « associées » of merged communes are not communes any
more and are left out), the EPCI with their member communes, and the départements.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif"
OUTPUT = Path(__file__).with_name("communes.json.gz")
KEPT_KINDS = {"commune-actuelle", "arrondissement-municipal"}


def fetch_package(folder: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE], cwd=folder, check=True, capture_output=True)
    return next(folder.glob("*.tgz"))


def read_member(archive: tarfile.TarFile, name: str):
    return json.load(archive.extractfile(f"package/{name}"))


def build(tarball: Path) -> dict:
    with tarfile.open(tarball) as archive:
        version = read_member(archive, "package.json")["version"]
        communes = read_member(archive, "data/communes.json")
        epcis = read_member(archive, "data/epci.json")
        departements = read_member(archive, "data/departements.json")
    kept = sorted((c for c in communes if c["type"] in KEPT_KINDS), key=lambda c: c["code"])
    known = {c["code"] for c in kept}
    return {
        "source": f"{PACKAGE} {version}",
        # [code, name]
        "departements": [[d["code"], d["nom"]] for d in departements],
        # [code, name, [member INSEE codes]]
        "epci": [
            [e["code"], e["nom"], [m["code"] for m in e["membres"] if m["code"] in known]]
            for e in sorted(epcis, key=lambda e: e["nom"])
        ],
        # [INSEE code, name, département, [postal codes], population or null]
        "communes": [
            [
                c["code"],
                c["nom"],
                c.get("departement", ""),
                c.get("codesPostaux", []),
                c.get("population"),
            ]
            for c in kept
        ],
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        tarball = Path(sys.argv[1]) if len(sys.argv) > 1 else fetch_package(Path(scratch))
        data = build(tarball)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # mtime=0: the same edition always gives the same bytes (a clean diff).
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    print(
        f"{data['source']}: {len(data['communes'])} communes, {len(data['epci'])} EPCI, "
        f"{len(data['departements'])} départements → {OUTPUT.name} "
        f"({OUTPUT.stat().st_size // 1024} Kio)"
    )


if __name__ == "__main__":
    main()
