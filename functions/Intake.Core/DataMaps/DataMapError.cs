using System.Globalization;

namespace Intake.Core.DataMaps;

/// <summary>One problem in a data map, located so the person fixing it can go straight there.</summary>
/// <param name="Path">The field, e.g. <c>sources[3].lookup.email</c>.</param>
public sealed record DataMapError(string File, int Line, string Path, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line} {Path}: {Message}");
}
