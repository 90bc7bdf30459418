using SupervisionModels.Data;
using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>Identifier columns that fail their check far more than data does: a warning in the console, the run
/// record and (through the record's summary) the reports; <c>--strict</c> makes it exit 1 (issue 12, item 1).</summary>
public sealed class DataQualityWarningTests
{
    private static readonly string[] Sm0003Datasets = ["case_persons", "disabled_persons", "poverty_monitoring", "procuratorate_cases", "social_assistance", "women_federation_aid"];

    /// <summary>SM0003's sample datasets, with judicial_aid_grants replaced by ten grants of which
    /// <paramref name="damaged"/> have a wrong check character.</summary>
    private static async Task<(TempFolder Temp, string Data)> ArrangeAsync(int damaged)
    {
        var temp = new TempFolder();
        var data = temp.Combine("data");
        foreach (var dataset in Sm0003Datasets)
        {
            Directory.CreateDirectory(Path.Combine(data, dataset));
            File.Copy(Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample", dataset, "part-00000.parquet"), Path.Combine(data, dataset, "part-00000.parquet"));
        }

        var grants = Enumerable.Range(1, 10).Select(i =>
        {
            var body = $"37040519940317{i:D3}";
            var check = ResidentId.CheckCharacter(body);
            var wrong = check == '0' ? '1' : '0';
            return new JudicialAidGrant
            {
                AidNo = $"台检救〔2019〕{i}号",
                GrantingBody = "山东省枣庄市台儿庄区人民检察院",
                RecipientName = "任蕾",
                RecipientId = body + (i <= damaged ? wrong : check),
                Amount = 1000m,
                GrantedDate = new DateOnly(2019, 10, 29),
            };
        });
        await ParquetFactWriter<JudicialAidGrant>.WriteAllAsync(Path.Combine(data, "judicial_aid_grants", "part-00000.parquet"), grants, ct: TestContext.Current.CancellationToken);
        return (temp, data);
    }

    [Fact]
    public async Task Run_IdentifierColumnFailingItsCheck_WarnsInConsoleAndRunRecord()
    {
        var (temp, data) = await ArrangeAsync(damaged: 3);
        using var _ = temp;
        var output = temp.Combine("out", "leads.jsonl");

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--models", "SM0003", "--out", output);

        Assert.True(exit == 0, cli.Error);
        const string Expected = "dataset 'judicial_aid_grants' column 'recipient_id': 3 of 10 resident ID numbers (30.0 %) fail the GB 11643 check, more than the 1 % expected; 0 null (0.0 %)";
        Assert.Contains("warning: " + Expected, cli.Error, StringComparison.Ordinal);
        var record = await LeadJson.ReadRunAsync(output, TestContext.Current.CancellationToken);
        Assert.NotNull(record);
        Assert.Contains(Expected, record.Warnings!);
        Assert.Contains(Expected, record.Summary.Warnings); // what the xlsx and HTML reports list in their header
        var figure = Assert.Single(record.DataQuality!, q => q.Dataset == "judicial_aid_grants");
        Assert.Equal(("recipient_id", Data.Quality.IdentifierKind.ResidentId, 10L, 0L, 3L), (figure.Column, figure.Kind, figure.Values, figure.Nulls, figure.Invalid));
        Assert.Contains(record.DataQuality!, q => q is { Dataset: "case_persons", Column: "id_no", Invalid: 0 });
    }

    [Fact]
    public async Task Run_Strict_IdentifierColumnFailingItsCheck_Exit1AndWritesNothing()
    {
        var (temp, data) = await ArrangeAsync(damaged: 3);
        using var _ = temp;
        var output = temp.Combine("out", "leads.jsonl");

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--models", "SM0003", "--out", output, "--strict");

        Assert.Equal(1, exit);
        Assert.Contains("error: --strict: 1 data-quality warning(s): dataset 'judicial_aid_grants' column 'recipient_id': 3 of 10", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(LeadJson.SummaryPathFor(output)));
    }

    [Fact]
    public async Task Run_Strict_CleanIdentifiers_RunsWithoutWarning()
    {
        var (temp, data) = await ArrangeAsync(damaged: 0);
        using var _ = temp;
        var output = temp.Combine("out", "leads.jsonl");

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--models", "SM0003", "--out", output, "--strict");

        Assert.True(exit == 0, cli.Error);
        Assert.DoesNotContain("warning:", cli.Error, StringComparison.Ordinal);
        var record = await LeadJson.ReadRunAsync(output, TestContext.Current.CancellationToken);
        Assert.Empty(record!.Warnings!);
    }

    [Fact]
    public async Task Validate_ShowsFiguresAndWarns_Strict_Exit1()
    {
        var (temp, data) = await ArrangeAsync(damaged: 1);
        using var _ = temp;

        var lenient = new CliHarness();
        var exit = await lenient.RunAsync("datasets", "validate", "--data", data, "--models", "SM0003");
        var strict = new CliHarness();
        var strictExit = await strict.RunAsync("datasets", "validate", "--data", data, "--models", "SM0003", "--strict");

        Assert.True(exit == 0, lenient.Error);
        Assert.Contains("warning: dataset 'judicial_aid_grants' column 'recipient_id': 1 of 10 resident ID numbers (10.0 %) fail", lenient.Error, StringComparison.Ordinal);
        Assert.Contains("with 1 data-quality warning(s) above", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("recipient_id", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(1, strictExit);
        Assert.Contains("error: --strict: 1 data-quality warning(s)", strict.Error, StringComparison.Ordinal);
    }
}
