using Intake.Core.DataControllers;
using Intake.Core.Requests;

namespace Intake.Web.Forms;

/// <summary>What a form URL names: the page language and the controller (null when there is no such controller).</summary>
public sealed record FormRoute(Language Language, Controller? Controller);
