using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;
using SupervisionModels.Runtime;

namespace SupervisionModels.Cli.Ui;

/// <summary>
/// All human output of the CLI goes through here: Spectre.Console tables and progress bars when attached to a
/// terminal, plain lines otherwise (CI logs, pipes). Errors go to standard error; machine output (--json) to
/// standard output alone.
/// </summary>
public sealed class ConsoleUi
{
    public ConsoleUi(IAnsiConsole output, IAnsiConsole error, bool interactive)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
    }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Error { get; }

    /// <summary>True when progress bars make sense: a terminal, not redirected, not CI.</summary>
    public bool Interactive { get; }

    /// <summary>The command the user ran (see <see cref="CommandName"/>); the one every hint starts with.</summary>
    public string CommandName { get; init; } = Ui.CommandName.Current;

    /// <summary>A command line to suggest: <paramref name="arguments"/> after the command the user ran.</summary>
    public string Suggest(string arguments) => $"{CommandName} {arguments}";

    public static ConsoleUi CreateDefault()
    {
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsOutputRedirected)
        {
            output.Profile.Width = 160; // logs and files are read wide; Spectre's default of 80 would wrap Chinese tables
        }

        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = 160;
        }

        return new ConsoleUi(output, error, interactive);
    }

    public void Line(string text) => Out.WriteLine(text);

    public void Markup(string markup) => Out.MarkupLine(markup);

    public void Write(IRenderable renderable) => Out.Write(renderable);

    /// <summary>Plain text to standard output, untouched by markup (JSON).</summary>
    public void Raw(string text) => Out.Profile.Out.Writer.WriteLine(text);

    public void Info(string text) => Error.MarkupLine($"[grey]{text.EscapeMarkup()}[/]");

    public void Warn(string text) => Error.MarkupLine($"[yellow]warning:[/] {text.EscapeMarkup()}");

    public void Fail(string text) => Error.MarkupLine($"[red]error:[/] {text.EscapeMarkup()}");

    /// <summary>
    /// Runs <paramref name="work"/> showing its progress: a Spectre progress bar per stage on a terminal; otherwise a
    /// plain line when a stage starts and at most every five seconds after.
    /// </summary>
    public async Task<T> WithProgressAsync<T>(string title, Func<IProgress<RunProgress>, Task<T>> work)
    {
        if (!Interactive)
        {
            var reporter = new PlainProgress(this, title);
            var result = await work(reporter).ConfigureAwait(false);
            reporter.Done();
            return result;
        }

        T value = default!;
        await Error.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(p =>
                {
                    var key = p.Stage + ":" + (p.Stage == "rules" ? p.Detail.Split(' ')[0] : p.Detail);
                    if (!tasks.TryGetValue(key, out var task))
                    {
                        foreach (var t in tasks.Values.Where(t => !t.IsFinished))
                        {
                            t.Value = t.MaxValue;
                        }

                        tasks[key] = task = ctx.AddTask($"{StageName(p.Stage)} {p.Detail}".EscapeMarkup(), maxValue: Math.Max(1, p.Total));
                    }

                    task.Description = $"{StageName(p.Stage)} {p.Detail}".EscapeMarkup();
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = Math.Min(task.MaxValue, p.Done);
                });
                value = await work(progress).ConfigureAwait(false);
                foreach (var t in tasks.Values)
                {
                    t.Value = t.MaxValue;
                }
            }).ConfigureAwait(false);
        return value;
    }

    private static string StageName(string stage) => stage switch
    {
        "load" => "读取",
        "rules" => "规则",
        "generate" => "生成",
        _ => stage,
    };

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }

    private sealed class PlainProgress(ConsoleUi ui, string title) : IProgress<RunProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private string _stage = "";
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                // One line per dataset and per model's rules (not per rule), then at most one every five seconds.
                var stage = value.Stage + (value.Stage == "rules" ? value.Detail.Split(' ')[0] : value.Detail);
                if (stage == _stage && _clock.Elapsed - _last < TimeSpan.FromSeconds(5))
                {
                    return;
                }

                _stage = stage;
                _last = _clock.Elapsed;
                var total = value.Total > 0 ? $"/{value.Total:N0}" : string.Empty;
                ui.Info($"[{_clock.Elapsed:mm\\:ss}] {title}: {value.Stage} {value.Detail} {value.Done:N0}{total}");
            }
        }

        public void Done() => ui.Info($"[{_clock.Elapsed:mm\\:ss}] {title}: done");
    }
}
