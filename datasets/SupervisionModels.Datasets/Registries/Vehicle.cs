using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A motor vehicle in the registration system (机动车登记), with its plate, owner, status and what became of the
/// plate quota (号牌额度) once the vehicle was scrapped. A plate number can appear twice: on a scrapped vehicle and on
/// the vehicle later registered under the auctioned quota.
/// </summary>
[Dataset("vehicles", Title = "机动车及号牌登记")]
public sealed record Vehicle
{
    /// <summary>The vehicle identification number (车辆识别代号, 17 characters with the check digit in position 9).</summary>
    [RecordKey]
    [Column("vin", Description = "车辆识别代号")]
    public string Vin { get; init; } = "";

    /// <summary>The plate number, province character + city letter + 5 (new energy: 6) characters, without separator, e.g. 鲁D5A123.</summary>
    [Column("plate_no", Description = "号牌号码")]
    public string PlateNo { get; init; } = "";

    /// <summary>The plate-type code (GA 24.7): 01 大型汽车, 02 小型汽车, 51 大型新能源汽车, 52 小型新能源汽车.</summary>
    [Column("plate_type", Description = "号牌种类代码")]
    public string PlateType { get; init; } = "";

    /// <summary>The vehicle type, e.g. 小型轿车, 重型半挂牵引车, 轻型厢式货车.</summary>
    [Column("vehicle_type", Description = "车辆类型")]
    public string VehicleType { get; init; } = "";

    /// <summary>The make and model, e.g. 大众牌SVW7152.</summary>
    [Column("brand", Description = "品牌型号")]
    public string Brand { get; init; } = "";

    /// <summary>The registered owner, as written in the register.</summary>
    [Column("owner_name", Description = "机动车所有人")]
    public string OwnerName { get; init; } = "";

    /// <summary>The owner's resident ID number or credit code.</summary>
    [Column("owner_id", Description = "所有人身份证号/统一社会信用代码")]
    public string? OwnerId { get; init; }

    /// <summary>The use: 非营运, 公路客运, 货运, 危化品运输, 租赁, 警用.</summary>
    [Column("use_nature", Description = "使用性质")]
    public string UseNature { get; init; } = "";

    /// <summary>The date of first registration.</summary>
    [Column("register_date", Description = "初次登记日期")]
    public DateOnly RegisterDate { get; init; }

    /// <summary>The vehicle status: 正常, 逾期未检验, 达到报废标准, 强制注销, 报废注销, 转出 (see <see cref="VehicleStatuses"/>).</summary>
    [Column("status", Description = "机动车状态")]
    public string Status { get; init; } = "";

    /// <summary>The date the vehicle reached its current status (scrapped, deregistered…); null for 正常.</summary>
    [Column("status_date", Description = "状态变更日期")]
    public DateOnly? StatusDate { get; init; }

    /// <summary>What became of the plate quota: 在用 (on a live vehicle), 可用 (kept after scrapping), 已拍卖, 已使用, 已收回.</summary>
    [Column("quota_status", Description = "号牌额度状态")]
    public string QuotaStatus { get; init; } = "";
}
