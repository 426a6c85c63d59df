"""The project's promises to a newcomer: the README's commands are the ones CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    first_block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return [line for line in first_block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_opens_with_the_two_commands():
    run_app, run_tests = readme_commands()
    assert run_app.endswith("fabrique-desktop")
    assert run_tests.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    _, run_tests = readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert run_tests in ci_lines


def test_every_package_is_installed_by_pip():
    """The package list is explicit (resources/ is mapped in): a new package must join it,
    or `pip install .` ships an application that cannot import its own screens."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "fabrique_desktop").rglob("__init__.py")
    }
    assert found <= listed, found - listed
