namespace SupervisionModels.Hosting.Tests.Support;

/// <summary>C# sources of small plugin models.</summary>
public static class PluginSources
{
    /// <summary>A valid model class <paramref name="className"/> with id <paramref name="id"/>, one keyword parameter and one rule.</summary>
    public static string Model(string className, string id, string ns = "Acme.Models") => $$"""
        using SupervisionModels.Models;
        using SupervisionModels.Rules;

        namespace {{ns}};

        public sealed class {{className}} : SupervisionModel
        {
            private static readonly KeywordParameter Keywords = new("keywords", "关键词", "车牌额度");

            public override ModelDescriptor Descriptor { get; } = new("{{id}}", "插件模型 {{className}}", ModelCategory.Civil, "1.0.0", "测试插件");

            public override IReadOnlyList<ModelParameter> Parameters { get; } = [Keywords];

            public override void Initialize(IModelContext context) => context.LeadWhen(1);
        }
        """;
}
