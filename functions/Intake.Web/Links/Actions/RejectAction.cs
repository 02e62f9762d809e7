using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff refuse a request on a template ground (Art 12(5), 11(2), 17(3), 21(1), 15(4)), with
/// optional detail. Art 12(4) says what the letter must tell the person; the page says it too, so
/// whoever clicks knows what the person will read.
/// </summary>
public sealed class RejectAction : StaffAction
{
    public const string GroundField = "ground";
    public const string DetailField = "detail";
    public const int MaxDetailLength = 2000;

    public override string Name => LinkNames.Reject;

    public override string Title(LinkVisit visit) => visit.Staff.RejectTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
return new LinkForm(Intro(visit, visit.Staff.RejectIntro), RejectForm.Fields(visit, input));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var posted = form[GroundField].ToString();
        var ground = Enum.GetValues<RefusalGround>().Where(g => g.ToString() == posted).Select(g => (RefusalGround?)g).FirstOrDefault();
        if (ground is null)
        {
            errors.Add(new FieldError(GroundField, visit.Staff.GroundRequired));
        }

        var (detail, detailError) = FormText.Read(form, DetailField, MaxDetailLength, null, visit.Texts);
        if (detailError is not null)
        {
            errors.Add(detailError);
        }

        return Task.FromResult(errors.Count > 0
            ? ActionBinding.Invalid(errors)
            : ActionBinding.To(new RefuseRequest(visit.Now, visit.Actor, ground!.Value, detail.Length == 0 ? null : detail)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.RejectDoneTitle, [visit.Staff.RejectDoneBody]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new RefuseRequest(visit.Now, visit.Actor, RefusalGround.ManifestlyUnfounded, null);
}
