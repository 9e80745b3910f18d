using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Reflection handles of the runtime members compiled code calls or reads, resolved once. Compiled
/// assemblies reach these internals through <c>IgnoresAccessChecksToAttribute</c>.
/// </summary>
internal static class RuntimeMembers
{
    // The trimmer keeps what these helpers look up: each caller passes typeof(...) of the declaring
    // type, and the annotation makes it keep that type's fields or methods (a trimmed host once lost
    // StoreContext.Fuel). Static and instance, public and not: compiled code reaches internals.
    private const DynamicallyAccessedMemberTypes AllFields = DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields;
    private const DynamicallyAccessedMemberTypes AllMethods = DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods;

    /// <summary><see cref="InstanceContext.Memory0"/>.</summary>
    public static readonly FieldInfo Memory0 = Field(typeof(InstanceContext), nameof(InstanceContext.Memory0));
    /// <summary><see cref="InstanceContext.Memories"/>.</summary>
    public static readonly FieldInfo Memories = Field(typeof(InstanceContext), nameof(InstanceContext.Memories));
    /// <summary><see cref="InstanceContext.Globals"/>.</summary>
    public static readonly FieldInfo Globals = Field(typeof(InstanceContext), nameof(InstanceContext.Globals));
    /// <summary><see cref="InstanceContext.Functions"/>.</summary>
    public static readonly FieldInfo Functions = Field(typeof(InstanceContext), nameof(InstanceContext.Functions));
    /// <summary><see cref="InstanceContext.Store"/>.</summary>
    public static readonly FieldInfo Store = Field(typeof(InstanceContext), nameof(InstanceContext.Store));
    /// <summary><see cref="StoreContext.StackLimit"/>.</summary>
    public static readonly FieldInfo StackLimit = Field(typeof(StoreContext), nameof(StoreContext.StackLimit));
    /// <summary><see cref="StoreContext.PendingTrap"/>.</summary>
    public static readonly FieldInfo PendingTrap = Field(typeof(StoreContext), nameof(StoreContext.PendingTrap));
    /// <summary><see cref="StoreContext.Fuel"/>.</summary>
    public static readonly FieldInfo Fuel = Field(typeof(StoreContext), nameof(StoreContext.Fuel));
    /// <summary><see cref="StoreContext.EpochDeadline"/>.</summary>
    public static readonly FieldInfo EpochDeadline = Field(typeof(StoreContext), nameof(StoreContext.EpochDeadline));
    /// <summary><see cref="StoreContext.Epoch"/>.</summary>
    public static readonly FieldInfo StoreEpoch = Field(typeof(StoreContext), nameof(StoreContext.Epoch));
    /// <summary><see cref="EpochCounter.Value"/>.</summary>
    public static readonly FieldInfo EpochValue = Field(typeof(EpochCounter), nameof(EpochCounter.Value));
    /// <summary><see cref="LinearMemory.Base"/>.</summary>
    public static readonly FieldInfo MemoryBase = Field(typeof(LinearMemory), nameof(LinearMemory.Base));
    /// <summary><see cref="LinearMemory.Length"/>.</summary>
    public static readonly FieldInfo MemoryLength = Field(typeof(LinearMemory), nameof(LinearMemory.Length));
    /// <summary><see cref="FuncRef.Code"/>.</summary>
    public static readonly FieldInfo FuncCode = Field(typeof(FuncRef), nameof(FuncRef.Code));
    /// <summary><see cref="FuncRef.Context"/>.</summary>
    public static readonly FieldInfo FuncContext = Field(typeof(FuncRef), nameof(FuncRef.Context));
    /// <summary><see cref="ValRaw.Bits"/>.</summary>
    public static readonly FieldInfo RawBits = Field(typeof(ValRaw), nameof(ValRaw.Bits));
    /// <summary><see cref="ValRaw.Ref"/>.</summary>
    public static readonly FieldInfo RawRef = Field(typeof(ValRaw), nameof(ValRaw.Ref));
    /// <summary><c>Span&lt;ValRaw&gt;.get_Item</c>.</summary>
    public static readonly MethodInfo SpanItem = typeof(Span<ValRaw>).GetMethod("get_Item")!;
    /// <summary><see cref="HostCalls.Invoke"/>.</summary>
    public static readonly MethodInfo HostInvoke = Method(typeof(HostCalls), nameof(HostCalls.Invoke));
    /// <summary><see cref="InterpreterEntries.Invoke"/>.</summary>
    public static readonly MethodInfo InterpreterEntryInvoke = Method(typeof(InterpreterEntries), nameof(InterpreterEntries.Invoke));
    /// <summary><see cref="ValRawBuffer.First"/>.</summary>
    public static readonly MethodInfo BufferFirst = Method(typeof(ValRawBuffer), nameof(ValRawBuffer.First));
    /// <summary>The <c>Span&lt;ValRaw&gt;(ValRaw[])</c> constructor.</summary>
    public static readonly ConstructorInfo SpanFromArray = typeof(Span<ValRaw>).GetConstructor([typeof(ValRaw[])])!;

    /// <summary>Trap helper.</summary>
    public static readonly MethodInfo MemoryOutOfBounds = Method(typeof(TrapHelpers), nameof(TrapHelpers.MemoryOutOfBounds));
    /// <summary><see cref="TrapHelpers.ThrowMemoryOutOfBoundsAt"/>.</summary>
    public static readonly MethodInfo ThrowMemoryOutOfBoundsAt = Method(typeof(TrapHelpers), nameof(TrapHelpers.ThrowMemoryOutOfBoundsAt));
    /// <summary><see cref="TrapHelpers.Locate"/>.</summary>
    public static readonly MethodInfo LocateTrap = Method(typeof(TrapHelpers), nameof(TrapHelpers.Locate));
    /// <summary><see cref="Backtrace.RecordSite"/>.</summary>
    public static readonly MethodInfo RecordSite = Method(typeof(Backtrace), nameof(Backtrace.RecordSite));
    /// <summary>Trap helper.</summary>
    public static readonly MethodInfo StackOverflow = Method(typeof(TrapHelpers), nameof(TrapHelpers.StackOverflow));

    /// <summary><see cref="StackSegments.CanContinue"/>.</summary>
    public static readonly MethodInfo StackCanContinue = Method(typeof(StackSegments), nameof(StackSegments.CanContinue));

    /// <summary><see cref="StackSegments.Continue"/>.</summary>
    public static readonly MethodInfo StackContinue = Method(typeof(StackSegments), nameof(StackSegments.Continue));

    /// <summary><see cref="StackSegments.ContinueWithBits"/>.</summary>
    public static readonly MethodInfo StackContinueWithBits = Method(typeof(StackSegments), nameof(StackSegments.ContinueWithBits));

    /// <summary><see cref="StackSegments.TryExtend"/>.</summary>
    public static readonly MethodInfo StackTryExtend = Method(typeof(StackSegments), nameof(StackSegments.TryExtend));
    /// <summary>Trap helper.</summary>
    public static readonly MethodInfo OutOfFuel = Method(typeof(TrapHelpers), nameof(TrapHelpers.OutOfFuel));
    /// <summary>Trap helper.</summary>
    public static readonly MethodInfo Interrupt = Method(typeof(TrapHelpers), nameof(TrapHelpers.Interrupt));
    /// <summary><see cref="TrapHelpers.ContinuesAfterEpochDeadline"/>.</summary>
    public static readonly MethodInfo ContinuesAfterEpochDeadline = Method(typeof(TrapHelpers), nameof(TrapHelpers.ContinuesAfterEpochDeadline));
    /// <summary>Creates the trap thrown by <c>unreachable</c>.</summary>
    public static readonly MethodInfo CreateUnreachable = Method(typeof(TrapHelpers), nameof(TrapHelpers.CreateUnreachable));

    /// <summary>Reads the field <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static FieldInfo Field([DynamicallyAccessedMembers(AllFields)] Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
        ?? throw new MissingFieldException(type.Name, name);

    /// <summary>The static method <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static MethodInfo Method([DynamicallyAccessedMembers(AllMethods)] Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        ?? throw new MissingMethodException(type.Name, name);

    /// <summary>The static method <paramref name="name"/> of <paramref name="type"/> taking <paramref name="parameters"/>.</summary>
    public static MethodInfo Method([DynamicallyAccessedMembers(AllMethods)] Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, parameters)
        ?? throw new MissingMethodException(type.Name, name);
}
