using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Background enforcement: some judgments and mediations go to enforcement, some of those recover money.</summary>
internal sealed class EnforcementFactory(World world)
{
    private static readonly string[] Platforms = ["人民法院诉讼资产网", "淘宝网司法拍卖平台", "京东网司法拍卖平台", "公拍网"];

    public void MaybeFor(long slot, CaseBlock block, int n, CaseHeader h, CauseSpec spec, CourtBundle into)
    {
        if (h.ClosingMode is not ("判决" or "调解") || h.Awarded is not { } awarded || awarded <= 0)
        {
            return;
        }

        var rng = Rng.For(world.Seed, "enforcement", slot);
        if (!rng.Chance(spec.EnforcementRate))
        {
            return;
        }

        var filing = h.Decided.AddDays(rng.Between(20, 240));
        if (filing > EnterprisePool.Cutoff || filing.Year - block.Year > 2)
        {
            return;
        }

        var applicant = h.Plaintiff;
        var respondent = h.Defendant;
        var execNo = ExecNumbers.ForJudgment(block, n, filing.Year);
        var x = rng.NextDouble();
        var (mode, collected, closeAfter) = x switch
        {
            < 0.35 => ("执行完毕", awarded, rng.Between(30, 300)),
            < 0.80 => ("终结本次执行", rng.Chance(0.3) ? Math.Round(awarded * (decimal)rng.NextDouble() * 0.5m, 2) : 0m, rng.Between(60, 200)),
            < 0.88 => ("终结执行", rng.Chance(0.4) ? Math.Round(awarded * (decimal)rng.NextDouble(), 2) : 0m, rng.Between(60, 400)),
            < 0.90 => ("不予执行", 0m, rng.Between(20, 90)),
            _ => ("执行中", rng.Chance(0.3) ? Math.Round(awarded * 0.3m, 2) : 0m, 0),
        };
        DateOnly? closed = mode == "执行中" ? null : filing.AddDays(closeAfter);
        if (closed > EnterprisePool.Cutoff)
        {
            (mode, closed) = ("执行中", null);
        }

        var applicantId = rng.Chance(0.97) ? applicant.Identifier : null;
        var respondentId = rng.Chance(0.97) ? respondent.Identifier : null;
        into.Enforcement.Add(new EnforcementCase
        {
            ExecCaseNo = execNo,
            Court = block.CourtName,
            CourtCode = block.CourtCode,
            CaseType = CaseTypes.Enforcement,
            BasisCaseNo = rng.Chance(0.97) ? h.CaseNo : null,
            ApplicantName = Rename(applicant, rng, applicantId is not null),
            ApplicantId = applicantId,
            RespondentName = Rename(respondent, rng, respondentId is not null),
            RespondentId = respondentId,
            FilingDate = filing,
            TargetAmount = awarded,
            CollectedAmount = collected,
            ClosingMode = mode,
            ClosingDate = closed,
        });

        if (collected > 0)
        {
            AddDisposals(into, execNo, filing, closed ?? EnterprisePool.Cutoff, applicant, respondent, collected, rng);
        }
    }

    private void AddDisposals(CourtBundle into, string execNo, DateOnly from, DateOnly to, CaseParty applicant, CaseParty respondent, decimal collected, Rng rng)
    {
        var parts = collected > 20_000 && rng.Chance(0.3) ? 2 : 1;
        var remaining = collected;
        for (var k = 1; k <= parts; k++)
        {
            var amount = k == parts ? remaining : Math.Round(remaining * 0.6m, 2);
            remaining -= amount;
            var x = rng.NextDouble();
            var type = x switch
            {
                < 0.65 => AssetTypes.Deposit,
                < 0.77 => AssetTypes.Vehicle,
                < 0.89 => AssetTypes.RealEstate,
                < 0.92 => AssetTypes.Equity,
                _ => AssetTypes.Other,
            };
            var auction = type is AssetTypes.Vehicle or AssetTypes.RealEstate or AssetTypes.Equity;
            var price = auction ? Math.Round(amount * (decimal)(1.0 + (rng.NextDouble() * 0.6)) / 100) * 100 : amount;
            var deal = rng.Date(from.AddDays(Math.Min(20, to.DayNumber - from.DayNumber)), to);
            var buyer = auction ? world.Persons.RandomBackground(rng, deal) : (int?)null;
            into.Disposals.Add(new AssetDisposal
            {
                DisposalNo = ExecNumbers.Disposal(execNo, k),
                ExecCaseNo = execNo,
                AssetType = type,
                AssetDescription = type switch
                {
                    AssetTypes.Deposit => "被执行人银行存款",
                    AssetTypes.Vehicle => rng.Pick(["被执行人名下小型轿车一辆", "被执行人名下重型货车一辆", "被执行人名下面包车一辆"]),
                    AssetTypes.RealEstate => rng.Pick(["被执行人名下住宅一套", "被执行人名下门市房一处", "被执行人名下厂房及土地使用权"]),
                    AssetTypes.Equity => "被执行人持有的公司股权",
                    _ => rng.Pick(["被执行人到期债权", "被执行人住房公积金", "被执行人工资收入"]),
                },
                OwnerName = Rename(respondent, rng, respondent.Identifier is not null),
                OwnerId = respondent.Identifier,
                DisposalMethod = auction ? "网络司法拍卖" : type == AssetTypes.Deposit ? "划扣" : "扣划提取",
                Platform = auction ? rng.Pick(Platforms) : null,
                DealPrice = price,
                DealDate = deal,
                BuyerName = buyer is { } b ? world.Persons.NameOf(b) : null,
                BuyerId = buyer is { } b2 ? world.Persons.IdOf(b2) : null,
                PayeeName = Rename(applicant, rng, false),
                PayeeId = applicant.Identifier,
                PayoutAmount = amount,
                PayoutDate = BackgroundCivil.Clamp(deal.AddDays(rng.Between(5, 40))),
            });
        }
    }

    /// <summary>The party's name as the enforcement system writes it (independently varied from the judgment's).</summary>
    public string Rename(CaseParty party, Rng rng, bool identified) => party switch
    {
        { Enterprise: { } e } => world.Variants.Organization(e, rng, identified, PartyFactory.OrganizationVariantRate),
        { PersonIndex: { } i } => world.Variants.Person(i, rng, identified, PartyFactory.PersonVariantRate),
        _ => party.Name,
    };
}
