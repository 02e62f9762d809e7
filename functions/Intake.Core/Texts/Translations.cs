using Intake.Core.Requests;

namespace Intake.Core.Texts;

/// <summary>
/// One text table per language, and every language has one: the constructor asks for all four, so a
/// text area cannot ship without Estonian (the joint controller in Estonia) or fall back to English
/// by accident. A table is a type with one property per text, so a missing or misspelt key is a
/// compile error rather than a blank on a page.
/// </summary>
/// <typeparam name="TTable">The text area's table type: a record of strings, formatters and dictionaries.</typeparam>
public sealed class Translations<TTable>
    where TTable : class
{
    private readonly TTable fi;
    private readonly TTable sv;
    private readonly TTable en;
    private readonly TTable et;

    public Translations(TTable fi, TTable sv, TTable en, TTable et)
    {
        // A table from a static field of another class may still be null while type initializers
        // run in a cycle; failing here names the area instead of a page failing later.
        this.fi = fi ?? throw new ArgumentNullException(nameof(fi));
        this.sv = sv ?? throw new ArgumentNullException(nameof(sv));
        this.en = en ?? throw new ArgumentNullException(nameof(en));
        this.et = et ?? throw new ArgumentNullException(nameof(et));
    }

    /// <summary>The table of <paramref name="language"/>; there is no fallback because every language has one.</summary>
    public TTable For(Language language) => language switch
    {
        Language.Fi => fi,
        Language.Sv => sv,
        Language.En => en,
        Language.Et => et,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>Every language with its table, in the order of <see cref="Language"/>.</summary>
    public IReadOnlyList<KeyValuePair<Language, TTable>> All =>
    [
        new(Language.Fi, fi),
        new(Language.Sv, sv),
        new(Language.En, en),
        new(Language.Et, et),
    ];
}
