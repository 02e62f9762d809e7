namespace Intake.Web.Forms;

/// <summary>
/// How much each field and body may hold. Generous for people, small enough that one request
/// cannot fill a table row (1 MiB) or a mail (the outbox keeps 450,000 characters).
/// </summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int CustomerNumber = 64;
    public const int Phone = 40;
    public const int Text = 5000;
    public const int Value = 1000;
    public const int Industry = 200;
    public const int Services = 1000;

    /// <summary>The mandate file: a scan or a PDF of a signed paper.</summary>
    public const int MandateBytes = 5 * 1024 * 1024;

    /// <summary>A form post without a file.</summary>
    public const int FormBytes = 64 * 1024;

    /// <summary>The request form with its mandate file and multipart framing.</summary>
    public const int FormWithFileBytes = MandateBytes + FormBytes;

    /// <summary>A JSON body of the API.</summary>
    public const int JsonBytes = 64 * 1024;

    /// <summary>A JSON body of the request API, which may carry an agent's mandate as base64 (4 characters per 3 bytes).</summary>
    public const int JsonWithMandateBytes = (MandateBytes + 2) / 3 * 4 + JsonBytes;

    public static int For(DraftField field) => field switch
    {
        DraftField.Name or DraftField.AgentName => Name,
        DraftField.Email or DraftField.AgentEmail => Email,
        DraftField.CustomerNumber => CustomerNumber,
        DraftField.Phone => Phone,
        DraftField.Text or DraftField.ParticularSituation => Text,
        DraftField.WrongValue or DraftField.CorrectValue => Value,
        DraftField.Industry => Industry,
        DraftField.ServicesOfInterest => Services,
        _ => Name,
    };
}
