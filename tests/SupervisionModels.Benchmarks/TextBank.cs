using System.Text;

namespace SupervisionModels.Benchmarks;

/// <summary>Deterministic Chinese judgment-like text of a given size, with keywords in a small share of documents.</summary>
internal static class TextBank
{
    private static readonly string[] Sentences =
    [
        "原告与被告民间借贷纠纷一案，本院于立案后，依法适用简易程序，公开开庭进行了审理。",
        "原告向本院提出诉讼请求：判令被告偿还借款本金及利息，本案诉讼费用由被告承担。",
        "被告经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。",
        "本院认为，合法的借贷关系受法律保护，被告未按约定期限归还借款，应承担相应的民事责任。",
        "依照《中华人民共和国民法典》第六百六十七条、第六百七十五条之规定，判决如下：",
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
        "案件受理费减半收取，由被告负担。如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状。",
        "经审理查明，双方于二〇二〇年签订合同一份，约定原告向被告供应货物，货款于交货后三十日内付清。",
        "上述事实，有原告提交的合同、转账凭证、催款函及当事人陈述等证据在卷佐证，本院予以确认。",
        "被告辩称，原告主张的金额与实际不符，且部分款项已经清偿，请求驳回原告的诉讼请求。",
    ];

    private static readonly string[] KeywordSentences =
    [
        "双方约定以被告名下报废车辆的车牌额度抵偿上述借款。",
        "原告与被告之间系二手车买卖合同关系，车辆已交付但未办理过户。",
        "民警在该KTV包间内查获笑气钢瓶十余个。",
        "被害人系低保户，家庭生活困难，被告人至今未予赔偿。",
    ];

    public static string Document(int index, int targetChars)
    {
        var rng = new Random(index);
        var sb = new StringBuilder(targetChars + 100);
        sb.Append("山东省枣庄市薛城区人民法院民事判决书（2021）鲁0403民初").Append(index).Append("号。");
        var withKeyword = index % 20 == 0;
        while (sb.Length < targetChars)
        {
            sb.Append(Sentences[rng.Next(Sentences.Length)]);
            if (withKeyword && rng.Next(8) == 0)
            {
                sb.Append(KeywordSentences[rng.Next(KeywordSentences.Length)]);
                withKeyword = false;
            }
        }

        return sb.ToString();
    }
}
