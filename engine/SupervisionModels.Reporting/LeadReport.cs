using SupervisionModels.Leads;
using SupervisionModels.Reporting.Masking;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Reporting;

/// <summary>
/// What every report format shows: the leads, already masked unless the user asked otherwise, grouped by model in
/// rank order, and the header that says where they came from.
/// </summary>
public sealed class LeadReport
{
    private LeadReport(ReportHeader header, IReadOnlyList<Lead> leads, ReportWorkflow? workflow = null)
    {
        Header = header;
        Leads = leads;
        Workflow = workflow;
        Models = leads.GroupBy(l => l.ModelId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ModelLeads(g.Key, ModelTitle(header.Run, g.Key), g.First().ModelVersion, g.OrderBy(l => l.Rank).ToArray()))
            .ToArray();
    }

    /// <summary>Where the leads came from and how they are shown.</summary>
    public ReportHeader Header { get; }

    /// <summary>All leads, per model in rank order, masked unless <see cref="ReportHeader.Unmasked"/>.</summary>
    public IReadOnlyList<Lead> Leads { get; }

    /// <summary>The leads per model, models by id.</summary>
    public IReadOnlyList<ModelLeads> Models { get; }

    /// <summary>The leads' state, history and outcome figures when the report is a lead book export (masked like the leads); null otherwise.</summary>
    public ReportWorkflow? Workflow { get; }

    /// <summary>
    /// Builds a report. Personal data is masked here, once, so that every format shows the same thing: subject names
    /// and keys of natural persons, and in evidence excerpts the persons' names, ids, phone numbers and addresses.
    /// </summary>
    public static LeadReport Create(IReadOnlyList<Lead> leads, RunRecord? run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = leads.OrderBy(l => l.ModelId, StringComparer.Ordinal).ThenBy(l => l.Rank).Select(WithoutZeroWeightRules).ToArray();
        var shown = options.Unmask ? ordered : Mask(ordered, options.PersonNames);
        var workflow = options.Unmask || options.Workflow is null
            ? options.Workflow
            : options.Workflow.Masked([.. PersonalData.PersonNames(ordered).Concat(options.PersonNames).Distinct(StringComparer.Ordinal)]);
        var header = new ReportHeader(
            options.Title,
            options.GeneratedAt,
            options.SourcePath,
            shown.Length,
            options.Unmask,
            run)
        {
            WorkingDirectory = options.WorkingDirectory,
        };
        return new LeadReport(header, shown, workflow);
    }

    /// <summary>
    /// A rule whose effective weight is 0 (turned off in the settings, or demoted by the classifier) added nothing to the
    /// score; listing it beside the rules that did reads as a reason. Its evidence goes with it, unless another rule cites
    /// the same record.
    /// </summary>
    private static Lead WithoutZeroWeightRules(Lead lead)
    {
        if (lead.Rules.All(r => r.Weight != 0))
        {
            return lead;
        }

        var kept = lead.Rules.Where(r => r.Weight != 0).ToArray();
        var ids = kept.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        return lead with { Rules = kept, Evidence = lead.Evidence.Where(e => ids.Contains(e.RuleId)).ToArray() };
    }

    private static Lead[] Mask(Lead[] leads, IReadOnlyCollection<string> alsoKnown)
    {
        var names = PersonalData.PersonNames(leads).Concat(alsoKnown).Distinct(StringComparer.Ordinal).ToArray();
        return leads.Select(l => l with
        {
            Subject = l.Subject with { Name = PersonalData.Name(l.Subject.Name, l.Subject.Kind), Key = PersonalData.Key(l.Subject.Key) },
            Evidence = l.Evidence.Select(e => e.Excerpt is null ? e : e with { Excerpt = PersonalData.Text(e.Excerpt, names) }).ToArray(),
        }).ToArray();
    }

    private static string ModelTitle(RunRecord? run, string modelId) =>
        run?.Summary.Models.FirstOrDefault(m => m.Id == modelId)?.Title ?? string.Empty;
}

/// <summary>The leads of one model, in rank order.</summary>
/// <param name="ModelId">The model's id.</param>
/// <param name="Title">Its Chinese title, from the run record (empty when there is none).</param>
/// <param name="Version">The model's version the leads were made with.</param>
/// <param name="Leads">Its leads, rank 1 first.</param>
public sealed record ModelLeads(string ModelId, string Title, string Version, IReadOnlyList<Lead> Leads);

/// <summary>The report header: what, from where, when, and whether personal data is shown.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="GeneratedAt">When the report was written.</param>
/// <param name="SourcePath">The leads file the report was made from.</param>
/// <param name="LeadCount">How many leads the report holds.</param>
/// <param name="Unmasked">True when personal data is shown unmasked (<c>--unmask</c>).</param>
/// <param name="Run">The run record beside the leads file, or null when there was none.</param>
public sealed record ReportHeader(string Title, DateTimeOffset GeneratedAt, string SourcePath, int LeadCount, bool Unmasked, RunRecord? Run)
{
    /// <summary>The folder the user ran the command in: paths are shown relative to it when they lie inside it.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The leads file as shown: relative to <see cref="WorkingDirectory"/> when inside it.</summary>
    public string Source => ReportPaths.Shown(SourcePath, WorkingDirectory);

    /// <summary>The run's data folder as shown: relative to <see cref="WorkingDirectory"/> when inside it; null without a run record.</summary>
    public string? DataFolder => Run?.DataDirectory is { } folder ? ReportPaths.Shown(folder, WorkingDirectory) : null;

    /// <summary>When the run started, in the report's time zone (that of <see cref="GeneratedAt"/>), so both times read alike.</summary>
    public DateTimeOffset? RunStartedAt => Run?.Summary.StartedAt.ToOffset(GeneratedAt.Offset);

    /// <summary>The sentence every format prints about masking.</summary>
    public string MaskingNote => Unmasked
        ? "个人信息未脱敏（--unmask）：本报告含自然人姓名、身份证号、电话和住址，仅限办案使用。"
        : "个人信息已脱敏：自然人姓名、身份证号、电话、住址已遮蔽（单位名称、统一社会信用代码照常显示）。";

    /// <summary>The sentence printed when the run record is missing.</summary>
    public const string NoRunRecordNote = "未找到运行记录（.run.json），数据来源、参数和运行时间不详。";
}

/// <summary>How a report is made.</summary>
public sealed class ReportOptions
{
    /// <summary>The report's title. <value>The default value is 法律监督线索报告.</value></summary>
    public string Title { get; init; } = "法律监督线索报告";

    /// <summary>The leads file the report is made from, as printed in the header.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>When the report is written (injected so that tests and reruns are reproducible).</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// The folder the command was run in; the leads file and data folder are shown relative to it when inside it.
    /// <value>The default value is null: paths are shown as the run record has them.</value>
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Show personal data unmasked. <value>The default value is false: masked.</value></summary>
    public bool Unmask { get; init; }

    /// <summary>
    /// Names of natural persons to mask besides those the report's own leads know of: for one lead shown out of a
    /// file (explain), the names all the file's leads know of (<see cref="PersonalData.PersonNames"/>), so that a name
    /// learnt from another lead's excerpt is masked here too. <value>The default value is empty.</value>
    /// </summary>
    public IReadOnlyCollection<string> PersonNames { get; init; } = [];

    /// <summary>
    /// For a lead book export: each lead's state and history and the outcome figures, shown beside the leads (xlsx:
    /// state columns, a history sheet and an outcomes sheet; html: state and history per lead and an outcomes table).
    /// <value>The default value is null: a report of a leads file.</value>
    /// </summary>
    public ReportWorkflow? Workflow { get; init; }
}
