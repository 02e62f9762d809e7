using Intake.Core.Process;

namespace Intake.Web.Texts;

/// <summary>The status pages in English.</summary>
public static class StatusTextsEn
{
    public static StatusTexts Table { get; } = new()
    {
        Title = "Your request",
        ReferenceLabel = "Reference",
        TypeLabel = "Request",
        ControllerLabel = "Controller",
        ReceivedLabel = "Received",
        DueLabel = "We answer by",
        OriginalDueLabel = "Original due date",
        ExtendedLabel = "The time limit was extended",
        ExtensionReasonLabel = "Reason for the extension",
        StepLabel = "Step",
        Stages = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "We are waiting for you to confirm your email address with the link in our message.",
            [Stage.AwaitingStaffReview] = "Our staff are reviewing the request.",
            [Stage.AwaitingInformation] = "We need more information from you. Please answer the question below.",
            [Stage.SubjectNoticePeriod] = "We have told the person the data is about of this request, at their own address. We continue in a few days unless they object.",
            [Stage.InProgress] = "We are handling the request in our systems.",
            [Stage.Assembling] = "We are putting your data together for the answer.",
            [Stage.AwaitingRelease] = "The answer is ready and we are checking it before it is sent.",
            [Stage.Delivered] = "The answer has been sent to you.",
            [Stage.Completed] = "The request has been handled.",
            [Stage.Refused] = "We could not carry out the request. The reasons are in the email we sent you.",
            [Stage.Withdrawn] = "You withdrew the request.",
            [Stage.ClosedUnverified] = "The request was closed because the email address was not confirmed in time. You may make a new request.",
            [Stage.Error] = "There is a technical problem that our staff are looking into. The time limit still runs.",
            [Stage.Purged] = "The request is closed and its record has been deleted.",
        },
        ActionsHeading = "What you can do",
        NothingToDo = "You do not need to do anything now.",
        ResendText = "Did the confirmation link not arrive, or has it expired?",
        ResendButton = "Send a new confirmation link",
        ResendDone = "We sent a new confirmation link. The earlier link no longer works.",
        QuestionLabel = "Our question",
        AnswerLabel = "Your answer",
        AnswerHint = "Tell us only what we asked.",
        AnswerButton = "Send the answer",
        AnswerDone = "Thank you. We passed your answer to our staff.",
        AnswerMissing = "Write your answer.",
        DownloadInMail = "Your answer is ready. The download link is in the email we sent you.",
        DownloadUntil = date => $"The download link works until {date}.",
        WithdrawText = "You may withdraw the request if you no longer want us to handle it.",
        WithdrawLink = "Withdraw the request",
        ConfirmWithdrawTitle = "Do you want to withdraw the request?",
        ConfirmWithdrawText = "A withdrawn request cannot be continued, but you may make a new request at any time.",
        ConfirmWithdrawButton = "Yes, withdraw the request",
        KeepRequest = "Do not withdraw, back to the request",
        WithdrawDone = "The request is withdrawn. We sent a confirmation to your email.",
        BackToStatus = "Back to the request",

        DoneTitle = "Done",
        NotDoneTitle = "This could not be done",
        TooManyLinks = "No more confirmation links can be sent for this request. Please make a new request or contact the controller.",
        NotNow = "This cannot be done at the request's current step.",
        Closed = "The request is already closed.",
        Queued = "Received. The request's status will update in a moment.",

        ExpiredTitle = "The link has expired",
        ExpiredBody = "This link no longer works. If you need to know about your request, contact the controller and quote the reference.",
        InvalidTitle = "The link is not valid",
        InvalidBody = "The link was changed on the way or did not come from us. Copy the whole link from the email.",
        GoneTitle = "Request not found",
        GoneBody = "The request no longer exists: the record of a closed request is deleted after its retention period.",
    };
}
