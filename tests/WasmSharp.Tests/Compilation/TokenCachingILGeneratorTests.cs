using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Compilation;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// The compiler's IL generator reuses each field's metadata token across the methods of a module
/// (<see cref="TokenCachingILGenerator"/>): the IL it makes must be byte for byte what the
/// runtime's own generator makes, and run the same.
/// </summary>
public sealed class TokenCachingILGeneratorTests
{
    /// <summary>A field of another assembly's type, as the runtime fields compiled code reads are.</summary>
    public sealed class Holder
    {
        public int Value;
        public long Other;
    }

    [Fact]
    public void FieldInstructionsAreTheRuntimeGeneratorsBytesAndRun()
    {
        var name = new AssemblyName("TokenCachingTest");
        ModuleBuilder module = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect).DefineDynamicModule(name.Name!);
        TypeBuilder type = module.DefineType("T", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        var tokens = new Dictionary<FieldInfo, int>();
        FieldInfo value = typeof(Holder).GetField(nameof(Holder.Value))!;
        FieldInfo other = typeof(Holder).GetField(nameof(Holder.Other))!;

        // Plain, then cached twice: the second cached method reuses the tokens the first looked up.
        string[] names = ["Plain", "Cached", "CachedAgain"];
        for (int i = 0; i < names.Length; i++)
        {
            MethodBuilder method = type.DefineMethod(names[i], MethodAttributes.Public | MethodAttributes.Static, typeof(long), [typeof(Holder)]);
            ILGenerator il = i == 0 ? method.GetILGenerator() : new TokenCachingILGenerator(method.GetILGenerator(), module, tokens);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, value);
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Stfld, value);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, other);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, value);
            il.Emit(OpCodes.Conv_I8);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Ret);
        }

        Type created = type.CreateType();
        byte[] plain = created.GetMethod("Plain")!.GetMethodBody()!.GetILAsByteArray()!;
        var holder = new Holder { Value = 1, Other = 100 };
        for (int i = 1; i < names.Length; i++)
        {
            MethodInfo method = created.GetMethod(names[i])!;
            Assert.Equal(plain, method.GetMethodBody()!.GetILAsByteArray());
            Assert.Equal(created.GetMethod("Plain")!.GetMethodBody()!.MaxStackSize, method.GetMethodBody()!.MaxStackSize);
            Assert.Equal(100L + i + 1, (long)method.Invoke(null, [holder])!);
        }

        Assert.Equal(2, tokens.Count);
    }
}
