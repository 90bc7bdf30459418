using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Registries;

/// <summary>Vehicles of the registration system: background vehicles from their slot, scenario vehicles on reserved slots.</summary>
internal sealed class VehicleFactory(World world)
{
    private readonly Dictionary<string, long> _slots = world.ReservedVehicleSlots;

    private static readonly (string Type, string PlateType, string[] Brands, double Weight)[] Types =
    [
        ("小型轿车", "02", ["大众牌FV7152", "丰田牌TV7250", "别克牌SGM7158", "本田牌HG7154", "日产牌DFL7160", "吉利牌MR7153", "长安牌SC7164"], 55),
        ("小型普通客车", "02", ["哈弗牌CC6460", "五菱牌LZW6446", "大众牌SVW6471", "传祺牌GAC6450"], 20),
        ("轻型厢式货车", "01", ["江铃牌JX5044", "福田牌BJ5045", "东风牌EQ5040"], 7),
        ("重型半挂牵引车", "01", ["解放牌CA4250", "重汽牌ZZ4257", "陕汽牌SX4250"], 4),
        ("中型普通客车", "01", ["宇通牌ZK6729", "金龙牌XMQ6706"], 2),
        ("小型轿车", "52", ["比亚迪牌BYD7005", "特斯拉牌TSL7000", "五菱牌LZW7001"], 12),
    ];

    public static string PlatePrefix(Area area, Rng rng) => area.PlatePrefix == "鲁F" && rng.Chance(0.15) ? "鲁Y" : area.PlatePrefix;

    public static string Plate(Area area, long slot, bool newEnergy, Rng rng) =>
        PlatePrefix(area, rng) + (newEnergy ? (rng.Chance(0.8) ? "D" : "F") : string.Empty) + Identifiers.PlateBody(slot);

    public Vehicle Background(long slot)
    {
        var rng = Rng.For(world.Seed, "vehicle", slot);
        var registered = rng.Date(new DateOnly(2005, 1, 1), new DateOnly(2023, 10, 31));
        string ownerName;
        string ownerId;
        Area area;
        var company = rng.Chance(0.18);
        if (company)
        {
            var e = world.Enterprises.RandomBackground(rng, registered);
            ownerName = world.Variants.Organization(e, rng, true, 0.03);
            ownerId = e.CreditCode;
            area = e.Area;
        }
        else
        {
            var p = world.Persons[world.Persons.RandomBackground(rng, registered, 18, 75)];
            ownerName = p.Name;
            ownerId = p.IdNo;
            area = p.Area;
        }

        var tw = rng.NextDouble() * 100;
        var t = Types[0];
        foreach (var candidate in Types)
        {
            if ((tw -= candidate.Weight) < 0)
            {
                t = candidate;
                break;
            }
        }

        var x = rng.NextDouble();
        var age = World.Cutoff.Year - registered.Year;
        var (status, quota) = x switch
        {
            < 0.08 => (VehicleStatuses.InspectionOverdue, VehicleStatuses.QuotaInUse),
            < 0.11 when age > 8 => (VehicleStatuses.DueForScrapping, VehicleStatuses.QuotaInUse),
            < 0.13 when age > 6 => (VehicleStatuses.ForciblyDeregistered, rng.Chance(0.5) ? VehicleStatuses.QuotaWithdrawn : VehicleStatuses.QuotaUsed),
            < 0.17 when age > 6 => (VehicleStatuses.Scrapped, rng.NextDouble() switch { < 0.6 => VehicleStatuses.QuotaUsed, < 0.85 => VehicleStatuses.QuotaWithdrawn, _ => VehicleStatuses.QuotaAvailable }),
            < 0.18 => (VehicleStatuses.TransferredOut, VehicleStatuses.QuotaWithdrawn),
            _ => (VehicleStatuses.Normal, VehicleStatuses.QuotaInUse),
        };
        return new Vehicle
        {
            Vin = Identifiers.Vin(rng, slot, registered.Year),
            PlateNo = Plate(area, slot, t.PlateType == "52", rng),
            PlateType = t.PlateType,
            VehicleType = t.Type,
            Brand = rng.Pick(t.Brands),
            OwnerName = ownerName,
            OwnerId = ownerId,
            UseNature = t.PlateType == "01" ? (t.Type.Contains("客车", StringComparison.Ordinal) ? "公路客运" : "货运") : company && rng.Chance(0.3) ? "租赁" : "非营运",
            RegisterDate = registered,
            Status = status,
            StatusDate = status == VehicleStatuses.Normal ? null : rng.Date(registered.AddDays(365), World.Cutoff),
            QuotaStatus = quota,
        };
    }

    /// <summary>
    /// A scenario vehicle on a reserved slot (its plate comes from the slot like any other): the caller sets status,
    /// owner and quota, and gets the row back to cite its plate.
    /// </summary>
    public Vehicle Reserve(Rng rng, Area area, string ownerName, string ownerId, DateOnly registered, string status, DateOnly? statusDate, string quota, string type = "小型轿车", string useNature = "非营运")
    {
        var slot = world.Vehicles.ReserveRandom(rng);
        var isTruck = type.Contains("货车", StringComparison.Ordinal) || type.Contains("牵引", StringComparison.Ordinal);
        var v = new Vehicle
        {
            Vin = Identifiers.Vin(rng, slot, registered.Year),
            PlateNo = Plate(area, slot, false, rng),
            PlateType = isTruck ? "01" : "02",
            VehicleType = type,
            Brand = isTruck ? rng.Pick(["解放牌CA5180", "东风牌DFH5180", "江淮牌HFC5043"]) : rng.Pick(["大众牌FV7152", "丰田牌TV7250", "别克牌SGM7158", "现代牌BH7164"]),
            OwnerName = ownerName,
            OwnerId = ownerId,
            UseNature = useNature,
            RegisterDate = registered,
            Status = status,
            StatusDate = statusDate,
            QuotaStatus = quota,
        };
        world.Vehicles.Put(slot, v);
        _slots[v.Vin] = slot;
        return v;
    }

    /// <summary>Replaces a scenario vehicle's row (a quota that was auctioned after all).</summary>
    public void Update(Vehicle vehicle, Func<Vehicle, Vehicle> change)
    {
        var slot = _slots[vehicle.Vin];
        world.Vehicles.Replace(slot, vehicle, change(vehicle));
    }

    /// <summary>A vehicle registered later under an existing plate (the buyer of an auctioned quota): same plate, new VIN.</summary>
    public Vehicle ReuseQuota(Rng rng, string plate, string ownerName, string ownerId, DateOnly registered)
    {
        var slot = world.Vehicles.ReserveRandom(rng);
        var v = new Vehicle
        {
            Vin = Identifiers.Vin(rng, slot, registered.Year),
            PlateNo = plate,
            PlateType = "02",
            VehicleType = "小型轿车",
            Brand = rng.Pick(["奥迪牌FV7201", "宝马牌BMW7201", "奔驰牌BJ7204", "雷克萨斯牌JTH7250"]),
            OwnerName = ownerName,
            OwnerId = ownerId,
            UseNature = "非营运",
            RegisterDate = registered,
            Status = VehicleStatuses.Normal,
            StatusDate = null,
            QuotaStatus = VehicleStatuses.QuotaInUse,
        };
        world.Vehicles.Put(slot, v);
        return v;
    }

    public static async Task<SinkResult> WriteAsync(World world, string outputDirectory, Action<string, long, long> progress, CancellationToken ct)
    {
        await using var sink = new DatasetSink<Vehicle>(outputDirectory, 65_536);
        var factory = new VehicleFactory(world);
        var chunk = world.Profile.ChunkSize * 4;
        var total = world.Vehicles.Count;
        var chunks = (int)((total + chunk - 1) / chunk);
        await OrderedPipeline.RunAsync(chunks, c =>
        {
            var rows = new List<Vehicle>(chunk);
            for (var slot = (long)c * chunk; slot < Math.Min(total, ((long)c + 1) * chunk); slot++)
            {
                if (world.Vehicles.TryGet(slot, out var reserved))
                {
                    rows.AddRange(reserved);
                }
                else
                {
                    rows.Add(factory.Background(slot));
                }
            }

            return rows;
        }, async rows =>
        {
            await sink.AddRangeAsync(rows, ct).ConfigureAwait(false);
            progress("vehicles", sink.Rows, total);
        }, ct).ConfigureAwait(false);
        return await sink.CompleteAsync(ct).ConfigureAwait(false);
    }
}
