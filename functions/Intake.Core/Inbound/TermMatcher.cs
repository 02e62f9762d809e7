namespace Intake.Core.Inbound;

/// <summary>A <see cref="ClassifierTerm"/> compiled once into folded word patterns.</summary>
internal sealed class TermMatcher
{
    private readonly WordPattern[] words;

    public TermMatcher(ClassifierTerm term)
    {
        Term = term;
        words = term.Pattern
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(WordPattern.Parse)
            .ToArray();
        if (words.Length == 0)
        {
            throw new ArgumentException("A classifier term needs at least one word.", nameof(term));
        }
    }

    public ClassifierTerm Term { get; }

    /// <summary>Whether the folded words contain the term's wording.</summary>
    public bool IsFoundIn(IReadOnlyList<string> text)
    {
        for (var start = 0; start < text.Count; start++)
        {
            if (words[0].Matches(text[start]) && RestMatches(1, text, start + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool RestMatches(int index, IReadOnlyList<string> text, int from)
    {
        if (index == words.Length)
        {
            return true;
        }

        var last = Math.Min(text.Count - 1, from + ClassifierTerm.MaxGap);
        for (var position = from; position <= last; position++)
        {
            if (words[index].Matches(text[position]) && RestMatches(index + 1, text, position + 1))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class WordPattern
    {
        private readonly (string Text, bool Prefix, bool Infix)[] alternatives;

        private WordPattern((string Text, bool Prefix, bool Infix)[] alternatives) => this.alternatives = alternatives;

        public static WordPattern Parse(string word) => new(word
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(alternative =>
            {
                var infix = alternative.Length > 2 && alternative.StartsWith('*') && alternative.EndsWith('*');
                var prefix = !infix && alternative.EndsWith('*');
                return (FoldedText.Word(alternative), prefix, infix);
            })
            .ToArray());

        public bool Matches(string word)
        {
            foreach (var (text, prefix, infix) in alternatives)
            {
                var hit = infix ? word.Contains(text, StringComparison.Ordinal)
                    : prefix ? word.StartsWith(text, StringComparison.Ordinal)
                    : word.Equals(text, StringComparison.Ordinal);
                if (hit)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
