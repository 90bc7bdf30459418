using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>SM0003 decoys (domain §3.5): a welfare match that is not a lead for one of the refusal or eligibility reasons.</summary>
internal sealed partial class JudicialAidScenario
{
    private void BuildDecoys(Rng rng)
    {
        for (var i = 0; i < world.Profile.AidDecoysPerKind; i++)
        {
            Decoy(rng, "低保人员为犯罪嫌疑人");
            Decoy(rng, "互殴重大过错");
            Decoy(rng, "已获全额赔偿");
            Decoy(rng, "已获司法救助");
            Decoy(rng, "低保在案发前已停止");
            Decoy(rng, "同名不同人");
            Decoy(rng, "仅四级残疾");
            Decoy(rng, "轻微伤");
        }
    }

    private void Decoy(Rng rng, string kind)
    {
        var area = Regions.Shanxian;
        var accepted = Accepted(rng);
        var charge = kind == "轻微伤" ? "寻衅滋事罪" : "故意伤害罪";
        var injury = kind == "轻微伤" ? InjuryLevels.Slight : rng.Pick([InjuryLevels.MinorFirst, InjuryLevels.SeriousSecond]);
        var paid = kind == "已获全额赔偿" ? CompensationStatuses.Full : rng.Pick([CompensationStatuses.None, CompensationStatuses.Unable]);
        var fault = kind == "互殴重大过错" ? "重大" : "无";
        var victim = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1955, 1, 1), BornTo = new DateOnly(1995, 12, 31) }, rng);
        var suspect = kind == "低保人员为犯罪嫌疑人"
            ? world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1960, 1, 1), BornTo = new DateOnly(1990, 12, 31), IsMale = true }, rng)
            : world.Persons.RandomBackgroundIn(rng, area, accepted, 18, 65);
        var subject = kind == "低保人员为犯罪嫌疑人" ? suspect : victim;
        var entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(subject), "被害人", world.Persons.NameOf(subject), Note(kind), kind);
        world.Truth.Decoys.Add(entry);

        switch (kind)
        {
            case "低保人员为犯罪嫌疑人":
            case "互殴重大过错":
            case "已获全额赔偿":
            case "已获司法救助":
            case "轻微伤":
                foreach (var row in _welfare.Assistance(subject, new WelfareProfile.Assistance(AssistancePrograms.RuralSubsistence, new Spell(new DateOnly(accepted.Year - 2, 3, 1), null), 600m, false)))
                {
                    world.Welfare.Assistance.InsertRandom(rng, row);
                    TruthLog.Cite(entry, "social_assistance", row.RecordId);
                }

                break;
            case "低保在案发前已停止":
                foreach (var row in _welfare.Assistance(subject, new WelfareProfile.Assistance(AssistancePrograms.RuralSubsistence, new Spell(new DateOnly(accepted.Year - 4, 1, 1), accepted.AddDays(-rng.Between(120, 600))), 500m, false)))
                {
                    world.Welfare.Assistance.InsertRandom(rng, row);
                    TruthLog.Cite(entry, "social_assistance", row.RecordId);
                }

                break;
            case "同名不同人":
                var twin = world.Persons.Add(new PersonSpec { Area = area, SameNameAs = victim, BornFrom = new DateOnly(1950, 1, 1), BornTo = new DateOnly(1995, 12, 31) }, rng);
                foreach (var row in _welfare.Assistance(twin, new WelfareProfile.Assistance(AssistancePrograms.RuralSubsistence, new Spell(new DateOnly(accepted.Year - 1, 6, 1), null), 550m, false)))
                {
                    world.Welfare.Assistance.InsertRandom(rng, row);
                    TruthLog.Cite(entry, "social_assistance", row.RecordId);
                }

                break;
            default:
                var disabled = _welfare.Disabled(subject, new WelfareProfile.Disability(rng.Pick([1, 2, 4]), 4, accepted.AddYears(-3), true));
                world.Welfare.Disabled.InsertRandom(rng, disabled);
                TruthLog.Cite(entry, "disabled_persons", disabled.CertNo);
                break;
        }

        var slot = world.Procuratorate.ReserveAt(accepted);
        var caseId = ProcuratorateFactory.CaseId(area, accepted, slot);
        var place = area.County + rng.Pick(area.Townships) + "某村";
        var facts = new CaseFacts(charge, accepted.AddDays(-rng.Between(20, 150)), place, world.Persons.NameOf(suspect), world.Persons.NameOf(victim), injury, 0m, paid, fault, false, null);
        var hardship = kind == "低保人员为犯罪嫌疑人" ? HardshipMention.Innocent : kind is "仅四级残疾" ? HardshipMention.None : HardshipMention.Keywords;
        var summary = ProcuratorateText.Summary(new Composer(new Rng(rng.NextULong())), facts, hardship);
        if (kind == "仅四级残疾")
        {
            summary += "被害人经营一家建材公司，家庭经济条件较好。";
        }

        var row2 = ProcuratorateFactory.Case(caseId, area, rng, charge, injury, 0m, accepted, paid, fault, reconciled: kind == "已获全额赔偿", null, summary);
        var persons = new List<CasePerson>
        {
            _cases.Person(caseId, 1, suspect, "犯罪嫌疑人", null, false, null),
            _cases.Person(caseId, 2, victim, "被害人", "本人", false, ProcuratorateFactory.Compensation(rng, paid, 0m, injury)),
        };
        world.Procuratorate.Put(slot, new ProcuratorateBundle(row2, persons));
        TruthLog.Cite(entry, "procuratorate_cases", caseId);

        if (kind == "已获司法救助")
        {
            var grant = new JudicialAidGrant
            {
                AidNo = world.NextAidNo(area, accepted.AddDays(60).Year),
                CaseId = caseId,
                CourtCaseNo = null,
                GrantingBody = area.ProcuratorateName,
                RecipientName = world.Persons.NameOf(victim),
                RecipientId = world.Persons.IdOf(victim),
                Amount = rng.Between(10, 50) * 1000m,
                GrantedDate = BackgroundOrCutoff(accepted.AddDays(rng.Between(60, 200))),
            };
            world.AidGrants.Add(grant);
            TruthLog.Cite(entry, "judicial_aid_grants", grant.AidNo);
        }
    }

    private static DateOnly BackgroundOrCutoff(DateOnly d) => d > World.Cutoff ? World.Cutoff : d;

    private static string Note(string kind) => kind switch
    {
        "低保人员为犯罪嫌疑人" => "低保名单上的人是本案犯罪嫌疑人而非被害人",
        "互殴重大过错" => "双方互殴，被害人对案件发生有重大过错，一般不予救助",
        "已获全额赔偿" => "已达成刑事和解并获全额赔偿",
        "已获司法救助" => "同一案件已获国家司法救助，救助以一次为限",
        "低保在案发前已停止" => "低保在案发前已停止，案发时不在名单上",
        "同名不同人" => "低保名单上的是同名同姓的另一人（身份证号不同）",
        "仅四级残疾" => "仅有四级残疾证，家庭经济条件较好，无其他困难情形",
        _ => "伤情仅为轻微伤，不属救助情形",
    };
}
