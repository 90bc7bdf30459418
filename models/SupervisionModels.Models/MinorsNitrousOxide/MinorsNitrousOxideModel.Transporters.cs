using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>第二步 非法运输者 (domain §2.3 step 2): carriers of nitrous-oxide waybills and drivers the police stopped, against the permits.</summary>
public sealed partial class MinorsNitrousOxideModel
{
    private static void Transporters(IModelContext context, Settings s)
    {
        var roles = s.OffenderRoles;
        var hazardClass = s.HazardClass;
        var dangerousBusiness = s.DangerousBusiness;
        var vehicleClasses = s.DangerousVehicleClasses;
        var driverCategories = s.DangerousDriverCategories;
        var privateUses = s.PrivateUses;

        // A licensed distributor fined for storage faults is a known seller too (D04), but its undeclared loads are no
        // misdeclared N2O: an undeclared load is followed to its carrier only when the consignor held no valid N2O
        // licence that day (hard data's 持证经销商 took general carriers with it, as T3+T5+T7 leads).
        context.Rule("D16", "待核验资质的运输（电子运单承运人；未申报一氧化二氮的运单仅限托运人发货时无有效许可）", r => r
            .Match<NitrousOxideShipment>()
            .Not<LicensedSale, string>(w => w.WaybillNo + "|" + w.Consignor.Value, x => x.SaleId, (w, x) => !w.Declared)
            .Derive(w => new Carriage(w.WaybillNo + "|" + w.Carrier.Value, WaybillSource, w.WaybillNo, w.ShipDate, w.Carrier, w.CarrierName, w.Plate, w.DriverId, w.Declared)));

        // A driver stopped with cylinders aboard carries for himself unless the record names the business he drove for.
        context.Rule("D17", "待核验资质的运输（公安查获车辆的驾驶人）", r => r
            .Match<NitrousOxideCase>(c => c.Transport)
            .Join<PolicePerson, string>(c => c.CaseNo, p => p.PoliceCaseNo, p => Texts.IsOneOf(p.Role, roles))
            .Derive((c, p) => new Carriage(c.CaseNo + "|" + p.PersonKey, PoliceSource, c.CaseNo, c.EventDate, Subjects.PartyOf(p.UnitCreditCode, p.UnitName, p.IdNo, p.Name),
                p.UnitName ?? p.Name, c.Plate, p.IdNo, true)));

        context.Rule("D18", "承运人的道路运输经营许可（按统一社会信用代码）", r => r
            .Match<Carriage>(c => c.Carrier.Kind == MatchKind.CreditCode)
            .Join<TransportPermit, EntityKey>(c => c.Carrier, p => EntityKey.Organization(p.CarrierCreditCode, null))
            .Derive((c, p) => new CarriagePermit(c, p.PermitNo, Texts.ContainsAny(p.BusinessType, dangerousBusiness) && Permits.CoversClass(p.PermittedClasses, hazardClass),
                Permits.NotExpiredOn(p.ValidTo, c.Date))));

        context.Rule("D19", "承运人的道路运输经营许可（未载代码，按规范化名称）", r => r
            .Match<Carriage>(c => c.Carrier.IsOrganizationName)
            .Join<TransportPermit, EntityKey>(c => c.Carrier, p => EntityKey.Organization(null, p.CarrierName))
            .Derive((c, p) => new CarriagePermit(c, p.PermitNo, Texts.ContainsAny(p.BusinessType, dangerousBusiness) && Permits.CoversClass(p.PermittedClasses, hazardClass),
                Permits.NotExpiredOn(p.ValidTo, c.Date))));

        context.Rule("D20", "运输时持有含该类危险货物、未过期的许可", r => r
            .Match<CarriagePermit>(p => p.CoversClass && p.NotExpired)
            .Derive(p => new PermittedCarriage(p.Carriage.CarriageId)));

        context.Rule("T1", "公安查获驾驶车辆运输“笑气”（驾驶人、违法行为人）", r => r
            .Match<Carriage>(c => c.Source == PoliceSource)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 15));

        context.Rule("T2", "承运一氧化二氮货物（电子运单货名或联合国编号）", r => r
            .Match<Carriage>(c => c.Source == WaybillSource && c.Declared)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 15));

        context.Rule("T3", "承运公安查处的“笑气”销售者托运的货物（运单货名未申报一氧化二氮，疑似瞒报）", r => r
            .Match<Carriage>(c => c.Source == WaybillSource && !c.Declared)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 15));

        context.Rule("T4", "承运人未取得道路运输经营许可", r => r
            .Match<Carriage>()
            .Not<CarriagePermit, string>(c => c.CarriageId, p => p.Carriage.CarriageId)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 20));

        context.Rule("T5", $"承运人的道路运输经营许可不含{hazardClass}项危险货物（仅普通货运或类别不符）", r => r
            .Match<CarriagePermit>(p => !p.CoversClass)
            .Not<PermittedCarriage, string>(p => p.Carriage.CarriageId, x => x.CarriageId)
            .Reason(p => Subjects.Of(p.Carriage.Carrier, p.Carriage.CarrierName, Subjects.Transporter), 20));

        context.Rule("T6", "承运人的危险货物道路运输许可在运输时已过期", r => r
            .Match<CarriagePermit>(p => p.CoversClass && !p.NotExpired)
            .Not<PermittedCarriage, string>(p => p.Carriage.CarriageId, x => x.CarriageId)
            .Reason(p => Subjects.Of(p.Carriage.Carrier, p.Carriage.CarrierName, Subjects.Transporter), 20));

        context.Rule("T7", $"车辆无有效的{hazardClass}项危险货物道路运输证", r => r
            .Match<Carriage>(c => c.Plate != null)
            .Not<TransportVehicle, string>(c => Plates.Normalize(c.Plate), v => Plates.Normalize(v.PlateNo),
                (c, v) => Texts.ContainsAny(v.VehicleClass, vehicleClasses) && Permits.CoversClass(v.PermittedClasses, hazardClass) && v.CertValidTo >= c.Date)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 10));

        // A waybill without the driver's ID cannot show a qualification either: both count as none.
        context.Rule("T8", "驾驶人无有效的危险货物道路运输从业资格", r => r
            .Match<Carriage>()
            .Not<TransportWorker, string?>(c => c.DriverId, w => w.IdNo, (c, w) => Texts.ContainsAny(w.Categories, driverCategories) && w.ValidTo >= c.Date)
            .Reason(c => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 10));

        // A plate can also sit on a scrapped or deregistered vehicle whose quota went to another: only live registrations count.
        context.Rule("T9", "使用私家车（非营运车辆）运输", r => r
            .Match<Carriage>(c => c.Plate != null)
            .Join<Vehicle, string>(c => Plates.Normalize(c.Plate), v => Plates.Normalize(v.PlateNo),
                v => Texts.IsOneOf(v.UseNature, privateUses) && v.Status != VehicleStatuses.Scrapped && v.Status != VehicleStatuses.ForciblyDeregistered && v.Status != VehicleStatuses.TransferredOut)
            .Reason((c, v) => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 10));

        context.Rule("T10", "托运人无含一氧化二氮的有效经营许可（上游非法销售）", r => r
            .Match<Carriage>(c => c.Source == WaybillSource)
            .Join<UnlicensedSale, string>(c => c.RecordKey, u => u.Sale.RecordKey, u => u.Sale.Source == WaybillSource)
            .Reason((c, u) => Subjects.Of(c.Carrier, c.CarrierName, Subjects.Transporter), 10));
    }
}
