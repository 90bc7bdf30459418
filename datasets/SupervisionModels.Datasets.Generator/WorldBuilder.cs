using System.Globalization;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.JudicialAid;
using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Registries;

namespace SupervisionModels.Datasets.Generator;

/// <summary>Builds the <see cref="World"/>: population, register, layouts, then each model's scenarios in a fixed order.</summary>
internal static class WorldBuilder
{
    /// <summary>Builds the world at the scale's default difficulty.</summary>
    public static World Build(int seed, ScaleProfile profile) => Build(seed, profile, Difficulties.DefaultFor(profile.Scale));

    public static World Build(int seed, ScaleProfile profile, Difficulty difficulty)
    {
        var world = new World(seed, profile, difficulty);
        var fakeLitigation = new FakeLitigationScenario(world);
        fakeLitigation.Build();
        PublicPlateAuctions(world);

        var registers = new RegistryFactory(world);
        registers.BuildBackground(Rng.For(seed, "n2o-registers"));
        world.NitrousOxideRegisters = registers;
        new NitrousOxideScenario(world, registers).Build();

        var judicialAid = new JudicialAidScenario(world);
        judicialAid.Build();
        BackgroundAidGrants(world);
        if (world.IsHard)
        {
            // Last, from their own streams: every model's planted leads in a hard world are easy's to the record.
            fakeLitigation.BuildHardDecoys();
            judicialAid.BuildHardDecoys();
        }

        world.Persons.Seal();
        world.Enterprises.Seal();
        return world;
    }

    /// <summary>Aid granted in ordinary background cases (not on any welfare list, so never a lead or a decoy).</summary>
    private static void BackgroundAidGrants(World world)
    {
        var rng = Rng.For(world.Seed, "aid-grants");
        var cases = new ProcuratorateFactory(world);
        for (var i = 0; i < world.Profile.AidGrants; i++)
        {
            var slot = rng.NextLong(world.Procuratorate.Count);
            if (world.Procuratorate.TryGet(slot, out _))
            {
                continue;
            }

            var bundle = cases.Background(slot);
            var victim = bundle.Persons.FirstOrDefault(p => p.Role is "被害人" or "近亲属" && p is { Deceased: false });
            if (victim is null || bundle.Case.Injury is InjuryLevels.None or InjuryLevels.Slight)
            {
                continue;
            }

            var area = Regions.Local.First(a => bundle.Case.Unit == a.ProcuratorateName);
            var granted = bundle.Case.AcceptedDate.AddDays(rng.Between(60, 400));
            if (granted > World.Cutoff)
            {
                continue;
            }

            var byCourt = rng.Chance(0.3) && bundle.Case.CourtCaseNo is not null;
            world.AidGrants.Add(new JudicialAidGrant
            {
                AidNo = byCourt ? world.NextCourtAidNo(area, granted.Year) : world.NextAidNo(area, granted.Year),
                CaseId = byCourt ? null : bundle.Case.CaseId,
                CourtCaseNo = byCourt ? bundle.Case.CourtCaseNo : null,
                GrantingBody = byCourt ? area.CourtName : area.ProcuratorateName,
                RecipientName = victim.Name,
                RecipientId = victim.IdNo ?? string.Empty,
                Amount = rng.Between(3, 60) * 1000m,
                GrantedDate = granted,
            });
        }
    }

    /// <summary>
    /// Plate quotas sold by governments (公车改革, state assets): the ordinary, non-judicial auctions every city has,
    /// owned by agencies, with no suit behind them.
    /// </summary>
    private static void PublicPlateAuctions(World world)
    {
        var rng = Rng.For(world.Seed, "public-plate-auctions");
        var vehicles = new VehicleFactory(world);
        string[] agencies = ["机关事务服务中心", "公共资源交易中心", "财政局", "交通运输局", "城市管理局", "自然资源局"];
        for (var i = 0; i < world.Profile.PublicPlateAuctions; i++)
        {
            var area = rng.Pick(Regions.Local);
            var owner = area.LocalName + rng.Pick(agencies);
            var code = Identifiers.CreditCode(rng, '1', '1', area.Code, modern: false);
            var date = rng.Date(new DateOnly(2019, 3, 1), new DateOnly(2023, 11, 30));
            var vehicle = vehicles.Reserve(rng, area, owner, code, date.AddYears(-rng.Between(8, 14)), VehicleStatuses.Scrapped, date.AddDays(-rng.Between(30, 200)), VehicleStatuses.QuotaAuctioned, rng.Pick(["小型轿车", "小型普通客车"]), "公务");
            var price = Math.Round(rng.Amount(60_000, 0.3, 100, 30_000, 150_000) / 100) * 100;
            var sold = rng.Chance(0.85);
            var buyer = world.Persons.RandomBackground(rng, date, 25, 65);
            world.PlateAuctions.Add(new PlateAuction
            {
                AuctionNo = string.Create(CultureInfo.InvariantCulture, $"GZ{date:yyyyMMdd}{rng.Between(100000, 999999)}"),
                PlateNo = vehicle.PlateNo,
                QuotaOwnerName = owner,
                QuotaOwnerId = code,
                Source = rng.Chance(0.6) ? "公车改革处置" : "国有资产处置",
                ExecCaseNo = null,
                Consignor = owner,
                Platform = area.CityShort + "市公共资源交易平台",
                AuctionDate = date,
                StartingPrice = Math.Round(price * 0.8m / 100) * 100,
                DealPrice = sold ? price : null,
                BuyerName = sold ? world.Persons.NameOf(buyer) : null,
                BuyerId = sold ? world.Persons.IdOf(buyer) : null,
                Status = sold ? "成交" : "流拍",
            });
        }
    }
}
