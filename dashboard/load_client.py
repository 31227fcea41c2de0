"""The simulated readers of `dashboard.load_bench`: each keeps its own connection and page state
(filters, address, the table's last rows) and sends the callback POSTs the page sends, in the
page's JSON shapes, built from the server's /_dash-dependencies as dash-renderer builds them.
"""

from __future__ import annotations

import gzip
import http.client
import json
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any

from dashboard import ids

PAGE_SIZE = 12  # the table's page (dashboard.table), one block per request
# Headers a browser sends with a callback: answers come compressed, as to a reader.
HEADERS = {"Content-Type": "application/json", "Accept": "application/json",
           "Accept-Encoding": "gzip"}
FILTER_KEYS = [(i, ids.filter_prop(i)) for i in ids.FILTERS]
DEFAULT_FILTERS: dict[tuple[str, str], Any] = dict.fromkeys(FILTER_KEYS)
DEFAULT_FILTERS[(ids.FILTER_IMPLIED, "value")] = ["include"]
DEFAULT_FILTERS[(ids.FILTER_DURATIONS, "value")] = ["hide"]
SEARCHES = ["killed", "troops", "civilians", "afghan security forces", "province", "people were"]
# What each callback is called in the report, by its output.
NAMES = {f"{ids.TOTALS}.children": "charts and totals", f"{ids.URL}.search": "address",
         f"{ids.FILTER_CATEGORY}.value": "filter chips", f"{ids.GRID_TARGET}.data": "table row of figure",
         f"{ids.QUOTE}.children": "quote", f"{ids.GRID}.getRowsResponse": "table block"}
SORTS = [[], [], [{"colId": "value_label", "sort": "desc"}], [{"colId": "subject", "sort": "asc"}]]


def compact(component_id: dict[str, Any]) -> str:
    """A pattern-matching id as dash-renderer writes it in changedPropIds: sorted keys, no spaces."""
    return json.dumps(component_id, separators=(",", ":"), sort_keys=True)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass
class Request:
    """One POST: the callback it fired, how long it took, and what went wrong (empty: nothing)."""

    callback: str
    seconds: float
    error: str = ""


@dataclass
class Action:
    """One reader action and its requests."""

    kind: str
    seconds: float = 0.0
    requests: list[Request] = field(default_factory=list)


class Site:
    """The server under load: its address, its callbacks (from /_dash-dependencies, keyed by a
    short name) and the dropdown choices its page offers (from /_dash-layout)."""

    def __init__(self, host: str, port: int) -> None:
        """Read the page's callbacks and filter choices, as the page does when it loads."""
        self.host, self.port = host, port
        connection = http.client.HTTPConnection(host, port, timeout=120)
        self.callbacks = [c for c in self._get(connection, "/_dash-dependencies")
                          if not c.get("clientside_function")]
        layout = self._get(connection, "/_dash-layout")
        connection.close()
        dropdowns = (ids.FILTER_CATEGORY, ids.FILTER_KIND, ids.FILTER_PUBLISHER, ids.FILTER_SOURCE,
                     ids.FILTER_PLACE)
        self.choices = {i: [o["value"] for o in self._options(layout, i)][:60] for i in dropdowns}

    @staticmethod
    def _get(connection: http.client.HTTPConnection, path: str) -> Any:
        """GET a JSON document."""
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {path}: HTTP {response.status}")
        return json.loads(body)

    def find(self, output: str, trigger: str) -> dict[str, Any]:
        """The callback writing `output` ("id.property") that the component `trigger` fires."""
        for spec in self.callbacks:
            outputs = [part.split("@")[0] for part in spec["output"].strip(".").split("...")]
            if output in outputs and any(dep["id"] == trigger for dep in spec["inputs"]):
                return spec
        raise KeyError(f"no callback writes {output} when {trigger} changes")

    def _options(self, node: Any, component: str) -> list[dict[str, Any]]:
        """The options of the dropdown `component` in a layout."""
        if isinstance(node, dict):
            props = node.get("props", {})
            if props.get("id") == component:
                return list(props.get("options") or [])
            for child in [props.get("children"), *node.values()]:
                found = self._options(child, component)
                if found:
                    return found
        elif isinstance(node, list):
            for child in node:
                found = self._options(child, component)
                if found:
                    return found
        return []

    def body(self, spec: dict[str, Any], values: dict[Any, Any], changed: list[str]) -> str:
        """The JSON the page posts for the callback `spec`, its inputs and states set from values
        (by (id, property); unset ones are left out, as the page leaves them)."""

        def item(dep: dict[str, Any]) -> Any:
            """One input or state as the page sends it (a pattern id: the list of its matches)."""
            if isinstance(dep["id"], str) and dep["id"].startswith("{"):
                return [{"id": match, "property": dep["property"], "value": 0}
                        for match in values.get(dep["id"], [])]
            key = (dep["id"], dep["property"])
            return {"id": dep["id"], "property": dep["property"],
                    **({"value": values[key]} if values.get(key) is not None else {})}

        output = spec["output"]
        parts = output.strip(".").split("...") if output.startswith("..") else [output]
        outputs = [{"id": p.rsplit(".", 1)[0], "property": p.rsplit(".", 1)[1]} for p in parts]
        return json.dumps({
            "output": output, "outputs": outputs if output.startswith("..") else outputs[0],
            "inputs": [item(d) for d in spec["inputs"]], "changedPropIds": changed,
            "state": [item(d) for d in spec["state"]]})


class Reader:
    """One simulated reader: a connection, the page's state, and the actions done."""

    def __init__(self, site: Site, rng: random.Random, think: float = 0.0) -> None:
        """A reader of site, choosing with rng, pausing `think` seconds between actions."""
        self.site, self.rng, self.think = site, rng, think
        self.connection = http.client.HTTPConnection(site.host, site.port, timeout=300)
        self.filters = dict(DEFAULT_FILTERS)
        self.search, self.version, self.row_ids = "", 0, []  # type: tuple[str, int, list[str]]
        self.actions: list[Action] = []

    def post(self, action: Action, output: str, values: dict[Any, Any], changed: list[str]) -> Any:
        """POST the callback writing `output` that the first of `changed` fires; its answer's
        "response" (None when it failed or had none)."""
        trigger = changed[0].rsplit(".", 1)[0] if changed else ""
        name = NAMES[output] + (" (row click)" if trigger == ids.GRID and output.startswith(ids.URL) else "")
        if trigger.startswith("{"):
            trigger = compact({**json.loads(trigger), "key": ["ALL"]})
        spec = self.site.find(output, trigger or FILTER_KEYS[0][0])
        body = self.site.body(spec, values, changed)
        began = time.perf_counter()
        error, answer = "", None
        try:
            self.connection.request("POST", "/_dash-update-component", body=body, headers=HEADERS)
            response = self.connection.getresponse()
            data = response.read()
            if response.status == 200:
                text = gzip.decompress(data) if response.getheader("Content-Encoding") == "gzip" else data
                answer = json.loads(text).get("response")
            elif response.status != 204:  # 204: the callback changed nothing
                error = f"HTTP {response.status}"
        except (OSError, http.client.HTTPException, ValueError) as failure:
            error = f"{type(failure).__name__}: {failure}"
            self.connection.close()  # a new connection for the next request
        action.requests.append(Request(name, time.perf_counter() - began, error))
        return answer

    def random_filters(self) -> dict[tuple[str, str], Any]:
        """A filter state a reader might set: one or two filters from the page's choices."""
        picked = dict(DEFAULT_FILTERS)
        choices = self.site.choices
        for _ in range(self.rng.choice((1, 1, 2))):
            what = self.rng.choice(("category", "kind", "publisher", "source", "place", "text", "range"))
            if what == "text":
                picked[(ids.FILTER_TEXT, "value")] = self.rng.choice(SEARCHES)
            elif what == "range":
                picked[(ids.FILTER_MIN, "value")] = self.rng.choice((10, 100, 1000))
            else:
                component = {"category": ids.FILTER_CATEGORY, "kind": ids.FILTER_KIND,
                             "publisher": ids.FILTER_PUBLISHER, "source": ids.FILTER_SOURCE,
                             "place": ids.FILTER_PLACE}[what]
                if choices[component]:
                    picked[(component, "value")] = [self.rng.choice(choices[component][:20])]
        return picked

    def rows(self, action: Action, start: int, sort: list[Any]) -> None:
        """Ask for one block of the table, as the grid does, and keep its row ids."""
        request = {"startRow": start, "endRow": start + PAGE_SIZE, "sortModel": sort, "filterModel": {}}
        values = {**self.filters, (ids.GRID, "getRowsRequest"): request}
        answer = self.post(action, f"{ids.GRID}.getRowsResponse", values, [f"{ids.GRID}.getRowsRequest"])
        rows = ((answer or {}).get(ids.GRID) or {}).get("getRowsResponse", {}).get("rowData") or []
        if rows or start == 0:
            self.row_ids = [str(r["figure_id"]) for r in rows]

    def location(self, action: Action, changed: list[str], mark_ids: list[str] | None = None) -> None:
        """What a new address asks for: the table row of its figure, then its quote."""
        address = {(ids.URL, "search"): self.search, (ids.URL, "pathname"): "/",
                   (ids.GRID_REFRESHED, "data"): self.version,
                   (ids.GRID, "getRowsRequest"): {"startRow": 0, "endRow": PAGE_SIZE, "sortModel": [],
                                                  "filterModel": {}}}
        self.post(action, f"{ids.GRID_TARGET}.data", address, changed)
        self.post(action, f"{ids.QUOTE}.children", {
            **address, (ids.MARK_IDS, "data"): mark_ids or [],
            (ids.URL, "href"): f"http://{self.site.host}:{self.site.port}/"},
            [f"{ids.URL}.search", f"{ids.MARK_IDS}.data"] if mark_ids else [f"{ids.URL}.search"])

    def change_filters(self, action: Action) -> None:
        """A filter change: charts and totals, the address, the chips, the quote and table row of
        the address, the table's first block."""
        self.filters = self.random_filters()
        changed = [f"{i}.{p}" for (i, p), v in self.filters.items() if v != DEFAULT_FILTERS[(i, p)]][:1]
        view = {(ids.CHART_CATEGORY_BY, "value"): "category", (ids.VIEW_VERSION, "data"): self.version}
        self.post(action, f"{ids.TOTALS}.children", {**self.filters, **view}, changed)
        self.version += 1
        answer = self.post(action, f"{ids.URL}.search", {**self.filters, (ids.URL, "search"): self.search,
                                                          (ids.URL, "pathname"): "/"}, changed)
        self.search = str(((answer or {}).get(ids.URL) or {}).get("search", self.search))
        chips = [{"type": ids.REMOVE_FILTER, "key": "hide_durations"}]
        page = {compact({"type": ids.REMOVE_FILTER, "key": ["ALL"]}): chips, (ids.URL, "pathname"): "/",
                (ids.URL, "search"): self.search, (ids.MARK_IDS, "data"): [],
                (ids.CLEAR_FILTERS, "n_clicks"): 0, (ids.SHOW_MARK, "n_clicks"): 0}
        self.post(action, f"{ids.FILTER_CATEGORY}.value", {**self.filters, **page},
                  [compact(c) + ".n_clicks" for c in chips])
        self.location(action, [f"{ids.URL}.search", f"{ids.GRID_REFRESHED}.data"])
        self.rows(action, 0, [])

    def turn_page(self, action: Action) -> None:
        """A table page: one block at a random page of the first fifty, sometimes sorted."""
        self.rows(action, PAGE_SIZE * self.rng.randrange(50), self.rng.choice(SORTS))

    def click_row(self, action: Action) -> None:
        """A click on a table row: the address names its figure, which the quote panel shows."""
        if not self.row_ids:
            self.rows(action, 0, [])
            if not self.row_ids:
                return
        row = self.rng.choice(self.row_ids)
        cell = {"value": "1", "colId": "value_label", "rowIndex": 0, "rowId": row,
                "timestamp": int(time.time() * 1000)}
        answer = self.post(action, f"{ids.URL}.search", {(ids.GRID, "cellClicked"): cell,
                                                          (ids.URL, "search"): self.search,
                                                          (ids.OPEN_ARTICLE, "n_clicks"): 0,
                                                          (ids.CLOSE_ARTICLE, "n_clicks"): 0},
                           [f"{ids.GRID}.cellClicked"])
        self.search = str(((answer or {}).get(ids.URL) or {}).get("search", self.search))
        self.location(action, [f"{ids.URL}.search"], [row])

    def run(self, deadline: float, mix: tuple[tuple[str, float], ...]) -> None:
        """Do actions drawn from the mix until the deadline (the page's first load first)."""
        doers = {"filter": self.change_filters, "page": self.turn_page, "quote": self.click_row}
        first = Action("load")
        by = {(ids.CHART_CATEGORY_BY, "value"): "category"}
        self.post(first, f"{ids.TOTALS}.children", {**self.filters, **by}, [])
        self.rows(first, 0, [])
        while time.perf_counter() < deadline:
            kind = self.rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]
            action = Action(kind)
            began = time.perf_counter()
            doers[kind](action)
            action.seconds = time.perf_counter() - began
            self.actions.append(action)
            if self.think:
                time.sleep(self.think)
        self.connection.close()
