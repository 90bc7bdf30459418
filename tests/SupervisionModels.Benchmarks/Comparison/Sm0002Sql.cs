namespace SupervisionModels.Benchmarks.Comparison;
internal sealed class Sm0002Sql : ModelSql
{
    public override string ModelId => "SM0002";
    public override IReadOnlyList<string> Datasets { get; } = [];
    public override string Reasons(SupervisionModels.Models.SupervisionModel model) => throw new NotSupportedException();
}
