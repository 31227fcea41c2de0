/* The dashboard's browser-side callbacks (dash.ClientsideFunction("figures", name)). */
window.dash_clientside = window.dash_clientside || {};
window.dash_clientside.figures = {
  /* After a filter change: drop the table's cached rows and go back to its first page, once no
     block of rows is on its way (dash-ag-grid hands an answer to the latest request, so two
     requests in flight can leave a block loading for ever). */
  purgeGrid: function (version, gridId) {
    if (!window.dash_ag_grid || !window.dash_ag_grid.getApiAsync) { return version; }
    /* The answer (a promise) comes once the rows are dropped: the turn to the address figure's
       page listens to it, so it never races the purge. */
    return window.dash_ag_grid.getApiAsync(gridId).then(function (api) {
      return new Promise(function (resolve) {
        window.dash_clientside.figures._whenIdle(api, function () {
          api.purgeInfiniteCache();
          if (api.paginationGetCurrentPage && api.paginationGetCurrentPage() > 0) {
            api.paginationGoToFirstPage();
          }
          resolve(version);
        });
      });
    });
  },

  /* Run fn once the table has no block of rows loading (or after 10 s, whatever the state). */
  _whenIdle: function (api, fn) {
    var waited = 0;
    var check = function () {
      var blocks = api.getCacheBlockState ? api.getCacheBlockState() : {};
      var loading = Object.keys(blocks || {}).some(function (key) {
        return blocks[key] && blocks[key].pageStatus === "loading";
      });
      if (loading && waited < 10000) { waited += 50; window.setTimeout(check, 50); } else { fn(); }
    };
    check();
  },

  /* Once the whole-article view is drawn, scroll its current figure into the middle. */
  scrollToFigure: function (children, markId) {
    window.requestAnimationFrame(function () {
      var mark = document.getElementById(markId);
      if (mark) { mark.scrollIntoView({block: "center"}); }
    });
    return Date.now();
  },

  /* Select the table row of the figure in the address: turn to its page, wait for its row,
     select it; for the figure of the address the page was opened with (a shared link), also
     scroll the page to it, once. A newer target replaces an older one still waiting.
     target: {id, index} from the server, or null when the figure is not in the table. */
  selectFigure: function (target, gridId, pageSize) {
    var state = window.dash_clientside.figures._selection;
    var job = ++state.job;
    if (target && target.id === state.opened) { state.scrollFor = target.id; state.opened = null; }
    if (!window.dash_ag_grid || !window.dash_ag_grid.getApiAsync) {
      return window.dash_clientside.no_update;
    }
    window.dash_ag_grid.getApiAsync(gridId).then(function (api) {
      if (!target || !target.id) { api.deselectAll(); return; }
      var page = Math.floor(target.index / pageSize);
      var tries = 0, selected = false;
      var retry = function () { if (++tries < 300) { window.setTimeout(attempt, 100); } };
      var attempt = function () {
        if (job !== state.job) { return; }  /* a newer target took over */
        if (api.paginationGetCurrentPage() !== page) {
          if (selected) { return; }  /* the reader turned the page since: leave it */
          if (api.paginationGetTotalPages() > page) {
            window.dash_clientside.figures._whenIdle(api, function () {
              if (job === state.job && !selected) { api.paginationGoToPage(page); }
            });
          }
          return retry();
        }
        var node = api.getRowNode(target.id);
        if (!node || !node.data) { return retry(); }
        if (!node.isSelected()) { node.setSelected(true, true); }
        selected = true;
        if (state.scrollFor !== target.id) { return; }
        var row = document.querySelector("#" + gridId + " .ag-center-cols-container .ag-row[row-id='"
                                          + CSS.escape(target.id) + "']");
        /* Scroll once the page above the table has its final height (charts drawn, nothing
           loading), then check it stayed in view. */
        if (!row || !window.dash_clientside.figures._settled()) { return retry(); }
        var box = row.getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= window.innerHeight && state.scrolled === target.id) {
          state.scrollFor = null;
          return;
        }
        row.scrollIntoView({block: "center"});
        state.scrolled = target.id;
        retry();
      };
      attempt();
    });
    return target ? target.id : null;
  },
  _selection: {job: 0, scrollFor: null, scrolled: null, opened: (function () {
    /* The figure the page was opened with: ?figure=ID or /figure/ID. */
    var query = new URLSearchParams(window.location.search).get("figure");
    var path = window.location.pathname.match(/\/figure\/([^\/]+)\/?$/);
    return query || (path ? decodeURIComponent(path[1]) : null);
  })()},

  /* Whether the page has stopped changing height: no component loading, every chart drawn. */
  _settled: function () {
    if (document.querySelector("[data-dash-is-loading='true']")) { return false; }
    var graphs = document.querySelectorAll(".chart-card .js-plotly-plot");
    for (var i = 0; i < graphs.length; i++) {
      if (graphs[i].offsetParent && !graphs[i].querySelector(".main-svg")) { return false; }
    }
    return true;
  },

  /* The download link's address (dashboard/download_route.py) and file name: the figures,
     tallies or claims of the filters in the address bar, with the table's column filters
     (figures) or "conflicts only" (claims). */
  downloadHref: function (search, model, what, conflicts) {
    var kind = ["tallies", "claims"].indexOf(what) >= 0 ? what : "figures";
    var params = new URLSearchParams((search || "").replace(/^\?/, ""));
    ["figure", "view", "tab", "reading"].forEach(function (key) { params.delete(key); });
    if (kind === "figures" && model && Object.keys(model).length) {
      params.set("model", JSON.stringify(model));
    }
    if (kind === "claims" && conflicts && conflicts.length) { params.set("conflicts", "1"); }
    var config = document.getElementById("_dash-config");
    var prefix = config ? (JSON.parse(config.textContent).requests_pathname_prefix || "/") : "/";
    var text = params.toString();
    return [prefix + "download/" + kind + ".csv" + (text ? "?" + text : ""), kind + "-filtered.csv"];
  },

  /* The timeline chart shows unless it is folded into its note, which "show anyway" undoes. */
  timelineBox: function (show, noteStyle) {
    var folded = !noteStyle || noteStyle.display !== "none";
    return folded && !(show && show.length) ? {display: "none"} : {};
  }
};
