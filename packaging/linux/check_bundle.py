"""Compare a frozen bundle with its allow-list: fail on any file the list does not name.

    python3 packaging/linux/check_bundle.py BUNDLE packaging/linux/bundle-contents.txt

The list holds one pattern a line (``fnmatch``: ``*`` also crosses ``/``), paths relative
to the bundle; ``#`` starts a comment. A file no pattern matches fails the check (the
bundle grew with something nobody decided to ship); a pattern that matches nothing is
reported too, so that the list does not keep what the bundle lost.
"""

from __future__ import annotations

import sys
from fnmatch import fnmatchcase
from pathlib import Path


def read_patterns(listing: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in listing.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def bundle_files(bundle: Path) -> list[str]:
    """The bundle's files; a link (PyInstaller puts some beside the libraries) counts as
    the file it points to, and one pointing nowhere, or out of the bundle, as itself."""
    files = set()
    for path in bundle.rglob("*"):
        if path.is_symlink():
            target = path.resolve()
            inside = target.is_file() and target.is_relative_to(bundle.resolve())
            files.add(
                target.relative_to(bundle.resolve()).as_posix()
                if inside
                else f"{path.relative_to(bundle).as_posix()} (broken link)"
            )
        elif path.is_file():
            files.add(path.relative_to(bundle).as_posix())
    return sorted(files)


def compare(files: list[str], patterns: list[str]) -> tuple[list[str], list[str]]:
    """The files no pattern allows, and the patterns no file matches."""
    unexpected = [f for f in files if not any(fnmatchcase(f, p) for p in patterns)]
    unused = [p for p in patterns if not any(fnmatchcase(f, p) for f in files)]
    return unexpected, unused


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_bundle.py BUNDLE LIST", file=sys.stderr)
        return 2
    bundle, listing = Path(argv[0]), Path(argv[1])
    files = bundle_files(bundle)
    unexpected, unused = compare(files, read_patterns(listing))
    for pattern in unused:
        print(f"allow-list entry matching nothing (remove it?): {pattern}")
    for name in unexpected:
        print(f"NOT ON THE ALLOW-LIST: {name}")
    if unexpected:
        print(f"{len(unexpected)} file(s) not on {listing}: drop them in the spec or list them.")
        return 1
    print(f"bundle matches {listing}: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
