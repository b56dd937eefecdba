"""Shared fixtures: the ../shared folder (skipped when absent) and a seeds run."""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "src" / "marsad" / "samples" / "corpus"
# every pipeline the tests run (in this process, its workers and the CLI subprocesses) checks that
# each component changes and reads only what it declares (marsad.contract_check)
os.environ.setdefault("MARSAD_CHECK", "1")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}); quality-gate and data tests need it")
    return SHARED


@pytest.fixture(scope="session")
def seeds_result(shared_dir, tmp_path_factory):
    """marsad analyze ../shared/seeds, once per test session: (outdir, Result)."""
    import marsad

    out = tmp_path_factory.mktemp("seeds-out")
    result = marsad.analyze([shared_dir / "seeds"])
    result.write(out)
    return out, result


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


@pytest.fixture(scope="session")
def realnews_evaluate():
    """eval/realnews/evaluate.py as a module (its folder on the path while it loads, for snn); its
    scoring functions need no ../shared."""
    here = ROOT / "eval" / "realnews"
    sys.path.insert(0, str(here))
    try:
        spec = importlib.util.spec_from_file_location("realnews_evaluate", here / "evaluate.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(here))
    return mod
