using System.Text;

namespace SupervisionModels.Reporting.Tests.Clients;

/// <summary>The workbook opens in LibreOffice Calc: headless conversion to PDF succeeds, and its own CSV export of each model sheet has the leads.</summary>
public sealed class LibreOfficeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static async Task ConvertAsync(string soffice, TempFolder temp, string filter, string file)
    {
        // A profile of its own: a fresh one each time keeps runs independent of the machine's user and of each other.
        var profile = new Uri(temp.Combine("lo-profile")).AbsoluteUri;
        var (exit, output, error) = await ExternalTool.RunAsync(soffice,
            ["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={profile}", "--convert-to", filter, "--outdir", temp.Combine("converted"), file],
            Timeout, new Dictionary<string, string> { ["HOME"] = temp.Path });
        Assert.True(exit == 0, $"soffice --convert-to {filter} exited {exit}:\n{output}\n{error}");
    }

    [ClientFact]
    public async Task Xlsx_OpensInLibreOffice_ConvertsToPdf_AndItsCsvHasEveryLead()
    {
        var soffice = ExternalTool.Require("LibreOffice", "soffice", "libreoffice");
        using var temp = new TempFolder();
        var report = TestLeads.Report();
        var xlsx = temp.Combine("leads.xlsx");
        await ReportWriter.WriteAsync(report, ReportFormat.Xlsx, xlsx);

        await ConvertAsync(soffice, temp, "pdf", xlsx);
        var pdf = temp.Combine("converted", "leads.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(File.ReadAllBytes(pdf).AsSpan(0, 4)));

        // Filter options: comma, quote, UTF-8, from row 1, …, and -1 (the 12th) exports every sheet to its own file.
        await ConvertAsync(soffice, temp, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", xlsx);
        var sheets = Directory.GetFiles(temp.Combine("converted"), "leads-*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f)["leads-".Length..], File.ReadAllText);
        Assert.Equal(["SM0001 虚假诉讼·套取车牌额度拍卖款", "SM0002 未成年人“笑气”滥用", "摘要", "证据"], sheets.Keys.Order(StringComparer.Ordinal));
        foreach (var model in report.Models)
        {
            var records = CsvRecords(sheets[Writers.XlsxReportWriter.SheetName(model)]);
            Assert.Equal("排名", records[0][0]);
            Assert.Equal(model.Leads.Select(l => l.LeadId), records.Skip(1).Select(r => r[1]));
        }

        Assert.Equal(report.Leads.Count, report.Models.Sum(m => CsvRecords(sheets[Writers.XlsxReportWriter.SheetName(m)]).Count - 1));
        Assert.Contains("张*", sheets["SM0001 虚假诉讼·套取车牌额度拍卖款"], StringComparison.Ordinal);
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas and line breaks (the reasons do).</summary>
    private static List<string[]> CsvRecords(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
            }
            else { field.Append(c); }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
