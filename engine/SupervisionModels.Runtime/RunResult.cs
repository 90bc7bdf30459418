using SupervisionModels.Leads;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Runtime;

/// <summary>The leads of a run, ranked per model, and what the run did.</summary>
public sealed record RunResult(IReadOnlyList<Lead> Leads, RunSummary Summary);

/// <summary>What a run read and did, for the report header and for people who check the engine's work.</summary>
/// <param name="EngineVersion">The engine's version.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Models">The models run, with their effective parameters and rule statistics.</param>
/// <param name="Datasets">The datasets read, with provenance and what was loaded or scanned.</param>
/// <param name="Warnings">Things the user should know.</param>
public sealed record RunSummary(
    string EngineVersion,
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    IReadOnlyList<ModelSummary> Models,
    IReadOnlyList<DatasetSummary> Datasets,
    IReadOnlyList<string> Warnings);

/// <summary>A model of the run.</summary>
public sealed record ModelSummary(
    string Id,
    string Title,
    string Version,
    string Category,
    int Leads,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<RuleSummary> Rules);

/// <summary>A rule of the run: how many bindings reached its action, and its time.</summary>
public sealed record RuleSummary(string RuleId, string Description, double? Weight, int Bindings, TimeSpan Elapsed);

/// <summary>A dataset of the run.</summary>
public sealed record DatasetSummary(
    DatasetProvenance Provenance,
    IReadOnlyList<string> LoadedColumns,
    IReadOnlyList<string> ScannedColumns,
    long Rows,
    long TextBytesScanned,
    TimeSpan LoadTime);
