namespace Intake.Core.Process.Effects;

/// <summary>Art 21(3): keep a hashed minimal identifier so the person is never added to marketing again.</summary>
public sealed record AddToSuppressionList(string Id) : Effect(Id);
