using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Generators.Model;
using Kamaelia.Gen.Generators.Parsing;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>
/// Writes the main loop of a handler-style component as an explicit state machine over the scheduler's steps,
/// its states the runtime's <c>HandlerLoopState</c>. Each step reads "control" first (ShutdownMicroprocess
/// stops at once, leaving queued data unhandled; ProducerFinished lets the queued data be handled, then
/// stops), then takes messages from the handled inboxes in declaration order. The shutdown convention itself
/// (what a control message asks, what is remembered, how the signal is forwarded) is the runtime's
/// <c>Component.RememberShutdown</c> and <c>Component.TryForwardShutdownSignal</c>, shared with hand-written components. The loop holds back instead of
/// faulting: a handler's sends that meet a full inbox are held by their outbox, and no message is taken until
/// they have gone; an async handler's task, or a multi-step handler's iterator, is finished before the next
/// message is taken. Only the states a component can reach are written; no allocation per message.
/// </summary>
internal static class HandlerLoopEmitter
{
    private const string State = "global::Axon.HandlerLoopState.";
    private const string Request = "global::Axon.ShutdownRequest.";

    public static string Emit(ComponentModel model, HandlerLoopModel loop)
    {
        var hasAsync = loop.DataHandlers.Any(h => h.Kind is HandlerKind.Task or HandlerKind.ValueTask);
        var hasSteps = loop.DataHandlers.Any(h => h.Kind == HandlerKind.Steps);
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        HierarchyWriter.Open(writer, model.Hierarchy);

        writer.Line("private global::Axon.HandlerLoopState __loopState;");
        writer.Line();

        writer.Line("/// <summary>Called once, on the component's first step, before any message is handled.</summary>");
        writer.Line("partial void OnStart();");
        writer.Line();
        writer.Line("/// <summary>Called once when the component stops, before the shutdown signal is forwarded (after the queued data was handled, on ProducerFinished).</summary>");
        writer.Line("partial void OnShutdown();");
        writer.Line();
        WriteStep(writer, loop, hasAsync, hasSteps);
        if (loop.ControlAccessor is { } control)
        {
            writer.Line();
            WriteReadControl(writer, loop, control, hasAsync || hasSteps);
        }

        writer.Line();
        WriteTakeMessages(writer, loop);
        if (hasAsync || hasSteps)
        {
            writer.Line();
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private void __HandlerDone()");
            writer.Line("__loopState = HasHeldMessages ? " + State + "WaitingForRoom : " + NextTakingState(loop) + ";");
            writer.Close();
        }

        if (loop.ControlAccessor is not null)
        {
            writer.Line();
            WriteFinish(writer, loop);
        }

        HierarchyWriter.Close(writer, model.Hierarchy);
        return writer.ToString();
    }

    private static void WriteStep(SourceWriter writer, HandlerLoopModel loop, bool hasAsync, bool hasSteps)
    {
        writer.Line("/// <summary>One step of the generated main loop.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("protected override bool Step()");
        writer.Open("if (__loopState == " + State + "Finished)");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Open("if (__loopState == " + State + "Starting)");
        writer.Line("// A send into a full inbox is held by its outbox, and the loop takes nothing more until it has gone.");
        writer.Line("HoldMessagesWhenFull = true;");
        writer.Line("__loopState = " + State + "TakingMessages;");
        writer.Line("OnStart();");
        writer.Close();
        writer.Line();
        if (hasAsync)
        {
            writer.Line("// Awaits in handlers resume here, on the scheduler's thread, in this component's steps.");
            writer.Line("using var __context = EnterHandlerContext();");
        }

        if (loop.ControlAccessor is not null)
        {
            writer.Line("__ReadControl();");
        }

        writer.Open("while (true)");
        writer.Open("switch (__loopState)");

        writer.Line("case " + State + "TakingMessages:");
        writer.Label("case " + State + "Draining:");
        writer.Open("if (__TakeMessages())");
        writer.Line("// A handler is still at work, or its sends are held: the state says which.");
        writer.Line("break;");
        writer.Close();
        writer.Line();
        if (loop.ControlAccessor is not null)
        {
            writer.Open("if (__loopState == " + State + "Draining)");
            writer.Line("return __Finish();");
            writer.Close();
            writer.Line();
        }

        if (PauseCondition(loop) is { } pauseCondition)
        {
            writer.Open("if (" + pauseCondition + ")");
            writer.Line("Pause();");
            writer.Close();
        }
        else
        {
            writer.Line("Pause();");
        }

        writer.Line();
        writer.Line("return true;");
        writer.EndLabel();

        writer.Label("case " + State + "WaitingForRoom:");
        WriteSleepUnless(writer, "TryReleaseHeldMessages()");
        writer.Line("__loopState = " + NextTakingState(loop) + ";");
        writer.Line("break;");
        writer.EndLabel();

        if (hasAsync)
        {
            writer.Label("case " + State + "AwaitingTask:");
            WriteSleepUnless(writer, "HandlerTaskCompleted()");
            writer.Line("__HandlerDone();");
            writer.Line("break;");
            writer.EndLabel();
        }

        if (hasSteps)
        {
            writer.Label("case " + State + "RunningSteps:");
            writer.Open("if (RunHandlerStep())");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
            writer.Line("__HandlerDone();");
            writer.Line("break;");
            writer.EndLabel();
        }

        if (loop.ControlAccessor is not null)
        {
            writer.Label("case " + State + "Stopping:");
            if (hasAsync || hasSteps)
            {
                writer.Line("// The handler in flight ends first (its token is cancelled), so that the message it took is not lost.");
            }

            if (hasAsync)
            {
                WriteSleepUnless(writer, "HandlerTaskCompleted()");
            }

            if (hasSteps)
            {
                writer.Open("if (RunHandlerStep())");
                writer.Line("return true;");
                writer.Close();
                writer.Line();
            }

            writer.Line("return __Finish();");
            writer.EndLabel();
            writer.Label("case " + State + "Finishing:");
            writer.Line("return __ForwardShutdownSignal();");
            writer.EndLabel();
        }

        writer.Label("default:");
        writer.Line("return false;");
        writer.EndLabel();
        writer.Close();
        writer.Close();
        writer.Close();
    }

    /// <summary>Sleeps (until woken by room made, a task completed, or a message) while the condition is false.</summary>
    private static void WriteSleepUnless(SourceWriter writer, string condition)
    {
        writer.Open("if (!" + condition + ")");
        writer.Line("Pause();");
        writer.Line("return true;");
        writer.Close();
        writer.Line();
    }

    private static void WriteReadControl(SourceWriter writer, HandlerLoopModel loop, string control, bool hasWork)
    {
        writer.Line("/// <summary>Applies Kamaelia's shutdown convention to what waits on \"control\".</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("private void __ReadControl()");
        writer.Open("while (__loopState is not (" + State + "Stopping or " + State + "Finishing) && " + control + ".TryRecv(out var __control))");
        if (loop.ControlHandler is { } controlHandler)
        {
            writer.Line(Call(controlHandler, "__control") + ";");
        }

        writer.Open("switch (RememberShutdown(__control))");
        writer.Label("case " + Request + "StopNow:");
        writer.Line("// Stop now: queued data stays unhandled.");
        writer.Line("__loopState = " + State + "Stopping;");
        if (hasWork)
        {
            writer.Line("StopHandlerWork();");
        }

        writer.Line("break;");
        writer.EndLabel();
        writer.Label("case " + Request + "Finish when __loopState == " + State + "TakingMessages:");
        writer.Line("// Finish the work queued before the producer finished, then stop.");
        writer.Line("__loopState = " + State + "Draining;");
        writer.Line("break;");
        writer.EndLabel();
        writer.Close();
        writer.Close();
        writer.Close();
    }

    private static void WriteTakeMessages(SourceWriter writer, HandlerLoopModel loop)
    {
        writer.Line("/// <summary>Takes messages in inbox declaration order; true when a handler's work or held sends stopped it, false when none waits.</summary>");
        writer.Line(GeneratedCode.Attribute);
        // Called from one place, the step: inlined there, a step that finds one message (or none) makes no call.
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.Open("private bool __TakeMessages()");
        foreach (var handler in loop.DataHandlers)
        {
            var call = Call(handler, "__message");
            switch (handler.Kind)
            {
                case HandlerKind.Steps:
                    // An if's pattern variable belongs to the whole method: one name per inbox.
                    var variable = "__messageOf" + handler.InboxAccessor;
                    writer.Open("if (" + handler.InboxAccessor + ".TryRecv(out var " + variable + "))");
                    writer.Line("StartHandlerSteps(" + Call(handler, variable) + ");");
                    writer.Line("__loopState = " + State + "RunningSteps;");
                    writer.Line("return true;");
                    writer.Close();
                    break;
                case HandlerKind.Task or HandlerKind.ValueTask:
                    writer.Open(EachMessage(handler));
                    writer.Open("if (TrackHandlerTask(" + call + "))");
                    writer.Line("__loopState = " + State + "AwaitingTask;");
                    writer.Line("return true;");
                    writer.Close();
                    writer.Line();
                    WriteHeldCheck(writer);
                    writer.Close();
                    break;
                default:
                    writer.Open(EachMessage(handler));
                    writer.Line(call + ";");
                    WriteHeldCheck(writer);
                    writer.Close();
                    break;
            }

            writer.Line();
        }

        writer.Line("return false;");
        writer.Close();
    }

    /// <summary>
    /// The loop over one inbox's messages: each is taken (and leaves the inbox) before its handler runs, as with
    /// <c>TryRecv</c>, but the checks a receive makes are made once per batch.
    /// </summary>
    private static string EachMessage(HandlerModel handler) => "foreach (var __message in " + handler.InboxAccessor + ".Batch())";

    private static void WriteHeldCheck(SourceWriter writer)
    {
        writer.Open("if (HasHeldMessages)");
        writer.Line("__loopState = " + State + "WaitingForRoom;");
        writer.Line("return true;");
        writer.Close();
    }

    private static void WriteFinish(SourceWriter writer, HandlerLoopModel loop)
    {
        writer.Line("/// <summary>Ends the loop: OnShutdown, then the shutdown signal forwarded after everything sent before it.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("private bool __Finish()");
        writer.Line("OnShutdown();");
        writer.Line("__loopState = " + State + "Finishing;");
        writer.Line("return __ForwardShutdownSignal();");
        writer.Close();
        writer.Line();
        if (loop.SignalAccessor is { } signal)
        {
            writer.Line("/// <summary>Forwards the shutdown signal after what was sent before it (at once, past any size limit, on ShutdownMicroprocess); true while it waits for room.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private bool __ForwardShutdownSignal()");
            WriteSleepUnless(writer, "TryForwardShutdownSignal(" + signal + ")");
        }
        else
        {
            writer.Line("/// <summary>Delivers what was sent before stopping (at once, past any size limit, on ShutdownMicroprocess); with no \"signal\" outbox nothing is forwarded. True while it waits for room.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private bool __ForwardShutdownSignal()");
            WriteSleepUnless(writer, "TryReleaseHeldMessagesBeforeStopping()");
        }

        writer.Line("__loopState = " + State + "Finished;");
        writer.Line("return false;");
        writer.Close();
    }

    private static string Call(HandlerModel handler, string message) =>
        Identifiers.Escape(handler.MethodName) + "(" + message + (handler.TakesCancellationToken ? ", ShutdownToken" : "") + ")";

    private static string? PauseCondition(HandlerLoopModel loop)
    {
        var parts = new List<string>();
        foreach (var handler in loop.DataHandlers)
        {
            parts.Add(handler.InboxAccessor + ".Count == 0");
        }

        if (loop.ControlAccessor is { } control)
        {
            parts.Add(control + ".Count == 0");
        }

        return parts.Count == 0 ? null : string.Join(" && ", parts);
    }

    /// <summary>The state after a handler's work: taking messages, or draining once ProducerFinished has come.</summary>
    private static string NextTakingState(HandlerLoopModel loop) =>
        loop.ControlAccessor is null
            ? State + "TakingMessages"
            : "RequestedShutdown == " + Request + "None ? " + State + "TakingMessages : " + State + "Draining";
}
