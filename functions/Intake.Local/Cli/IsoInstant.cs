using System.Globalization;

namespace Intake.Local.Cli;

/// <summary>
/// Reads an ISO 8601 date and time that states its offset (<c>2027-03-05T10:00+02:00</c>,
/// <c>2027-01-30T23:30Z</c>). A time without an offset is refused rather than guessed: the
/// machine's own zone would silently move receipt across midnight and change the due date.
/// </summary>
public static class IsoInstant
{
    /// <summary>What a valid value looks like, for error messages.</summary>
    public const string Example = "2027-03-05T10:00+02:00";

    private static readonly string[] Formats =
    [
        .. from time in new[] { "HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF" }
           from offset in new[] { "zzz", "'Z'" }
           select $"yyyy-MM-dd'T'{time}{offset}",
    ];

    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text?.Trim(),
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out instant);
}
