namespace SupervisionModels.Text.Tests;

/// <summary>
/// Tiny hand-written datasets: relevant texts with and without the model's keywords, and innocent uses of the same
/// keywords. The held-out parts use other sentences: relevant paraphrases with no keyword, and innocent keyword uses.
/// </summary>
public static class HandWritten
{
    public const string NitrousOxide = "SM0002";
    public const string FalseLitigation = "SM0001";

    public static IReadOnlyList<LabelledText> Training(string modelId) => modelId switch
    {
        NitrousOxide =>
        [
            Relevant(modelId, LabelledTextKinds.KeywordHit, "民警在KTV包厢内查获笑气气弹二十余个，在场多名未成年人承认吸食。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "群众举报有人在酒吧门口向中学生兜售一氧化二氮，每个气球售价三十元。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "嫌疑人通过微信群向未成年人出售奶油气弹，供其打入气球吸食取乐。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "网吧内有青少年用气球吸食笑气，出现头晕、手脚麻木等症状后被送医。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "几名初中生在宾馆房间里轮流吸气球里的“嗨气”，地上散落着许多银色小钢瓶。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "有人在夜店卡座向未成年人推销“哈气”，把气打进气球里吸，吸完手脚发麻。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "派出所在出租屋查获数百个金属小罐和打气枪，几名少年承认用气球吸“快乐气”。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "无危险货物运输资质的个人驾驶私家车，将成箱的小钢瓶气弹运往娱乐场所卖给年轻人。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "医院麻醉科在拔牙手术中按规范使用一氧化二氮镇静，患者术后恢复良好。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "蛋糕店购入奶油发泡用的气弹，用于制作裱花蛋糕，有正规进货票据。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "化工企业持有危险化学品经营许可证，依法向医疗机构销售医用氧化亚氮。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "牙科诊所由执业麻醉医师为儿童使用笑气镇痛治疗龋齿，家长签署知情同意书。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "咖啡店员工使用奶油枪和气弹为顾客制作奶盖，店铺证照齐全。"),
            Irrelevant(modelId, LabelledTextKinds.Unrelated, "张某驾驶电动车闯红灯，与李某发生碰撞，造成李某轻微伤。"),
            Irrelevant(modelId, LabelledTextKinds.Unrelated, "王某在超市盗窃洗发水两瓶，价值人民币六十元，已退赃。"),
            Irrelevant(modelId, LabelledTextKinds.Unrelated, "邻里因噪音纠纷发生口角，经社区民警调解双方达成和解。"),
        ],
        FalseLitigation =>
        [
            Relevant(modelId, LabelledTextKinds.KeywordHit, "原告张某以借款纠纷起诉已吊销的某运输公司，被告未到庭，当庭调解后法院随即执行该公司车牌额度拍卖款。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "同一原告在三个月内以民间借贷为由对多家僵尸企业提起诉讼，均以调解结案并申请执行号牌指标。"),
            Relevant(modelId, LabelledTextKinds.KeywordHit, "原告持被告法定代表人出具的借条起诉，被告对借款事实无异议，受理当日即达成调解，随后申请拍卖该公司报废车辆的牌照额度。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "王某与停业多年的物流公司约定以车抵债，法院出具调解书后，王某申请执行该公司闲置号牌的拍卖款。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "原告提交的欠条系事后补写，被告公司早已无人经营，却在庭上自认全部债务，执行中拍卖了该公司车辆上牌资格。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "李某先后起诉两家被吊销营业执照的公司，对方均未实质答辩，调解后李某领取了拍卖号牌所得款项。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "原告购买二手车后发现里程表被篡改，起诉车商要求退车，被告辩称已如实告知，法院经鉴定后判决退还车款。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "银行以金融借款合同纠纷起诉借款人，借款人逾期未还本息，法院判决归还借款本金及利息。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "原告向被告出借二十万元用于经营，有银行转账记录，被告到期未还，双方争议利息，法院判决被告偿还借款。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "买受人与出卖人因二手车交付后发动机故障发生争议，经鉴定为出售前已存在的质量问题，判决解除合同。"),
            Irrelevant(modelId, LabelledTextKinds.Unrelated, "劳动者因公司拖欠工资申请劳动仲裁，仲裁委裁决公司支付劳动报酬。"),
            Irrelevant(modelId, LabelledTextKinds.Unrelated, "原告房屋漏水导致楼下邻居财产受损，法院判决赔偿维修费用。"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(modelId), modelId, "no hand-written data"),
    };

    public static IReadOnlyList<LabelledText> HeldOut(string modelId) => modelId switch
    {
        NitrousOxide =>
        [
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "巡逻民警在酒吧包厢发现几名未成年人正用气球吸不明气体，桌上堆放大量银色小钢瓶。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "有商贩在学校附近向初中生兜售装在气球里的“开心气”，学生吸后手脚发麻。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "出租屋内查获成箱金属小气罐和打气枪，房主承认多次让少年在此吸气球。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "口腔医院麻醉医师在手术中规范使用一氧化二氮为患者镇静，用量记录完整。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "烘焙店采购奶油气弹用于制作蛋糕裱花，进货票据齐全。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "危险化学品经营企业持证向医疗机构销售医用笑气，台账清楚。"),
        ],
        FalseLitigation =>
        [
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "原告与被告公司法定代表人系亲属，被告当庭认可欠款，调解结案当月即申请执行该公司名下号牌的拍卖款。"),
            Relevant(modelId, LabelledTextKinds.ParaphraseNoKeyword, "同一人在不同法院以欠款为由起诉多家早已停止经营的企业，均迅速调解，随后领取拍卖车辆号牌的款项。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "消费者起诉二手车商隐瞒事故车情况，车商抗辩，法院根据检测报告判决三倍赔偿。"),
            Irrelevant(modelId, LabelledTextKinds.InnocentKeyword, "小额贷款公司起诉借款人归还借款，借款人对利息计算有异议，法院依法调整利率后判决。"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(modelId), modelId, "no hand-written data"),
    };

    private static LabelledText Relevant(string modelId, string kind, string text) => new(modelId, text, true, kind, "hand-written");

    private static LabelledText Irrelevant(string modelId, string kind, string text) => new(modelId, text, false, kind, "hand-written");
}
