namespace SupervisionModels.Reporting.Writers;

/// <summary>The HTML report's inline style sheet and script (no libraries: the page must work offline).</summary>
internal static class HtmlAssets
{
    public const string Css = """
        :root { --fg:#1f2933; --muted:#616e7c; --line:#d9e2ec; --accent:#1d5fa8; --mark:#ffe066; --bg:#f5f7fa; }
        * { box-sizing: border-box; }
        body { margin:0; font:14px/1.5 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif; color:var(--fg); background:var(--bg); }
        header, main, footer { max-width:1400px; margin:0 auto; padding:12px 24px; }
        header { background:#fff; border-bottom:3px solid var(--accent); max-width:none; }
        h1 { font-size:22px; margin:4px 0 8px; }
        h2 { font-size:18px; margin:24px 0 8px; color:var(--accent); } h2 small { color:var(--muted); font-weight:normal; font-size:13px; }
        h3 { font-size:14px; margin:10px 0 4px; }
        .mask { display:inline-block; padding:4px 10px; border-radius:4px; margin:0 0 8px; }
        .mask.masked { background:#e3f8e8; color:#186a3b; } .mask.unmasked { background:#fde2e1; color:#a61b1b; font-weight:bold; }
        .note { color:#a65f00; }
        dl.facts { display:grid; grid-template-columns:max-content 1fr max-content 1fr; gap:2px 12px; margin:4px 0; }
        dl.facts dt { color:var(--muted); } dl.facts dd { margin:0; word-break:break-all; }
        details.provenance { margin:8px 0; } details.provenance summary { cursor:pointer; color:var(--accent); }
        .charts { display:flex; flex-wrap:wrap; gap:16px; }
        figure.chart { margin:0; background:#fff; border:1px solid var(--line); border-radius:6px; padding:8px; }
        svg .title { font-size:14px; font-weight:bold; fill:var(--fg); } svg .label { font-size:11px; fill:var(--muted); }
        svg .value { font-size:11px; fill:var(--fg); } svg .bar { fill:var(--accent); } svg .axis { stroke:var(--line); }
        .controls { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:12px; align-items:center; background:var(--bg); padding:10px 0; border-bottom:1px solid var(--line); }
        .controls input[type=search] { width:260px; } .controls input, .controls select, .controls button { font:inherit; padding:3px 6px; }
        .count { margin-left:auto; color:var(--muted); }
        table { border-collapse:collapse; width:100%; background:#fff; }
        table.leads { border:1px solid var(--line); }
        th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; }
        th { background:#e8eef5; position:relative; white-space:nowrap; }
        th[data-sort] { cursor:pointer; user-select:none; } th[data-sort]:hover { background:#dbe5f0; }
        th[aria-sort=ascending]::after { content:" ▲"; font-size:10px; } th[aria-sort=descending]::after { content:" ▼"; font-size:10px; }
        td.num { text-align:right; white-space:nowrap; } td.score { font-weight:bold; }
        td.id, td.key { font-family:ui-monospace,"DejaVu Sans Mono",monospace; font-size:12px; white-space:nowrap; }
        tbody.lead { scroll-margin-top:64px; }
        tr.summary { cursor:pointer; } tr.summary:hover { background:#f0f6ff; } tr.summary:focus { outline:2px solid var(--accent); }
        .toggle { display:inline-block; width:1em; color:var(--muted); transition:transform .1s; }
        tbody.open .toggle { transform:rotate(90deg); }
        tr.detail > td { background:#fbfcfe; padding:4px 16px 12px 32px; }
        .kind, .weak, .match, .prob, .dataset { font-size:11px; color:var(--muted); border:1px solid var(--line); border-radius:3px; padding:0 4px; }
        .weak { color:#a65f00; border-color:#f0c36d; }
        .state { font-size:11px; border:1px solid var(--line); border-radius:3px; padding:0 4px; margin-left:4px; }
        .overdue { font-size:11px; color:#b00020; border:1px solid #e8a0a8; border-radius:3px; padding:0 4px; margin-left:4px; }
        .rule { display:inline-block; font-size:12px; background:#e8eef5; border-radius:3px; padding:0 5px; margin:1px 2px 1px 0; white-space:nowrap; }
        .rule .rule-text { color:#3a4a5c; }
        table.plain th, table.plain td { font-size:12px; padding:3px 6px; } td.params { font-size:12px; } td.hash { font-family:monospace; font-size:11px; word-break:break-all; }
        ol.evidence { margin:4px 0; padding-left:22px; } ol.evidence li { margin:4px 0; }
        .record { font-family:ui-monospace,monospace; font-size:12px; }
        blockquote.excerpt { margin:4px 0 6px; padding:4px 10px; border-left:3px solid var(--line); background:#fff; color:#334; }
        mark { background:var(--mark); color:#000; padding:0 1px; border-radius:2px; font-weight:bold; }
        .empty { color:var(--muted); } footer { color:var(--muted); font-size:12px; }
        @media print { .controls { display:none; } tr.detail[hidden] { display:table-row; } }
        """;

    /// <summary>
    /// Sorting, filtering and expanding. A script error is written into the page (#script-errors, body[data-script-errors])
    /// so that a headless browser's DOM shows it; when done the script sets body[data-ready].
    /// </summary>
    public const string Script = """
        (function () {
          'use strict';
          var errors = [];
          window.addEventListener('error', function (e) {
            errors.push(String(e.message || e));
            var box = document.getElementById('script-errors');
            if (!box) { box = document.createElement('pre'); box.id = 'script-errors'; document.body.insertBefore(box, document.body.firstChild); }
            box.textContent = 'script error: ' + errors.join('\n');
            document.body.setAttribute('data-script-errors', String(errors.length));
          });
          var leads = Array.prototype.slice.call(document.querySelectorAll('tbody.lead'));
          var text = document.getElementById('filter-text'), model = document.getElementById('filter-model'), score = document.getElementById('filter-score');
          function toggle(body, open) {
            var detail = body.querySelector('tr.detail'), summary = body.querySelector('tr.summary');
            if (open === undefined) { open = detail.hidden; }
            detail.hidden = !open; body.classList.toggle('open', open); summary.setAttribute('aria-expanded', String(open));
          }
          function apply() {
            var q = text.value.trim().toLowerCase(), m = model.value, min = parseFloat(score.value) || 0, shown = 0;
            leads.forEach(function (b) {
              var ok = (!m || b.dataset.model === m) && parseFloat(b.dataset.score) >= min && (!q || b.dataset.search.toLowerCase().indexOf(q) >= 0);
              b.hidden = !ok; if (ok) { shown++; }
            });
            document.querySelectorAll('section.model').forEach(function (s) {
              s.hidden = !!m && s.dataset.model !== m;
            });
            document.getElementById('shown-count').textContent = String(shown);
            document.body.setAttribute('data-shown', String(shown));
          }
          function sort(th) {
            var table = th.closest('table'), key = th.dataset.sort, num = th.dataset.type === 'num';
            var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
            table.querySelectorAll('th[data-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', dir);
            var rows = Array.prototype.slice.call(table.querySelectorAll('tbody.lead'));
            rows.sort(function (a, b) {
              var x = a.dataset[key], y = b.dataset[key];
              var c = num ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, 'zh-CN');
              if (c === 0) { c = parseFloat(a.dataset.rank) - parseFloat(b.dataset.rank); }
              return dir === 'ascending' ? c : -c;
            });
            rows.forEach(function (r) { table.appendChild(r); });
          }
          leads.forEach(function (b) {
            var summary = b.querySelector('tr.summary');
            summary.addEventListener('click', function () { toggle(b); });
            summary.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(b); } });
          });
          document.querySelectorAll('th[data-sort]').forEach(function (th) { th.addEventListener('click', function () { sort(th); }); });
          [text, model, score].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
          document.getElementById('expand-all').addEventListener('click', function () { leads.forEach(function (b) { if (!b.hidden) { toggle(b, true); } }); });
          document.getElementById('collapse-all').addEventListener('click', function () { leads.forEach(function (b) { toggle(b, false); }); });
          if (location.hash.length > 1) { var target = document.getElementById(decodeURIComponent(location.hash.slice(1))); if (target && target.classList.contains('lead')) { toggle(target, true); target.scrollIntoView(); } }
          apply();
          document.body.setAttribute('data-lead-rows', String(leads.length));
          if (!document.body.hasAttribute('data-script-errors')) { document.body.setAttribute('data-script-errors', '0'); }
          document.body.setAttribute('data-ready', 'ok');
        })();
        """;
}
