namespace Intake.Core.Gateway;

/// <summary>A single-use link being spent: only its token id is stored, so every copy of the link meets the same mark.</summary>
public sealed record LinkUse(string TokenId);
