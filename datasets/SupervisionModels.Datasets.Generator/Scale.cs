namespace SupervisionModels.Datasets.Generator;

/// <summary>How much data to generate.</summary>
public enum Scale
{
    /// <summary>A few thousand judgments: seconds; what the tests and the committed sample use.</summary>
    Tiny,

    /// <summary>About 50,000 judgments, with enough planted leads (≥ 20 a model) for precision and recall to mean something.</summary>
    Small,

    /// <summary>About 1,000,000 judgments and a prefecture's registries: minutes, streamed with bounded memory.</summary>
    City,
}
