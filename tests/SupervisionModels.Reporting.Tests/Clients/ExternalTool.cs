using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace SupervisionModels.Reporting.Tests.Clients;

/// <summary>
/// A real client program the report tests drive (LibreOffice, Chromium). Missing, the test is reported as skipped
/// with the reason and how to install it — never failed, never a silent pass; <c>SUPERVISE_SKIP_CLIENT_TESTS=1</c>
/// skips these tests even where the clients are installed (<see cref="ClientFactAttribute"/>). Every run has a
/// time-out, so a hung client fails the test instead of CI.
/// </summary>
internal static class ExternalTool
{
    public const string SkipVariable = "SUPERVISE_SKIP_CLIENT_TESTS";

    /// <summary>The first of <paramref name="names"/> found on PATH; skips the test naming them when none is.</summary>
    public static string Require(string what, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip($"{SkipVariable}=1: the checks in LibreOffice and Chromium are turned off.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in names)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Skip($"{what} is not installed ({string.Join(" or ", names)} not on PATH); .ci/install-report-tools (as root, Debian) installs it.");
        return string.Empty; // not reached: Skip throws
    }

    /// <summary>
    /// Ends the test as skipped. The reason is also added as a warning: dotnet test's default (minimal) console output
    /// prints a test's warnings but not its skip reason, and whoever reads it must see why.
    /// </summary>
    private static void Skip(string reason)
    {
        TestContext.Current.AddWarning(reason);
        Assert.Skip(reason);
    }

    /// <summary>Runs a program to its end within <paramref name="timeout"/>; a hang kills it and fails the test.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds} s and was stopped. Its error output:\n{error}");
        }

        process.WaitForExit(); // drains the redirected streams
        return (process.ExitCode, output.ToString(), error.ToString());
    }
}

/// <summary>
/// A test that opens a report in a real client. It calls <see cref="ExternalTool.Require"/> first, which skips it,
/// saying why, when the client is not installed or <c>SUPERVISE_SKIP_CLIENT_TESTS=1</c> is set (a skip decided when
/// the test runs, so that the reason shows in dotnet test's output).
/// </summary>
public sealed class ClientFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : FactAttribute(sourceFilePath, sourceLineNumber);
