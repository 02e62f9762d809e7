namespace Intake.Core.DataMaps;

/// <summary>How erasure is done in one source; <paramref name="Columns"/> is used by <see cref="ErasureMethod.BlankColumns"/> only.</summary>
public sealed record ErasurePlan(ErasureMethod Method, IReadOnlyList<string> Columns);
