namespace Intake.Core.Gateway;

/// <summary>A single-use link being spent: only its hash is stored.</summary>
public sealed record LinkUse(string TokenHash);
