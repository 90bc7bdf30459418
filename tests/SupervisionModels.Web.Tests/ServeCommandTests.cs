using SupervisionModels.Cli.Tests;

namespace SupervisionModels.Web.Tests;

/// <summary><c>supervise serve</c>'s refusals to start: each is exit 1 with a message saying what to do.</summary>
public sealed class ServeCommandTests
{
    private const string AdminPasswordVariable = "SUPERVISE_ADMIN_PASSWORD";

    [Fact]
    public async Task Serve_on_a_book_without_accounts_and_without_the_admin_password_exits_1_saying_which_variable_to_set()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.Combine("data")).FullName;
        var before = Environment.GetEnvironmentVariable(AdminPasswordVariable); // only serve reads it
        Environment.SetEnvironmentVariable(AdminPasswordVariable, null);
        try
        {
            var cli = new CliHarness();
            Assert.Equal(1, await cli.RunAsync("serve", "--data", data, "--urls", "http://127.0.0.1:0"));
            Assert.Contains("no workbench account yet: set SUPERVISE_ADMIN_PASSWORD", cli.Error, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(data, ".supervise", "leads.db"), cli.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(AdminPasswordVariable, before);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task Serve_on_a_missing_data_folder_exits_1_naming_it()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("no-such-data");
        var cli = new CliHarness();
        Assert.Equal(1, await cli.RunAsync("serve", "--data", missing));
        Assert.Contains($"data directory {missing} does not exist", cli.Error, StringComparison.Ordinal);
    }
}
