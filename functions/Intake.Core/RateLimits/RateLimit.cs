namespace Intake.Core.RateLimits;

/// <summary>
/// A fixed-window limit: at most <see cref="Permits"/> takes per key in each <see cref="Window"/>,
/// windows aligned to the Unix epoch so every host agrees where one ends. 0 permits turns it off.
/// </summary>
public sealed record RateLimit
{
    public RateLimit(string name, int permits, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterLower(c) || c == '-'))
        {
            throw new ArgumentException("A limit's name is lower-case letters and '-' (it is part of a table key).", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(permits);
        if (window < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "A window is at least one second.");
        }

        Name = name;
        Permits = permits;
        Window = window;
    }

    public string Name { get; }

    public int Permits { get; }

    public TimeSpan Window { get; }

    public bool IsOff => Permits == 0;
}
