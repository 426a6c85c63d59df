"""Write the NSIS include files that install, and uninstall, exactly the bundle's files.

    python packaging/windows/file_lists.py BUNDLE OUTPUT_FOLDER

``install-files.nsh`` holds one ``File`` a file, under the ``SetOutPath`` of its folder;
``uninstall-files.nsh`` deletes those same files, then their folders deepest first with a
plain ``RMDir`` (a folder holding anything else is kept). The uninstaller thus removes
only what the installer wrote, whatever folder the administrator installed into; and an
upgrade, which first runs the previous version's uninstaller, leaves none of its files.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def windows(relative: PurePosixPath) -> str:
    return "$INSTDIR" + "".join("\\" + part for part in relative.parts)


def file_lists(bundle: Path) -> tuple[list[str], list[str]]:
    files = sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    if not files:
        raise SystemExit(f"no file in {bundle}")
    install, uninstall, folders = [], [], set()
    current = None
    for path in files:
        relative = PurePosixPath(path.relative_to(bundle).as_posix())
        if relative.parent != current:
            current = relative.parent
            install.append(f'SetOutPath "{windows(current)}"')
        install.append(f'File "{path.resolve()}"')
        uninstall.append(f'Delete "{windows(relative)}"')
        folders.update(p for p in relative.parents if p != PurePosixPath("."))
    for folder in sorted(folders, key=lambda p: (-len(p.parts), str(p))):
        uninstall.append(f'RMDir "{windows(folder)}"')
    install.append('SetOutPath "$INSTDIR"')
    return install, uninstall


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: file_lists.py BUNDLE OUTPUT_FOLDER", file=sys.stderr)
        return 2
    bundle, output = Path(argv[0]), Path(argv[1])
    install, uninstall = file_lists(bundle)
    output.mkdir(parents=True, exist_ok=True)
    # UTF-8 with a BOM: makensis then reads them as UTF-8 whatever the code page.
    for name, lines in (("install-files.nsh", install), ("uninstall-files.nsh", uninstall)):
        (output / name).write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    print(f"{len(uninstall)} lines to uninstall, in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
