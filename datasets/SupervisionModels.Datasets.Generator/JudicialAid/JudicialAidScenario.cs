using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// SM0003 planted leads (domain §3): victims in 单县 — seriously injured, or the dependants of the dead — whose offender
/// has paid nothing or cannot pay, who were not at fault, have not been aided, and are on at least one welfare list
/// (低保/特困, 残疾 1–3级, 防返贫监测, 妇联困难妇女), often listed only after the crime (因案致困).
/// </summary>
internal sealed partial class JudicialAidScenario(World world)
{
    public const string ModelId = "SM0003";

    private readonly ProcuratorateFactory _cases = new(world);
    private readonly WelfareFactory _welfare = new(world);

    public void Build()
    {
        var rng = Rng.For(world.Seed, "scenario-sm0003");
        for (var i = 0; i < world.Profile.AidVictims; i++)
        {
            PlantVictim(rng);
        }

        BuildDecoys(rng);
    }

    private static DateOnly Accepted(Rng rng) => new DateOnly(2020, 1, 1).AddDays(rng.Next(1350));

    private void PlantVictim(Rng rng)
    {
        var area = rng.Chance(0.9) ? Regions.Shanxian : rng.Pick(Regions.Local);
        var accepted = Accepted(rng);
        var x = rng.NextDouble();
        var (charge, injury) = x switch
        {
            < 0.45 => ("故意伤害罪", rng.Pick([InjuryLevels.SeriousSecond, InjuryLevels.SeriousFirst, InjuryLevels.MinorFirst, InjuryLevels.SeriousSecond])),
            < 0.68 => ("交通肇事罪", InjuryLevels.SeriousSecond),
            < 0.78 => ("诈骗罪", InjuryLevels.None),
            < 0.83 => ("抢劫罪", InjuryLevels.MinorSecond),
            _ => (rng.Chance(0.6) ? "交通肇事罪" : "故意伤害罪", InjuryLevels.Death),
        };
        var loss = charge is "诈骗罪" or "抢劫罪" ? rng.Amount(60_000, 0.6, 100, 20_000, 500_000) : 0m;
        var paid = rng.NextDouble() switch { < 0.45 => CompensationStatuses.None, < 0.8 => CompensationStatuses.Unable, _ => CompensationStatuses.Partial };
        var fault = rng.Chance(0.85) ? "无" : "一般";
        var deceased = injury == InjuryLevels.Death;
        var minor = !deceased && rng.Chance(0.1);
        var victim = world.Persons.Add(new PersonSpec
        {
            Area = area,
            BornFrom = minor ? accepted.AddYears(-17) : charge == "诈骗罪" ? new DateOnly(1940, 1, 1) : new DateOnly(1955, 1, 1),
            BornTo = minor ? accepted.AddYears(-8) : charge == "诈骗罪" ? new DateOnly(1962, 12, 31) : new DateOnly(1998, 12, 31),
            IsMale = deceased ? rng.Chance(0.8) : null,
        }, rng);
        int? relative = deceased ? world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1950, 1, 1), BornTo = new DateOnly(1990, 12, 31), IsMale = false }, rng) : null;
        var subject = relative ?? victim;
        var role = deceased ? "被害人近亲属" : "被害人";
        var entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(subject), role, world.Persons.NameOf(subject), string.Empty);
        var flags = Flag(rng, subject, accepted, entry);

        var hardship = rng.Chance(0.15) ? HardshipMention.Paraphrase : HardshipMention.Keywords;
        if (hardship == HardshipMention.Paraphrase)
        {
            entry.Tags.Add("paraphrase");
        }

        var suspect = world.Persons.RandomBackgroundIn(rng, area, accepted, 18, 65);
        var slot = world.Procuratorate.ReserveAt(accepted);
        var caseId = ProcuratorateFactory.CaseId(area, accepted, slot);
        var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某村", "某路段", "某集市", "村口"]);
        var facts = new CaseFacts(charge, accepted.AddDays(-rng.Between(20, 150)), place, world.Persons.NameOf(suspect), world.Persons.NameOf(victim), injury, loss, paid, fault, deceased, relative is { } r ? world.Persons.NameOf(r) : null);
        var summary = ProcuratorateText.Summary(new Composer(new Rng(rng.NextULong())), facts, hardship);
        if (hardship == HardshipMention.Paraphrase && Keywords.HitsHardship(summary))
        {
            throw new InvalidOperationException("A paraphrased aid summary still uses a hardship keyword: " + summary);
        }

        var courtCase = rng.Chance(0.6) && accepted < new DateOnly(2023, 8, 1) ? Prosecute(rng, area, accepted, charge, suspect, victim, relative, facts) : null;
        var row = ProcuratorateFactory.Case(caseId, area, rng, charge, injury, loss, accepted, paid, fault, reconciled: false, courtCase, summary);
        var persons = new List<CasePerson>
        {
            _cases.Person(caseId, 1, suspect, "犯罪嫌疑人", null, false, null),
            _cases.Person(caseId, 2, victim, "被害人", "本人", deceased, ProcuratorateFactory.Compensation(rng, paid, loss, injury)),
        };
        if (relative is { } rel)
        {
            persons.Add(_cases.Person(caseId, 3, rel, "近亲属", "配偶", false, ProcuratorateFactory.Compensation(rng, paid, loss, injury)));
        }

        world.Procuratorate.Put(slot, new ProcuratorateBundle(row, persons));
        TruthLog.Cite(entry, "procuratorate_cases", caseId);
        TruthLog.Cite(entry, "case_persons", persons.First(p => p.IdNo == world.Persons.IdOf(subject)).PersonKey);
        if (courtCase is not null)
        {
            TruthLog.Cite(entry, "judgments", courtCase);
        }

        if (minor)
        {
            entry.Tags.Add("minor");
        }

        world.Truth.Leads.Add(entry with { Note = $"{charge}被害人（{injury}）{(deceased ? "死亡，近亲属" : "")}未获足额赔偿，属{string.Join("、", flags)}" });
    }

    /// <summary>Puts the subject on one or more welfare lists around the case date and cites the rows; returns the flags' names.</summary>
    private List<string> Flag(Rng rng, int person, DateOnly accepted, TruthEntry entry)
    {
        var flags = new List<string>();
        var p = world.Persons[person];
        while (flags.Count == 0 || (flags.Count < 3 && rng.Chance(0.35)))
        {
            switch (rng.Next(4))
            {
                case 0 when !flags.Contains("低保/特困"):
                    var program = rng.NextDouble() switch { < 0.6 => AssistancePrograms.RuralSubsistence, < 0.8 => AssistancePrograms.UrbanSubsistence, _ => AssistancePrograms.DestituteDispersed };
                    var from = rng.Chance(0.5) ? accepted.AddDays(-rng.Between(100, 2000)) : accepted.AddDays(rng.Between(20, 300));
                    foreach (var row in _welfare.Assistance(person, new WelfareProfile.Assistance(program, new Spell(new DateOnly(from.Year, from.Month, 1), null), rng.Between(5, 12) * 100m, false)))
                    {
                        world.Welfare.Assistance.InsertRandom(rng, row);
                        TruthLog.Cite(entry, "social_assistance", row.RecordId);
                    }

                    flags.Add("低保/特困");
                    break;
                case 1 when !flags.Contains("残疾"):
                    var disabled = _welfare.Disabled(person, new WelfareProfile.Disability(rng.Chance(0.7) ? 4 : rng.Pick([1, 2, 5, 7]), rng.Between(1, 3), accepted.AddDays(rng.Between(-1500, 250)), true));
                    world.Welfare.Disabled.InsertRandom(rng, disabled);
                    TruthLog.Cite(entry, "disabled_persons", disabled.CertNo);
                    flags.Add("残疾");
                    break;
                case 2 when !flags.Contains("防返贫监测"):
                    var status = rng.Chance(0.6) ? "突发严重困难户" : rng.Pick(["脱贫不稳定户", "边缘易致贫户"]);
                    foreach (var row in _welfare.Monitoring(person, new WelfareProfile.Monitoring(status, status == "突发严重困难户" ? "因意外" : rng.Pick(["因病", "因残"]), accepted.AddDays(rng.Between(status == "突发严重困难户" ? 15 : -900, 300)), null, false)))
                    {
                        world.Welfare.Monitoring.InsertRandom(rng, row);
                        TruthLog.Cite(entry, "poverty_monitoring", row.RecordId);
                    }

                    flags.Add("防返贫监测");
                    break;
                case 3 when !p.IsMale && !flags.Contains("困难妇女"):
                    var women = _welfare.Women(person, new WelfareProfile.WomenAid(rng.Pick(["单亲困难母亲", "重病", "残疾", "留守妇女"]), new Spell(accepted.AddDays(rng.Between(-700, 200)), null)));
                    world.Welfare.Women.InsertRandom(rng, women);
                    TruthLog.Cite(entry, "women_federation_aid", women.RecordId);
                    flags.Add("困难妇女");
                    break;
                default:
                    break;
            }
        }

        return flags;
    }

    /// <summary>The criminal judgment of the case, the victim (or the relative) as civil claimant.</summary>
    private string Prosecute(Rng rng, Area area, DateOnly accepted, string charge, int suspect, int victim, int? relative, CaseFacts facts)
    {
        var court = new ScenarioCourt(world);
        var slot = world.Layout.Reserve(area, false, CaseTypes.CriminalFirstInstance, accepted.AddDays(rng.Between(30, 120)));
        var (block, n) = world.Layout.Locate(slot);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = block.FilingDate(n), Cause = charge, DocType = "刑事附带民事判决书", ClosingMode = "判决", Procedure = "普通程序" };
        h.Decided = BackgroundCivil.Clamp(h.Filing.AddDays(rng.Between(30, 90)));
        h.Parties.Add(new CaseParty { Role = "公诉机关", Name = area.ProcuratorateName });
        h.Parties.Add(court.Parties.Person("附带民事诉讼原告人", relative ?? victim, rng, h.Filing, idRate: 1, variantRate: 0));
        h.Parties.Add(court.Parties.Person("被告人", suspect, rng, h.Filing, agentRate: 0.5, idRate: 1, variantRate: 0));
        world.Staff.Assign(h, rng);
        var chargeRecord = charge switch
        {
            "交通肇事罪" => CriminalJudgmentWriter.TrafficCasualty,
            "诈骗罪" => CriminalJudgmentWriter.Fraud,
            "抢劫罪" => new Charge("抢劫罪", "第二百六十三条", 0),
            _ => CriminalJudgmentWriter.Assault,
        };
        var accusedName = world.Persons.NameOf(suspect);
        var text = CriminalJudgmentWriter.Write(new Composer(new Rng(rng.NextULong())), h, chargeRecord,
            c => c.Add(ProcuratorateText.Summary(new Composer(new Rng(rng.NextULong())), facts with { Paid = "未赔偿" }, HardshipMention.None).Replace("犯罪嫌疑人", "被告人", StringComparison.Ordinal)),
            CriminalJudgmentWriter.Sentence(rng, chargeRecord),
            "附带民事诉讼原告人要求被告人" + accusedName + "赔偿医疗费、误工费等经济损失，本院依法予以支持，但被告人" + accusedName + "名下无可供执行的财产，赔偿款项至今未能履行。");
        var bundle = new CourtBundle();
        RowMapper.Add(bundle, h, text);
        world.ReservedCourt[slot] = bundle;
        return h.CaseNo;
    }
}
