namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>A person of the generated population, materialised for one use.</summary>
/// <param name="Index">The person's index in the <see cref="PersonPool"/>.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="IdNo">The 18-character resident ID number.</param>
/// <param name="IsMale">Sex, from the 17th digit.</param>
/// <param name="BirthDate">Birth date, from the ID number.</param>
/// <param name="Area">The county the person lives in (not always the ID's area: migrants keep their home code).</param>
internal sealed record Person(int Index, string Name, string IdNo, bool IsMale, DateOnly BirthDate, Area Area)
{
    public string Gender => IsMale ? "男" : "女";

    public int AgeAt(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }
}

/// <summary>What a scenario asks of a new person; unset fields are drawn like the background population's.</summary>
internal sealed record PersonSpec
{
    public bool? IsMale { get; init; }

    public DateOnly? BornFrom { get; init; }

    public DateOnly? BornTo { get; init; }

    /// <summary>The residence county; local people's ID numbers carry its code.</summary>
    public Area? Area { get; init; }

    /// <summary>Reuse this person's name exactly (for 同名同姓 decoys).</summary>
    public int? SameNameAs { get; init; }

    /// <summary>Give this surname (a family: victim and relatives, a minor and a guardian).</summary>
    public string? Surname { get; init; }
}
