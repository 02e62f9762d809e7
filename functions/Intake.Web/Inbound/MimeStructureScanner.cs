using Intake.Core.Inbound;
using MimeKit;

namespace Intake.Web.Inbound;

/// <summary>
/// A first, forward-only pass over a buffered message that counts MIME entities and their nesting
/// without building any of them. A message of 1,000 nested multiparts, or of a million empty parts,
/// is stopped here with <see cref="InboundLimitExceededException"/> before the full parser would
/// allocate an object per part or recurse a thousand levels.
/// </summary>
internal sealed class MimeStructureScanner(ParserOptions options, Stream stream, int maxParts, int maxDepth)
    : MimeReader(options, stream, MimeFormat.Entity)
{
    private int parts;
    private int depth;

    protected override void OnMultipartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken)
    {
        Enter();
        base.OnMultipartBegin(contentType, beginOffset, beginLineNumber, cancellationToken);
    }

    protected override void OnMultipartEnd(ContentType contentType, long beginOffset, int beginLineNumber, long headersEndOffset, long endOffset, int lines, CancellationToken cancellationToken)
    {
        depth--;
        base.OnMultipartEnd(contentType, beginOffset, beginLineNumber, headersEndOffset, endOffset, lines, cancellationToken);
    }

    protected override void OnMessagePartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken)
    {
        Enter();
        base.OnMessagePartBegin(contentType, beginOffset, beginLineNumber, cancellationToken);
    }

    protected override void OnMessagePartEnd(ContentType contentType, long beginOffset, int beginLineNumber, long headersEndOffset, long endOffset, int lines, CancellationToken cancellationToken)
    {
        depth--;
        base.OnMessagePartEnd(contentType, beginOffset, beginLineNumber, headersEndOffset, endOffset, lines, cancellationToken);
    }

    protected override void OnMimePartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken)
    {
        Count();
        base.OnMimePartBegin(contentType, beginOffset, beginLineNumber, cancellationToken);
    }

    private void Enter()
    {
        Count();
        depth++;
        if (depth > maxDepth)
        {
            throw new InboundLimitExceededException(RejectionReason.TooDeeplyNested);
        }
    }

    private void Count()
    {
        parts++;
        if (parts > maxParts)
        {
            throw new InboundLimitExceededException(RejectionReason.TooManyParts);
        }
    }
}
