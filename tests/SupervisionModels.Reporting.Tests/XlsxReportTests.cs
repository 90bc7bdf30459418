using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace SupervisionModels.Reporting.Tests;

public sealed class XlsxReportTests
{
    private static async Task<MemoryStream> WriteAsync(LeadReport report)
    {
        var stream = new MemoryStream();
        await ReportWriter.WriteAsync(report, ReportFormat.Xlsx, stream);
        stream.Position = 0;
        return stream;
    }

    private static string CellText(WorkbookPart workbook, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var item = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
            return item.InnerText;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }

    private static Worksheet Sheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string[] Row(WorkbookPart workbook, Worksheet sheet, int index) =>
        sheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex! == (uint)index).Elements<Cell>().Select(c => CellText(workbook, c)).ToArray();

    [Fact]
    public async Task Workbook_HasSummaryAPerModelSheetAndEvidence()
    {
        using var stream = await WriteAsync(TestLeads.Report());
        using var document = SpreadsheetDocument.Open(stream, false);

        Assert.Equal(["摘要", "SM0001 虚假诉讼·套取车牌额度拍卖款", "SM0002 未成年人“笑气”滥用", "证据"],
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task ModelSheet_HasChineseHeaders_FrozenHeaderRow_Filter_WrappedReasons_AndMaskedRankedLeads()
    {
        using var stream = await WriteAsync(TestLeads.Report());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = Sheet(workbook, "SM0002 未成年人“笑气”滥用");

        Assert.Equal(["排名", "线索编号", "对象", "对象类型", "角色", "主体标识", "识别方式", "分值", "涉案金额（元）", "命中规则", "证据"], Row(workbook, sheet, 1));
        Assert.Equal(["1", "SM0002-CCCCCCCCCC", "龙口市福润特种气体经营部", "单位", "非法销售者", "CC:92370681MA54UWTB51", "统一社会信用代码", "70", "", "S1 因销售“笑气”被查处（+15，1 次）", "查看 1 条证据"], Row(workbook, sheet, 2));
        Assert.Equal(["2", "SM0002-BBBBBBBBBB", "欧***", "自然人", "未成年人", "PN:欧***", "名称比对（需人工核实）", "40", ""], Row(workbook, sheet, 3)[..9]);
        var pane = sheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:K3", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.All(sheet.GetFirstChild<Columns>()!.Elements<Column>(), c => Assert.True(c.Width!.Value >= 6));
        Assert.Equal(1u, sheet.GetFirstChild<PageSetup>()!.FitToWidth!.Value); // prints one page wide
        var reasons = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ElementAt(1).Elements<Cell>().ElementAt(9);
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)reasons.StyleIndex!.Value);
        Assert.True(format.Alignment!.WrapText!.Value);
    }

    [Fact]
    public async Task ModelSheet_LinksEachLeadToItsFirstEvidenceRow()
    {
        using var stream = await WriteAsync(TestLeads.Report());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        var links = Sheet(workbook, "SM0002 未成年人“笑气”滥用").GetFirstChild<Hyperlinks>()!.Elements<Hyperlink>()
            .Select(h => (h.Reference!.Value, h.Location!.Value)).ToArray();

        // Evidence rows: SM0001-A (2 records, rows 2–3), SM0002-C (row 4), SM0002-B (row 5).
        Assert.Equal([("K2", "'证据'!A4"), ("K3", "'证据'!A5")], links);
        var evidence = Sheet(workbook, "证据");
        Assert.Equal("SM0002-CCCCCCCCCC", Row(workbook, evidence, 4)[0]);
        Assert.Equal("SM0002-BBBBBBBBBB", Row(workbook, evidence, 5)[0]);
    }

    [Fact]
    public async Task EvidenceSheet_MasksExcerpts_AndMarksMatchedWordsInRedBold()
    {
        using var stream = await WriteAsync(TestLeads.Report());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var evidence = Sheet(workbook, "证据");

        Assert.Equal(["线索编号", "模型", "排名", "对象", "规则", "数据集", "记录号", "摘录（【】内为命中词）", "命中词", "关联方式", "分类器概率"], Row(workbook, evidence, 1));
        var row = Row(workbook, evidence, 5);
        Assert.Equal("…在山东省烟台市龙口市******吸食【笑气】，身份证号3706**********4665…", row[7]);
        var excerptCell = evidence.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex! == 5u).Elements<Cell>().ElementAt(7);
        var item = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(excerptCell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var bold = Assert.Single(item.Elements<Run>(), r => r.RunProperties!.GetFirstChild<Bold>() is not null);
        Assert.Equal("【笑气】", bold.InnerText);
        Assert.NotNull(evidence.GetFirstChild<AutoFilter>());
    }

    [Fact]
    public async Task SummarySheet_ShowsProvenanceAndCounts()
    {
        using var stream = await WriteAsync(TestLeads.Report());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var summary = Sheet(workbook, "摘要");
        var cells = summary.Descendants<Cell>().Select(c => CellText(workbook, c)).ToArray();

        Assert.Contains("引擎版本", cells);
        Assert.Contains("0.1.0", cells);
        Assert.Contains("/data/judgments", cells);
        Assert.Contains("part-00000.parquet", cells);
        Assert.Contains(new string('a', 64), cells);
        Assert.Contains("min-cases = 2", cells);
        Assert.Contains(new ReportHeader("", default, "", 0, false, null).MaskingNote, cells);
        Assert.Contains("a warning", cells);
    }

    [Fact]
    public async Task SummarySheet_WithoutRunRecord_SaysSo()
    {
        using var stream = await WriteAsync(TestLeads.Report(withoutRun: true));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        Assert.Contains(ReportHeader.NoRunRecordNote, Sheet(workbook, "摘要").Descendants<Cell>().Select(c => CellText(workbook, c)));
    }

    [Fact]
    public async Task AnotherReader_MiniExcel_ReadsTheSameLeads()
    {
        using var stream = await WriteAsync(TestLeads.Report());

        var rows = stream.Query(useHeaderRow: true, sheetName: "SM0002 未成年人“笑气”滥用").Cast<IDictionary<string, object?>>().ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Equal(["SM0002-CCCCCCCCCC", "SM0002-BBBBBBBBBB"], rows.Select(r => r["线索编号"]?.ToString()));
        Assert.Equal("欧***", rows[1]["对象"]);
    }
}
