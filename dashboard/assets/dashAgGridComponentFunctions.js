/* Cell renderers of the figures table (dash-ag-grid looks them up here by name). */
var dagcomp = (window.dashAgGridComponentFunctions = window.dashAgGridComponentFunctions || {});

/* The sentence cell: the text around the figure with the figure marked. The row carries the
   sentence cut in three ("parts": before, figure, after; see dashboard/grid.py). React builds
   text nodes from them, never HTML, so markup in an article is shown, not run. */
dagcomp.SentenceCell = function (props) {
  var e = React.createElement;
  var parts = (props.data && props.data.parts) || [props.value || "", "", ""];
  return e("span", {className: "sentence-cell clamp"},
           parts[0], parts[1] ? e("mark", {className: "hl"}, parts[1]) : null, parts[2]);
};

/* A wrapped text cell: at most three lines, cut with an ellipsis (the cell's tooltip has it all). */
dagcomp.WrapCell = function (props) {
  var text = props.valueFormatted !== undefined && props.valueFormatted !== null ? props.valueFormatted
    : props.value;
  return React.createElement("span", {className: "clamp"}, text === null || text === undefined ? "" : text);
};

/* The "Published" cell: the publisher (two lines at most), then the date as people write it. */
dagcomp.PublishedCell = function (props) {
  var e = React.createElement;
  var data = props.data || {};
  return e("span", {className: "published-cell"},
           e("span", {className: "clamp clamp-2"}, data.publisher || "—"),
           e("span", {className: "cell-date"}, data.date_label || ""));
};
