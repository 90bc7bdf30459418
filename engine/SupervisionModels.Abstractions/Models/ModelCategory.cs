namespace SupervisionModels.Models;

/// <summary>The procuratorate line (检察职能) a model serves; it decides who receives its leads.</summary>
public enum ModelCategory
{
    /// <summary>民事检察: civil judgments and enforcement.</summary>
    Civil,

    /// <summary>刑事检察: criminal cases.</summary>
    Criminal,

    /// <summary>行政检察: administrative enforcement and litigation.</summary>
    Administrative,

    /// <summary>公益诉讼: public-interest litigation.</summary>
    PublicInterest,

    /// <summary>未成年人检察: minors' protection.</summary>
    Minors,

    /// <summary>控告申诉检察: complaints, appeals and judicial aid.</summary>
    ComplaintsAndAid,
}

/// <summary>Chinese names of the categories, as reports print them.</summary>
public static class ModelCategoryNames
{
    /// <summary>The Chinese name of <paramref name="category"/>.</summary>
    public static string ToChinese(this ModelCategory category) => category switch
    {
        ModelCategory.Civil => "民事检察",
        ModelCategory.Criminal => "刑事检察",
        ModelCategory.Administrative => "行政检察",
        ModelCategory.PublicInterest => "公益诉讼",
        ModelCategory.Minors => "未成年人检察",
        ModelCategory.ComplaintsAndAid => "控告申诉检察",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown model category."),
    };
}
