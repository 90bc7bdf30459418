using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// SM0003's hard decoys (issue 11): each is a planted victim — seriously injured, not at fault, the offender unable to
/// pay — but for one decisive fact, named with the rule that decides on it: the person on a register is the suspect
/// (with a disability certificate), the victim was paid in full without a reconciliation or aided by the court, the
/// listed person is a relative in another household, the victim died and left no relative in the file, or the
/// register entry had lapsed before the case. And one kind of planted lead: hardship that only the summary shows,
/// no register entry at all (tag <c>text_only</c>), which only a text path can find.
/// </summary>
internal sealed partial class JudicialAidScenario
{
    /// <summary>Built after every scenario's easy part, from its own stream, so that easy's planted leads stay as they were.</summary>
    public void BuildHardDecoys()
    {
        var rng = Rng.For(world.Seed, "scenario-sm0003-hard");
        for (var i = 0; i < world.Profile.AidDecoysPerKind; i++)
        {
            DisabledSuspect(rng);
            PaidWithoutReconciliation(rng);
            AidedByCourt(rng);
            RelativeInAnotherHousehold(rng);
            DeceasedWithoutDependants(rng);
            LapsedRegister(rng, i % 3);
            TextOnlyHardship(rng);
            foreach (var variant in IdentityVariants.All)
            {
                IdentityVariantVictim(rng, variant);
            }
        }
    }

    private TruthEntry HardDecoy(int subject, string kind, string note, string decisiveFact)
    {
        var entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(subject), "被害人", world.Persons.NameOf(subject), note, kind, decisiveFact);
        world.Truth.Decoys.Add(entry);
        return entry;
    }

    private int HardVictim(Rng rng, bool? male = null) =>
        world.Persons.Add(new PersonSpec { Area = Regions.Shanxian, BornFrom = new DateOnly(1955, 1, 1), BornTo = new DateOnly(1995, 12, 31), IsMale = male }, rng);

    private void OnSubsistence(Rng rng, int person, DateOnly accepted, TruthEntry entry, DateOnly? ended = null)
    {
        var from = ended is null ? new DateOnly(accepted.Year - 2, 3, 1) : new DateOnly(accepted.Year - 4, 1, 1);
        foreach (var row in _welfare.Assistance(person, new WelfareProfile.Assistance(AssistancePrograms.RuralSubsistence, new Spell(from, ended), rng.Between(5, 9) * 100m, false)))
        {
            world.Welfare.Assistance.InsertRandom(rng, row);
            TruthLog.Cite(entry, "social_assistance", row.RecordId);
        }
    }

    /// <summary>
    /// A planted victim's case (serious injury, nothing paid, no fault) written to the procuratorate's system; the
    /// summary mentions hardship as <paramref name="hardship"/> says. Returns the case id.
    /// </summary>
    private string HardCase(Rng rng, TruthEntry entry, DateOnly accepted, int suspect, int victim, HardshipMention hardship,
        string paid = CompensationStatuses.Unable, bool victimDeceased = false, string? courtCaseNo = null, Func<CasePerson, CasePerson>? asRecorded = null)
    {
        var area = Regions.Shanxian;
        var charge = victimDeceased ? "故意伤害罪" : rng.Pick(["故意伤害罪", "交通肇事罪"]);
        var injury = victimDeceased ? InjuryLevels.Death : charge == "交通肇事罪" ? InjuryLevels.SeriousSecond : rng.Pick([InjuryLevels.SeriousSecond, InjuryLevels.SeriousFirst]);
        var slot = world.Procuratorate.ReserveAt(accepted);
        var caseId = ProcuratorateFactory.CaseId(area, accepted, slot);
        var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某村", "某路段", "某集市"]);
        var caseFacts = new CaseFacts(charge, accepted.AddDays(-rng.Between(20, 150)), place, world.Persons.NameOf(suspect), world.Persons.NameOf(victim), injury, 0m, paid, "无", victimDeceased, null);
        var summary = ProcuratorateText.Summary(new Composer(new Rng(rng.NextULong())), caseFacts, hardship);
        var row = ProcuratorateFactory.Case(caseId, area, rng, charge, injury, 0m, accepted, paid, "无", reconciled: false, courtCaseNo, summary);
        var persons = new List<CasePerson>
        {
            _cases.Person(caseId, 1, suspect, "犯罪嫌疑人", null, false, null),
            _cases.Person(caseId, 2, victim, "被害人", "本人", victimDeceased, ProcuratorateFactory.Compensation(rng, paid, 0m, injury)),
        };
        if (asRecorded is not null)
        {
            persons[1] = asRecorded(persons[1]);
        }

        world.Procuratorate.Put(slot, new ProcuratorateBundle(row, persons));
        TruthLog.Cite(entry, "procuratorate_cases", caseId);
        TruthLog.Cite(entry, "case_persons", persons[1].PersonKey);
        return caseId;
    }

    /// <summary>The suspect, not the victim, holds a disability certificate (grade 1–3, valid) and is on 低保; the summary says so.</summary>
    private void DisabledSuspect(Rng rng)
    {
        var accepted = Accepted(rng);
        var suspect = HardVictim(rng, male: true);
        var victim = HardVictim(rng);
        var entry = HardDecoy(suspect, "持证残疾人为犯罪嫌疑人", "持证残疾、在低保名单上的是本案犯罪嫌疑人，被害人不在任何困难群体名单",
            "S4: 名单上的人是犯罪嫌疑人而非被害人");
        var disabled = _welfare.Disabled(suspect, new WelfareProfile.Disability(rng.Pick([1, 2, 4]), rng.Between(1, 3), accepted.AddYears(-rng.Between(2, 6)), true));
        world.Welfare.Disabled.InsertRandom(rng, disabled);
        TruthLog.Cite(entry, "disabled_persons", disabled.CertNo);
        OnSubsistence(rng, suspect, accepted, entry);
        HardCase(rng, entry, accepted, suspect, victim, HardshipMention.Innocent);
    }

    /// <summary>A listed victim paid in full by the offender's family; no reconciliation agreement was recorded.</summary>
    private void PaidWithoutReconciliation(Rng rng)
    {
        var accepted = Accepted(rng);
        var victim = HardVictim(rng);
        var entry = HardDecoy(victim, "已获全额赔偿（未和解）", "被害人在低保名单上，加害人家属已全额赔偿，但未达成刑事和解",
            "S3: 加害人已全额赔偿（offender_paid 全额赔偿），未刑事和解");
        OnSubsistence(rng, victim, accepted, entry);
        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.Keywords, paid: CompensationStatuses.Full);
    }

    /// <summary>A listed victim whose aid was granted by the court at trial: the grant names the court case, not the procuratorate's.</summary>
    private void AidedByCourt(Rng rng)
    {
        var accepted = new DateOnly(2020, 1, 1).AddDays(rng.Next(1100));
        var victim = HardVictim(rng);
        var suspect = world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65);
        var entry = HardDecoy(victim, "已获法院司法救助", "被害人在低保名单上，审判阶段已由法院给予国家司法救助（救助记录只载法院案号）",
            "S4: 本案审判阶段已获法院国家司法救助（按法院案号）");
        OnSubsistence(rng, victim, accepted, entry);
        var facts = new CaseFacts("故意伤害罪", accepted.AddDays(-rng.Between(20, 150)), Regions.Shanxian.County + "某村", world.Persons.NameOf(suspect), world.Persons.NameOf(victim),
            InjuryLevels.SeriousSecond, 0m, CompensationStatuses.Unable, "无", false, null);
        var courtCase = Prosecute(rng, Regions.Shanxian, accepted, "故意伤害罪", suspect, victim, null, facts);
        HardCase(rng, entry, accepted, suspect, victim, HardshipMention.Keywords, courtCaseNo: courtCase);
        var granted = BackgroundOrCutoff(accepted.AddDays(rng.Between(150, 300)));
        var grant = new JudicialAidGrant
        {
            AidNo = world.NextCourtAidNo(Regions.Shanxian, granted.Year),
            CaseId = null,
            CourtCaseNo = courtCase,
            GrantingBody = Regions.Shanxian.CourtName,
            RecipientName = world.Persons.NameOf(victim),
            RecipientId = world.Persons.IdOf(victim),
            Amount = rng.Between(10, 50) * 1000m,
            GrantedDate = granted,
        };
        world.AidGrants.Add(grant);
        TruthLog.Cite(entry, "judgments", courtCase);
        TruthLog.Cite(entry, "judicial_aid_grants", grant.AidNo);
    }

    /// <summary>The victim's parent, head of another household, is on 低保; the victim is on no list.</summary>
    private void RelativeInAnotherHousehold(Rng rng)
    {
        var accepted = Accepted(rng);
        var victim = HardVictim(rng);
        var parent = world.Persons.Add(new PersonSpec { Area = Regions.Shanxian, BornFrom = new DateOnly(1935, 1, 1), BornTo = new DateOnly(1955, 12, 31) }, rng);
        var entry = HardDecoy(victim, "另户亲属在名单", "被害人本人不在名单，其在另一户的父母在低保名单上",
            "S5: 低保名单上的是另一户的亲属（身份证号不同），被害人本人不在任何名单");
        OnSubsistence(rng, parent, accepted, entry);
        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.Keywords);
    }

    /// <summary>A victim on 低保 who died of the crime and left no close relative in the case file: nobody to aid.</summary>
    private void DeceasedWithoutDependants(Rng rng)
    {
        var accepted = Accepted(rng);
        var victim = HardVictim(rng, male: true);
        var entry = HardDecoy(victim, "死亡被害人无近亲属", "被害人（低保、独居）因犯罪死亡，案件无近亲属记录，没有可救助的人",
            "S4: 被害人已死亡，案件中没有近亲属，无救助对象");
        OnSubsistence(rng, victim, accepted, entry);
        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.None, victimDeceased: true);
    }

    /// <summary>
    /// A planted victim's register entry that lapsed before the case: a disability certificate cancelled, a monitored
    /// household whose risk was cleared, or a woman who left the federation's register.
    /// </summary>
    private void LapsedRegister(Rng rng, int which)
    {
        var accepted = Accepted(rng);
        var victim = HardVictim(rng, male: which == 2 ? false : null);
        var lapsed = accepted.AddDays(-rng.Between(90, 700));
        var (note, fact) = which switch
        {
            0 => ("被害人的残疾证在案发前已注销", "S7: 残疾证状态为注销（案发前失效）"),
            1 => ("被害人家庭的防返贫监测风险在案发前已消除", "S9: 监测户风险在案发前已消除"),
            _ => ("被害人在案发前已退出妇联困难妇女台账", "S11: 案发前已退出妇联困难妇女台账"),
        };
        var entry = HardDecoy(victim, "名单在案发前失效", note, fact);
        switch (which)
        {
            case 0:
                var disabled = _welfare.Disabled(victim, new WelfareProfile.Disability(rng.Pick([1, 2, 4]), rng.Between(1, 3), lapsed.AddYears(-3), false));
                world.Welfare.Disabled.InsertRandom(rng, disabled);
                TruthLog.Cite(entry, "disabled_persons", disabled.CertNo);
                break;
            case 1:
                foreach (var row in _welfare.Monitoring(victim, new WelfareProfile.Monitoring(rng.Pick(["脱贫不稳定户", "边缘易致贫户"]), "因病", lapsed.AddYears(-2), lapsed, false)))
                {
                    world.Welfare.Monitoring.InsertRandom(rng, row);
                    TruthLog.Cite(entry, "poverty_monitoring", row.RecordId);
                }

                break;
            default:
                var women = _welfare.Women(victim, new WelfareProfile.WomenAid("单亲困难母亲", new Spell(lapsed.AddYears(-2), lapsed)));
                world.Welfare.Women.InsertRandom(rng, women);
                TruthLog.Cite(entry, "women_federation_aid", women.RecordId);
                break;
        }

        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.None);
    }

    /// <summary>
    /// A planted lead with no register entry at all: seriously injured, nothing paid, and the summary says the family
    /// cannot pay for treatment and is on no register yet — the hardship is in the text only, so only a text path can find it.
    /// </summary>
    private void TextOnlyHardship(Rng rng)
    {
        var accepted = Accepted(rng);
        var victim = HardVictim(rng);
        var entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(victim), "被害人", world.Persons.NameOf(victim),
            "重伤被害人，加害人无力赔偿，不在任何困难群体名单，仅案情摘要反映家庭困难、无力支付医疗费且尚未纳入救助");
        entry.Tags.Add("text_only");
        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.Unlisted);
        world.Truth.Leads.Add(entry);
    }

    /// <summary>
    /// A planted victim (on 低保, seriously injured, unpaid) whose case record writes the identity differently from the
    /// register: a legacy 15-digit ID, a Hong Kong/Macau permit in both, or no ID and a name in traditional characters or
    /// with a homophone surname. The truth's subject key is what the record yields (ID:… or PN:…), and its tags say the
    /// variant and whether the project is expected to resolve it (<c>resolvable</c> / <c>unresolvable</c>).
    /// </summary>
    private void IdentityVariantVictim(Rng rng, IdentityVariant variant)
    {
        var accepted = Accepted(rng);
        int victim;
        string? recordedName;
        var attempts = 0;
        do
        {
            victim = HardVictim(rng);
            recordedName = variant.RecordedName(world.Persons.NameOf(victim));
        }
        while (recordedName is null && ++attempts < 20);

        if (recordedName is null)
        {
            return;
        }

        var permit = variant.Kind == "permit" ? IdentityVariants.Permit(rng) : null;
        var recordedId = variant.Kind switch
        {
            "id15" => IdentityVariants.Legacy15(world.Persons.IdOf(victim)),
            "permit" => permit,
            _ => null,
        };
        var key = Entities.EntityKey.Person(recordedId, recordedName).Value;
        var entry = TruthLog.Entry(ModelId, key, "被害人", recordedName, "重伤被害人，加害人无力赔偿，在低保名单上；" + variant.Note);
        entry.Tags.Add("identity:" + variant.Kind);
        entry.Tags.Add(variant.Resolvable ? "resolvable" : "unresolvable");
        foreach (var row in _welfare.Assistance(victim, new WelfareProfile.Assistance(AssistancePrograms.RuralSubsistence, new Spell(new DateOnly(accepted.Year - 2, 3, 1), null), rng.Between(5, 9) * 100m, false)))
        {
            var listed = permit is null ? row : row with { IdNo = permit };
            world.Welfare.Assistance.InsertRandom(rng, listed);
            TruthLog.Cite(entry, "social_assistance", listed.RecordId);
        }

        HardCase(rng, entry, accepted, world.Persons.RandomBackgroundIn(rng, Regions.Shanxian, accepted, 18, 65), victim, HardshipMention.Keywords,
            asRecorded: p => p with { IdNo = recordedId, Name = recordedName });
        world.Truth.Leads.Add(entry);
    }
}
