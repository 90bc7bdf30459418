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
}
