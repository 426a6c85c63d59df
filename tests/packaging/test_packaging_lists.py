"""The lists the installers are built from: the Linux bundle's allow-list refuses a file
nobody decided to ship, and the Windows uninstaller deletes exactly what was installed.
(Plain Python: the packaging tools themselves are not needed.)"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(relative: str):
    spec = importlib.util.spec_from_file_location(Path(relative).stem, PACKAGING / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_bundle = load("linux/check_bundle.py")
file_lists = load("windows/file_lists.py")


def make_bundle(root: Path, names: list[str]) -> Path:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    return root


def test_a_file_not_on_the_allow_list_fails_the_check(tmp_path, capsys):
    bundle = make_bundle(
        tmp_path / "bundle",
        [
            "fabrique-desktop",
            "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
            "_internal/PySide6/Qt/plugins/platforminputcontexts/libQtVirtualKeyboardPlugin.so",
        ],
    )
    listing = tmp_path / "list.txt"
    listing.write_text("# comment\nfabrique-desktop\n_internal/*/platforms/libqxcb.so\nold.so\n")

    assert check_bundle.main([str(bundle), str(listing)]) == 1
    out = capsys.readouterr().out
    assert "NOT ON THE ALLOW-LIST: _internal/PySide6/Qt/plugins/platforminputcontexts/" in out
    assert "matching nothing (remove it?): old.so" in out
    assert "ALLOW-LIST: _internal/PySide6/Qt/plugins/platforms/libqxcb.so" not in out


def test_links_count_as_their_target_and_a_broken_one_fails(tmp_path):
    bundle = make_bundle(tmp_path / "bundle", ["lib/libQt6Core.so.6"])
    (bundle / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    (bundle / "libavif.so.16").symlink_to("lib/libavif.so.16")

    files = check_bundle.bundle_files(bundle)

    assert files == ["lib/libQt6Core.so.6", "libavif.so.16 (broken link)"]
    assert check_bundle.compare(files, ["lib/*"]) == (["libavif.so.16 (broken link)"], [])


def test_the_shipped_allow_list_names_no_excluded_plugin():
    patterns = check_bundle.read_patterns(PACKAGING / "linux" / "bundle-contents.txt")
    banned = (
        "tls",
        "networkinformation",
        "vnc",
        "eglfs",
        "linuxfb",
        "virtualkeyboard",
        "wayland",
        "gtk",
        "/generic/",
    )
    assert patterns
    assert [p for p in patterns if any(word in p.lower() for word in banned)] == []


def test_the_uninstaller_deletes_each_installed_file_then_its_folders(tmp_path):
    bundle = make_bundle(
        tmp_path / "bundle",
        ["fabrique-desktop.exe", "_internal/PySide6/Qt/qtbase_fr.qm", "_internal/é à.txt"],
    )
    install, uninstall = file_lists.file_lists(bundle)

    installed = [line for line in install if line.startswith("File ")]
    assert len(installed) == 3
    assert 'SetOutPath "$INSTDIR\\_internal\\PySide6\\Qt"' in install
    assert install[-1] == 'SetOutPath "$INSTDIR"'
    assert uninstall == [
        'Delete "$INSTDIR\\_internal\\PySide6\\Qt\\qtbase_fr.qm"',
        'Delete "$INSTDIR\\_internal\\é à.txt"',
        'Delete "$INSTDIR\\fabrique-desktop.exe"',
        'RMDir "$INSTDIR\\_internal\\PySide6\\Qt"',
        'RMDir "$INSTDIR\\_internal\\PySide6"',
        'RMDir "$INSTDIR\\_internal"',
    ]
    assert not any("/r" in line for line in uninstall)


def test_the_lists_are_written_with_a_bom_for_makensis(tmp_path):
    bundle = make_bundle(tmp_path / "bundle", ["Désinstaller.txt"])

    assert file_lists.main([str(bundle), str(tmp_path / "out")]) == 0

    raw = (tmp_path / "out" / "uninstall-files.nsh").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Désinstaller.txt" in raw.decode("utf-8-sig")
