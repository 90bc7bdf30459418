using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SupervisionModels.Leads;

namespace SupervisionModels.Reporting.Writers;

/// <summary>
/// The Excel workbook, written with the Open XML SDK: a summary sheet (摘要: the run's models, datasets with their
/// files, rows and hashes, parameters and settings, times, versions, leads per model), one sheet per model with its
/// ranked leads (Chinese headers, frozen header row, filters, widths set, reasons wrapped, a link to the evidence of
/// each lead) and one evidence sheet (证据) with the matched words in red bold in each excerpt.
/// </summary>
internal static class XlsxReportWriter
{
    /// <summary>The name of the summary sheet.</summary>
    public const string SummarySheet = "摘要";

    /// <summary>The name of the evidence sheet.</summary>
    public const string EvidenceSheet = "证据";

    /// <summary>The headers of a model's sheet.</summary>
    public static IReadOnlyList<string> LeadColumns { get; } =
        ["排名", "线索编号", "对象", "对象类型", "角色", "主体标识", "识别方式", "分值", "涉案金额（元）", "命中规则", "证据"];

    /// <summary>The headers of the evidence sheet.</summary>
    public static IReadOnlyList<string> EvidenceColumns { get; } =
        ["线索编号", "模型", "排名", "对象", "规则", "数据集", "记录号", "摘录（【】内为命中词）", "命中词", "关联方式", "分类器概率"];

    /// <summary>The name of a lead book export's history sheet (every event of every lead).</summary>
    public const string HistorySheet = "处理记录";

    /// <summary>The name of a lead book export's outcomes sheet (成案率 per model and rule).</summary>
    public const string OutcomesSheet = "办结统计";

    /// <summary>The columns a lead book export adds to a model's sheet, after <see cref="LeadColumns"/>.</summary>
    public static IReadOnlyList<string> StateColumns { get; } =
        ["状态", "办理结果", "承办人", "承办部门", "办理期限", "逾期", "标记", "版本", "处理记录"];

    /// <summary>The headers of the history sheet.</summary>
    public static IReadOnlyList<string> HistoryColumns { get; } = ["线索编号", "模型", "时间（UTC）", "操作人", "事项", "原值", "新值", "备注"];

    /// <summary>The headers of the outcomes sheet.</summary>
    public static IReadOnlyList<string> OutcomeColumns { get; } = ["模型", "规则", "办结", "成案", "成案率", "移送", "不成案（按原因占办结比例）", "办结用时中位数（天）"];

    private static readonly double[] LeadWidths = [6, 20, 28, 9, 12, 26, 16, 7, 14, 70, 14];
    private static readonly double[] StateWidths = [9, 24, 12, 16, 12, 6, 20, 6, 10];
    private static readonly double[] HistoryWidths = [20, 9, 20, 14, 14, 30, 30, 50];
    private static readonly double[] OutcomeWidths = [9, 9, 8, 8, 9, 8, 50, 14];
    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new(Runtime.Leads.LeadJson.Options) { WriteIndented = true };
    private static readonly double[] SummaryWidths = [18, 40, 14, 12, 66, 60];
    private static readonly double[] EvidenceWidths = [20, 9, 6, 24, 7, 20, 34, 80, 24, 14, 10];

    public static async Task WriteAsync(LeadReport report, Stream stream, CancellationToken cancellationToken)
    {
        // The packaging API wants a seekable, readable stream and writes synchronously: build in memory, then copy.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            new Builder(document, report).Build(cancellationToken);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A model's sheet name: its id and title, within Excel's 31 characters and without the characters it forbids.</summary>
    public static string SheetName(ModelLeads model)
    {
        var name = (model.ModelId + " " + model.Title).Trim();
        foreach (var c in "[]:*?/\\")
        {
            name = name.Replace(c, '·');
        }

        return name.Length > 31 ? name[..31] : name;
    }

    /// <summary>The A1 name of a column (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private sealed class Builder(SpreadsheetDocument document, LeadReport report)
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();
        private readonly Sheets _sheets = new();
        private readonly DefinedNames _names = new();
        private WorkbookPart _workbook = null!;
        private int _count;
        private IReadOnlyList<double> _widths = [];

        public void Build(CancellationToken cancellationToken)
        {
            _workbook = document.AddWorkbookPart();
            _workbook.Workbook = new Workbook();
            _workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();

            // Each lead's first evidence row, so the model sheets can link to it.
            var evidenceRows = new Dictionary<string, int>(StringComparer.Ordinal);
            var row = 2;
            foreach (var lead in report.Leads)
            {
                evidenceRows[lead.LeadId] = row;
                row += Math.Max(1, lead.Evidence.Count);
            }

            AddSheet(SummarySheet, SummarySheetContent());
            foreach (var model in report.Models)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddSheet(SheetName(model), ModelSheet(model, evidenceRows));
            }

            cancellationToken.ThrowIfCancellationRequested();
            AddSheet(EvidenceSheet, EvidenceSheetContent());
            if (report.Workflow is { } workflow)
            {
                AddSheet(HistorySheet, HistorySheetContent(workflow));
                AddSheet(OutcomesSheet, OutcomesSheetContent(workflow));
            }

            _workbook.Workbook.Append(new BookViews(new WorkbookView { ActiveTab = 0 }), _sheets);
            if (_names.HasChildren)
            {
                _workbook.Workbook.Append(_names);
            }

            _workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = _table;
            _table.Count = (uint)_count;
            _table.UniqueCount = (uint)_count;
        }

        private void AddSheet(string name, Worksheet worksheet)
        {
            // Printed (or converted to PDF), a sheet fits the page's width in landscape: a prosecutor files it on paper.
            worksheet.PrependChild(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            worksheet.Append(
                new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            var part = _workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = worksheet;
            var index = (uint)_sheets.ChildElements.Count;
            _sheets.Append(new Sheet { Name = name, SheetId = index + 1, Id = _workbook.GetIdOfPart(part) });
            var quoted = $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";
            if (worksheet.GetFirstChild<AutoFilter>() is { Reference.Value: { } range })
            {
                // Excel keeps a filter's range in this hidden name too; without it some readers drop the filter buttons.
                _names.Append(new DefinedName($"{quoted}!{Absolute(range)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
                _names.Append(new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = index }); // the header on every page
            }
        }

        private Worksheet SummarySheetContent()
        {
            _widths = SummaryWidths;
            var data = new SheetData();
            var header = report.Header;
            var run = header.Run;
            var r = 1;
            AddRow(data, r++, XlsxStyles.Title, Text(header.Title));
            AddRow(data, r++, XlsxStyles.Plain, Text(header.MaskingNote));
            r++;
            AddPair(data, ref r, "线索文件", header.Source);
            AddPair(data, ref r, "报告生成时间", LeadText.Time(header.GeneratedAt));
            AddPair(data, ref r, "线索总数", header.LeadCount);
            if (run is null)
            {
                AddPair(data, ref r, "运行记录", ReportHeader.NoRunRecordNote);
            }
            else
            {
                AddPair(data, ref r, "引擎版本", run.Summary.EngineVersion);
                AddPair(data, ref r, "运行开始", LeadText.Time(header.RunStartedAt!.Value));
                AddPair(data, ref r, "运行耗时（秒）", Math.Round(run.Summary.Elapsed.TotalSeconds, 1));
                AddPair(data, ref r, "数据目录", header.DataFolder ?? string.Empty);
            }

            r++;
            AddRow(data, r++, XlsxStyles.Section, Text("各模型线索数"));
            AddRow(data, r++, XlsxStyles.Header, Text("模型"), Text("名称"), Text("版本"), Text("类别"), Text("线索数"));
            var models = run?.Summary.Models.Select(m => (m.Id, m.Title, m.Version, m.Category))
                ?? report.Models.Select(m => (Id: m.ModelId, m.Title, m.Version, Category: string.Empty));
            foreach (var m in models)
            {
                var count = report.Models.FirstOrDefault(x => x.ModelId == m.Id)?.Leads.Count ?? 0;
                AddRow(data, r++, XlsxStyles.Wrap, Text(m.Id), Text(m.Title), Text(m.Version), Text(m.Category), Number(count, XlsxStyles.Left));
            }

            if (run is not null)
            {
                r++;
                AddRow(data, r++, XlsxStyles.Section, Text("模型参数（本次运行的有效值）"));
                AddRow(data, r++, XlsxStyles.Header, Text("模型"), Text("参数 = 值"));
                foreach (var m in run.Summary.Models)
                {
                    foreach (var (name, value) in m.Parameters)
                    {
                        AddRow(data, r++, XlsxStyles.Wrap, Text(m.Id), Text($"{name} = {value}"));
                    }
                }
            }

            if (run is not null)
            {
                r++;
                AddRow(data, r++, XlsxStyles.Section, Text("数据来源（文件、行数、内容哈希 SHA-256）"));
                AddRow(data, r++, XlsxStyles.Header, Text("数据集"), Text("文件"), Text("字节数"), Text("行数"), Text("SHA-256"), Text("读取列"));
                foreach (var dataset in run.Summary.Datasets)
                {
                    var columns = string.Join("、", dataset.LoadedColumns.Concat(dataset.ScannedColumns.Select(c => c + "（扫描）")));
                    AddRow(data, r++, XlsxStyles.Wrap, Text(dataset.Provenance.Dataset), Text(ReportPaths.Shown(dataset.Provenance.Location, header.WorkingDirectory)), Empty(), Number(dataset.Rows), Empty(), Text(columns));
                    foreach (var file in dataset.Provenance.Files)
                    {
                        AddRow(data, r++, XlsxStyles.Wrap, Empty(), Text(ReportPaths.InDataset(dataset.Provenance.Location, file.Path)), Number(file.Bytes), Empty(), Text(file.Sha256), Empty());
                    }
                }

                r++;
                AddRow(data, r++, XlsxStyles.Section, Text("运行设置"));
                foreach (var (key, value) in run.Settings)
                {
                    AddRow(data, r++, XlsxStyles.Wrap, Text(key), Text(value is null ? "（无）" : System.Text.Json.JsonSerializer.Serialize(value, IndentedJson)));
                }

                if (run.Summary.Warnings.Count > 0)
                {
                    r++;
                    AddRow(data, r++, XlsxStyles.Section, Text("警告"));
                    foreach (var warning in run.Summary.Warnings)
                    {
                        AddRow(data, r++, XlsxStyles.Wrap, Text(warning));
                    }
                }
            }

            return new Worksheet(
                new SheetViews(new SheetView { TabSelected = true, WorkbookViewId = 0 }),
                Columns(SummaryWidths),
                data);
        }

        private Worksheet ModelSheet(ModelLeads model, Dictionary<string, int> evidenceRows)
        {
            var workflow = report.Workflow;
            IReadOnlyList<string> columns = workflow is null ? LeadColumns : [.. LeadColumns, .. StateColumns];
            IReadOnlyList<double> widths = workflow is null ? LeadWidths : [.. LeadWidths, .. StateWidths];
            _widths = widths;
            var data = new SheetData();
            var links = new Hyperlinks();
            AddRow(data, 1, XlsxStyles.Header, columns.Select(Text).ToArray());
            var r = 2;
            foreach (var lead in model.Leads)
            {
                var evidenceRef = $"'{EvidenceSheet}'!A{evidenceRows[lead.LeadId].ToString(CultureInfo.InvariantCulture)}";
                var linkCell = ColumnName(LeadColumns.Count - 1) + r.ToString(CultureInfo.InvariantCulture);
                Cell[] cells =
                [
                    Number(lead.Rank), Text(lead.LeadId), Text(lead.Subject.Name), Text(LeadText.Kind(lead.Subject.Kind)), Text(lead.Subject.Role),
                    Text(lead.Subject.Key), Text(LeadText.Match(lead.Subject.Match)), Number(lead.Score),
                    lead.Amount is { } amount ? Number((double)amount, XlsxStyles.Money) : Empty(),
                    Text(LeadText.Reasons(lead), XlsxStyles.Wrap), Text($"查看 {lead.Evidence.Count} 条证据", XlsxStyles.Link),
                ];
                if (workflow?.For(lead.LeadId) is { } state)
                {
                    cells =
                    [
                        .. cells, Text(state.Status), Text(state.OutcomeText, XlsxStyles.Wrap), Text(state.Assignee ?? string.Empty), Text(state.Department ?? string.Empty),
                        Text(state.DueDate ?? string.Empty), Text(state.Overdue ? "逾期" : string.Empty), Text(string.Join("、", state.Flags), XlsxStyles.Wrap),
                        Number(state.Version), Number(state.History.Count),
                    ];
                }

                AddRow(data, r, XlsxStyles.Top, cells);
                links.Append(new Hyperlink { Reference = linkCell, Location = evidenceRef, Display = $"查看 {lead.Evidence.Count} 条证据", Tooltip = "转到证据表" });
                r++;
            }

            var worksheet = new Worksheet(FrozenHeader(), Columns(widths), data,
                new AutoFilter { Reference = $"A1:{ColumnName(columns.Count - 1)}{(r - 1).ToString(CultureInfo.InvariantCulture)}" });
            if (links.HasChildren)
            {
                worksheet.Append(links);
            }

            return worksheet;
        }

        private Worksheet EvidenceSheetContent()
        {
            _widths = EvidenceWidths;
            var data = new SheetData();
            AddRow(data, 1, XlsxStyles.Header, EvidenceColumns.Select(Text).ToArray());
            var r = 2;
            foreach (var lead in report.Leads)
            {
                var evidence = lead.Evidence.Count == 0 ? new Evidence?[] { null } : lead.Evidence.Cast<Evidence?>();
                foreach (var e in evidence)
                {
                    AddRow(data, r++, XlsxStyles.Top,
                        Text(lead.LeadId), Text(lead.ModelId), Number(lead.Rank), Text(lead.Subject.Name),
                        Text(e?.RuleId ?? string.Empty), Text(e?.Dataset ?? string.Empty), Text(e?.RecordKey ?? string.Empty),
                        e?.Excerpt is { } excerpt ? Rich(excerpt) : Empty(),
                        Text(e is null ? string.Empty : string.Join("、", e.MatchedWords), XlsxStyles.Wrap),
                        Text(e?.Match is { } m ? LeadText.Match(m) : string.Empty),
                        e?.Probability is { } p ? Number(p, XlsxStyles.Probability) : Empty());
                }
            }

            return new Worksheet(FrozenHeader(), Columns(EvidenceWidths), data,
                new AutoFilter { Reference = $"A1:{ColumnName(EvidenceColumns.Count - 1)}{(r - 1).ToString(CultureInfo.InvariantCulture)}" });
        }

        /// <summary>Every event of every lead, lead by lead in the report's order, oldest first: 全程留痕 on one sheet.</summary>
        private Worksheet HistorySheetContent(ReportWorkflow workflow)
        {
            _widths = HistoryWidths;
            var data = new SheetData();
            AddRow(data, 1, XlsxStyles.Header, HistoryColumns.Select(Text).ToArray());
            var r = 2;
            foreach (var lead in report.Leads)
            {
                foreach (var e in workflow.For(lead.LeadId)?.History ?? [])
                {
                    AddRow(data, r++, XlsxStyles.Top,
                        Text(lead.LeadId), Text(lead.ModelId), Text(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), Text(e.Actor), Text(e.Kind),
                        Text(e.OldValue ?? string.Empty, XlsxStyles.Wrap), Text(e.NewValue ?? string.Empty, XlsxStyles.Wrap), Text(e.Note ?? string.Empty, XlsxStyles.Wrap));
                }
            }

            return new Worksheet(FrozenHeader(), Columns(HistoryWidths), data,
                new AutoFilter { Reference = $"A1:{ColumnName(HistoryColumns.Count - 1)}{Math.Max(1, r - 1).ToString(CultureInfo.InvariantCulture)}" });
        }

        /// <summary>The outcome figures a procuratorate reports, per model and then per rule.</summary>
        private Worksheet OutcomesSheetContent(ReportWorkflow workflow)
        {
            _widths = OutcomeWidths;
            var data = new SheetData();
            AddRow(data, 1, XlsxStyles.Header, OutcomeColumns.Select(Text).ToArray());
            var r = 2;
            foreach (var o in workflow.Outcomes)
            {
                AddRow(data, r++, XlsxStyles.Top,
                    Text(o.ModelId), Text(o.RuleId ?? "（全部）"), Number(o.Closed), Number(o.Cases), Number(o.CaseRate, XlsxStyles.Percent), Number(o.Referred),
                    Text(o.NotCaseText, XlsxStyles.Wrap), Number(Math.Round(o.MedianDaysToClose, 1)));
            }

            return new Worksheet(FrozenHeader(), Columns(OutcomeWidths), data);
        }

        private static SheetViews FrozenHeader() => new(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 });

        private static Columns Columns(IReadOnlyList<double> widths)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            }

            return columns;
        }

        private Row AddRow(SheetData data, int index, uint style, params Cell[] cells)
        {
            var row = new Row { RowIndex = (uint)index };
            var lines = 1;
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = cells[i];
                cell.CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
                cell.StyleIndex ??= style;
                if (cell.StyleIndex.Value is XlsxStyles.Wrap or XlsxStyles.Header && cell.Annotation<string>() is { } text && i < _widths.Count)
                {
                    lines = Math.Max(lines, Lines(text, _widths[i]));
                }

                row.Append(cell);
            }

            if (lines > 1)
            {
                // Readers do not all grow a row to its wrapped text on opening (LibreOffice keeps the default height),
                // so the height is set here from the text and the column's width.
                row.Height = Math.Min(409, (lines * 14.3) + 3);
                row.CustomHeight = true;
            }

            data.Append(row);
            return row;
        }

        /// <summary>How many lines <paramref name="text"/> takes in a column <paramref name="width"/> characters wide (CJK characters count two).</summary>
        internal static int Lines(string text, double width)
        {
            // A little short of the width: readers break lines before the last character fits, and a row cut short
            // hides a rule, while a row a line too tall costs nothing.
            var perLine = Math.Max(1, (width * 0.92) - 2);
            var lines = 0;
            foreach (var line in text.Split('\n'))
            {
                var units = 0.0;
                foreach (var c in line)
                {
                    units += c >= '\u2E80' ? 2 : 1.05;
                }

                lines += Math.Max(1, (int)Math.Ceiling(units / perLine));
            }

            return lines;
        }

        private void AddPair(SheetData data, ref int r, string label, string value) =>
            AddRow(data, r++, XlsxStyles.Plain, Text(label, XlsxStyles.Label), Text(value));

        private void AddPair(SheetData data, ref int r, string label, double value) =>
            AddRow(data, r++, XlsxStyles.Plain, Text(label, XlsxStyles.Label), Number(value, XlsxStyles.Left));

        private Cell Text(string value) => Text(value, null);

        private Cell Text(string value, uint? style)
        {
            if (!_strings.TryGetValue(value, out var index))
            {
                index = _count++;
                _strings[value] = index;
                _table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }));
            }

            var cell = new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = style };
            cell.AddAnnotation(value);
            return cell;
        }

        /// <summary>An excerpt as rich text: the 【matched words】 in red bold, the rest plain.</summary>
        private Cell Rich(string excerpt)
        {
            var item = new SharedStringItem();
            foreach (var (text, matched) in Highlight.Split(excerpt))
            {
                var run = new Run();
                if (matched)
                {
                    run.Append(new RunProperties(new Bold(), new Color { Rgb = "FFC00000" }, new FontSize { Val = 11 }, new RunFont { Val = XlsxStyles.FontName }));
                }
                else
                {
                    run.Append(new RunProperties(new FontSize { Val = 11 }, new RunFont { Val = XlsxStyles.FontName }));
                }

                run.Append(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(matched ? "【" + text + "】" : text)) { Space = SpaceProcessingModeValues.Preserve });
                item.Append(run);
            }

            var index = _count++; // rich items are not shared: each excerpt is its own
            _table.Append(item);
            var cell = new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = XlsxStyles.Wrap };
            cell.AddAnnotation(excerpt);
            return cell;
        }

        private static Cell Number(double value, uint? style = null) =>
            new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

        private static Cell Empty() => new();


        private static string Absolute(string range) =>
            string.Join(":", range.Split(':').Select(cell => "$" + new string(cell.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(cell.SkipWhile(char.IsLetter).ToArray())));

        /// <summary>XML 1.0 forbids most control characters; data from the field can hold them.</summary>
        private static string Clean(string value) =>
            value.Any(c => c < 0x20 && c is not '\n' and not '\t' and not '\r') ? new string(value.Where(c => c >= 0x20 || c is '\n' or '\t' or '\r').ToArray()) : value;
    }
}
