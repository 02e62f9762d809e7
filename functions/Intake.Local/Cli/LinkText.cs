namespace Intake.Local.Cli;

/// <summary>
/// The token inside what an operator pastes: a mailed URL (with or without a language prefix, a
/// staff request page under the overview link, a callback URL with the token in the path or the
/// query), or the bare token.
/// </summary>
internal sealed record LinkText(string Token, bool IsCallback, bool IsBare = false)
{
    private static readonly HashSet<string> LinkPaths = ["l", "d", "status", "staff"];

    public static LinkText? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return trimmed.Contains('/', StringComparison.Ordinal) ? null : new LinkText(trimmed, IsCallback: false, IsBare: true);
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var callback = segments.IndexOf("callbacks");
        if (callback >= 0 && segments.Count > callback + 1 && segments[callback + 1] == "sources")
        {
            var inPath = segments.Count > callback + 2 ? segments[callback + 2] : null;
            var inQuery = QueryToken(uri.Query);
            return (inPath ?? inQuery) is { Length: > 0 } token ? new LinkText(token, IsCallback: true) : null;
        }

        var at = segments.FindIndex(LinkPaths.Contains);
        return at >= 0 && segments.Count > at + 1 ? new LinkText(segments[at + 1], IsCallback: false) : null;
    }

    private static string? QueryToken(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == "token")
            .Select(pair => Uri.UnescapeDataString(pair[1]))
            .FirstOrDefault();
}
