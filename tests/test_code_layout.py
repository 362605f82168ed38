"""The house rules of the code: small ui modules, no import circle, no Qt below the ui."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "oco_desktop"
MAX_UI_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level_imports(path: Path) -> set[str]:
    """Modules imported when this module is imported (imports inside functions run later and do not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node]:
            if isinstance(sub, ast.Import):
                found.update(alias.name for alias in sub.names)
            elif isinstance(sub, ast.ImportFrom) and sub.module and sub.level == 0:
                found.add(sub.module)
                found.update(f"{sub.module}.{alias.name}" for alias in sub.names)
    return {name for name in found if name.startswith("oco_desktop")}


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {i for i in _top_level_imports(path) if i in modules and i != name}
            for name, path in modules.items()}


def test_no_ui_module_is_longer_than_400_lines():
    too_long = {str(p.relative_to(PACKAGE)): n for p in (PACKAGE / "ui").rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_UI_LINES}
    assert too_long == {}


def test_there_is_no_import_circle():
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_app_and_cli_do_not_import_each_other_at_all():
    # Not even lazily: the GUI entry point is the CLI's main, the CLI starts the GUI through app.run_gui.
    app_source = (PACKAGE / "app.py").read_text(encoding="utf-8")
    assert "oco_desktop.cli" not in app_source


def test_domain_and_storage_never_import_qt():
    offenders = []
    for folder in ("domain", "storage", "export"):
        for path in (PACKAGE / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n.startswith(("PySide6", "shiboken6")) for n in names):
                    offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
