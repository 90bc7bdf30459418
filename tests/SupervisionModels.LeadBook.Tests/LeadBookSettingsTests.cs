using SupervisionModels.Hosting.Settings;

namespace SupervisionModels.LeadBook.Tests;

/// <summary>The settings file's <c>leadBook</c> object: due days per model and the book, checked with file and line.</summary>
public sealed class LeadBookSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string json)
    {
        var path = folder.Combine("supervise.settings.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Due_days_per_model_a_default_and_a_book_relative_to_the_settings_file_are_read_and_the_run_settings_accept_the_object()
    {
        var path = Write("""
            {
              "models": { "SM0002": { "enabled": true } },
              "leadBook": { "db": "cases/leads.db", "dueDays": { "default": 20, "SM0002": 15 } }
            }
            """);

        var settings = LeadBookSettings.Read(path);

        Assert.Equal((20, 15), (settings.DefaultDueDays, settings.DueDaysByModel["SM0002"]));
        Assert.Equal(folder.Combine("cases", "leads.db"), settings.Db);
        var options = settings.ApplyTo(new LeadBookOptions(), new Dictionary<string, int> { ["SM0001"] = 7 });
        Assert.Equal((20, 15, 7), (options.DefaultDueDays, options.DueDaysByModel["SM0002"], options.DueDaysByModel["SM0001"]));
        var run = RunSettings.Load(path, [new SupervisionModels.BuiltIn.MinorsNitrousOxide.MinorsNitrousOxideModel()]);
        Assert.Equal(path, run.SourcePath); // the run's reader leaves "leadBook" to the lead book
    }

    [Fact]
    public void A_file_without_a_lead_book_object_gives_the_defaults()
    {
        var settings = LeadBookSettings.Read(Write("""{ "models": {} }"""));
        Assert.Equal((null, null, 0), (settings.Db, settings.DefaultDueDays, settings.DueDaysByModel.Count));
    }

    [Theory]
    [InlineData("{\n  \"leadBook\": {\n    \"dueDays\": { \"SM0002\": 0 }\n  }\n}", ":3: 'leadBook.dueDays.SM0002' must be a whole number of days from 1 to 3650, got 0")]
    [InlineData("{\n  \"leadBook\": { \"dueDays\": {\n \"SM0002\": \"15\" } }\n}", ":3: 'leadBook.dueDays.SM0002' must be a whole number of days from 1 to 3650, got \"15\"")]
    [InlineData("{ \"leadBook\": { \"dueDays\": { \"default\": 4000 } } }", ":1: 'leadBook.dueDays.default' must be a whole number of days from 1 to 3650, got 4000")]
    [InlineData("{\n\"leadBook\": {\n  \"dueDay\": {}\n} }", ":3: unknown key 'dueDay' in 'leadBook'; expected: db, dueDays")]
    [InlineData("{\n\"leadBook\": [] }", ":2: 'leadBook' must be an object")]
    [InlineData("{\n\"leadBook\": { \"dueDays\": 30 } }", ":2: 'leadBook.dueDays' must be an object of days per model")]
    public void Bad_values_are_refused_naming_the_file_and_line(string json, string expected)
    {
        var path = Write(json);

        var error = Assert.Throws<LeadBookException>(() => LeadBookSettings.Read(path));

        Assert.StartsWith(path + expected, error.Message, StringComparison.Ordinal);
    }
}
