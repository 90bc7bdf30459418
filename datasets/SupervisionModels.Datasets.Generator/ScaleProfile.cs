namespace SupervisionModels.Datasets.Generator;

/// <summary>Row counts of the background data and numbers of planted leads and decoys for one <see cref="Scale"/>.</summary>
internal sealed record ScaleProfile
{
    public required Scale Scale { get; init; }

    public required int Judgments { get; init; }

    public required int Persons { get; init; }

    public required int Enterprises { get; init; }

    public required int Vehicles { get; init; }

    public required int PoliceCases { get; init; }

    public required int Waybills { get; init; }

    public required int Venues { get; init; }

    public required int Checkins { get; init; }

    public required int GasTraders { get; init; }

    public required int ChemicalUsers { get; init; }

    public required int Carriers { get; init; }

    public required int ProcuratorateCases { get; init; }

    public required int AssistanceHouseholds { get; init; }

    public required int DisabledPersons { get; init; }

    public required int MonitoredHouseholds { get; init; }

    public required int WomenInHardship { get; init; }

    public required int AidGrants { get; init; }

    public required int PublicPlateAuctions { get; init; }

    /// <summary>SM0001 planted plaintiffs (the article: 53 across three basic courts).</summary>
    public required int FakeLitigants { get; init; }

    /// <summary>SM0001 decoys of each kind.</summary>
    public required int FakeLitigationDecoysPerKind { get; init; }

    public required int N2OSellers { get; init; }

    public required int N2OTransporters { get; init; }

    public required int N2OVenues { get; init; }

    public required int N2OMinors { get; init; }

    public required int N2ODecoysPerKind { get; init; }

    /// <summary>SM0003 planted victims (the article: 83 leads in 单县).</summary>
    public required int AidVictims { get; init; }

    public required int AidDecoysPerKind { get; init; }

    /// <summary>Labelled text examples per model (kept apart from the run data).</summary>
    public required int LabelledTextsPerModel { get; init; }

    /// <summary>Rows generated per parallel unit of work.</summary>
    public int ChunkSize => Scale == Scale.City ? 4096 : 2048;

    public static ScaleProfile For(Scale scale) => scale switch
    {
        Scale.Tiny => new ScaleProfile
        {
            Scale = scale, Judgments = 3_000, Persons = 15_000, Enterprises = 2_000, Vehicles = 4_000, PoliceCases = 800, Waybills = 500,
            Venues = 60, Checkins = 2_000, GasTraders = 16, ChemicalUsers = 30, Carriers = 30, ProcuratorateCases = 500,
            AssistanceHouseholds = 400, DisabledPersons = 600, MonitoredHouseholds = 200, WomenInHardship = 200, AidGrants = 10,
            PublicPlateAuctions = 4, FakeLitigants = 6, FakeLitigationDecoysPerKind = 1, N2OSellers = 2, N2OTransporters = 2,
            N2OVenues = 2, N2OMinors = 6, N2ODecoysPerKind = 1, AidVictims = 10, AidDecoysPerKind = 1, LabelledTextsPerModel = 240,
        },
        Scale.Small => new ScaleProfile
        {
            Scale = scale, Judgments = 50_000, Persons = 150_000, Enterprises = 20_000, Vehicles = 50_000, PoliceCases = 10_000, Waybills = 8_000,
            Venues = 400, Checkins = 40_000, GasTraders = 60, ChemicalUsers = 150, Carriers = 200, ProcuratorateCases = 6_000,
            AssistanceHouseholds = 5_000, DisabledPersons = 8_000, MonitoredHouseholds = 2_500, WomenInHardship = 2_000, AidGrants = 80,
            PublicPlateAuctions = 30, FakeLitigants = 24, FakeLitigationDecoysPerKind = 4, N2OSellers = 6, N2OTransporters = 5,
            N2OVenues = 6, N2OMinors = 24, N2ODecoysPerKind = 4, AidVictims = 30, AidDecoysPerKind = 4, LabelledTextsPerModel = 2_000,
        },
        Scale.City => new ScaleProfile
        {
            Scale = scale, Judgments = 1_000_000, Persons = 1_200_000, Enterprises = 200_000, Vehicles = 400_000, PoliceCases = 150_000, Waybills = 120_000,
            Venues = 3_000, Checkins = 600_000, GasTraders = 240, ChemicalUsers = 1_000, Carriers = 1_500, ProcuratorateCases = 40_000,
            AssistanceHouseholds = 50_000, DisabledPersons = 80_000, MonitoredHouseholds = 25_000, WomenInHardship = 15_000, AidGrants = 500,
            PublicPlateAuctions = 200, FakeLitigants = 53, FakeLitigationDecoysPerKind = 10, N2OSellers = 8, N2OTransporters = 6,
            N2OVenues = 8, N2OMinors = 40, N2ODecoysPerKind = 8, AidVictims = 83, AidDecoysPerKind = 10, LabelledTextsPerModel = 10_000,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };
}
