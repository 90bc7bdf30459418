using SupervisionModels.Leads;
using SupervisionModels.Reporting.Masking;

namespace SupervisionModels.Reporting.Tests;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("张三", "person", "张*")]
    [InlineData("欧阳娜娜", "person", "欧***")]
    [InlineData("李", "person", "李")]
    [InlineData("龙口市福润特种气体经营部", "organization", "龙口市福润特种气体经营部")]
    [InlineData("正圣酒吧（邳庄店）", "venue", "正圣酒吧（邳庄店）")]
    public void Name_MasksNaturalPersonsOnly(string name, string kind, string expected) =>
        Assert.Equal(expected, PersonalData.Name(name, kind));

    [Theory]
    [InlineData("ID:370403198001011234", "ID:3704**********1234")]
    [InlineData("PN:张三", "PN:张*")]
    [InlineData("CC:92370681MA54UWTB51", "CC:92370681MA54UWTB51")]
    [InlineData("ON:枣庄某运输有限公司", "ON:枣庄某运输有限公司")]
    [InlineData("RK:BAR-370405-0002", "RK:BAR-370405-0002")]
    public void Key_MasksResidentIdsAndPersonNames_KeepsCreditCodes(string key, string expected) =>
        Assert.Equal(expected, PersonalData.Key(key));

    [Fact]
    public void Phone_KeepsFirstThreeAndLastFour() => Assert.Equal("138****5678", PersonalData.Phone("13812345678"));

    [Fact]
    public void Address_KeepsTheCountyPrefix() =>
        Assert.Equal("山东省烟台市龙口市******", PersonalData.Address("山东省烟台市龙口市石良镇杏山村309号"));

    [Fact]
    public void Text_MasksKnownNamesIdsPhonesAndAddresses_KeepsMatchedWordMarks()
    {
        var masked = PersonalData.Text(
            "原告张三与被告枣庄某运输有限公司以【车牌额度】抵偿，身份证号370403198001011234，电话13812345678，住山东省烟台市龙口市石良镇杏山村309号。",
            ["张三"]);

        Assert.Equal(
            "原告张*与被告枣庄某运输有限公司以【车牌额度】抵偿，身份证号3704**********1234，电话138****5678，住山东省烟台市龙口市******。",
            masked);
    }

    [Fact]
    public void Text_MasksANameAfterAPartyRole_NotAVerb()
    {
        var masked = PersonalData.Text("…原告李四与被告王五，诉讼费用由被告承担。被告辩称，…", []);

        Assert.Equal("…原告李*与被告王*，诉讼费用由被告承担。被告辩称，…", masked);
    }

    [Theory]
    [InlineData("犯罪嫌疑人付怡在单县莱河镇某村因宅基地纠纷与被害人常娟发生争执，", "犯罪嫌疑人付*在单县莱河镇某村因宅基地纠纷与被害人常*发生争执，")]
    [InlineData("…代表人刘娇，该公司经理。 原告吴明亮诉称，", "…代表人刘*，该公司经理。 原告吴**诉称，")]
    [InlineData("…表人：赵旭，该公司总经理。", "…表人：赵*，该公司总经理。")]
    [InlineData("…人高秀珍，董事长。", "…人高**，董事长。")]
    [InlineData("…：李春昊，该公司总经理。", "…：李**，该公司总经理。")]
    [InlineData("经查，张梓涵等人系未成年人", "经查，张**等人系未成年人")]
    [InlineData("…张志刚，该公司执行董事。 原告韩明", "…张**，该公司执行董事。 原告韩*")]
    [InlineData("原告张 昊林与被告滕州佳鑫物流有限公司", "原告张***与被告滕州佳鑫物流有限公司")]
    [InlineData("车辆，驾驶人张国强，民警在车内", "车辆，驾驶人张**，民警在车内")]
    public void Text_MasksANameAfterARole_AlsoWhereTheExcerptCutsTheRole(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Text(text, []));

    [Theory]
    [InlineData("原告以现金及微信转账方式付清。", "原告以现金及微信转账方式付清。")]
    [InlineData("原告张三以被告名下【车牌额度】抵偿", "原告张三以被告名下【车牌额度】抵偿")] // no comma after the name: the role rule leaves it to the known names
    [InlineData("持砖块击打被害人腿部，致其脾脏破裂", "持砖块击打被害人腿部，致其脾脏破裂")]
    [InlineData("原告于欣与被告枣庄新宝天商贸有限公司民间借贷纠纷", "原告于*与被告枣庄新宝天商贸有限公司民间借贷纠纷")]
    public void Text_KeepsWordsAfterARoleThatAreNoNames_AndOrganisations(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Text(text, []));

    [Fact]
    public void Text_MasksAKnownNameWithoutARole_AndWhereTheExcerptCutsIt()
    {
        var masked = PersonalData.Text("兴强诉称，被告将号牌转让给徐兴强…约定由徐兴", ["徐兴强"]);

        Assert.Equal("**诉称，被告将号牌转让给徐**…约定由徐*", masked);
    }

    [Fact]
    public void PersonNames_AreThePersonSubjects_AndTheNamesAfterARoleInAnyExcerpt_NotOrganisations()
    {
        Lead[] leads =
        [
            new("SM0001-A", "SM0001", "1.0.0", new LeadSubject("PN:徐兴强", "徐兴强", "person", "原告", "normalizedName"), 10, 1, [new LeadRule("R1", "同一原告多次起诉", 10, 1)],
                [new Evidence("R1", "judgments", "（2021）鲁0402民初1号") { Excerpt = "…法定代表人刘娇，该公司经理。原告徐兴强与被告滕州市祥嘉商行借贷纠纷" }]),
            new("SM0001-B", "SM0001", "1.0.0", new LeadSubject("CC:91370402MA7UB67P2G", "滕州市祥嘉商行", "organization", "被告", "creditCode"), 10, 2, [new LeadRule("R1", "同一原告多次起诉", 10, 1)], []),
        ];

        var names = PersonalData.PersonNames(leads);

        Assert.Equal(["刘娇", "徐兴强"], names.Order(StringComparer.Ordinal));
        Assert.Equal("经理刘*签收", PersonalData.Text("经理刘娇签收", names)); // learnt from one excerpt, masked in every text
    }
}
