"""The replies JESS recorded in its notebooks, and the comparison jess-api.md §7 makes binding.

Binding: status texts, field names, field types and the envelope. Values that belong to JESS's
deployment (ids, sizes, times, user names, /info Title and Notice) are compared by type only;
the tests compare the binding values themselves.
"""
import ast
import json
from pathlib import Path


class Notebook:
    """A notebook of JESS's: its code cells in order, each with the reply it printed."""

    def __init__(self, path: Path):
        self.cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]

    def source(self, marker: str) -> str:
        """The source of the one code cell that contains marker (so the tests follow the cells, not indexes)."""
        hits = ["".join(c["source"]) for c in self.cells if marker in "".join(c["source"])]
        assert len(hits) == 1, f"{len(hits)} notebook cells contain {marker!r}"
        return hits[0]

    def reply(self, marker: str):
        """The value the cell with marker showed (its execute_result, a Python repr), as Python data."""
        cell = next(c for c in self.cells if marker in "".join(c["source"]))
        for out in cell.get("outputs", []):
            if out.get("output_type") == "execute_result":
                return ast.literal_eval("".join(out["data"]["text/plain"]))
        raise AssertionError(f"the cell with {marker!r} recorded no reply")

    def printed(self, marker: str) -> str:
        """What the cell with marker printed."""
        cell = next(c for c in self.cells if marker in "".join(c["source"]))
        return "".join("".join(o["text"]) for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def assert_shape(actual, recorded, where="reply"):
    """Fails unless actual has every field of recorded, each of the recorded JSON type (null: any scalar or null)."""
    if recorded is None:
        assert not isinstance(actual, (dict, list)), f"{where}: recorded null, got {actual!r}"
        return
    if isinstance(recorded, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual!r}"
        missing = sorted(set(recorded) - set(actual))
        assert not missing, f"{where}: fields {missing} missing; got fields {sorted(actual)}"
        for k, v in recorded.items():
            assert_shape(actual[k], v, f"{where}.{k}")
        return
    if isinstance(recorded, list):
        assert isinstance(actual, list), f"{where}: expected an array, got {actual!r}"
        # JESS's arrays hold items of one shape: each item is compared with the first recorded one
        for i, item in enumerate(actual if recorded else []):
            assert_shape(item, recorded[0], f"{where}[{i}]")
        return
    assert json_type(actual) == json_type(recorded), \
        f"{where}: expected a JSON {json_type(recorded)} like {recorded!r}, got {actual!r}"


def assert_contains(actual, recorded, where="reply"):
    """Fails unless actual holds every field of recorded with the same value (extra fields are allowed, §1)."""
    if isinstance(recorded, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual!r}"
        for k, v in recorded.items():
            assert k in actual, f"{where}: field {k!r} missing; got {actual!r}"
            assert_contains(actual[k], v, f"{where}.{k}")
    elif isinstance(recorded, list):
        assert isinstance(actual, list) and len(actual) == len(recorded), \
            f"{where}: expected {len(recorded)} items, got {actual!r}"
        for i, (a, r) in enumerate(zip(actual, recorded)):
            assert_contains(a, r, f"{where}[{i}]")
    else:
        assert json_type(actual) == json_type(recorded) and actual == recorded, \
            f"{where}: expected {recorded!r}, got {actual!r}"


def json_type(v) -> str:
    """The JSON type a Python value came from; a whole number is an integer, as Newtonsoft and requests read it."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    return type(v).__name__

