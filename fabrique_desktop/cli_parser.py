"""The command line's argument parser, in French from its help to its refusals.

argparse writes its headings and its errors in English and answers a mistake with two
lines (the usage, then ``error: …``). A user of the command gets instead the help in
French and, for a mistyped command, one French line and exit code 2, like every other
refusal of the command line.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: argparse's messages (its templates, as its source spells them) and their French.
#: A value argparse quotes with ``%r`` is shown between guillemets instead.
MESSAGES = {
    "argument %(argument_name)s: %(message)s": "{argument_name} : {message}",
    "the following arguments are required: %s": "il manque {0}",
    "one of the arguments %s is required": "il faut l'une de ces options : {0}",
    "not allowed with argument %s": "impossible avec {0}",
    "expected one argument": "il faut lui donner une valeur",
    "expected at most one argument": "il faut lui donner au plus une valeur",
    "expected at least one argument": "il faut lui donner au moins une valeur",
    "unrecognized arguments: %s": "arguments inconnus : {0}",
    "invalid %(type)s value: %(value)r": "valeur refusée : {value}",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix inconnu : {value} "
    "(au choix : {choices})",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : {option} "
    "peut désigner {matches}",
    "ignored explicit argument %r": "valeur en trop : {0}",
}

_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?([sr])")


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that recognises ``template`` once formatted."""
    parts, position, anonymous = [], 0, 0
    for placeholder in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : placeholder.start()]))
        name = placeholder.group(1) or f"_{anonymous}"
        anonymous += placeholder.group(1) is None
        parts.append(f"(?P<{name}>.+?)")
        position = placeholder.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


_TRANSLATIONS = [(_pattern(english), french) for english, french in MESSAGES.items()]


def _value(text: str) -> str:
    """A value argparse quoted (``'x'``, a list of them) shown between guillemets."""
    return re.sub(r"'([^']*)'", r"« \1 »", text)


def french(message: str) -> str:
    """``message`` from argparse in French; a message it does not know stays as it is."""
    for pattern, translation in _TRANSLATIONS:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        values = {name: _value(value) for name, value in match.groupdict().items()}
        if "message" in values:  # "argument X: <another message>"
            values["message"] = french(match["message"])
        anonymous = [values.pop(name) for name in sorted(values) if name.startswith("_")]
        return translation.format(*anonymous, **values)
    return message


class FrenchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and refusals are in French (its subcommands' too)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide puis quitter")

    def error(self, message: str) -> NoReturn:
        """One French line on the error output and exit code 2, instead of argparse's
        usage followed by its English ``error:`` line."""
        print(
            f"Erreur : {self.prog} : {french(message)}. Pour l'aide : « {self.prog} --help ».",
            file=sys.stderr,
        )
        self.exit(2)
