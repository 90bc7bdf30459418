using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>第一步 非法销售者 (domain §2.3 step 1): sellers in police cases and consignors in waybills, against the licences.</summary>
public sealed partial class MinorsNitrousOxideModel
{
    private static void Sellers(IModelContext context, Settings s)
    {
        var roles = s.OffenderRoles;
        var goods = s.GoodsTerms;
        var un = s.UnNumbers;
        var licenceTerms = s.LicenceTerms;

        // A person who sold for a shop or company is recorded with that business: the business is the seller.
        context.Rule("D03", "销售案件中的犯罪嫌疑人、违法行为人（有所属经营主体的以经营主体为销售者）", r => r
            .Match<NitrousOxideCase>(c => c.Sale)
            .Join<PolicePerson, string>(c => c.CaseNo, p => p.PoliceCaseNo, p => Texts.IsOneOf(p.Role, roles))
            .Derive((c, p) => new PoliceSale(c.CaseNo, c.EventDate, Subjects.PartyOf(p.UnitCreditCode, p.UnitName, p.IdNo, p.Name), p.UnitName ?? p.Name, c.ToMinors, c.Bulk)));

        context.Rule("D04", "公安查处的销售者（按统一社会信用代码、身份证号归并）", r => r
            .Match<PoliceSale>()
            .GroupBy(p => p.Seller)
            .Derive(g => new KnownSeller(g.Key, g.First().SellerName)));

        context.Rule("D05", "电子运单货物名称为一氧化二氮或其俗称", r => r
            .Match<Waybill>()
            .WhereText(w => w.GoodsName, s.Goods)
            .Derive(w => new NitrousOxideShipment(w.WaybillNo, w.ShipDate, EntityKey.Party(w.ConsignorId, w.ConsignorName), w.ConsignorName,
                EntityKey.Party(w.CarrierId, w.CarrierName), w.CarrierName, w.PlateNo, w.DriverId, true)));

        context.Rule("D06", "电子运单联合国编号为一氧化二氮（UN1070/UN2201），货名未写明", r => r
            .Match<Waybill>(w => Texts.IsOneOf(w.UnNo, un) && !Texts.ContainsAny(w.GoodsName, goods))
            .Derive(w => new NitrousOxideShipment(w.WaybillNo, w.ShipDate, EntityKey.Party(w.ConsignorId, w.ConsignorName), w.ConsignorName,
                EntityKey.Party(w.CarrierId, w.CarrierName), w.CarrierName, w.PlateNo, w.DriverId, true)));

        // Misdeclared cylinders travel as 厨房用品 or 食品添加剂: a known seller's consignments are followed whatever they are called.
        context.Rule("D07", "公安查处的销售者托运、货名未申报一氧化二氮的运单（疑似瞒报）", r => r
            .Match<Waybill>(w => !Texts.IsOneOf(w.UnNo, un) && !Texts.ContainsAny(w.GoodsName, goods))
            .Join<KnownSeller, EntityKey>(w => EntityKey.Party(w.ConsignorId, w.ConsignorName), k => k.Seller)
            .Derive((w, k) => new NitrousOxideShipment(w.WaybillNo, w.ShipDate, k.Seller, w.ConsignorName,
                EntityKey.Party(w.CarrierId, w.CarrierName), w.CarrierName, w.PlateNo, w.DriverId, false)));

        context.Rule("D08", "待核验许可的销售（公安案件）", r => r
            .Match<PoliceSale>()
            .Derive(p => new SaleEvent(p.CaseNo + "|" + p.Seller.Value, PoliceSource, p.CaseNo, p.Date, p.Seller, p.SellerName, p.ToMinors, p.Bulk)));

        context.Rule("D09", "待核验许可的销售（电子运单发货人）", r => r
            .Match<NitrousOxideShipment>()
            .Derive(w => new SaleEvent(w.WaybillNo + "|" + w.Consignor.Value, WaybillSource, w.WaybillNo, w.ShipDate, w.Consignor, w.ConsignorName, false, false)));

        // Licences are matched by credit code; only a seller recorded without one is matched by normalised name.
        context.Rule("D10", "销售者的危化品经营许可（按统一社会信用代码）", r => r
            .Match<SaleEvent>(e => e.Seller.Kind == MatchKind.CreditCode)
            .Join<HazardousChemicalPermit, EntityKey>(e => e.Seller, p => EntityKey.Organization(p.CreditCode, null))
            .Derive((e, p) => new SaleLicence(e, p.LicenceNo, Texts.ContainsAny(p.Scope, licenceTerms), Permits.NotExpiredOn(p.ValidTo, e.Date))));

        context.Rule("D11", "销售者的危化品经营许可（未载代码，按规范化名称）", r => r
            .Match<SaleEvent>(e => e.Seller.IsOrganizationName)
            .Join<HazardousChemicalPermit, EntityKey>(e => e.Seller, p => EntityKey.Organization(null, p.EnterpriseName))
            .Derive((e, p) => new SaleLicence(e, p.LicenceNo, Texts.ContainsAny(p.Scope, licenceTerms), Permits.NotExpiredOn(p.ValidTo, e.Date))));

        context.Rule("D12", "销售时持有含一氧化二氮、未过期的许可", r => r
            .Match<SaleLicence>(l => l.CoversNitrousOxide && l.NotExpired)
            .Derive(l => new LicensedSale(l.Sale.SaleId)));

        context.Rule("D13", "无许可的销售", r => r
            .Match<SaleEvent>()
            .Not<SaleLicence, string>(e => e.SaleId, l => l.Sale.SaleId)
            .Derive(e => new UnlicensedSale(e, LicenceGap.NoLicence)));

        context.Rule("D14", "许可范围不含一氧化二氮的销售", r => r
            .Match<SaleLicence>(l => !l.CoversNitrousOxide)
            .Not<LicensedSale, string>(l => l.Sale.SaleId, x => x.SaleId)
            .Derive(l => new UnlicensedSale(l.Sale, LicenceGap.ScopeLacksNitrousOxide)));

        context.Rule("D15", "许可已过期的销售", r => r
            .Match<SaleLicence>(l => l.CoversNitrousOxide && !l.NotExpired)
            .Not<LicensedSale, string>(l => l.Sale.SaleId, x => x.SaleId)
            .Derive(l => new UnlicensedSale(l.Sale, LicenceGap.Expired)));

        // The licence is checked before a sale counts at all: a licensed distributor (N2O in scope, valid that day) fined
        // for storage or ledger faults is a 违法行为人 in a sale-related case, ships by waybill, and both sources agree —
        // S1+S2+S8 = 35 made it a seller lead (hard data's 持证经销商, up to 4 of 4 on keywords alone). A licence covers the
        // trade, not the buyers: a licensed sale to minors still counts in S1 and S6, and S7 and S9 count whatever the licence.
        context.Rule("S1", "因销售“笑气”在公安案件中被查处（犯罪嫌疑人、违法行为人），且销售时未持有含一氧化二氮的有效许可或售予未成年人", r => r
            .Match<SaleEvent>(e => e.Source == PoliceSource)
            .Not<LicensedSale, string>(e => e.SaleId, x => x.SaleId, (e, x) => !e.ToMinors)
            .Reason(e => Subjects.Of(e.Seller, e.SellerName, Subjects.Seller), 15));

        context.Rule("S2", "作为发货人托运一氧化二氮（电子运单），且发货时未持有含一氧化二氮的有效许可", r => r
            .Match<SaleEvent>(e => e.Source == WaybillSource)
            .Not<LicensedSale, string>(e => e.SaleId, x => x.SaleId)
            .Reason(e => Subjects.Of(e.Seller, e.SellerName, Subjects.Seller), 10));

        context.Rule("S3", "销售时未取得危险化学品经营许可（许可库中无该统一社会信用代码；自然人不能取得该许可）", r => r
            .Match<UnlicensedSale>(u => u.Gap == LicenceGap.NoLicence)
            .Reason(u => Subjects.Of(u.Sale.Seller, u.Sale.SellerName, Subjects.Seller), 20));

        context.Rule("S4", "危险化学品经营许可范围不含一氧化二氮", r => r
            .Match<UnlicensedSale>(u => u.Gap == LicenceGap.ScopeLacksNitrousOxide)
            .Reason(u => Subjects.Of(u.Sale.Seller, u.Sale.SellerName, Subjects.Seller), 20));

        context.Rule("S5", "危险化学品经营许可（含一氧化二氮）在销售时已过期", r => r
            .Match<UnlicensedSale>(u => u.Gap == LicenceGap.Expired)
            .Reason(u => Subjects.Of(u.Sale.Seller, u.Sale.SellerName, Subjects.Seller), 20));

        context.Rule("S6", $"无有效许可（或售予未成年人），通过网络、快递等渠道销售，或查获数量较大（≥{s.BulkQuantity}罐/瓶，或以箱、升计）", r => r
            .Match<SaleEvent>(e => e.Bulk)
            .Not<LicensedSale, string>(e => e.SaleId, x => x.SaleId, (e, x) => !e.ToMinors)
            .Reason(e => Subjects.Of(e.Seller, e.SellerName, Subjects.Seller), 10));

        context.Rule("S7", "购买人中有未成年人、在校学生", r => r
            .Match<SaleEvent>(e => e.ToMinors)
            .Reason(e => Subjects.Of(e.Seller, e.SellerName, Subjects.Seller), 15));

        // The chain of §2.3 step 5, seller to minor: the minors' own account names where the gas came from (by name: verify).
        context.Rule("S9", "涉“笑气”未成年人警情中当事人交代系从该销售者处购买（销售流向未成年人，按名称比对）", r => r
            .Match<SaleEvent>()
            .Join<NitrousOxideCase, string>(e => Suppliers.Key(e.SellerName), c => Suppliers.Key(c.Supplier), c => c.Supplier != null)
            .Exists<MinorUse, string>((e, c) => c.CaseNo, m => m.CaseNo)
            .Reason((e, c) => Subjects.Of(e.Seller, e.SellerName, Subjects.Seller), 10));

        context.Rule("S8", "无有效许可的销售在公安案件与电子运单中相互印证（多源数据）", r => r
            .Match<SaleEvent>()
            .Not<LicensedSale, string>(e => e.SaleId, x => x.SaleId)
            .GroupBy(e => e.Seller)
            .Having(g => g.Select(e => e.Source).Distinct().Count() >= 2)
            .Reason(g => Subjects.Of(g.Key, g.First().SellerName, Subjects.Seller), 10));
    }
}
