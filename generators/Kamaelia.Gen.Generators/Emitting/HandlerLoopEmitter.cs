using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>
/// Writes the main loop of a handler-style component as an explicit state machine over the scheduler's steps:
/// each step first applies Axon's shutdown convention to "control" (ShutdownMicroprocess stops at once, leaving
/// queued data unhandled; ProducerFinished handles the queued data, then stops), then drains every handled inbox
/// into its handler (in declaration order), and pauses when nothing it handles is waiting. No allocation per message.
/// </summary>
internal static class HandlerLoopEmitter
{
    public static string Emit(ComponentModel model, HandlerLoopModel loop)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        HierarchyWriter.Open(writer, model.Hierarchy);

        writer.Line("private const int __StateStarting = 0;");
        writer.Line("private const int __StateRunning = 1;");
        writer.Line("private const int __StateFinished = 2;");
        writer.Line();
        writer.Line("private int __handlerState;");
        writer.Line();
        writer.Line("/// <summary>Called once, on the component's first step, before any message is handled.</summary>");
        writer.Line("partial void OnStart();");
        writer.Line();
        writer.Line("/// <summary>Called once when the component stops, before the shutdown signal is forwarded (after the queued data was handled, on ProducerFinished).</summary>");
        writer.Line("partial void OnShutdown();");
        writer.Line();
        writer.Line("/// <summary>One step of the generated main loop.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("protected override bool Step()");
        writer.Open("switch (__handlerState)");
        writer.Line("case __StateStarting:");
        writer.Line("    __handlerState = __StateRunning;");
        writer.Line("    OnStart();");
        writer.Line("    break;");
        writer.Line("case __StateRunning:");
        writer.Line("    break;");
        writer.Line("default:");
        writer.Line("    return false;");
        writer.Close();
        writer.Line();
        if (loop.ControlAccessor is { } control)
        {
            writer.Open("while (" + control + ".TryRecv(out var __control))");
            if (loop.ControlHandler is { } controlHandler)
            {
                writer.Line(Identifiers.Escape(controlHandler.MethodName) + "(__control);");
            }

            writer.Open("if (((object?)__control) is global::Axon.ShutdownMicroprocess __shutdown)");
            writer.Line("__Finish(__shutdown);");
            writer.Line("return false;");
            writer.Close();
            writer.Line();
            writer.Open("if (((object?)__control) is global::Axon.ProducerFinished __finished)");
            writer.Line("// Finish the work queued before the producer finished.");
            writer.Line("__DrainDataInboxes();");
            writer.Line("__Finish(__finished);");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
            writer.Line();
        }

        writer.Line("__DrainDataInboxes();");
        if (!HasPauseCondition(loop))
        {
            writer.Line("Pause();");
        }
        else
        {
            writer.Open("if (" + PauseCondition(loop) + ")");
            writer.Line("Pause();");
            writer.Close();
        }

        writer.Line();
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        writer.Line(GeneratedCode.Attribute);
        writer.Open("private void __DrainDataInboxes()");
        foreach (var handler in loop.DataHandlers)
        {
            writer.Open("while (" + handler.InboxAccessor + ".TryRecv(out var __message))");
            writer.Line(Identifiers.Escape(handler.MethodName) + "(__message);");
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line(GeneratedCode.Attribute);
        writer.Open("private void __Finish(global::Axon.ShutdownSignal signal)");
        writer.Line("__handlerState = __StateFinished;");
        writer.Line("OnShutdown();");
        if (loop.SignalAccessor is { } signal)
        {
            writer.Line(signal + ".Send(signal);");
        }
        else
        {
            writer.Line("_ = signal;");
        }

        writer.Close();
        HierarchyWriter.Close(writer, model.Hierarchy);
        return writer.ToString();
    }

    private static bool HasPauseCondition(HandlerLoopModel loop) => loop.DataHandlers.Count > 0 || loop.ControlAccessor is not null;

    private static string PauseCondition(HandlerLoopModel loop)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var handler in loop.DataHandlers)
        {
            parts.Add(handler.InboxAccessor + ".Count == 0");
        }

        if (loop.ControlAccessor is { } control)
        {
            parts.Add(control + ".Count == 0");
        }

        return string.Join(" && ", parts);
    }
}
