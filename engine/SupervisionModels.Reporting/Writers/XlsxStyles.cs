using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SupervisionModels.Reporting.Writers;

/// <summary>The workbook's few styles; the constants are indexes into the cell formats built here, in order.</summary>
internal static class XlsxStyles
{
    /// <summary>The font: Excel's default for Chinese text; other readers substitute their CJK font.</summary>
    public const string FontName = "等线";

    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Wrap = 2;
    public const uint Link = 3;
    public const uint Title = 4;
    public const uint Top = 5;
    public const uint Money = 6;
    public const uint Probability = 7;
    public const uint Section = 8;
    public const uint Label = 9;
    public const uint Left = 10;
    public const uint Percent = 11;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.000" })
        { Count = 2 },
        new Fonts(
            Font(11),
            Font(11, bold: true),
            new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" }, new FontName { Val = FontName }),
            Font(15, bold: true),
            Font(12, bold: true))
        { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF8EA9C1" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(font: 0, vertical: VerticalAlignmentValues.Top),                                                                 // Plain
            Format(font: 1, fill: 2, border: 1, wrap: true, vertical: VerticalAlignmentValues.Center),                             // Header
            Format(font: 0, wrap: true, vertical: VerticalAlignmentValues.Top),                                                    // Wrap
            Format(font: 2, vertical: VerticalAlignmentValues.Top),                                                                // Link
            Format(font: 3),                                                                                                       // Title
            Format(font: 0, vertical: VerticalAlignmentValues.Top),                                                                // Top
            Format(font: 0, numberFormat: 164, vertical: VerticalAlignmentValues.Top),                                             // Money
            Format(font: 0, numberFormat: 165, vertical: VerticalAlignmentValues.Top),                                             // Probability
            Format(font: 4),                                                                                                       // Section
            Format(font: 1, vertical: VerticalAlignmentValues.Top),                                                                // Label
            Format(font: 0, vertical: VerticalAlignmentValues.Top, horizontal: HorizontalAlignmentValues.Left),                    // Left
            Format(font: 0, numberFormat: 10, vertical: VerticalAlignmentValues.Top))                                              // Percent (built-in 0.00%)
        { Count = 12 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(double size, bool bold = false)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = FontName });
        return font;
    }

    private static CellFormat Format(uint font, uint fill = 0, uint border = 0, bool wrap = false, uint numberFormat = 0,
        VerticalAlignmentValues? vertical = null, HorizontalAlignmentValues? horizontal = null)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0,
        };
        if (wrap || vertical is not null || horizontal is not null)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = wrap ? true : null, Vertical = vertical, Horizontal = horizontal });
        }

        return format;
    }
}
