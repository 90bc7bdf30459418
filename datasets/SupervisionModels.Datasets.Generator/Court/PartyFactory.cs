using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Makes case parties from the population and the register, with agents and name variants.</summary>
internal sealed class PartyFactory(World world)
{
    /// <summary>Share of rows that write a name variant: organisations vary more than people across systems.</summary>
    public const double OrganizationVariantRate = 0.1;

    public const double PersonVariantRate = 0.03;

    public CaseParty Person(string role, int index, Rng rng, DateOnly at, double agentRate = 0.0, double idRate = 0.96, double variantRate = PersonVariantRate)
    {
        var p = world.Persons[index];
        var hasId = rng.Chance(idRate);
        var (agent, firm) = rng.Chance(agentRate) ? Agent(rng, at) : (null, null);
        return new CaseParty
        {
            Role = role,
            Name = world.Variants.Person(index, rng, hasId, variantRate),
            IsPerson = true,
            IdNo = hasId ? p.IdNo : null,
            Gender = p.Gender,
            BirthDate = p.BirthDate,
            Address = world.Persons.AddressOf(index),
            Agent = agent,
            AgentFirm = firm,
            PersonIndex = index,
        };
    }

    public CaseParty Organization(string role, EnterpriseInfo e, Rng rng, DateOnly at, double agentRate = 0.0, double idRate = 0.92, double variantRate = OrganizationVariantRate)
    {
        var hasCode = rng.Chance(idRate);
        var (agent, firm) = rng.Chance(agentRate) ? Agent(rng, at) : (null, null);
        return new CaseParty
        {
            Role = role,
            Name = world.Variants.Organization(e, rng, hasCode, variantRate),
            IsPerson = false,
            CreditCode = hasCode ? e.CreditCode : null,
            Address = e.Address,
            LegalRep = world.Persons.NameOf(e.LegalRep),
            LegalRepTitle = e.Role switch
            {
                EnterpriseRole.Bank => "该行行长",
                EnterpriseRole.Insurer => "该公司总经理",
                _ => null,
            },
            Agent = agent,
            AgentFirm = firm,
            Enterprise = e,
        };
    }

    /// <summary>An agent ad litem: a lawyer (most), a legal-service worker, or a relative as citizen agent.</summary>
    public (string Agent, string Firm) Agent(Rng rng, DateOnly at)
    {
        var x = rng.NextDouble();
        var name = world.Persons.NameOf(world.Persons.RandomBackground(rng, at, 26, 60));
        if (x < 0.72)
        {
            return (name, rng.Pick(world.Enterprises.LawFirms).Name + "律师");
        }

        if (x < 0.87)
        {
            var area = rng.Pick(Regions.Local);
            return (name, area.County + rng.Pick(area.Townships) + "法律服务所法律工作者");
        }

        return (name, rng.Pick(["系其子", "系其妻", "系其兄", "系其女", "该公司员工", "系其亲属"]));
    }
}
