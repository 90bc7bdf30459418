using SupervisionModels.Cli.Ui;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary>
/// For the commands that read a leads file without printing its provenance (<c>diff</c>, <c>explain</c>): a run
/// record beside it that belongs to other leads means an interrupted or mixed-up run, and is refused all the same.
/// </summary>
internal static class RunRecordCheck
{
    public static async Task RefuseMismatchAsync(ConsoleUi ui, string leadsPath, CancellationToken cancellationToken) =>
        await ExcerptNamesAsync(ui, leadsPath, cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="RefuseMismatchAsync"/>, and returns the data's names in the excerpts that the run record carries (none without one).</summary>
    public static async Task<IReadOnlyList<string>> ExcerptNamesAsync(ConsoleUi ui, string leadsPath, CancellationToken cancellationToken)
    {
        var (run, warning) = await LeadJson.VerifyRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        if (warning is not null)
        {
            ui.Warn(warning);
        }

        return run?.ExcerptNames ?? [];
    }
}
