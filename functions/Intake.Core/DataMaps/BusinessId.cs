namespace Intake.Core.DataMaps;

/// <summary>
/// The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit computed with the
/// weights 7, 9, 10, 5, 8, 4, 2 modulo 11 (remainder 1 is never issued). Checking it catches a
/// mistyped controller identity before it is printed in every letter.
/// </summary>
public static class BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    public static bool IsValidFinnish(string? text)
    {
        if (text is not { Length: 9 } || text[7] != '-')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            sum += (text[i] - '0') * Weights[i];
        }

        if (!char.IsAsciiDigit(text[8]))
        {
            return false;
        }

        var remainder = sum % 11;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return remainder != 1 && check == text[8] - '0';
    }
}
