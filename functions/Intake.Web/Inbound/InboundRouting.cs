using Intake.Core.DataControllers;
using Intake.Core.Inbound;
using Intake.Core.Submissions;
using Intake.Web.Forms;
using Intake.Web.Hosting;

namespace Intake.Web.Inbound;

/// <summary>
/// Which controller a mail is for, by the address it was sent to: first where it was really
/// delivered (the SMTP envelope SendGrid reports), then the To and Cc headers, each looked up in
/// <c>Inbound:Addresses</c>; else <c>Inbound:DefaultController</c>; else the first controller.
/// </summary>
public static class InboundRouting
{
    public static Controller? ControllerFor(InboundMail mail, PersonWebOptions options, IControllerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        var recipients = mail.EnvelopeTo.Concat(mail.To.Select(address => address.Address));
        foreach (var recipient in recipients)
        {
            if (options.InboundAddresses.TryGetValue(recipient.Trim(), out var id) && ControllerLookup.Find(catalog, id) is { } addressed)
            {
                return addressed;
            }
        }

        return ControllerLookup.Find(catalog, options.InboundDefaultController) ?? catalog.Controllers.FirstOrDefault();
    }
}
