"""The benchmark's client: posts Dash callback requests to an app through Flask's test client, the
way the browser does, and times them (used by `dashboard.bench`)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any

from dashboard import ids
from dashboard.filters import DURATIONS_HIDDEN, IMPLIED_ON


class Client:
    """Posts callback requests to a Dash app the way the browser does."""

    def __init__(self, app: Any) -> None:
        """Wrap an app's Flask test client."""
        self.app = app
        self.http = app.server.test_client()
        self.by_output = dict(app.callback_map.items())

    def _spec(self, output: str, changed: Sequence[tuple[str, str]] = ()) -> tuple[str, dict[str, Any]]:
        """The callback writing `output` ("id.property", or just "id") that the `changed` inputs
        fire (the first writing it when several do and nothing says which)."""
        found = []
        for key, spec in self.by_output.items():
            parts = [part.split("@")[0] for part in key.strip(".").split("...")]
            if output in parts or any(part.rsplit(".", 1)[0] == output for part in parts):
                found.append((key, spec))
        inputs = {(c, p) for c, p in changed}
        for key, spec in found:
            if inputs <= {(item["id"], item["property"]) for item in spec["inputs"]}:
                return key, spec
        if not found:
            raise KeyError(output)
        return found[0]

    def call(self, output_id: str, values: dict[tuple[str, str], Any], changed: Sequence[tuple[str, str]]
             ) -> dict[str, Any]:
        """Fire the callback that outputs `output_id` with the given input/state values."""
        key, spec = self._spec(output_id, changed)
        if key.startswith(".."):
            outputs = [{"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
                       for part in key.strip(".").split("...")]
        else:
            component, prop = key.rsplit(".", 1)
            outputs = {"id": component, "property": prop}

        def items(kind: str) -> list[dict[str, Any]]:
            """The callback's inputs or states with the given values filled in."""
            return [{**item, "value": values.get((item["id"], item["property"]))} for item in spec[kind]]

        body = {"output": key, "outputs": outputs, "inputs": items("inputs"), "state": items("state"),
                "changedPropIds": [f"{c}.{p}" for c, p in changed]}
        response = self.http.post("/_dash-update-component", data=json.dumps(body),
                                  content_type="application/json")
        if response.status_code != 200:
            detail = response.get_data(as_text=True)[:300]
            raise RuntimeError(f"{output_id}: HTTP {response.status_code}: {detail}")
        return response.get_json()


def _filters(category: Any = None, kind: Any = None, article: Any = None, publisher: Any = None,
             text: str = "", low: Any = None, high: Any = None, source: Any = None, place: Any = None,
             implied: Any = None, durations: Any = None) -> dict[tuple[str, str], Any]:
    """Input values for the filter callback (unset filters stay None; implied figures in and
    durations hidden, as the page opens)."""
    values = dict(zip([(i, ids.filter_prop(i)) for i in ids.FILTERS],
                      [category, kind, article, publisher, text, low, high, source, place,
                       [IMPLIED_ON] if implied is None else implied,
                       [DURATIONS_HIDDEN] if durations is None else durations, None], strict=True))
    values[(ids.CHART_CATEGORY_BY, "value")] = "category"
    values[(ids.VIEW_VERSION, "data")] = 0
    return values


def check(condition: bool, problem: str) -> None:
    """Stop the benchmark when it is not measuring what it claims to."""
    if not condition:
        raise RuntimeError(f"benchmark check failed: {problem}")


class Ms(float):
    """Milliseconds an action took on the clock, with the CPU milliseconds this process spent
    meanwhile (`cpu`): on a machine shared with other work the clock time grows while the CPU
    time stays near what the action costs."""

    cpu: float = 0.0


def timed(action: Callable[[], Any]) -> tuple[Ms, Any]:
    """Milliseconds an action took (with its CPU time), and its result."""
    began, cpu = time.perf_counter(), time.process_time()
    result = action()
    ms = Ms((time.perf_counter() - began) * 1000)
    ms.cpu = (time.process_time() - cpu) * 1000
    return ms, result
