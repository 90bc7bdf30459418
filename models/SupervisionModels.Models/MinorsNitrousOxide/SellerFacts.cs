using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

// Derived facts of the seller rules (domain §2.3 step 1): who sold, on what record, and whether a licence covered it.

/// <summary>A suspect or offender of a screened sale case, keyed as the business they acted for, or as themselves.</summary>
public sealed record PoliceSale(string CaseNo, DateOnly Date, EntityKey Seller, string SellerName, bool ToMinors, bool Bulk);

/// <summary>A seller the police dealt with, once per key: the waybills it consigns are followed even when misdeclared.</summary>
public sealed record KnownSeller(EntityKey Seller, string SellerName);

/// <summary>One sale to check against the licence register: a police sale, or a consignment of nitrous oxide.</summary>
/// <param name="SaleId">Unique per record and seller.</param>
/// <param name="Source">The dataset of the record: <c>police_cases</c> or <c>waybills</c>.</param>
/// <param name="RecordKey">The case number or waybill number.</param>
/// <param name="Date">The event or shipping date the licence must cover.</param>
/// <param name="Seller">The seller's key: credit code, ID number, or normalised name.</param>
/// <param name="SellerName">The seller's name as the record gives it.</param>
/// <param name="ToMinors">The record says buyers were minors or pupils.</param>
/// <param name="Bulk">Sold online or by parcel, or a large quantity seized.</param>
public sealed record SaleEvent(string SaleId, string Source, string RecordKey, DateOnly Date, EntityKey Seller, string SellerName, bool ToMinors, bool Bulk);

/// <summary>A hazardous-chemical trading licence of the seller: whether it names nitrous oxide and had not expired on the day of the sale.</summary>
public sealed record SaleLicence(SaleEvent Sale, string LicenceNo, bool CoversNitrousOxide, bool NotExpired);

/// <summary>A sale covered by a licence whose scope names nitrous oxide and which had not expired that day.</summary>
public sealed record LicensedSale(string SaleId);

/// <summary>Why a sale was not covered by a licence.</summary>
public enum LicenceGap
{
    /// <summary>The seller holds no hazardous-chemical trading licence at all (a natural person never does).</summary>
    NoLicence,

    /// <summary>The seller's licences do not name nitrous oxide.</summary>
    ScopeLacksNitrousOxide,

    /// <summary>The seller's licence names nitrous oxide but had expired by the day.</summary>
    Expired,
}

/// <summary>A sale no valid licence covered, and why.</summary>
public sealed record UnlicensedSale(SaleEvent Sale, LicenceGap Gap);
