;; A WASI preview 1 command: prints its arguments after "hello from wasi" and exits with 0.
;; wasmsharp run examples/hello-wasi.wat a b   ->   hello from wasi: a b
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 0..19: scratch (argc, argv buffer size, iovec, bytes written); 64: the greeting;
  ;; 1024: argv pointers; 4096: argv strings.
  (data (i32.const 64) "hello from wasi:")

  ;; Writes the bytes [ptr, ptr + len) to stdout.
  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 8) (local.get $ptr))
    (i32.store (i32.const 12) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 16))))

  (func $strlen (param $p i32) (result i32) (local $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $n))

  (func (export "_start") (local $i i32) (local $arg i32)
    (call $write (i32.const 64) (i32.const 16))
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    ;; argv[0] is the program name; print the others, each after a space.
    (local.set $i (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (i32.load (i32.const 0))))
        (i32.store8 (i32.const 32) (i32.const 32))
        (call $write (i32.const 32) (i32.const 1))
        (local.set $arg (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
        (call $write (local.get $arg) (call $strlen (local.get $arg)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store8 (i32.const 32) (i32.const 10))
    (call $write (i32.const 32) (i32.const 1))))
