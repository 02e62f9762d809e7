using Intake.Core.DataMaps;

namespace Intake.Core.Retention;

/// <summary>
/// A rule that holds rows back from erasure (Art 17(3)(b) legal obligation, 17(3)(e) legal
/// claims, or data still needed for a service the person uses). Exactly one of
/// <paramref name="Period"/> (kept until a computed date) or <paramref name="KeepWhile"/> (kept
/// while a column holds a value, until no known date) is set. <paramref name="OnlyWhen"/> limits
/// the rule to rows that meet a condition (e.g. feedback on which a refund was paid).
/// </summary>
/// <param name="Name">What is kept, as told to the person ("accounting vouchers").</param>
/// <param name="Ground">The legal ground, as told to the person.</param>
public sealed record RetentionRule(
    string Id,
    LocalizedText Name,
    LocalizedText Ground,
    RetentionPeriod? Period,
    RetentionCondition? KeepWhile,
    RetentionCondition? OnlyWhen);
