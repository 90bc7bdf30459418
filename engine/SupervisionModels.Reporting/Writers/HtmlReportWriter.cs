using System.Globalization;
using System.Text;
using SupervisionModels.Leads;

namespace SupervisionModels.Reporting.Writers;

/// <summary>
/// One self-contained HTML page: styles, script and charts inline, and a content security policy that forbids
/// every fetch, so it opens the same on an offline workstation or from a mail attachment. Ranked leads per model
/// sort by any column and filter by text, model and score; each lead opens to its rules and evidence with the
/// matched words highlighted; charts (inline SVG) show leads per model, per court or district, and the scores.
/// </summary>
internal static class HtmlReportWriter
{
    public static async Task WriteAsync(LeadReport report, Stream stream, CancellationToken cancellationToken)
    {
        var html = Render(report, cancellationToken);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteAsync(html.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    internal static string Render(LeadReport report, CancellationToken cancellationToken = default)
    {
        var h = report.Header;
        var sb = new StringBuilder(64 * 1024 + report.Leads.Count * 4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(h.Title)).Append("</title>\n<style>").Append(HtmlAssets.Css).Append("</style>\n</head>\n")
          .Append("<body data-lead-count=\"").Append(I(h.LeadCount)).Append("\">\n<header>\n<h1>").Append(E(h.Title)).Append("</h1>\n");
        sb.Append("<p class=\"mask ").Append(h.Unmasked ? "unmasked" : "masked").Append("\" id=\"masking\">").Append(E(h.MaskingNote)).Append("</p>\n");
        AppendProvenance(sb, report);
        sb.Append("</header>\n<main>\n");
        AppendCharts(sb, report);
        if (report.Workflow is { } workflow)
        {
            AppendOutcomes(sb, workflow);
        }

        AppendControls(sb, report);
        foreach (var model in report.Models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AppendModel(sb, model, report.Workflow);
        }

        if (report.Leads.Count == 0)
        {
            sb.Append("<p class=\"empty\">没有线索。</p>\n");
        }

        sb.Append("</main>\n<footer>由 supervise 生成 · ").Append(E(LeadText.Time(h.GeneratedAt))).Append("</footer>\n")
          .Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendProvenance(StringBuilder sb, LeadReport report)
    {
        var h = report.Header;
        sb.Append("<dl class=\"facts\">")
          .Append("<dt>线索文件</dt><dd>").Append(E(h.Source)).Append("</dd>")
          .Append("<dt>报告生成</dt><dd>").Append(E(LeadText.Time(h.GeneratedAt))).Append("</dd>")
          .Append("<dt>线索总数</dt><dd>").Append(I(h.LeadCount)).Append("</dd>");
        if (h.Run is not { } run)
        {
            sb.Append("</dl>\n<p class=\"note\" id=\"no-run-record\">").Append(E(ReportHeader.NoRunRecordNote)).Append("</p>\n");
            return;
        }

        sb.Append("<dt>引擎版本</dt><dd>").Append(E(run.Summary.EngineVersion)).Append("</dd>")
          .Append("<dt>运行开始</dt><dd>").Append(E(LeadText.Time(h.RunStartedAt!.Value))).Append("</dd>")
          .Append("<dt>运行耗时</dt><dd>").Append(run.Summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" 秒</dd>")
          .Append("<dt>数据目录</dt><dd id=\"data-folder\">").Append(E(h.DataFolder ?? string.Empty)).Append("</dd></dl>\n");

        sb.Append("<details class=\"provenance\"><summary>模型、参数与数据来源（文件、行数、SHA-256）</summary>\n<table class=\"plain\"><thead><tr><th>模型</th><th>名称</th><th>版本</th><th>类别</th><th>线索</th><th>参数</th></tr></thead><tbody>\n");
        foreach (var m in run.Summary.Models)
        {
            sb.Append("<tr><td>").Append(E(m.Id)).Append("</td><td>").Append(E(m.Title)).Append("</td><td>").Append(E(m.Version))
              .Append("</td><td>").Append(E(m.Category)).Append("</td><td class=\"num\">").Append(I(m.Leads)).Append("</td><td class=\"params\">")
              .Append(string.Join("<br>", m.Parameters.Select(p => E(p.Key) + " = " + E(p.Value)))).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n<table class=\"plain\"><thead><tr><th>数据集</th><th>文件</th><th>字节</th><th>行数</th><th>SHA-256</th></tr></thead><tbody>\n");
        foreach (var d in run.Summary.Datasets)
        {
            foreach (var f in d.Provenance.Files)
            {
                sb.Append("<tr><td>").Append(E(d.Provenance.Dataset)).Append("</td><td>").Append(E(ReportPaths.InDataset(d.Provenance.Location, f.Path))).Append("</td><td class=\"num\">")
                  .Append(f.Bytes.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">").Append(d.Rows.ToString("N0", CultureInfo.InvariantCulture))
                  .Append("</td><td class=\"hash\">").Append(E(f.Sha256)).Append("</td></tr>\n");
            }
        }

        sb.Append("</tbody></table>\n");
        if (run.Summary.Warnings.Count > 0)
        {
            sb.Append("<ul class=\"warnings\">");
            foreach (var w in run.Summary.Warnings)
            {
                sb.Append("<li>").Append(E(w)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</details>\n");
    }

    private static void AppendCharts(StringBuilder sb, LeadReport report)
    {
        if (report.Leads.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"charts\">\n");
        var perModel = report.Models.Select(m => (Label: m.ModelId + " " + m.Title, Value: m.Leads.Count)).ToArray();
        sb.Append(SvgCharts.HorizontalBars("chart-models", "各模型线索数", perModel));
        var perRegion = report.Leads.GroupBy(LeadRegions.For, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Value: g.Count()))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Label, StringComparer.Ordinal).ToArray();
        var shown = perRegion.Length > 12 ? [.. perRegion.Take(11), ("其他", perRegion.Skip(11).Sum(x => x.Value))] : perRegion;
        sb.Append(SvgCharts.HorizontalBars("chart-regions", "线索所在法院或区划", shown));
        sb.Append(SvgCharts.Histogram("chart-scores", "线索分值分布", report.Leads.Select(l => l.Score).ToArray(), bucket: 10));
        sb.Append("</section>\n");
    }

    private static void AppendControls(StringBuilder sb, LeadReport report)
    {
        sb.Append("<section class=\"controls\" role=\"search\">")
          .Append("<label>筛选 <input type=\"search\" id=\"filter-text\" placeholder=\"对象、线索编号、规则、记录号…\"></label>")
          .Append("<label>模型 <select id=\"filter-model\"><option value=\"\">全部</option>");
        foreach (var m in report.Models)
        {
            sb.Append("<option value=\"").Append(E(m.ModelId)).Append("\">").Append(E(m.ModelId + " " + m.Title)).Append("</option>");
        }

        sb.Append("</select></label>")
          .Append("<label>最低分值 <input type=\"number\" id=\"filter-score\" min=\"0\" step=\"5\" value=\"0\"></label>")
          .Append("<button type=\"button\" id=\"expand-all\">全部展开</button><button type=\"button\" id=\"collapse-all\">全部收起</button>")
          .Append("<span class=\"count\">显示 <b id=\"shown-count\"></b> / ").Append(I(report.Leads.Count)).Append(" 条线索</span></section>\n");
    }

    /// <summary>A lead book export's outcome figures: per model, then per rule, the closed leads and 成案率.</summary>
    private static void AppendOutcomes(StringBuilder sb, ReportWorkflow workflow)
    {
        sb.Append("<section class=\"outcomes\" id=\"outcomes\">\n<h2>办结统计（成案率）</h2>\n");
        if (workflow.Outcomes.Count == 0)
        {
            sb.Append("<p class=\"empty\">尚无办结线索。</p>\n</section>\n");
            return;
        }

        sb.Append("<table class=\"plain\"><thead><tr><th>模型</th><th>规则</th><th>办结</th><th>成案</th><th>成案率</th><th>移送</th><th>不成案（按原因占办结比例）</th><th>办结用时中位数（天）</th></tr></thead><tbody>\n");
        foreach (var o in workflow.Outcomes)
        {
            sb.Append("<tr data-model=\"").Append(E(o.ModelId)).Append("\" data-rule=\"").Append(E(o.RuleId ?? string.Empty)).Append("\"><td>").Append(E(o.ModelId)).Append("</td><td>")
              .Append(E(o.RuleId ?? "（全部）")).Append("</td><td class=\"num\">").Append(I(o.Closed)).Append("</td><td class=\"num\">").Append(I(o.Cases))
              .Append("</td><td class=\"num case-rate\">").Append(o.CaseRate.ToString("0.0%", CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">").Append(I(o.Referred))
              .Append("</td><td>").Append(E(o.NotCaseText)).Append("</td><td class=\"num\">").Append(o.MedianDaysToClose.ToString("0.0", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendModel(StringBuilder sb, ModelLeads model, ReportWorkflow? workflow)
    {
        sb.Append("<section class=\"model\" data-model=\"").Append(E(model.ModelId)).Append("\">\n<h2>").Append(E(model.ModelId)).Append(' ')
          .Append(E(model.Title)).Append(" <small>v").Append(E(model.Version)).Append(" · ").Append(I(model.Leads.Count)).Append(" 条线索</small></h2>\n")
          .Append("<table class=\"leads\"><thead><tr>")
          .Append("<th data-sort=\"rank\" data-type=\"num\" aria-sort=\"ascending\">排名</th><th data-sort=\"id\">线索编号</th><th data-sort=\"name\">对象</th>")
          .Append("<th data-sort=\"role\">角色</th><th data-sort=\"key\">主体标识</th><th data-sort=\"score\" data-type=\"num\">分值</th>")
          .Append("<th data-sort=\"amount\" data-type=\"num\">金额（元）</th><th data-sort=\"region\">法院/区划</th><th>命中规则</th></tr></thead>\n");
        foreach (var lead in model.Leads)
        {
            AppendLead(sb, lead, workflow?.For(lead.LeadId));
        }

        sb.Append("</table>\n</section>\n");
    }

    private static void AppendLead(StringBuilder sb, Lead lead, LeadState? state)
    {
        var region = LeadRegions.For(lead);
        var search = string.Join(" ", new[] { lead.LeadId, lead.Subject.Name, lead.Subject.Role, lead.Subject.Key, region }
            .Concat(lead.Rules.Select(r => r.RuleId + " " + r.Description)).Concat(lead.Evidence.Select(e => e.RecordKey))
            .Concat(state is null ? [] : new[] { state.Status, state.Outcome ?? string.Empty, state.Assignee ?? string.Empty, state.Department ?? string.Empty }.Concat(state.Flags)));
        sb.Append("<tbody class=\"lead\" id=\"").Append(E(lead.LeadId)).Append("\" data-model=\"").Append(E(lead.ModelId))
          .Append("\" data-rank=\"").Append(I(lead.Rank)).Append("\" data-id=\"").Append(E(lead.LeadId))
          .Append("\" data-name=\"").Append(E(lead.Subject.Name)).Append("\" data-role=\"").Append(E(lead.Subject.Role))
          .Append("\" data-key=\"").Append(E(lead.Subject.Key)).Append("\" data-score=\"").Append(LeadText.Number(lead.Score))
          .Append("\" data-amount=\"").Append(lead.Amount?.ToString(CultureInfo.InvariantCulture) ?? "0").Append("\" data-region=\"").Append(E(region))
          .Append("\" data-search=\"").Append(E(search)).Append("\">\n<tr class=\"summary\" tabindex=\"0\" aria-expanded=\"false\">")
          .Append("<td class=\"num\">").Append(I(lead.Rank)).Append("</td><td class=\"id\"><span class=\"toggle\" aria-hidden=\"true\">▸</span>").Append(E(lead.LeadId))
          .Append(state is null ? string.Empty : "<span class=\"state\">" + E(state.Status) + (state.Outcome is null ? string.Empty : " · " + E(state.Outcome)) + "</span>")
          .Append(state is { Overdue: true } ? "<span class=\"overdue\">逾期</span>" : string.Empty).Append("</td>")
          .Append("<td>").Append(E(lead.Subject.Name)).Append(" <span class=\"kind\">").Append(E(LeadText.Kind(lead.Subject.Kind))).Append("</span></td>")
          .Append("<td>").Append(E(lead.Subject.Role)).Append("</td><td class=\"key\">").Append(E(lead.Subject.Key))
          .Append(lead.Subject.Match == "normalizedName" ? " <span class=\"weak\" title=\"按名称比对，需人工核实\">名称比对</span>" : string.Empty).Append("</td>")
          .Append("<td class=\"num score\">").Append(LeadText.Number(lead.Score)).Append("</td>")
          .Append("<td class=\"num\">").Append(lead.Amount?.ToString("N2", CultureInfo.InvariantCulture) ?? string.Empty).Append("</td>")
          .Append("<td>").Append(E(region)).Append("</td><td class=\"rules\">")
          .Append(string.Join(" ", lead.Rules.Select(r => "<span class=\"rule\" title=\"" + E(r.Description) + "\">" + E(r.RuleId) + " <span class=\"rule-text\">" + E(LeadText.Short(r.Description)) + "</span> +" + LeadText.Number(r.Weight) + "</span>")))
          .Append("</td></tr>\n<tr class=\"detail\" hidden><td colspan=\"9\">\n");
        if (state is not null)
        {
            AppendState(sb, state);
        }

        sb.Append("<h3>命中规则</h3><table class=\"plain\"><thead><tr><th>规则</th><th>说明</th><th>权重</th><th>次数</th><th>金额（元）</th></tr></thead><tbody>");
        foreach (var r in lead.Rules)
        {
            sb.Append("<tr><td>").Append(E(r.RuleId)).Append("</td><td>").Append(E(r.Description)).Append("</td><td class=\"num\">+").Append(LeadText.Number(r.Weight))
              .Append("</td><td class=\"num\">").Append(I(LeadEvidence.Count(lead, r))).Append("</td><td class=\"num\">").Append(r.Amount?.ToString("N2", CultureInfo.InvariantCulture) ?? string.Empty).Append("</td></tr>");
        }

        var records = LeadEvidence.Records(lead);
        sb.Append("</tbody></table>\n<h3>证据（").Append(I(records.Count)).Append(" 条记录）</h3><ol class=\"evidence\">");
        foreach (var e in records)
        {
            sb.Append("<li><span class=\"dataset\">").Append(E(e.Dataset)).Append("</span> <span class=\"record\">").Append(E(e.RecordKey)).Append("</span> ")
              .Append(string.Join(" ", e.RuleIds.Select(id => "<span class=\"rule\">" + E(id) + "</span>")));
            if (e.Match is { } m)
            {
                sb.Append(" <span class=\"match\">").Append(E(LeadText.Match(m))).Append("</span>");
            }

            if (e.Probability is { } p)
            {
                sb.Append(" <span class=\"prob\" title=\"分类器判断文本相关的概率\">p=").Append(p.ToString("0.000", CultureInfo.InvariantCulture)).Append("</span>");
            }

            if (e.Excerpt is { } excerpt)
            {
                sb.Append("<blockquote class=\"excerpt\">");
                foreach (var (text, matched) in Highlight.Split(excerpt))
                {
                    sb.Append(matched ? "<mark>" + E(text) + "</mark>" : E(text));
                }

                sb.Append("</blockquote>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ol>\n</td></tr>\n</tbody>\n");
    }

    /// <summary>A lead's state in the lead book and its whole history (全程留痕), inside its detail row.</summary>
    private static void AppendState(StringBuilder sb, LeadState state)
    {
        sb.Append("<h3>办理情况</h3><dl class=\"facts state-facts\">")
          .Append("<dt>状态</dt><dd class=\"status\">").Append(E(state.Status)).Append("</dd>")
          .Append("<dt>办理结果</dt><dd>").Append(E(state.OutcomeText.Length == 0 ? "—" : state.OutcomeText)).Append("</dd>")
          .Append("<dt>承办人</dt><dd>").Append(E(state.Assignee ?? "—")).Append("</dd>")
          .Append("<dt>承办部门</dt><dd>").Append(E(state.Department ?? "—")).Append("</dd>")
          .Append("<dt>办理期限</dt><dd>").Append(E(state.DueDate ?? "—")).Append(state.Overdue ? " <span class=\"overdue\">逾期</span>" : string.Empty).Append("</dd>")
          .Append("<dt>标记</dt><dd>").Append(E(state.Flags.Count == 0 ? "—" : string.Join("、", state.Flags))).Append("</dd>")
          .Append("<dt>版本</dt><dd>").Append(I(state.Version)).Append("</dd></dl>\n");
        sb.Append("<h3>处理记录（").Append(I(state.History.Count)).Append(" 条）</h3><table class=\"plain history\"><thead><tr><th>时间（UTC）</th><th>操作人</th><th>事项</th><th>原值</th><th>新值</th><th>备注</th></tr></thead><tbody>");
        foreach (var e in state.History)
        {
            sb.Append("<tr><td>").Append(E(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))).Append("</td><td>").Append(E(e.Actor))
              .Append("</td><td>").Append(E(e.Kind)).Append("</td><td>").Append(E(e.OldValue ?? string.Empty)).Append("</td><td>").Append(E(e.NewValue ?? string.Empty))
              .Append("</td><td>").Append(E(e.Note ?? string.Empty)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>\n");
    }

    internal static string E(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
