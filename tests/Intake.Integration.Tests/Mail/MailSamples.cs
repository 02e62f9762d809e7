using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Templates.Mail;

namespace Intake.Integration.Tests.Mail;

/// <summary>Real rendered mails for the adapter tests.</summary>
internal static class MailSamples
{
    public static readonly Controller Clerica = new(
        new ControllerId("clerica"),
        [new ControllerParty("Clerica Oy", "1449135-7", "Huhdintie 5, 03600 Karkkila", "FI", null)],
        "tietosuoja@clerica.example",
        null,
        "Europe/Helsinki",
        "FI",
        new SupervisoryAuthority("Tietosuojavaltuutetun toimisto", "PL 800, 00531 Helsinki", "029 566 6700", "tietosuoja@om.fi", "tietosuoja.fi"));

    public static readonly RequestId Reference = RequestId.FromRandomBytes([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77]);

    public static MailMessage Verification(string to = "anna.virtanen@example.fi") =>
        MailTemplates.Render(new MailContext(
            MailKind.VerificationRequested,
            Language.Fi,
            Reference,
            RequestType.Access,
            Clerica,
            to,
            "Anna Virtanen",
            new Dictionary<string, Uri>
            {
                [LinkNames.Verify] = new("https://intake.example/l/verify?t=abc&v=1"),
                [LinkNames.Status] = new("https://intake.example/l/status?t=def"),
            })
        {
            DueDate = new DateOnly(2025, 4, 7),
        });
}
