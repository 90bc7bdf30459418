using DuckDB.NET.Data;
using SupervisionModels.Benchmarks.Comparison;
using SupervisionModels.BuiltIn;
using NoxTexts = SupervisionModels.BuiltIn.MinorsNitrousOxide.Texts;

namespace SupervisionModels.Benchmarks.Tests;

/// <summary>
/// The SQL forms of the models' context tests (negated mentions, whom a hardship word is about, lawful plaintiffs) give
/// the models' own answers, text by text: each text below is evaluated by DuckDB and by the C# function it restates.
/// </summary>
public sealed class SqlTextTests : IDisposable
{
    private static readonly string[] Substance = ["笑气", "笑笑气", "一氧化二氮", "N2O", "嗨气"];
    private static readonly string[] Minors = ["未成年", "学生", "青少年", "中学生"];
    private static readonly string[] Hardship = ["生活困难", "家庭困难", "低保", "残疾"];
    private static readonly string[] VictimWords = ["被害人", "受害人", "近亲属", "死者"];
    private static readonly string[] OffenderWords = ["犯罪嫌疑人", "嫌疑人", "被告人", "被不起诉人", "罪犯"];
    private static readonly string[] RoleWords = ["原告", "申请执行人", "申请人", "上诉人"];
    private static readonly string[] Parties = ["银行股份有限公司", "小额贷款", "破产管理人", "管理人"];
    private static readonly string[] Anywhere = ["破产清算", "劳动报酬"];

    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public SqlTextTests()
    {
        connection.Open();
        foreach (var statement in EntityMacros.Statements())
        {
            Scalar(statement);
        }
    }

    public static TheoryData<string> Samples() =>
    [
        "",
        "民警在现场查获笑气10罐。",
        "现场未查获笑气，查获冰毒2克。",
        "现场未查获笑气，其承认吸食笑气。",
        "未查获笑气笑气",
        "其否认曾经向他人出售过笑气",
        "其否认曾经向他人再次出售过笑气",
        "吸食嗨气后驾车，涉嫌吸毒。",
        "吸食ＮＯ２与Ｎ２Ｏ",
        "与同学吸食N₂O，并在其书包内发现N₂O气瓶。",
        "现场未查获N₂O，查获冰毒。",
        "未发现向个人或未成年人销售。",
        "向在校学生销售笑气，未发现其他未成年人。",
        "没有，学生",
        "犯罪嫌疑人李某系低保户，被害人家庭困难。",
        "犯罪嫌疑人李某系低保户。",
        "被害人张某系残疾人，犯罪嫌疑人王某家庭困难。",
        "家庭困难，无力支付医疗费。",
        "被害人近亲属称，犯罪嫌疑人无力赔偿，其生活困难",
        "原告中国农业银行股份有限公司龙口支行诉被告某公司借款合同纠纷",
        "原告张某某某某某某某某某某某某某某某某某某某银行股份有限公司",
        "原告张某某某某某某某某某某某某某某某某银行股份有限公司",
        "申请执行人某某公司破产管理人",
        "原告王某诉被告李某，追索劳动报酬",
        "原告王某诉被告某公司，借款经银行股份有限公司转账",
        "原告王某\n某银行股份有限公司",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ContainsAffirmed_GivesTheModelsAnswer(string text)
    {
        Assert.Equal(NoxTexts.ContainsAffirmed(text, Substance), Bool(SqlText.ContainsAffirmed("t", Substance), text));
        Assert.Equal(NoxTexts.ContainsAffirmed(text, Minors), Bool(SqlText.ContainsAffirmed("t", Minors), text));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AnyAboutVictim_GivesTheModelsAnswer(string text) =>
        Assert.Equal(TextContext.AnyAboutVictim(text, Hardship, VictimWords, OffenderWords), Bool(SqlText.AnyAboutVictim("t", Hardship, VictimWords, OffenderWords), text));

    [Theory]
    [MemberData(nameof(Samples))]
    public void NamesLawfulParty_GivesTheModelsAnswer(string text) =>
        Assert.Equal(TextContext.NamesLawfulParty(text, RoleWords, Parties, Anywhere, 24), Bool(SqlText.NamesLawfulParty("t", RoleWords, Parties, Anywhere, 24), text));

    [Fact]
    public void NullText_GivesTheModelsAnswers()
    {
        Assert.Equal(NoxTexts.ContainsAffirmed(null, Substance), Bool(SqlText.ContainsAffirmed("t", Substance), null));
        Assert.Equal(TextContext.AnyAboutVictim(null, Hardship, VictimWords, OffenderWords), Bool(SqlText.AnyAboutVictim("t", Hardship, VictimWords, OffenderWords), null));
        Assert.Equal(TextContext.NamesLawfulParty(null, RoleWords, Parties, Anywhere, 24), Bool(SqlText.NamesLawfulParty("t", RoleWords, Parties, Anywhere, 24), null));
    }

    [Fact]
    public void AnyAboutVictim_RefusesATermThatOverlapsItself() =>
        Assert.Throws<NotSupportedException>(() => SqlText.AnyAboutVictim("t", ["困难困难"], VictimWords, OffenderWords));

    public void Dispose() => connection.Dispose();

    private bool Bool(string condition, string? text) =>
        (bool)Scalar($"SELECT {condition} FROM (SELECT CAST({(text is null ? "NULL" : SqlText.Str(text))} AS VARCHAR) AS t)")!;

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
