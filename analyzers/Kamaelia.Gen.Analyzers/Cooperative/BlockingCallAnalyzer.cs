using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Cooperative;

/// <summary>
/// Finds blocking calls (sleeps, console reads, waiting on tasks and locks, synchronous file and stream I/O)
/// in the code of cooperative components (KAM030): they stop the scheduler's thread and so every component.
/// A ThreadedComponent may block; so may code outside components.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingCallAnalyzer : DiagnosticAnalyzer
{
    private static readonly (string Type, string[] Members)[] Blocking =
    {
        ("System.Threading.Thread", new[] { "Sleep", "Join" }),
        ("System.Console", new[] { "ReadLine", "Read", "ReadKey" }),
        ("System.Threading.Tasks.Task", new[] { "Wait", "WaitAll", "WaitAny", "Result" }),
        ("System.Threading.Tasks.Task`1", new[] { "Wait", "Result" }),
        ("System.Runtime.CompilerServices.TaskAwaiter", new[] { "GetResult" }),
        ("System.Runtime.CompilerServices.TaskAwaiter`1", new[] { "GetResult" }),
        ("System.Threading.Tasks.ValueTask`1", new[] { "Result" }),
        ("System.Threading.Monitor", new[] { "Wait", "Enter" }),
        ("System.Threading.WaitHandle", new[] { "WaitOne", "WaitAll", "WaitAny" }),
        ("System.Threading.ManualResetEventSlim", new[] { "Wait" }),
        ("System.Threading.SemaphoreSlim", new[] { "Wait" }),
        ("System.Threading.CountdownEvent", new[] { "Wait" }),
        ("System.Threading.Barrier", new[] { "SignalAndWait" }),
        ("System.IO.File", new[] { "ReadAllText", "ReadAllLines", "ReadAllBytes", "ReadLines", "WriteAllText", "WriteAllLines", "WriteAllBytes", "AppendAllText", "AppendAllLines", "Copy", "Move" }),
        ("System.IO.Stream", new[] { "Read", "Write", "CopyTo", "Flush", "ReadExactly", "ReadAtLeast", "ReadByte", "WriteByte" }),
        ("System.IO.StreamReader", new[] { "ReadLine", "ReadToEnd", "Read", "ReadBlock" }),
        ("System.Net.Sockets.Socket", new[] { "Receive", "Send", "Accept", "Connect" }),
        ("System.Net.Http.HttpClient", new[] { "Send" }),
    };

    /// <summary>Every blocking member's name: a call or property read written with another is not bound.</summary>
    private static readonly ImmutableHashSet<string> BlockingNames = Blocking.SelectMany(b => b.Members).ToImmutableHashSet();

    /// <summary>Calls that run a lambda on another thread (as "Type.Method" in System.Threading or System.Threading.Tasks).</summary>
    private static readonly string[] ThreadStarters = { "Task.Run", "TaskFactory.StartNew", "ThreadPool.QueueUserWorkItem", "ThreadPool.UnsafeQueueUserWorkItem" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BlockingCall);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is not { } known)
            {
                return;
            }

            var blocking = Blocking
                .Select(b => (Type: start.Compilation.GetTypeByMetadataName(b.Type), b.Members))
                .Where(b => b.Type is not null)
                .ToImmutableArray();
            WrittenNames.RegisterInvocations(start, BlockingNames, site => Analyze(site, known, blocking!),
                (invocation, node) => TypedBoxReceiver.IsTypedBoxCall(invocation, node.ContainingSymbol, known));
            WrittenNames.RegisterPropertyReferences(start, BlockingNames, site => Analyze(site, known, blocking!));
        });
    }

    private static void Analyze(OperationSite context, KnownTypes known, ImmutableArray<(INamedTypeSymbol Type, string[] Members)> blocking)
    {
        var member = context.Operation switch
        {
            IInvocationOperation invocation => (ISymbol)invocation.TargetMethod,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        var component = context.ContainingSymbol?.ContainingType;
        if (component is null || !known.IsComponent(component) || known.IsThreaded(component))
        {
            return;
        }

        // Streams in memory do not block, whatever type the call was bound through.
        var receiver = (context.Operation as IInvocationOperation)?.Instance?.Type ?? (context.Operation as IPropertyReferenceOperation)?.Instance?.Type;
        if (receiver is not null && receiver.Name is "MemoryStream" or "UnmanagedMemoryStream" or "StringReader" or "StringWriter")
        {
            return;
        }

        foreach (var (type, members) in blocking)
        {
            if (members.Contains(member.Name) && KnownTypes.DerivesFrom(member.ContainingType, type))
            {
                if (RunsOnAnotherThread(context.Operation))
                {
                    return;
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BlockingCall, context.Operation.Syntax.GetLocation(),
                    member.ContainingType.Name + "." + member.Name, component.Name));
                return;
            }
        }
    }

    /// <summary>
    /// True inside a lambda handed to another thread (<c>Task.Run(() => ...)</c>, <c>Task.Factory.StartNew</c>, the
    /// thread pool, <c>new Thread(...)</c>, <c>new Task(...)</c>): blocking there does not hold the scheduler.
    /// </summary>
    private static bool RunsOnAnotherThread(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is not IAnonymousFunctionOperation)
            {
                continue;
            }

            var handedTo = current.Parent;
            while (handedTo is IDelegateCreationOperation or IConversionOperation)
            {
                handedTo = handedTo.Parent;
            }

            var starts = handedTo is IArgumentOperation { Parent: var call } && call switch
            {
                IInvocationOperation invocation => IsThreading(invocation.TargetMethod.ContainingType)
                    && ThreadStarters.Contains(invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name),
                IObjectCreationOperation creation => IsThreading(creation.Type) && creation.Type!.Name is "Thread" or "Task",
                _ => false,
            };
            if (starts)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsThreading(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System.Threading" or "System.Threading.Tasks";
}
