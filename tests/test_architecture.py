"""The package's structure: no import cycle, and no import from a lower layer to a higher one.

The layer order is written down here, once; docs/DEVELOPING.md draws it. A module may import
from its own layer and the layers below it, never from one above.
"""
import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "marsad"

#: From the bottom up. A module belongs to the layer of the longest prefix naming it.
LAYERS = [
    ("marsad._version", "marsad.errors", "marsad.document", "marsad.registry", "marsad.lang", "marsad.models"),
    ("marsad.text", "marsad.text.normalize", "marsad.text.tokenize", "marsad.text.sentences"),  # text primitives
    ("marsad.ingest",),  # reading files, pages, feeds
    ("marsad.text.clean", "marsad.text.annotate", "marsad.extract"),  # per-article components
    ("marsad.corpus",),  # corpus stages
    ("marsad.pipeline", "marsad.contract_check", "marsad.engines"),  # running components over a stream
    ("marsad.api", "marsad"),  # the Python API (marsad: the package root alone)
    ("marsad.store", "marsad.report"),
    ("marsad.web", "marsad.live", "marsad.commands", "marsad.cli"),  # user interfaces
]


def modules() -> dict[str, pathlib.Path]:
    out = {}
    for p in SRC.rglob("*.py"):
        parts = p.relative_to(SRC.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out


def imports(name: str, path: pathlib.Path, known: dict[str, pathlib.Path]) -> set[str]:
    """The package's modules that ``name`` imports, at module level or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            subs = [f"{base}.{a.name}" for a in node.names]
            # "from marsad import contract_check" imports a module; "from marsad.x import f", the module x
            targets = subs if all(t in known for t in subs) else [base] + subs
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in known and t != name)
    return found


def layer(module: str) -> int:
    best, at = -1, None
    for i, names in enumerate(LAYERS):
        for n in names:
            hit = module == n if n == "marsad" else (module == n or module.startswith(n + "."))
            if hit and len(n) > best:
                best, at = len(n), i
    assert at is not None, f"{module} is in no layer; add it to LAYERS"
    return at


def graph() -> dict[str, set[str]]:
    known = modules()
    return {m: imports(m, p, known) for m, p in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def upward(edges: dict[str, set[str]]) -> list[str]:
    return sorted(f"{a} -> {b}" for a, bs in edges.items() for b in bs if layer(b) > layer(a))


def test_every_module_has_a_layer():
    for m in modules():
        layer(m)


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_no_import_from_a_lower_layer_to_a_higher_one():
    assert upward(graph()) == []


def test_the_checks_find_a_cycle_and_an_upward_import():
    edges = {"marsad.text.clean": {"marsad.pipeline"}, "marsad.pipeline": {"marsad.text.clean"}}
    assert cycles(edges) == [["marsad.pipeline", "marsad.text.clean"]]
    assert upward(edges) == ["marsad.text.clean -> marsad.pipeline"]


@pytest.mark.parametrize("module, expected", [("marsad", 6), ("marsad.text.normalize", 1), ("marsad.text.clean", 3),
                                              ("marsad.lang.ar.speech", 0), ("marsad.web.app", 8)])
def test_layer_of_a_module(module, expected):
    assert layer(module) == expected
