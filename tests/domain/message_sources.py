"""Every user-facing message the layers below the window can produce, read from their source.

The walk looks where the code actually puts its messages: errors made with their message, the
reasons given to ValidationError and written into `errors`/`found`/`problem(s)` dicts or lists,
the reasons returned by the rule helpers (`*_problem*`, `refusal`, `explain*`) or yielded by
checks, the reasons an import notes for a row, and the nouns the helpers build messages from
(`what` of text_problem, choice_problem ...). Each is returned as a template: the English with
`{}` where the code fills in a value.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import stationdesk

ROOT = Path(stationdesk.__file__).parent
SOURCES = ("domain", "spreadsheets", "store", "cli", "errors.py")
# Errors that never reach a user as they are (programming errors, internal signals), and
# argparse's, which it shows within its own English usage message.
INTERNAL_ERRORS = frozenset(
    {
        "RuntimeError",
        "TypeError",
        "KeyError",
        "NotImplementedError",
        "AssertionError",
        "ArgumentTypeError",
    }
)
# Dicts whose values are a field's reason.
REASON_DICTS = frozenset({"errors", "found", "problem", "problems"})
# Functions that return a reason (besides every `*problem*` and `*explain*`).
REASON_FUNCTIONS = frozenset({"refusal", "not_future", "message"})
# Helpers whose argument at that position is a reason.
REASON_ARGS = {"problem": 2, "skipped": 1, "note": 1, "_prefixed": 0}
# Variables that hold where in a form a reason is ("party 2").
PLACE_NAMES = frozenset({"where"})
# Endings of the names of errors whose first argument is their message.
ERROR_ENDINGS = ("Error", "Refused", "Denied")
# Helpers whose argument at that position is a noun put into a message.
NOUN_ARGS = {
    "text_problem": 1,
    "choice_problem": 2,
    "choice": 2,
    "required": 1,
    "_days_problem": 1,
    "not_future": 2,
    "NotFoundError": 0,
    "ConflictError": 0,
    "live_versioned": 3,
    "added": 0,
    "updated": 0,
}
NOUN_KEYWORDS = frozenset({"what"})
# Module-level tables whose values are put into messages.
MESSAGE_TABLES = frozenset({"DOING"})
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
SQL = re.compile(r"\b(SELECT|WHERE|AND|IS NULL)\b")


@dataclass(frozen=True)
class Message:
    """One message template and where it is written."""

    template: str
    where: str


def normalized(template: str) -> str:
    """The template with every placeholder written `{}`."""
    return PLACEHOLDER.sub("{}", template)


def source_files() -> list[Path]:
    """The modules whose messages reach the user."""
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        files.extend(sorted(path.glob("*.py")) if path.is_dir() else [path])
    return files


def _name_of(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _constants(trees: list[ast.Module]) -> dict[str, str]:
    """Module-level string constants of every scanned module, by name."""
    found: dict[str, str] = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                node.value, ast.Constant
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        found[target.id] = node.value.value
    return found


def _outside_tests(node: ast.AST) -> Iterator[ast.AST]:
    """`node` and the nodes within it, except those of a comparison (`x == ["ok"]`)."""
    if isinstance(node, ast.Compare):
        return
    yield node
    for child in ast.iter_child_nodes(node):
        yield from _outside_tests(child)


class _Walker(ast.NodeVisitor):
    def __init__(self, constants: dict[str, str], where: str) -> None:
        self.constants = constants
        self.where = where
        self.found: list[Message] = []
        self.functions: list[str] = []
        self.reason_lists: set[int] = set()  # lists (or their parts) of reasons, by id

    # -- turning an expression into templates --------------------------------------
    def templates(self, node: ast.expr | None) -> list[str]:
        if node is None:
            return []
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.JoinedStr):
            return [self._joined(node)]
        if isinstance(node, ast.IfExp):
            return self.templates(node.body) + self.templates(node.orelse)
        if isinstance(node, ast.BoolOp):
            return [t for value in node.values for t in self.templates(value)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.templates(node.left) or ["{}"]
            right = self.templates(node.right) or ["{}"]
            return [a + b for a in left for b in right if a + b != "{}{}"]
        if isinstance(node, ast.Name | ast.Attribute) and _name_of(node) in self.constants:
            return [self.constants[_name_of(node)]]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            return self.templates(node.func.value)
        return []

    def _joined(self, node: ast.JoinedStr) -> str:
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                assert isinstance(value, ast.FormattedValue)
                self.add(value.value, constants_only=True)
                parts.append("{}")
        return "".join(parts)

    def add(self, node: ast.expr | None, *, constants_only: bool = False) -> None:
        if constants_only and not (
            isinstance(node, ast.Name | ast.Attribute)
            and " " in self.constants.get(_name_of(node), "")  # a sentence, not a name
        ):
            return
        for template in self.templates(node):
            words = PLACEHOLDER.sub("", template)
            if re.search(r"[A-Za-z]", words) and not SQL.search(words):
                self.found.append(Message(template, self.where))

    # -- where messages are written -----------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _in_reason_function(self) -> bool:
        name = self.functions[-1] if self.functions else ""
        return "problem" in name or "explain" in name or name in REASON_FUNCTIONS

    def visit_Return(self, node: ast.Return) -> None:
        if self._in_reason_function():
            if isinstance(node.value, ast.Dict):
                self._add_dict(node.value)
            else:
                self.add(node.value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _name_of(node.func)
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Dict) and name in ("ValidationError", "keep_problems"):
            self._add_dict(first)
        elif self._is_message_call(node, name):
            self.add(first)
        if name in ("append", "extend") and self._called_on_reasons(node):
            if name == "append":
                self.add(first)
            else:
                self.reason_lists.update(id(part) for part in _outside_tests(first or node))
        for table in (REASON_ARGS, NOUN_ARGS):
            index = table.get(name)
            if index is not None and len(node.args) > index:
                self.add(node.args[index])
        for keyword in node.keywords:
            if keyword.arg in NOUN_KEYWORDS:
                self.add(keyword.value)
        self.generic_visit(node)

    def visit_Yield(self, node: ast.Yield) -> None:
        self.add(node.value)
        self.generic_visit(node)

    def visit_List(self, node: ast.List) -> None:
        if self._assigned_to_reasons(node):
            for element in node.elts:
                self.add(element)
        self.generic_visit(node)

    def visit_ListComp(self, node: ast.ListComp) -> None:
        if self._assigned_to_reasons(node):
            self.add(node.elt)
        self.generic_visit(node)

    @staticmethod
    def _called_on_reasons(node: ast.Call) -> bool:
        return isinstance(node.func, ast.Attribute) and _name_of(node.func.value) in REASON_DICTS

    def _assigned_to_reasons(self, node: ast.expr) -> bool:
        return id(node) in self.reason_lists

    def _is_message_call(self, node: ast.Call, name: str) -> bool:
        """An error made with its message, or an error class passing its message on."""
        if name == "__init__":
            made_by = node.func.value if isinstance(node.func, ast.Attribute) else None
            return isinstance(made_by, ast.Call) and _name_of(made_by.func) == "super"
        return (
            name.endswith(ERROR_ENDINGS) and name not in INTERNAL_ERRORS and name not in NOUN_ARGS
        )

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._assigned(target, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._assigned(node.target, node.value)
        self.generic_visit(node)

    def _assigned(self, target: ast.expr, value: ast.expr | None) -> None:
        if isinstance(target, ast.Name) and target.id in REASON_DICTS and value is not None:
            self.reason_lists.update(id(node) for node in _outside_tests(value))
        if isinstance(target, ast.Subscript) and _name_of(target.value) in REASON_DICTS:
            self.add(value)
        elif isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            if target.id in REASON_DICTS | MESSAGE_TABLES:
                self._add_dict(value)
        elif isinstance(target, ast.Name) and target.id in PLACE_NAMES:
            self.add(value)
        elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            for name, item in zip(target.elts, value.elts, strict=False):
                self._assigned(name, item)

    def _add_dict(self, node: ast.Dict) -> None:
        for value in node.values:
            self.add(value)


def messages() -> list[Message]:
    """Every message template in the layers below the window, in source order."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in source_files()}
    constants = _constants(list(trees.values()))
    found: list[Message] = []
    for path, tree in trees.items():
        walker = _Walker(constants, str(path.relative_to(ROOT.parent)))
        walker.visit(tree)
        found.extend(walker.found)
    return found


def unique_templates() -> Iterator[tuple[str, str]]:
    """(normalized template, first place written) for each distinct message."""
    seen: set[str] = set()
    for message in messages():
        key = normalized(message.template)
        if key not in seen:
            seen.add(key)
            yield key, message.where
