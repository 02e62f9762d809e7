using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>A guessed language; <see cref="IsConfident"/> is false when it is only the fallback or a near tie.</summary>
public readonly record struct LanguageGuess(Language Language, bool IsConfident);
