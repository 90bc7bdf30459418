using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;

// Derived facts of SM0001: each is one step of the prosecutors' method, so a lead can be read back rule by rule.

/// <summary>A first-instance civil judgment that passed the keyword and cause-of-action screen (筛查文书).</summary>
public sealed record ScreenedCase(
    string CaseNo,
    string Court,
    string Cause,
    DateOnly FilingDate,
    DateOnly JudgmentDate,
    bool NoRealDispute);

/// <summary>The plaintiff of a screened case, keyed by ID number or credit code (or, failing both, by name and birth date).</summary>
public sealed record PlaintiffInCase(
    string CaseNo,
    string Court,
    EntityKey Key,
    string Name,
    DateOnly FilingDate,
    DateOnly JudgmentDate,
    bool NoRealDispute,
    string Agent);

/// <summary>An organisation sued in a screened case.</summary>
public sealed record DefendantInCase(string CaseNo, EntityKey Key, string Name, DateOnly FilingDate);

/// <summary>A defendant found in the enterprise register, with its state at the filing date.</summary>
public sealed record DefendantCompany(string CaseNo, string CreditCode, string Name, DateOnly FilingDate, bool ZombieAtFiling, string State);

/// <summary>An enforcement case of a screened judgment applied for by its plaintiff (同一当事人申请执行).</summary>
public sealed record PlaintiffEnforcement(string CaseNo, string ExecCaseNo, EntityKey PlaintiffKey, string PlaintiffName);

/// <summary>An agent who represents two or more different plaintiffs in screened cases (一人操纵多名原告).</summary>
public sealed record SharedAgent(string Agent, int Plaintiffs);
