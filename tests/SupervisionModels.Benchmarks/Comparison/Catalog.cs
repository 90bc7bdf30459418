using SupervisionModels.Models;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>The models compared: each built-in model with its SQL.</summary>
internal static class Catalog
{
    public static IReadOnlyList<string> Ids { get; } = ["SM0001", "SM0002", "SM0003"];

    public static SupervisionModel Model(string id) => id switch
    {
        "SM0001" => new PlateAuctionFakeLitigationModel(),
        "SM0002" => new MinorsNitrousOxideModel(),
        "SM0003" => new JudicialAidModel(),
        _ => throw new ArgumentException($"unknown model '{id}'; use {string.Join(", ", Ids)}.", nameof(id)),
    };

    public static ModelSql Sql(string id) => id switch
    {
        "SM0001" => new Sm0001Sql(),
        "SM0002" => new Sm0002Sql(),
        "SM0003" => new Sm0003Sql(),
        _ => throw new ArgumentException($"unknown model '{id}'; use {string.Join(", ", Ids)}.", nameof(id)),
    };
}
