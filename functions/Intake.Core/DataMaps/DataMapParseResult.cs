namespace Intake.Core.DataMaps;

/// <summary>A parsed data map, or every problem found in it (never a half-valid map).</summary>
public sealed record DataMapParseResult(DataMap? Map, IReadOnlyList<DataMapError> Errors)
{
    public bool Succeeded => Map is not null && Errors.Count == 0;
}
